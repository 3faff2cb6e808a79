// The system tick: it advances while a thread idles and runs at the rate
// asked. Its arithmetic across wrap-around is ticks.ts, a group of its own
// that an application runs too.

import { test, check, checkEq } from "./harness";
import { runTopHalf, TopHalfOnce } from "./irqutil";
import {
  boardCycleBits, boardCycleHz, Err, portCycles, portIrqRestore, portIrqSave, tickDiff, tickRate, tickSetRate, ticks,
  MAX_TICK_HZ, threadSleep, Timer, timerRateOk,
} from "../../kernel/ivt";
// Internals test: starts the tick a second time (tickStart, a board's
// call) and idles the CPU through the host ABI (portIdle).
import { tickStart } from "../../kernel/time";
import { portIdle } from "../../kernel/port";

/** Cycles per tick over `n` ticks, measured from a tick's edge. */
function cyclesPerTick(n: u32): u32 {
  let t = ticks();
  while (ticks() == t) {}
  t = ticks();
  const c0 = portCycles();
  while (tickDiff(ticks(), t) < <i32>n) {}
  return (portCycles() - c0) / n;
}

/** Whether `got` is within a quarter of `want`. */
function near(got: u32, want: u32): bool {
  return got >= want - want / 4 && got <= want + want / 4;
}

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

export function timeTests(): void {
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

  test("time: the tick runs at tickRate(); tickSetRate changes it and refuses rates the timer cannot make", () => {
    const hz = tickRate();
    const perTick = boardCycleHz() / hz;
    const measured = cyclesPerTick(10);
    check(near(measured, perTick), "cycles per tick match tickRate()");
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

  test("time: the cycle counter keeps count while only the tick reads it (a narrow counter loses no wrap)", () => {
    const bits = boardCycleBits();
    check(bits >= 1 && bits <= 32, "a width of 1 to 32 bits");
    threadSleep(1);
    const k0 = ticks();
    const c0 = portCycles();
    threadSleep(100);
    const c1 = portCycles();
    const elapsed = <u64>tickDiff(ticks(), k0);
    const want = elapsed * <u64>boardCycleHz() / <u64>tickRate();
    const got = <u64>(c1 - c0);
    check(got + want / 50 >= want && got <= want + want / 50, "cycles over the sleep within 2% of its ticks");
  });

  test("time: a second tickStart is refused", () => {
    checkEq(tickStart(new NeverTimer(), 100), Err.Exists, "tick already running");
  });
}
