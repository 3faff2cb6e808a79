// Code generation benchmark (`make bench`, issue 11 part 5): what the
// translated AssemblyScript costs against the same algorithm in C.
//
// Each workload is written twice: here in AssemblyScript (asc -> wasm ->
// wasm2c -> gcc, as the kernel is built) and in apps/codegen/native/
// codegen.c, plain C that tools/ivt/build.js compiles at -O2 into the same
// image. Both work on the same bytes of module memory (the C side gets
// their offsets), set up afresh before every run, and each run is checked:
// both sides' checksums must equal each other and the known constant
// (tests/tools/codegen.test.js recomputes the constants in JavaScript),
// or the workload FAILS and `make bench` ends non-zero. Lines:
//
//   codegen <name> c <median> as <median> n <runs>     (portCycles counts)
//   codegen <name> FAILED: <what>
//   codegen: done | codegen: skipped <why>
//
// Workloads (same algorithm on both sides):
//   fib            fib(20), recursive
//   crc32          table CRC-32 (reflected 0xEDB88320) over 4 KiB
//   sched          priority bitmap (clz) + per-priority doubly linked lists
//                  of 64 nodes in memory: 2000 remove/insert operations
//   matmul         32x32 i32 matrix multiply
//   sort           insertion sort of 256 i32
//   parse          decimal string -> i32 of 300 numbers, some negative
//   copy           byte-by-byte copy of 4 KiB (a loop on both sides)
//   copy_memcopy   the same copy with memory.copy on the AssemblyScript
//                  side, against the C byte loop (what a user can do)
//   sched_notnull  sched with `!` on every link followed (what `!` costs)

import { kputln, kputs, kputu, kputx, moduleMemoryBytes, portCycles } from "../../kernel/ivt";

// The C side (native/codegen.c). Module "ivt", as every import the native
// hosts give: wasm2c names them Z_ivtZ_<name>, and a second import module
// would change the instance's signature that arch/native/boot.c calls.
@external("ivt", "codegen_fib") declare function cFib(n: i32): i32;
@external("ivt", "codegen_crc32") declare function cCrc32(buf: usize, len: i32, table: usize): u32;
@external("ivt", "codegen_sched") declare function cSched(nodes: usize, lists: usize, ops: i32, seed: u32): u32;
@external("ivt", "codegen_matmul") declare function cMatmul(a: usize, b: usize, c: usize): void;
@external("ivt", "codegen_sort") declare function cSort(v: usize, n: i32): void;
@external("ivt", "codegen_parse") declare function cParse(buf: usize, len: i32): u32;
@external("ivt", "codegen_copy") declare function cCopy(dst: usize, src: usize, n: i32): void;

/** Runs per side and workload; the median is reported. */
const RUNS = 5;
/** Module memory the workloads' buffers need, with room to spare. */
const NEEDED: u32 = 32768;

const CRC_BYTES = 4096;
const NODES = 64;
const SCHED_OPS = 2000;
const N = 32; // matrix side
const SORT_N = 256;
const NUMBERS = 300;
const COPY_BYTES = 4096;

// Buffers, taken from the heap at start (static data would not fit a small
// board's module memory even to print that the set is skipped).
let crcBuf: usize = 0;
let crcTable: usize = 0;
let nodes: usize = 0;
let lists: usize = 0;
let matA: usize = 0;
let matB: usize = 0;
let matC: usize = 0;
let sortBuf: usize = 0;
let text: usize = 0;
let textLen: i32 = 0;
let copySrc: usize = 0;
let copyDst: usize = 0;
/** fib's argument, read at run time so that nothing folds the call. */
let fibN: i32 = 20;

/** The pseudo-random sequence both sides' inputs come from (xorshift32). */
@inline function next(x: u32): u32 {
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return x;
}

/** A digest of `n` i32s at `p`: h = h * 31 + v. */
function digest(p: usize, n: i32): u32 {
  let h: u32 = 0;
  for (let i = 0; i < n; i++) h = h * 31 + load<u32>(p + (<usize>i << 2));
  return h;
}

// ---- the AssemblyScript workloads -------------------------------------------

function fib(n: i32): i32 {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

function crc32(buf: usize, len: i32, table: usize): u32 {
  let crc: u32 = 0xffffffff;
  for (let i = 0; i < len; i++) {
    crc = load<u32>(table + ((<usize>((crc ^ load<u8>(buf + i)) & 0xff)) << 2)) ^ (crc >> 8);
  }
  return ~crc;
}

/** A node of the scheduler model (16 bytes, the C side's struct node):
 *
 *   0 next   4 prev   8 prio   12 id      (0 = no node)
 */
@unmanaged class Node {
  next: Node | null;
  prev: Node | null;
  prio: i32;
  id: i32;
}

/** The lists are 32 (head, tail) pairs at `lists`, 8 bytes each. */
@inline function head(lists: usize, p: i32): Node | null {
  return changetype<Node | null>(load<usize>(lists + (<usize>p << 3)));
}
@inline function setHead(lists: usize, p: i32, n: Node | null): void {
  store<usize>(lists + (<usize>p << 3), changetype<usize>(n));
}
@inline function tail(lists: usize, p: i32): Node | null {
  return changetype<Node | null>(load<usize>(lists + (<usize>p << 3), 4));
}
@inline function setTail(lists: usize, p: i32, n: Node | null): void {
  store<usize>(lists + (<usize>p << 3), changetype<usize>(n), 4);
}

/** Appends `n` to list `p`; returns the bitmap with bit p set. */
@inline function insertTail(lists: usize, bitmap: u32, n: Node, p: i32): u32 {
  const t = tail(lists, p);
  n.next = null;
  n.prev = t;
  n.prio = p;
  if (t) t.next = n;
  else setHead(lists, p, n);
  setTail(lists, p, n);
  return bitmap | (1 << p);
}

/** Unlinks `n` from its list; returns the bitmap, bit cleared if the list emptied. */
@inline function unlink(lists: usize, bitmap: u32, n: Node): u32 {
  const p = n.prio;
  const prev = n.prev;
  const next = n.next;
  if (prev) prev.next = next;
  else setHead(lists, p, next);
  if (next) next.prev = prev;
  else setTail(lists, p, prev);
  return head(lists, p) ? bitmap : bitmap & ~(1 << p);
}

/** The scheduler model's start, common to both variants: every list
 *  empty, then node i appended to list (i * 7) & 31. Returns the bitmap. */
function schedSetup(nodes: usize, lists: usize): u32 {
  let bitmap: u32 = 0;
  for (let p = 0; p < 64; p++) store<u32>(lists + (<usize>p << 2), 0);
  for (let i = 0; i < NODES; i++) {
    const n = changetype<Node>(nodes + (<usize>i << 4));
    n.id = i;
    bitmap = insertTail(lists, bitmap, n, (i * 7) & 31);
  }
  return bitmap;
}

/** The scheduler model: 64 nodes in 32 priority lists; each operation
 *  takes a node (a quarter of the time any node, else the head of the most
 *  urgent list, found with clz), folds it into the sum, and appends it to
 *  another list. Returns the sum and the final bitmap. */
function sched(nodes: usize, lists: usize, ops: i32, seed: u32): u32 {
  let bitmap = schedSetup(nodes, lists);
  let x = seed;
  let sum: u32 = 0;
  for (let k = 0; k < ops; k++) {
    x = next(x);
    let n: Node;
    if ((x & 3) == 0) n = changetype<Node>(nodes + (<usize>((x >> 8) & 63) << 4));
    else n = changetype<Node>(head(lists, 31 - clz(bitmap)));
    bitmap = unlink(lists, bitmap, n);
    sum = sum * 31 + (<u32>n.id ^ (<u32>n.prio << 8));
    bitmap = insertTail(lists, bitmap, n, (x >> 16) & 31);
  }
  return sum ^ bitmap;
}

/** The same model with `!` on every link followed (a Node | null field
 *  read as Node): asc checks each for null, as it does a `!:` field. */
function schedNotNull(nodes: usize, lists: usize, ops: i32, seed: u32): u32 {
  let bitmap = schedSetup(nodes, lists);
  let x = seed;
  let sum: u32 = 0;
  for (let k = 0; k < ops; k++) {
    x = next(x);
    let n: Node;
    if ((x & 3) == 0) n = changetype<Node>(nodes + (<usize>((x >> 8) & 63) << 4));
    else n = head(lists, 31 - clz(bitmap))!;
    const p = n.prio;
    if (n.prev) n.prev!.next = n.next;
    else setHead(lists, p, n.next);
    if (n.next) n.next!.prev = n.prev;
    else setTail(lists, p, n.prev);
    if (!head(lists, p)) bitmap &= ~(1 << p);
    sum = sum * 31 + (<u32>n.id ^ (<u32>n.prio << 8));
    bitmap = insertTail(lists, bitmap, n, (x >> 16) & 31);
  }
  return sum ^ bitmap;
}

function matmul(a: usize, b: usize, c: usize): void {
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      let s: i32 = 0;
      for (let k = 0; k < N; k++) s += load<i32>(a + (<usize>(i * N + k) << 2)) * load<i32>(b + (<usize>(k * N + j) << 2));
      store<i32>(c + (<usize>(i * N + j) << 2), s);
    }
  }
}

function sort(v: usize, n: i32): void {
  for (let i = 1; i < n; i++) {
    const x = load<i32>(v + (<usize>i << 2));
    let j = i - 1;
    while (j >= 0 && load<i32>(v + (<usize>j << 2)) > x) {
      store<i32>(v + (<usize>(j + 1) << 2), load<i32>(v + (<usize>j << 2)));
      j--;
    }
    store<i32>(v + (<usize>(j + 1) << 2), x);
  }
}

/** Parses the newline-ended decimal numbers (optional '-') of `len` bytes
 *  at `buf`; returns h = h * 31 + value over them. */
function parse(buf: usize, len: i32): u32 {
  let h: u32 = 0;
  let i = 0;
  while (i < len) {
    let neg = false;
    if (load<u8>(buf + i) == 0x2d) {
      neg = true;
      i++;
    }
    let v: i32 = 0;
    let c: u32;
    while ((c = <u32>load<u8>(buf + i) - 0x30) < 10) {
      v = v * 10 + <i32>c;
      i++;
    }
    i++; // the newline
    h = h * 31 + <u32>(neg ? -v : v);
  }
  return h;
}

function copy(dst: usize, src: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<u8>(dst + i, load<u8>(src + i));
}

// ---- inputs -------------------------------------------------------------------

/** Writes `v` in decimal at `p`, then a newline; returns the next address. */
function putDecimal(p: usize, v: i32): usize {
  if (v < 0) store<u8>(p++, 0x2d);
  let u: u32 = v < 0 ? <u32>-v : <u32>v;
  let digits = 1;
  for (let t = u; t >= 10; t /= 10) digits++;
  for (let d = digits - 1; d >= 0; d--) {
    store<u8>(p + d, 0x30 + u % 10);
    u /= 10;
  }
  p += digits;
  store<u8>(p, 0x0a);
  return p + 1;
}

/** Takes the buffers and fills the inputs that no run changes. */
function setUp(): void {
  const take = (bytes: i32): usize => heap.alloc(<usize>bytes);
  crcBuf = take(CRC_BYTES);
  crcTable = take(256 * 4);
  nodes = take(NODES * 16);
  lists = take(32 * 8);
  matA = take(N * N * 4);
  matB = take(N * N * 4);
  matC = take(N * N * 4);
  sortBuf = take(SORT_N * 4);
  text = take(NUMBERS * 12);
  copySrc = take(COPY_BYTES);
  copyDst = take(COPY_BYTES);

  let x: u32 = 1;
  for (let i = 0; i < CRC_BYTES; i++) store<u8>(crcBuf + i, <u8>(x = next(x)));
  for (let i: u32 = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >> 1) : c >> 1;
    store<u32>(crcTable + (<usize>i << 2), c);
  }
  x = 2;
  for (let i = 0; i < N * N; i++) {
    store<i32>(matA + (<usize>i << 2), <i32>((x = next(x)) & 0xffff) - 0x8000);
    store<i32>(matB + (<usize>i << 2), <i32>((x = next(x)) & 0xffff) - 0x8000);
  }
  x = 4;
  let p = text;
  for (let i = 0; i < NUMBERS; i++) {
    x = next(x);
    p = putDecimal(p, <i32>x >> <i32>(x & 31));
  }
  textLen = <i32>(p - text);
  x = 5;
  for (let i = 0; i < COPY_BYTES; i++) store<u8>(copySrc + i, <u8>(x = next(x)));
}

/** Inputs each run changes, set again before every run of either side. */
function fillSort(): void {
  let x: u32 = 3;
  for (let i = 0; i < SORT_N; i++) store<u32>(sortBuf + (<usize>i << 2), (x = next(x)));
}
function clear(p: usize, bytes: i32): void {
  memory.fill(p, 0, <usize>bytes);
}

// ---- the runs -------------------------------------------------------------------
// One switch rather than a function reference per workload and side: each
// reference is a table entry the C runtime reserves RAM for, and microbit
// has none to spare (the image must still link there to say it skips).

const SCHED_SEED: u32 = 6;

/** The workloads, in the order they run (tools/ivt/bench.js
 *  CODEGEN_WORKLOADS), and the checksum each must give
 *  (tests/tools/codegen.test.js recomputes them). */
const NAMES: string[] = ["fib", "crc32", "sched", "matmul", "sort", "parse", "copy", "copy_memcopy", "sched_notnull"];
const EXPECTED: u32[] = [
  0x00001a6d, // fib
  0xf6cc87fe, // crc32
  0x872207dd, // sched
  0xcb1c8a1d, // matmul
  0x8e7cee40, // sort
  0xd01170a7, // parse
  0x9d36e82f, // copy
  0x9d36e82f, // copy_memcopy
  0x872207dd, // sched_notnull
];
/** A workload number that runs nothing: the cost of the timed frame. */
const NONE = -1;

/** Sets workload `w`'s changing inputs (and clears its output) before a run. */
function setUpFor(w: i32): void {
  const name = NAMES[w];
  if (name == "matmul") clear(matC, N * N * 4);
  else if (name == "sort") fillSort();
  else if (name == "copy" || name == "copy_memcopy") clear(copyDst, COPY_BYTES);
}

/** Each AssemblyScript workload run once on its fixed inputs, called
 *  through a function table as the C side is called through an import: a
 *  workload is then compiled on its own, as a user's function would be,
 *  and not inlined into `time` where the other workloads' registers and
 *  the timing code change its code from one build to the next. Returns
 *  what the workload returns (0 for one that leaves its result in memory). */
function asFib(): u32 { return <u32>fib(fibN); }
function asCrc32(): u32 { return crc32(crcBuf, CRC_BYTES, crcTable); }
function asSched(): u32 { return sched(nodes, lists, SCHED_OPS, SCHED_SEED); }
function asMatmul(): u32 { matmul(matA, matB, matC); return 0; }
function asSort(): u32 { sort(sortBuf, SORT_N); return 0; }
function asParse(): u32 { return parse(text, textLen); }
function asCopy(): u32 { copy(copyDst, copySrc, COPY_BYTES); return 0; }
function asMemoryCopy(): u32 { memory.copy(copyDst, copySrc, COPY_BYTES); return 0; }
function asSchedNotNull(): u32 { return schedNotNull(nodes, lists, SCHED_OPS, SCHED_SEED); }
const AS_RUNS: StaticArray<() => u32> = [asFib, asCrc32, asSched, asMatmul, asSort, asParse, asCopy, asMemoryCopy, asSchedNotNull];

/** Runs workload `w` once, in C if `inC`; returns what it returns (0 for
 *  one that leaves its result in memory). */
function runOnce(w: i32, inC: bool): u32 {
  if (w < 0) return 0;
  if (!inC) return AS_RUNS[w]();
  switch (w) {
    case 0: return <u32>cFib(fibN);
    case 1: return cCrc32(crcBuf, CRC_BYTES, crcTable);
    case 2: case 8: return cSched(nodes, lists, SCHED_OPS, SCHED_SEED);
    case 3: cMatmul(matA, matB, matC); return 0;
    case 4: cSort(sortBuf, SORT_N); return 0;
    case 5: return cParse(text, textLen);
    case 6: case 7: cCopy(copyDst, copySrc, COPY_BYTES); return 0;
  }
  return 0;
}

/** Workload `w`'s checksum after a run that returned `r`: `r`, or a
 *  digest of the output it left. */
function sumOf(w: i32, r: u32): u32 {
  const name = NAMES[w];
  if (name == "matmul") return digest(matC, N * N);
  if (name == "sort") return digest(sortBuf, SORT_N);
  if (name == "copy" || name == "copy_memcopy") return digest(copyDst, COPY_BYTES / 4);
  return r;
}

const samples = new StaticArray<u32>(RUNS);
let failed = false;

/** The median of the RUNS samples (sorts them). */
function median(): u32 {
  for (let i = 1; i < RUNS; i++) {
    const x = samples[i];
    let j = i - 1;
    while (j >= 0 && samples[j] > x) {
      samples[j + 1] = samples[j];
      j--;
    }
    samples[j + 1] = x;
  }
  return samples[RUNS >> 1];
}

/** Times workload `w` RUNS times on one side (set up before each),
 *  checking every checksum; returns the median counts less `overhead`.
 *  `w` = NONE times the frame alone. */
function time(w: i32, inC: bool, overhead: u32): u32 {
  let reported = false;
  for (let i = 0; i < RUNS; i++) {
    if (w != NONE) setUpFor(w);
    // Interrupts stay on: some boards' counters are 16 bits extended by
    // the tick (mcf5208evb), and a run is longer than their wrap. The tick
    // adds its handler to a run in proportion to its length, on both sides
    // alike (about 4% on mps2-an385), so the ratio stands.
    const t0 = portCycles();
    const r = runOnce(w, inC);
    const t = portCycles() - t0;
    samples[i] = t > overhead ? t - overhead : 0;
    if (w == NONE) continue;
    const sum = sumOf(w, r);
    if (sum != EXPECTED[w] && !reported) {
      kputs("codegen ");
      kputs(NAMES[w]);
      kputs(" FAILED: the ");
      kputs(inC ? "C" : "AssemblyScript");
      kputs(" side's checksum is ");
      kputx(sum);
      kputs(", expected ");
      kputx(EXPECTED[w]);
      kputln("");
      reported = true;
      failed = true;
    }
  }
  return median();
}

export function main(): i32 {
  if (moduleMemoryBytes() < NEEDED) {
    kputs("codegen: skipped: the workloads need ");
    kputu(NEEDED);
    kputs(" bytes of module memory, this board gives ");
    kputu(moduleMemoryBytes());
    kputln("");
    return 0;
  }
  setUp();
  const overhead = time(NONE, false, 0);
  for (let w = 0; w < NAMES.length; w++) {
    const c = time(w, true, overhead);
    const as = time(w, false, overhead);
    kputs("codegen ");
    kputs(NAMES[w]);
    kputs(" c ");
    kputu(c);
    kputs(" as ");
    kputu(as);
    kputs(" n ");
    kputu(RUNS);
    kputln("");
  }
  if (failed) {
    kputln("codegen: FAILED (above)");
    return 1;
  }
  kputln("codegen: done");
  return 0;
}
