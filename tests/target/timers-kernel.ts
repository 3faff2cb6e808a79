// Software timers and deferred calls, both run by the kernel's timer
// thread (kernel/timerthread.ts), and work queues: what a user may do to
// them that the plain cases in deferred.ts and sync.ts leave out, in the
// kernel's suite only (an application has no deferred calls or work
// queues; its timers run in its own timer thread, user/ivt.ts). The
// timers' own cases are timers.ts, which an application runs too. A group
// of its own: microbit runs each group in its own image, and deferred's
// images have no room left.

import { STACK, test, check, checkEq, checkSeq, seq, seqReset } from "./harness";
import { cleanup, spawn } from "./util";
import { spare } from "./irqutil";
import { Count, Mark, settleTicks, SleepyCallback } from "./timers";
import {
  deferCall, Err, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn, MAIN_PRIORITY,
  SoftTimer, threadSleep, ticks, TimerCallback, Work, WorkQueue,
} from "../../kernel/ivt";
// Internals test: flushes the deferred calls' queue (kernel/work.ts
// deferredQueue), which the application API does not export.
import { deferredQueue } from "../../kernel/work";

class Job extends Work {
  constructor(public letter: string) {
    super();
  }
  run(): void {
    seq(this.letter);
  }
}

/** A deferred call (or work item) that sleeps `ticks` in its worker. */
class Sleeper extends Work {
  constructor(public ticks: u32) {
    super();
  }
  run(): void {
    threadSleep(this.ticks);
    seq("S");
  }
}

/** Calls deferCall twice on `job` from a top half, noting the answers. */
class DeferTwice extends IrqHandler {
  first: bool = false;
  second: bool = true;
  constructor(public job: Work) {
    super();
  }
  top(vector: u32): IrqReturn {
    this.first = deferCall(this.job);
    this.second = deferCall(this.job);
    return IrqReturn.Handled;
  }
}

/** A deferred call that deletes a timer. */
class DeletesTimer extends Work {
  result: Err = Err.Busy;
  constructor(public timer: SoftTimer) {
    super();
  }
  run(): void {
    this.result = this.timer.delete();
  }
}

/** A periodic timer's callback that overruns its period (spins two
 *  ticks with a period of one: the timer is due again as it returns). It
 *  asks for `job` as a deferred call at its first run, notes at which run
 *  it found it run, and stops its timer at its fifth. */
class Overrun extends TimerCallback {
  runs: u32 = 0;
  jobRanAtRun: u32 = 0;
  constructor(public job: Work) {
    super();
  }
  fire(timer: SoftTimer): void {
    this.runs++;
    if (this.runs == 1) deferCall(this.job);
    if (this.jobRanAtRun == 0 && this.job.runs > 0) this.jobRanAtRun = this.runs;
    const t0 = ticks();
    while (ticks() - t0 < 2) {}
    if (this.runs == 5) timer.stop();
  }
}

/** Flushes `flushed` from a thread of its own; notes whether `watched`
 *  had run when the flush returned. */
let flushed: WorkQueue | null = null;
let flushesReturned: u32 = 0;
let watchedRanAtFlush: u32 = 0;
let watched: Work | null = null;
function flushQueue(arg: u32): void {
  if (flushed!.flush() != Err.Ok) return;
  flushesReturned++;
  if (arg != 0 && watched !== null && watched!.runs > 0) watchedRanAtFlush++;
}

/** Two threads flush `q` at once: the first while a sleeping item keeps
 *  the worker busy, the second after one more item was queued. */
function flushTwice(q: WorkQueue): void {
  const between = new Job("B");
  flushed = q;
  flushesReturned = 0;
  watchedRanAtFlush = 0;
  watched = between;
  check(q.queue(new Sleeper(3)), "the sleeper queued");
  // More urgent than main and the worker: each runs to its flush at once.
  spawn(0, "flush-a", flushQueue, 0, MAIN_PRIORITY - 2);
  check(q.queue(between), "an item queued between the two flushes");
  spawn(1, "flush-b", flushQueue, 1, MAIN_PRIORITY - 2);
  threadSleep(10);
  checkEq(flushesReturned, 2, "both flushes returned");
  checkEq(watchedRanAtFlush, 1, "the second flush returned after the item queued before it");
  cleanup();
  watched = null;
}

const ownQueue = new WorkQueue();

export function timerKernelTests(): void {
  test("work: a deferred call asked twice before it runs runs once, from a thread and from a top half", () => {
    const busy = new Sleeper(2); // keeps the timer thread busy meanwhile
    const j = new Job("J");
    const k = new Job("K");
    const v = spare(2);
    const h = new DeferTwice(k);
    checkEq(irqRequest(v, h), Err.Ok, "request");
    seqReset();
    check(deferCall(busy), "the sleeper queued");
    check(deferCall(j), "first call from a thread");
    check(!deferCall(j), "second call from a thread: already pending");
    irqPend(v);
    settleTicks(6);
    check(h.first, "first call from a top half");
    check(!h.second, "second call from a top half: already pending");
    checkSeq("SJK", "each ran once, in order, after the sleeper");
    checkEq(j.runs, 1, "thread's item ran once");
    checkEq(k.runs, 1, "top half's item ran once");
    checkEq(irqFree(v, h), Err.Ok, "free");
  });

  test("work: two threads flushing a queue at once both return, each after what was queued before its call", () => {
    // The deferred calls' (the timer thread, more urgent than the flushers).
    flushTwice(deferredQueue());
    // A queue less urgent than the flushers: a round of the flush barrier
    // wakes both before the worker runs the item queued between them.
    const e = ownQueue.create("flushed", MAIN_PRIORITY - 1, STACK);
    checkEq(e == Err.Busy ? Err.Ok : e, Err.Ok, "create a queue");
    flushTwice(ownQueue);
  });

  test("timer: a deferred call queued while a timer's callback sleeps runs after it woke, before a timer due meanwhile", () => {
    const sleepy = new SoftTimer();
    const other = new SoftTimer();
    const mark = new Mark("B");
    checkEq(sleepy.create(new SleepyCallback(5), 1, false), Err.Ok, "create the sleeper");
    checkEq(other.create(mark, 1, false), Err.Ok, "create the other");
    settleTicks(1);
    seqReset();
    checkEq(sleepy.start(), Err.Ok, "start the sleeper");
    settleTicks(2); // the callback is asleep now
    checkEq(other.start(), Err.Ok, "start a timer due in a tick");
    check(deferCall(new Job("D")), "queue a deferred call");
    settleTicks(2);
    checkSeq("A", "the callback sleeps on; nothing else ran");
    settleTicks(6);
    checkSeq("AaDB", "after the callback woke, in turn: the deferred call, then the timer due");
  });

  test("timer: a deferred call runs beside a periodic timer that overruns its period (always due)", () => {
    const job = new Job("J");
    const over = new Overrun(job);
    const t = new SoftTimer();
    checkEq(t.create(over, 1, true), Err.Ok, "create");
    checkEq(t.start(), Err.Ok, "start");
    // The timer thread runs it back to back until it stops: main, less
    // urgent, runs again only then.
    settleTicks(14);
    checkEq(over.runs, 5, "the timer ran five times and stopped");
    checkEq(job.runs, 1, "the deferred call ran once");
    checkEq(over.jobRanAtRun, 2, "between the timer's first two runs, not after its last");
  });

  test("timer: a periodic timer deleted from a deferred call runs no more", () => {
    const count = new Count();
    const c = new SoftTimer();
    checkEq(c.create(count, 1, true), Err.Ok, "create c");
    checkEq(c.start(), Err.Ok, "start c");
    settleTicks(3);
    const del = new DeletesTimer(c);
    check(deferCall(del), "queue its delete");
    settleTicks(1);
    checkEq(del.result, Err.Ok, "deleted from a deferred call");
    const runs = count.runs;
    check(runs > 0, "it had run");
    settleTicks(4);
    checkEq(count.runs, runs, "no run after the delete");
    check(!c.isActive(), "not active");
  });
}
