// The benchmarks prove what they time (apps/bench/main.ts): run on sim,
// every benchmark must print its `bench <name> checked <n> ...` line with
// all its samples and none may say FAILED. Guards against a benchmark that
// silently stops measuring its operation, as the yield bench once timed
// yields that returned without a switch (its first thread ran alone).
// Also checks how make bench turns Thread-Metric lines into figures.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseThreadMetric } from "../../tools/ivt/bench.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IVT = path.join(ROOT, "build/tools/ivt.mjs");
const BENCHES = ["yield", "sem_handoff", "sem_wake_higher", "mutex_uncontended", "queue_roundtrip",
  "irq_to_handler", "irq_chain_extra_none", "irq_to_bottom_half", "workqueue_latency"];

function ivt(args) {
  return spawnSync(process.execPath, [IVT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 240000 });
}

test("sim: every benchmark checks all its samples (yield: each one a switch)", () => {
  const built = ivt(["build", "--board", "sim", "--app", "bench"]);
  assert.equal(built.status, 0, built.stderr);
  const wasm = built.stdout.trim().split("\n").pop();
  const r = ivt(["sim", "--board", "sim", wasm]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.doesNotMatch(r.stdout, /FAILED/);
  assert.match(r.stdout, /^bench: done$/m);
  for (const name of BENCHES) {
    assert.match(r.stdout, new RegExp(`^bench ${name} checked 1000 \\S`, "m"), `${name} proved its 1000 samples`);
    assert.match(r.stdout, new RegExp(`^bench ${name} median \\d+ min \\d+ max \\d+ n 1000$`, "m"));
  }
  assert.match(r.stdout, /^bench yield checked 1000 yields, each switching to the other thread$/m);
});

test("Thread-Metric figures: the windows' counts over their iterations, scaled", () => {
  const out = "tm cooperative window 0 cycles 6400 iterations 100\ntm cooperative window 1 cycles 6400 iterations 101\nnoise\n";
  const r = parseThreadMetric(out, 0.3125);
  assert.deepEqual(Object.keys(r), ["cooperative"]);
  assert.equal(r.cooperative.windows.length, 2);
  assert.equal(r.cooperative.per_iteration, Math.round((12800 * 0.3125 * 100) / 201) / 100);
});

test("make bench TRACE=off: the board's images are built apart with the trace ring compiled out", async () => {
  const { withoutTrace } = await import("../../tools/ivt/bench.js");
  const { loadBoard } = await import("../../tools/ivt/boards.js");
  const { boardAscFlags, imageDir } = await import("../../tools/ivt/gen.js");
  const b = loadBoard("mps2-an385");
  const n = withoutTrace(b);
  assert.equal(n.name, "mps2-an385-notrace");
  assert.notEqual(imageDir(n, "bench"), imageDir(b, "bench"));
  const flags = boardAscFlags(n).join(" ");
  assert.match(flags, /--use BOARD_TRACE_ENABLED=0/);
  assert.doesNotMatch(boardAscFlags(b).join(" "), /BOARD_TRACE_ENABLED/);
  assert.equal(b.kernel && b.kernel.TRACE_ENABLED, undefined, "the loaded board is left as it was");
});

test("make bench skips a set whose image does not fit the board, saying why; any other failure stops it", async () => {
  const { unlessItDoesNotFit } = await import("../../tools/ivt/bench.js");
  const { DoesNotFit, UserError } = await import("../../tools/ivt/proc.js");
  const b = { name: "tiny" };
  const skipped = {};
  const said = [];
  const log = console.log;
  console.log = (line) => said.push(line);
  try {
    const why = "boards/tiny/board.json: the image of bench-app needs 64 bytes more RAM than memory.ram has";
    assert.equal(await unlessItDoesNotFit(b, "bench-app", async () => { throw new DoesNotFit(why); }, skipped), null);
    assert.deepEqual(skipped, { "bench-app": why });
    assert.match(said.join("\n"), /^bench-app: skipped on tiny, its image does not fit the board: boards\/tiny/m);
    assert.equal(await unlessItDoesNotFit(b, "thread-metric", async () => "tm done", skipped), "tm done");
    await assert.rejects(unlessItDoesNotFit(b, "codegen", async () => { throw new UserError("codegen run failed (exit 1)"); }, skipped), /exit 1/);
    assert.deepEqual(Object.keys(skipped), ["bench-app"], "a failed run is not a skip");
  } finally {
    console.log = log;
  }
});
