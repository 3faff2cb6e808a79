// make soak: the on-target suite and the interrupt-load test (and, where
// the board can run it, the random model test) in a loop for MINUTES of
// wall time, under QEMU or on sim. Not part of make test.
//
// Reports, at the end and after every iteration: iterations, failed checks,
// interrupts taken by the load test, and the longest pend-to-handler
// latency it saw (cycles of the board's cycle counter). Exit 1 if anything
// failed.

import { Tally, harnessSuite } from "./test.js";

const LOAD_LINE = /^irq-load: (\d+) rounds in (\d+) ticks \(\d+ per s, 2 interrupts each\), worst latency (\d+) cycles$/m;

/** Optional extra work per iteration (the random model test registers one
 *  here when it exists): async (board, iteration, tally) => void. */
export const soakExtras = [];

/** Runs the soak; returns the process exit code. */
export async function runSoak(b, { minutes }) {
  const t = new Tally();
  const endAt = Date.now() + minutes * 60000;
  let iterations = 0;
  let interrupts = 0;
  let worst = 0;
  const started = Date.now();
  do {
    iterations++;
    console.log(`soak: iteration ${iterations} on ${b.name}`);
    await harnessSuite(t, b, "tests", `${b.name} suite`);
    const load = await harnessSuite(t, b, "irq-load", `${b.name} interrupt load`);
    const m = load && LOAD_LINE.exec(load.output);
    if (m) {
      interrupts += 2 * Number(m[1]) + Number(m[2]); // two lines per round, plus the ticks
      worst = Math.max(worst, Number(m[3]));
    } else {
      t.fail(`${b.name} interrupt load`, "no irq-load summary line", load ? load.output : "");
    }
    for (const extra of soakExtras) await extra(b, iterations, t);
    const mins = ((Date.now() - started) / 60000).toFixed(1);
    console.log(`soak: ${iterations} iterations in ${mins} min, ${t.failed} failed, ${interrupts} interrupts taken, worst latency ${worst} cycles`);
  } while (Date.now() < endAt);
  console.log(`${t.passed} passed, ${t.failed} failed`);
  return t.failed ? 1 : 0;
}
