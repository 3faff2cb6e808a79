// Software timers: a callback that sleeps, a timer stopped or deleted from
// its own callback, periods at and past the limits. Written against the
// package "ivt": the kernel's suite and an application module
// (tests/suite-app-timers) run the same tests, against the kernel's timer
// thread and the application library's own (user/ivt.ts). How timers and
// deferred calls share the kernel's timer thread, and work queues, are the
// kernel suite's (timers-kernel.ts).

import { test, check, checkEq, checkSeq, seq, seqReset } from "./harness";
import { Err, FOREVER, MAX_TIMEOUT, SoftTimer, threadSleep, tickRate, ticks, TimerCallback } from "ivt";

/** Ticks in 10 ms, at least one. */
function tickStep(): u32 {
  const hz = tickRate();
  return hz > 100 ? hz / 100 : 1;
}

export function settleTicks(n: u32): void {
  threadSleep(n);
}

/** A timer callback that notes the tick it ran at and a letter. */
export class Mark extends TimerCallback {
  at: u32 = 0;
  constructor(public letter: string) {
    super();
  }
  fire(timer: SoftTimer): void {
    this.at = ticks();
    seq(this.letter);
  }
}

/** A timer callback that sleeps `ticks` ticks in the timer thread. */
export class SleepyCallback extends TimerCallback {
  constructor(public ticks: u32) {
    super();
  }
  fire(timer: SoftTimer): void {
    seq("A");
    threadSleep(this.ticks);
    seq("a");
  }
}

/** A periodic timer's callback that stops (or deletes) its own timer at
 *  its second run. */
class StopsItself extends TimerCallback {
  runs: u32 = 0;
  result: Err = Err.Busy;
  constructor(public deletes: bool) {
    super();
  }
  fire(timer: SoftTimer): void {
    if (++this.runs == 2) this.result = this.deletes ? timer.delete() : timer.stop();
  }
}

/** A timer callback that counts its runs. */
export class Count extends TimerCallback {
  runs: u32 = 0;
  fire(timer: SoftTimer): void {
    this.runs++;
  }
}

export function timerTests(): void {
  test("timer: a callback that sleeps sleeps its full time; a timer due meanwhile runs after it", () => {
    // In steps of 10 ms (a tick at 100 Hz): an application's calls at
    // micro:bit's 1 kHz took 3 ticks between two of the test's steps.
    const u = tickStep();
    const sleepy = new SoftTimer();
    const other = new SoftTimer();
    const mark = new Mark("B");
    checkEq(sleepy.create(new SleepyCallback(5 * u), u, false), Err.Ok, "create the sleeper");
    checkEq(other.create(mark, u, false), Err.Ok, "create the other");
    settleTicks(u);
    seqReset();
    checkEq(sleepy.start(), Err.Ok, "start the sleeper");
    settleTicks(2 * u); // the callback is asleep now
    const t0 = ticks();
    checkEq(other.start(), Err.Ok, "start a timer due in a step");
    settleTicks(2 * u);
    checkSeq("A", "the callback sleeps on; the timer due did not run");
    settleTicks(6 * u);
    checkSeq("AaB", "the timer due ran after the callback woke");
    check(mark.at - t0 >= 2 * u, "the other timer waited for the sleeping callback");
  });

  test("timer: a periodic timer stopped or deleted from its own callback runs no more; a stopped one starts again, a deleted one does not", () => {
    const stopper = new StopsItself(false);
    const deleter = new StopsItself(true);
    const a = new SoftTimer();
    const b = new SoftTimer();
    checkEq(a.create(stopper, 1, true), Err.Ok, "create a");
    checkEq(b.create(deleter, 1, true), Err.Ok, "create b");
    checkEq(a.start(), Err.Ok, "start a");
    checkEq(b.start(), Err.Ok, "start b");
    settleTicks(6);
    checkEq(stopper.runs, 2, "stopped at its second run");
    checkEq(deleter.runs, 2, "deleted at its second run");
    checkEq(stopper.result, Err.Ok, "stop from its callback");
    checkEq(deleter.result, Err.Ok, "delete from its callback");
    check(!a.isActive() && !b.isActive(), "neither active");
    settleTicks(3);
    checkEq(stopper.runs, 2, "the stopped one ran no more");
    checkEq(deleter.runs, 2, "nor the deleted one");
    checkEq(a.start(), Err.Ok, "a stopped timer starts again");
    checkEq(a.stop(), Err.Ok, "and stops");
    checkEq(b.start(), Err.Invalid, "a deleted one does not");
  });

  test("timer: a period of 0, FOREVER or 2^31 is Invalid; MAX_TIMEOUT is accepted and does not hold up a nearer timer", () => {
    const far = new SoftTimer();
    const near = new SoftTimer();
    const cb = new Count();
    const mark = new Mark("N");
    checkEq(far.create(cb, 0, false), Err.Invalid, "period 0");
    checkEq(far.create(cb, FOREVER, true), Err.Invalid, "period FOREVER");
    checkEq(far.create(cb, 0x80000000, false), Err.Invalid, "period 2^31");
    checkEq(far.start(), Err.Invalid, "not created by the refusals");
    checkEq(far.create(cb, MAX_TIMEOUT, false), Err.Ok, "period MAX_TIMEOUT");
    checkEq(far.setPeriod(0), Err.Invalid, "setPeriod 0");
    checkEq(far.setPeriod(FOREVER), Err.Invalid, "setPeriod FOREVER");
    checkEq(far.setPeriod(0x80000000), Err.Invalid, "setPeriod 2^31");
    checkEq(far.start(), Err.Ok, "start the far timer");
    check(far.remaining() >= MAX_TIMEOUT - 2, "its expiry is MAX_TIMEOUT ticks away");
    checkEq(near.create(mark, 2, false), Err.Ok, "create a near one");
    seqReset();
    checkEq(near.start(), Err.Ok, "start the near one");
    settleTicks(4);
    checkSeq("N", "the near timer fired");
    checkEq(cb.runs, 0, "the far one did not");
    check(far.isActive(), "and still waits");
    checkEq(far.stop(), Err.Ok, "stop the far one");
  });
}
