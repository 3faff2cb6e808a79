// The asc transform of sim's modules: sim switches threads by unwinding and
// rewinding the wasm stack with Binaryen's asyncify, and asyncify runs
// inside asc (its `--runPasses asyncify`, after asc's own optimization), not
// on asc's output afterwards: Binaryen then keeps every expression's source
// position through the pass, and the source map asc writes holds for the
// module sim runs. `ivt decode` names a fault's statement from it, not only
// its function (docs/crash.md, "Source lines").
//
// What to instrument comes from the environment (ASYNCIFY_ENV, set by
// tools/ivt/build.js for the one asc run): asc loads a transform by path
// and gives it no arguments.

import binaryen from "binaryen";
import { UserError } from "./proc.js";
import { CHILDREN } from "./loops.js";

/** The environment variable that carries { imports, loop_budget } (JSON). */
export const ASYNCIFY_ENV = "IVT_ASYNCIFY";

/** asc's flags that run this transform and the pass. */
export const ASYNCIFY_ASC_FLAGS = ["--transform", "./tools/ivt/asyncify-transform.js", "--runPasses", "asyncify"];

/** The environment of an asc run whose module calls `imports`
 *  ("module.name", calls that may switch threads) and gives every loop a
 *  budget that calls `loop_budget` (or none). */
export const asyncifyEnv = (imports, loopBudget) => ({ [ASYNCIFY_ENV]: JSON.stringify({ imports, loop_budget: loopBudget || null }) });

export default class AsyncifyTransform {
  /** asc's hook after compiling, before its optimization: the loop budget
   *  goes in here (its calls are then imports asyncify instruments), and
   *  the pass learns which imports switch. */
  afterCompile(mod) {
    const raw = process.env[ASYNCIFY_ENV];
    if (!raw) throw new UserError(`tools/ivt/asyncify-transform.js: ${ASYNCIFY_ENV} is not set (tools/ivt/build.js sets it for sim's asc runs)`);
    const spec = JSON.parse(raw);
    const imports = [...spec.imports];
    if (spec.loop_budget) {
      insertLoopBudget(mod, spec.loop_budget);
      imports.push(spec.loop_budget);
    }
    binaryen.setPassArgument("asyncify-imports", imports.join(","));
  }
}

/** Puts a budget at the head of every loop of `mod`'s functions: a global
 *  counts iterations down, and when it reaches zero the loop calls the
 *  import `spec` ("module.name", () -> i32), which returns the next budget.
 *  A wasm loop that never calls the host otherwise keeps it out for good:
 *  on sim, no interrupt, no preemption, no virtual time. The fast path is
 *  three wasm instructions, no call into the host. */
export function insertLoopBudget(mod, spec) {
  const [module, base] = spec.split(".");
  const fn = `${module}.${base}`;
  const budget = `${module}.${base}.budget`;
  mod.addFunctionImport(fn, module, base, binaryen.none, binaryen.i32);
  mod.addGlobal(budget, binaryen.i32, true, mod.i32.const(1));
  const i32 = binaryen.i32;
  const check = () => mod.block(null, [
    mod.global.set(budget, mod.i32.sub(mod.global.get(budget, i32), mod.i32.const(1))),
    mod.if(mod.i32.eqz(mod.global.get(budget, i32)), mod.global.set(budget, mod.call(fn, [], i32))),
  ]);
  const visit = (expr) => {
    if (!expr) return;
    const id = binaryen.getExpressionId(expr);
    const fields = CHILDREN.get(id);
    if (!fields) throw new UserError(`tools/ivt/asyncify-transform.js insertLoopBudget: expression kind ${id} is unknown; add its children to CHILDREN (tools/ivt/loops.js)`);
    const info = binaryen.getExpressionInfo(expr);
    for (const f of fields) [].concat(info[f]).forEach(visit);
    if (id === binaryen.LoopId) {
      binaryen.Loop.setBody(expr, mod.block(null, [check(), info.body], binaryen.auto));
    }
  };
  for (let i = 0; i < mod.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(mod.getFunctionByIndex(i));
    if (!info.module) visit(info.body);
  }
  if (!mod.validate()) throw new UserError("tools/ivt/asyncify-transform.js insertLoopBudget made an invalid module");
}
