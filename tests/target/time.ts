// The system tick against the cycle counter: it runs at the rate
// tickRate() tells, and the cycle counter keeps count across a sleep.
// Written against the package "ivt": the kernel's suite and an
// application module (tests/suite-app) run the same tests. Changing the
// rate, idling the CPU and starting the tick are the kernel suite's
// (time-kernel.ts); the arithmetic across wrap-around is ticks.ts.

import { test, check, checkEq } from "./harness";
import { boardCycleHz, portCycles, tickDiff, tickRate, ticks, threadSleep } from "ivt";

/** Cycles per tick over `n` ticks, measured from a tick's edge. */
export function cyclesPerTick(n: u32): u32 {
  let t = ticks();
  while (ticks() == t) {}
  t = ticks();
  const c0 = portCycles();
  while (tickDiff(ticks(), t) < <i32>n) {}
  return (portCycles() - c0) / n;
}

/** Whether `got` is within a quarter of `want`. */
export function near(got: u32, want: u32): bool {
  return got >= want - want / 4 && got <= want + want / 4;
}

export function timeTests(): void {
  test("time: the tick runs at tickRate(), as the cycle counter measures it", () => {
    const hz = tickRate();
    check(hz > 0, "tick running");
    check(boardCycleHz() >= hz, "the cycle counter counts at least once a tick");
    checkEq(tickRate(), hz, "the same rate asked again");
    check(near(cyclesPerTick(10), boardCycleHz() / hz), "cycles per tick match tickRate()");
  });

  test("time: the cycle counter keeps count while only the tick reads it (a narrow counter loses no wrap)", () => {
    threadSleep(1);
    const k0 = ticks();
    const c0 = portCycles();
    threadSleep(100);
    const c1 = portCycles();
    const elapsed = <u64>tickDiff(ticks(), k0);
    check(elapsed >= 100 && elapsed <= 102, "the sleep lasted its 100 ticks");
    const want = elapsed * <u64>boardCycleHz() / <u64>tickRate();
    const got = <u64>(c1 - c0);
    check(got + want / 50 >= want && got <= want + want / 50, "cycles over the sleep within 2% of its ticks");
  });
}
