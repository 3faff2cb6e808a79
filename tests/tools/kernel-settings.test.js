// Kernel settings have one source, kernel/config.ts with a board's
// board.json "kernel" overrides: the C host gets them in the generated
// board.h, the sim host in the image (tools/ivt/gen.js kernelResolved,
// hostSettings), and neither keeps a copy of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { appKernelSettings, boardForApp, boardNames, kernelDefaults, loadBoard } from "../../tools/ivt/boards.js";
import { boardAscFlags, boardH, hostSettings, imageAscFlags, kernelResolved } from "../../tools/ivt/gen.js";
import { archConfig } from "../../tools/ivt/build.js";
import { appendCustomSection } from "../../tools/ivt/wasm.js";
import { HOST_SECTION, imageSettings, runSim } from "../../arch/sim/host.js";
import binaryen from "binaryen";
import { ROOT } from "../../tools/ivt/paths.js";

/** The board with kernel settings added to its own. */
const withKernel = (b, kernel) => ({ ...b, kernel: { ...(b.kernel || {}), ...kernel } });
const OVERRIDE = { RED_ZONE_BYTES: 96, MAX_THREADS: 12 };

test("the defaults are read from kernel/config.ts", () => {
  const d = kernelDefaults();
  const src = fs.readFileSync(path.join(ROOT, "kernel/config.ts"), "utf8");
  assert.equal(d.get("RED_ZONE_BYTES"), Number(/BOARD_RED_ZONE_BYTES : (\d+);/.exec(src)[1]));
  assert.equal(d.get("TRACE_ENABLED"), 1, "true is 1");
  assert.equal(d.get("ASSERT_LOCKED"), 0, "false is 0");
  assert.equal(d.size, new Set(src.match(/isDefined\(BOARD_\w+\)/g)).size, "every setting a board may change");
});

test("the last --use of a setting wins, as in asc; other flags are left alone", () => {
  const r = new Map(kernelResolved(["--use", "BOARD_RED_ZONE_BYTES=64", "--memoryBase", "16", "--use", "BOARD_RED_ZONE_BYTES=128", "--use", "BOARD_MODULE_MEMORY=4096"]));
  assert.equal(r.get("RED_ZONE_BYTES"), 128);
  assert.equal(r.get("MAX_THREADS"), kernelDefaults().get("MAX_THREADS"));
  assert.equal(r.has("MODULE_MEMORY"), false, "not a kernel/config.ts setting");
});

test("board.h defines every kernel setting, a board's own values where it has them", () => {
  for (const name of boardNames().filter((n) => loadBoard(n).arch !== "sim")) {
    const b = loadBoard(name);
    const h = boardH(b);
    for (const [k, v] of kernelDefaults()) {
      const want = b.kernel && b.kernel[k] !== undefined ? Number(b.kernel[k]) : v;
      assert.match(h, new RegExp(`^#define IVT_KERNEL_${k} ${want}u$`, "m"), `${name}: ${k}`);
    }
    assert.match(boardH(withKernel(b, OVERRIDE)), /^#define IVT_KERNEL_RED_ZONE_BYTES 96u$/m);
  }
});

test("an app's app.json \"kernel\" replaces the board's settings for its image alone, on every board", () => {
  const mine = appKernelSettings("minimal");
  assert.ok(mine && mine.MAX_THREADS > 0, "apps/minimal/app.json sizes its kernel");
  for (const name of boardNames().filter((n) => loadBoard(n).arch !== "sim")) {
    const b = loadBoard(name);
    const bb = boardForApp(b, "minimal");
    assert.equal(bb.layout, "minimal", `${name}: generated files of its own`);
    for (const [k, v] of Object.entries(mine)) if (!k.endsWith("_comment")) assert.match(boardH(bb), new RegExp(`^#define IVT_KERNEL_${k} ${v}u$`, "m"), `${name}: ${k}`);
    for (const [k, v] of Object.entries(b.kernel || {})) if (!(k in mine) && !k.endsWith("_comment")) assert.equal(bb.kernel[k], v, `${name}: the board's ${k} stays`);
    assert.equal(boardForApp(bb, "minimal"), bb, "applied once");
    assert.equal(boardForApp(b, "demo").kernel, b.kernel, "another app keeps the board's");
  }
});

test("a wrong app.json \"kernel\" is refused naming the file and the setting", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-appkernel-"));
  try {
    fs.writeFileSync(path.join(dir, "main.ts"), "export function main(): i32 { return 0; }\n");
    const app = path.join(dir, "main.ts");
    const wrong = [
      [{ kernel: { MAX_THREAD: 4 } }, /app\.json: "kernel\.MAX_THREAD": kernel\/config\.ts has no setting/],
      [{ kernel: { MAX_THREADS: -1 } }, /app\.json: "kernel\.MAX_THREADS" must be a non-negative integer/],
      [{ kernel: { NOTIFY_SLOTS: 0 } }, /app\.json: "kernel\.NOTIFY_SLOTS" must be 1 to 256/],
      [{ kernel: 4 }, /app\.json: "kernel" must be an object/],
      [{ kernel: { MAX_THREADS: 2 } }, /app\.json: "kernel\.MAX_THREADS" must be 3 to 1024: the kernel's own idle, timer and main threads count/],
      [{ kernel: { MAX_THREADS: 2 ** 31 } }, /app\.json: "kernel\.MAX_THREADS" must be 3 to 1024/],
    ];
    for (const [cfg, msg] of wrong) {
      fs.writeFileSync(path.join(dir, "app.json"), JSON.stringify(cfg));
      assert.throws(() => appKernelSettings(app), msg, JSON.stringify(cfg));
    }
    fs.writeFileSync(path.join(dir, "app.json"), "{ kernel: }");
    assert.throws(() => appKernelSettings(app), /app\.json: not JSON/);
    fs.writeFileSync(path.join(dir, "app.json"), JSON.stringify({ udp: 7 }));
    assert.equal(appKernelSettings(app), null, "no \"kernel\": the board's");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** C sources of the native arches, with their text. */
function nativeSources() {
  const files = [];
  for (const dir of ["arch/native", "arch/wasm-rt", ...fs.readdirSync(path.join(ROOT, "arch")).map((a) => `arch/${a}`)]) {
    for (const f of fs.readdirSync(path.join(ROOT, dir))) if (/\.[ch]$/.test(f)) files.push(path.join(dir, f));
  }
  return [...new Set(files)].map((f) => [f, fs.readFileSync(path.join(ROOT, f), "utf8")]);
}

test("the C code has no default of its own for a kernel setting", () => {
  for (const [file, src] of nativeSources()) {
    assert.doesNotMatch(src, /#\s*if(n?def\s+|.*defined\s*\(?\s*)IVT_KERNEL_/, `${file} must take IVT_KERNEL_* from board.h, without a fallback`);
  }
});

const cc = ["cc", "gcc"].find((c) => spawnSync(c, ["--version"]).status === 0);
const wasmRt = "/usr/src/wasm2c/wasm-rt.h";

test("a board's RED_ZONE_BYTES and MAX_THREADS reach the C that checks stacks", { skip: !(cc && fs.existsSync(wasmRt)) && "needs a host C compiler and wabt's wasm-rt.h" }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-kernel-settings-"));
  try {
    fs.writeFileSync(path.join(dir, "board.h"), boardH(withKernel(loadBoard("mps2-an385"), OVERRIDE)));
    fs.writeFileSync(path.join(dir, "kernel.h"), ""); // wasm2c's, for the preprocessor only
    const r = spawnSync(cc, ["-E", "-P", `-I${dir}`, "-Iarch/native", "-Iarch/wasm-rt", `-I${path.dirname(wasmRt)}`, "arch/native/threads.c"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /saved_sp\[12u\]/, "the per-thread tables are MAX_THREADS long");
    assert.match(r.stdout, /\(96u \/ 4\)/, "the red zone checked at a switch is the board's");
    assert.doesNotMatch(r.stdout, /\b256\b/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Writes the sim image of `app` on `b` as far as the host can tell: a
 *  module that boots by asking for one 100-byte save area, with the
 *  settings section the build writes for that image (none if `b` is null). */
function tinySimImage(dir, b, app) {
  const mod = binaryen.parseText(`(module
    (import "ivt" "thread_init" (func $thread_init (param i32 i32 i32)))
    (memory (export "memory") 2 2)
    (data (i32.const 20000) "\\01\\02\\03\\04")
    (func (export "ivtbyteorder") (result i32) (i32.const 20000))
    (func (export "asyncify_get_state") (result i32) (i32.const 0))
    (func (export "ivtboot") (param i32 i32) (call $thread_init (i32.const 1) (i32.const 0) (i32.const 100))))`);
  const file = path.join(dir, `${app}.wasm`);
  fs.writeFileSync(file, mod.emitBinary());
  mod.dispose();
  if (!b) return file;
  const flags = [...(archConfig(b).asc || []), ...boardAscFlags(b), ...imageAscFlags(b, app)];
  appendCustomSection(file, HOST_SECTION, JSON.stringify(hostSettings(flags)));
  return file;
}

test("a board's RED_ZONE_BYTES reaches the sim host through the image", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-kernel-settings-"));
  try {
    const sim = loadBoard("sim");
    const read = (file) => imageSettings(new WebAssembly.Module(fs.readFileSync(file)));
    const plain = tinySimImage(dir, sim, "demo");
    assert.equal(read(plain).kernel.RED_ZONE_BYTES, kernelDefaults().get("RED_ZONE_BYTES"));
    assert.equal(read(plain).memoryBase, 16384, "the kernel's data starts where arch/sim/arch.json puts it");
    assert.equal(read(tinySimImage(dir, sim, "irq-load")).kernel.IRQ_LOAD_TICKS, 0, "an image's own settings too");
    // The host refuses a save area no bigger than the red zone: 100 bytes
    // are too few with the default, enough with the board's 96.
    const quiet = { board: sim, output: () => {} };
    await assert.rejects(runSim({ ...quiet, wasm: plain }), /thread_init\(1\) outside the arena/);
    assert.equal(await runSim({ ...quiet, board: withKernel(sim, OVERRIDE), wasm: tinySimImage(dir, withKernel(sim, OVERRIDE), "demo") }), 0);
    // An image built some other way does not say: the host will not guess.
    await assert.rejects(runSim({ ...quiet, wasm: tinySimImage(dir, null, "bare") }), /does not say how it was built/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
