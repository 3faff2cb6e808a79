// On a board an abort inside the standard library (a checked access out
// of range: `~lib/staticarray.ts:78:41`) would name only the library: the
// native code keeps no frame chain to walk. So the build marks every call
// from code outside ~lib into a ~lib function that can abort, and every
// call of the abort there (a ~lib check inlined into it): just before it, the calling function's wasm index goes into the kernel's abortSite
// global, and ivtAbort prints it (`    called from wasm function N`), which
// the host tool names from the wasm's name section (run.js). sim needs
// none of it: its host prints the whole wasm backtrace.

import fs from "node:fs";
import binaryen from "binaryen";

const B = binaryen;
/** The kernel's global that ivtAbort reads (kernel/panic.ts). */
const SITE_GLOBAL = "kernel/panic/abortSite";
const ABORT = "kernel/panic/ivtAbort";

/** The child expressions of `expr` (0 for absent ones is dropped). */
function children(expr) {
  const e = B.getExpressionInfo(expr);
  const kids = {
    [B.BlockId]: () => e.children,
    [B.IfId]: () => [e.condition, e.ifTrue, e.ifFalse],
    [B.LoopId]: () => [e.body],
    [B.BreakId]: () => [e.condition, e.value],
    [B.SwitchId]: () => [e.condition, e.value],
    [B.CallId]: () => e.operands,
    [B.CallIndirectId]: () => [e.target, ...e.operands],
    [B.LocalSetId]: () => [e.value],
    [B.GlobalSetId]: () => [e.value],
    [B.LoadId]: () => [e.ptr],
    [B.StoreId]: () => [e.ptr, e.value],
    [B.UnaryId]: () => [e.value],
    [B.BinaryId]: () => [e.left, e.right],
    [B.SelectId]: () => [e.ifTrue, e.ifFalse, e.condition],
    [B.DropId]: () => [e.value],
    [B.ReturnId]: () => [e.value],
    [B.MemoryGrowId]: () => [e.delta],
    [B.MemoryCopyId]: () => [e.dest, e.source, e.size],
    [B.MemoryFillId]: () => [e.dest, e.value, e.size],
    [B.ConstId]: () => [],
    [B.LocalGetId]: () => [],
    [B.GlobalGetId]: () => [],
    [B.MemorySizeId]: () => [],
    [B.NopId]: () => [],
    [B.UnreachableId]: () => [],
  }[e.id];
  // An expression kind this does not know could hide calls: stop the build.
  if (!kids) throw new Error(`tools/ivt/abort-site.js: unknown wasm expression kind ${e.id}`);
  return kids().filter((c) => c);
}

/** Every direct call in `body`, as expression refs. */
function callsIn(body) {
  const calls = [];
  const stack = body ? [body] : [];
  while (stack.length) {
    const x = stack.pop();
    if (B.getExpressionId(x) === B.CallId) calls.push(x);
    stack.push(...children(x));
  }
  return calls;
}

/** Marks the calls into the library that can abort (see above) in the
 *  wasm `file`, in place. Returns the number of calls marked (0, and the
 *  file untouched, if the kernel has no abortSite global). */
export function markAbortSites(file) {
  const mod = B.readBinary(fs.readFileSync(file));
  try {
    const F = B.Features;
    mod.setFeatures(F.MVP | F.BulkMemory | F.SignExt | F.MutableGlobals | F.NontrappingFPToInt);
    B.setDebugInfo(true); // keep the name section: the tool names the site from it
    if (!mod.getGlobal(SITE_GLOBAL)) return 0;
    const fns = [];
    for (let i = 0; i < mod.getNumFunctions(); i++) {
      const info = B.getFunctionInfo(mod.getFunctionByIndex(i));
      fns.push({ index: i, name: info.name, calls: info.body ? callsIn(info.body) : [] });
    }
    // Which functions can reach the abort through direct calls.
    const mayAbort = new Set([ABORT]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const f of fns) {
        if (mayAbort.has(f.name)) continue;
        if (f.calls.some((c) => mayAbort.has(B.Call.getTarget(c)))) {
          mayAbort.add(f.name);
          changed = true;
        }
      }
    }
    let marked = 0;
    for (const f of fns) {
      if (f.name.startsWith("~lib/")) continue;
      for (const c of f.calls) {
        const target = B.Call.getTarget(c);
        // The abort itself too: a ~lib check inlined here calls it directly.
        const intoLib = target === ABORT || (target.startsWith("~lib/") && mayAbort.has(target));
        if (!intoLib || B.Call.getNumOperands(c) === 0) continue;
        // (block (global.set $abortSite (index + 1)) operand0): set before
        // the arguments are evaluated, in the caller, so nothing else runs
        // between the mark and the call but this function's own code.
        const op = B.Call.getOperandAt(c, 0);
        const mark = mod.global.set(SITE_GLOBAL, mod.i32.const(f.index + 1));
        B.Call.setOperandAt(c, 0, mod.block(null, [mark, op], B.getExpressionType(op)));
        marked++;
      }
    }
    if (!mod.validate()) throw new Error("tools/ivt/abort-site.js: the marked module does not validate");
    fs.writeFileSync(file, mod.emitBinary());
    return marked;
  } finally {
    mod.dispose();
  }
}
