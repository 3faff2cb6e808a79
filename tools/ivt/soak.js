// make soak: the on-target suite and the interrupt-load test on the board,
// and the random model test (sim: it needs the sim's input device and a
// host-side model) with a new seed each time, in a loop for MINUTES of wall
// time. Not part of make test.
//
// Reports, at the end and after every iteration: iterations, failed checks,
// interrupts taken by the load test, the longest pend-to-handler latency it
// saw (cycles of the board's cycle counter) and the random ops run. Exit 1
// if anything failed.

import { Tally, closeSharedRunner, harnessSuite } from "./test.js";
import { buildImage } from "./build.js";
import { loadBoard } from "./boards.js";
import { modelCheck } from "../../tests/model/run.js";

const LOAD_LINE = /^irq-load: (\d+) rounds in (\d+) ticks \(\d+ per s, 2 interrupts each\), worst latency (\d+) cycles$/m;

/** Random ops per iteration of the model test: 10 sequences of 1000. */
const MODEL_RUNS = 10;
const MODEL_LENGTH = 1000;

/** One round of the random model test on sim, seeded from the start time
 *  and the iteration; a failure prints its seed and the shortest failing
 *  sequence (tests/model/run.js). Returns the ops it ran. */
async function modelRound(t, iteration, seed) {
  const sim = loadBoard("sim");
  const wasm = await buildImage(sim, "model");
  const r = await modelCheck({ wasm, board: sim, seed: seed + iteration, runs: MODEL_RUNS, length: MODEL_LENGTH });
  if (r.failure) t.fail(`random model test (seed ${seed + iteration})`, r.failure);
  else t.pass(`random model test: ${r.ops} ops (seed ${seed + iteration})`);
  return r.ops;
}

/** Runs the soak; returns the process exit code. */
export async function runSoak(b, { minutes }) {
  const t = new Tally();
  const endAt = Date.now() + minutes * 60000;
  let iterations = 0;
  let interrupts = 0;
  let worst = 0;
  const started = Date.now();
  const seed = started % 0x7fffffff;
  let modelOps = 0;
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
    modelOps += await modelRound(t, iterations, seed);
    const mins = ((Date.now() - started) / 60000).toFixed(1);
    console.log(`soak: ${iterations} iterations in ${mins} min, ${t.failed} failed, ${interrupts} interrupts taken, ` +
      `worst latency ${worst} cycles, ${modelOps} random ops`);
  } while (Date.now() < endAt);
  closeSharedRunner();
  console.log(`${t.passed} passed, ${t.failed} failed`);
  return t.failed ? 1 : 0;
}
