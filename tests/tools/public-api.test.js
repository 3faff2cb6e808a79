// The public API stays apart from the kernel's internals: applications
// (apps/), drivers (drivers/) and the on-target tests (tests/target/,
// tests/model/) import from kernel/ only its public entry module,
// kernel/ivt.ts. A test of internals may import more, and must say so in
// a comment line starting `// Internals test:` (what it reads and why).
// Applications and drivers never may. Host unit tests (tests/unit/) test
// the internals by design and are not checked.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import fs from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PUBLIC = "kernel/ivt";
const INTERNALS_MARK = /^\/\/ Internals test: \S/m;

function walk(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.name.endsWith(".ts")) out.push(p);
  }
  return out;
}

/** The kernel modules (root-relative, no extension) that `text`, the
 *  source of `file` (root-relative), imports or re-exports. */
export function kernelModulesOf(file, text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const specs = [...code.matchAll(/(?:^|[;\s])(?:import|export)\s+(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/g)].map((m) => m[1]);
  return specs
    .filter((s) => s.startsWith("."))
    .map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)).replace(/\.ts$/, ""))
    .filter((m) => m.startsWith("kernel/"));
}

/** What is wrong with `file`'s kernel imports, or null. */
export function violation(file, text) {
  const internal = [...new Set(kernelModulesOf(file, text).filter((m) => m !== PUBLIC))];
  if (!internal.length) return null;
  const isTest = file.startsWith("tests/");
  if (isTest && INTERNALS_MARK.test(text)) return null;
  return `${file} imports ${internal.join(", ")}: only ${PUBLIC}.ts` +
    (isTest ? ` (or say "// Internals test: <what and why>" if it tests internals)` : "");
}

const checked = ["apps", "drivers", "tests/target", "tests/model"].flatMap((d) => walk(path.join(ROOT, d)));

test("the checker sees imports and re-exports of internal modules, and the internals mark", () => {
  const src = `import { Thread } from "../../kernel/ivt";\nimport { wakeLocked } from "../../kernel/sched";\nexport { x } from "../../kernel/irq";\n// import { y } from "../../kernel/boot";\n`;
  assert.deepEqual(kernelModulesOf("apps/x/main.ts", src), ["kernel/ivt", "kernel/sched", "kernel/irq"]);
  assert.match(violation("apps/x/main.ts", src), /kernel\/sched, kernel\/irq: only kernel\/ivt/);
  assert.match(violation("tests/target/x.ts", src), /Internals test/);
  assert.equal(violation("tests/target/x.ts", "// Internals test: reads the ready map.\n" + src), null);
  assert.match(violation("apps/x/main.ts", "// Internals test: no.\n" + src), /only kernel\/ivt/);
  assert.equal(violation("apps/x/main.ts", `import { Err } from "../../kernel/ivt";\nimport { f } from "./util";\n`), null);
});

test("apps, drivers and the on-target tests import only kernel/ivt.ts from kernel/", () => {
  assert.ok(checked.some((f) => f.includes(`${path.sep}apps${path.sep}`)), "no app found");
  const bad = checked.map((f) => violation(path.relative(ROOT, f).split(path.sep).join("/"), fs.readFileSync(f, "utf8"))).filter(Boolean);
  assert.deepEqual(bad, []);
});

test("kernel/ivt.ts only re-exports: no code, no state of its own", () => {
  const text = fs.readFileSync(path.join(ROOT, "kernel/ivt.ts"), "utf8");
  const rest = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "").replace(/export\s*\{[^}]*\}\s*from\s*"[^"]+";/g, "");
  assert.equal(rest.trim(), "");
});
