// QEMU quirks the project works around, each pinned by a test that fails
// when the quirk is gone, so the workaround can go too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Builds the bare-metal probe and returns its cycles per SysTick period
 *  under `-icount <icount>`. */
function cyclesPerTick(icount) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-quirk-"));
  const elf = path.join(dir, "probe.elf");
  const ld = path.join(dir, "probe.ld");
  fs.writeFileSync(ld, "SECTIONS { . = 0; .text : { KEEP(*(.vectors)) *(.text*) *(.rodata*) } .bss 0x20000000 : { *(.bss*) } }\n");
  const cc = spawnSync("arm-none-eabi-gcc", ["-mcpu=cortex-m3", "-mthumb", "-O1", "-nostdlib", "-nostartfiles",
    "-T", ld, path.join(HERE, "quirks/systick-wfi.c"), "-o", elf], { encoding: "utf8" });
  assert.equal(cc.status, 0, cc.stderr);
  const r = spawnSync("qemu-system-arm", ["-M", "mps2-an385", "-nographic", "-semihosting-config", "enable=on,target=native",
    "-icount", icount, "-kernel", elf], { encoding: "utf8", timeout: 30000, input: "" });
  const m = /cycles-per-tick (\d+)/.exec(r.stdout);
  assert.ok(m, `no result from the probe: ${r.stdout}${r.stderr}`);
  return Number(m[1]);
}

// QEMU 7.2, mps2-an385: with -icount, SysTick interrupts arrive every other
// period while the CPU waits in WFI (the counters themselves are right).
// boards/mps2-an385/board.json therefore idles by spinning ("idle": "spin").
// When this test fails, the quirk is gone: go back to "idle": "wfi".
test("QEMU quirk: SysTick under -icount loses periods while the CPU is in WFI", () => {
  const perTick = cyclesPerTick("shift=7,sleep=off");
  assert.ok(Math.abs(perTick - 25000) > 2500, `WFI probe: ${perTick} cycles per tick; 25000 means the quirk is fixed`);
});

/** Builds and runs the mcf5208evb probe; returns { forced, status }. */
function mcf5208Probe() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-quirk-"));
  const elf = path.join(dir, "probe.elf");
  const ld = path.join(dir, "probe.ld");
  fs.writeFileSync(ld, "SECTIONS { . = 0x40000000; .table : { *(.table) } .text : { *(.text*) } .data : { *(.data*) } .bss : { *(.bss*) } }\nENTRY(_start)\n");
  const cc = spawnSync("m68k-linux-gnu-gcc", ["-mcpu=5208", "-nostdlib", "-nostartfiles", "-T", ld,
    path.join(HERE, "quirks/mcf5208-probe.S"), "-o", elf], { encoding: "utf8" });
  assert.equal(cc.status, 0, cc.stderr);
  const r = spawnSync("qemu-system-m68k", ["-M", "mcf5208evb", "-nographic", "-semihosting-config", "enable=on,target=native",
    "-kernel", elf], { encoding: "utf8", timeout: 30000, input: "" });
  const m = /forced (\d)/.exec(r.stdout);
  assert.ok(m, `no result from the probe: ${r.stdout}${r.stderr}`);
  return { forced: Number(m[1]), status: r.status };
}

// QEMU 7.2, mcf5208evb: the INTC model ignores writes to INTFRCH/INTFRCL,
// so a source forced by software never interrupts. boards/mcf5208evb uses
// two idle UARTs' transmitter-ready interrupts as its software-pended
// lines instead (McfIntc.useSoftPend). When this fails, drop them.
test("QEMU quirk: the MCF5208 INTC ignores its force registers", () => {
  assert.equal(mcf5208Probe().forced, 0, "a forced source interrupted: the quirk is fixed");
});

// QEMU 7.2, m68k semihosting: HOSTED_EXIT exits with d0 (the call number,
// 0) instead of the status in the argument block. arch/coldfire/port.c
// writes "ivt-exit-status N" to stderr first and tools/ivt/run.js reads it
// (board.json "exit_status": "stderr"). When this fails, drop both.
test("QEMU quirk: m68k semihosting exit ignores the status", () => {
  assert.equal(mcf5208Probe().status, 0, "QEMU passed the exit status: the quirk is fixed");
});
