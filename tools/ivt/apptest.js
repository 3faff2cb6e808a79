// An app's own tests, declared by the app folder, not by the tools: the
// file <app>/test.json lists runs of the app's image, each with the console
// input it gets, the exit code it must end with and the lines its output
// must have (docs/apps.md):
//
//   { "runs": [ { "name": "prints and exits 0", "input": "", "exit": 0,
//                 "expect": ["^hello from main$", "done"] } ] }
//
// `ivt test --app <dir> [--board B]` runs them; `make test` runs those of
// the apps it knows (tools/ivt/test.js calls runAppTests).

import fs from "node:fs";
import path from "node:path";
import { boardForApp, loadBoard } from "./boards.js";
import { buildImage } from "./build.js";
import { appDir, rel, resolveApp } from "./paths.js";
import { UserError } from "./proc.js";
import { runCapture } from "./run.js";

export const APP_TEST_FILE = "test.json";

/** How long one run may take: sim runs in Node, a board under QEMU with
 *  -icount; a run's "timeout_s" may ask for more. */
const TIMEOUT_S = { sim: 120, native: 300 };

const RUN_KEYS = ["name", "input", "input_after", "exit", "expect", "timeout_s"];

/** Reads and checks <dir>/test.json; returns its runs with the patterns
 *  compiled: [{ name, input, inputAfter, exit, expect: [RegExp], timeoutS }].
 *  Throws a UserError naming the file and the field that is wrong. */
export function readAppTests(dir) {
  const file = path.join(dir, APP_TEST_FILE);
  const where = rel(file).startsWith("..") ? file : rel(file);
  if (!fs.existsSync(file)) throw new UserError(`${where}: no such file: an app declares its tests there (docs/apps.md)`);
  let spec;
  try {
    spec = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new UserError(`${where}: ${e.message}`);
  }
  const bad = (field, why) => new UserError(`${where}: ${field} ${why}`);
  if (!spec || !Array.isArray(spec.runs) || spec.runs.length === 0) throw bad("runs", "must be a non-empty list of runs");
  const names = new Set();
  const regex = (field, s) => {
    if (typeof s !== "string") throw bad(field, "must be a regular expression, as a string");
    try {
      return new RegExp(s, "m");
    } catch (e) {
      throw bad(field, `is not a valid regular expression: ${e.message}`);
    }
  };
  return spec.runs.map((r, i) => {
    const at = `runs[${i}]`;
    if (!r || typeof r !== "object" || Array.isArray(r)) throw bad(at, "must be an object");
    for (const k of Object.keys(r)) if (!RUN_KEYS.includes(k) && !k.endsWith("_comment")) throw bad(`${at}.${k}`, `is not a field of a run (${RUN_KEYS.join(", ")})`);
    if (typeof r.name !== "string" || !r.name.trim()) throw bad(`${at}.name`, "must say what the run checks");
    if (names.has(r.name)) throw bad(`${at}.name`, `"${r.name}" is used twice`);
    names.add(r.name);
    if (r.input !== undefined && typeof r.input !== "string") throw bad(`${at}.input`, "must be a string (typed at the console)");
    const exit = r.exit === undefined ? 0 : r.exit;
    if (!Number.isInteger(exit) || exit < 0 || exit > 255) throw bad(`${at}.exit`, "must be an exit code, 0 to 255");
    if (!Array.isArray(r.expect)) throw bad(`${at}.expect`, "must be a list of regular expressions the output must match");
    if (r.timeout_s !== undefined && !(Number.isFinite(r.timeout_s) && r.timeout_s > 0)) throw bad(`${at}.timeout_s`, "must be a positive number of seconds");
    return {
      name: r.name,
      input: r.input || "",
      inputAfter: r.input_after === undefined ? null : regex(`${at}.input_after`, r.input_after),
      exit,
      expect: r.expect.map((s, j) => regex(`${at}.expect[${j}]`, s)),
      timeoutS: r.timeout_s,
    };
  });
}

/** The last lines of an output, indented, for a failure report. */
const tail = (output, n = 15) => output.trimEnd().split("\n").slice(-n).map((l) => `      | ${l}`).join("\n");

/**
 * Runs an app's tests (<app folder>/test.json) on one board: builds its
 * image, runs it once per run with the run's input (under QEMU with the
 * board's -icount), and checks the exit code and every "expect" pattern.
 * Prints "  ok    <app> on <board>: <run>" or "  FAIL  ...: <why>" and the
 * output's tail per run.
 *
 * board: a board name or a loaded board (boards.js loadBoard).
 * appDir: the app's folder, its main .ts file, or a name of the tree
 *   (paths.js resolveApp; a relative path is taken from the current directory).
 * log: where the lines go (default console.log).
 * Returns (a Promise of) { passed, failed, runs: [{ name, ok, why, output }] };
 * a build failure is one failed run named "build". Throws a UserError for
 * an unknown board, a path that is not an app, or a test.json that is not
 * well formed. Host tool.
 */
export async function runAppTests(board, appDir_, { log = console.log } = {}) {
  const app = resolveApp(appDir_);
  let b = typeof board === "string" ? loadBoard(board) : board;
  const runs = readAppTests(appDir(app));
  b = boardForApp(b, app);
  const label = `${path.basename(appDir(app))} on ${b.name}`;
  const result = { passed: 0, failed: 0, runs: [] };
  const record = (name, ok, why = "", output = "") => {
    result.runs.push({ name, ok, why, output });
    if (ok) {
      result.passed++;
      log(`  ok    ${label}: ${name}`);
    } else {
      result.failed++;
      log(`  FAIL  ${label}: ${name}: ${why}`);
      if (output) log(tail(output));
    }
  };
  let image;
  try {
    image = buildImage(b, app);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    record("build", false, "build failed", e.message);
    return result;
  }
  const native = b.arch !== "sim";
  const qemuExtra = native && b.qemu.icount ? ["-icount", b.qemu.icount] : [];
  for (const r of runs) {
    const timeoutS = r.timeoutS || (native ? TIMEOUT_S.native : TIMEOUT_S.sim);
    const out = await runCapture(b, image, { timeoutMs: timeoutS * 1000, input: r.input, inputAfter: r.inputAfter, qemuExtra });
    const output = out.output.replace(/\r/g, "");
    if (out.timedOut) record(r.name, false, `hung: no exit within ${timeoutS} s`, output);
    else if (out.code !== r.exit) record(r.name, false, `exit ${out.code}, expected ${r.exit}`, output);
    else {
      const missing = r.expect.find((p) => !p.test(output));
      if (missing) record(r.name, false, `output lacks ${missing}`, output);
      else record(r.name, true, "", output);
    }
  }
  return result;
}
