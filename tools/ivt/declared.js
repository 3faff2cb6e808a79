// Tests declared as data, not in the tool: an app folder's test.json says
// how to run its image and what the run must show; `make test` runs every
// one it finds (apps/*/test.json, tests/target/test.json, tests/<folder>/test.json) on every board,
// and `ivt test --app <dir>` runs an outside app's. The format:
//
//   { "runs": [ {
//       "name":   "demo boots, ticks and exits 0",  reported as "<board> <name>"
//       "app":    "demo",            the image (default: the folder's app)
//       "on":     "native" | "sim" | "with:<field>" | "without:<field>",
//                                    only on those boards (default: every
//                                    board; "with:net": the boards whose
//                                    board.json has "net")
//       "not_on": { "board": "why" }, not on these boards, each with the reason
//       "harness": true,             the image runs tests/target/harness.ts
//                                    tests: its ok/FAIL lines are tallied
//       "input":  "text" | [["after", "text"], ...],  typed into the console:
//                                    at once, or each text once the output
//                                    matches its `after` regex; a step's
//                                    text may be {"udp_echo": N}: N
//                                    datagrams sent to the app's UDP port
//                                    (app.json "udp") and their echoes
//                                    checked, the result a line of the
//                                    output, "udp: N sent, N echoed
//                                    intact, N lost, N corrupted"
//                                    (tools/ivt/netrun.js)
//       "input_after": "regex",      with a text input: type it once this shows
//       "input_live": true,          on sim too, each step is typed when its
//                                    `after` shows (sim otherwise takes all
//                                    input at boot), and the idle kernel
//                                    waits in real time, as under QEMU
//       "exit":   0,                 the status the run must end with (default 0)
//       "timeout_s": 300,            longer than the default (sim 120 s, QEMU 300 s)
//       "expect": [Pattern, ...],    each must match the output
//       "expect_count": { "regex": n },  lines matching, exactly n of them
//       "expect_in_order": [Pattern, ...],  first matches in this order
//       "checks": [ { "name": "...", "expect": Pattern,
//                     "unless": "regex" } ]  each its own test: passes when
//                                    Pattern matches (skipped when `unless`
//                                    does); "decode": Pattern instead of
//                                    expect: the output saved as a log,
//                                    `ivt decode` run on it against the
//                                    image's folder, Pattern matched on
//                                    its report
//   } ] }
//
// A Pattern is a regex source (multiline: ^ and $ are line ends), or
// { "sim": re, "native": re } for a line that differs between the sim host
// and the native boards (a missing key: no check there). "${board}" in a
// regex stands for the board's name.

import fs from "node:fs";
import path from "node:path";
import { UserError } from "./proc.js";
import { BUILD, ROOT, rel } from "./paths.js";
import { decodeText } from "./decode.js";

const RUN_KEYS = new Set(["name", "app", "on", "not_on", "harness", "input", "input_after", "input_live", "exit", "timeout_s", "expect", "expect_count", "expect_in_order", "checks"]);

/** The runs a test.json declares, checked; `app` filled in with
 *  `defaultApp`. Throws a UserError naming the file and the field. */
export function loadDeclaredRuns(file, defaultApp) {
  const where = rel(file).startsWith("..") ? file : rel(file);
  if (!fs.existsSync(file)) throw new UserError(`${where}: no such file: an app declares its tests there (docs/apps.md)`);
  let doc;
  try {
    doc = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new UserError(`${where}: ${e.message}`);
  }
  const need = (ok, field, why) => {
    if (!ok) throw new UserError(`${where}: ${field} ${why}`);
  };
  need(doc && Array.isArray(doc.runs) && doc.runs.length > 0, "runs", "must be a non-empty list of runs");
  const names = new Set();
  return doc.runs.map((r, i) => {
    const at = `runs[${i}]`;
    need(r && typeof r === "object", at, "must be an object");
    for (const k of Object.keys(r)) need(RUN_KEYS.has(k) || k.endsWith("_comment"), `${at}.${k}`, `is not a field of a run (${[...RUN_KEYS].join(", ")})`);
    need(typeof r.name === "string" && r.name.trim(), `${at}.name`, "must say what the run checks");
    need(!names.has(r.name), `${at}.name`, `"${r.name}" is used twice`);
    names.add(r.name);
    need(r.on === undefined || ["native", "sim"].includes(r.on) || /^with(?:out)?:[a-z_]+$/.test(r.on), `${at}.on`, `must be "native", "sim", "with:<board.json field>" or "without:<board.json field>"`);
    need(r.not_on === undefined || (r.not_on && typeof r.not_on === "object" && !Array.isArray(r.not_on) && Object.values(r.not_on).every((v) => typeof v === "string" && v.length > 0)),
      `${at}.not_on`, `must map board names to the reason the run is left out there`);
    need(r.exit === undefined || (Number.isInteger(r.exit) && r.exit >= 0 && r.exit <= 255), `${at}.exit`, "must be an exit code, 0 to 255");
    need(r.timeout_s === undefined || (Number.isFinite(r.timeout_s) && r.timeout_s > 0), `${at}.timeout_s`, "must be a positive number of seconds");
    const patterns = (list, field) => {
      need(list === undefined || Array.isArray(list), `${at}.${field}`, "must be a list of patterns");
      (list || []).forEach((p, j) => checkPattern(p, `${at}.${field}[${j}]`, need));
    };
    patterns(r.expect, "expect");
    patterns(r.expect_in_order, "expect_in_order");
    for (const [re, n] of Object.entries(r.expect_count || {})) {
      checkPattern(re, `${at}.expect_count`, need);
      need(Number.isInteger(n) && n >= 0, `${at}.expect_count`, `"${re}" must be a count of lines`);
    }
    (r.checks || []).forEach((c, j) => {
      need(typeof c.name === "string" && c.name, `${at}.checks[${j}].name`, "must say what the check checks");
      need(c.unless === undefined || checkRegex(c.unless), `${at}.checks[${j}].unless`, "is not a valid regular expression");
      need(c.expect !== undefined || c.decode !== undefined, `${at}.checks[${j}]`, "needs an expect or a decode pattern");
      if (c.expect !== undefined) checkPattern(c.expect, `${at}.checks[${j}].expect`, need);
      if (c.decode !== undefined) checkPattern(c.decode, `${at}.checks[${j}].decode`, need);
    });
    const udpStep = (t) => t && typeof t === "object" && Number.isInteger(t.udp_echo) && t.udp_echo > 0 && Object.keys(t).length === 1;
    if (Array.isArray(r.input)) r.input.forEach(([after, text], j) => need((typeof text === "string" || udpStep(text)) && checkRegex(after), `${at}.input[${j}]`, `must be ["after-regex", "text"] or ["after-regex", {"udp_echo": N}]`));
    else need(r.input === undefined || typeof r.input === "string", `${at}.input`, "must be a text or a list of [after, text]");
    need(r.input_after === undefined || checkRegex(r.input_after), `${at}.input_after`, "is not a valid regular expression");
    return { ...r, app: r.app || defaultApp, exit: r.harness ? r.exit : r.exit === undefined ? 0 : r.exit, file: where };
  });
}

function checkRegex(re) {
  if (typeof re !== "string") return false;
  try {
    new RegExp(re, "m");
    return true;
  } catch {
    return false;
  }
}

function checkPattern(p, field, need) {
  if (typeof p === "string") return need(checkRegex(p), field, `is not a valid regular expression: ${p}`);
  need(p && typeof p === "object" && (p.sim || p.native), field, `must be a regular expression, or { "sim": re, "native": re }`);
  for (const k of Object.keys(p)) need(k === "sim" || k === "native", `${field}.${k}`, `must be "sim" or "native"`);
  for (const re of Object.values(p)) need(checkRegex(re), field, `is not a valid regular expression: ${re}`);
}

/** The regex a pattern stands for on board `b`, or null (no check there). */
export function patternOn(p, b) {
  const src = typeof p === "string" ? p : b.arch === "sim" ? p.sim : p.native;
  return src ? new RegExp(src.replace(/\$\{board\}/g, b.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), "m") : null;
}

/** Whether run `r` applies to board `b`. */
export function runsOn(r, b) {
  if (r.not_on && Object.prototype.hasOwnProperty.call(r.not_on, b.name)) return false;
  const m = /^(with|without):(\w+)$/.exec(r.on || "");
  if (m) return (m[1] === "with") === (b[m[2]] !== undefined);
  return !r.on || (r.on === "sim") === (b.arch === "sim");
}

/** How long a run may take before it counts as hung: sim runs in Node,
 *  a board under QEMU with -icount (the suite images of the bigger boards
 *  run 70-odd tests: about a minute on an idle machine, more under load);
 *  a run's "timeout_s" may ask for more. In milliseconds. */
export function runTimeoutMs(r, b) {
  if (r && r.timeout_s) return r.timeout_s * 1000;
  return b.arch === "sim" ? 120000 : 300000;
}

/** The input of run `r` as runCapture takes it: { input, inputAfter }. */
export function runInput(r) {
  if (Array.isArray(r.input)) return { input: r.input.map(([after, text]) => [new RegExp(after, "m"), text]), inputAfter: null, live: r.input_live === true };
  return { input: r.input || "", inputAfter: r.input_after ? new RegExp(r.input_after, "m") : null };
}

/** Checks a finished run's output against `r`; returns the failures as
 *  { name, why } (name null: the run's own), in order. `b` is the board. */
export function judgeRun(r, b, { code, output }) {
  const fails = [];
  const mine = (why) => fails.push({ name: null, why });
  if (r.exit !== undefined && code !== r.exit) mine(`exit ${code}, expected ${r.exit}`);
  for (const p of r.expect || []) {
    const re = patternOn(p, b);
    if (re && !re.test(output)) mine(`output lacks ${re}`);
  }
  for (const [src, n] of Object.entries(r.expect_count || {})) {
    const re = new RegExp(patternOn(src, b).source, "gm");
    const got = (output.match(re) || []).length;
    if (got !== n) mine(`${got} lines match ${re}, expected ${n}`);
  }
  let from = 0;
  for (const p of r.expect_in_order || []) {
    const re = patternOn(p, b);
    if (!re) continue;
    const at = output.slice(from).search(re);
    if (at < 0) {
      mine(`${re} does not follow the previous pattern of expect_in_order`);
      break;
    }
    from += at;
  }
  return fails;
}

/** The named checks of run `r` on its output: [{ name, ok, why }], those
 *  whose `unless` matches left out. */
export function judgeChecks(r, b, output, image = null) {
  return (r.checks || [])
    .filter((c) => !(c.unless && new RegExp(c.unless, "m").test(output)))
    .map((c) => {
      if (c.decode !== undefined) return judgeDecode(r, b, c, output, image);
      const re = patternOn(c.expect, b);
      return { name: c.name, ok: !re || re.test(output), why: re ? `output lacks ${re}` : "" };
    });
}

/** A `decode` check: the run's output saved as a log
 *  (build/crash-logs/<board>-<run>.log), `ivt decode` run on it against
 *  the image's folder, and the report matched. */
function judgeDecode(r, b, c, output, image) {
  const re = patternOn(c.decode, b);
  if (!re) return { name: c.name, ok: true, why: "" };
  if (!image) return { name: c.name, ok: false, why: "no image to decode against (a harness run?)" };
  const log = path.join(BUILD, "crash-logs", `${b.name}-${r.name.replace(/[^A-Za-z0-9]+/g, "-").slice(0, 60)}.log`);
  fs.mkdirSync(path.dirname(log), { recursive: true });
  fs.writeFileSync(log, output);
  let report;
  try {
    report = decodeText(output, path.dirname(image), rel(log)).reports.join("\n");
  } catch (e) {
    return { name: c.name, ok: false, why: `ivt decode ${rel(log)} failed: ${e.message}` };
  }
  return { name: c.name, ok: re.test(report), why: `ivt decode's report lacks ${re}:\n${report}` };
}

/** Every test.json in the tree: [{ file, folderApp }] — apps/<name>/ (the
 *  app <name>) and tests/target/ (the suite, "tests"). */
export function declaredTestFiles() {
  const out = [];
  const apps = path.join(ROOT, "apps");
  for (const e of fs.readdirSync(apps, { withFileTypes: true }).filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const f = path.join(apps, e.name, "test.json");
    if (fs.existsSync(f)) out.push({ file: f, folderApp: e.name });
  }
  const suite = path.join(ROOT, "tests/target/test.json");
  if (fs.existsSync(suite)) out.push({ file: suite, folderApp: "tests" });
  // Other test images with a folder of their own (tests/isolation: an
  // image of several application modules).
  const tests = path.join(ROOT, "tests");
  for (const e of fs.readdirSync(tests, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== "target").sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const f = path.join(tests, e.name, "test.json");
    if (fs.existsSync(f)) out.push({ file: f, folderApp: e.name });
  }
  return out;
}
