// `ivt debug` (tools/ivt/debug.js, tools/gdb/ivt.py): gdb-multiarch in
// batch mode against QEMU's gdb server on mps2-an385, with the demo (whose
// main creates a thread named "blink"). docs/debug.md.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IVT = path.join(ROOT, "build/tools/ivt.mjs");

function ivt(args, env = process.env) {
  return spawnSync(process.execPath, [IVT, ...args], { cwd: ROOT, encoding: "utf8", env, timeout: 120000 });
}

/** Processes whose command line names `text`. */
function processesNaming(text) {
  const found = [];
  for (const pid of fs.readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text)) found.push(pid);
    } catch {}
  }
  return found;
}

test("debug: gdb stops in ivthandleinterrupt, bt names the AssemblyScript functions, the ivt commands read the kernel", () => {
  const r = ivt(["debug", "--board", "mps2-an385", "--app", "demo", "--", "--batch",
    // After a dozen ticks the demo's main has created "blink".
    "-ex", "break w2c_kernel_exports_ivthandleinterrupt if ivt_kernel_instance.w2c_kernel_ticks_tickCount > 12",
    "-ex", "continue",
    "-ex", "bt",
    "-ex", "break w2c_kernel_irq_dispatch_dispatchInterrupt",
    "-ex", "continue",
    "-ex", "bt",
    "-ex", "ivt-threads",
    "-ex", "ivt-irq",
    "-ex", "ivt-trace 6"]);
  const out = r.stdout + r.stderr;
  assert.equal(r.status, 0, out);
  // The exported wasm function as wasm2c names it, under the C export and the arch's entry.
  assert.match(out, /^#0 +(0x[0-9a-f]+ in )?w2c_kernel_exports_ivthandleinterrupt \(/m, out);
  assert.match(out, /^#1 +.*Z_kernelZ_ivthandleinterrupt /m);
  assert.match(out, /^#2 +.*ivt_irq_entry /m);
  // One level down: the dispatch, translated from kernel/irq/dispatch.ts.
  assert.match(out, /^#0 +(0x[0-9a-f]+ in )?w2c_kernel_irq_dispatch_dispatchInterrupt .*w2c_p0=15\).*\n#1 +w2c_kernel_exports_ivthandleinterrupt /m);
  // Every thread: the kernel's four and the demo's, with states, priorities, stack use of its size.
  const threads = [...out.matchAll(/^([ *]) +(\d+) +(\S+) +(ready|blocked|suspended|dead|blocked\+susp) +(\d+) +(\d+) +(\d+)\/(\d+)$/gm)]
    .map((m) => ({ running: m[1] === "*", id: +m[2], name: m[3], prio: +m[5], used: +m[7], size: +m[8] }));
  assert.deepEqual(threads.map((t) => t.name).sort(), ["blink", "deferred", "idle", "main", "timers"], out);
  const blink = threads.find((t) => t.name === "blink");
  assert.equal(blink.prio, 10); // apps/demo/main.ts: priority 10, 1024-byte stack
  assert.equal(blink.size, 1024);
  for (const t of threads) assert.ok(t.used > 0 && t.used < t.size, `${t.name}: stack used ${t.used} of ${t.size}`);
  assert.equal(threads.filter((t) => t.running).length, 1, "one thread marked running");
  // The tick (SysTick, vector 15) counted as the shell's irq command shows it.
  const tick = /^ +15 +(\d+) +(\d+) +0 +0 +\d+ +\d+  enabled$/m.exec(out);
  assert.ok(tick && +tick[1] > 12 && tick[1] === tick[2], out);
  // The trace ring's last events, decoded.
  assert.match(out, /^\d+ events written, the last 6:$/m);
  assert.equal((out.match(/^ +\d+ +\d+  (irq-entry|irq-exit|switch|wake|bh-start|bh-end|work-start|work-end) +\d+$/gm) || []).length, 6, out);
  // QEMU is gone with gdb, and so is its socket.
  const socket = /-gdb unix:(\S+)/.exec(out)[1];
  assert.ok(!fs.existsSync(socket), `socket ${socket} left behind`);
  assert.deepEqual(processesNaming(socket), [], "QEMU still runs");
});

test("debug on sim says how to debug there instead", () => {
  const r = ivt(["debug", "--board", "sim", "--app", "demo"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /board sim runs the kernel in Node.*--inspect-brk.*ivt debug --board mps2-an385/);
});

test("debug without gdb-multiarch names its Debian package", () => {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-path-"));
  fs.symlinkSync(process.execPath, path.join(bin, "node"));
  const r = ivt(["debug", "--board", "mps2-an385", "--app", "demo"], { ...process.env, PATH: bin });
  fs.rmSync(bin, { recursive: true });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /missing tool: gdb-multiarch\n  it comes with the Debian package gdb-multiarch/);
});
