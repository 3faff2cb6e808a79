// Loop versioning (tools/ivt/loops.js): a loop whose accesses a range test
// proves in bounds gets an unchecked copy. Here each versioned module runs
// in Node against the original on edge inputs (0, -1, 2^31, the last bytes
// of memory, addresses that wrap past 4 GiB): results, traps and memory
// afterwards must be the same, and every access the pass marked as proved
// is checked in JavaScript as it runs (it must lie inside the limit), so a
// range test that lets a wrong iteration through fails here.
import { test } from "node:test";
import assert from "node:assert/strict";
import binaryen from "binaryen";
import { VERIFIED_OFFSET_MARK, childrenOf, versionLoops } from "../../tools/ivt/loops.js";

const PAGE = 65536;

/** A module of one exported function `f` over one page of memory. */
const moduleText = (params, body, locals = "") => `(module
  (import "env" "proved" (func $proved (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1 1)
  (func (export "f") ${params} (result i32) ${locals}
    ${body}))`;

function parse(text) {
  const mod = binaryen.parseText(text);
  mod.setFeatures(binaryen.Features.MVP | binaryen.Features.BulkMemory | binaryen.Features.SignExt);
  return mod;
}

/** Every proved access of `mod` made to pass its address through the
 *  import `proved(address, offset, bytes)` first, with its real offset. */
function instrumentProved(mod) {
  const visit = (e) => {
    for (const c of childrenOf(e)) visit(c);
    const id = binaryen.getExpressionId(e);
    if (id !== binaryen.LoadId && id !== binaryen.StoreId) return;
    const Kind = id === binaryen.LoadId ? binaryen.Load : binaryen.Store;
    const offset = Kind.getOffset(e) >>> 0;
    if (offset < VERIFIED_OFFSET_MARK) return;
    const real = offset - VERIFIED_OFFSET_MARK;
    Kind.setOffset(e, real);
    Kind.setPtr(e, mod.call("proved", [Kind.getPtr(e), mod.i32.const(real), mod.i32.const(Kind.getBytes(e))], binaryen.i32));
  };
  const f = mod.getFunction(binaryen.getExportInfo(mod.getExport("f")).value);
  visit(binaryen.getFunctionInfo(f).body);
  assert.ok(mod.validate(), "the instrumented module is valid");
}

function instantiate(bytes, limit, counts) {
  const proved = (addr, offset, size) => {
    const end = (addr >>> 0) + offset + size;
    if (end > limit) throw new Error(`a proved access at ${addr >>> 0}+${offset} (${size} bytes) passes the limit ${limit}`);
    counts.proved++;
    return addr;
  };
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { proved } }).exports;
}

/** Runs `f(args)` on a fresh memory filled by `fill`; returns what came out. */
function run(exports, args, fill) {
  const mem = new Uint8Array(exports.memory.buffer);
  for (let i = 0; i < mem.length; i++) mem[i] = fill(i);
  let result;
  try {
    result = exports.f(...args);
  } catch (e) {
    if (!(e instanceof WebAssembly.RuntimeError)) throw e;
    result = `trap: ${e.message}`;
  }
  return { result, memory: Buffer.from(mem).toString("base64") };
}

/** Versions `text`'s loops; checks the copy against the original on every
 *  input; returns the pass's report and how many accesses ran proved. */
function check(text, inputs, { limit = PAGE, fill = (i) => (i * 7 + 3) & 255 } = {}) {
  const original = parse(text);
  const origBytes = original.emitBinary();
  original.dispose();
  const mod = parse(text);
  const report = versionLoops(mod, limit);
  instrumentProved(mod);
  const bytes = mod.emitBinary();
  mod.dispose();
  const counts = { proved: 0 };
  const a = instantiate(origBytes, limit, { proved: 0 }), b = instantiate(bytes, limit, counts);
  for (const args of inputs) {
    assert.deepEqual(run(b, args, fill), run(a, args, fill), `f(${args.join(", ")})`);
  }
  return { report, proved: counts.proved };
}

const EDGES = [0, 1, 100, PAGE - 100, PAGE - 4, PAGE - 1, PAGE, 0xfffffff0 | 0, 0x80000000 | 0, -1];
const COUNTS = [0, 1, 5, 100, 4096, -1, 0x7fffffff, 0x80000000 | 0];
const cross = (...lists) => lists.reduce((acc, l) => acc.flatMap((a) => l.map((x) => [...a, x])), [[]]);

// for (i = 0; i < n; i++) dst[i] = src[i]  (asc's loop shape)
const COPY = moduleText("(param $dst i32) (param $src i32) (param $n i32)", `
  (local.set $i (i32.const 0))
  (loop $L
    (if (i32.lt_s (local.get $i) (local.get $n))
      (then
        (i32.store8 (i32.add (local.get $dst) (local.get $i))
          (i32.load8_u (i32.add (local.get $src) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $L))))
  (local.get $i)`, "(local $i i32)");

test("a byte copy is versioned, runs proved when in range, and traps where the original traps", () => {
  const { report, proved } = check(COPY, cross(EDGES, [0, 200, PAGE - 50], COUNTS));
  assert.equal(report.loops, 1);
  assert.deepEqual(report.versioned.map((v) => [v.proved, v.accesses]), [[2, 2]]);
  assert.ok(proved > 0, "the proved copy ran for in-range inputs");
});

test("a limit below the memory's size is the bound the test proves against", () => {
  // 4 KiB of a board's module memory in a 64 KiB wasm page: a copy that
  // runs past 4 KiB must not run proved (the checked copy traps on a board).
  check(COPY, cross([0, 4000, 4095, 5000], [0, 100], [1, 96, 97, 200]), { limit: 4096 });
});

// s += load(p + (i << 2), offset 8), i from 3 by 2 while i <u n
test("a scaled index with a constant offset, an unsigned bound and a step of 2 near 2^32", () => {
  const text = moduleText("(param $p i32) (param $n i32)", `
    (local.set $i (i32.const 3))
    (loop $L
      (if (i32.lt_u (local.get $i) (local.get $n))
        (then
          (local.set $s (i32.add (local.get $s) (i32.load offset=8 (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2))))))
          (local.set $i (i32.add (local.get $i) (i32.const 2)))
          (br $L))))
    (local.get $s)`, "(local $i i32) (local $s i32)");
  const { report, proved } = check(text, cross([0, 4, PAGE - 64, -16, 0x40000000], [0, 4, 5, 1000, 16382, 16383, -1, -2, -3]));
  assert.equal(report.loops, 1);
  assert.ok(proved > 0);
});

// Insertion sort's inner loop: while (j >= 0 && v[j] > x) { v[j + 1] = v[j]; j-- }
const SHIFT = moduleText("(param $v i32) (param $j i32) (param $x i32)", `
  (loop $L
    (if (if (result i32) (i32.ge_s (local.get $j) (i32.const 0))
          (then (i32.gt_s (i32.load (i32.add (local.get $v) (i32.shl (local.get $j) (i32.const 2)))) (local.get $x)))
          (else (i32.const 0)))
      (then
        (i32.store (i32.add (local.get $v) (i32.shl (i32.add (local.get $j) (i32.const 1)) (i32.const 2)))
          (i32.load (i32.add (local.get $v) (i32.shl (local.get $j) (i32.const 2)))))
        (local.set $j (i32.sub (local.get $j) (i32.const 1)))
        (br $L))))
  (local.get $j)`);

test("a loop counting down under an && guard is versioned and proved from the guard", () => {
  const { report, proved } = check(SHIFT, cross([0, 64, PAGE - 400, PAGE - 8, -64, -4], [0, 1, 5, 99, 16383, -1, 0x7fffffff], [-1, 0x7fffffff, 100]),
    { fill: (i) => (i % 4 === 3 ? 0x40 : i & 255) });
  assert.equal(report.loops, 1);
  assert.deepEqual(report.versioned.map((v) => [v.proved, v.accesses]), [[3, 3]]);
  assert.ok(proved > 0);
});

// crc = table[(crc ^ b[i]) & 255] ^ (crc >>> 8), with the exit as a br_if
test("a masked table index and a br_if exit: the table read is proved by the mask's range", () => {
  const text = moduleText("(param $b i32) (param $n i32) (param $t i32)", `
    (local.set $c (i32.const -1))
    (block $out
      (loop $L
        (br_if $out (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $c (i32.xor
          (i32.load (i32.add (local.get $t) (i32.shl (i32.and (i32.xor (local.get $c) (i32.load8_u (i32.add (local.get $b) (local.get $i)))) (i32.const 255)) (i32.const 2))))
          (i32.shr_u (local.get $c) (i32.const 8))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $L)))
    (local.get $c)`, "(local $i i32) (local $c i32)");
  const { report, proved } = check(text, cross([0, PAGE - 10, -5], [0, 1, 9, 10, 11, 4096, -1], [0, PAGE - 1024, PAGE - 1023, PAGE - 4]));
  assert.deepEqual(report.versioned.map((v) => [v.proved, v.accesses]), [[2, 2]]);
  assert.ok(proved > 0);
});

test("a byte loaded from memory as an index: its range is 0 to 255", () => {
  // s += t[b[i]], the table near the end of memory
  const text = moduleText("(param $b i32) (param $n i32) (param $t i32)", `
    (loop $L
      (if (i32.lt_s (local.get $i) (local.get $n))
        (then
          (local.set $s (i32.add (local.get $s) (i32.load8_u (i32.add (local.get $t) (i32.load8_u (i32.add (local.get $b) (local.get $i)))))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $L))))
    (local.get $s)`, "(local $i i32) (local $s i32)");
  const { report } = check(text, cross([0, 300], [0, 1, 256], [0, PAGE - 256, PAGE - 255]), { fill: (i) => (i < 512 ? i & 255 : 0) });
  assert.deepEqual(report.versioned.map((v) => [v.proved, v.accesses]), [[2, 2]]);
});

test("a step passed on to a global (asc's `walked = ++i`) is still the induction variable's", () => {
  const text = `(module
    (import "env" "proved" (func $proved (param i32 i32 i32) (result i32)))
    (global $walked (mut i32) (i32.const 0))
    (memory (export "memory") 1 1)
    (func (export "f") (param $p i32) (param $n i32) (result i32) (local $i i32) (local $s i32)
      (loop $L
        (if (i32.lt_s (local.get $i) (local.get $n))
          (then
            (local.set $s (i32.add (local.get $s) (i32.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2))))))
            (global.set $walked (local.tee $i (i32.add (local.get $i) (i32.const 1))))
            (br $L))))
      (i32.add (local.get $s) (global.get $walked))))`;
  const { report, proved } = check(text, cross([0, PAGE - 10, PAGE - 8], [0, 1, 2, 3, -1]));
  assert.equal(report.loops, 1);
  assert.ok(proved > 0);
});

test("a global the loop neither sets nor can have set by a call is as good as a local", () => {
  const text = `(module
    (import "env" "proved" (func $proved (param i32 i32 i32) (result i32)))
    (global $base (mut i32) (i32.const 0))
    (memory (export "memory") 1 1)
    (func $other (global.set $base (i32.const 0)))
    (func (export "f") (param $b i32) (param $n i32) (param $calls i32) (result i32) (local $i i32) (local $s i32)
      (global.set $base (local.get $b))
      (loop $L
        (if (i32.lt_s (local.get $i) (local.get $n))
          (then
            (local.set $s (i32.add (local.get $s) (i32.load8_u (i32.add (global.get $base) (local.get $i)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $L))))
      (local.set $i (i32.const 0))
      (loop $M
        (if (i32.lt_s (local.get $i) (local.get $n))
          (then
            (local.set $s (i32.add (local.get $s) (i32.load8_u (i32.add (global.get $base) (local.get $i)))))
            (if (local.get $calls) (then (call $other)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $M))))
      (local.get $s)))`;
  const { report, proved } = check(text, cross([0, PAGE - 8], [0, 8, 9], [0, 1]));
  assert.deepEqual(report.versioned.map((v) => v.loop), ["L"], "the loop that calls a function is not versioned");
  assert.ok(proved > 0);
});

test("an induction variable that would wrap past INT_MAX takes the checked copy", () => {
  // i from 0x7ffffff0 by 16 while i < n, address p + (i - 0x7ffffff0): in
  // range at both ends of [first, n - 1], but the step past the last value
  // wraps i to a negative number that is still below n, and the loop goes
  // on, walking off the end of memory.
  const text = moduleText("(param $p i32) (param $n i32)", `
    (local.set $i (i32.const 0x7ffffff0))
    (loop $L
      (if (i32.lt_s (local.get $i) (local.get $n))
        (then
          (i32.store8 (i32.add (local.get $p) (i32.sub (local.get $i) (i32.const 0x7ffffff0))) (i32.const 9))
          (local.set $i (i32.add (local.get $i) (i32.const 16)))
          (br $L))))
    (local.get $i)`, "(local $i i32)");
  const { report } = check(text, cross([0, 100, PAGE - 20], [0x7fffffff, 0x7ffffff1, 0x7ffffff0]));
  assert.equal(report.loops, 1);
});

test("loops the pass cannot reason about are left alone", () => {
  // i set twice in the loop; a data-dependent index; a loop with two back edges
  const twice = moduleText("(param $p i32) (param $n i32)", `
    (loop $L
      (if (i32.lt_s (local.get $i) (local.get $n))
        (then
          (if (i32.load8_u (i32.add (local.get $p) (local.get $i))) (then (local.set $i (i32.add (local.get $i) (i32.const 5)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $L))))
    (local.get $i)`, "(local $i i32)");
  const dependent = moduleText("(param $p i32) (param $n i32)", `
    (loop $L
      (if (i32.lt_s (local.get $i) (local.get $n))
        (then
          (local.set $k (i32.load (i32.add (local.get $p) (local.get $k))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $L))))
    (local.get $k)`, "(local $i i32) (local $k i32)");
  for (const text of [twice, dependent]) {
    const { report } = check(text, cross([0, PAGE - 8], [0, 3, 100]));
    assert.equal(report.loops, 0, text);
  }
});

test("a module that already has offsets as big as the mark is left as it is", () => {
  // Legal wasm that can only trap; the mark must stay unambiguous.
  const mod = parse(moduleText("(param $p i32)", `(drop (i32.load offset=${VERIFIED_OFFSET_MARK} (local.get $p)))
    ${COPY.slice(COPY.indexOf("(local.set $i"), COPY.lastIndexOf("(local.get $i)"))} (i32.const 0)`, "(local $i i32) (local $dst i32) (local $src i32) (local $n i32)"));
  const report = versionLoops(mod, PAGE);
  assert.equal(report.loops, 0);
  assert.match(report.untouched, /offset of 2\^31 or more/);
  mod.dispose();
});

// A loop whose body has labels of its own (blocks a `break`/`continue`
// inside the body targets, a br_table) besides a branch out of the loop:
// the copy's labels must be renamed (Binaryen wants each unique in its
// function), the branches inside the copy follow them, the one out keeps
// its target. asc makes such bodies from an inner `if (...) break` or a
// `switch`; versioning once made an invalid module of them.
test("a loop with labels of its own inside: the copy's are renamed, branches follow, the branch out keeps its target", () => {
  const text = moduleText("(param $dst i32) (param $src i32) (param $n i32)", `
    (block $out
      (local.set $i (i32.const 0))
      (loop $L
        (if (i32.lt_s (local.get $i) (local.get $n))
          (then
            (block $skip
              (br_if $skip (i32.eq (i32.and (local.get $i) (i32.const 3)) (i32.const 3)))
              (i32.store8 (i32.add (local.get $dst) (local.get $i))
                (i32.load8_u (i32.add (local.get $src) (local.get $i)))))
            (block $b (block $a
              (br_table $a $b $a (i32.and (local.get $i) (i32.const 1))))
              (local.set $s (i32.add (local.get $s) (i32.const 1))))
            (br_if $out (i32.eq (local.get $s) (i32.const 5000)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $L)))))
    (i32.add (local.get $i) (i32.mul (local.get $s) (i32.const 65536)))`, "(local $i i32) (local $s i32)");
  const { report, proved } = check(text, cross([0, 200, PAGE - 50], [0, 100, PAGE - 1], [0, 1, 7, 100, 20000, -1]));
  assert.equal(report.versioned.length, 1, "the loop is versioned");
  assert.ok(proved > 0, "the copy ran");
});
