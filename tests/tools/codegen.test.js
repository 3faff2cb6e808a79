// The code generation benchmark (apps/codegen, make bench): its known
// checksums are the answers of the algorithms, recomputed here in
// JavaScript from the same inputs, so a workload that computes something
// else on both sides still fails; and make bench turns its lines into
// figures, and a failed or missing workload into an error.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CODEGEN_WORKLOADS, parseCodegen } from "../../tools/ivt/bench.js";
import { appNativeSources } from "../../tools/ivt/build.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// ---- the workloads, as apps/codegen/main.ts and native/codegen.c compute them
const u32 = (x) => x >>> 0;
const next = (x) => {
  x = u32(x ^ (x << 13));
  x = u32(x ^ (x >>> 17));
  return u32(x ^ (x << 5));
};
const hash = (h, v) => u32(Math.imul(h, 31) + v);
const digest = (words) => words.reduce((h, v) => hash(h, u32(v)), 0);

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

function crc32() {
  const table = [];
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? u32(0xedb88320 ^ (c >>> 1)) : c >>> 1;
    table.push(c);
  }
  let x = 1;
  let crc = 0xffffffff;
  for (let i = 0; i < 4096; i++) {
    x = next(x);
    crc = u32(table[(crc ^ x) & 0xff] ^ (crc >>> 8));
  }
  return u32(~crc);
}

function sched(ops, seed) {
  const nodes = Array.from({ length: 64 }, (_, id) => ({ next: null, prev: null, prio: 0, id }));
  const head = new Array(32).fill(null);
  const tail = new Array(32).fill(null);
  let bitmap = 0;
  const insert = (n, p) => {
    n.next = null;
    n.prev = tail[p];
    n.prio = p;
    if (tail[p]) tail[p].next = n;
    else head[p] = n;
    tail[p] = n;
    bitmap = u32(bitmap | (1 << p));
  };
  const unlink = (n) => {
    const p = n.prio;
    if (n.prev) n.prev.next = n.next;
    else head[p] = n.next;
    if (n.next) n.next.prev = n.prev;
    else tail[p] = n.prev;
    if (!head[p]) bitmap = u32(bitmap & ~(1 << p));
  };
  nodes.forEach((n, i) => insert(n, (i * 7) & 31));
  let x = seed;
  let sum = 0;
  for (let k = 0; k < ops; k++) {
    x = next(x);
    const n = (x & 3) === 0 ? nodes[(x >>> 8) & 63] : head[31 - Math.clz32(bitmap)];
    unlink(n);
    sum = hash(sum, u32(n.id ^ (n.prio << 8)));
    insert(n, (x >>> 16) & 31);
  }
  return u32(sum ^ bitmap);
}

function matmul() {
  const a = [];
  const b = [];
  let x = 2;
  for (let i = 0; i < 32 * 32; i++) {
    a.push(((x = next(x)) & 0xffff) - 0x8000);
    b.push(((x = next(x)) & 0xffff) - 0x8000);
  }
  const c = [];
  for (let i = 0; i < 32; i++) {
    for (let j = 0; j < 32; j++) {
      let s = 0;
      for (let k = 0; k < 32; k++) s = (s + Math.imul(a[i * 32 + k], b[k * 32 + j])) | 0;
      c.push(s);
    }
  }
  return digest(c);
}

function sort() {
  const v = [];
  let x = 3;
  for (let i = 0; i < 256; i++) v.push((x = next(x)) | 0);
  return digest(v.sort((p, q) => p - q));
}

function parse() {
  let text = "";
  let x = 4;
  for (let i = 0; i < 300; i++) {
    x = next(x);
    text += `${(x | 0) >> (x & 31)}\n`;
  }
  return text
    .trimEnd()
    .split("\n")
    .reduce((h, s) => hash(h, u32(Number(s))), 0);
}

function copy() {
  const bytes = [];
  let x = 5;
  for (let i = 0; i < 4096; i++) bytes.push((x = next(x)) & 0xff);
  const words = [];
  for (let i = 0; i < 4096; i += 4) words.push(bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
  return digest(words);
}

/** name -> the checksum the workload must give. */
const REFERENCE = {
  fib: fib(20),
  crc32: crc32(),
  sched: sched(2000, 6),
  matmul: matmul(),
  sort: sort(),
  parse: parse(),
  copy: copy(),
  copy_memcopy: copy(),
  sched_notnull: sched(2000, 6),
};

/** name -> the checksum apps/codegen/main.ts expects. */
function expectedInApp() {
  const src = fs.readFileSync(path.join(ROOT, "apps/codegen/main.ts"), "utf8");
  const out = {};
  for (const m of src.matchAll(/^ {2}(0x[0-9a-f]{8}), \/\/ (\w+)$/gm)) out[m[2]] = Number(m[1]);
  const names = /^const NAMES: string\[\] = \[(.*)\];$/m.exec(src)[1].split(", ").map((n) => JSON.parse(n));
  assert.deepEqual(names, Object.keys(out), "NAMES and EXPECTED list the same workloads in one order");
  return out;
}

test("codegen: the app's known checksums are the algorithms' answers (JavaScript reference)", () => {
  assert.equal(REFERENCE.fib, 6765);
  assert.equal(crc32(), crc32(), "deterministic");
  assert.deepEqual(expectedInApp(), REFERENCE);
  assert.deepEqual(Object.keys(REFERENCE), CODEGEN_WORKLOADS, "make bench expects every workload the app runs");
});

const LINES = CODEGEN_WORKLOADS.map((w, i) => `codegen ${w} c ${1000 + i} as ${2000 + i} n 5`).join("\n");

test("codegen: make bench turns the lines into {c, as, ratio}, counts scaled", () => {
  const r = parseCodegen(`noise\n${LINES}\ncodegen: done\n`, 0.5);
  assert.deepEqual(Object.keys(r), CODEGEN_WORKLOADS);
  assert.deepEqual(r.fib, { c: 500, as: 1000, ratio: 2 });
  assert.deepEqual(r.crc32, { c: 501, as: 1001, ratio: 2 });
});

test("codegen: a failed checksum, a missing workload or no done line is an error", () => {
  assert.throws(() => parseCodegen(`${LINES}\ncodegen fib FAILED: the C side's checksum is 0x00000001, expected 0x00001a6d\ncodegen: FAILED (above)\n`, 1), /fib FAILED/);
  assert.throws(() => parseCodegen(LINES.split("\n").slice(1).join("\n") + "\ncodegen: done\n", 1), /fib: no figures/);
  assert.throws(() => parseCodegen(LINES, 1), /codegen: done/);
  assert.throws(() => parseCodegen(LINES.replace("c 1000", "c 0") + "\ncodegen: done\n", 1), /fib: no C instructions/);
});

test("codegen: a board too small for the workloads says so and gives no figures", () => {
  assert.equal(parseCodegen("codegen: skipped: the workloads need 32768 bytes of module memory, this board gives 10432\n", 1), null);
});

test("an app's native/*.c is compiled into its native images, and only its own", () => {
  assert.deepEqual(appNativeSources("codegen"), [path.join(ROOT, "apps/codegen/native/codegen.c")]);
  for (const app of ["demo", "bench", "tests", "tests-threads", "trap-boot"]) assert.deepEqual(appNativeSources(app), [], app);
});
