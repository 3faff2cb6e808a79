// make test's native images are built with less debug information than
// the images users run (tools/ivt/build.js TEST_BUILD, -g1 instead of -g):
// this checks that the code is the same, byte for byte, and that the
// test build still names functions and source lines (crash reports).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadBoard } from "../../tools/ivt/boards.js";
import { buildImage } from "../../tools/ivt/build.js";

const b = loadBoard("mps2-an385");
const tool = (name) => `${b.toolchain.prefix}${name}`;

/** The bytes of `elf`'s .text section. */
function text(elf) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ivt-text-")), "text.bin");
  const r = spawnSync(tool("objcopy"), ["-O", "binary", "-j", ".text", elf, out], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const bytes = fs.readFileSync(out);
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return bytes;
}

test("the test build's code is the user build's, and it still names functions and lines", async () => {
  const user = await buildImage(b, "minimal");
  const tested = await buildImage(b, "minimal", { forTest: true });
  assert.notEqual(path.dirname(user), path.dirname(tested), "built apart");
  const [a, c] = [text(user), text(tested)];
  assert.ok(a.length > 10000, `text of ${a.length} bytes`);
  assert.ok(a.equals(c), "the same .text, byte for byte");
  // A translated function's address resolves to its name and a line of kernel.c.
  const nm = spawnSync(tool("nm"), [tested], { encoding: "utf8" }).stdout;
  const addr = /^([0-9a-f]+) [tT] Z_kernelZ_ivtswitch$/m.exec(nm)[1];
  const r = spawnSync(tool("addr2line"), ["-f", "-e", tested, "0x" + addr], { encoding: "utf8" });
  assert.match(r.stdout, /^Z_kernelZ_ivtswitch\n.*kernel\.c:\d+/);
  // And it is smaller for it: the variable information is what it drops.
  assert.ok(fs.statSync(tested).size < fs.statSync(user).size, "less debug information");
});
