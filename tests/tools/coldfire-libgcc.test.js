// arch/coldfire/libgcc.c (the ColdFire port's own 64-bit and soft-float
// helpers) compiled for the host and compared with the host's integer unit
// and FPU on random and edge operands (arch/coldfire/libgcc-check.c). The
// on-target suite checks them on the board too (tests/target/arith.ts);
// this covers millions of operands in a second. Skipped without a host cc.

import { test } from "node:test";
import assert from "node:assert";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SRC = path.join(ROOT, "arch/coldfire/libgcc.c");
const CHECK = path.join(ROOT, "arch/coldfire/libgcc-check.c");
const hasCc = spawnSync("cc", ["--version"]).status === 0;

/** Every function libgcc.c defines, to be renamed my<name> on the host. */
function definedNames() {
  const src = fs.readFileSync(SRC, "utf8");
  return [...src.matchAll(/^(?:u64|s64|u32|s32|int|float|double) (\w+)\(/gm)].map((m) => m[1]);
}

test("ColdFire libgcc.c agrees with the host's integer unit and FPU", { skip: !hasCc && "no host cc" }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-libgcc-"));
  const renames = definedNames().map((n) => `-D${n}=my${n}`);
  const exe = path.join(dir, "check");
  const obj = path.join(dir, "libgcc.o");
  // Renamed in libgcc.c only: the check calls the host's sqrt, floor, ...
  const cc1 = spawnSync("cc", ["-O1", "-fno-builtin", ...renames, "-c", SRC, "-o", obj], { encoding: "utf8" });
  assert.strictEqual(cc1.status, 0, cc1.stderr);
  const cc2 = spawnSync("cc", ["-O1", "-fno-builtin", CHECK, obj, "-lm", "-o", exe], { encoding: "utf8" });
  assert.strictEqual(cc2.status, 0, cc2.stderr);
  const r = spawnSync(exe, ["400000"], { encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
  assert.strictEqual(r.status, 0, r.stdout);
  assert.match(r.stdout, /400000 iterations, 0 failures/);
});
