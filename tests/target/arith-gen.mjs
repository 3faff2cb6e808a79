// Writes tests/target/arith-table.ts: every integer and float operation
// AssemblyScript can emit, each with inputs and the answer computed here on
// the host (BigInt for integers; the JS engine's IEEE 754 doubles, and
// Math.fround for single precision, which is exact for +, -, *, / and sqrt
// of singles computed in doubles). The on-target test group arith.ts runs
// the operations on the board, on values read from module memory (so that
// neither binaryen nor the C compiler can fold them), and compares.
//
//   node tests/target/arith-gen.mjs          rewrites the table
//   node tests/target/arith-gen.mjs --check  exits 1 if it is out of date

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), "arith-table.ts");

const buf = new DataView(new ArrayBuffer(8));
const f32bits = (x) => (buf.setFloat32(0, x), BigInt(buf.getUint32(0)));
const f64bits = (x) => (buf.setFloat64(0, x), buf.getBigUint64(0));
const bitsF32 = (b) => (buf.setUint32(0, Number(b & 0xffffffffn)), buf.getFloat32(0));
const bitsF64 = (b) => (buf.setBigUint64(0, b & 0xffffffffffffffffn), buf.getFloat64(0));
const u32 = (x) => BigInt.asUintN(32, BigInt(x));
const s32 = (x) => BigInt.asIntN(32, BigInt(x));
const u64 = (x) => BigInt.asUintN(64, BigInt(x));
const s64 = (x) => BigInt.asIntN(64, BigInt(x));
const bool = (c) => (c ? 1n : 0n);
const fr = Math.fround;

// wasm's nearest: to the nearest integer, ties to even; -0 and NaN kept.
function nearest(x) {
  if (!Number.isFinite(x) || x === 0) return x;
  const f = Math.floor(x);
  const d = x - f;
  let r = d < 0.5 ? f : d > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
  return r === 0 ? (x < 0 ? -0 : 0) : r;
}
// wasm's min/max: NaN if either is NaN, -0 below +0.
const fmin = (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b));
const fmax = (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b));
const copysign = (a, b) => (Object.is(b, -0) || b < 0 ? -Math.abs(a) : Math.abs(a));
const clz = (v, w) => { let n = 0; for (let i = w - 1; i >= 0 && !((v >> BigInt(i)) & 1n); i--) n++; return BigInt(n); };
const ctz = (v, w) => { let n = 0; for (let i = 0; i < w && !((v >> BigInt(i)) & 1n); i++) n++; return BigInt(n); };
const popcnt = (v) => { let n = 0n; for (; v; v >>= 1n) n += v & 1n; return n; };
const rotl = (v, k, w) => { const W = BigInt(w); k = BigInt(k) % W; const m = (1n << W) - 1n; return ((v << k) | (v >> ((W - k) % W))) & m; };
const rotr = (v, k, w) => rotl(v, (BigInt(w) - (BigInt(k) % BigInt(w))) % BigInt(w), w);
// Saturating float -> integer (wasm's trunc_sat).
function truncSat(x, signed, w) {
  if (Number.isNaN(x)) return 0n;
  const lo = signed ? -(1n << BigInt(w - 1)) : 0n;
  const hi = signed ? (1n << BigInt(w - 1)) - 1n : (1n << BigInt(w)) - 1n;
  if (x === Infinity) return u64(hi);
  if (x === -Infinity) return u64(lo);
  let t = BigInt(Math.trunc(x));
  t = t < lo ? lo : t > hi ? hi : t;
  return w === 32 ? u32(t) : u64(t);
}
// An integer, exactly, rounded once to single precision (BigInt -> f32
// without going through a double, which would round twice).
function bigToF32(v) {
  const neg = v < 0n;
  const a = neg ? -v : v;
  const bits = a.toString(2).length;
  if (bits <= 24) return neg ? -Number(a) : Number(a);
  const shift = BigInt(bits - 24);
  let q = a >> shift;
  const rest = a - (q << shift);
  const half = 1n << (shift - 1n);
  if (rest > half || (rest === half && (q & 1n))) q++;
  const r = Number(q) * 2 ** Number(shift); // exact: at most 25 bits
  return fr(neg ? -r : r);
}

// The operands: every operation runs on every value of its operand kind's
// pool (unary) or every pair of them (binary). Chosen for edges: signs,
// extremes, carries across 32 bits, subnormals, ties, out-of-range
// conversions, NaN and infinities.
const I32 = [0n, 1n, 3n, 0x21n, 0x7fffffffn, 0x80000000n, 0xffffffffn, 0xfffffff9n, 0x12345678n, 0xdeadbeefn, 0x00f00000n, 0x01000003n];
const I64 = [0n, 1n, 0x41n, 0x10000n, 0x7fffffffffffffffn, 0x8000000000000000n, 0xffffffffffffffffn, 0xfffffffffffffff9n,
  0x123456789abcdef0n, 0xdeadbeefcafef00dn, 0x0000000100000003n, 0x0000f00000000000n, 0x0020000000000003n, 0x8000008000000001n, 0x00000000ffffffffn];
const FLOATS = [0, -0, 1, -1.5, 1.1, 2.7, 0.5, 2.5, 3.5, -2.5, -0.5, 0.75, 1e-3, -3.25e5, 123456.789, 1e-30, -7.25,
  2 ** -24, 1 + 2 ** -23, 3 * 2 ** -25, 3e9, -3e9, 5e9, 9.2e18, -9.2e18, 1.8e19, 2e19, 123456789012.75, 1e39, 1e-40,
  Infinity, -Infinity, NaN];
const F32 = [...FLOATS.map(fr), 3.4028234663852886e38, 1.401298464324817e-45 * 3, 1.1754943508222875e-38].filter((x, i, a) => a.findIndex((y) => Object.is(x, y)) === i);
const F64 = [...FLOATS, 1.7976931348623157e308, 5e-324 * 7, 2.2250738585072014e-308, 1 + 2 ** -52, 1e-320];
const POOLS = { i32: I32, i64: I64, f32: F32, f64: F64 };

// [group, name, result kind, operand kind, arity, AssemblyScript expression
// on ia ib (i32), la lb (i64), fa fb (f32), da db (f64), host function,
// guard]. A guard (AssemblyScript, and the same test on the host) names
// operands the operation must not see (a division by zero traps): the
// result is 0 there.
const ops = [];
const op = (group, name, res, opnd, expr, host, arity, guard = null) => ops.push({ group, name, res, opnd, arity, expr, host, guard });

// i32
const bin32 = (name, expr, host, guard = null) => op("i32", name, "i32", "i32", expr, host, 2, guard);
const DIV32 = ["ib == 0 || (ia == i32.MIN_VALUE && ib == -1)", (a, b) => b === 0n || (a === 0x80000000n && b === 0xffffffffn)];
bin32("i32.add", "ia + ib", (a, b) => u32(a + b));
bin32("i32.sub", "ia - ib", (a, b) => u32(a - b));
bin32("i32.mul", "ia * ib", (a, b) => u32(a * b));
bin32("i32.div_s", "ia / ib", (a, b) => u32(s32(a) / s32(b)), DIV32);
bin32("i32.div_u", "<i32>(<u32>ia / <u32>ib)", (a, b) => u32(a / b), DIV32);
bin32("i32.rem_s", "ia % ib", (a, b) => u32(s32(a) % s32(b)), DIV32);
bin32("i32.rem_u", "<i32>(<u32>ia % <u32>ib)", (a, b) => u32(a % b), DIV32);
bin32("i32.and", "ia & ib", (a, b) => a & b);
bin32("i32.or", "ia | ib", (a, b) => a | b);
bin32("i32.xor", "ia ^ ib", (a, b) => a ^ b);
bin32("i32.shl", "ia << ib", (a, b) => u32(a << (b & 31n)));
bin32("i32.shr_s", "ia >> ib", (a, b) => u32(s32(a) >> (b & 31n)));
bin32("i32.shr_u", "<i32>(<u32>ia >>> ib)", (a, b) => a >> (b & 31n));
bin32("i32.rotl", "rotl<i32>(ia, ib)", (a, b) => rotl(a, b, 32));
bin32("i32.rotr", "rotr<i32>(ia, ib)", (a, b) => rotr(a, b, 32));
bin32("i32.eq", "<i32>(ia == ib)", (a, b) => bool(a === b));
bin32("i32.ne", "<i32>(ia != ib)", (a, b) => bool(a !== b));
bin32("i32.lt_s", "<i32>(ia < ib)", (a, b) => bool(s32(a) < s32(b)));
bin32("i32.lt_u", "<i32>(<u32>ia < <u32>ib)", (a, b) => bool(a < b));
bin32("i32.gt_s", "<i32>(ia > ib)", (a, b) => bool(s32(a) > s32(b)));
bin32("i32.gt_u", "<i32>(<u32>ia > <u32>ib)", (a, b) => bool(a > b));
bin32("i32.le_s", "<i32>(ia <= ib)", (a, b) => bool(s32(a) <= s32(b)));
bin32("i32.le_u", "<i32>(<u32>ia <= <u32>ib)", (a, b) => bool(a <= b));
bin32("i32.ge_s", "<i32>(ia >= ib)", (a, b) => bool(s32(a) >= s32(b)));
bin32("i32.ge_u", "<i32>(<u32>ia >= <u32>ib)", (a, b) => bool(a >= b));
const un32 = (name, expr, host) => op("i32", name, "i32", "i32", expr, host, 1);
un32("i32.clz", "clz<i32>(ia)", (a) => clz(a, 32));
un32("i32.ctz", "ctz<i32>(ia)", (a) => ctz(a, 32));
un32("i32.popcnt", "popcnt<i32>(ia)", (a) => popcnt(a));
un32("i32.eqz", "<i32>(ia == 0)", (a) => bool(a === 0n));
un32("i32.extend8_s", "<i32><i8>ia", (a) => u32(BigInt.asIntN(8, a)));
un32("i32.extend16_s", "<i32><i16>ia", (a) => u32(BigInt.asIntN(16, a)));

// i64
const bin64 = (name, expr, host, guard = null, res = "i64") => op("i64", name, res, "i64", expr, host, 2, guard);
const DIV64 = ["lb == 0 || (la == i64.MIN_VALUE && lb == -1)", (a, b) => b === 0n || (a === 0x8000000000000000n && b === 0xffffffffffffffffn)];
bin64("i64.add", "la + lb", (a, b) => u64(a + b));
bin64("i64.sub", "la - lb", (a, b) => u64(a - b));
bin64("i64.mul", "la * lb", (a, b) => u64(a * b));
bin64("i64.div_s", "la / lb", (a, b) => u64(s64(a) / s64(b)), DIV64);
bin64("i64.div_u", "<i64>(<u64>la / <u64>lb)", (a, b) => a / b, DIV64);
bin64("i64.rem_s", "la % lb", (a, b) => u64(s64(a) % s64(b)), DIV64);
bin64("i64.rem_u", "<i64>(<u64>la % <u64>lb)", (a, b) => a % b, DIV64);
bin64("i64.and", "la & lb", (a, b) => a & b);
bin64("i64.or", "la | lb", (a, b) => a | b);
bin64("i64.xor", "la ^ lb", (a, b) => a ^ b);
bin64("i64.shl", "la << lb", (a, b) => u64(a << (b & 63n)));
bin64("i64.shr_s", "la >> lb", (a, b) => u64(s64(a) >> (b & 63n)));
bin64("i64.shr_u", "<i64>(<u64>la >>> lb)", (a, b) => a >> (b & 63n));
bin64("i64.rotl", "rotl<i64>(la, lb)", (a, b) => rotl(a, b, 64));
bin64("i64.rotr", "rotr<i64>(la, lb)", (a, b) => rotr(a, b, 64));
bin64("i64.eq", "<i32>(la == lb)", (a, b) => bool(a === b), null, "i32");
bin64("i64.ne", "<i32>(la != lb)", (a, b) => bool(a !== b), null, "i32");
bin64("i64.lt_s", "<i32>(la < lb)", (a, b) => bool(s64(a) < s64(b)), null, "i32");
bin64("i64.lt_u", "<i32>(<u64>la < <u64>lb)", (a, b) => bool(a < b), null, "i32");
bin64("i64.gt_s", "<i32>(la > lb)", (a, b) => bool(s64(a) > s64(b)), null, "i32");
bin64("i64.gt_u", "<i32>(<u64>la > <u64>lb)", (a, b) => bool(a > b), null, "i32");
bin64("i64.le_s", "<i32>(la <= lb)", (a, b) => bool(s64(a) <= s64(b)), null, "i32");
bin64("i64.le_u", "<i32>(<u64>la <= <u64>lb)", (a, b) => bool(a <= b), null, "i32");
bin64("i64.ge_s", "<i32>(la >= lb)", (a, b) => bool(s64(a) >= s64(b)), null, "i32");
bin64("i64.ge_u", "<i32>(<u64>la >= <u64>lb)", (a, b) => bool(a >= b), null, "i32");
const un64 = (name, expr, host, res = "i64") => op("i64", name, res, "i64", expr, host, 1);
un64("i64.clz", "clz<i64>(la)", (a) => clz(a, 64));
un64("i64.ctz", "ctz<i64>(la)", (a) => ctz(a, 64));
un64("i64.popcnt", "popcnt<i64>(la)", (a) => popcnt(a));
un64("i64.eqz", "<i32>(la == 0)", (a) => bool(a === 0n), "i32");
un64("i64.extend8_s", "<i64><i8>la", (a) => u64(BigInt.asIntN(8, a)));
un64("i64.extend16_s", "<i64><i16>la", (a) => u64(BigInt.asIntN(16, a)));
un64("i64.extend32_s", "<i64><i32>la", (a) => u64(BigInt.asIntN(32, a)));
un64("i32.wrap_i64", "<i32>la", (a) => u32(a), "i32");
op("i64", "i64.extend_i32_s", "i64", "i32", "<i64>ia", (a) => u64(s32(a)), 1);
op("i64", "i64.extend_i32_u", "i64", "i32", "<i64><u32>ia", (a) => a, 1);

// Floats: the same operations for f32 and f64.
function floats(t) {
  const R = t === "f32" ? fr : (x) => x;
  const a = t === "f32" ? "fa" : "da";
  const b = t === "f32" ? "fb" : "db";
  const bin = (name, expr, host) => op(t, `${t}.${name}`, t, t, expr, (x, y) => R(host(x, y)), 2);
  bin("add", `${a} + ${b}`, (x, y) => x + y);
  bin("sub", `${a} - ${b}`, (x, y) => x - y);
  bin("mul", `${a} * ${b}`, (x, y) => x * y);
  bin("div", `${a} / ${b}`, (x, y) => x / y);
  bin("min", `min<${t}>(${a}, ${b})`, fmin);
  bin("max", `max<${t}>(${a}, ${b})`, fmax);
  bin("copysign", `copysign<${t}>(${a}, ${b})`, copysign);
  const un = (name, expr, host) => op(t, `${t}.${name}`, t, t, expr, (x) => R(host(x)), 1);
  un("sqrt", `sqrt<${t}>(${a})`, Math.sqrt);
  un("floor", `floor<${t}>(${a})`, Math.floor);
  un("ceil", `ceil<${t}>(${a})`, Math.ceil);
  un("trunc", `trunc<${t}>(${a})`, Math.trunc);
  un("nearest", `nearest<${t}>(${a})`, nearest);
  un("abs", `abs<${t}>(${a})`, Math.abs);
  un("neg", `-${a}`, (x) => -x);
  const cmp = (name, expr, host) => op(t, `${t}.${name}`, "i32", t, expr, (x, y) => bool(host(x, y)), 2);
  cmp("eq", `<i32>(${a} == ${b})`, (x, y) => x === y);
  cmp("ne", `<i32>(${a} != ${b})`, (x, y) => x !== y);
  cmp("lt", `<i32>(${a} < ${b})`, (x, y) => x < y);
  cmp("le", `<i32>(${a} <= ${b})`, (x, y) => x <= y);
  cmp("gt", `<i32>(${a} > ${b})`, (x, y) => x > y);
  cmp("ge", `<i32>(${a} >= ${b})`, (x, y) => x >= y);
}
floats("f32");
floats("f64");

// Conversions. AssemblyScript emits the saturating float -> integer
// conversions (nontrapping-f2i is on), never the trapping ones.
const conv = (name, res, opnd, expr, host) => op("conv", name, res, opnd, expr, host, 1);
conv("f32.convert_i32_s", "f32", "i32", "<f32>ia", (x) => fr(Number(s32(x))));
conv("f32.convert_i32_u", "f32", "i32", "<f32><u32>ia", (x) => fr(Number(x)));
conv("f32.convert_i64_s", "f32", "i64", "<f32>la", (x) => bigToF32(s64(x)));
conv("f32.convert_i64_u", "f32", "i64", "<f32><u64>la", (x) => bigToF32(x));
conv("f64.convert_i32_s", "f64", "i32", "<f64>ia", (x) => Number(s32(x)));
conv("f64.convert_i32_u", "f64", "i32", "<f64><u32>ia", (x) => Number(x));
conv("f64.convert_i64_s", "f64", "i64", "<f64>la", (x) => Number(s64(x)));
conv("f64.convert_i64_u", "f64", "i64", "<f64><u64>la", (x) => Number(x));
conv("i32.trunc_sat_f32_s", "i32", "f32", "<i32>fa", (x) => truncSat(x, true, 32));
conv("i32.trunc_sat_f32_u", "i32", "f32", "<i32><u32>fa", (x) => truncSat(x, false, 32));
conv("i32.trunc_sat_f64_s", "i32", "f64", "<i32>da", (x) => truncSat(x, true, 32));
conv("i32.trunc_sat_f64_u", "i32", "f64", "<i32><u32>da", (x) => truncSat(x, false, 32));
conv("i64.trunc_sat_f32_s", "i64", "f32", "<i64>fa", (x) => truncSat(x, true, 64));
conv("i64.trunc_sat_f32_u", "i64", "f32", "<i64><u64>fa", (x) => truncSat(x, false, 64));
conv("i64.trunc_sat_f64_s", "i64", "f64", "<i64>da", (x) => truncSat(x, true, 64));
conv("i64.trunc_sat_f64_u", "i64", "f64", "<i64><u64>da", (x) => truncSat(x, false, 64));
conv("f32.demote_f64", "f32", "f64", "<f32>da", (x) => fr(x));
conv("f64.promote_f32", "f64", "f32", "<f64>fa", (x) => x);
conv("i32.reinterpret_f32", "i32", "f32", "reinterpret<i32>(fa)", (x) => f32bits(x));
conv("i64.reinterpret_f64", "i64", "f64", "reinterpret<i64>(da)", (x) => f64bits(x));
conv("f32.reinterpret_i32", "f32", "i32", "reinterpret<f32>(ia)", (x) => bitsF32(x));
conv("f64.reinterpret_i64", "f64", "i64", "reinterpret<f64>(la)", (x) => bitsF64(x));

// ---- the table ----
const KINDS = { i32: 0, i64: 1, f32: 2, f64: 3 };
const toBits = (kind, x) => {
  if (kind === "i32") return u32(x);
  if (kind === "i64") return u64(x);
  if (kind === "f32") return f32bits(x);
  return f64bits(x);
};
const isNaNBits = (kind, v) => (kind === "f32" ? (v & 0x7fffffffn) > 0x7f800000n : kind === "f64" ? (v & 0x7fffffffffffffffn) > 0x7ff0000000000000n : false);
const CANONICAL_NAN = { f32: 0x7fc00000n, f64: 0x7ff8000000000000n };
// FNV-1a over 32-bit words: each result's low word, then its high word.
const fnv = (h, w) => Number((BigInt.asUintN(32, BigInt(h ^ Number(w & 0xffffffffn)) * 0x01000193n)));
const FNV_START = 0x811c9dc5;

/** An operation's hash over every operand (pair) of its pool, in order. */
function hashOf(o) {
  const pool = POOLS[o.opnd];
  let h = FNV_START;
  const add = (r) => {
    let v = toBits(o.res, r);
    if (isNaNBits(o.res, v)) v = CANONICAL_NAN[o.res];
    h = fnv(h, v & 0xffffffffn);
    h = fnv(h, v >> 32n);
  };
  for (const x of pool) {
    if (o.arity === 1) add(o.host(x));
    else for (const y of pool) add(o.guard && o.guard[1](x, y) ? 0n : o.host(x, y));
  }
  return h >>> 0;
}

const hex = (v) => "0x" + v.toString(16);

function render() {
  const groups = ["i32", "i64", "f32", "f64", "conv"];
  let out = `// Generated by tests/target/arith-gen.mjs: do not edit. Every integer
// and float operation AssemblyScript emits (apply), the operand pools, and
// per operation a hash of its results over its pool computed on the host;
// tests/target/arith.ts computes the same on the target.

/** Kinds of operands and results. */
export const enum Kind { I32 = 0, I64 = 1, F32 = 2, F64 = 3 }

/** Operand pools, as bits (i32 and f32 in the low 32 bits). */
${Object.entries(POOLS).map(([k, pool]) => `export const POOL_${k.toUpperCase()}: StaticArray<u64> = [${pool.map((x) => hex(toBits(k, x))).join(", ")}];`).join("\n")}

// The two tables below are code, not data: they cost flash, not module
// memory, which the suite is short of on small boards.

/** Operation \`op\`'s shape: result kind | operand kind << 2 | (arity - 1) << 4. */
export function opShape(op: u32): u32 {
  switch (op) {
${ops.map((o, i) => `    case ${i}: return ${KINDS[o.res] | (KINDS[o.opnd] << 2) | ((o.arity - 1) << 4)};`).join("\n")}
  }
  return 0;
}

/** The host's FNV-1a hash of operation \`op\`'s results, NaN made canonical. */
export function opHash(op: u32): u32 {
  switch (op) {
${ops.map((o, i) => `    case ${i}: return ${hex(hashOf(o))};`).join("\n")}
  }
  return 0;
}

/** The operations of each test: [first, end). */
${groups.map((g) => {
    const idx = ops.map((o, i) => (o.group === g ? i : -1)).filter((i) => i >= 0);
    return `export const ${g.toUpperCase()}_FIRST: u32 = ${idx[0]};\nexport const ${g.toUpperCase()}_END: u32 = ${idx[idx.length - 1] + 1};`;
  }).join("\n")}

/** Operation \`op\` on the bits \`a\`, \`b\` (i32 and f32 in the low 32 bits);
 *  returns the result's bits the same way (0 where a guard says the
 *  operands would trap). */
export function apply(op: u32, a: u64, b: u64): u64 {
  const ia = <i32>a, ib = <i32>b;
  const la = <i64>a, lb = <i64>b;
  const fa = reinterpret<f32>(<i32>a), fb = reinterpret<f32>(<i32>b);
  const da = reinterpret<f64>(a), db = reinterpret<f64>(b);
  switch (op) {
`;
  const wrap = { i32: (e) => `<u64><u32>(${e})`, i64: (e) => `<u64>(${e})`, f32: (e) => `<u64><u32>reinterpret<i32>(<f32>(${e}))`, f64: (e) => `reinterpret<u64>(<f64>(${e}))` };
  ops.forEach((o, i) => {
    const body = wrap[o.res](o.expr);
    out += `    case ${i}: return ${o.guard ? `${o.guard[0]} ? 0 : ${body}` : body}; // ${o.name}\n`;
  });
  out += `  }
  return 0;
}
`;
  return out;
}
const text = render();
if (process.argv.includes("--check")) {
  const old = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
  if (old !== text) {
    console.error(`${OUT} is out of date: run node tests/target/arith-gen.mjs`);
    process.exit(1);
  }
} else {
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${ops.length} operations`);
}
