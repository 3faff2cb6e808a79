// Loop versioning for native boards: a loop whose memory accesses can be
// proved in bounds for all its iterations by one test before it runs gets
// a second copy in which those accesses carry no bounds check.
//
//   (loop $L body)   becomes   (if (every access's range fits)
//                                (then (loop $L.v body'))   ; body' unchecked where proved
//                                (else (loop $L body)))     ; the original, every check kept
//
// Traps stay exact: when the test fails the original loop runs and traps at
// the same access, after the same stores, as before. Runs on the wasm that
// wasm2c translates for a board (never on sim's, where the engine's own
// guard pages make bounds checks free). docs/build.md, "Code generation".

import binaryen from "binaryen";
import { UserError } from "./proc.js";

/** The children of each kind of expression asc emits (MVP, bulk memory,
 *  sign extension, saturating conversions), by field of
 *  binaryen.getExpressionInfo. */
export const CHILDREN = new Map([
  [binaryen.BlockId, ["children"]],
  [binaryen.IfId, ["condition", "ifTrue", "ifFalse"]],
  [binaryen.LoopId, ["body"]],
  [binaryen.BreakId, ["condition", "value"]],
  [binaryen.SwitchId, ["condition", "value"]],
  [binaryen.CallId, ["operands"]],
  [binaryen.CallIndirectId, ["target", "operands"]],
  [binaryen.LocalGetId, []],
  [binaryen.LocalSetId, ["value"]],
  [binaryen.GlobalGetId, []],
  [binaryen.GlobalSetId, ["value"]],
  [binaryen.LoadId, ["ptr"]],
  [binaryen.StoreId, ["ptr", "value"]],
  [binaryen.ConstId, []],
  [binaryen.UnaryId, ["value"]],
  [binaryen.BinaryId, ["left", "right"]],
  [binaryen.SelectId, ["ifTrue", "ifFalse", "condition"]],
  [binaryen.DropId, ["value"]],
  [binaryen.ReturnId, ["value"]],
  [binaryen.MemorySizeId, []],
  [binaryen.MemoryGrowId, ["delta"]],
  [binaryen.NopId, []],
  [binaryen.UnreachableId, []],
  [binaryen.MemoryCopyId, ["dest", "source", "size"]],
  [binaryen.MemoryFillId, ["dest", "value", "size"]],
  [binaryen.MemoryInitId, ["dest", "offset", "size"]],
  [binaryen.DataDropId, []],
]);

/** A proved access keeps its own constant offset plus this mark, which
 *  specializeMemoryAccess (tools/ivt/build.js) reads back out of wasm2c's
 *  C and turns into an unchecked `ivt_ea_verified`. A real offset this big
 *  can never be in bounds on a board (module memory is at most 64 KiB),
 *  and versionLoops leaves a module that has one as it is. */
export const VERIFIED_OFFSET_MARK = 0x80000000;

/** The children of `expr`, in evaluation order. */
export function childrenOf(expr) {
  const fields = CHILDREN.get(binaryen.getExpressionId(expr));
  if (!fields) throw new UserError(`tools/ivt/loops.js: expression kind ${binaryen.getExpressionId(expr)} is unknown; add its children to CHILDREN`);
  const info = binaryen.getExpressionInfo(expr);
  return fields.flatMap((f) => [].concat(info[f]).filter(Boolean));
}

/** Calls visit(expr) on `expr` and everything under it, parents first. */
function walk(expr, visit) {
  visit(expr);
  for (const c of childrenOf(expr)) walk(c, visit);
}

const B = binaryen;
const I32_MAX = 2 ** 31 - 1, I32_MIN = -(2 ** 31), U32_MAX = 2 ** 32 - 1;
/** i32 operations with no side effect and no trap: an expression built
 *  only of these, constants and loop-invariant locals has the same value
 *  at every iteration, and may be evaluated before the loop. */
const PURE_BINARY = new Set([B.AddInt32, B.SubInt32, B.MulInt32, B.ShlInt32, B.ShrUInt32, B.ShrSInt32,
  B.AndInt32, B.OrInt32, B.XorInt32, B.EqInt32, B.NeInt32, B.LtSInt32, B.LtUInt32, B.LeSInt32, B.LeUInt32,
  B.GtSInt32, B.GtUInt32, B.GeSInt32, B.GeUInt32]);
const PURE_UNARY = new Set([B.EqZInt32, B.ClzInt32, B.CtzInt32, B.PopcntInt32, B.ExtendS8Int32, B.ExtendS16Int32]);
const COMPARE = new Map([ // op -> [signed, the relation of left to right]
  [B.LtSInt32, [true, "<"]], [B.LeSInt32, [true, "<="]], [B.GtSInt32, [true, ">"]], [B.GeSInt32, [true, ">="]],
  [B.LtUInt32, [false, "<"]], [B.LeUInt32, [false, "<="]], [B.GtUInt32, [false, ">"]], [B.GeUInt32, [false, ">="]],
]);
const MIRROR = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };
const NEGATE = { "<": ">=", "<=": ">", ">": "<=", ">=": "<" };
/** Coefficients stay small enough that every sum is exact in a double. */
const MAX_SCALE = 2 ** 20;

/** One loop, looked at for versioning. */
class LoopShape {
  constructor(loop) {
    this.loop = loop;
    this.name = binaryen.getExpressionInfo(loop).name;
    this.sets = new Map(); // local index -> number of sets in the loop
    this.globalSets = new Set(); // globals the loop sets
    this.calls = false; // a callee may set any global
    this.backEdges = 0;
    this.nested = false;
    this.escapes = false; // a br_table targets the loop
    walk(binaryen.getExpressionInfo(loop).body, (e) => {
      const id = binaryen.getExpressionId(e), info = binaryen.getExpressionInfo(e);
      if (id === B.LocalSetId) this.sets.set(info.index, (this.sets.get(info.index) || 0) + 1);
      else if (id === B.GlobalSetId) this.globalSets.add(info.name);
      else if (id === B.CallId || id === B.CallIndirectId) this.calls = true;
      else if (id === B.LoopId) this.nested = true;
      else if (id === B.BreakId && info.name === this.name) this.backEdges++;
      else if (id === B.SwitchId && (info.names.includes(this.name) || info.defaultName === this.name)) this.escapes = true;
    });
  }

  invariantLocal(index) {
    return !this.sets.has(index);
  }

  /** True if `expr` has the same value at every iteration and may be
   *  evaluated before the loop: constants, locals the loop never sets,
   *  globals it never sets in a loop that calls nothing, and pure i32
   *  operations on them. */
  invariant(expr) {
    const id = binaryen.getExpressionId(expr), info = binaryen.getExpressionInfo(expr);
    if (binaryen.getExpressionType(expr) !== B.i32) return false;
    if (id === B.ConstId) return true;
    if (id === B.LocalGetId) return this.invariantLocal(info.index);
    if (id === B.GlobalGetId) return !this.calls && !this.globalSets.has(info.name);
    if (id === B.BinaryId) return PURE_BINARY.has(info.op) && this.invariant(info.left) && this.invariant(info.right);
    if (id === B.UnaryId) return PURE_UNARY.has(info.op) && this.invariant(info.value);
    return false;
  }
}

/** The induction variable of a loop in asc's shape: the loop's one back
 *  edge is an unconditional `br $L` that directly follows the statement
 *  stepping `i = i + c` (c a non-zero constant), and the loop sets `i`
 *  nowhere else. So every
 *  access in an iteration sees the value `i` had when the iteration began.
 *  Returns {index, step, backEdge} or null. */
function inductionOf(shape) {
  if (shape.backEdges !== 1 || shape.escapes || shape.nested) return null;
  let found = null;
  walk(binaryen.getExpressionInfo(shape.loop).body, (e) => {
    if (binaryen.getExpressionId(e) !== B.BlockId) return;
    const kids = binaryen.getExpressionInfo(e).children;
    for (let k = 1; k < kids.length; k++) {
      const br = binaryen.getExpressionInfo(kids[k]);
      if (binaryen.getExpressionId(kids[k]) !== B.BreakId || br.name !== shape.name || br.condition || br.value) continue;
      // The step is the statement before the back edge: `i = i + c`, or
      // one that only passes on `i = i + c` (asc's `x = ++i` makes it
      // `global.set $x (local.tee $i ...)`) and touches no memory.
      const last = kids[k - 1];
      let quiet = true, set = null;
      walk(last, (x) => {
        const id = binaryen.getExpressionId(x);
        if (id === B.LoadId || id === B.StoreId || id === B.CallId || id === B.CallIndirectId) quiet = false;
        if (id === B.LocalSetId) set = set === null ? binaryen.getExpressionInfo(x) : false;
      });
      if (!quiet || !set || shape.sets.get(set.index) !== 1) continue;
      if (!set.isTee && binaryen.getExpressionId(last) !== B.LocalSetId) continue;
      const step = stepOf(set.value, set.index);
      if (step !== null) found = { index: set.index, step, backEdge: kids[k] };
    }
  });
  return found;
}

/** c when `value` is `local.get i + c` or `local.get i - c` (c small), else null. */
function stepOf(value, index) {
  if (binaryen.getExpressionId(value) !== B.BinaryId) return null;
  const { op, left, right } = binaryen.getExpressionInfo(value);
  if (op !== B.AddInt32 && op !== B.SubInt32) return null;
  const isI = (e) => binaryen.getExpressionId(e) === B.LocalGetId && binaryen.getExpressionInfo(e).index === index;
  const constOf = (e) => binaryen.getExpressionId(e) === B.ConstId ? binaryen.getExpressionInfo(e).value : null;
  let c = null;
  if (isI(left)) c = constOf(right);
  else if (op === B.AddInt32 && isI(right)) c = constOf(left);
  if (c === null) return null;
  if (op === B.SubInt32) c = -c;
  return c !== 0 && Math.abs(c) <= MAX_SCALE ? c : null;
}

/** What a condition being true (or false) says about the induction
 *  variable: facts {bound: "lo"|"hi", signed, expr (invariant), adjust, node}
 *  meaning i >= expr + adjust ("lo") or i <= expr + adjust ("hi") in the
 *  signed or unsigned order. `node` names the comparison the fact came from. */
function factsOf(cond, truth, shape, iv) {
  const id = binaryen.getExpressionId(cond), info = binaryen.getExpressionInfo(cond);
  if (id === B.UnaryId && info.op === B.EqZInt32) return factsOf(info.value, !truth, shape, iv);
  if (id === B.IfId && truth && info.ifFalse && isConst(info.ifFalse, 0)) {
    // `a && b` as asc writes it: if (a) (then b) (else 0) is true only when both are.
    return [...factsOf(info.condition, true, shape, iv), ...factsOf(info.ifTrue, true, shape, iv)];
  }
  if (id !== B.BinaryId || !COMPARE.has(info.op)) return [];
  const [signed, relation] = COMPARE.get(info.op);
  const isI = (e) => binaryen.getExpressionId(e) === B.LocalGetId && binaryen.getExpressionInfo(e).index === iv.index;
  let rel, other;
  if (isI(info.left) && shape.invariant(info.right)) [rel, other] = [relation, info.right];
  else if (isI(info.right) && shape.invariant(info.left)) [rel, other] = [MIRROR[relation], info.left];
  else return [];
  if (!truth) rel = NEGATE[rel];
  const fact = {
    "<": { bound: "hi", adjust: -1 }, "<=": { bound: "hi", adjust: 0 },
    ">": { bound: "lo", adjust: 1 }, ">=": { bound: "lo", adjust: 0 },
  }[rel];
  return [{ ...fact, signed, expr: other, node: cond, truth }];
}

function isConst(e, v) {
  return binaryen.getExpressionId(e) === B.ConstId && binaryen.getExpressionType(e) === B.i32 && binaryen.getExpressionInfo(e).value === v;
}

/** Every load and store in the loop with the facts that hold where it runs
 *  (from the conditions of the `if`s it is inside and of the `br_if`s
 *  before it in its block), and the facts at the back edge. */
function accessesOf(shape, iv) {
  const accesses = [];
  let backEdgeFacts = null;
  const visit = (e, facts) => {
    const id = binaryen.getExpressionId(e), info = binaryen.getExpressionInfo(e);
    if (id === B.LoadId || id === B.StoreId) accesses.push({ expr: e, facts });
    if (iv && e === iv.backEdge) backEdgeFacts = facts;
    if (id === B.IfId) {
      visit(info.condition, facts);
      visit(info.ifTrue, iv ? [...facts, ...factsOf(info.condition, true, shape, iv)] : facts);
      if (info.ifFalse) visit(info.ifFalse, iv ? [...facts, ...factsOf(info.condition, false, shape, iv)] : facts);
      return;
    }
    if (id === B.BlockId) {
      let now = facts;
      for (const kid of info.children) {
        visit(kid, now);
        const k = binaryen.getExpressionInfo(kid);
        // Past a br_if, its condition was false.
        if (iv && binaryen.getExpressionId(kid) === B.BreakId && k.condition && !k.value) {
          now = [...now, ...factsOf(k.condition, false, shape, iv)];
        }
      }
      return;
    }
    for (const c of childrenOf(e)) visit(c, facts);
  };
  visit(binaryen.getExpressionInfo(shape.loop).body, []);
  return { accesses, backEdgeFacts: backEdgeFacts || [] };
}

/** The exact integer value of an address expression as
 *  coef * i + sum(mult * leaf) + r, r in [lo, hi], where i is the
 *  induction variable, each leaf an invariant i32 expression (taken
 *  sign-extended) and [lo, hi] bounds what varies otherwise (a masked
 *  value, a byte loaded). Its value modulo 2^32 is the wasm address, so
 *  where the exact value lies within memory, so does the address. Returns
 *  null for an expression of any other form. */
function affineOf(e, shape, iv) {
  if (shape.invariant(e)) return { coef: 0, leaves: [{ expr: e, mult: 1 }], lo: 0, hi: 0 };
  const id = binaryen.getExpressionId(e), info = binaryen.getExpressionInfo(e);
  if (id === B.LocalGetId && iv && info.index === iv.index) return { coef: 1, leaves: [], lo: 0, hi: 0 };
  if (id === B.LoadId && binaryen.getExpressionType(e) === B.i32 && !info.isSigned && info.bytes < 4) {
    return bounded(0, 2 ** (8 * info.bytes) - 1);
  }
  if (id === B.UnaryId && info.op === B.EqZInt32) return bounded(0, 1);
  if (id !== B.BinaryId) return null;
  if (COMPARE.has(info.op) || info.op === B.EqInt32 || info.op === B.NeInt32) return bounded(0, 1);
  const constOf = (x) => binaryen.getExpressionId(x) === B.ConstId ? binaryen.getExpressionInfo(x).value : null;
  const rc = constOf(info.right), lc = constOf(info.left);
  switch (info.op) {
    case B.AddInt32: case B.SubInt32: {
      const a = affineOf(info.left, shape, iv), b = affineOf(info.right, shape, iv);
      return a && b && sum(a, info.op === B.SubInt32 ? scale(b, -1) : b);
    }
    case B.MulInt32: {
      if (rc !== null) return scaleOf(affineOf(info.left, shape, iv), rc);
      if (lc !== null) return scaleOf(affineOf(info.right, shape, iv), lc);
      return null;
    }
    case B.ShlInt32:
      return rc !== null && rc >= 0 && rc < 31 ? scaleOf(affineOf(info.left, shape, iv), 2 ** rc) : null;
    case B.AndInt32: {
      const mask = rc !== null ? rc : lc;
      return mask !== null && mask >= 0 ? bounded(0, mask) : null;
    }
    case B.ShrUInt32:
      return rc !== null && (rc & 31) > 0 ? bounded(0, 2 ** (32 - (rc & 31)) - 1) : null;
    case B.RemUInt32:
      return rc !== null && rc > 0 ? bounded(0, rc - 1) : null;
    default:
      return null;
  }
}

const bounded = (lo, hi) => ({ coef: 0, leaves: [], lo, hi });
const sum = (a, b) => ({ coef: a.coef + b.coef, leaves: [...a.leaves, ...b.leaves], lo: a.lo + b.lo, hi: a.hi + b.hi });
function scale(a, k) {
  return {
    coef: a.coef * k,
    leaves: a.leaves.map((l) => ({ expr: l.expr, mult: l.mult * k })),
    lo: k >= 0 ? a.lo * k : a.hi * k,
    hi: k >= 0 ? a.hi * k : a.lo * k,
  };
}
function scaleOf(a, k) {
  if (!a) return null;
  const s = scale(a, k);
  const big = (x) => Math.abs(x) > MAX_SCALE;
  return big(s.coef) || s.leaves.some((l) => big(l.mult)) || Math.abs(s.lo) > 2 ** 40 || Math.abs(s.hi) > 2 ** 40 ? null : s;
}

/** The range test for one loop: i64 arithmetic, built fresh (every
 *  expression in a Binaryen module may have one parent only). */
class RangeTest {
  constructor(mod) {
    this.mod = mod;
  }
  i64(n) {
    return this.mod.i64.const(Number(BigInt.asUintN(32, BigInt(n))) | 0, Number(BigInt.asUintN(64, BigInt(n)) >> 32n) | 0);
  }
  ext(expr, signed) {
    const copy = this.mod.copyExpression(expr);
    return signed ? this.mod.i64.extend_s(copy) : this.mod.i64.extend_u(copy);
  }
  add(a, b) {
    return this.mod.i64.add(a, b);
  }
  /** sum(mult * leaf) + constant, exact. */
  leavesPlus(form, constant) {
    let e = this.i64(constant);
    for (const l of form.leaves) e = this.add(e, l.mult === 1 ? this.ext(l.expr, true) : this.mod.i64.mul(this.ext(l.expr, true), this.i64(l.mult)));
    return e;
  }
}

/** Versions `loop` (see the top of this file) if it has at least one
 *  access to prove; `limit` is the module memory's size in bytes. Returns
 *  the new expression to put where the loop was, or null. */
function versionLoop(mod, loop, limit, counter) {
  // counter: the list of loops versioned so far in the module (appended to)
  const shape = new LoopShape(loop);
  // none, or unreachable when the loop ends in its back edge (it is left
  // only by a branch out): either way no value to carry into the copy.
  const type = binaryen.getExpressionType(loop);
  if (shape.nested || (type !== B.none && type !== B.unreachable)) return null;
  const iv = inductionOf(shape);
  const { accesses, backEdgeFacts } = accessesOf(shape, iv);
  // The range of i over the iterations: from its value on entry in the
  // direction of its step, up to (down to) a bound every iteration that
  // goes on past the back edge has checked. The bound's order (signed or
  // unsigned) is the order in which i moves without wrapping.
  const bound = iv && backEdgeFacts.find((f) => f.bound === (iv.step > 0 ? "hi" : "lo"));
  const proved = [];
  for (const a of accesses) {
    const info = binaryen.getExpressionInfo(a.expr);
    if (info.isAtomic || info.offset >>> 0 >= VERIFIED_OFFSET_MARK) continue;
    // An access whose offset and size pass the end by themselves can never
    // be in bounds: it keeps its check, and traps.
    const top = limit - (info.offset >>> 0) - info.bytes;
    const form = top >= 0 && affineOf(info.ptr, shape, iv);
    if (!form) continue;
    if (form.coef !== 0 && !(bound && a.facts.some((f) => f.node === bound.node && f.bound === bound.bound))) continue;
    proved.push({ access: a, form, top });
  }
  // Only a loop that walks memory with its induction variable gains more
  // than its test costs: a list walk with one invariant field read would
  // pay the test on every entry for two instructions an iteration.
  if (!proved.some((p) => p.form.coef !== 0)) return null;

  // i64: i's first and last values, in the bound's order, made afresh at
  // each use (an expression in a Binaryen module has one parent).
  const t = new RangeTest(mod);
  const start = () => t.ext(mod.local.get(iv.index, B.i32), bound.signed);
  const end = () => t.add(t.ext(bound.expr, bound.signed), t.i64(bound.adjust));
  const [first, last] = iv.step > 0 ? [start, end] : [end, start];
  // No wrap: the step taken from the bound stays inside the order.
  const edge = iv.step > 0 ? (bound.signed ? I32_MAX : U32_MAX) : (bound.signed ? I32_MIN : 0);
  const past = t.add(iv.step > 0 ? last() : first(), t.i64(iv.step));
  const conds = [iv.step > 0 ? mod.i64.le_s(past, t.i64(edge)) : mod.i64.ge_s(past, t.i64(edge))];
  for (const { form, top } of proved) {
    let lowest = t.leavesPlus(form, form.lo), highest = t.leavesPlus(form, form.hi);
    if (form.coef !== 0) {
      const [atLow, atHigh] = form.coef > 0 ? [first, last] : [last, first];
      lowest = t.add(lowest, mod.i64.mul(atLow(), t.i64(form.coef)));
      highest = t.add(highest, mod.i64.mul(atHigh(), t.i64(form.coef)));
    }
    conds.push(mod.i64.ge_s(lowest, t.i64(0)), mod.i64.le_s(highest, t.i64(top)));
  }
  counter.push({ loop: shape.name, proved: proved.length, accesses: accesses.length });
  const test = conds.reduce((a, b) => mod.i32.and(a, b));

  const fast = mod.copyExpression(loop);
  renameCopiedLabels(fast, `.v${counter.length}`);
  const marked = new Set(proved.map((p) => accesses.indexOf(p.access)));
  let n = 0;
  walk(binaryen.getExpressionInfo(fast).body, (e) => {
    const id = binaryen.getExpressionId(e);
    if (id !== B.LoadId && id !== B.StoreId) return;
    if (marked.has(n)) {
      const Kind = id === B.LoadId ? binaryen.Load : binaryen.Store;
      Kind.setOffset(e, (Kind.getOffset(e) >>> 0) + VERIFIED_OFFSET_MARK);
    }
    n++;
  });
  if (n !== accesses.length) throw new UserError("tools/ivt/loops.js: the loop's copy has not the same accesses as the loop");
  return mod.if(test, fast, loop);
}

/** Gives every label the copied loop `copy` defines (its own and those of
 *  the blocks and loops inside it) a new name, `<name><suffix>`, and points
 *  the branches inside the copy that target them at the new names:
 *  Binaryen wants each label unique in its function, and the original loop
 *  stays beside the copy. Branches out of the loop keep their targets. */
function renameCopiedLabels(copy, suffix) {
  const renamed = new Map();
  walk(copy, (e) => {
    const id = binaryen.getExpressionId(e);
    if (id !== B.BlockId && id !== B.LoopId) return;
    const name = binaryen.getExpressionInfo(e).name;
    if (!name) return;
    renamed.set(name, name + suffix);
    (id === B.BlockId ? binaryen.Block : binaryen.Loop).setName(e, name + suffix);
  });
  const to = (name) => renamed.get(name) || name;
  walk(copy, (e) => {
    const id = binaryen.getExpressionId(e);
    if (id === B.BreakId) {
      binaryen.Break.setName(e, to(binaryen.getExpressionInfo(e).name));
    } else if (id === B.SwitchId) {
      const info = binaryen.getExpressionInfo(e);
      info.names.forEach((name, i) => binaryen.Switch.setNameAt(e, i, to(name)));
      binaryen.Switch.setDefaultName(e, to(info.defaultName));
    }
  });
}

/** The first function with an access whose offset is as big as the mark
 *  (legal wasm, but never in bounds: it can only trap), or null. In a
 *  module that has one, versionLoops versions nothing, so that every
 *  offset that big in its output is a mark. */
function markedAccess(mod) {
  for (let f = 0; f < mod.getNumFunctions(); f++) {
    const info = binaryen.getFunctionInfo(mod.getFunctionByIndex(f));
    if (info.module) continue;
    let found = false;
    walk(info.body, (e) => {
      const id = binaryen.getExpressionId(e);
      if ((id === B.LoadId || id === B.StoreId) && binaryen.getExpressionInfo(e).offset >>> 0 >= VERIFIED_OFFSET_MARK) found = true;
    });
    if (found) return `${info.name} has a load or store with an offset of 2^31 or more`;
  }
  return null;
}

/** Versions every innermost loop of `mod`'s defined functions that has
 *  accesses to prove in bounds against `limit` bytes of memory (see the
 *  top of this file). Returns {loops, versioned}: how many loops were
 *  versioned, and for each its function, label, and how many of its
 *  accesses were proved of how many it has; `untouched` says why when a
 *  module is left as it is because it already holds offsets as big as the
 *  mark. */
export function versionLoops(mod, limit) {
  const versioned = [];
  const marked = markedAccess(mod);
  if (marked) return { loops: 0, versioned, untouched: marked };
  for (let f = 0; f < mod.getNumFunctions(); f++) {
    const fn = mod.getFunctionByIndex(f);
    const info = binaryen.getFunctionInfo(fn);
    if (info.module) continue;
    // Children first: an inner loop is versioned before its parent is
    // looked at. A loop is replaced only where its parent can take the
    // replacement (a block, an if arm, a loop body: where asc puts loops).
    const replace = (e, replaceable) => {
      const id = binaryen.getExpressionId(e);
      const einfo = binaryen.getExpressionInfo(e);
      if (id === B.BlockId) {
        einfo.children.forEach((kid, k) => {
          const now = replace(kid, true);
          if (now !== kid) binaryen.Block.setChildAt(e, k, now);
        });
      } else if (id === B.IfId) {
        replace(einfo.condition, false);
        const t = replace(einfo.ifTrue, true);
        if (t !== einfo.ifTrue) binaryen.If.setIfTrue(e, t);
        if (einfo.ifFalse) {
          const f2 = replace(einfo.ifFalse, true);
          if (f2 !== einfo.ifFalse) binaryen.If.setIfFalse(e, f2);
        }
      } else if (id === B.LoopId) {
        const body = replace(einfo.body, true);
        if (body !== einfo.body) binaryen.Loop.setBody(e, body);
      } else {
        for (const c of childrenOf(e)) replace(c, false);
      }
      if (id !== B.LoopId || !replaceable) return e;
      const before = versioned.length;
      const now = versionLoop(mod, e, limit, versioned);
      if (!now) return e;
      versioned[before].function = info.name;
      return now;
    };
    const body = replace(info.body, true);
    if (body !== info.body) binaryen.Function.setBody(fn, body);
  }
  if (versioned.length && !mod.validate()) throw new UserError("tools/ivt/loops.js: versioning made an invalid module");
  return { loops: versioned.length, versioned };
}
