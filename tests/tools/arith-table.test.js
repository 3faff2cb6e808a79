// tests/target/arith-table.ts is generated (answers computed on the host by
// tests/target/arith-gen.mjs): it must be what the generator writes today.

import { test } from "node:test";
import assert from "node:assert";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

test("arith-table.ts is up to date with arith-gen.mjs", () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, "tests/target/arith-gen.mjs"), "--check"], { encoding: "utf8" });
  assert.strictEqual(r.status, 0, r.stderr);
});
