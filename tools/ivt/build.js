// Builds an image: AssemblyScript -> kernel.wasm (every board), then for
// a native board wasm2c -> C, compiled with the arch's stub and the
// bare-metal wasm runtime into an ELF.
//
//   entry.ts --asc--> kernel.wasm --wasm2c--> kernel.c --gcc--+
//   arch/<arch>/*.c *.S, arch/wasm-rt/*.c -------------gcc---+--ld--> kernel.elf

import fs from "node:fs";
import path from "node:path";
import { ROOT, rel } from "./paths.js";
import { boardAscFlags, boardDir, generate, imageAscFlags, imageDir } from "./gen.js";
import { UserError, requireTool, step } from "./proc.js";
import binaryen from "binaryen";
import { wasmInfo } from "./wasm.js";

/** Per-arch build data: arch/<arch>/arch.json. */
export function archConfig(b) {
  const file = path.join(ROOT, "arch", b.arch, "arch.json");
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
}

function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const n of fs.readdirSync(p)) visit(path.join(p, n));
    else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function upToDate(out, inputs) {
  return fs.existsSync(out) && fs.statSync(out).mtimeMs >= newestMtime(inputs);
}

const ASC_SOURCES = ["kernel", "drivers", "boards", "apps", "tests/target", "asconfig.json", "package-lock.json"].map((p) => path.join(ROOT, p));

/** Compiles the image's entry to kernel.wasm; returns its path. */
export function buildWasm(b, app) {
  const entry = generate(b, app);
  const out = path.join(imageDir(b, app), "kernel.wasm");
  const inputs = [...ASC_SOURCES, entry, boardDir(b), path.join(ROOT, "tools/ivt/build.js"), path.join(ROOT, "arch", b.arch, "arch.json")];
  if (upToDate(out, inputs)) return out;
  const asc = path.join(ROOT, "node_modules/.bin/asc");
  if (!fs.existsSync(asc)) throw new UserError("AssemblyScript is not installed: run `make setup` (it runs npm ci)");
  const arch = archConfig(b);
  step(asc, [
    rel(entry),
    "-o", rel(out),
    "-t", rel(out.replace(/\.wasm$/, ".wat")),
    "--config", "asconfig.json",
    "--target", "kernel",
    ...(arch.asc || []),
    ...boardAscFlags(b),
    ...imageAscFlags(b, app),
  ]);
  if (arch.asyncify_imports) applyAsyncify(out, arch.asyncify_imports);
  return out;
}

/** sim switches threads by unwinding and rewinding the wasm stack with
 *  Binaryen's asyncify; only calls that can reach these imports are
 *  instrumented. Binaryen comes with assemblyscript (same version asc uses). */
function applyAsyncify(file, imports) {
  const mod = binaryen.readBinary(fs.readFileSync(file));
  const F = binaryen.Features;
  mod.setFeatures(F.MVP | F.BulkMemory | F.SignExt | F.MutableGlobals | F.NontrappingFPToInt);
  binaryen.setDebugInfo(true); // keep the name section: traps name their function
  binaryen.setOptimizeLevel(2);
  binaryen.setShrinkLevel(1);
  binaryen.setPassArgument("asyncify-imports", imports.join(","));
  mod.runPasses(["asyncify"]);
  mod.optimize();
  fs.writeFileSync(file, mod.emitBinary());
  mod.dispose();
}

/** Builds a native image: kernel.elf (and kernel.map); returns the ELF path.
 *  `variant` builds a copy with `cflags` added, in its own folder (tests
 *  that need a deliberately wrong host, e.g. the byte-order check). */
export function buildNative(b, app, { variant = null, cflags: extraCflags = [] } = {}) {
  // Tools first: a missing one is reported before minutes of compiling.
  const gcc = requireTool(`${b.toolchain.prefix}gcc`, b.toolchain.package);
  requireTool("wasm2c", "wabt");
  const wasm = buildWasm(b, app);
  const dir = variant ? `${imageDir(b, app)}-${variant}` : imageDir(b, app);
  fs.mkdirSync(dir, { recursive: true });
  const arch = archConfig(b);

  const kernelC = path.join(dir, "kernel.c");
  if (!upToDate(kernelC, [wasm])) step("wasm2c", [rel(wasm), "-n", "kernel", "-o", rel(kernelC)]);

  const archDir = path.join(ROOT, "arch", b.arch);
  const sources = [
    kernelC,
    ...fs.readdirSync(path.join(ROOT, "arch/wasm-rt")).filter((f) => f.endsWith(".c")).map((f) => path.join(ROOT, "arch/wasm-rt", f)),
    ...(arch.sources || []).map((f) => path.join(archDir, f)),
  ];
  // The bare-metal runtime's fixed tables, sized to this module exactly.
  const w = wasmInfo(wasm);
  const cflags = [
    `-DIVT_WASM_MAX_FUNC_TYPES=${Math.max(1, w.types)}`,
    `-DIVT_WASM_TABLE_ENTRIES=${Math.max(1, w.tableSize)}`,
    `-DIVT_WASM_MAX_TYPE_ARITY=${Math.max(1, w.maxArity)}`,
    ...(b.cflags || []),
    ...(arch.cflags || []).map((f) => f.replace("@ARCH@", archDir)),
    `-I${boardDir(b)}`,
    `-I${dir}`,
    `-I${path.join(ROOT, "arch/wasm-rt")}`,
    `-I${archDir}`,
    ...extraCflags,
  ];
  const headers = [boardDir(b), path.join(ROOT, "arch/wasm-rt"), path.join(ROOT, "arch/native"), archDir];
  const objs = sources.map((src) => {
    // Shared sources (arch/native/x.c) get their folder's name: native-x.o.
    const shared = path.dirname(src) !== archDir && src !== kernelC && !src.includes("arch/wasm-rt");
    const name = (shared ? path.basename(path.dirname(src)) + "-" : "") + path.basename(src);
    const obj = path.join(dir, name.replace(/\.[cS]$/, ".o"));
    // board.json too: its cflags and module_cflags are part of the command.
    if (!upToDate(obj, [src, wasm, ...headers, path.join(b.dir, "board.json"), path.join(ROOT, "tools/ivt/build.js")])) {
      const extra = src === kernelC ? [...(arch.module_cflags || []), ...(b.module_cflags || [])] : [];
      step(gcc, [...cflags, ...extra, "-c", rel(src), "-o", rel(obj)]);
    }
    return obj;
  });
  const elf = path.join(dir, "kernel.elf");
  const ld = path.join(boardDir(b), "link.ld");
  if (!upToDate(elf, [...objs, ld])) {
    step(gcc, [
      ...cflags,
      ...(arch.ldflags || []),
      `-T${rel(ld)}`,
      `-Wl,-Map=${rel(path.join(dir, "kernel.map"))}`,
      "-Wl,--print-memory-usage",
      ...objs.map(rel),
      "-o", rel(elf),
      ...(arch.libs || []),
    ]);
  }
  return elf;
}

/** Builds whatever the board runs: kernel.wasm for sim, kernel.elf otherwise. */
export function buildImage(b, app) {
  return b.arch === "sim" ? buildWasm(b, app) : buildNative(b, app);
}

