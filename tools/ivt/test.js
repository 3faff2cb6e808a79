// make test: every test there is, ending with one line "N passed, N failed",
// with JUnit XML of the same in build/test-results.xml.
//
//   unit     as-pect specs of kernel logic on the host (tests/unit)
//   tools    node:test specs of the host tools (tests/tools)
//   target   per board: the runs declared in test.json files (the on-target
//            suite, the interrupt-load test and the crash images in
//            tests/target/test.json; each app's own in apps/<app>/test.json;
//            format in declared.js) and the board's own test images
//            (board.json "tests"); sim runs in Node, other boards in QEMU,
//            each with a timeout
//
// Everything is a job; jobs build and run their images in child processes,
// as many at once as the machine has cores (QEMU runs under -icount, so
// timing checks do not depend on the load). A job's lines are printed
// together when it ends, after a progress line: image k of n, time
// elapsed, time left (estimated from the last run's times, kept in
// build/test-times.json, or from defaults).
//
// `ivt test --board B` runs only board B's on-target part; `--only RE`
// only the declared runs whose "<board> <name>" matches RE (no host specs).

import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { boardForApp, boardNames, boardTestImages, loadBoard } from "./boards.js";
import { suiteImages } from "./gen.js";
import { honestTime, runCapture } from "./run.js";
import { runCaptured, UserError } from "./proc.js";
import { ROOT, BUILD, rel } from "./paths.js";
import { declaredTestFiles, judgeChecks, judgeRun, loadDeclaredRuns, runInput, runsOn, runTimeoutMs } from "./declared.js";
import { junitXml } from "./junit.js";
import { BuildWorkers } from "./buildworker.js";
import { udpSetup } from "./netrun.js";

const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, "");

/** The last lines of an output, indented, for a failure report. */
function tail(output, n = 15) {
  const cut = (l) => (l.length > 240 ? l.slice(0, 240) + " ..." : l);
  return output.trimEnd().split("\n").slice(-n).map((l) => `      | ${cut(l)}`).join("\n");
}

/** Counts and records results: each is a JUnit test case (suite, name,
 *  seconds, failure). Lines go to `print` (the console, or a job's
 *  buffer). */
export class Tally {
  constructor(print = (l) => console.log(l), parent = null) {
    this.passed = 0;
    this.failed = 0;
    this.cases = [];
    this.print = print;
    this.parent = parent;
  }
  record(c) {
    if (c.failure === undefined) this.passed++;
    else this.failed++;
    this.cases.push(c);
    if (this.parent) this.parent.record(c);
  }
  pass(name, suite = "") {
    this.record({ suite, name });
    this.print(`  ok    ${name}`);
  }
  fail(name, why, output = "", suite = "") {
    this.record({ suite, name, failure: why, output });
    this.print(`  FAIL  ${name}: ${why}`);
    if (output) this.print(tail(output));
  }
  /** Records cases counted elsewhere (a test runner's own lines) and
   *  prints one line for them. */
  addCases(name, cases) {
    cases.forEach((c) => this.record(c));
    const bad = cases.filter((c) => c.failure !== undefined).length;
    this.print(`  ${bad ? "FAIL" : "ok  "}  ${name}: ${cases.length - bad} passed, ${bad} failed`);
  }
  /** Counts without names (soak's per-iteration suites). */
  add(name, passed, failed) {
    const cases = [...Array(passed)].map((_, i) => ({ suite: name, name: `${name} #${i + 1}` }));
    for (let i = 0; i < failed; i++) cases.push({ suite: name, name: `${name} failure #${i + 1}`, failure: "failed" });
    this.addCases(name, cases);
  }
}

/** At most `n` at once, first come first served, except that `urgent`
 *  work goes before the rest: an image that is built runs next, so that
 *  results (and the progress line) come while the other images build. */
class Slots {
  constructor(n) {
    this.free = n;
    this.urgent = [];
    this.waiting = [];
  }
  async with(work, { urgent = false } = {}) {
    if (this.free > 0) this.free--;
    else await new Promise((go) => (urgent ? this.urgent : this.waiting).push(go));
    try {
      return await work();
    } finally {
      const next = this.urgent.shift() || this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

/** One process per CPU. */
const JOBS = Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);

/** A build's limit: the largest images take about 20 s, minutes under load. */
const BUILD_TIMEOUT_MS = 300000;

const TIMES_FILE = path.join(BUILD, "test-times.json");

/** Seconds an image's build and run are expected to take when the last
 *  run's times are not at hand. */
function defaultEstimate(b, app) {
  if (b.arch === "sim") return app === "tests" ? 60 : 6;
  return app === "tests" ? 90 : /^suite-/.test(app) ? 45 : /^tests-/.test(app) ? 12 : 15;
}

/** Image k of n, elapsed and left. */
class Progress {
  constructor(print) {
    this.print = print;
    this.started = Date.now();
    this.last = fs.existsSync(TIMES_FILE) ? JSON.parse(fs.readFileSync(TIMES_FILE, "utf8")) : {};
    this.times = {};
    this.planned = new Map(); // key -> estimated seconds
    this.doneEstimate = 0;
    this.doneActual = 0;
    this.done = 0;
  }
  plan(key, estimate) {
    this.planned.set(key, this.last[key] !== undefined ? this.last[key] : estimate);
  }
  finish(key, seconds, label) {
    this.done++;
    this.times[key] = Math.round(seconds * 10) / 10;
    this.doneEstimate += this.planned.get(key) || seconds;
    this.doneActual += seconds;
    const left = [...this.planned.entries()].filter(([k]) => this.times[k] === undefined).reduce((s, [, e]) => s + e, 0);
    // Slot-seconds left, scaled by how the estimates have held so far.
    const scale = this.doneEstimate ? this.doneActual / this.doneEstimate : 1;
    const eta = (left * scale) / JOBS;
    this.print(`[${this.done}/${this.planned.size}] ${clock((Date.now() - this.started) / 1000)} elapsed, about ${clock(eta)} left: ${label} (${seconds.toFixed(0)} s)`);
  }
  save() {
    fs.mkdirSync(BUILD, { recursive: true });
    fs.writeFileSync(TIMES_FILE, JSON.stringify({ ...this.last, ...this.times }, null, 1) + "\n");
  }
}

/** m:ss of `s` seconds, rounded to the second first (59.6 s is 1:00, not 0:60). */
export const clock = (s) => {
  const r = Math.round(s);
  return `${Math.floor(r / 60)}:${String(r % 60).padStart(2, "0")}`;
};

/** The tool the build workers run: the one running now. From the bundle
 *  (make test) the bundle; from the sources (`node tools/ivt/main.js
 *  test`) the sources, not a bundle that may be older than them: an older
 *  bundle would translate with its own rewrites and leave the result
 *  newer than the sources, so that no later build made it again. */
const HERE = fileURLToPath(import.meta.url);
export const WORKER_TOOL = path.basename(HERE) === "test.js" ? path.join(path.dirname(HERE), "main.js") : HERE;

/** What the jobs of one `make test` (or soak) share: the CPU slots, the
 *  builds made so far, the progress count. */
export class Runner {
  constructor(tally) {
    this.tally = tally;
    this.slots = new Slots(JOBS);
    this.builds = new Map();
    this.firstBuild = new Map();
    this.progress = new Progress((l) => console.log(l));
    this.workers = new BuildWorkers(WORKER_TOOL);
  }

  /** Ends the build workers (their pipes would keep the process alive). */
  close() {
    this.workers.close();
  }

  /** Builds `app` for `b` in a build worker (once per make test): resolves
   *  to { image, seconds } or { error }. A board's first build runs before
   *  its others: it writes the board's generated files, which they read. */
  build(b, app) {
    const key = `${b.name}/${app}`;
    if (!this.builds.has(key)) {
      const first = this.firstBuild.get(b.name);
      const start = first ? first.then(() => this.buildChild(b, app)) : this.buildChild(b, app);
      if (!first) this.firstBuild.set(b.name, start);
      this.builds.set(key, start);
    }
    return this.builds.get(key);
  }

  buildChild(b, app) {
    return this.slots.with(async () => {
      const t0 = Date.now();
      const r = await this.workers.build(b.name, app, BUILD_TIMEOUT_MS);
      return r.error !== undefined ? r : { image: r.image, seconds: (Date.now() - t0) / 1000 };
    });
  }

  /** Builds and runs one image; resolves to { code, output } or null when
   *  it could not be built or hung (recorded in `t` as a failure). Counts
   *  one image for the progress line. */
  async run(t, b, app, name, { input = "", inputAfter = null, live = false, timeoutMs = runTimeoutMs(null, b) } = {}) {
    const built = await this.build(b, app);
    if (built.error) {
      t.fail(name, "build failed", built.error, b.name);
      return null;
    }
    const bb = boardForApp(b, app);
    // A build shared by several runs counts for the first.
    if (!built.counted) t.busy += built.seconds;
    built.counted = true;
    const udp = await udpSetup(bb, app);
    const r = await this.timed(t, () => runCapture(bb, path.resolve(ROOT, built.image), { timeoutMs, qemuExtra: honestTime(bb), input, inputAfter, udp, live }), { urgent: true });
    r.output = r.output.replace(/\r/g, "");
    r.image = path.resolve(ROOT, built.image);
    if (r.timedOut) {
      t.fail(name, `hung: no exit within ${timeoutMs / 1000} s`, r.output, b.name);
      return null;
    }
    return r;
  }

  /** Runs `work()` in a slot, adding the seconds it held it to `t.busy`
   *  (the job's time for the progress estimate, without its wait). */
  timed(t, work, opts = {}) {
    return this.slots.with(async () => {
      const t0 = Date.now();
      try {
        return await work();
      } finally {
        t.busy += (Date.now() - t0) / 1000;
      }
    }, opts);
  }

  /** Runs `work(jobTally)` with its lines held back and printed together
   *  with a progress line for each of `images` ([key, label]) when done. */
  async job(images, work) {
    const lines = [];
    const t = new Tally((l) => lines.push(l), this.tally);
    t.busy = 0; // seconds its builds and runs held a slot
    const t0 = Date.now();
    try {
      await work(t);
    } catch (e) {
      t.fail(images.map(([, l]) => l).join(", "), e instanceof UserError ? e.message : String(e.stack || e));
    }
    const seconds = t.busy || (Date.now() - t0) / 1000;
    images.forEach(([key, label]) => this.progress.finish(key, seconds / images.length, label));
    lines.forEach((l) => console.log(l));
  }
}

/** The default runner for callers outside runTests (soak), which end it
 *  with closeSharedRunner. */
let shared = null;
const runnerFor = (t) => {
  if (shared && shared.tally === t) return shared;
  if (shared) shared.close();
  return (shared = new Runner(t));
};
export function closeSharedRunner() {
  if (shared) shared.close();
  shared = null;
}

/** Tallies one harness image's output: each "ok - " / "FAIL - " line is a
 *  case; the summary line must agree and the exit status match. */
function tallyHarness(t, name, suite, r) {
  const lines = r.output.split("\n");
  const cases = [];
  for (const l of lines) {
    if (l.startsWith("ok - ")) cases.push({ suite, name: l.slice(5) });
    else if (l.startsWith("FAIL - ")) cases.push({ suite, name: l.slice(7), failure: l.slice(7), output: "" });
  }
  cases.filter((c) => c.failure !== undefined).forEach((c) => t.print(`      | FAIL - ${c.name}`));
  const summary = /^target tests: (\d+) passed, (\d+) failed$/m.exec(r.output);
  const bad = cases.filter((c) => c.failure !== undefined).length;
  t.addCases(name, cases);
  if (!summary) t.fail(name, `ended without its summary (exit ${r.code}): crashed`, r.output, suite);
  else if (Number(summary[1]) !== cases.length - bad || Number(summary[2]) !== bad) t.fail(name, "summary disagrees with the test lines", r.output, suite);
  else if (r.code !== (bad ? 1 : 0)) t.fail(name, `exit ${r.code}`, r.output, suite);
}

/** Runs an app built on the harness and tallies its test lines. A board
 *  that splits the suite (board.json "suite_split") runs it as one image
 *  per group or test, built and run side by side. Resolves to { output }
 *  of the images that ran, joined, or null if none did. */
export async function harnessSuite(t, b, app, name, runner = runnerFor(t.parent || t)) {
  const images = suiteImages(b, app);
  images.forEach((image) => runner.progress.plan(`${b.name}/${image}`, defaultEstimate(b, image)));
  const outputs = [];
  await Promise.all(
    images.map((image) =>
      runner.job([[`${b.name}/${image}`, `${b.name} ${image}`]], async (jt) => {
        const part = images.length > 1 ? `${name} (${image})` : name;
        const r = await runner.run(jt, b, image, part);
        if (!r) return;
        outputs.push(r.output);
        tallyHarness(jt, part, `${b.name}`, r);
      }),
    ),
  );
  return outputs.length ? { output: outputs.join("\n") } : null;
}

/** The jobs of one declared run on board `b`. */
function planRun(runner, b, r) {
  if (r.harness) suiteImages(b, r.app).forEach((image) => runner.progress.plan(`${b.name}/${image}`, defaultEstimate(b, image)));
  else runner.progress.plan(`${b.name}/${r.app}#${r.name}`, defaultEstimate(b, r.app));
}

async function declaredRun(runner, b, r) {
  const name = `${b.name} ${r.name}`;
  if (r.harness) {
    const suite = await harnessSuite(runner.tally, b, r.app, name, runner);
    if (suite && r.checks) {
      for (const c of judgeChecks(r, b, suite.output)) {
        if (c.ok) runner.tally.pass(`${b.name} ${c.name}`, b.name);
        else runner.tally.fail(`${b.name} ${c.name}`, c.why, suite.output, b.name);
      }
    }
    return;
  }
  const key = `${b.name}/${r.app}#${r.name}`;
  await runner.job([[key, `${b.name} ${r.app}`]], async (t) => {
    const out = await runner.run(t, b, r.app, name, { ...runInput(r), timeoutMs: runTimeoutMs(r, b) });
    if (!out) return;
    const fails = judgeRun(r, b, out);
    if (fails.length) t.fail(name, fails[0].why, out.output, b.name);
    else t.pass(name, b.name);
    for (const c of judgeChecks(r, b, out.output, out.image)) {
      if (c.ok) t.pass(`${b.name} ${c.name}`, b.name);
      else t.fail(`${b.name} ${c.name}`, c.why, out.output, b.name);
    }
  });
}

/** Every declared run of every test.json, and the board's own images. */
function boardRuns(b) {
  const runs = [];
  for (const { file, folderApp } of declaredTestFiles()) runs.push(...loadDeclaredRuns(file, folderApp).filter((r) => runsOn(r, b)));
  // The board's own test images (board.json "tests"): sim's fault device, MPS2's CMSDK timer.
  for (const [app, what] of boardTestImages(b)) runs.push({ name: what, app, harness: true });
  return runs;
}

async function unitTests(runner) {
  const asp = path.join(ROOT, "node_modules/@as-pect/cli/bin/asp.js");
  if (!fs.existsSync(asp)) throw new UserError("as-pect is not installed: run `make setup` (it runs npm ci)");
  await runner.job([["unit", "unit tests (as-pect, host)"]], async (t) => {
    const r = await runner.timed(t, () =>
      runCaptured(process.execPath, [asp, "--config", "tests/unit/as-pect.config.js", "--as-config", "tests/unit/as-pect.asconfig.json", "--verbose"], { timeoutMs: 300000 }),
    );
    const out = stripAnsi(r.output);
    const cases = asPectCases(out);
    const m = /\[Tests\]:\s*(\d+)\s*\/\s*(\d+)/.exec(out);
    if (!m) return t.fail("as-pect", `no summary (exit ${r.code}${r.timedOut ? ", timed out" : ""})`, out, "unit");
    cases.filter((c) => c.failure !== undefined).forEach((c) => t.print(`      | ${c.suite}: ${c.name}`));
    t.addCases("as-pect specs", cases);
    if (cases.length !== Number(m[2])) t.fail("as-pect", `${cases.length} spec lines read, the summary counts ${m[2]}`, out, "unit");
    if (r.code !== 0 && Number(m[1]) === Number(m[2])) t.fail("as-pect", `exit ${r.code} with all specs passing`, out, "unit");
  });
}

/** as-pect's verbose lines: "[Describe]: group", "[Success]: ✔ name",
 *  "[Fail]: ✖ name", "[File]: path" after its file's specs (the marks are
 *  read as whatever bytes they arrive as: the output is decoded as latin1). */
function asPectCases(out) {
  const cases = [];
  let pending = [];
  let group = "";
  for (const line of out.split("\n")) {
    let m;
    if ((m = /^\s*\[Describe\]:\s*(.*)$/.exec(line))) group = m[1].trim();
    else if ((m = /^\s*\[Success\]:\s*\S+\s+(.*)$/.exec(line))) pending.push({ group, name: m[1].trim() });
    else if ((m = /^\s*\[Fail\]:\s*\S+\s+(.*)$/.exec(line))) pending.push({ group, name: m[1].trim(), failure: "failed" });
    else if ((m = /^\s*\[File\]:\s*(.*)$/.exec(line))) {
      const file = m[1].trim();
      cases.push(...pending.map((c) => ({ suite: `unit ${file}`, name: `${c.group}: ${c.name}`, ...(c.failure ? { failure: c.failure, output: "" } : {}) })));
      pending = [];
    }
  }
  return cases;
}

/** The YAML block node --test prints after a failed test's line. */
function failureDetail(output, name) {
  const at = output.indexOf(`- ${name}\n`);
  return at < 0 ? "" : output.slice(at, at + 3000).split("\n  ...")[0];
}

/** The tool specs: one job per file, so that the long ones (they build
 *  and run images of their own) share the CPUs with the rest. */
function toolTestFiles() {
  return fs.readdirSync(path.join(ROOT, "tests/tools")).filter((f) => f.endsWith(".test.js")).sort();
}

async function toolTests(runner, file) {
  const key = `tools/${file}`;
  await runner.job([[key, `tool tests ${file}`]], async (t) => {
    const r = await runner.timed(t, () => runCaptured(process.execPath, ["--test", "--test-reporter=tap", path.join("tests/tools", file)], { timeoutMs: 900000 }));
    const pass = /^# pass (\d+)/m.exec(r.output);
    const fail = /^# fail (\d+)/m.exec(r.output);
    if (!pass || !fail) return t.fail(`tool tests ${file}`, `no summary (exit ${r.code}${r.timedOut ? ", timed out" : ""})`, r.output, "tools");
    // One case per top-level test (subtests, indented, count with their
    // test), as node --test counts them.
    const cases = [];
    for (const line of r.output.split("\n")) {
      const m = /^(not ok|ok) \d+ - (.*?)(?: # .*)?$/.exec(line);
      if (!m) continue;
      const name = m[2].trim();
      if (m[1] === "ok") cases.push({ suite: `tools ${file}`, name });
      else {
        cases.push({ suite: `tools ${file}`, name, failure: "failed", output: failureDetail(r.output, name) });
        t.print(`      | not ok: ${name}`);
        t.print(tail(failureDetail(r.output, name), 12));
      }
    }
    if (cases.length !== Number(pass[1]) + Number(fail[1])) {
      // The TAP shape changed: count as node --test counts, without names.
      t.add(`tool specs ${file}`, Number(pass[1]), Number(fail[1]));
    } else t.addCases(`tool specs ${file}`, cases);
  });
}

/** Runs the tests; returns the process exit code. */
export async function runTests({ board, only }) {
  const started = Date.now();
  const t = new Tally();
  const runner = new Runner(t);
  const boards = board ? [loadBoard(board)] : boardNames().map(loadBoard);
  console.log(`make test: ${board ? `board ${board}` : "everything"}, ${JOBS} jobs at a time`);
  const jobs = [];
  // Every run of every board is planned before any ends, so that the
  // progress line counts them all. Slots go first come, first served: the
  // long suites first, then the host's specs, then the short runs.
  const pick = only ? onlyPattern(only) : null;
  const all = boards.flatMap((b) => boardRuns(b).filter((r) => !pick || pick.test(`${b.name} ${r.name}`)).map((r) => [b, r]));
  all.sort(([b1, r1], [b2, r2]) => weight(b2, r2) - weight(b1, r1));
  for (const [b, r] of all) planRun(runner, b, r);
  const long = all.filter(([b, r]) => r.harness);
  for (const [b, r] of long) jobs.push(declaredRun(runner, b, r));
  if (!board && !only) {
    runner.progress.plan("unit", 60);
    jobs.push(unitTests(runner));
    for (const f of toolTestFiles()) {
      runner.progress.plan(`tools/${f}`, 20);
      jobs.push(toolTests(runner, f));
    }
  }
  for (const [b, r] of all.filter(([b, r]) => !r.harness)) jobs.push(declaredRun(runner, b, r));
  try {
    await Promise.all(jobs);
  } finally {
    runner.close();
  }
  runner.progress.save();
  const xml = path.join(BUILD, "test-results.xml");
  fs.writeFileSync(xml, junitXml(t.cases, (Date.now() - started) / 1000));
  console.log(`JUnit XML: ${rel(xml)}; ${clock((Date.now() - started) / 1000)} in all`);
  console.log(`${t.passed} passed, ${t.failed} failed`);
  return t.failed ? 1 : 0;
}

/** The regex of --only (ONLY=), or a UserError saying what is wrong. */
function onlyPattern(only) {
  try {
    return new RegExp(only);
  } catch (e) {
    throw new UserError(`test: --only (ONLY=) must be a regular expression matching "<board> <run name>": ${e.message}`);
  }
}

/** Order of the runs: harness suites (the long ones) first. */
function weight(b, r) {
  return (r.harness ? 1000 : 0) + (r.app === "tests" ? 1000 : 0) + defaultEstimate(b, r.app);
}
