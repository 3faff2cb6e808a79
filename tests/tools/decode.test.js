// `ivt decode` (tools/ivt/decode.js, docs/crash.md): a record read back
// from a log against its image's folder; garbage, a line cut short or
// damaged, and a record of another build are refused, each saying why. The
// reports of every board's crash runs are checked in tests/target/test.json
// (its "decode" checks, on saved logs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mapSegments, statementAt, statementTable } from "../../tools/ivt/sourcemap.js";
import { wasmStaticData } from "../../tools/ivt/wasm.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IVT = path.join(ROOT, "build/tools/ivt.mjs");
const ivt = (args, input) => spawnSync(process.execPath, [IVT, ...args], { cwd: ROOT, encoding: "utf8", input, timeout: 300000 });

/** The trap-boot image on sim, built and run: its folder and its log. */
function trapBootRun() {
  const built = ivt(["build", "--board", "sim", "--app", "trap-boot"]);
  assert.equal(built.status, 0, built.stderr);
  const wasm = built.stdout.trim().split("\n").pop();
  const run = ivt(["sim", "--board", "sim", wasm]);
  assert.equal(run.status, 3, run.stdout + run.stderr);
  return { dir: path.dirname(wasm), log: run.stdout };
}

const fnv = (words) => words.reduce((h, w) => Math.imul(h ^ w, 16777619) >>> 0, 2166136261);
const line = (words) => `*** ivt BUGCHECK-RECORD ${words.map((w) => (w ? w.toString(16) : "")).join(",")} sum=${fnv(words).toString(16).padStart(8, "0")}`;
const wordsOf = (log) => /\*\*\* ivt BUGCHECK-RECORD ([0-9a-f,]*) sum=/.exec(log)[1].split(",").map((f) => (f ? parseInt(f, 16) >>> 0 : 0));

test("ivt decode: a trap at boot on sim, from its log: bucket, source line, backtrace", () => {
  const { dir, log } = trapBootRun();
  const r = ivt(["decode", "--build", dir], log);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^WASM_TRAP \(101\)$/m);
  assert.match(r.stdout, /^FAILURE_BUCKET_ID:  0x101_app!tests\/target\/trap-boot\/main$/m);
  assert.match(r.stdout, /^FAULTING_SOURCE:  tests\/target\/trap-boot\.ts:\d+$/m);
  assert.match(r.stdout, /^BUILD_ID:  [0-9a-f]{8} \(matches /m);
  assert.match(r.stdout, /^  #\d+ 0x[0-9a-f]{8} tests\/target\/trap-boot\/main\+0x[0-9a-f]+  tests\/target\/trap-boot\.ts:\d+$/m);
  // The line is the faulting statement's (sim: the source map holds for
  // the module that ran), in the function inlined into main, and each
  // caller's line is its call.
  const source = (file, text) => {
    const at = Number(new RegExp(`${file.replace(/[./]/g, "\\$&")}:(\\d+)`).exec(text)[1]);
    return fs.readFileSync(path.join(ROOT, file), "utf8").split("\n")[at - 1];
  };
  assert.match(source("tests/target/trap-boot.ts", /^FAULTING_SOURCE: .*$/m.exec(r.stdout)[0]), /return load<u32>\(moduleMemoryBytes\(\) \+ 4\);/);
  assert.match(source("kernel/boot.ts", /^  #1 .*$/m.exec(r.stdout)[0]), /appMain\(\)/);
  // The compact line alone is enough.
  const only = ivt(["decode", "--build", dir], /^\*\*\* ivt BUGCHECK-RECORD .*$/m.exec(log)[0] + "\n");
  assert.equal(only.status, 0, only.stderr);
  assert.match(only.stdout, /0x101_app!tests\/target\/trap-boot\/main/);

  // A record of another build: refused, saying both ids.
  const words = wordsOf(log);
  words[9] = (words[9] ^ 0x5a5a5a5a) >>> 0;
  const other = ivt(["decode", "--build", dir], line(words) + "\n");
  assert.notEqual(other.status, 0);
  assert.match(other.stderr, /is of build [0-9a-f]{8}, but the image in .* is build [0-9a-f]{8}: refusing/);
  assert.equal(other.stdout, "");
  // Beside a record of this build, one of another build is skipped, said so.
  const mixed = ivt(["decode", "--build", dir], line(words) + "\n" + /^\*\*\* ivt BUGCHECK-RECORD .*$/m.exec(log)[0] + "\n");
  assert.equal(mixed.status, 0, mixed.stderr);
  assert.match(mixed.stderr, /line 1 of stdin is a record of build [0-9a-f]{8}, not this image's [0-9a-f]{8}: skipped/);
  assert.match(mixed.stdout, /^stdin, line 2:/m);
  assert.match(mixed.stdout, /0x101_app!tests\/target\/trap-boot\/main/);
});

test("ivt decode: a storm record is bucketed by the name of the line's handler, a static string of the image", () => {
  const { dir, log } = trapBootRun();
  // The tick's handler is named "tick" (kernel/time.ts) in every image:
  // find that string in the static data, as AssemblyScript lays it out
  // (its byte length in the word before, UTF-16).
  const data = wasmStaticData(path.join(dir, "kernel.wasm"));
  const text = Buffer.from("tick", "utf16le");
  let at = -1;
  for (let i = data.indexOf(text); i >= 0; i = data.indexOf(text, i + 1)) {
    if (i % 4 === 0 && data.readUInt32LE(i - 4) === text.length) {
      at = i;
      break;
    }
  }
  assert.ok(at > 0, "the string \"tick\" in the image's static data");
  const words = wordsOf(log);
  words[1] = 0x107; // INTERRUPT_STORM: vector 15, threshold, rule 2, the name
  words.splice(2, 4, 15, 100000, 2, at);
  const r = ivt(["decode", "--build", dir], line(words) + "\n");
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^INTERRUPT_STORM \(107\)$/m);
  assert.match(r.stdout, /^Arg4: [0-9a-f]{8}, the line's handler: tick$/m);
  assert.match(r.stdout, /^FAILURE_BUCKET_ID:  0x107_tick!irq@15$/m);
  // No name: charged to code, as before.
  words[5] = 0;
  const unnamed = ivt(["decode", "--build", dir], line(words) + "\n");
  assert.equal(unnamed.status, 0, unnamed.stderr);
  assert.match(unnamed.stdout, /^Arg4: 00000000, no handler on the line has a name$/m);
  assert.match(unnamed.stdout, /^FAILURE_BUCKET_ID:  0x107_app!tests\/target\/trap-boot\/main$/m);
});

test("ivt decode on garbage, a line cut short or damaged, or an unknown format: no record, said why", () => {
  const { dir, log } = trapBootRun();
  const garbage = ivt(["decode", "--build", dir], "hello\n\x00\xff random bytes 49564201,101\n");
  assert.notEqual(garbage.status, 0);
  assert.match(garbage.stderr, /no bugcheck record found in stdin/);
  const full = /^\*\*\* ivt BUGCHECK-RECORD .*$/m.exec(log)[0];
  const cut = ivt(["decode", "--build", dir], full.slice(0, 60) + "\n");
  assert.match(cut.stderr, /line 1 is cut short/);
  const damaged = ivt(["decode", "--build", dir], full.replace(",101,", ",102,") + "\n");
  assert.match(damaged.stderr, /line 1 is damaged/);
  const words = wordsOf(log);
  words[0] = 0x49564202;
  const newer = ivt(["decode", "--build", dir], line(words) + "\n");
  assert.match(newer.stderr, /of a format this tool does not read/);
  for (const r of [cut, damaged, newer]) assert.notEqual(r.status, 0);
  // A folder that is no image's.
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-decode-"));
  const noImage = ivt(["decode", "--build", empty], full + "\n");
  assert.match(noImage.stderr, /no ivt-image\.json in /);
  // A file that is not there.
  const missing = ivt(["decode", "--build", dir, path.join(empty, "nothing.log")]);
  assert.match(missing.stderr, /no such file/);
});

test("source map segments: base64 VLQ, relative fields, one generated line", () => {
  // Fields: column, source, line, source column. "AAAA": all zero;
  // "CACA": column +1, line +1; "gBAAA": column +16.
  assert.deepEqual(mapSegments("AAAA,CACA,gBAAA"), [[0, 0, 0], [1, 0, 1], [17, 0, 1]]);
  // A negative step ("D": -1); a segment without a source (one field)
  // moves the column but is not a mapping.
  assert.deepEqual(mapSegments("AACA,C,CADA"), [[0, 0, 1], [2, 0, 0]]);
});

test("statement table: an offset names the segment at or before it, never one before its function or one with no position", () => {
  // Offsets 0 (a.ts:1), 1 (a.ts:2), 2 (no position), 17 (b.ts:2).
  const table = statementTable({ sources: ["a.ts", "b.ts"], mappings: "AAAA,CACA,C,eCAA" });
  assert.deepEqual(table.at, [0, 0, 1, 1, 0, 2, 2, -1, 0, 17, 1, 2]);
  assert.equal(statementAt(table, 0), "a.ts:1");
  assert.equal(statementAt(table, 1), "a.ts:2");
  assert.equal(statementAt(table, 5), null); // code Binaryen made: no line
  assert.equal(statementAt(table, 16), null);
  assert.equal(statementAt(table, 40), "b.ts:2");
  // A function starting at 18: b.ts:2 belongs to the one before it.
  assert.equal(statementAt(table, 20, 18), null);
  assert.equal(statementAt(table, 20, 17), "b.ts:2");
});
