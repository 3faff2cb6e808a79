// Tick arithmetic as every thread sees it, the kernel's or an
// application's: the same source runs in the kernel's suite (its group
// "ticks") and as an application (tests/suite-app), against the package
// "ivt", whose tickDiff and tickReached are the same pure functions in
// both worlds (kernel/tickmath.ts).

import { test, check, checkEq } from "./harness";
import { tickDiff, tickReached, ticks } from "ivt";

export function tickTests(): void {
  test("time: tick arithmetic survives wrap-around", () => {
    checkEq(<u32>tickDiff(5, 0xfffffffb), 10, "distance across the wrap");
    check(tickDiff(0xfffffffb, 5) == -10, "negative distance across the wrap");
    check(tickReached(3, 0xfffffffe), "deadline before the wrap reached after it");
    check(!tickReached(0xfffffffe, 3), "deadline after the wrap not reached before it");
    check(tickDiff(0x80000001, 1) == -0x80000000, "2^31 apart: the distance's sign flips (the documented limit)");
    const now = ticks();
    check(tickReached(now, now) && tickDiff(now, now) == 0, "a deadline of now is reached");
  });
}
