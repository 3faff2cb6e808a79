// Bottom halves and deferred work, on the board's real interrupt controller
// with software-pended spare vectors.

import { STACK, test, check, checkEq, checkSeq, seq, seqReset } from "./harness";
import { spare } from "./irqutil";
import {
  deferCall, Err, FOREVER, IDLE_PRIORITY, inInterrupt, IRQ_THREAD_PRIORITY, IrqFlags, irqFree, IrqHandler, irqPend,
  irqRequest, IrqReturn, irqSetCoalescing, MAIN_PRIORITY, NapiPoller, napiSchedule, portCycles, PRIORITIES,
  portIrqRestore, portIrqSave, SoftTimer, stackArenaFree, Thread, threadCurrent, threadPriority, threadSleep, ticks,
  TimerCallback, Uart, Work,
  WorkQueue,
} from "../../kernel/ivt";
// Internals test: reads per-vector descriptors (irqDesc), the trace ring
// (kernel/trace.ts) and swaps the console driver (kernel/console.ts).
import { irqDesc } from "../../kernel/irq";
import { TraceKind, trace, traceCount, traceDump, traceRecent } from "../../kernel/trace";
import { consoleRxVector, consoleSet, consoleUart } from "../../kernel/console";
import { TIMER_THREAD_PRIORITY, TRACE_ENABLED, TRACE_EVENTS } from "../../kernel/config";
// and the timer thread, which runs the deferred calls (kernel/swtimer.ts).
import { timerThread } from "../../kernel/swtimer";

/** Top half counts and asks for the bottom half; the bottom half records
 *  its context and can block. */
class Threaded extends IrqHandler {
  tops: u32 = 0;
  bottoms: u32 = 0;
  bottomInThread: bool = false;
  lineMaskedDuringBottom: bool = false;
  sleepInBottom: u32 = 0;
  top(vector: u32): IrqReturn {
    this.tops++;
    seq("t");
    return IrqReturn.WakeThread;
  }
  bottom(vector: u32): void {
    this.bottoms++;
    this.bottomInThread = !inInterrupt();
    seq("b");
    if (this.sleepInBottom > 0) {
      // Oneshot: the line is masked while this runs; a pend now is held
      // until it returns.
      if (this.bottoms == 1) irqPend(vector);
      threadSleep(this.sleepInBottom);
      seq("s");
    }
  }
}

class Job extends Work {
  constructor(public letter: string) {
    super();
  }
  run(): void {
    seq(this.letter);
  }
}

/** Records the thread and priority it runs in. */
class WhereJob extends Work {
  thread: Thread | null = null;
  priority: u32 = 0xffffffff;
  run(): void {
    this.thread = threadCurrent();
    this.priority = this.thread !== null ? threadPriority(this.thread!) : 0xffffffff;
  }
}

/** A deferred call that queues itself again `left` times, each run
 *  spinning until the tick moves (so that the chain lasts `left` ticks). */
class Chain extends Work {
  left: u32 = 0;
  done: u32 = 0;
  run(): void {
    const t0 = ticks();
    while (ticks() == t0) {}
    this.done++;
    if (this.left > 0) {
      this.left--;
      deferCall(this);
    }
  }
}

/** A one-shot timer's callback: notes how far `chain` had got. */
class ChainWatch extends TimerCallback {
  firedAt: u32 = 0xffffffff;
  constructor(public chain: Chain) {
    super();
  }
  fire(timer: SoftTimer): void {
    this.firedAt = this.chain.done;
  }
}

/** Queues a job from interrupt context. */
class Queuer extends IrqHandler {
  constructor(public q: WorkQueue, public job: Work) {
    super();
  }
  top(vector: u32): IrqReturn {
    this.q.queue(this.job);
    this.q.queue(this.job); // twice before it runs: runs once
    return IrqReturn.Handled;
  }
}

/** A device with `backlog` items, drained by polling under NAPI. */
class Device extends NapiPoller {
  backlog: u32 = 0;
  polled: u32 = 0;
  interrupts: u32 = 0;
  poll(budget: u32): u32 {
    const n = this.backlog < budget ? this.backlog : budget;
    this.backlog -= n;
    this.polled += n;
    return n;
  }
}
class NapiTop extends IrqHandler {
  constructor(public dev: Device) {
    super();
  }
  top(vector: u32): IrqReturn {
    this.dev.interrupts++;
    napiSchedule(this.dev);
    return IrqReturn.Handled;
  }
}

const wq = new WorkQueue();

/** Starts the tests' work queue if no earlier test did: a small board runs
 *  each test alone in its own image (board.json "suite_split": "test"). */
function startWq(): Err {
  const e = wq.create("worker", MAIN_PRIORITY - 3, STACK);
  return e == Err.Busy ? Err.Ok : e;
}

function settleTicks(n: u32): void {
  threadSleep(n);
}

/** Whether the `n` bytes of `line` contain `word` (from byte `from` on;
 *  `at`: only there). No allocation: the stub runtime never frees. */
function lineHas(line: StaticArray<u8>, n: i32, word: string, from: i32, at: bool): bool {
  const last = at ? from : n - word.length;
  for (let i = from; i <= last; i++) {
    let j = 0;
    while (j < word.length && i + j < n && <u32>line[i + j] == <u32>word.charCodeAt(j)) j++;
    if (j == word.length) return true;
  }
  return false;
}

/** A console that writes a trace event for every byte it is given: events
 *  then arrive faster than a dump prints them, as ticks do on a slow UART.
 *  It keeps the line being written in a fixed buffer (building a string a
 *  byte at a time would allocate on every byte, and the runtime never
 *  frees), and notes whether a "trace: ... overwritten" line came. */
const LINE_MAX = 120;
class TracingUart extends Uart {
  lines: u32 = 0;
  text: StaticArray<u8> = new StaticArray<u8>(LINE_MAX);
  length: i32 = 0;
  sawOverwritten: bool = false;
  putc(c: u32): void {
    trace(TraceKind.Wake, 0);
    if (c == 10) {
      this.lines++;
      if (lineHas(this.text, this.length, "trace: ", 0, true) && lineHas(this.text, this.length, "overwritten", 0, false)) this.sawOverwritten = true;
      this.length = 0;
    } else if (c != 13 && this.length < LINE_MAX) this.text[this.length++] = <u8>c;
  }
  getc(): i32 {
    return -1;
  }
  setRxInterrupt(on: bool): void {}
  clearRxInterrupt(): void {}
}

class Quiet extends IrqHandler {
  top(vector: u32): IrqReturn {
    return IrqReturn.Handled;
  }
}

export function deferredTests(): void {
  test("trace: an interrupt leaves entry and exit events with its vector", () => {
    check(TRACE_ENABLED, "tracing is built in");
    const v = spare(1);
    const h = new Quiet();
    checkEq(irqRequest(v, h), Err.Ok, "request");
    const before = traceCount();
    irqPend(v);
    for (let i = 0; i < 20 && traceCount() == before; i++) portCycles();
    let entry = false;
    let exit = false;
    for (let n: u32 = 0; n < 16; n++) {
      const w = traceRecent(n);
      if (w == ((<u32>TraceKind.IrqEntry << 24) | v)) entry = true;
      if (w == ((<u32>TraceKind.IrqExit << 24) | v)) exit = true;
    }
    check(entry && exit, "irq-entry and irq-exit recorded");
    check(traceCount() - before >= 2, "events counted");
    checkEq(irqFree(v, h), Err.Ok, "free");
  });


  test("trace: a dump ends even while events arrive faster than it prints", () => {
    const saved = consoleUart();
    const rx = consoleRxVector();
    const fake = new TracingUart();
    for (let i: u32 = 0; i < TRACE_EVENTS; i++) trace(TraceKind.Wake, 1);
    consoleSet(fake, rx);
    traceDump();
    if (saved !== null) consoleSet(saved, rx);
    check(fake.lines <= TRACE_EVENTS + 2, "at most the events present at the call, plus header and summary");
    check(fake.sawOverwritten, "the overwritten events are counted");
  });

  test("irq: a threaded handler's bottom half runs in its thread after the top half", () => {
    const v = spare(0);
    const h = new Threaded();
    checkEq(irqRequest(v, h, IrqFlags.Threaded), Err.Ok, "request");
    seqReset();
    irqPend(v);
    settleTicks(2);
    checkSeq("tb", "top, then bottom");
    check(h.bottomInThread, "bottom half in thread context");
    const d = irqDesc(v)!;
    check(d.worstLatency > 0, "interrupt-to-bottom-half latency recorded");
    check(d.worstTop > 0, "top-half duration recorded");
    // With interrupts masked the bottom half could not be waited for nor
    // its thread ended: refused, nothing changes (not a hang).
    const s = portIrqSave();
    const masked = irqFree(v, h);
    portIrqRestore(s);
    checkEq(masked, Err.Masked, "free with interrupts masked");
    checkEq(irqFree(v, h), Err.Ok, "free stops the thread");
    irqPend(v);
    settleTicks(1);
    checkEq(h.tops, 1, "no top half after free");
  });

  test("irq: oneshot keeps the line masked until the bottom half returns", () => {
    const v = spare(0);
    const h = new Threaded();
    h.sleepInBottom = 3;
    checkEq(irqRequest(v, h, IrqFlags.Threaded | IrqFlags.Oneshot), Err.Ok, "request");
    seqReset();
    irqPend(v);
    settleTicks(10);
    // The pend made inside the bottom half is held until it returns, then
    // delivered: t b s, then t b s again.
    checkSeq("tbstbs", "second interrupt only after the first bottom half");
    checkEq(irqFree(v, h), Err.Ok, "free");
    checkEq(irqRequest(v, new Threaded(), IrqFlags.Oneshot), Err.Invalid, "oneshot without threaded");
  });

  test("irq: a bottom half at the idle level or a line priority the chip rejects is refused, and keeps no thread", () => {
    const v = spare(0);
    const h = new Threaded();
    const free = stackArenaFree();
    h.bhPriority = IDLE_PRIORITY;
    const e = irqRequest(v, h, IrqFlags.Threaded);
    checkEq(e, Err.Invalid, "bottom half at the idle level");
    if (e == Err.Ok) irqFree(v, h);
    h.bhPriority = PRIORITIES;
    checkEq(irqRequest(v, h, IrqFlags.Threaded), Err.Invalid, "bottom half past the last level");
    h.bhPriority = IRQ_THREAD_PRIORITY;
    checkEq(irqRequest(v, h, IrqFlags.Threaded, 1000), Err.Invalid, "line priority the chip rejects");
    checkEq(stackArenaFree(), free, "no stack kept by the refused requests");
    checkEq(irqRequest(v, h, IrqFlags.Threaded), Err.Ok, "a good request");
    checkEq(irqFree(v, h), Err.Ok, "free");
    checkEq(stackArenaFree(), free, "free gives the stack back");
  });

  test("irq: coalescing wakes the bottom half once per N events, and flushes stragglers", () => {
    const v = spare(1);
    const h = new Threaded();
    checkEq(irqRequest(v, h, IrqFlags.Threaded), Err.Ok, "request");
    checkEq(irqSetCoalescing(h, 4, 0x80000000), Err.Invalid, "a flush delay over MAX_TIMEOUT");
    checkEq(irqSetCoalescing(h, 4, FOREVER), Err.Invalid, "FOREVER as a flush delay");
    checkEq(irqSetCoalescing(h, 4, 5), Err.Ok, "coalesce 4 events or 5 ticks");
    for (let i = 0; i < 8; i++) {
      irqPend(v);
      for (let k = 0; k < 20 && h.tops <= <u32>i; k++) portCycles();
    }
    settleTicks(1);
    checkEq(h.tops, 8, "eight top halves");
    checkEq(h.bottoms, 2, "two bottom halves for eight events");
    irqPend(v);
    settleTicks(2);
    checkEq(h.bottoms, 2, "a lone event waits for the flush");
    settleTicks(6);
    checkEq(h.bottoms, 3, "flushed within the coalescing time");
    checkEq(irqSetCoalescing(h, 0, 0), Err.Invalid, "zero events");
    checkEq(irqFree(v, h), Err.Ok, "free");
  });

  test("work: a queue at the idle level or past the last is refused, and takes no stack", () => {
    const q = new WorkQueue();
    const free = stackArenaFree();
    checkEq(q.create("idle-wq", IDLE_PRIORITY, STACK), Err.Invalid, "the idle level");
    checkEq(q.create("late-wq", PRIORITIES, STACK), Err.Invalid, "past the last level");
    checkEq(stackArenaFree(), free, "no stack taken");
  });

  test("work: an item queued twice from a top half runs once, in the worker", () => {
    checkEq(startWq(), Err.Ok, "create queue");
    const job = new Job("J");
    const v = spare(2);
    const h = new Queuer(wq, job);
    checkEq(irqRequest(v, h), Err.Ok, "request");
    seqReset();
    irqPend(v);
    settleTicks(1);
    checkSeq("J", "ran once");
    checkEq(job.runs, 1, "run count");
    check(wq.worstLatency > 0, "queue-to-run latency recorded");
    checkEq(irqFree(v, h), Err.Ok, "free");
  });

  test("work: delayed items, cancel, and flush", () => {
    checkEq(startWq(), Err.Ok, "create queue");
    const a = new Job("a");
    const b = new Job("b");
    const c = new Job("c");
    // Start just after a tick: the checks below count ticks, and on a slow
    // core the calls before the first of them can take a good part of one.
    settleTicks(1);
    seqReset();
    const t0 = ticks();
    checkEq(wq.queueDelayed(a, 3), Err.Ok, "delay a by 3 ticks");
    checkEq(wq.queueDelayed(b, 3), Err.Ok, "delay b by 3 ticks");
    check(wq.cancel(b), "cancel b while delayed");
    settleTicks(1);
    checkSeq("", "nothing yet");
    settleTicks(4);
    checkSeq("a", "a after its delay; b cancelled");
    check(ticks() - t0 >= 3, "not early");
    checkEq(wq.queueDelayed(a, 0), Err.Invalid, "zero delay");
    // a's timer exists now (it was delayed before): a bad delay must still
    // be refused, not run with the old one.
    checkEq(wq.queueDelayed(a, 0x80000000), Err.Invalid, "a delay over MAX_TIMEOUT, for an item delayed before");
    checkEq(wq.queueDelayed(a, FOREVER), Err.Invalid, "FOREVER, for an item delayed before");
    settleTicks(4);
    checkSeq("a", "the refused delays queued nothing");
    // flush waits for what was queued before it
    seqReset();
    wq.queue(c);
    checkEq(wq.flush(), Err.Ok, "flush");
    checkSeq("c", "flushed item ran before flush returned");
    check(!wq.cancel(c), "nothing left to cancel");
  });

  test("work: deferred calls run soon, outside interrupt context", () => {
    const j = new Job("D");
    seqReset();
    check(deferCall(j), "queued");
    settleTicks(1);
    checkSeq("D", "ran");
  });

  test("work: deferred calls run in the timer thread, at its priority", () => {
    const j = new WhereJob();
    check(deferCall(j), "queued");
    settleTicks(1);
    check(j.thread === timerThread, "ran in the timer thread");
    checkEq(j.priority, TIMER_THREAD_PRIORITY, "at the timer thread's priority");
  });

  test("work: a queue of one's own is not given to the timer thread", () => {
    const q = new WorkQueue();
    q.runInTimerThread(); // the kernel's, for deferCall's queue only
    check(q.workerThread() === null, "no worker");
    check(!q.queue(new Job("X")), "not created: nothing queued");
  });

  test("work: a timer due while deferred calls keep coming fires between them", () => {
    const chain = new Chain();
    const watch = new ChainWatch(chain);
    const timer = new SoftTimer();
    checkEq(timer.create(watch, 2, false), Err.Ok, "create");
    chain.left = 5; // six runs, a tick each
    checkEq(timer.start(), Err.Ok, "start");
    check(deferCall(chain), "queued");
    settleTicks(10);
    checkEq(chain.done, 6, "the chain ran to its end");
    check(watch.firedAt < 6, "the timer fired before the chain ended (timers first between two items)");
  });

  test("irq: NAPI polling masks the line and drains the device in budgets", () => {
    const v = spare(3);
    const dev = new Device(v, 8);
    dev.backlog = 30;
    const h = new NapiTop(dev);
    checkEq(irqRequest(v, h), Err.Ok, "request");
    irqPend(v);
    settleTicks(2);
    checkEq(dev.interrupts, 1, "one interrupt");
    checkEq(dev.polled, 30, "everything drained");
    checkEq(dev.rounds, 4, "rounds of 8, 8, 8 and 6");
    check(!dev.scheduled, "completed");
    dev.backlog = 3;
    irqPend(v);
    settleTicks(2);
    checkEq(dev.interrupts, 2, "line unmasked again after the drain");
    checkEq(dev.polled, 33, "second batch");
    checkEq(irqFree(v, h), Err.Ok, "free");
    // A budget of 0 counts as 1: it must not re-queue itself forever and
    // starve the threads (the timer thread runs deferred calls).
    const zero = new Device(v, 0);
    zero.backlog = 3;
    const hz = new NapiTop(zero);
    checkEq(irqRequest(v, hz), Err.Ok, "request a budget-0 poller");
    irqPend(v);
    settleTicks(2);
    checkEq(zero.polled, 3, "drained one item a round");
    check(!zero.scheduled, "completed");
    checkEq(irqFree(v, hz), Err.Ok, "free");
  });
}
