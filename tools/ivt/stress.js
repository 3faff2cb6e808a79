// ivt stress: the model-based random test at length (tests/model), 10^6
// ops by default, with operations per second. Each run of up to 2000 ops is
// one sim execution; the seed is printed first, so a failure can be
// replayed (`make stress SEED=<n>`), and a failure prints the shortest
// failing sequence.

import { buildImage } from "./build.js";
import { loadBoard } from "./boards.js";
import { modelCheck } from "../../tests/model/run.js";

const LENGTH = 2000;
const RUNS_PER_BATCH = 10;

/** Runs `ops` random ops from `seed`; returns the process exit code. */
export async function runStress({ ops = 1e6, seed = Date.now() % 0x7fffffff }) {
  const board = loadBoard("sim");
  const wasm = await buildImage(board, "model");
  console.log(`stress: ${ops} random ops on sim against the model, seed ${seed}`);
  let done = 0;
  let ms = 0;
  let lastReport = 0;
  for (let k = 0; done < ops; k++) {
    const r = await modelCheck({ wasm, board, seed: seed + k, runs: RUNS_PER_BATCH, length: LENGTH });
    if (r.failure) {
      console.log(r.failure);
      console.log(`stress: FAILED after ${done} ops (seed ${seed}, batch ${k})`);
      return 1;
    }
    done += r.ops;
    ms += r.ms;
    if (ms - lastReport >= 10000) {
      lastReport = ms;
      console.log(`stress: ${done} ops, ${Math.round(done / (ms / 1000))} ops/s`);
    }
  }
  console.log(`stress: ${done} ops passed in ${(ms / 1000).toFixed(1)} s: ${Math.round(done / (ms / 1000))} ops/s (seed ${seed})`);
  return 0;
}
