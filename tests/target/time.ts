// The system tick: it advances while a thread idles, and its arithmetic
// survives wrap-around.

import { test, check, checkEq } from "./harness";
import {
  Err, portIrqRestore, portIrqSave, tickDiff, tickRate, tickReached, ticks, Timer,
} from "../../kernel/ivt";
// Internals test: starts the tick a second time (tickStart, a board's
// call) and idles the CPU through the host ABI (portIdle).
import { tickStart } from "../../kernel/time";
import { portIdle } from "../../kernel/port";

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

  test("time: tick arithmetic survives wrap-around", () => {
    checkEq(<u32>tickDiff(5, 0xfffffffb), 10, "distance across the wrap");
    check(tickDiff(0xfffffffb, 5) == -10, "negative distance across the wrap");
    check(tickReached(3, 0xfffffffe), "deadline before the wrap reached after it");
    check(!tickReached(0xfffffffe, 3), "deadline after the wrap not reached before it");
  });

  test("time: a second tickStart is refused", () => {
    checkEq(tickStart(new NeverTimer(), 100), Err.Exists, "tick already running");
  });
}
