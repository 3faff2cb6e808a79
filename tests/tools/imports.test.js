// The kernel's import graph (kernel/**/*.ts, from their import and
// export-from statements): no file may reach itself through its imports,
// and the scheduler must not pull in the interrupt code. A cycle makes the
// order in which AssemblyScript runs the files' top-level code depend on
// which file is compiled first, and it lets a unit test of one service link
// every other (tests/unit/sched.spec.ts linked kernel/irq.ts through
// sched -> timeout -> time -> irq).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const KERNEL = path.join(ROOT, "kernel");

/** Every .ts file under `dir`, as paths from the root. */
function tsFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith(".ts")) out.push(path.relative(ROOT, p));
  }
  return out.sort();
}

/** The module specifiers `src` imports or re-exports from. Comments are
 *  dropped first, so an import written in a comment does not count. */
export function importSpecifiers(src) {
  const code = src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  const specs = [];
  const re = /\b(?:import|export)\s+(?:[^;'"]*?\sfrom\s+)?["']([^"']+)["']/g;
  for (let m; (m = re.exec(code)) !== null; ) specs.push(m[1]);
  return specs;
}

/** The file a relative specifier names as AssemblyScript resolves it
 *  (`x.ts`, then `x/index.ts`), or null for a library (~lib/...) or a file
 *  outside the tree. */
function resolve(from, spec) {
  if (!spec.startsWith(".")) return null;
  const base = path.join(path.dirname(path.join(ROOT, from)), spec);
  for (const f of [base + ".ts", path.join(base, "index.ts")]) {
    if (fs.existsSync(f)) return path.relative(ROOT, f);
  }
  return null;
}

/** file -> the kernel files it imports. */
function kernelGraph() {
  const graph = new Map();
  for (const f of tsFiles(KERNEL)) {
    const deps = importSpecifiers(fs.readFileSync(path.join(ROOT, f), "utf8"))
      .map((s) => resolve(f, s))
      .filter((d) => d !== null && d.startsWith("kernel" + path.sep));
    graph.set(f, [...new Set(deps)]);
  }
  return graph;
}

/** One cycle of `graph` as a list of files (first == last), or null. */
function findCycle(graph) {
  const state = new Map(); // file -> 1 on the current path, 2 done
  const stack = [];
  function visit(f) {
    state.set(f, 1);
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (state.get(d) === 1) return [...stack.slice(stack.indexOf(d)), d];
      if (!state.has(d)) {
        const c = visit(d);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(f, 2);
    return null;
  }
  for (const f of graph.keys()) {
    if (!state.has(f)) {
      const c = visit(f);
      if (c) return c;
    }
  }
  return null;
}

/** Every file `start` reaches through its imports (itself excluded). */
function reach(graph, start) {
  const seen = new Set();
  const todo = [start];
  while (todo.length > 0) {
    for (const d of graph.get(todo.pop()) ?? []) {
      if (!seen.has(d)) {
        seen.add(d);
        todo.push(d);
      }
    }
  }
  seen.delete(start);
  return seen;
}

test("import statements are read across lines, with re-exports, without comments", () => {
  const src = `import { a,\n  b } from "./x";\nexport { c } from './y';\nexport * from "./z";\n// import { d } from "./no";\n/* import "./no2"; */\nimport "./side";`;
  assert.deepEqual(importSpecifiers(src), ["./x", "./y", "./z", "./side"]);
});

test("the cycle finder finds a cycle and only a cycle", () => {
  const g = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]);
  assert.deepEqual(findCycle(g), ["a", "b", "c", "a"]);
  assert.equal(findCycle(new Map([["a", ["b"]], ["b", []], ["c", ["a", "b"]]])), null);
});

test("kernel/**/*.ts import no cycle", () => {
  const graph = kernelGraph();
  assert.ok(graph.has(path.join("kernel", "sched.ts")), "kernel/sched.ts was not read");
  const cycle = findCycle(graph);
  assert.equal(cycle, null, cycle && `import cycle: ${cycle.join(" -> ")}`);
});

test("kernel/sched.ts does not reach the interrupt code through its imports", () => {
  const graph = kernelGraph();
  const irq = [...reach(graph, path.join("kernel", "sched.ts"))].filter((f) => /^kernel[\\/]irq/.test(f));
  assert.deepEqual(irq, [], `kernel/sched.ts imports, directly or not: ${irq.join(", ")}`);
});
