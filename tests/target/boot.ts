// Boot: what the kernel found and set up before main.

import { test, check, checkEq, checkSeq, seq, seqReset } from "./harness";
import { joinThread, spawn } from "./util";
import {
  boardNameOf, boardSpareVector, KERNEL_VERSION, kputln, kputs, MAIN_PRIORITY, moduleMemoryBytes, portCycles, Uart,
} from "../../kernel/ivt";
// Internals test: checks that the board registered its console driver, and
// swaps it for one that keeps what is printed (kernel/console.ts
// consoleUart, consoleSet: board wiring rather than application API).
import { consoleRxVector, consoleSet, consoleUart } from "../../kernel/console";
// Internals test: the timer thread, made at its first use (kernel/swtimer.ts).
import { timerThread, timerThreadMade } from "../../kernel/swtimer";
import { deferredQueue } from "../../kernel/work";
import { threadTable } from "../../kernel/sched";
import { MIN_STACK_BYTES, TIMER_STACK_BYTES } from "../../kernel/config";
import { runTopHalf, spare, TopHalfOnce } from "./irqutil";
import {
  deferCall, Err, NapiPoller, napiSchedule, SoftTimer, stackArenaFree, Thread, threadCreate, threadCurrent, threadDelete,
  ThreadFlags, threadSleep, TimerCallback, Work, WorkQueue,
} from "../../kernel/ivt";

const STATIC_BYTES = memory.data<u8>([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x88]);
const scratch = memory.data(16, 8);

/** A console that keeps the bytes it is given (no allocation: a fixed
 *  buffer). */
const KEPT_MAX = 32;
class KeepingUart extends Uart {
  kept: StaticArray<u8> = new StaticArray<u8>(KEPT_MAX);
  length: i32 = 0;
  putc(c: u32): void {
    if (this.length < KEPT_MAX) this.kept[this.length++] = <u8>c;
  }
  getc(): i32 {
    return -1;
  }
  setRxInterrupt(on: bool): void {}
  clearRxInterrupt(): void {}
  /** Whether the bytes kept are `text`'s characters (ASCII). */
  holds(text: string): bool {
    if (text.length != this.length) return false;
    for (let i = 0; i < this.length; i++) if (<u32>text.charCodeAt(i) != <u32>this.kept[i]) return false;
    return true;
  }
}

/** A string built at run time (not a literal the build can store 8-bit). */
function built(): string {
  return String.fromCharCode(0x61) + String.fromCharCode(0xe9) + "b" + String.fromCharCode(0x20ac);
}

/** A timer callback that counts its runs; a deferred call that notes the
 *  thread it ran in. */
class Counts extends TimerCallback {
  runs: u32 = 0;
  fire(timer: SoftTimer): void {
    this.runs++;
  }
}
class Noted extends Work {
  ranIn: Thread | null = null;
  run(): void {
    this.ranIn = threadCurrent(); // Work counts its runs
  }
}
const lazyTimer = new SoftTimer();
const lazyCounts = new Counts();
/** Starts lazyTimer from a top half (interrupt context). */
class StartsTimer extends TopHalfOnce {
  result: Err = Err.Invalid;
  once(): void {
    this.result = lazyTimer.start();
  }
}
function neverRuns(arg: u32): void {}
/** A poller that would poll nothing: napiSchedule's refusal is checked. */
class IdlePoller extends NapiPoller {
  poll(budget: u32): u32 {
    return 0;
  }
}
const lazyQueue = new WorkQueue();

let sink: u32 = 0;
/** Reads past the end of module memory: traps. */
function readPastMemory(arg: u32): void {
  seq("T");
  sink = load<u32>(moduleMemoryBytes() + 4);
  seq("!"); // never: the load traps
}

export function bootTests(): void {
  test("memory: linear memory is little-endian whatever the CPU (stores, loads, data segments)", () => {
    store<u32>(scratch, 0x11223344);
    checkEq(load<u8>(scratch), 0x44, "lowest byte first");
    checkEq(load<u8>(scratch + 3), 0x11, "highest byte last");
    checkEq(load<u16>(scratch + 1), 0x2233, "a halfword across the middle");
    store<u64>(scratch + 8, 0x0102030405060708);
    checkEq(load<u32>(scratch + 8), 0x05060708, "low word of a u64 first");
    checkEq(load<u32>(scratch + 12), 0x01020304, "high word second");
    store<f64>(scratch + 8, 1.0);
    checkEq(load<u8>(scratch + 15), 0x3f, "a double's sign/exponent byte last");
    checkEq(load<u32>(STATIC_BYTES), 0x04030201, "a data segment's bytes in order");
    checkEq(<u32>load<i8>(STATIC_BYTES + 7), <u32>-120, "sign extension of a byte");
    checkEq(<u32>load<i16>(STATIC_BYTES + 6), 0xffff8807, "sign extension of a halfword");
    store<u8>(scratch + 2, 0xaa);
    checkEq(load<u32>(scratch), 0x11aa3344, "a byte store lands in its lane");
  });

  // First of the suite (of each of its images): nothing has started a
  // timer or queued a deferred call yet.
  test("boot: the timer thread is made at its first use (from a handler too), with the id boot kept for it; with no room for its stack a timer start says NoSpace and a deferred call is refused", () => {
    check(!timerThreadMade(), "not made at boot: no timer started, no deferred call queued");
    check(unchecked(threadTable[1]) === null, "its id (1) is kept free");
    checkEq(threadCurrent()!.id, 2, "main has id 2, as when boot made the timer thread");
    // A work queue of its own first: its delayed items are timers.
    checkEq(lazyQueue.create("lazy-wq", 10, MIN_STACK_BYTES), Err.Ok, "a work queue");
    // Leave the stack arena 8 bytes short of the timer thread's stack.
    const filler = new Thread();
    const free = stackArenaFree();
    checkEq(threadCreate(filler, "filler", neverRuns, 0, 20, free - TIMER_STACK_BYTES + 8, ThreadFlags.Suspended), Err.Ok, "a suspended thread takes all but part of the timer thread's stack");
    checkEq(lazyTimer.create(lazyCounts, 2, false), Err.Ok, "create a one-shot timer");
    checkEq(lazyTimer.start(), Err.NoSpace, "start: no room for the timer thread");
    const w = new Noted();
    check(!deferCall(w), "a deferred call is refused");
    checkEq(lazyQueue.queueDelayed(new Noted(), 2), Err.NoSpace, "a delayed item (its timer) is refused");
    const poller = new IdlePoller(spare(0), 4);
    check(!napiSchedule(poller), "a NAPI poll is refused");
    check(!poller.scheduled, "and not left scheduled (its line left enabled)");
    checkEq(deferredQueue().flush(), Err.Ok, "flushing the deferred calls: none to wait for");
    check(!timerThreadMade(), "still not made");
    threadSleep(4);
    checkEq(lazyCounts.runs, 0, "the refused timer never fires");
    checkEq(w.runs, 0, "the refused call never runs");
    checkEq(threadDelete(filler), Err.Ok, "delete the filler");
    // Made from interrupt context, by a timer start in a top half.
    const starter = new StartsTimer();
    runTopHalf(starter);
    checkEq(starter.result, Err.Ok, "a start from a top half makes the thread");
    check(timerThreadMade(), "made");
    checkEq(timerThread.id, 1, "with the kept id");
    check(unchecked(threadTable[1]) === timerThread, "in the thread table");
    threadSleep(4);
    checkEq(lazyCounts.runs, 1, "the timer fired, in the new thread");
    check(deferCall(w), "a deferred call is queued now");
    checkEq(deferredQueue().flush(), Err.Ok, "flush");
    checkEq(w.runs, 1, "it ran");
    check(w.ranIn === timerThread, "in the timer thread");
    checkEq(stackArenaFree(), free - TIMER_STACK_BYTES, "the arena gave the timer thread its stack, the filler's back");
  });
  test("boot: the host gives the module memory and static data fits in it", () => {
    check(moduleMemoryBytes() > 0, "module memory size");
    check(<u32>__heap_base < moduleMemoryBytes(), "heap base below the end of memory");
  });
  test("boot: the board registered a console and names itself", () => {
    check(consoleUart() !== null, "console driver");
    check(boardNameOf() != "unknown", "board name");
    check(KERNEL_VERSION.length > 0, "kernel version");
  });
  test("console: kputs prints a literal, an empty one, one with characters outside ASCII and a string built at run time; those characters as '?'", () => {
    const saved = consoleUart();
    const rx = consoleRxVector();
    const keep = new KeepingUart();
    consoleSet(keep, rx);
    kputs("ab");
    kputs("");
    kputln("21 \u00b0C");
    kputs(built());
    if (saved !== null) consoleSet(saved, rx);
    check(keep.holds("ab21 ?C\r\na?b?"), "what was printed (a newline as CR LF)");
  });
  test("threads: a thread whose name has characters outside ASCII is named in its trap report, those as '?'", () => {
    seqReset();
    const bad = spawn(1, "n\u00e4me-\u20ac", readPastMemory, 0, MAIN_PRIORITY);
    check(joinThread(bad, 50), "it ended");
    checkSeq("T", "stopped at the trap");
  });

  test("boot: the board declares spare vectors for software interrupts", () => {
    check(boardSpareVector(0) >= 0, "first spare vector");
    check(boardSpareVector(1) >= 0, "second spare vector");
    checkEq(<u32>boardSpareVector(1000), <u32>-1, "out-of-range spare index");
  });
  test("boot: the cycle counter runs", () => {
    const a = portCycles();
    let x: u32 = 0;
    for (let i = 0; i < 1000; i++) x += i;
    const b = portCycles();
    check(b - a > 0 && b - a < 0x80000000, "cycles advance");
    check(x == 499500, "loop result");
  });
}
