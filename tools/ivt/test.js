// make test: every test there is, ending with one line "N passed, N failed".
//
//   unit     as-pect specs of kernel logic on the host (tests/unit)
//   tools    node:test specs of the host tools (tests/tools)
//   target   per board: the on-target suite (tests/target/main.ts), the
//            board's own test images (board.json "tests"), the demo, the
//            console, and the images that must crash cleanly (trap-boot, ...);
//            sim runs in Node, other boards in QEMU, each with a timeout
//
// `ivt test --board B` runs only board B's on-target part.

import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { boardForApp, boardNames, boardTestImages, loadBoard } from "./boards.js";
import { buildImage } from "./build.js";
import { suiteImages } from "./gen.js";
import { BUNDLE, runCapture } from "./run.js";
import { runCaptured, UserError } from "./proc.js";
import { ROOT } from "./paths.js";

const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, "");

/** The last lines of an output, indented, for a failure report. */
function tail(output, n = 15) {
  const cut = (l) => (l.length > 240 ? l.slice(0, 240) + " ..." : l);
  return output.trimEnd().split("\n").slice(-n).map((l) => `      | ${cut(l)}`).join("\n");
}

export class Tally {
  constructor() {
    this.passed = 0;
    this.failed = 0;
  }
  pass(name) {
    this.passed++;
    console.log(`  ok    ${name}`);
  }
  fail(name, why, output = "") {
    this.failed++;
    console.log(`  FAIL  ${name}: ${why}`);
    if (output) console.log(tail(output));
  }
  add(name, passed, failed) {
    this.passed += passed;
    this.failed += failed;
    console.log(`  ${failed ? "FAIL" : "ok  "}  ${name}: ${passed} passed, ${failed} failed`);
  }
}

async function unitTests(t) {
  console.log("unit tests (as-pect, host)");
  const asp = path.join(ROOT, "node_modules/@as-pect/cli/bin/asp.js");
  if (!fs.existsSync(asp)) throw new UserError("as-pect is not installed: run `make setup` (it runs npm ci)");
  const r = await runCaptured(process.execPath, [
    asp, "--config", "tests/unit/as-pect.config.js", "--as-config", "tests/unit/as-pect.asconfig.json",
  ], { timeoutMs: 300000 });
  const out = stripAnsi(r.output);
  const m = /\[Tests\]:\s*(\d+)\s*\/\s*(\d+)/.exec(out);
  if (!m) return t.fail("as-pect", `no summary (exit ${r.code}${r.timedOut ? ", timed out" : ""})`, out);
  for (const line of out.split("\n")) if (/Failed:|✖/.test(line)) console.log(`      | ${line.trim()}`);
  t.add("as-pect specs", Number(m[1]), Number(m[2]) - Number(m[1]));
  if (r.code !== 0 && Number(m[1]) === Number(m[2])) t.fail("as-pect", `exit ${r.code} with all specs passing`, out);
}

async function toolTests(t) {
  console.log("tool tests (node:test)");
  const files = fs.readdirSync(path.join(ROOT, "tests/tools")).filter((f) => f.endsWith(".test.js"));
  const r = await runCaptured(process.execPath, ["--test", ...files.map((f) => path.join("tests/tools", f))], {
    timeoutMs: 600000,
  });
  const pass = /^# pass (\d+)/m.exec(r.output);
  const fail = /^# fail (\d+)/m.exec(r.output);
  if (!pass || !fail) return t.fail("node --test", `no summary (exit ${r.code})`, r.output);
  for (const line of r.output.split("\n")) if (/^not ok/.test(line.trim())) console.log(`      | ${line.trim()}`);
  t.add("tool specs", Number(pass[1]), Number(fail[1]));
}

// The suite images of the bigger boards run 70-odd tests under -icount:
// about a minute on an idle machine, more under load.
const TIMEOUT_MS = { sim: 120000, native: 300000 };

/** Builds and runs `app` on `b`; returns the capture or records a build failure. */
async function run(t, b, app, name, input = "", inputAfter = null) {
  b = boardForApp(b, app);
  let image;
  try {
    image = buildImage(b, app);
  } catch (e) {
    t.fail(name, "build failed", e.message);
    return null;
  }
  // Under QEMU, -icount makes virtual time a function of executed
  // instructions: timing checks then give the same answer on a loaded machine.
  const qemuExtra = b.qemu && b.qemu.icount ? ["-icount", b.qemu.icount] : [];
  const r = await runCapture(b, image, { timeoutMs: b.arch === "sim" ? TIMEOUT_MS.sim : TIMEOUT_MS.native, qemuExtra, input, inputAfter });
  r.output = r.output.replace(/\r/g, "");
  if (r.timedOut) {
    t.fail(name, `hung: no exit within ${(b.arch === "sim" ? TIMEOUT_MS.sim : TIMEOUT_MS.native) / 1000} s`, r.output);
    return null;
  }
  return r;
}

/** Expects exit `code` and every pattern in the output. */
function expectRun(t, name, r, code, patterns) {
  if (!r) return;
  if (r.code !== code) return t.fail(name, `exit ${r.code}, expected ${code}`, r.output);
  for (const p of patterns) if (!p.test(r.output)) return t.fail(name, `output lacks ${p}`, r.output);
  t.pass(name);
}

/** Images built or run at once: one per CPU (QEMU runs under -icount, so
 *  figures and timing checks do not depend on the load). */
const JOBS = Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);

/** Calls `work(item)` for every item, at most `jobs` at a time; resolves to
 *  the results in the items' order. */
async function inParallel(items, jobs, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}

/** Builds the images in child processes, JOBS at a time (a build is
 *  synchronous in this process). A failed build is left to `run`, which
 *  builds again here and reports it with the compiler's words. */
async function buildInParallel(b, images) {
  // The first one alone: it writes the board's generated files, which the
  // others then only read.
  await inParallel(images.slice(0, 1), 1, buildChild(b));
  await inParallel(images.slice(1), JOBS, buildChild(b));
}

/** A function that builds one image of `b` in a child process. */
function buildChild(b) {
  return (image) =>
    runCaptured(process.execPath, [BUNDLE, "build", "--board", b.name, "--app", image], { timeoutMs: TIMEOUT_MS.native });
}

/** Runs an app built on the harness and tallies its test lines. A board
 *  that splits the suite (board.json "suite_split") runs it as one image per
 *  group or test, built and run JOBS at a time, and its lines are tallied as
 *  one suite (a failure names the image). Returns { output } of the images
 *  that ran, joined, or null if none did. */
export async function harnessSuite(t, b, app, name) {
  const images = suiteImages(b, app);
  const total = { passed: 0, failed: 0, counted: false };
  // One image: tallied at once, as it always was; several: once at the end.
  const add = images.length > 1 ? (n, ok, bad) => Object.assign(total, { passed: total.passed + ok, failed: total.failed + bad, counted: true }) : (n, ok, bad) => t.add(n, ok, bad);
  const part = (image) => (images.length > 1 ? `${name} (${image})` : name);
  if (images.length > 1) {
    const started = Date.now();
    await buildInParallel(b, images);
    console.log(`  ...   ${name}: ${images.length} images built in ${Math.round((Date.now() - started) / 1000)} s, ${JOBS} at a time`);
  }
  const runs = await inParallel(images, images.length > 1 ? JOBS : 1, (image) => run(t, b, image, part(image)));
  const outputs = [];
  images.forEach((image, i) => {
    const suite = runs[i];
    if (!suite) return;
    outputs.push(suite.output);
    const lines = suite.output.split("\n");
    const ok = lines.filter((l) => l.startsWith("ok - ")).length;
    const bad = lines.filter((l) => l.startsWith("FAIL - "));
    const summary = /^target tests: (\d+) passed, (\d+) failed$/m.exec(suite.output);
    bad.forEach((l) => console.log(`      | ${l}`));
    if (!summary) {
      add(name, ok, bad.length);
      t.fail(part(image), `ended without its summary (exit ${suite.code}): crashed`, suite.output);
    } else if (Number(summary[1]) !== ok || Number(summary[2]) !== bad.length) {
      t.fail(part(image), "summary disagrees with the test lines", suite.output);
    } else {
      add(name, ok, bad.length);
      if (suite.code !== (bad.length ? 1 : 0)) t.fail(part(image), `exit ${suite.code}`, suite.output);
    }
  });
  if (total.counted) t.add(`${name} (${images.length} images, one per ${b.suite_split})`, total.passed, total.failed);
  return outputs.length ? { output: outputs.join("\n") } : null;
}

/** Thirty commands typed at once into the console app (more than its
 *  receive ring holds): every one must be answered, nothing dropped. */
async function typeAhead(t, b) {
  const name = `${b.name} console: 30 commands typed at once are all answered`;
  const input = "help\n".repeat(30) + "console\nquit\n";
  const r = await run(t, b, "console", `${b.name} console type-ahead`, input, /^console: ready[^\n]*\n/m);
  if (!r) return;
  const echoed = (r.output.match(/^> help$/gm) || []).length;
  const answered = (r.output.match(/^commands: /gm) || []).length;
  if (echoed !== 30 || answered !== 30) return t.fail(name, `${echoed} of 30 echoed, ${answered} answered`, r.output);
  expectRun(t, name, r, 0, [/^console: rx \d+ bytes, dropped 0, cut from long lines 0, held back \d+ times, lines 31$/m, /^console: bye$/m]);
}

/** A crash report must leave the console working: the panic console's
 *  set-up once cleared the UART's receive-interrupt enable on mps2, and the
 *  shell never heard another line (issue 9, item 4). "help" is typed only
 *  once the report is out (sim takes all input at once: its panic console
 *  is the host's, and only the answers are checked there). */
async function consoleAfterCrash(t, b) {
  const name = `${b.name} console: the shell still answers after a crash report`;
  const report = /^\*\*\* ivt thread ended; the system goes on\r?\n/m;
  const r = await run(t, b, "console", `${b.name} console crash`, [[/^console: ready[^\n]*\n/m, "crash\n"], [report, "help\nquit\n"]]);
  if (!r) return;
  const crash = /^\*\*\* ivt TRAP out-of-bounds in thread 'crasher' at 0x[0-9a-f]{8}$/m;
  const answer = /^commands: irq, trace, threads, console, help, crash, quit$/m;
  if (b.arch !== "sim" && r.output.search(answer) < r.output.search(report)) return t.fail(name, "help answered before the report", r.output);
  expectRun(t, name, r, 0, [crash, report, answer, /^console: bye$/m]);
}

async function boardTests(t, b) {
  console.log(`on-target: ${b.name}`);
  const suite = await harnessSuite(t, b, "tests", `${b.name} suite`);
  if (suite) {
    // Reports the suite provokes on purpose must come out in their format.
    const reports = [
      ["trap in a thread", /^\*\*\* ivt TRAP out-of-bounds in thread 'trapper' at 0x[0-9a-f]{8}$/m],
      ["stack overflow", /^\*\*\* ivt STACK OVERFLOW in thread 'deep'$/m],
      ["stack overflow that never switches", /^\*\*\* ivt STACK OVERFLOW in thread 'recurse'\n\*\*\* ivt thread ended; the system goes on$/m],
      // tests/target/contain.ts: aborts and an exhausted heap end one thread.
      ["checked access out of range", /^\*\*\* ivt ABORT in thread 'outofrange': Index out of range at ~lib\/staticarray\.ts:\d+:\d+$/m],
      ["throw", /^\*\*\* ivt ABORT in thread 'thrower': contained at tests\/target\/contain\.ts:\d+:\d+$/m],
      ["`!` on null", /^\*\*\* ivt ABORT in thread 'nuller': .*null.* at tests\/target\/contain\.ts:\d+:\d+$/m],
      ["heap exhausted", /^\*\*\* ivt OUT OF MEMORY in thread 'leaker' \(needed \d+ bytes, \d+ free\)$/m],
      ["line that keeps threads off the CPU", /^\*\*\* ivt IRQ vector \d+: interrupt load[ (,]\D*\d+ ticks/m],
    ];
    // An abort inside ~lib names the code that called it: on sim in the
    // host's wasm backtrace, on a board in the line the build's marks give.
    if (b.arch === "sim") reports.push(["backtrace of an abort", /^\*\*\* ivt ABORT in thread 'outofrange'.*\n.*\n(?: {4}wasm function \d+: .*\n)* {4}wasm function \d+: tests\/target\/contain\/abortHolding$/m]);
    else reports.push(["caller of an abort", /^\*\*\* ivt ABORT in thread 'outofrange'.*\n {4}called from wasm function \d+: tests\/target\/contain\/abortHolding$/m]);
    // The load test cannot model a never-quiet line where the ack clears a software pend (mcf-intc).
    if (/^# irq load: skipped/m.test(suite.output)) reports.splice(reports.findIndex(([w]) => w.startsWith("line that keeps")), 1);
    for (const [what, p] of reports) {
      if (p.test(suite.output)) t.pass(`${b.name} report of a ${what}`);
      else t.fail(`${b.name} report of a ${what}`, `output lacks ${p}`, suite.output);
    }
  }
  await harnessSuite(t, b, "irq-load", `${b.name} interrupt load (EOI and nesting)`);
  // The board's own test images (board.json "tests"): sim's fault device, MPS2's CMSDK timer.
  for (const [app, what] of boardTestImages(b)) await harnessSuite(t, b, app, `${b.name} ${what}`);
  const banner = new RegExp(`^ivt \\d+\\.\\d+\\.\\d+ on ${b.name} \\(`, "m");
  expectRun(t, `${b.name} demo boots, ticks and exits 0`, await run(t, b, "demo", `${b.name} demo`), 0, [
    banner,
    /^demo: tick 5 of 5 \(system tick \d+\)$/m,
    /^demo: done$/m,
  ]);
  expectRun(t, `${b.name} console: UART receive interrupts feed the shell thread`, await run(t, b, "console", `${b.name} console`, "irq\nthreads\ntrace\nhelp\nquits\nquit\n", /^console: ready[^\n]*\n/m), 0, [
    /^> irq$/m,
    /^irq: vector +count +handled/m,
    /^irq: +\d+ +\d+ +\d+ +\d+ +\d+ +\d+ +\d+ +enabled, threaded$/m,
    /^threads: \d+ +\d+ +\d+ +\w+ +main$/m,
    /^trace: \d+ of \d+ events/m,
    /^commands: irq, trace, threads, console, help, crash, quit$/m,
    /^console: rx \d+ bytes, dropped 0, /m,
    /^> quits\nunknown command \(try help\)$/m,
    /^console: bye$/m,
  ]);
  await typeAhead(t, b);
  await consoleAfterCrash(t, b);
  const where = b.arch === "sim" ? /^ {4}wasm function \d+: .*main/m : /^ {4}in w2c_.*main/m;
  expectRun(t, `${b.name} trap at boot: report and exit 3`, await run(t, b, "trap-boot", `${b.name} trap-boot`), 3, [
    /^\*\*\* ivt TRAP out-of-bounds in thread 'main' at 0x[0-9a-f]{8}$/m,
    where,
    /^\*\*\* ivt halted, exit 3$/m,
  ]);
  expectRun(t, `${b.name} MMIO outside the board's windows: report and exit 3`, await run(t, b, "mmio-fault", `${b.name} mmio-fault`), 3, [
    /^\*\*\* ivt TRAP mmio-outside-windows in thread 'main' at 0x5ee00000$/m,
  ]);
  expectRun(t, `${b.name} abort in the main thread: report and exit 2`, await run(t, b, "abort-main", `${b.name} abort-main`), 2, [
    /^\*\*\* ivt ABORT in thread 'main': Index out of range at ~lib\/staticarray\.ts:\d+:\d+$/m,
    b.arch === "sim" ? /^ {4}wasm function \d+: tests\/target\/abort-main\/(readTable|main)$/m : /^ {4}called from wasm function \d+: tests\/target\/abort-main\/(readTable|main)$/m,
    /^\*\*\* ivt halted, exit 2$/m,
  ]);
  expectRun(t, `${b.name} trap in a top half: report naming the vector, exit 3`, await run(t, b, "irq-trap", `${b.name} irq-trap`), 3, [
    /^\*\*\* ivt TRAP out-of-bounds in interrupt \(vector \d+\) at 0x[0-9a-f]{8}$/m,
    /^\*\*\* ivt halted, exit 3$/m,
  ]);
  expectRun(t, `${b.name} runaway recursion in the main thread: report and exit 3`, await run(t, b, "stack-main", `${b.name} stack-main`), 3, [
    /^\*\*\* ivt STACK OVERFLOW in thread 'main'\n\*\*\* ivt halted, exit 3$/m,
  ]);
  expectRun(t, `${b.name} runaway recursion in a top half: report naming the vector, exit 3`, await run(t, b, "stack-irq", `${b.name} stack-irq`), 3, [
    /^\*\*\* ivt TRAP stack-exhausted in interrupt \(vector \d+\) at 0x[0-9a-f]{8}$/m,
    /^\*\*\* ivt halted, exit 3$/m,
  ]);
}

/** Runs the tests; returns the process exit code. */
export async function runTests({ board }) {
  const t = new Tally();
  const boards = board ? [loadBoard(board)] : boardNames().map(loadBoard);
  if (!board) {
    await unitTests(t);
    await toolTests(t);
  }
  for (const b of boards) await boardTests(t, b);
  console.log(`${t.passed} passed, ${t.failed} failed`);
  return t.failed ? 1 : 0;
}
