// ivt debug: an image under QEMU's gdb server with gdb-multiarch attached,
// the ivt commands loaded (tools/gdb/ivt.py: ivt-threads, ivt-irq,
// ivt-trace). QEMU starts halted (-S) and serves gdb on a unix socket of
// its own, so that two sessions never meet on a port; it is stopped when
// gdb exits. docs/debug.md.

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildImage } from "./build.js";
import { boardForApp } from "./boards.js";
import { honestTime, qemuCommand } from "./run.js";
import { requireTool, UserError } from "./proc.js";
import { ROOT, rel } from "./paths.js";

export const GDB_SCRIPT = path.join(ROOT, "tools/gdb/ivt.py");
export const GDB_PACKAGE = "gdb-multiarch";

/** What `ivt debug` says on sim: there is no machine for gdb to attach to. */
export const SIM_DEBUG =
  "board sim runs the kernel in Node, not on a CPU gdb can attach to; debug it with Node's inspector " +
  "(node --inspect-brk build/tools/ivt.mjs sim --board sim build/sim/<app>/kernel.wasm, then chrome://inspect), " +
  "or debug the same code on a QEMU board: ivt debug --board mps2-an385 --app <app> (docs/debug.md)";

/** gdb's arguments: the ivt commands, the connection to QEMU's socket,
 *  `extra` (the caller's own options and -ex commands), the image. */
export function gdbArgs(elf, socket, extra = []) {
  return ["-q", "-x", rel(GDB_SCRIPT), "-ex", `target remote ${socket}`, ...extra, rel(elf)];
}

/** QEMU's arguments for `elf` halted at reset with its gdb server on
 *  `socket`, under the board's -icount (board.json qemu.icount): virtual
 *  time then follows the instructions run, so a session stops at the same
 *  tick each time however loaded the host is, and no tick is due for the
 *  time the target sat at a breakpoint. */
export function qemuDebugCommand(b, elf, socket) {
  return qemuCommand(b, elf, [...honestTime(b), "-S", "-gdb", `unix:${socket},server=on,wait=off`]);
}

/** A fresh path for QEMU's gdb socket (unix socket paths must stay short). */
function socketPath() {
  return path.join(os.tmpdir(), `ivt-gdb-${process.pid}-${Date.now().toString(36)}.sock`);
}

/** Resolves once `file` exists, or rejects when `child` exits first or
 *  `ms` pass. */
function waitForSocket(file, child, ms) {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const poll = setInterval(() => {
      if (fs.existsSync(file)) done(null);
      else if (child.exitCode !== null) done(new UserError(`QEMU exited (code ${child.exitCode}) before serving gdb`));
      else if (Date.now() - start > ms) done(new UserError(`QEMU did not open its gdb socket ${file} within ${ms / 1000} s`));
    }, 20);
    const done = (err) => {
      clearInterval(poll);
      if (err) reject(err);
      else resolve();
    };
  });
}

/** Builds `app` for `b`, starts it halted in QEMU and gdb-multiarch on it
 *  with `gdbExtra` added (e.g. --batch and -ex commands); resolves to gdb's
 *  exit code once gdb has exited and QEMU is stopped. The console's output
 *  goes to the terminal; the terminal's input goes to gdb. */
export async function runDebug(b, app, { gdbExtra = [] } = {}) {
  if (b.arch === "sim") throw new UserError(SIM_DEBUG);
  const gdb = requireTool("gdb-multiarch", GDB_PACKAGE);
  b = boardForApp(b, app);
  const elf = await buildImage(b, app);
  const socket = socketPath();
  const [qemu, qargs] = qemuDebugCommand(b, elf, socket);
  console.error(`ivt: ${[path.basename(qemu), ...qargs].join(" ")} (stopped when gdb exits)`);
  // Its own process group: a Ctrl-C typed at gdb must interrupt the
  // target through gdb, not kill QEMU.
  const q = spawn(qemu, qargs, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], detached: true });
  const stopQemu = () => {
    if (q.exitCode === null && q.signalCode === null) q.kill("SIGKILL");
    fs.rmSync(socket, { force: true });
  };
  process.on("exit", stopQemu);
  try {
    await waitForSocket(socket, q, 10000);
    const ignoreInt = () => {};
    process.on("SIGINT", ignoreInt); // gdb handles Ctrl-C
    const code = await new Promise((resolve) => {
      const g = spawn(gdb, gdbArgs(elf, socket, gdbExtra), { cwd: ROOT, stdio: "inherit" });
      g.on("close", (c) => resolve(c === null ? 1 : c));
    });
    process.off("SIGINT", ignoreInt);
    return code;
  } finally {
    stopQemu();
    process.off("exit", stopQemu);
  }
}
