// The run-time statistics (kernel/stats.ts) on the host: the counts must
// go on past the wraps that the dispatch no longer looks for at every
// interrupt (its catch-up, at most every 2^28 cycles), with a fake cycle
// counter that the test moves on (as-pect.config.js cycles_advance).

import { Err } from "../../kernel/errors";
import { QuietChip } from "./quiet-chip";
import { IrqHandler, IrqReturn, dispatchInterrupt, irqAddChip, irqRequest } from "../../kernel/irq";
import { interruptRunCycles, statsStart, uptimeCycles } from "../../kernel/stats";

// @ts-ignore: decorator
@external("ivt_test", "cycles_advance") declare function cyclesAdvance(n: u32): void;

/** Cycles each interrupt lasts, and each run of the thread between. */
const SPAN: u32 = 1 << 27;

class Long extends IrqHandler {
  top(vector: u32): IrqReturn {
    cyclesAdvance(SPAN);
    return IrqReturn.Handled;
  }
}

const chip = new QuietChip(32, 4);
const handler = new Long();

describe("run-time statistics", () => {
  test("the interrupt total and the uptime go on past the wraps of the cycle counter and of the total's low word", () => {
    expect(irqAddChip(chip)).toBe(Err.Ok);
    expect(irqRequest(33, handler)).toBe(Err.Ok);
    statsStart();
    const up0 = uptimeCycles();
    const irq0 = interruptRunCycles();
    // 40 interrupts of 2^27 cycles, with as much thread time before each:
    // 5 * 2^30 cycles in interrupts (the total's low word wraps once) and
    // 10 * 2^30 in all (the counter wraps twice).
    for (let i = 0; i < 40; i++) {
      cyclesAdvance(SPAN);
      dispatchInterrupt(33);
    }
    const irq = interruptRunCycles() - irq0;
    const up = uptimeCycles() - up0;
    // The fake counter also moves 10 at every read: a few reads an interrupt.
    expect(irq >= <u64>40 * SPAN).toBe(true);
    expect(irq < <u64>40 * SPAN + 40 * 100).toBe(true);
    expect(up >= <u64>80 * SPAN).toBe(true);
    expect(up < <u64>80 * SPAN + 40 * 100).toBe(true);
  });
});
