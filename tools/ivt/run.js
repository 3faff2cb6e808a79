// Running images: sim in Node, native boards in QEMU. Crash reports are
// symbolized on the way out: the "at 0x..." of a TRAP line becomes a
// function name (addr2line on the ELF).

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildImage } from "./build.js";
import { boardForApp } from "./boards.js";
import { requireTool, runCaptured } from "./proc.js";
import { ROOT, rel } from "./paths.js";
import { wasmFunctionNames } from "./wasm.js";
import { runSim } from "../../arch/sim/host.js";
import { echoExchange, SIM_UDP_LINE, udpHint, udpSetup } from "./netrun.js";

const TRAP_LINE = /^\*\*\* ivt TRAP (\S+) .* at (0x[0-9a-fA-F]+)/;

/** The function a native code address belongs to, or null. wasm2c's
 *  memory accessors are inlined, so the enclosing (last) frame of the
 *  inline chain is the translated wasm function that trapped. */
function nativeSymbol(b, elf, addr) {
  const tool = `${b.toolchain.prefix}addr2line`;
  const r = spawnSync(tool, ["-f", "-i", "-e", elf, addr], { encoding: "utf8" });
  if (r.status !== 0) return null;
  const lines = r.stdout.trim().split("\n");
  if (lines.length < 2 || lines[lines.length - 2] === "??") return null;
  const fn = lines[lines.length - 2];
  const inner = lines.length > 2 ? `, inside ${lines[0]}` : "";
  return `${fn} (${path.basename(lines[lines.length - 1])}${inner})`;
}

/** The line kernel/panic.ts prints after an abort inside ~lib that the
 *  build marked (tools/ivt/abort-site.js). */
const ABORT_SITE_LINE = /^ {4}called from wasm function (\d+)$/;

/** Adds a "    in <function>" line after each TRAP line of native output,
 *  and the function's name to a "called from wasm function N" line. */
export function symbolize(b, image, output) {
  if (b.arch === "sim") return output; // the sim host names the function itself
  let names = null; // read at the first abort site
  return output
    .split("\n")
    .map((line) => {
      const site = ABORT_SITE_LINE.exec(line.replace(/\r$/, ""));
      if (site) {
        const wasm = path.join(path.dirname(image), "kernel.wasm");
        names = names || (fs.existsSync(wasm) ? wasmFunctionNames(wasm) : new Map());
        const name = names.get(Number(site[1]));
        return name ? `${line.replace(/\r$/, "")}: ${name}` : line;
      }
      const m = TRAP_LINE.exec(line.replace(/\r$/, ""));
      // <where> is a return address: the call that trapped ends just before
      // it, and a noreturn call may be the last instruction of its function
      // (bit 0 is the Thumb bit, not part of the address). A CPU fault's
      // <where> is the pc of the faulting instruction itself, which may be
      // its function's first (as arch/native/crash.c is_fault_pc).
      const back = m && m[1] === "cpu-fault" ? 0 : 1;
      const sym = m && nativeSymbol(b, image, "0x" + ((Number(m[2]) & ~1) - back).toString(16));
      return sym ? `${line}\n    in ${sym}` : line;
    })
    .join("\n");
}

/** The command line that runs a native image in QEMU. */
export function qemuCommand(b, elf, extra = []) {
  const qemu = requireTool(b.qemu.system, b.qemu.package || b.qemu.system);
  return [qemu, ["-M", b.qemu.machine, ...(b.qemu.args || []), ...extra, "-kernel", rel(elf)]];
}

export const BUNDLE = path.join(ROOT, "build/tools/ivt.mjs");

/** QEMU 7.2's m68k semihosting exit always ends with status 0, so boards
 *  with "exit_status": "stderr" say their status on stderr first
 *  (arch/coldfire/port.c); this takes it out of the output as the code.
 *  tests/tools/qemu-quirks.test.js notices when QEMU passes the status. */
const EXIT_STATUS_LINE = /^ivt-exit-status (\d+)\n?/m;

export function exitStatusFromOutput(b, r) {
  if (!b.qemu || b.qemu.exit_status !== "stderr") return r;
  const m = EXIT_STATUS_LINE.exec(r.output);
  if (!m) return r;
  return { ...r, output: r.output.replace(EXIT_STATUS_LINE, ""), code: r.code === 0 ? Number(m[1]) : r.code };
}

/**
 * Runs an image to its end with a timeout, capturing its output.
 * Resolves to { code, output, timedOut }.
 */
export async function runCapture(b, image, { timeoutMs = 60000, input = "", inputAfter = null, qemuExtra = [], simArgs = [], udp = null, live = false } = {}) {
  if (udp) input = udpSteps(input, udp);
  if (b.arch === "sim" && (udp || live)) {
    // Typed step by step, as to QEMU (a UDP exchange sits between steps).
    const args = [BUNDLE, "sim", "--board", b.name, rel(image), ...simArgs, ...(udp ? udp.simArgs : ["--live-input", "on"])];
    return runCaptured(process.execPath, args, { timeoutMs, input, inputAfter });
  }
  if (b.arch === "sim") {
    const args = [BUNDLE, "sim", "--board", b.name, rel(image), ...simArgs];
    // sim's UART takes the input at once; staged input is joined.
    const text = Array.isArray(input) ? input.map(([, t]) => t).join("") : input;
    if (text) args.push("--input", text);
    return runCaptured(process.execPath, args, { timeoutMs });
  }
  const [cmd, args] = qemuCommand(b, image, [...qemuExtra, ...(udp ? udp.qemuArgs : [])]);
  const r = exitStatusFromOutput(b, await runCaptured(cmd, args, { timeoutMs, input: input || null, inputAfter }));
  r.output = symbolize(b, image, r.output);
  return r;
}

/** Input steps with each {udp_echo: N} made the exchange it asks for
 *  (tools/ivt/netrun.js echoExchange), to the run's host port: QEMU's,
 *  chosen before the run, or sim's, read from its output. */
function udpSteps(input, udp) {
  if (!Array.isArray(input)) return input;
  return input.map(([after, text]) => {
    if (typeof text === "string" || typeof text === "function") return [after, text];
    return [
      after,
      (output) => {
        const m = SIM_UDP_LINE.exec(output);
        const port = udp.hostPort || (m ? Number(m[1]) : 0);
        return port ? echoExchange(port, { count: text.udp_echo }) : Promise.resolve("udp: the run's host port is unknown (no 'sim: udp 127.0.0.1:N' line)");
      },
    ];
  });
}

/** What the kernel's exit statuses mean (kernel/panic.ts ExitCode). */
const KERNEL_EXIT = {
  0: "ok",
  1: "tests failed, or main returned 1",
  2: "an abort stopped the system, or main returned 2",
  3: "a trap or fault stopped the system, or main returned 3",
  4: "sim: the run hung (it idled with nothing left to wake it, or passed its virtual-time limit)",
  5: "a CPU fault stopped the system",
  130: "ended by Ctrl-C",
};

/** The QEMU options that keep a board's virtual time honest in a run:
 *  -icount with the board's fixed shift (board.json qemu.icount), so the
 *  guest's clock advances with the instructions it executes and tick
 *  times come out exact whatever the host's load (without it QEMU's
 *  clock is the host's, and a loaded host shows ticks 6, 8, 9, 13, 16 ms
 *  apart where 5 were due). Every board that runs in QEMU has one; the
 *  tests, benchmarks and `ivt run` all use it. */
export function honestTime(b) {
  return b.qemu && b.qemu.icount ? ["-icount", b.qemu.icount] : [];
}

/** The command as a shell would take it, for the user to run or adapt. */
export function shellLine(cmd, args) {
  const q = (a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`);
  return [cmd, ...args].map(q).join(" ");
}

/** Builds and boots an image on the terminal, under QEMU with -icount
 *  (honestTime), printing the command it runs; resolves to the kernel's
 *  own exit status (0 ok, 1 tests failed, 2 abort, 3 trap or fault), or
 *  QEMU's when it could not run the image. */
export async function runImage(b, app, { interactive = true } = {}) {
  b = boardForApp(b, app);
  const image = await buildImage(b, app);
  const udp = await udpSetup(b, app);
  if (b.arch === "sim") {
    console.error(`ivt: ${shellLine("node", [rel(BUNDLE), "sim", "--board", b.name, rel(image), ...(udp ? udp.simArgs.slice(0, 2) : [])])}`);
    // What the user types goes to the console's UART as it comes (a board
    // under QEMU gets it the same way), and the kernel idles in real time.
    // sim says its UDP port itself once bound ("sim: udp 127.0.0.1:N").
    return reportExit(b, await runSim({ wasm: image, board: b, live: interactive, udp: udp ? { hostPort: 0, guestPort: udp.guestPort } : null }));
  }
  const [cmd, args] = qemuCommand(b, image, [...honestTime(b), ...(udp ? udp.qemuArgs : [])]);
  console.error(`ivt: ${shellLine(cmd, args)}`);
  if (udp) console.error(`ivt: ${udpHint(app, udp.hostPort, udp.guestPort)}`);
  console.error(`ivt: (quit: Ctrl-A X)`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: [interactive ? "inherit" : "ignore", "pipe", "pipe"] });
    let status = null;
    child.stderr.on("data", (d) => {
      const text = d.toString("latin1");
      const m = EXIT_STATUS_LINE.exec(text);
      if (m && b.qemu.exit_status === "stderr") status = Number(m[1]);
      process.stderr.write(b.qemu.exit_status === "stderr" ? text.replace(EXIT_STATUS_LINE, "") : text);
    });
    let pending = "";
    child.stdout.on("data", (d) => {
      pending += d.toString("latin1");
      const lines = pending.split("\n");
      pending = lines.pop();
      for (const l of lines) process.stdout.write(symbolize(b, image, l) + "\n");
    });
    child.on("close", (code, signal) => {
      if (pending) process.stdout.write(pending);
      if (code === null) {
        console.error(`ivt: ${b.qemu.system} ended by signal ${signal}`);
        return resolve(1);
      }
      resolve(reportExit(b, code === 0 && status !== null ? status : code));
    });
  });
}

/** Says how the run ended (make can only exit 0 or 2, so `make run` shows
 *  the kernel's status here; `./ivt run` also exits with it). */
function reportExit(b, code) {
  console.error(`ivt: ${b.name} exited with status ${code}${KERNEL_EXIT[code] ? ` (${KERNEL_EXIT[code]})` : ""}`);
  return code;
}
