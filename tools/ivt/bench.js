// make bench: runs the bench app and writes build/bench/<board>.json.
//
// Under QEMU the board runs with -icount shift=S (board.json qemu.icount):
// one instruction is 2^S virtual ns, so the cycle counter, counting at the
// board's clock_hz, converts to instructions exactly and repeatably:
//   instructions = counts * (1e9 / hz) / 2^S
// where hz is the counter's rate: cycle_counter.hz, or clock_hz if it
// counts the board clock.
// QEMU counts instructions, not cycles: exception entry and exit (about 12
// cycles each on a real Cortex-M3) cost nothing here.
// On sim the counter is the host's clock in ns (informative only).
//
// It then runs apps/thread-metric (the Thread-Metric tests) and reports,
// per test, the counter's counts over its windows divided by the
// iterations in them: instructions per iteration under QEMU; on sim,
// cycles of sim's virtual clock (host calls, not instructions).

import { printNetLoad, runNetLoad } from "./netbench.js";
import fs from "node:fs";
import path from "node:path";
import { buildImage } from "./build.js";
import { honestTime, runCapture } from "./run.js";
import { nativeSizes } from "./size.js";
import { num } from "./boards.js";
import { BUILD } from "./paths.js";
import { DoesNotFit, UserError } from "./proc.js";

/** The cycle counter's rate in Hz. */
export const cycleHz = (b) => num((b.cycle_counter && b.cycle_counter.hz) || b.clock_hz);

const LINE = /^bench (\S+) median (\d+) min (\d+) max (\d+) n (\d+)$/;

/** Counts -> the reported unit, and the unit's name. */
function converter(b) {
  if (b.arch === "sim") return { unit: "ns", scale: 1 };
  const m = /shift=(\d+)/.exec((b.qemu && b.qemu.icount) || "");
  if (!m) throw new UserError(`boards/${b.name}/board.json: qemu.icount with a fixed shift is needed for benchmarks`);
  return { unit: "instructions", scale: 1e9 / cycleHz(b) / 2 ** Number(m[1]) };
}

/** Parses the bench app's output into { name: {median, min, max, iterations} }. */
export function parseBench(output, scale) {
  const results = {};
  for (const line of output.split("\n")) {
    const m = LINE.exec(line.trim());
    if (!m) continue;
    const conv = (v) => Math.round(Number(v) * scale);
    results[m[1]] = { median: conv(m[2]), min: conv(m[3]), max: conv(m[4]), iterations: Number(m[5]) };
  }
  return results;
}

const TM_LINE = /^tm (\S+) window (\d+) cycles (\d+) iterations (\d+)$/;

/** Parses the thread-metric app's output into { test: {per_iteration,
 *  windows: [{counts, iterations}]} }: per_iteration is the windows'
 *  counts (converted by `scale`) over their iterations, two decimals. */
export function parseThreadMetric(output, scale) {
  const results = {};
  for (const line of output.split("\n")) {
    const m = TM_LINE.exec(line.trim());
    if (!m) continue;
    const t = (results[m[1]] ||= { per_iteration: 0, windows: [] });
    t.windows.push({ counts: Number(m[3]), iterations: Number(m[4]) });
  }
  for (const t of Object.values(results)) {
    const counts = t.windows.reduce((a, w) => a + w.counts, 0);
    const iterations = t.windows.reduce((a, w) => a + w.iterations, 0);
    t.per_iteration = Math.round((counts * scale * 100) / iterations) / 100;
  }
  return results;
}

/** The workloads of apps/codegen, in its order: what the app runs in
 *  AssemblyScript and in C (apps/codegen/main.ts). */
export const CODEGEN_WORKLOADS = ["fib", "crc32", "sched", "matmul", "sort", "parse", "copy", "copy_memcopy", "sched_notnull"];

const CG_LINE = /^codegen (\S+) c (\d+) as (\d+) n (\d+)$/;

/** Parses apps/codegen's output into { workload: {c, as, ratio} }: the
 *  median counts of each side (converted by `scale`) and AS over C, two
 *  decimals; null if the app skipped the set (a board too small). Throws
 *  if a workload FAILED its checksums, gave no figures, or the app did not
 *  end with `codegen: done`. */
export function parseCodegen(output, scale) {
  if (/^codegen: skipped/m.test(output)) return null;
  const failed = output.split("\n").filter((l) => /\bFAILED\b/.test(l));
  if (failed.length) throw new UserError(`codegen: ${failed.join("; ")}`);
  if (!/^codegen: done$/m.test(output)) throw new UserError("codegen: the app did not end with `codegen: done`");
  const results = {};
  for (const line of output.split("\n")) {
    const m = CG_LINE.exec(line.trim());
    if (m) results[m[1]] = { c: Math.round(Number(m[2]) * scale), as: Math.round(Number(m[3]) * scale) };
  }
  for (const w of CODEGEN_WORKLOADS) {
    const r = results[w];
    if (!r) throw new UserError(`codegen ${w}: no figures in the app's output`);
    if (!r.c) throw new UserError(`codegen ${w}: no C instructions measured`);
    r.ratio = Math.round((r.as * 100) / r.c) / 100;
  }
  return results;
}

/** Runs apps/codegen (native boards: its C side is linked into the image)
 *  and prints its table; returns the figures, or null where it does not run. */
async function runCodegen(b, scale, unit, skipped) {
  if (b.arch === "sim") {
    console.log("codegen: skipped on sim (the C side of each workload runs only in a native image)");
    return null;
  }
  const output = await runSetIfItFits(b, "codegen", /^codegen: (done|skipped)/m, [], skipped);
  if (output === null) return null;
  const cg = parseCodegen(output, scale);
  if (!cg) {
    console.log(output.split("\n").find((l) => l.startsWith("codegen: skipped")));
    return null;
  }
  console.log(`code generation on ${b.name}, ${unit} per run (median of 5): C -O2 against AssemblyScript through wasm2c`);
  console.log(`  ${"workload".padEnd(16)}${"C instr".padStart(10)}${"AS instr".padStart(10)}${"ratio".padStart(8)}`);
  for (const [name, v] of Object.entries(cg)) {
    console.log(`  ${name.padEnd(16)}${String(v.c).padStart(10)}${String(v.as).padStart(10)}${v.ratio.toFixed(2).padStart(8)}`);
  }
  return cg;
}

/** Runs `app` for the benchmarks; its output, or an error naming what
 *  failed: a non-zero exit, no `<done>` line, or lines saying FAILED. */
async function runBenchApp(b, app, done, simArgs) {
  const image = await buildImage(b, app);
  const qemuExtra = honestTime(b);
  const r = await runCapture(b, image, { timeoutMs: 600000, qemuExtra, simArgs });
  const failed = r.output.split("\n").filter((l) => /\bFAILED\b/.test(l));
  if (failed.length) throw new UserError(`${app}: ${failed.length} failed:\n  ${failed.join("\n  ")}`);
  if (r.timedOut || r.code !== 0 || !done.test(r.output)) {
    throw new UserError(`${app} run failed (exit ${r.code}${r.timedOut ? ", timed out" : ""}):\n${r.output}`);
  }
  return r.output;
}

/** runBenchApp for a set a small board may not hold (the applications'
 *  set, Thread-Metric, code generation): where its image does not fit the
 *  board's memory (the build says so: DoesNotFit), prints that the set is
 *  skipped and why, records it in `skipped`, and returns null. The
 *  kernel's own set and the minimal image are never skipped. */
function runSetIfItFits(b, app, done, simArgs, skipped) {
  return unlessItDoesNotFit(b, app, () => runBenchApp(b, app, done, simArgs), skipped);
}

/** What `run()` gives, or null with `skipped[app]` set and a line printed
 *  when it throws DoesNotFit; any other error goes on. */
export async function unlessItDoesNotFit(b, app, run, skipped) {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof DoesNotFit)) throw e;
    skipped[app] = e.message;
    console.log(`${app}: skipped on ${b.name}, its image does not fit the board: ${e.message}`);
    return null;
  }
}

/** The board `b` with the trace ring compiled out (kernel setting
 *  TRACE_ENABLED 0), built apart under the name `<board>-notrace`. */
export function withoutTrace(b) {
  return { ...b, name: `${b.name}-notrace`, kernel: { ...(b.kernel || {}), TRACE_ENABLED: 0 } };
}

/** Runs the benchmarks on `b`; with `trace` false, on an image whose trace
 *  ring is compiled out (the default figures are with it on). */
export async function runBench(b, { trace = true } = {}) {
  if (!trace) b = withoutTrace(b);
  const { unit, scale } = converter(b);
  const output = await runBenchApp(b, "bench", /^bench: done$/m, ["--clock", "host"]);
  const results = parseBench(output, scale);
  const skipped = {};
  // The same operations from an application in its own module
  // (apps/bench-app, docs/isolation.md): app_* beside the kernel's own.
  const appOutput = await runSetIfItFits(b, "bench-app", /^bench-app: done$/m, ["--clock", "host"], skipped);
  if (appOutput !== null) Object.assign(results, parseBench(appOutput, scale));
  // Thread-Metric counts iterations over virtual-time windows: on sim the
  // virtual clock (host calls), not the host's, so it is repeatable.
  const tmOutput = await runSetIfItFits(b, "thread-metric", /^thread-metric: done$/m, [], skipped);
  const tm = tmOutput === null ? {} : parseThreadMetric(tmOutput, b.arch === "sim" ? 1 : scale);
  const tmUnit = b.arch === "sim" ? "sim cycles" : unit;
  // skipped: per set left out, why its image does not fit the board.
  const report = { board: b.name, unit, results, thread_metric_unit: `${tmUnit} per iteration`, thread_metric: tm, skipped };
  if (b.arch !== "sim") {
    const z = nativeSizes(b, await buildImage(b, "minimal"));
    report.size = { text: z.text, data: z.data, bss: z.bss };
  }
  // Written now and again with the codegen set: a set that fails leaves
  // the figures above on file.
  const out = path.join(BUILD, "bench", `${b.name}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(report, null, 2) + "\n");

  console.log(`benchmarks on ${b.name}, in ${unit}${unit === "ns" ? " of host time (informative only)" : " (QEMU -icount " + b.qemu.icount + ")"}`);
  console.log(`  ${"name".padEnd(22)}${"median".padStart(10)}${"min".padStart(10)}${"max".padStart(10)}${"iterations".padStart(12)}`);
  for (const [name, v] of Object.entries(results)) {
    console.log(`  ${name.padEnd(22)}${String(v.median).padStart(10)}${String(v.min).padStart(10)}${String(v.max).padStart(10)}${String(v.iterations).padStart(12)}`);
  }
  if (tmOutput !== null) {
    console.log(`Thread-Metric on ${b.name}, ${tmUnit} per iteration${b.arch === "sim" ? " (informative only)" : ""}`);
    console.log(`  ${"test".padEnd(22)}${"per iteration".padStart(14)}${"iterations/window".padStart(30)}`);
    for (const [name, v] of Object.entries(tm)) {
      console.log(`  ${name.padEnd(22)}${v.per_iteration.toFixed(2).padStart(14)}${v.windows.map((w) => w.iterations).join(" ").padStart(30)}`);
    }
  }
  for (const app of Object.keys(skipped)) console.log(`${app}: skipped on ${b.name} (does not fit; above)`);
  if (report.size) console.log(`  minimal two-thread image: text ${report.size.text}, data ${report.size.data}, bss ${report.size.bss} bytes`);
  const cg = await runCodegen(b, scale, unit, skipped);
  if (cg) {
    report.codegen = cg;
    fs.writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
  }
  // The network load (board.json "net": udp-echo under datagrams from the
  // host, moderation on and off).
  if (b.net) {
    report.net = await runNetLoad(b);
    fs.writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
    printNetLoad(b, report.net);
  }
  console.log(`written: ${path.relative(process.cwd(), out)}`);
  return 0;
}
