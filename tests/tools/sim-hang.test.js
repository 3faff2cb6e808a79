// sim's virtual-time limit: a thread that spins forever without calling
// the host, even with interrupts masked, ends the run with a report (which
// thread, where, that virtual time passed the limit) and exit 4, instead of
// hanging Node. The build's loop budget (tools/ivt/asyncify-transform.js
// insertLoopBudget) is what gives the host control in such a loop.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IVT = path.join(ROOT, "build/tools/ivt.mjs");
const SIM_EXIT_HANG = 4;

function ivt(args) {
  // A timeout, so that a sim without the loop budget fails instead of hanging.
  return spawnSync(process.execPath, [IVT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120000 });
}

test("sim: a thread spinning with interrupts masked ends at the virtual-time limit with a report", () => {
  const built = ivt(["build", "--board", "sim", "--app", "spin-forever"]);
  assert.equal(built.status, 0, built.stderr);
  const wasm = built.stdout.trim().split("\n").pop();
  const maxCycles = 5000000; // 50 ms of the sim board's 100 MHz
  const r = ivt(["sim", "--board", "sim", wasm, "--max-cycles", String(maxCycles)]);
  assert.equal(r.signal, null, "the run ended by itself");
  assert.equal(r.status, SIM_EXIT_HANG, r.stdout + r.stderr);
  assert.match(r.stdout, /spin-forever: a thread masks interrupts and spins/);
  assert.match(r.stdout, new RegExp(`sim: virtual time passed the limit of ${maxCycles} cycles in thread \\d+, ` +
    "interrupts masked, in wasm function \\d+: tests/target/spin-forever/spinMasked: hang"));
  assert.doesNotMatch(r.stdout, /main ran again/);
});
