// The system tick in the kernel's suite only: it advances while a thread
// idles the CPU, tickSetRate changes it and refuses what the timer cannot
// make or a top half asks, the cycle counter's width, and a second
// tickStart. The rest is time.ts, which an application runs too.

import { test, check, checkEq } from "./harness";
import { runTopHalf, TopHalfOnce } from "./irqutil";
import { cyclesPerTick, near } from "./time";
import {
  boardCycleBits, boardCycleHz, Err, portIrqRestore, portIrqSave, tickDiff, tickRate, tickSetRate, ticks,
  MAX_TICK_HZ, Timer, timerRateOk,
} from "../../kernel/ivt";
// Internals test: starts the tick a second time (tickStart, a board's
// call) and idles the CPU through the host ABI (portIdle).
import { tickStart } from "../../kernel/time";
import { portIdle } from "../../kernel/port";

/** Tries to change the tick rate from a top half. */
class RateSetter extends TopHalfOnce {
  result: Err = Err.Ok;
  once(): void {
    this.result = tickSetRate(tickRate() / 2);
  }
}

class NeverTimer extends Timer {
  startPeriodic(hz: u32): Err { return Err.Ok; }
  stop(): void {}
  clearInterrupt(): void {}
  vector(): u32 { return 0; }
}

export function timeKernelTests(): void {
  test("time: the tick advances while the thread idles", () => {
    check(tickRate() > 0, "tick running");
    const start = ticks();
    let now = start;
    while (tickDiff(now, start) < 3) {
      const s = portIrqSave();
      if (tickDiff(ticks(), start) < 3) portIdle();
      portIrqRestore(s);
      now = ticks();
    }
    checkEq(<u32>tickDiff(now, start), 3, "woke on the third tick, not later");
  });

  test("time: tickSetRate changes the tick and refuses rates the timer cannot make", () => {
    const hz = tickRate();
    const perTick = boardCycleHz() / hz;
    checkEq(tickSetRate(0), Err.Invalid, "0 Hz");
    checkEq(tickSetRate(0xffffffff), Err.Invalid, "faster than the timer counts");
    checkEq(tickSetRate(MAX_TICK_HZ + 1), Err.Invalid, "over MAX_TICK_HZ: the tick's handler could not keep up");
    checkEq(tickRate(), hz, "the rate stays after a refusal");
    check(near(cyclesPerTick(4), perTick), "and so does the tick");
    checkEq(tickSetRate(hz / 2), Err.Ok, "half the rate");
    checkEq(tickRate(), hz / 2, "tickRate tells the new rate");
    check(near(cyclesPerTick(4), 2 * perTick), "ticks twice as long");
    checkEq(tickSetRate(hz), Err.Ok, "back to the board's rate");
    check(near(cyclesPerTick(4), perTick), "ticks as long as before");
    check(timerRateOk(1000, 1000) && timerRateOk(83333333, 1000) && timerRateOk(1000, 3), "rates made within 1%");
    check(!timerRateOk(1000, 0) && !timerRateOk(1000, 1001) && !timerRateOk(1000, 300), "rates not made");
  });

  test("time: tickSetRate refuses a top half and a rate over 1% off; tickRate tells the truth after each call", () => {
    const hz = tickRate();
    const perTick = boardCycleHz() / hz;
    const h = new RateSetter();
    runTopHalf(h);
    checkEq(h.result, Err.InInterrupt, "top half");
    checkEq(tickSetRate(hz), Err.Ok, "same");
    checkEq(tickRate(), hz, "rate");
    // Half the cycle counter's rate and a bit: a few counts a tick on every
    // board (no tick timer counts 50 times as fast as its cycle counter),
    // neither a whole number nor 100.
    checkEq(tickSetRate(boardCycleHz() / 2 + 1), Err.Invalid, "1% off");
    checkEq(tickRate(), hz, "rate");
    check(near(cyclesPerTick(4), perTick), "tick");
    // 1 Hz: a 24-bit SysTick at 25 MHz cannot count so long; others can.
    const slow = tickSetRate(1);
    checkEq(tickRate(), slow == Err.Ok ? 1 : hz, "rate");
    check(slow == Err.Ok || slow == Err.Invalid, "1 Hz");
    checkEq(tickSetRate(hz), Err.Ok, "back");
    checkEq(tickRate(), hz, "rate");
    check(near(cyclesPerTick(4), perTick), "tick");
  });

  test("time: the cycle counter is 1 to 32 bits wide; a second tickStart is refused", () => {
    const bits = boardCycleBits();
    check(bits >= 1 && bits <= 32, "a width of 1 to 32 bits");
    checkEq(tickStart(new NeverTimer(), 100), Err.Exists, "tick already running");
  });
}
