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
