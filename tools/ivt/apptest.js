// An app's own tests, declared by the app folder, not by the tools: the
// file <app>/test.json lists runs of the app's image, each with the console
// input it gets, the exit code it must end with and the lines its output
// must have (docs/apps.md):
//
//   { "runs": [ { "name": "prints and exits 0", "input": "", "exit": 0,
//                 "expect": ["^hello from main$", "done"] } ] }
//
// The format is declared.js's, the same as for the apps and tests of the
// tree. `ivt test --app <dir> [--board B]` runs them; `make test` runs the
// tree's own (apps/*/test.json, tests/target/test.json) on every board.

import path from "node:path";
import { boardForApp, loadBoard } from "./boards.js";
import { buildImage } from "./build.js";
import { appDir, resolveApp } from "./paths.js";
import { UserError } from "./proc.js";
import { honestTime, runCapture } from "./run.js";
import { judgeChecks, judgeRun, loadDeclaredRuns, runInput, runsOn, runTimeoutMs } from "./declared.js";

export const APP_TEST_FILE = "test.json";

/** Reads and checks <dir>/test.json (the format: declared.js); returns
 *  its runs. Throws a UserError naming the file and the field that is
 *  wrong. */
export function readAppTests(dir, app = path.basename(dir)) {
  return loadDeclaredRuns(path.join(dir, APP_TEST_FILE), app);
}

/** The last lines of an output, indented, for a failure report. */
const tail = (output, n = 15) => output.trimEnd().split("\n").slice(-n).map((l) => `      | ${l}`).join("\n");

/**
 * Runs an app's tests (<app folder>/test.json) on one board: builds its
 * image, runs it once per run with the run's input (under QEMU with the
 * board's -icount), and checks the exit code and the patterns.
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
  const runs = readAppTests(appDir(app), app).filter((r) => runsOn(r, b));
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
  const images = new Map();
  for (const r of runs) {
    const bb = boardForApp(b, r.app);
    let image = images.get(r.app);
    if (!image) {
      try {
        image = await buildImage(bb, r.app);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        record("build", false, "build failed", e.message);
        return result;
      }
      images.set(r.app, image);
    }
    const timeoutMs = runTimeoutMs(r, bb);
    const out = await runCapture(bb, image, { timeoutMs, ...runInput(r), qemuExtra: honestTime(bb) });
    const output = out.output.replace(/\r/g, "");
    if (out.timedOut) {
      record(r.name, false, `hung: no exit within ${timeoutMs / 1000} s`, output);
      continue;
    }
    const fails = judgeRun(r, bb, { code: out.code, output });
    // A harness image (tests/target/harness.ts): its summary must say no test failed.
    const summary = /^target tests: (\d+) passed, (\d+) failed$/m.exec(output);
    if (r.harness && (!summary || summary[2] !== "0" || out.code !== 0)) fails.push({ why: summary ? `${summary[2]} harness tests failed (exit ${out.code})` : `no harness summary (exit ${out.code})` });
    record(r.name, fails.length === 0, fails.length ? fails[0].why : "", output);
    for (const c of judgeChecks(r, bb, output, image)) record(c.name, c.ok, c.why, output);
  }
  return result;
}
