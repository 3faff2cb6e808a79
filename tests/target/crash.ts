// One image for the crash tests of tests/target/test.json: the crash to
// provoke is typed on the console once it says it is ready, so the eight
// crashes cost one build per board instead of eight. Each crash stays the
// `main` of its own file (trap-boot.ts, mmio-fault.ts, ...), which still
// builds and runs alone by that name (`make run APP=trap-boot`).
//
// Internals test: reads the console's UART (kernel/console.ts consoleUart)
// by polling, without the shell, which microbit's RAM has no room for
// beside the crashes; makes, spoils and shows crash records through
// kernel/bugcheck.ts and the host's no-init area (kernel/port.ts) to test
// what a reset keeps.
//
// The crash runs in the main thread, as in its own image. The crashes are
// called through a table so that the optimizer cannot inline them into
// this main: their reports name their own functions
// (tests/target/trap-boot/main, ...).

import {
  BugCode, Err, FOREVER, MAIN_PRIORITY, MIN_STACK_BYTES, Saved, Thread, crashSaved, crashWord, kputln, kputu, kputx, moduleMemoryBytes,
  panicResetOnFatal, threadCreate, threadJoin, threadSleep,
} from "../../kernel/ivt";
import { consoleUart } from "../../kernel/console";
import { bugcheck, crashShowAndClear, W_CODE, W_FLAGS, W_SEQUENCE } from "../../kernel/bugcheck";
// Internals test: a raw register write outside every window (the host's
// MMIO gate), which the public API has no way to make.
import { mmioWrite32, portCrashPut, portReset } from "../../kernel/port";
import { assertLocked } from "../../kernel/lock";
import { CRASH_RECORD_WORDS } from "../../kernel/config";
import { main as trapBoot } from "./trap-boot";
import { main as mmioFault } from "./mmio-fault";
import { main as abortMain } from "./abort-main";
import { main as irqTrap } from "./irq-trap";
import { main as stackMain } from "./stack-main";
import { main as stackIrq } from "./stack-irq";
import { main as initFail } from "./init-fail";
import { main as timerTrap } from "./timer-trap";
import { main as cpuFault, faultTest } from "./cpu-fault";

/** The thread `contained` lets trap. */
const victim = new Thread();

const NAMES =
  "trap-boot mmio-fault abort-main irq-trap stack-main stack-irq init-fail timer-trap reset-trap corrupt-reset contained show exit cpu-fault kernel-assert cpu-fault-thread mmio-thread";
const crashes: StaticArray<() => i32> = [
  trapBoot, mmioFault, abortMain, irqTrap, stackMain, stackIrq, initFail, timerTrap, resetTrap, corruptReset, contained, show, exit, cpuFault, kernelAssert,
  cpuFaultThread, mmioThread,
];

/** `reset-trap`: the trap of trap-boot, with on_fatal "reset": the system
 *  resets after the report, and main's next boot finds the record. */
function resetTrap(): i32 {
  panicResetOnFatal(true);
  return trapBoot();
}

/** `corrupt-reset`: a record made (as a contained fault would make it),
 *  one of its words changed behind the checksum, then a reset: the next
 *  boot must say the record was corrupt and print none of it. */
function corruptReset(): i32 {
  if (CRASH_RECORD_WORDS == 0) return exit(); // a board that keeps no record
  bugcheck(BugCode.InterruptLoad, 99, 1, 2, 3, 0, false);
  portCrashPut(2, 12345);
  kputln("crash: record spoiled, resetting");
  portReset();
  return 1;
}

function trapInThread(arg: u32): void {
  kputln("crash: a thread reads past the end of module memory");
  load<u32>(moduleMemoryBytes() + arg);
}

/** `contained`: a thread (not main) traps: only it ends, and its record
 *  says the fault was contained; then `show`. */
function contained(): i32 {
  const e = threadCreate(victim, "victim", trapInThread, 4, MAIN_PRIORITY - 1, MIN_STACK_BYTES * 2);
  if (e != Err.Ok) {
    kputln("crash: cannot create the thread");
    return 1;
  }
  threadJoin(victim, FOREVER);
  return show();
}

function unlockedCheck(arg: u32): void {
  kputln("crash: a thread runs the kernel's lock check without the lock");
  assertLocked();
  kputln("crash: the check passed (not compiled in on this board)");
}

/** `kernel-assert`: a thread runs the kernel's check that the lock is
 *  held (kernel/lock.ts assertLocked, compiled in where the board sets
 *  ASSERT_LOCKED: sim) without holding it, as a caller of a ...Locked
 *  function that forgot the lock would: the kernel's assertion fails,
 *  bugcheck 0x109 KERNEL_ASSERTION, and only that thread ends. */
function kernelAssert(): i32 {
  if (threadCreate(victim, "asserter", unlockedCheck, 0, MAIN_PRIORITY - 1, MIN_STACK_BYTES * 2) != Err.Ok) return 1;
  threadJoin(victim, FOREVER);
  return show();
}

function faultInThread(round: u32): void {
  kputln(round == 1 ? "crash: a thread runs an instruction the CPU refuses" : "crash: a new thread on the same id does it again");
  faultTest(0);
  kputln("crash: no CPU fault on this host");
}

/** `cpu-fault-thread`: a thread (not main) takes a CPU fault with
 *  interrupts enabled: only it ends (the host returns from the exception
 *  into the thread, which reports it), its record says contained; a second
 *  thread made on the same Thread does it again (the host's "already
 *  reporting" mark must not outlive the first), then `show`; then a
 *  thread traps (no CPU fault) and `show` again: that record has no
 *  registers (the host keeps the CPU fault's, which are not its). */
function cpuFaultThread(): i32 {
  for (let round: u32 = 1; round <= 2; round++) {
    if (threadCreate(victim, "faulter", faultInThread, round, MAIN_PRIORITY - 1, MIN_STACK_BYTES * 2) != Err.Ok) return 1;
    threadJoin(victim, FOREVER);
    kputln("crash: main goes on after the thread's fault");
  }
  crashShowAndClear();
  if (threadCreate(victim, "trapper", trapInThread, 4, MAIN_PRIORITY - 1, MIN_STACK_BYTES * 2) != Err.Ok) return 1;
  threadJoin(victim, FOREVER);
  return show();
}

function mmioInThread(arg: u32): void {
  kputln("crash: a thread writes a register no device of this board has");
  mmioWrite32(0x5ee0_0000, 1);
  kputln("crash: the write was not refused");
}

/** `mmio-thread`: a thread (not main) writes outside every register
 *  window: only it ends, with its record (contained), and main goes on. */
function mmioThread(): i32 {
  if (threadCreate(victim, "writer", mmioInThread, 0, MAIN_PRIORITY - 1, MIN_STACK_BYTES * 2) != Err.Ok) return 1;
  threadJoin(victim, FOREVER);
  kputln("crash: main goes on after the thread's fault");
  return show();
}

/** `show`: the kept record, then cleared, as the shell's `crash` does. */
function show(): i32 {
  crashShowAndClear();
  return exit();
}

/** `exit`: says what is kept, ends the run. */
function exit(): i32 {
  const saved = crashSaved();
  kputln(saved == Saved.None ? "crash: kept record: none" : saved == Saved.Record ? "crash: kept record: one" : "crash: kept record: corrupt");
  return 0;
}

/** After a reset with a record kept (a run starts with none: QEMU and sim
 *  start with RAM clear): says what it holds and ends the run. */
function backAfterReset(): i32 {
  kputln("crash: back after a reset, the record kept:");
  kputx(crashWord(W_CODE));
  kputln(" code");
  kputu(crashWord(W_FLAGS));
  kputln(" flags");
  kputu(crashWord(W_SEQUENCE));
  kputln(" since cleared");
  return 0;
}

/** The line being typed: the heap is a bump allocator that never frees,
 *  so the line is read into a fixed buffer, not grown as a string. */
const line = new StaticArray<u8>(16);
let lineLength: i32 = 0;

/** Reads the next line typed on the console into `line`, polling the
 *  UART (no shell: microbit's RAM has no room for it beside the crashes).
 *  Thread context. */
function readLine(): void {
  const uart = consoleUart()!;
  lineLength = 0;
  let c = uart.getc();
  while (c != 10) {
    if (c < 0) threadSleep(1);
    else if (c != 13 && lineLength < line.length) line[lineLength++] = <u8>c;
    c = uart.getc();
  }
}

/** Which crash the line names: its index in NAMES, or -1. */
function chosen(): i32 {
  let word = 0;
  let at = 0; // where the word starts in NAMES
  for (let i = 0; i <= NAMES.length; i++) {
    if (i < NAMES.length && NAMES.charCodeAt(i) != 32) continue;
    if (i - at == lineLength) {
      let same = true;
      for (let k = 0; k < lineLength; k++) same = same && NAMES.charCodeAt(at + k) == <i32>line[k];
      if (same) return word;
    }
    word++;
    at = i + 1;
  }
  return -1;
}

export function main(): i32 {
  if (consoleUart() === null) {
    kputln("crash: this board has no console input");
    return 1;
  }
  if (crashSaved() == Saved.Record) return backAfterReset();
  kputln("crash: ready (type one of: trap-boot mmio-fault abort-main irq-trap stack-main stack-irq init-fail timer-trap reset-trap corrupt-reset contained show exit)");
  readLine();
  let i = chosen();
  while (i < 0) {
    kputln("crash: no such crash");
    readLine();
    i = chosen();
  }
  return crashes[i]();
}
