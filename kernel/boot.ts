// Boot: from the host's call of ivtboot to running threads.
//
//   host: instantiate kernel.wasm (start function: the generated entry
//         calls bootConfigure with the board's init and the app's main)
//   host: ivtboot(memoryBytes, stackArenaBytes)
//         -> check the module's data fits the memory the host really has
//         -> board init (drivers, console, interrupt chips, tick)
//         -> banner, through the console driver
//         -> threads: idle, timers, main (runs the app's main)
//         -> host thread_start: the boot context ends, threads run
//
// The app's main is the program: when it returns, the kernel exits with its
// value; if it traps, the kernel exits with ExitCode.Trap after the report.

import { statsStart } from "./stats";
import { KERNEL_VERSION } from "./version";
import { boardNameOf, cpuNameOf, boardCheck } from "./board";
import { kputc, kputln, kputs, kputu } from "./console";
import { setPhase } from "./context";
import { portExit, portIdle, portThreadStart } from "./port";
import { kernelLock, kernelUnlock } from "./lock";
import { ExitCode, panicSetHaltHook } from "./panic";
import { CRASH_RECORD_WORDS, IDLE_PRIORITY, IDLE_STACK_BYTES, MAIN_PRIORITY, MAIN_STACK_BYTES, TRACE_DUMP_AT_EXIT } from "./config";
import { traceDumpAtExit } from "./tracedump";
import { Thread } from "./tcb";
import { kernelThreadCreate, stackArenaInit } from "./thread";
import { highestReadyLocked, schedulerStart } from "./sched";
import { timerThreadStart } from "./timerthread";
import { deferredStart } from "./work";
import { irqCheckLostEoi } from "./irq";
import { heapLimit } from "./bump";
import { Source, bugcheckSetBoard, bugcheckSetSource, printPreviousCrash } from "./bugcheck";
import { traceCount, traceRecent, traceRecentStamp } from "./trace";
import { threadCurrent } from "./sched";
import { timerThread } from "./swtimer";

let boardInit: () => void = noBoard;
let appMain: () => i32 = noApp;
let memoryBytes: u32 = 0;
let arenaBytes: u32 = 0;

/** The kernel's threads. */
export const idleThread = new Thread();
export const mainThread = new Thread();

function noBoard(): void {}
function noApp(): i32 {
  kputln("ivt: no application was linked");
  return ExitCode.Ok;
}

/** Names the board's init and the application's main. Called once by the
 *  generated entry module before the host calls ivtboot. Thread context. */
export function bootConfigure(board: () => void, app: () => i32): void {
  boardInit = board;
  appMain = app;
}

/** Bytes of linear memory the host really gives the module (may be less
 *  than one 64 KiB WebAssembly page). Any context. */
export function moduleMemoryBytes(): u32 {
  return memoryBytes;
}

/** Bytes of the host's stack arena (thread stacks). Any context. */
export function stackArenaBytes(): u32 {
  return arenaBytes;
}

/** Prints the boot banner through the console. Thread context. */
export function printBanner(): void {
  kputs("ivt ");
  kputs(KERNEL_VERSION);
  kputs(" on ");
  kputs(boardNameOf());
  kputs(" (");
  kputs(cpuNameOf());
  kputs("), module memory ");
  kputu(memoryBytes);
  kputs(" bytes, ");
  kputu(<u32>__heap_base);
  kputs(" used at boot, thread stacks ");
  kputu(arenaBytes);
  kputln(" bytes");
}

/** The idle thread: sleeps the CPU whenever it is the only thing ready.
 *  Masked idle, so an interrupt between the check and the sleep still wakes
 *  it. Before each sleep it looks for a lost end of interrupt. */
function idleMain(arg: u32): void {
  for (;;) {
    irqCheckLostEoi();
    const s = kernelLock();
    if (highestReadyLocked() === idleThread) portIdle();
    kernelUnlock(s);
  }
}

/** The main thread: the program. */
function mainMain(arg: u32): void {
  const code = appMain();
  if (TRACE_DUMP_AT_EXIT) traceDumpAtExit(kputc);
  portExit(code);
}

/** Whether a fault ending `t` stops the system: the main thread (the
 *  program) and the kernel's own threads (idle, and the timer thread,
 *  which also runs the deferred calls), without which the rest cannot go
 *  on. Any context. */
export function threadStopsSystem(t: Thread): bool {
  return t === mainThread || t === idleThread || t === timerThread;
}

/** What a crash record reads from the scheduler and the trace ring
 *  (kernel/bugcheck.ts Source). Any context. */
function recordSource(what: Source, n: u32): u32 {
  if (what == Source.EventCount) return traceCount();
  if (what == Source.EventStamp) return traceRecentStamp(n);
  if (what == Source.EventWord) return traceRecent(n);
  const t = threadCurrent();
  if (what == Source.ThreadId) return t !== null ? t.id : 0xffffffff;
  return t === null || threadStopsSystem(t) ? 1 : 0;
}

/** The body of the exported ivtboot. Returns only if the host's
 *  thread_start does (a host without threads). */
export function boot(hostMemoryBytes: u32, hostStackArenaBytes: u32): i32 {
  memoryBytes = hostMemoryBytes;
  arenaBytes = hostStackArenaBytes;
  setPhase("boot");
  if (<u32>__heap_base > hostMemoryBytes) {
    kputln("ivt: module data does not fit the memory the host gives it");
    portExit(ExitCode.Abort);
    return ExitCode.Abort;
  }
  heapLimit(hostMemoryBytes); // allocations past it report OUT OF MEMORY
  if (TRACE_DUMP_AT_EXIT) panicSetHaltHook(traceDumpAtExit);
  if (CRASH_RECORD_WORDS != 0) bugcheckSetSource(recordSource);
  boardInit();
  if (CRASH_RECORD_WORDS != 0) bugcheckSetBoard(boardNameOf());
  printBanner();
  printPreviousCrash(kputc);
  stackArenaInit(hostStackArenaBytes);
  boardCheck(kernelThreadCreate(idleThread, "idle", idleMain, 0, IDLE_PRIORITY, IDLE_STACK_BYTES), "idle thread");
  boardCheck(timerThreadStart(), "timer thread");
  deferredStart(); // deferred calls run in the timer thread
  boardCheck(kernelThreadCreate(mainThread, "main", mainMain, 0, MAIN_PRIORITY, MAIN_STACK_BYTES), "main thread");
  statsStart();
  schedulerStart();
  portThreadStart();
  return ExitCode.Ok;
}
