// Thread-Metric harness: runs one test, counts its iterations over
// measurement windows and checks its integrity.
//
// The published Thread-Metric tests (Express Logic, now Eclipse ThreadX,
// utility/benchmarks/thread_metric) each start a few threads that loop
// forever bumping counters, and a reporting thread at priority 2 that
// sleeps for a period and prints how far the counters went. This harness is
// that reporting thread: the main thread, at REPORT_PRIORITY, creates a
// test's threads (none runs yet: they are all less urgent), then sleeps
// through a warm-up and WINDOWS windows of WINDOW_MS, reading the cycle
// counter and the test's iteration count at each wake, and prints per window
//
//   tm <test> window <k> cycles <c> iterations <n>
//
// which the host tool (tools/ivt/bench.js) turns into instructions per
// iteration. An integrity failure prints
//
//   tm <test> FAILED: <why>
//
// and main returns 1, so that `make bench` stops and names the test.

import {
  boardCycleHz, boardSpareVector, Err, errName, kputln, kputs, kputu, MIN_STACK_BYTES, portCycles, Thread, threadCreate, threadCurrent,
  threadDelete, threadSetPriority, threadSleep, threadState, ThreadState, tickRate, ticks, IrqHandler, irqFree,
  irqRequest,
} from "../../kernel/ivt";

/** Thread-Metric's priorities are kernel priorities as they stand (both
 *  count 0 as the most urgent): the reporter at 2, test threads 3 .. 10. */
export const REPORT_PRIORITY: u32 = 2;

/** Stack of each test thread: twice the kernel's minimum, except where
 *  the minimum is under 512 bytes (micro:bit's 448, whose red zone is 64):
 *  the minimum and 64, so that five of them fit its 16 KiB beside the
 *  rest (the deepest test thread peaks at about 300 bytes besides its red
 *  zone on Cortex-M3; `make size` measures it). */
export const STACK: u32 = MIN_STACK_BYTES < 512 ? MIN_STACK_BYTES + 64 : 2 * MIN_STACK_BYTES;

/** The test threads' objects, shared by the tests: no test needs more
 *  than five, and each test's threads are deleted and back to Free before
 *  the next test starts (runTest), so their objects are made again there.
 *  One set instead of one per test: the heap of a small board (micro:bit)
 *  holds five thread objects, not sixteen. */
export const TEST_THREADS: StaticArray<Thread> = [new Thread(), new Thread(), new Thread(), new Thread(), new Thread()];

/** Warm-up before the first window, and each window, in milliseconds. */
const WARMUP_MS: u32 = 200;
const WINDOW_MS: u32 = 2000;
const WINDOWS: i32 = 2;

let failed = false;

/** One Thread-Metric test. A test file defines a subclass and main.ts
 *  lists an instance of it. */
export class TmTest {
  constructor(public name: string) {}

  /** How many of TEST_THREADS the test made (spawn), from the first:
   *  runTest deletes them when it ends. No array that grows: the runtime's
   *  allocator never frees, and seven tests' growth ran micro:bit out. */
  spawned: i32 = 0;
  /** Set by the test's threads or handlers when an operation fails. */
  broken: string | null = null;

  /** Creates the test's objects and threads. Runs at REPORT_PRIORITY, so
   *  no test thread runs before start() returns. */
  start(): void {}

  /** Thread-Metric's "time period total" so far: the counter(s) the
   *  published reporter prints for this test. */
  iterations(): u32 {
    return 0;
  }

  /** Thread-Metric's own integrity check of the counters (the reporter
   *  runs while every test thread is preempted). null if all is well. */
  check(): string | null {
    return null;
  }

  /** The spare line spareLine() put `lineHandler` on, if any. */
  line: u32 = 0;
  lineHandler: IrqHandler | null = null;

  /** Puts `handler` on the board's first spare line (boardSpareVector(0)),
   *  which stop() frees. Returns the vector; a line that cannot be had
   *  fails the test. */
  spareLine(handler: IrqHandler): u32 {
    const v = <u32>boardSpareVector(0);
    const e = irqRequest(v, handler);
    if (e != Err.Ok) {
      this.fail("irqRequest: " + errName(e));
      return v;
    }
    this.line = v;
    this.lineHandler = handler;
    return v;
  }

  /** Frees what start() took besides the threads: the spare line's handler. */
  stop(): void {
    const h = this.lineHandler;
    if (h !== null) irqFree(this.line, h);
    this.lineHandler = null;
  }

  /** Creates the test's next thread (the next of TEST_THREADS: a test's
   *  k-th spawn makes TEST_THREADS[k]) at `priority`; a failure, or a
   *  sixth thread, fails the test. */
  spawn(entry: (arg: u32) => void, arg: u32, priority: u32): void {
    if (this.spawned >= TEST_THREADS.length) {
      this.fail("more threads than TEST_THREADS");
      return;
    }
    const e = threadCreate(TEST_THREADS[this.spawned++], this.name, entry, arg, priority, STACK);
    if (e != Err.Ok) this.fail("cannot create a thread: " + errName(e));
  }

  fail(why: string): void {
    if (this.broken === null) this.broken = why;
  }
}

/** The sum of `counters`: a test's iterations when several threads count. */
export function sumOf(counters: StaticArray<u32>): u32 {
  let n: u32 = 0;
  for (let i = 0; i < counters.length; i++) n += counters[i];
  return n;
}

/** Whether every `counters[i]` is within 1 of their average: what the
 *  published tests check of threads that take turns. */
export function withinOneOfAverage(counters: StaticArray<u32>): bool {
  let total: u64 = 0;
  for (let i = 0; i < counters.length; i++) total += counters[i];
  const average = <i64>(total / <u64>counters.length);
  for (let i = 0; i < counters.length; i++) {
    const d = <i64>counters[i] - average;
    if (d < -1 || d > 1) return false;
  }
  return true;
}

function reportFailure(t: TmTest, why: string): void {
  failed = true;
  kputs("tm ");
  kputs(t.name);
  kputs(" FAILED: ");
  kputln(why);
}

/** Why a window's `cycles` cannot be right for the `elapsed` ticks it
 *  lasted (more than 1% off what the board's cycle rate gives), or null:
 *  a narrow counter that nothing read within a wrap loses whole wraps,
 *  and its figures would look many times better than they are. */
function counterDisagrees(cycles: u32, elapsed: u32): string | null {
  const hz = boardCycleHz();
  if (hz == 0 || elapsed == 0) return null;
  const expected = <u64>elapsed * <u64>hz / <u64>tickRate();
  const diff = <u64>cycles > expected ? <u64>cycles - expected : expected - <u64>cycles;
  if (diff * 100 <= expected) return null;
  return "the cycle counter counted " + cycles.toString() + " in a window of " + elapsed.toString() +
    " ticks, where the board's rate gives " + expected.toString() + " (wraps of a narrow counter lost?)";
}

function msToTicks(ms: u32): u32 {
  return (ms * tickRate()) / 1000;
}

// Each window's cycles and iterations: made once, for every test (the
// runtime's allocator never frees).
const cycles = new StaticArray<u32>(WINDOWS);
const counts = new StaticArray<u32>(WINDOWS);

/** Runs `t`: start, warm-up, the windows, the checks, then deletes its
 *  threads. Main thread only. */
export function runTest(t: TmTest): void {
  const me = threadCurrent()!;
  threadSetPriority(me, REPORT_PRIORITY);
  t.start();
  if (t.broken === null) {
    threadSleep(msToTicks(WARMUP_MS));
    let c0 = portCycles();
    let n0 = t.iterations();
    let k0 = ticks();
    for (let k = 0; k < WINDOWS && t.broken === null; k++) {
      threadSleep(msToTicks(WINDOW_MS));
      const c1 = portCycles();
      const n1 = t.iterations();
      const k1 = ticks();
      cycles[k] = c1 - c0;
      counts[k] = n1 - n0;
      const off = counterDisagrees(cycles[k], k1 - k0);
      if (off !== null) t.fail(off);
      c0 = c1;
      n0 = n1;
      k0 = k1;
      if (counts[k] == 0) t.fail("no iteration in a window");
      const why = t.check();
      if (why !== null) t.fail(why);
    }
  }
  for (let i = 0; i < t.spawned; i++) threadDelete(TEST_THREADS[i]);
  for (let i = 0; i < t.spawned; i++) {
    while (threadState(TEST_THREADS[i]) != ThreadState.Free) threadSleep(1);
  }
  t.stop();
  if (t.broken !== null) {
    reportFailure(t, t.broken!);
    return;
  }
  for (let k = 0; k < WINDOWS; k++) {
    kputs("tm ");
    kputs(t.name);
    kputs(" window ");
    kputu(<u32>k);
    kputs(" cycles ");
    kputu(cycles[k]);
    kputs(" iterations ");
    kputu(counts[k]);
    kputln("");
  }
}

/** Whether any test failed. */
export function anyFailed(): bool {
  return failed;
}
