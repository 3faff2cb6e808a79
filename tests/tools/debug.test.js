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
import { checkDebugSections, loadBoard } from "../../tools/ivt/boards.js";
import { boardH, imageAscFlags, withIrqPin } from "../../tools/ivt/gen.js";

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
    "-ex", "ivt-trace 6",
    // By name pattern: the scheduler's out-of-line functions (the symbol
    // table has them as ....isra.0, gdb by their debug names).
    "-ex", "rbreak ^w2c_kernel_sched_"]);
  const out = r.stdout + r.stderr;
  assert.equal(r.status, 0, out);
  // The exported wasm function as wasm2c names it, under the C export and the arch's entry.
  assert.match(out, /^#0 +(0x[0-9a-f]+ in )?w2c_kernel_exports_ivthandleinterrupt \(/m, out);
  assert.match(out, /^#1 +.*Z_kernelZ_ivthandleinterrupt /m);
  assert.match(out, /^#2 +.*ivt_irq_entry /m);
  // One level down: the dispatch, translated from kernel/irq/dispatch.ts,
  // the vector shown in it or, where GCC inlined it into its callers (gdb
  // then says <optimized out> for their own arguments), in a caller's frame
  // (the export's wrapper has no stack check of its own, checkStackOnEntry,
  // so GCC may inline the whole chain into the C export).
  assert.match(out, /^#0 +(0x[0-9a-f]+ in )?w2c_kernel_irq_dispatch_dispatchInterrupt \(.*\n#1 +w2c_kernel_exports_ivthandleinterrupt /m);
  assert.match(out, /^#0 +(0x[0-9a-f]+ in )?w2c_kernel_irq_dispatch_dispatchInterrupt .*w2c_p0=15\).*\n#1 |^#1 +w2c_kernel_exports_ivthandleinterrupt .*w2c_p0=15\)|^#2 +Z_kernelZ_ivthandleinterrupt .*w2c_p0=15\)/m);
  // Every thread: the kernel's (idle, main; the timer thread is made at its
  // first use, and the demo starts no timer) and the demo's, with states,
  // priorities, stack use of its size.
  const threads = [...out.matchAll(/^([ *]) +(\d+) +(\S+) +(ready|blocked|suspended|dead|blocked\+susp) +(\d+) +(\d+) +(\d+)\/(\d+)$/gm)]
    .map((m) => ({ running: m[1] === "*", id: +m[2], name: m[3], prio: +m[5], used: +m[7], size: +m[8] }));
  assert.deepEqual(threads.map((t) => t.name).sort(), ["blink", "idle", "main"], out);
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
  const events = out.match(/^ +\d+ +\d+  (irq-entry|irq-exit|switch|wake|state|bh-start|bh-end|work-start|work-end) +\S.*$/gm) || [];
  assert.equal(events.length, 6, out);
  for (const e of events) {
    assert.match(e, /(?:vector \d+(?:, bottom half due)?|worker thread \d+|to thread \d+, the one before now (?:free|ready|blocked|suspended|dead)|thread \d+ \w+ -> \w+)$/, e);
  }
  assert.match(out, /^Breakpoint \d+ at 0x[0-9a-f]+: file build\/mps2-an385\/demo\/kernel\.c, line \d+\.\nstatic \w+ w2c_kernel_sched_\w+\(/m);
  assert.match(out, /^static void w2c_kernel_sched_wakeLocked\(/m);
  assert.match(out, /^static void w2c_kernel_sched_rescheduleLocked\(/m);
  // QEMU is gone with gdb, and so is its socket.
  const socket = /-gdb unix:(\S+)/.exec(out)[1];
  assert.ok(!fs.existsSync(socket), `socket ${socket} left behind`);
  assert.deepEqual(processesNaming(socket), [], "QEMU still runs");
});

// mcf5208evb's descriptor table starts at vector 64 (board.json kernel
// FIRST_VECTOR): the script must index it from there, or the tick (PIT0,
// source 4) shows as vector 4.
test("debug: on a board whose descriptor table starts past vector 0, ivt-irq names the tick's vector", () => {
  const r = ivt(["debug", "--board", "mcf5208evb", "--app", "demo", "--", "--batch",
    "-ex", "break w2c_kernel_exports_ivthandleinterrupt if ivt_kernel_instance.w2c_kernel_ticks_tickCount > 12",
    "-ex", "continue",
    "-ex", "ivt-irq"]);
  const out = r.stdout + r.stderr;
  assert.equal(r.status, 0, out);
  const rows = [...out.matchAll(/^ +(\d+) +(\d+) +(\d+) +\d+ +\d+ +\d+ +\d+  \S.*$/gm)];
  assert.deepEqual(rows.map((m) => +m[1]), [68], out);
  assert.ok(+rows[0][2] > 12, out);
});

test("debug on sim says how to debug there instead", () => {
  const r = ivt(["debug", "--board", "sim", "--app", "demo"]);
  assert.equal(r.status, 64);
  assert.match(r.stderr, /board sim runs the kernel in Node.*--inspect-brk.*ivt debug --board mps2-an385/);
});

test("debug without gdb-multiarch names its Debian package", () => {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-path-"));
  fs.symlinkSync(process.execPath, path.join(bin, "node"));
  const r = ivt(["debug", "--board", "mps2-an385", "--app", "demo"], { ...process.env, PATH: bin });
  fs.rmSync(bin, { recursive: true });
  assert.equal(r.status, 64);
  assert.match(r.stderr, /missing tool: gdb-multiarch\n  it comes with the Debian package gdb-multiarch/);
});

// The logic-analyzer pin's build side (docs/interrupts.md, Logic-analyzer
// pin): board.json "irq_pin" checked, its constants only in images built
// with the pin on, and then really in the dispatch.

test("irq_pin: a malformed section is refused by name", () => {
  const b = loadBoard("mps2-an385");
  const bad = (irq_pin, arch = "cortex-m") => () => checkDebugSections({ ...b, arch, irq_pin });
  assert.throws(bad({ register: "0x40028000" }), /"irq_pin.mask" \(the pin's bits, not 0\) is missing/);
  assert.throws(bad({ register: "0x40028000", set: "0x50000508", mask: "0x1" }), /either "register" .* or "set" and "clear"/);
  assert.throws(bad({ set: "0x50000508", mask: "0x1" }), /"set" and "clear" go together/);
  assert.throws(bad({ register: "0x40028002", mask: "0x1" }), /"irq_pin.register" must be a hex string, a 4-byte aligned address/);
  assert.throws(bad({ register: 1073905664, mask: "0x1" }), /"irq_pin.register" must be a hex string/);
  assert.throws(bad({ register: "0x40028000", mask: "0x1", images: ["no-such-app"] }), /"irq_pin.images" must list apps/);
  assert.throws(bad({ register: "0x40028000", mask: "0x1" }, "sim"), /"irq_pin": sim has no pins/);
  checkDebugSections({ ...b, irq_pin: { set: "0x50000508", clear: "0x5000050C", read: "0x50000504", mask: "0x10" } });
});

test("irq_pin: off by default, on for the images the board names and with --irq-pin on", () => {
  const b = loadBoard("mps2-an385");
  const pin = ["--use", "BOARD_IRQ_PIN_REGISTER=1073905664", "--use", "BOARD_IRQ_PIN_MASK=1"];
  assert.deepEqual(imageAscFlags(b, "demo"), []);
  assert.deepEqual(imageAscFlags(b, "irqpin"), pin);
  const on = withIrqPin(b);
  assert.equal(on.name, "mps2-an385-irqpin");
  assert.deepEqual(imageAscFlags(on, "demo"), pin);
  // The gate tries the pin's window first only when every image drives it.
  assert.match(boardH(on), /IVT_MMIO_WINDOWS \{ \{0x40028000u, 0x4u\}, /);
  assert.match(boardH(b), /IVT_MMIO_WINDOWS \{ .*, \{0x40028000u, 0x4u\} \}/);
  const setClear = { ...b, irq_pin: { set: "0x50000508", clear: "0x5000050C", mask: "0x10" }, irq_pin_on: true };
  assert.deepEqual(imageAscFlags(setClear, "demo"), ["--use", `BOARD_IRQ_PIN_SET=${0x50000508}`, "--use", `BOARD_IRQ_PIN_CLEAR=${0x5000050c}`, "--use", "BOARD_IRQ_PIN_MASK=16"]);
  assert.throws(() => withIrqPin(loadBoard("sim")), /board sim names no logic-analyzer pin/);
  const r = ivt(["build", "--board", "mps2-an385", "--irq-pin", "maybe"]);
  assert.equal(r.status, 64);
  assert.match(r.stderr, /--irq-pin is on or off, not maybe/);
});

test("irq_pin: the demo's dispatch touches the LED register only when built with the pin on", () => {
  const wat = (args) => {
    const r = ivt(["build", "--board", "mps2-an385", "--app", "demo", ...args]);
    assert.equal(r.status, 0, r.stderr);
    return fs.readFileSync(path.join(path.dirname(r.stdout.trim()), "kernel.wat"), "utf8");
  };
  const LED = /i32\.const 1073905664\b/g; // 0x40028000
  assert.equal((wat([]).match(LED) || []).length, 0);
  assert.ok((wat(["--irq-pin", "on"]).match(LED) || []).length >= 2, "raised and lowered");
});
