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

import fs from "node:fs";
import path from "node:path";
import { buildImage } from "./build.js";
import { runCapture } from "./run.js";
import { nativeSizes } from "./size.js";
import { num } from "./boards.js";
import { BUILD } from "./paths.js";
import { UserError } from "./proc.js";

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

export async function runBench(b) {
  const { unit, scale } = converter(b);
  const image = buildImage(b, "bench");
  const qemuExtra = b.qemu && b.qemu.icount ? ["-icount", b.qemu.icount] : [];
  const r = await runCapture(b, image, { timeoutMs: 300000, qemuExtra, simArgs: ["--clock", "host"] });
  if (r.timedOut || r.code !== 0 || !/^bench: done$/m.test(r.output)) {
    throw new UserError(`bench run failed (exit ${r.code}${r.timedOut ? ", timed out" : ""}):\n${r.output}`);
  }
  const results = parseBench(r.output, scale);
  const report = { board: b.name, unit, results };
  if (b.arch !== "sim") {
    const z = nativeSizes(b, buildImage(b, "minimal"));
    report.size = { text: z.text, data: z.data, bss: z.bss };
  }
  const out = path.join(BUILD, "bench", `${b.name}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(report, null, 2) + "\n");

  console.log(`benchmarks on ${b.name}, in ${unit}${unit === "ns" ? " of host time (informative only)" : " (QEMU -icount " + b.qemu.icount + ")"}`);
  console.log(`  ${"name".padEnd(22)}${"median".padStart(10)}${"min".padStart(10)}${"max".padStart(10)}${"iterations".padStart(12)}`);
  for (const [name, v] of Object.entries(results)) {
    console.log(`  ${name.padEnd(22)}${String(v.median).padStart(10)}${String(v.min).padStart(10)}${String(v.max).padStart(10)}${String(v.iterations).padStart(12)}`);
  }
  if (report.size) console.log(`  minimal two-thread image: text ${report.size.text}, data ${report.size.data}, bss ${report.size.bss} bytes`);
  console.log(`written: ${path.relative(process.cwd(), out)}`);
  return 0;
}
