// An asc transform that shrinks the on-target suite for boards short of RAM.
// It works on the parsed sources of tests/target/ (harness.ts excepted), as
// asked by integer constants (asc --use) that tools/ivt/gen.js passes:
//
//   SUITE_SHORT_CHECKS=1   (board.json "suite_short_checks") the description
//       strings of the checks, check(c, "what"), checkEq(a, b, "what"),
//       checkSeq("seq", "what"), become "". AssemblyScript keeps every string
//       literal in module memory as UTF-16 with a 20-byte header, and the
//       suite has hundreds; "" is one shared literal. A failing check then
//       reports its number within the test (harness.ts) and the values it
//       compared; the test's name stays.
//   SUITE_FIRST=a, SUITE_LAST=b, SUITE_TESTS=n   (board.json "suite_split"
//       and "suite_parts") only the a-th to b-th of the n test("...", ...)
//       calls of the group are compiled: part of a group per image. n is
//       what the tool counted in the source; a different count here stops
//       the build, so no test can be skipped.

const CHECKS = new Set(["check", "checkEq", "checkSeq"]);
const SKIP = new Set(["range", "parent", "source"]);

const isString = (n) => n !== null && typeof n === "object" && typeof n.value === "string" && n.literalKind !== undefined;
const callOf = (n, names) => n && n.args && n.expression && names.has(n.expression.text) ? n : null;
/** The test(...) call a statement makes, or null. */
const testCall = (stmt) => {
  const call = stmt && stmt.expression ? callOf(stmt.expression, new Set(["test"])) : null;
  return call && isString(call.args[0]) ? call : null;
};

/** Walks the AST below `node`: `visit(n)` for every node, `keep(stmt)` for
 *  every element of a statement list (false removes it). */
function walk(node, visit, keep, seen = new Set()) {
  if (node === null || typeof node !== "object" || seen.has(node)) return;
  seen.add(node);
  if (typeof node.kind === "number") visit(node);
  for (const [k, v] of Object.entries(node)) {
    if (SKIP.has(k)) continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; ) {
        if (v[i] && typeof v[i] === "object" && typeof v[i].kind === "number" && !keep(v[i])) v.splice(i, 1);
        else walk(v[i++], visit, keep, seen);
      }
    } else walk(v, visit, keep, seen);
  }
}

export default class SuiteTransform {
  afterParse(parser) {
    const aliases = this.program.options.globalAliases || new Map();
    const int = (name) => (aliases.has(name) ? Number(aliases.get(name)) : 0);
    const shortChecks = int("SUITE_SHORT_CHECKS") !== 0;
    const first = int("SUITE_FIRST");
    const last = int("SUITE_LAST");
    const expected = int("SUITE_TESTS");
    // Every file of tests/target/ the group's image parses: its checks
    // shortened, its test(...) calls counted. A group may import another's
    // helpers (threads-kernel.ts imports threads.ts), whose tests its
    // image never calls: the group's own file is the one with the count
    // the tool found, and only its tests are cut.
    const files = [];
    for (const source of parser.sources) {
      const file = source.normalizedPath.replace(/\\/g, "/");
      if (!/(^|\/)tests\/target\/[^/]+\.ts$/.test(file) || file.endsWith("/harness.ts")) continue;
      let tests = 0;
      const visit = (n) => {
        if (!shortChecks || !callOf(n, CHECKS)) return;
        const last = n.args[n.args.length - 1];
        if (isString(last)) last.value = "";
      };
      walk(source.statements, visit, (stmt) => (testCall(stmt) && ++tests, true));
      if (tests) files.push({ source, file, tests });
    }
    if (!first) return;
    const group = files.filter((f) => f.tests === expected);
    if (group.length !== 1 || last < first || last > expected) {
      const seen = files.map((f) => `${f.file}: ${f.tests}`).join(", ") || "none";
      throw new Error(`suite-transform: tests ${first} to ${last} of ${expected} asked for; tests found: ${seen}`);
    }
    let n = 0;
    walk(group[0].source.statements, () => {}, (stmt) => !testCall(stmt) || (++n >= first && n <= last));
  }
}
