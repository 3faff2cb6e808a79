// ivt: the kernel's public API, the one module an application or a driver
// imports:
//
//   import { Semaphore, Thread, threadCreate, FOREVER, Err } from "../../kernel/ivt";
//
// Everything else under kernel/ is the kernel's own: the scheduler's lists,
// the kernel lock and the `...Locked` functions that need it, the host ABI
// (port.ts, exports.ts), boot, crash reports. Boards (boards/*/board.ts)
// wire drivers to the kernel with the calls of board.ts, console.ts
// (consoleSet), irq.ts (irqAddChip) and time.ts (tickStart), which are not
// here either. tests/tools/public-api.test.js checks that apps/, drivers/
// and the on-target tests import nothing else from kernel/ (a test of
// internals says so in a comment, `// Internals test: ...`).
//
// This module only re-exports: it adds no code and no data to an image
// (AssemblyScript compiles what is used), so every file it names must keep
// its top-level state free of boot-time objects (shell.ts makes its receive
// state when the shell starts).
//
// Each call's doc comment (in its own file) says what it does, its
// arguments, returns and errors, and the context it may be called from;
// docs/kernel.md is the overview.

// ---- errors and limits ----------------------------------------------------
export { Err, errName } from "./errors";
export {
  FOREVER, IDLE_PRIORITY, IRQ_THREAD_PRIORITY, MAIN_PRIORITY, MAX_THREADS, MIN_STACK_BYTES, NO_WAIT, NOTIFY_SLOTS,
  MAX_TICK_HZ, PRIORITIES, RUN_STATS, STACK_EXTRA_BYTES, TIME_SLICE_TICKS,
} from "./config";
export { MAX_TIMEOUT } from "./sched";
export { KERNEL_VERSION } from "./version";

// ---- threads --------------------------------------------------------------
export {
  Thread, ThreadFlags, ThreadState, threadAbortWait, threadCreate, threadCurrent, threadDelete, threadExit, threadJoin,
  threadPriority, threadResume, threadSetPriority, threadSleep, threadSleepUntil, threadStackUnused, threadState,
  threadSuspend, threadWaitValue, threadYield, WakeTime,
} from "./thread";

export { interruptRunCycles, threadRunCycles, uptimeCycles } from "./stats";

// ---- synchronisation and messages -----------------------------------------
export { Semaphore } from "./sem";
export { Mutex, MutexKind } from "./mutex";
export { Box, NULL_GUARD_BYTES, Queue } from "./queue";
export { QueueSet, SetMember } from "./queueset";
export { EventFlags, EventWait } from "./events";
export {
  NotifyAction, notify, notifyGive, notifyGiveIndexed, notifyIndexed, notifyTake, notifyTakeIndexed, notifyWait,
  notifyWaitIndexed,
} from "./notify";
export { Pool } from "./pool";
export { MessageBuffer, StreamBuffer } from "./stream";

// ---- timers and deferred work ---------------------------------------------
export { SoftTimer, TimerCallback } from "./swtimer";
export { NapiPoller, Work, WorkQueue, deferCall, napiSchedule } from "./work";

// ---- time -------------------------------------------------------------------
export { tickDiff, tickRate, tickReached, tickSetRate, ticks } from "./time";
export { pollPoint } from "./poll";
export { portCycles } from "./port";
export { boardCycleBits, boardCycleHz } from "./board";

// ---- interrupts (drivers and applications) ----------------------------------
export {
  IrqDesc, irqDesc, irqDump, IrqFlags, IrqHandler, IrqReturn, irqDisable, irqEnable, irqFree, irqPend, irqRearm,
  irqRequest, irqRunCycles, irqSetCoalescing, irqSetPriority, irqStormed,
} from "./irq";
export { inInterrupt, interruptDepth } from "./context";
/** Masking interrupts for a short critical section: the host ABI's own
 *  calls (port.ts), any context, nesting. */
export { portIrqRestore, portIrqSave } from "./port";
export { boardNameOf, boardSpareCount, boardSpareVector } from "./board";

// ---- drivers: the contracts and the device registers -----------------------
export { IrqChip, Iommu, Leds, Timer, timerRateOk, Uart } from "./hal";
export { DMA_ALIGN_MAX, DMA_GRANTS, DmaBuffer, DmaDir, DmaGrant, dmaAlloc, dmaAttachIommu, dmaCheck, dmaDeviceAdd, dmaMap, dmaUnmap } from "./dma";
export { DeviceRegs } from "./devregs";
// No raw register access here: a driver reaches its device through the
// DeviceRegs of its window, so a bug touches only that device. The host
// ABI's mmioRead*/mmioWrite* (port.ts) are the kernel's own.

// ---- console and shell ------------------------------------------------------
export { kputc, kputln, kputs, kputu, kputx } from "./console";
export { ShellCommands, ShellLine, shellStart } from "./shell";
export { traceDumpCompact } from "./tracedump";

// ---- crash records (docs/crash.md) --------------------------------------------
export { BugCode, RECORD_WORDS, Saved, crashClear, crashSaved, crashWord } from "./bugcheck";
export { panicResetOnFatal } from "./panic";

// ---- memory figures -----------------------------------------------------------
export { moduleMemoryBytes } from "./boot";
export { heapFree } from "./bump";
export { kheapFree } from "./kheap";
export { stackArenaFree } from "./thread";
