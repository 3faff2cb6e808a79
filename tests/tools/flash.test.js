// `ivt flash` (tools/ivt/flash.js) and the boards' "flash" sections. No
// board is attached here: the tests check the sections against the
// installed OpenOCD, the exact commands a dry run prints, the MPS2 loader's
// files, and the refusals. docs/debug.md, Flashing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { boardNames, loadBoard } from "../../tools/ivt/boards.js";
import { flashSection, OPENOCD_SCRIPTS } from "../../tools/ivt/flash.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IVT = path.join(ROOT, "build/tools/ivt.mjs");

function ivt(args, env = process.env) {
  return spawnSync(process.execPath, [IVT, ...args], { cwd: ROOT, encoding: "utf8", env, timeout: 120000 });
}

const withFlash = boardNames().map(loadBoard).filter((b) => b.flash);

test("flash: the boards that exist as hardware have a flash section, sim none", () => {
  assert.deepEqual(withFlash.map((b) => `${b.name}:${b.flash.method}`).sort(),
    ["lm3s6965evb:openocd", "mcf5208evb:none", "microbit:openocd", "mps2-an385:mps2-mcc", "mps2-an386:mps2-mcc"]);
  for (const b of withFlash) flashSection(b); // throws on a malformed section
});

test("flash: every OpenOCD script a board names is in the installed openocd package, and OpenOCD reads them", () => {
  for (const b of withFlash.filter((b) => b.flash.method === "openocd")) {
    for (const s of b.flash.scripts) assert.ok(fs.existsSync(path.join(OPENOCD_SCRIPTS, s)), `${b.name}: ${OPENOCD_SCRIPTS}/${s} is missing`);
    // Configuration only: `shutdown` stops OpenOCD before it looks for a probe.
    const r = spawnSync("openocd", [...b.flash.scripts.flatMap((s) => ["-f", s]), "-c", "shutdown"], { encoding: "utf8", timeout: 20000 });
    assert.equal(r.status, 0, `${b.name}: openocd did not accept ${b.flash.scripts.join(" ")}:\n${r.stderr}`);
  }
});

test("flash --dry-run prints the exact OpenOCD command", () => {
  let r = ivt(["flash", "--board", "microbit", "--dry-run"]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'openocd -f interface/cmsis-dap.cfg -f target/nrf51.cfg -c "program build/microbit/demo/kernel.elf verify reset exit"\n');
  r = ivt(["flash", "--dry-run", "--board", "lm3s6965evb", "--app", "minimal"]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'openocd -f board/ek-lm3s6965.cfg -c "program build/lm3s6965evb/minimal/kernel.elf verify reset exit"\n');
});

test("flash --dry-run on MPS2 prints the MCC loader's steps", () => {
  const r = ivt(["flash", "--board", "mps2-an386", "--app", "minimal", "--dry-run"]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^ {2}1\. arm-none-eabi-objcopy -O binary build\/mps2-an386\/minimal\/kernel\.elf build\/mps2-an386\/minimal\/mps2-mcc\/IVT\.BIN$/m);
  assert.match(r.stdout, /<drive>\/SOFTWARE\/IVT\.BIN/);
  assert.match(r.stdout, /<drive>\/MB\/HBI0263<rev>\/AN386\/images\.txt/);
  assert.match(r.stdout, /^Not verified on hardware here/m);
});

test("flash on MPS2 writes the raw image from the vector table on, and an images.txt naming it", () => {
  const r = ivt(["flash", "--board", "mps2-an385", "--app", "minimal"]);
  assert.equal(r.status, 0, r.stderr);
  const dir = path.join(ROOT, "build/mps2-an385/minimal/mps2-mcc");
  const bin = fs.readFileSync(path.join(dir, "IVT.BIN"));
  // Word 0: the initial stack pointer, in RAM; word 1: the reset handler, the ELF's entry (Thumb bit set).
  const entry = /Entry point address:\s+(0x[0-9a-f]+)/.exec(spawnSync("arm-none-eabi-readelf", ["-h", "build/mps2-an385/minimal/kernel.elf"], { cwd: ROOT, encoding: "utf8" }).stdout)[1];
  assert.equal(bin.readUInt32LE(0) >>> 28, 0x2);
  assert.equal(bin.readUInt32LE(4), Number(entry) | 1);
  const images = fs.readFileSync(path.join(dir, "images.txt"), "utf8");
  assert.match(images, /^TOTALIMAGES: 1 /m);
  assert.match(images, /^IMAGE0ADDRESS: 0x00000000 /m);
  assert.match(images, /^IMAGE0FILE: \\SOFTWARE\\IVT\.BIN\r$/m);
  assert.match(r.stdout, /\(done\) build\/mps2-an385\/minimal\/mps2-mcc\/IVT\.BIN/);
});

test("flash refuses sim and QEMU-only boards with the boards that can be flashed", () => {
  const r = ivt(["flash", "--board", "sim", "--dry-run"]);
  assert.equal(r.status, 64);
  assert.match(r.stderr, /sim is the kernel in Node, not hardware; boards that can be flashed: lm3s6965evb, microbit, mps2-an385, mps2-an386$/m);
  // A board that exists only under QEMU (a port without a "flash" section, such as a new one).
  const qemuOnly = { ...loadBoard("mps2-an385"), name: "netduino2", flash: undefined };
  assert.throws(() => flashSection(qemuOnly), /^Error: board netduino2 exists here only under QEMU \(its board.json has no "flash" section\); boards that can be flashed: lm3s6965evb, microbit, mps2-an385, mps2-an386$/);
});

test("flash refuses the ColdFire board naming the probe it would need", () => {
  const r = ivt(["flash", "--board", "mcf5208evb", "--dry-run"]);
  assert.equal(r.status, 64);
  assert.match(r.stderr, /board mcf5208evb cannot be flashed from here: OpenOCD has no ColdFire support.*BDM/);
});

test("flash without openocd names its Debian package", () => {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-path-"));
  fs.symlinkSync(process.execPath, path.join(bin, "node"));
  const r = ivt(["flash", "--board", "microbit"], { ...process.env, PATH: bin });
  fs.rmSync(bin, { recursive: true });
  assert.equal(r.status, 64);
  assert.match(r.stderr, /missing tool: openocd\n  it comes with the Debian package openocd/);
});
