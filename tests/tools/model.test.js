// The model-based random test (issue 9): 10^4 random ops on sim, from
// worker threads and an interrupt handler, each result and the state after
// each step compared with the reference model in tests/model/model.js, and
// the kernel's own invariant check (kernel/check.ts) after every step.
// Seeded: a failure prints its seed and the shortest failing sequence
// fast-check found. IVT_MODEL_SEED=<n> replays another seed.

import test from "node:test";
import assert from "node:assert/strict";
import { buildImage } from "../../tools/ivt/build.js";
import { loadBoard } from "../../tools/ivt/boards.js";
import { modelCheck, runKernel, compare } from "../model/run.js";
import { OP } from "../model/model.js";

const OPS = 10000;
const LENGTH = 500;
const SEED = Number(process.env.IVT_MODEL_SEED || 20261129);

const board = loadBoard("sim");
let wasm = null;
const image = () => (wasm ??= buildImage(board, "model"));

test("model test: the model and the kernel agree on a hand-written sequence", async () => {
  // Inheritance through a chain and FIFO among equal waiters, spelled out,
  // so that a model and kernel that both do nothing cannot pass.
  const ops = [
    [OP.CREATE, 0, 12], [OP.CREATE, 1, 8], [OP.CREATE, 2, 3], [OP.CREATE, 3, 8],
    [OP.MTX_LOCK, 0, 1, 0], // w0 holds m1
    [OP.MTX_LOCK, 1, 0, 0], // w1 holds m0 ...
    [OP.MTX_LOCK, 1, 1, 4294967295], // ... and waits for m1: w0 runs at 8
    [OP.MTX_LOCK, 2, 0, 4294967295], // w2 (3) waits for m0: w1 and w0 run at 3
    [OP.SEM_TAKE, 3, 0, 2], // w3 waits on s0 for 2 ticks
    [OP.I_SEM_GIVE, 0], // the interrupt hands s0 to w3
    [OP.MTX_UNLOCK, 0, 1], // m1 to w1, w0 back to 12
  ];
  const run = await runKernel(await image(), board, ops);
  assert.equal(compare(ops, run), null);
  assert.match(run.lines[7], /^\| B3n0 B3n0 B3n0 B8n0 .* m1x1 m0x1 /);
  assert.equal(run.lines[9], "i:0 w3:0 | B3n0 B3n0 B3n0 B8n0 s0 s1 m1x1 m0x1 m- q0 e0 t0 t0 !0");
  assert.match(run.lines[10], /^w1:0 w0:0 \| B12n0 B3n0 B3n0 B8n0 /);
});

test(`model test: ${OPS} random ops on sim agree with the model (seed ${SEED})`, async () => {
  let ops = 0;
  for (let k = 0; ops < OPS; k++) {
    const r = await modelCheck({ wasm: await image(), board, seed: SEED + k, runs: 10, length: LENGTH });
    if (r.failure) assert.fail(r.failure);
    ops += r.ops;
  }
});
