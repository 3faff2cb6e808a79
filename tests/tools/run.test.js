// `ivt run` as a user meets it (issue 12, item 6): virtual time kept
// honest under QEMU, the command it runs printed, the kernel's own exit
// status passed on, by `./ivt run` (`make run` can only exit 0 or 2).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function ivt(args) {
  return spawnSync(path.join(ROOT, "ivt"), args, { cwd: ROOT, encoding: "utf8", input: "", timeout: 120000 });
}

test("the demo's ticks come out evenly spaced, the same on every run, under the printed -icount command", () => {
  const seen = [];
  for (let run = 0; run < 2; run++) {
    const r = ivt(["run", "--board", "mps2-an385", "--app", "demo"]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /^ivt: \S*qemu-system-arm -M mps2-an385 .*-icount shift=7,sleep=on -kernel build\/mps2-an385\/demo\/kernel\.elf$/m);
    assert.match(r.stderr, /^ivt: mps2-an385 exited with status 0 \(ok\)$/m);
    const ticks = [...r.stdout.matchAll(/^demo: tick \d of 5 \(system tick (\d+)\)$/gm)].map((m) => Number(m[1]));
    assert.equal(ticks.length, 5, r.stdout);
    const gaps = ticks.slice(1).map((t, i) => t - ticks[i]);
    assert.ok(gaps.every((g) => g === gaps[0]), `ticks ${ticks.join(", ")}: not evenly spaced`);
    seen.push(ticks.join(","));
  }
  assert.equal(seen[0], seen[1], "two runs gave different tick times");
});

test("a trap ends `ivt run` with the kernel's status 3, an abort with 2", () => {
  const trap = ivt(["run", "--board", "mps2-an385", "--app", "trap-boot"]);
  assert.equal(trap.status, 3, trap.stdout + trap.stderr);
  assert.match(trap.stderr, /^ivt: mps2-an385 exited with status 3 \(a trap or fault stopped the system, or main returned 3\)$/m);
  const abort = ivt(["run", "--board", "sim", "--app", "abort-main"]);
  assert.equal(abort.status, 2, abort.stdout + abort.stderr);
  assert.match(abort.stderr, /^ivt: node build\/tools\/ivt\.mjs sim --board sim build\/sim\/abort-main\/kernel\.wasm$/m);
  assert.match(abort.stderr, /^ivt: sim exited with status 2 \(an abort stopped the system, or main returned 2\)$/m);
});

test("the tool's own failure is 64, apart from the kernel's statuses", () => {
  const r = ivt(["run", "--board", "sim", "--app", "no-such-app"]);
  assert.equal(r.status, 64);
  assert.match(r.stderr, /unknown app: no-such-app/);
});
