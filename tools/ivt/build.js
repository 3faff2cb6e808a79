// Builds an image: AssemblyScript -> kernel.wasm (every board), then for
// a native board wasm2c -> C, compiled with the arch's stub and the
// bare-metal wasm runtime into an ELF.
//
//   entry.ts --asc--> kernel.wasm --wasm2c--> kernel.c --gcc--+
//   arch/<arch>/*.c *.S, arch/wasm-rt/*.c -------------gcc---+--ld--> kernel.elf

import fs from "node:fs";
import path from "node:path";
import { APPS, IMAGE_MANIFEST, ROOT, appDir, appSuitePartMain, appSuitePartName, folderApp, isOutsideApp, rel } from "./paths.js";
import { appAscPath, appSuitePartAsc, ascPath, boardAscFlags, boardDir, generate, hostSettings, imageAscFlags, imageDir, kernelResolved, kernelSetting, kernelSettings, strictAlignmentAsc, suiteShortChecksAsc } from "./gen.js";
import { checkRedZone, checkScanRoom, checkStacksHoldRedZone, deepestChain, readCallGraph } from "./frames.js";
import { DoesNotFit, UserError, logStep, requireTool, step } from "./proc.js";
import binaryen from "binaryen";
import { appendCustomSection, buildIdOf, wasmFunctionNames, wasmImports, wasmInfo } from "./wasm.js";
import { spawnSync } from "node:child_process";
import { HOST_SECTION } from "../../arch/sim/host.js";
import { appKernelSettings, appLayout, appLayoutName, boardForApp, num } from "./boards.js";
import { markAbortSites } from "./abort-site.js";
import { SYS_MODULE, checkAppImports, isolatedApps, sysCalls } from "./isolated.js";
import { appModuleEntryFile, writeIfChanged } from "./gen.js";
import { VERIFIED_OFFSET_MARK, versionLoops } from "./loops.js";
import { ASYNCIFY_ASC_FLAGS, asyncifyEnv } from "./asyncify-transform.js";
import { functionLines, statementTable } from "./sourcemap.js";
import { TEXT_SECTION } from "./texts.js";

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
    // An app's test.json says how make test runs the image: not an input.
    if (st.isDirectory()) for (const n of fs.readdirSync(p)) n !== "test.json" && visit(path.join(p, n));
    else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function upToDate(out, inputs) {
  return fs.existsSync(out) && fs.statSync(out).mtimeMs >= newestMtime(inputs);
}

/** An app's own sources, whose change must rebuild its image: every .ts
 *  below its folder (an app may split itself into modules), below the
 *  folder of each of its isolated applications' mains that lies elsewhere
 *  (app.json may name "../isolation-race/main.ts": tests/isolation-race-
 *  unpinned, whose image was not rebuilt when those files changed), and
 *  its native/*.c. The tree's app folders are in ASC_SOURCES as a whole;
 *  an app elsewhere on disk has only these (folders named node_modules or
 *  starting with "." are skipped: they are not the app's). */
export function appSources(app) {
  if (!APPS[folderApp(app)] && !isOutsideApp(app)) return []; // a part of the suite: its files are in ASC_SOURCES
  const found = new Set();
  const visit = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.name.endsWith(".ts")) found.add(p);
    }
  };
  const own = appDir(app);
  visit(own);
  // A main's folder that holds the app's folder (a main named from above
  // it) would mean a walk of much more than the app: its main file only.
  for (const a of isolatedApps(app) || []) {
    const dir = path.dirname(a.main);
    if (!fs.existsSync(dir)) continue;
    if (path.relative(dir, own).startsWith("..") || dir === own) visit(dir);
    else found.add(a.main);
  }
  return [...[...found].sort(), ...appNativeSources(app)];
}

export const ASC_SOURCES = ["kernel", "drivers", "boards", "apps", "user", "net", "tests/target", "tests/model", "tests/isolation", "asconfig.json", "package-lock.json"].map((p) => path.join(ROOT, p));

/** Locks held by this process: buildNative takes its image's lock and
 *  calls buildWasm, which takes the same one. */
const held = new Set();

/** Takes the lock of the image in `dir` and returns its release: two
 *  processes building one image at once (make test's parallel jobs, and a
 *  tool test that builds the same image) take turns instead of writing
 *  each other's files. The lock is a folder made beside the image's
 *  (mkdir is atomic) holding the holder's pid; a lock whose holder has
 *  died (a build stopped with Ctrl-C) is taken over. */
export function lockImage(dir) {
  const lock = `${dir}.lock`;
  if (held.has(lock)) return () => {};
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const nap = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, "pid"), String(process.pid));
      held.add(lock);
      return () => {
        held.delete(lock);
        fs.rmSync(lock, { recursive: true, force: true });
      };
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
    if (lockAbandoned(lock)) fs.rmSync(lock, { recursive: true, force: true });
    else Atomics.wait(nap, 0, 0, 100);
  }
}

/** Whether a lock's holder is gone: its pid no longer runs, or the lock
 *  has had no pid for a minute (its maker died between mkdir and write). */
function lockAbandoned(lock) {
  let pid;
  try {
    pid = Number(fs.readFileSync(path.join(lock, "pid"), "utf8"));
  } catch {
    try {
      return Date.now() - fs.statSync(lock).mtimeMs > 60000;
    } catch {
      return false; // released meanwhile
    }
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return e.code === "ESRCH";
  }
}

/** Compiles the image's entry to kernel.wasm; returns its path. */
export function buildWasm(b, app) {
  b = boardForApp(b, app);
  const unlock = lockImage(imageDir(b, app));
  try {
    const wasm = compileWasm(b, app);
    if (b.arch === "sim") writeSimManifest(b, app);
    return wasm;
  } finally {
    unlock();
  }
}

function compileWasm(b, app) {
  const plan = wasmPlan(b, app);
  if (plan) {
    step(plan.asc, plan.args, { env: { ...process.env, ...plan.env } });
    finishWasm(plan);
  }
  for (const p of appModulePlans(b, app)) {
    step(p.asc, p.args, { env: { ...process.env, ...p.env } });
    finishAppModule(p);
  }
  return checkStaticDataFits(b, path.join(imageDir(b, app), "kernel.wasm"));
}

/** What compiling an isolated image's application modules takes: one asc
 *  plan per module not up to date (tools/ivt/isolated.js). */
function appModulePlans(b, app) {
  const apps = isolatedApps(app);
  if (!apps) return [];
  const arch = archConfig(b);
  const asc = path.join(ROOT, "node_modules/.bin/asc");
  // board.json too: its kernel settings and app_memory are asc flags here.
  const inputs = [...ASC_SOURCES, ...appSources(app), path.join(ROOT, "tools/ivt/build.js"), path.join(ROOT, "tools/ivt/isolated.js"),
    path.join(ROOT, "tools/ivt/asyncify-transform.js"), path.join(ROOT, "tools/ivt/sourcemap.js"), path.join(ROOT, "arch", b.arch, "arch.json"), path.join(b.dir, "board.json"),
    ...(appSuitePartName(app) ? [appSuitePartMain(app)] : [])];
  return apps.map((a) => {
    const entry = appModuleEntryFile(b, app, a);
    const out = appModuleWasm(b, app, a);
    if (upToDate(out, [...inputs, entry])) return null;
    const tmp = `${out}.tmp`;
    const args = [
      rel(entry), "-o", rel(tmp), "-t", rel(out.replace(/\.wasm$/, ".wat")),
      "--sourceMap", path.basename(mapOf(out)),
      "--config", "user/asconfig.json", "--target", "app",
      ...appAscPath(b),
      // The arch's code generation flags, if any, not its memory layout,
      // which app_asc gives. (ColdFire once built without bulk memory,
      // whose wasm2c translation ignores the big-endian mirroring: an
      // application's Array growth copied garbage there. The build's own
      // memory.copy and memory.fill mirror it now: ivt-memory.h.)
      ...codegenFlags(arch.asc || []),
      ...(arch.app_asc || []),
      // The board's kernel settings, for the limits user/ivt.ts passes on
      // (MIN_STACK_BYTES and the like, from kernel/config.ts).
      ...kernelSettings(b).flatMap(([k, v]) => ["--use", `BOARD_${k}=${v}`]),
      // The suite's short checks, for the suite's groups run as an
      // application (tests/suite-app) on a board short of RAM.
      ...suiteShortChecksAsc(b),
      // An image of part of an app's suite (board.json "apps".<app>.
      // "suite_parts"): its tests of a group.
      ...appSuitePartAsc(b, app),
      // On a core that faults on an unaligned access, the library reads a
      // handle with its object known aligned (user/ivt.ts Semaphore
      // take/give, Queue send/receive: alignedObject).
      ...strictAlignmentAsc(b),
      // Where the application's allocator ends (user/runtime.ts): the
      // memory a board gives it; on sim its wasm page.
      ...(b.arch === "sim" ? [] : ["--use", `BOARD_APP_MEMORY=${appMemoryBytes(b)}`]),
      // On sim it switches threads as the kernel does: asyncify at every
      // system call and at the loop budget.
      ...(arch.asyncify_imports ? ASYNCIFY_ASC_FLAGS : []),
    ];
    const env = arch.asyncify_imports ? asyncifyEnv(sysCalls().map((n) => `${SYS_MODULE}.${n}`), arch.loop_budget) : {};
    return { asc, args, env, tmp, out, arch, app: a };
  }).filter(Boolean);
}

/** Bytes of memory a board gives each application of an isolated image
 *  (board.json app_memory, default 16 KiB). */
const appMemoryBytes = (b) => num(b.app_memory || 16384);

/** asc `flags` without those that lay out memory (`--memoryBase`,
 *  `--initialMemory`, `--maximumMemory` and their values). */
function codegenFlags(flags) {
  const out = [];
  for (let i = 0; i < flags.length; i++) {
    if (["--memoryBase", "--initialMemory", "--maximumMemory"].includes(flags[i])) i++;
    else out.push(flags[i]);
  }
  return out;
}

/** The module of application `a` of an isolated image. */
export const appModuleWasm = (b, app, a) => path.join(imageDir(b, app), `${a.name}.wasm`);

/** After asc: the module may import nothing but the system calls (and on
 *  sim the loop budget), each with the type of the kernel's export. Then
 *  the rename. */
function finishAppModule({ tmp, out, arch }) {
  keepSourceLines(tmp, out, arch);
  const calls = sysCalls().map((n) => `${SYS_MODULE}.${n}`);
  const allowed = new Set([...calls, ...(arch.loop_budget ? [arch.loop_budget] : [])]);
  checkAppImports(out, wasmImports(tmp), allowed);
  checkSysCallTypes(out, sysImportTypes(tmp), sysExportTypes(path.join(path.dirname(out), "kernel.wasm")));
  fs.renameSync(tmp, out);
}

/** A function's type as docs/abi.md writes it: `(i32, i64) -> i32`. */
function typeText(info) {
  const names = (t) => binaryen.expandType(t).map((x) => ({ [binaryen.i32]: "i32", [binaryen.i64]: "i64", [binaryen.f32]: "f32", [binaryen.f64]: "f64" })[x] || "?");
  const results = names(info.results);
  return `(${names(info.params).join(", ")}) -> ${results.length ? results.join(", ") : "()"}`;
}

/** `read(mod)` of the wasm module in `file`, read by binaryen. */
function readModule(file, read) {
  const mod = binaryen.readBinary(fs.readFileSync(file));
  try {
    return read(mod);
  } finally {
    mod.dispose();
  }
}

/** The types of a module's function imports of module `ivt_sys`: name ->
 *  type text. */
const sysImportTypes = (file) => readModule(file, (mod) => {
  const types = new Map();
  for (let i = 0; i < mod.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(mod.getFunctionByIndex(i));
    if (info.module === SYS_MODULE) types.set(info.base, typeText(info));
  }
  return types;
});

/** The types of kernel.wasm's system-call exports (`sys_<call>`): call
 *  name -> type text. */
const sysExportTypes = (file) => readModule(file, (mod) => {
  const types = new Map();
  for (let i = 0; i < mod.getNumExports(); i++) {
    const e = binaryen.getExportInfo(mod.getExportByIndex(i));
    if (e.kind === binaryen.ExternalFunction && e.name.startsWith("sys_")) {
      types.set(e.name.slice(4), typeText(binaryen.getFunctionInfo(mod.getFunction(e.value))));
    }
  }
  return types;
});

/** Stops the build of an application that declares a system call with
 *  another type than the kernel's (its own `@external("ivt_sys", ...)`):
 *  on a board the call would not compile, on sim the module would not
 *  instantiate, neither saying why. `imports` and `exports`: call name ->
 *  type text. */
export function checkSysCallTypes(wasmFile, imports, exports) {
  const bad = [...imports].filter(([name, type]) => exports.has(name) && exports.get(name) !== type);
  if (bad.length) {
    throw new UserError(`${rel(wasmFile)}: ` + bad.map(([name, type]) => `the system call ${SYS_MODULE}.${name} is declared ${type}, but the kernel's is ${exports.get(name)}`).join("; ") +
      ": declare it as user/ivt.ts does, or use user/ivt.ts's API (docs/abi.md)");
  }
}

/** The asc transform that stores the texts the kernel only prints one
 *  byte per character (RAM on the boards): every image has it. */
const TEXT8_TRANSFORM = "tools/ivt/text8-transform.js";

/** What compiling the image's kernel.wasm takes: { asc, args, ... } for
 *  asc (run with the repository as its working directory), or null when
 *  kernel.wasm is up to date. */
function wasmPlan(b, app) {
  const entry = generate(b, app);
  const out = path.join(imageDir(b, app), "kernel.wasm");
  // gen.js too: it writes the entry and the asc flags, which are not files.
  const inputs = [...ASC_SOURCES, ...appSources(app), entry, boardDir(b), path.join(ROOT, "tools/ivt/build.js"), path.join(ROOT, "tools/ivt/gen.js"), path.join(ROOT, "tools/ivt/abort-site.js"), path.join(ROOT, TEXT8_TRANSFORM), path.join(ROOT, "tools/ivt/texts.js"), path.join(ROOT, "tools/ivt/asyncify-transform.js"), path.join(ROOT, "tools/ivt/sourcemap.js"), path.join(ROOT, "arch", b.arch, "arch.json")];
  if (upToDate(out, inputs)) return null;
  const asc = path.join(ROOT, "node_modules/.bin/asc");
  if (!fs.existsSync(asc)) throw new UserError("AssemblyScript is not installed: run `make setup` (it runs npm ci)");
  const arch = archConfig(b);
  // asc writes a temporary file, renamed only once the passes after it are
  // done: a build stopped part-way must not leave a kernel.wasm that looks
  // up to date but was never asyncified (sim) or marked (boards).
  const tmp = `${out}.tmp`;
  const flags = [...(arch.asc || []), ...boardAscFlags(b), ...imageAscFlags(b, app)];
  checkStacksHoldRedZone(`board ${b.name}, app ${app}`, new Map(kernelResolved(flags)));
  const args = [
    rel(entry),
    "-o", rel(tmp),
    "-t", rel(out.replace(/\.wasm$/, ".wat")),
    "--config", "asconfig.json",
    "--target", "kernel",
    ...ascPath(b),
    "--transform", `./${TEXT8_TRANSFORM}`,
    // Read back into kernel.lines.json before the passes after asc move
    // its offsets (finishWasm, tools/ivt/sourcemap.js).
    "--sourceMap", path.basename(mapOf(out)),
    // sim switches threads by unwinding and rewinding the wasm stack:
    // asyncify, inside asc so that its source map holds (tools/ivt/asyncify-transform.js).
    ...(arch.asyncify_imports ? ASYNCIFY_ASC_FLAGS : []),
    ...flags,
  ];
  const env = arch.asyncify_imports ? asyncifyEnv(arch.asyncify_imports, arch.loop_budget) : {};
  return { asc, args, env, tmp, out, flags, arch, app };
}

/** The source map asc writes beside module `out` (its `--sourceMap`). */
const mapOf = (out) => out.replace(/\.wasm$/, ".wasm.map");

/** Where module `out`'s functions are in the sources ({ name: "file:line" },
 *  tools/ivt/sourcemap.js), beside it: what `ivt decode` reads. */
export const linesOf = (out) => out.replace(/\.wasm$/, ".lines.json");

/** Where each byte offset of module `out`'s code is in the sources
 *  (tools/ivt/sourcemap.js statementTable), beside it: sim's modules only,
 *  whose offsets are the ones asc's map gives. */
export const statementsOf = (out) => out.replace(/\.wasm$/, ".statements.json");

/** Turns asc's source map of `tmp` (asc's output for `out`) into
 *  linesOf(out) (each function's declaration) and, on sim, statementsOf(out)
 *  (each statement's line), and removes the map. On sim the map holds for
 *  the module that runs (asyncify runs inside asc); on a board the passes
 *  after asc move every offset and wasm2c makes native code of it, so only
 *  the functions' lines are kept. */
function keepSourceLines(tmp, out, arch) {
  const map = mapOf(out);
  if (!fs.existsSync(map)) return;
  const parsed = JSON.parse(fs.readFileSync(map, "utf8"));
  writeIfChanged(linesOf(out), JSON.stringify(functionLines(fs.readFileSync(tmp), parsed), null, 0) + "\n");
  if (arch.asyncify_imports) writeIfChanged(statementsOf(out), JSON.stringify(statementTable(parsed), null, 0) + "\n");
  fs.rmSync(map);
}

/** The passes after asc (abort-site marks on boards, the host settings
 *  section), then the rename that makes kernel.wasm. */
function finishWasm({ tmp, out, flags, arch, app }) {
  keepSourceLines(tmp, out, arch);
  if (!arch.asyncify_imports) markAbortSites(tmp); // sim's host prints a whole backtrace instead
  // The kernel settings this image was compiled with, for a host that
  // runs the wasm itself (sim); wasm2c skips the section, and a native
  // host has the same values in board.h. Appended: no code offset moves.
  appendCustomSection(tmp, HOST_SECTION, JSON.stringify({ ...hostSettings(flags), apps: (isolatedApps(app) || []).map((a) => a.name) }));
  fs.renameSync(tmp, out);
}

/** Runs asc inside this process (its API, not its command): no second
 *  Node process, Binaryen shared with the build's own passes, and a
 *  process that builds image after image (make test's build workers)
 *  keeps asc and Binaryen compiled by V8: a warm compile of a suite image
 *  takes about 1 s instead of 4-5 s (docs/build.md, Time). asc reads the
 *  build's paths relative to the repository, so the working directory is
 *  the repository while it runs. */
async function ascInProcess(args, env = {}) {
  const t0 = Date.now();
  const { default: asc } = await import("assemblyscript/asc");
  const stdout = asc.createMemoryStream();
  const stderr = asc.createMemoryStream();
  const cwd = process.cwd();
  process.chdir(ROOT);
  // The plan's environment (sim: what asyncify instruments), for its
  // transforms, as a separate asc process would have it.
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  let error;
  try {
    ({ error } = await asc.main(args, { stdout, stderr }));
  } finally {
    process.chdir(cwd);
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  logStep("asc (in process)", args, t0);
  if (error) throw new UserError(`build step failed: asc ${args.join(" ")}\n${stdout.toString()}${stderr.toString()}`);
}

/** make test's native images: the same code with less debug information.
 *  `-g1` keeps line tables, function names and call frames (a crash
 *  report's symbolization, gdb's backtrace) and drops the types and
 *  variable locations of wasm2c's temporaries, which take almost half of
 *  the translated module's compile time (the whole suite on mps2-an385:
 *  11.6 s with -g, 8.1 s with -g1). GCC's debug options do not change the
 *  code: tests/tools/debug-info.test.js compares the two builds' text. The
 *  images users run, debug and flash keep full -g. */
export const TEST_BUILD = { variant: "test", cflags: ["-g1"] };

/** Builds whatever the board runs: kernel.wasm for sim, kernel.elf
 *  otherwise; resolves to its path. asc runs in this process
 *  (ascInProcess); the rest as buildWasm and buildNative do. `forTest`:
 *  a native image is built as TEST_BUILD says (make test's runs). */
export async function buildImage(b, app, { forTest = false } = {}) {
  const bb = boardForApp(b, app);
  const unlock = lockImage(imageDir(bb, app));
  try {
    const plan = wasmPlan(bb, app);
    if (plan) {
      await ascInProcess(plan.args, plan.env);
      finishWasm(plan);
    }
    for (const p of appModulePlans(bb, app)) {
      await ascInProcess(p.args, p.env);
      finishAppModule(p);
    }
  } finally {
    unlock();
  }
  return b.arch === "sim" ? buildWasm(b, app) : buildNative(b, app, forTest ? TEST_BUILD : {});
}

/** Stops the build of an image whose static data does not fit the module
 *  memory the board gives (board.json module_memory): it would trap while
 *  loading, before any report could be printed. The data ends where its
 *  last segment ends, rounded up to 16 as asc places the heap after it.
 *  Returns `wasm`. */
export function checkStaticDataFits(b, wasm) {
  const end = (wasmInfo(wasm).dataEnd + 15) & ~15;
  const bytes = num(b.module_memory);
  if (end <= bytes) return wasm;
  const setting = b.layout ? `apps.${b.layout}.module_memory` : "module_memory";
  throw new DoesNotFit(
    `${rel(wasm)}: the static data ends at byte ${end}, but board ${b.name} gives the module ${bytes} bytes of memory ` +
    `(board.json ${setting}): make the app's static data (constant arrays, strings) ${end - bytes} bytes smaller, ` +
    `or give the board more ${setting}`,
  );
}

/** Stops the build of an isolated image whose application module's static
 *  data does not fit the memory the board gives each application
 *  (board.json app_memory): it would trap while the module is
 *  instantiated, at boot. Returns `wasm`. */
function checkAppDataFits(b, wasm, bytes) {
  const end = (wasmInfo(wasm).dataEnd + 15) & ~15;
  if (end <= bytes) return wasm;
  const setting = b.layout ? `apps.${b.layout}.app_memory` : "app_memory";
  throw new DoesNotFit(
    `${rel(wasm)}: the application's static data ends at byte ${end}, but board ${b.name} gives each application ${bytes} bytes of memory ` +
    `(board.json ${setting}): make its static data ${end - bytes} bytes smaller, or give the board more ${setting}`,
  );
}

/** The wasm that wasm2c translates for a board: `wasm` with its loops
 *  versioned against `limit` bytes of module memory (tools/ivt/loops.js),
 *  written to `out`; `marked` if it holds proved accesses (their offsets
 *  carry VERIFIED_OFFSET_MARK). The original stays as it is: the tools that name
 *  functions in reports read it, and versioning leaves every function at
 *  its index. */
function versionedWasm(wasm, out, limit) {
  return readModule(wasm, (mod) => {
    const F = binaryen.Features;
    mod.setFeatures(F.MVP | F.BulkMemory | F.SignExt | F.MutableGlobals | F.NontrappingFPToInt);
    binaryen.setDebugInfo(true); // keep the name section: wasm2c names the C functions from it
    const { loops } = versionLoops(mod, limit);
    if (loops === 0) fs.copyFileSync(wasm, out);
    else fs.writeFileSync(out, mod.emitBinary());
    return { file: out, marked: loops > 0 };
  });
}

/** Inputs of a module's translated C besides its wasm. */
const TRANSLATION_INPUTS = ["tools/ivt/build.js", "tools/ivt/loops.js"].map((f) => path.join(ROOT, f));

/** wasm2c (wabt 1.0.32) checks every load and store as
 *  `addr + size > mem->size` in 64-bit arithmetic, `addr` being the
 *  instruction's base plus its constant offset, and indexes `mem->data`:
 *  on a 32-bit MCU that is two loads from the instance and five
 *  instructions of 64-bit compare per access, a quarter to a third of the
 *  kernel's instructions (make bench). A board's module memory is static
 *  and its size known at build time, so every access is rewritten to
 *  check its base and offset apart with `ivt_ea` (one compare of the base
 *  with a constant) and to index the static buffer
 *  (arch/wasm-rt/ivt-memory.h). The check stays exact: an access traps
 *  exactly when wasm says it must (tests/target/threads.ts checks the
 *  edges, including an address that wraps past 4 GiB). memory.fill and
 *  memory.copy go to ivt-memory.h's (exact checks in 32 bits, the range
 *  mirrored on a big-endian CPU). `marked`: the wasm came from
 *  versionLoops with loops versioned, and an offset of 2^31 or more is
 *  the mark of an access proved in bounds (`ivt_ea_verified`). Throws if
 *  wasm2c's output is not what this expects, rather than build unchecked
 *  code. */
export function specializeMemoryAccess(c, { marked = false } = {}) {
  const expect = (what, found, times) => {
    if (found === times) return;
    throw new UserError(`wasm2c's output is not what tools/ivt/build.js expects (${what}: found ${found}, expected ${times}); ` +
      "this wasm2c is not wabt 1.0.32: update specializeMemoryAccess for it");
  };
  const calls = c.match(/\b(?:i32|i64|f32|f64)_(?:load|store)\w*\(&instance->w2c_memory, /g) || [];
  let rewritten = 0;
  c = c.replace(/\b((?:i32|i64|f32|f64)_(?:load|store)(8|16|32)?\w*)\(&instance->w2c_memory, \(u64\)\((w2c_\w+)\)(?: \+ (\d+)u?)?/g,
    (all, name, bits, base, offset) => {
      rewritten++;
      const bytes = bits ? Number(bits) / 8 : name.startsWith("i64") || name.startsWith("f64") ? 8 : 4;
      // An access proved in bounds by its loop's range test (tools/ivt/loops.js).
      if (marked && Number(offset) >= VERIFIED_OFFSET_MARK) return `${name}(&instance->w2c_memory, ivt_ea_verified(${base}, ${Number(offset) - VERIFIED_OFFSET_MARK}u, ${bytes}u)`;
      return `${name}(&instance->w2c_memory, ivt_ea(${base}, ${offset || 0}u, ${bytes}u)`;
    });
  expect("loads and stores in the form (u64)(base) + offset", rewritten, calls.length);
  const edits = [
    // [what wasm2c writes, what replaces it, how many times it must occur]
    ["#define MEMCHECK(mem, a, t) RANGE_CHECK(mem, a, sizeof(t))\n",
      "#include \"ivt-memory.h\" /* ivt: accesses specialized by tools/ivt/build.js */\n" +
      "#define MEMCHECK(mem, a, t) /* checked at each access by ivt_ea */\n", 1],
    ["&mem->data[addr]", "&ivt_module_memory[addr]", 2], // little-endian CPUs
    // big-endian: the index in 32 bits (addr is below the limit once
    // checked), or GCC computes it in 64 (ColdFire: a subx more per access)
    ["&mem->data[mem->size - addr - sizeof(t1)]", "&ivt_module_memory[IVT_MODULE_LIMIT - (uint32_t)addr - sizeof(t1)]", 2],
    // The data segments, copied at boot: their offsets and sizes are
    // constants, so with a constant bound the checks fold away. Against
    // mem->size GCC kept every segment's 64-bit bound live at once, and on
    // ColdFire init_memories took an 18 KB frame, more than the boot stack.
    ["RANGE_CHECK((&m), m.size - o - s, s);", "IVT_SEGMENT_CHECK(o, s);", 1], // big-endian
    ["load_data(&(m.data[m.size - o - s]), i, s);", "load_data(&ivt_module_memory[IVT_MODULE_LIMIT - o - s], i, s);", 1],
    ["RANGE_CHECK((&m), o, s);", "IVT_SEGMENT_CHECK(o, s);", 1], // little-endian
    ["load_data(&(m.data[o]), i, s);", "load_data(&ivt_module_memory[o], i, s);", 1],
    // wasm2c forces every load to happen, its value unused or not, so that
    // with guard pages (no explicit check) an access out of bounds still
    // faults. Here ivt_ea checks each access before it, so the forced read
    // only kept GCC from dropping a dead load: kernel/heap-layout.ts
    // fieldsChecked wants the check of a load, not the load.
    ["wasm_asm(\"\" ::\"r\"(result));", "/* ivt: no forced read, ivt_ea checked */", 2],
    // memory.copy: within the module's one memory of constant size, a few
    // aligned words well inside it moved in registers with no size loaded
    // from the instance (ivt_memory_copy); mirrored on a big-endian CPU
    // (ColdFire), which wasm2c's memmove of data + addr is not.
    ["  RANGE_CHECK(dest, dest_addr, n);\n  RANGE_CHECK(src, src_addr, n);\n  memmove(dest->data + dest_addr, src->data + src_addr, n);\n}",
      "  (void)src;\n  ivt_memory_copy(dest, ivt_module_memory, IVT_MODULE_LIMIT, dest_addr, src_addr, n);\n}", 1],
    // memory.fill: in 32 bits, and mirrored on a big-endian CPU, which
    // wasm2c's is not (ivt_memory_fill).
    ["  RANGE_CHECK(mem, d, n);\n  memset(mem->data + d, val, n);", "  ivt_memory_fill(mem, d, val, n);", 1],
  ];
  for (const [from, to, times] of edits) {
    expect(JSON.stringify(from), c.split(from).length - 1, times);
    c = c.split(from).join(to);
  }
  return c;
}

/** In an image whose applications run in their own modules, nothing but
 *  the kernel, its drivers and the board's code runs in kernel.wasm: no
 *  application can store into its memory or hand it an address (system
 *  calls take handles and copy buffers after checking them against the
 *  caller's memory: kernel/sys.ts). So the kernel's own loads and stores
 *  are trusted there, as C code's are: `ivt_ea_trusted` computes the
 *  address without the bounds check (measured in docs/build.md,
 *  Isolation). A kernel bug then corrupts memory instead of trapping, as in
 *  a C kernel; board.json `"kernel_bounds_checks": true` keeps the checks.
 *  Runs on specializeMemoryAccess's output. */
export function trustKernelAccesses(c) {
  const uses = c.split("ivt_ea(").length - 1;
  if (uses === 0) throw new UserError("tools/ivt/build.js trustKernelAccesses: no ivt_ea( in the kernel's C (specializeMemoryAccess did not run?)");
  return c.split("ivt_ea(").join("ivt_ea_trusted(");
}

/** wasm2c (wabt 1.0.32) exports a function through a wrapper that calls
 *  the static one, and GCC inlines that call: the function is called once.
 *  Where the module's flags forbid that (`-fno-inline-functions-called-once`,
 *  micro:bit's, to keep its stacks small), and an M0 cannot tail-branch
 *  that far, every system call paid a second call: a push, a move, a `bl`
 *  and a pop. There the system calls' exports (`Z_kernelZ_sys_*`, which
 *  applications call: callKernelDirectly) are made aliases of the static
 *  functions, whose signature is the wrapper's (app_sem_give_take 239 ->
 *  230 instructions on micro:bit). Not elsewhere: on Cortex-M3 the alias
 *  costs a give + take one instruction (GCC no longer specializes the
 *  function's parameters), and declaring the functions always_inline
 *  instead moved figures by two to eleven either way on both boards.
 *  Throws if no export has the expected form. */
export function sysCallsAsAliases(c) {
  let made = 0;
  c = c.replace(/^(u32|void) (Z_kernelZ_sys_\w+)\((Z_kernel_instance_t\* instance(?:, u(?:32|64) w2c_p\d+)*)\) \{\n  return (w2c_\w+)\(instance(?:, w2c_p\d+)*\);\n\}$/gm,
    (_, ret, name, params, body) => {
      made++;
      return `${ret} ${name}(${params}) __attribute__((alias("${body}"))); /* ivt: tools/ivt/build.js sysCallsAsAliases */`;
    });
  if (made === 0) throw new UserError("wasm2c's output is not what tools/ivt/build.js expects (sysCallsAsAliases: no export wrapper of a sys_ function): this wasm2c is not wabt 1.0.32");
  return c;
}

/** wasm2c (wabt 1.0.32) copies each of the module's data segments with its
 *  own LOAD_DATA line, and GCC expands each small constant-size copy into
 *  inline stores: 4.6 KB of code in the minimal image for 5 KB of data (one
 *  segment per static object, half of it zero bytes: UTF-16 strings, zero
 *  fields). Rewritten into a bitmap of the non-zero bytes from the first
 *  segment's start to the last one's end, and those bytes in order, written
 *  by one loop into memory that wasm_rt_allocate_memory has zeroed: about
 *  2.7 KB of constant data and a loop, instead of 4.6 KB of code. Byte
 *  order is kept: IVT_DATA_AT puts address a where wasm2c's big-endian
 *  layout has it. Throws if wasm2c's output is not what this expects. */
export function loadDataFromTable(c) {
  const fail = (what) => {
    throw new UserError(`wasm2c's output is not what tools/ivt/build.js expects (${what}); ` +
      "this wasm2c is not wabt 1.0.32: update loadDataFromTable for it");
  };
  const arrays = new Map();
  c = c.replace(/^static const u8 (data_segment_data_w2c_\w+)\[\] = \{\n([^}]*)\};\n/gm, (all, name, body) => {
    arrays.set(name, (body.match(/0x[0-9a-f]{2}/g) || []).map((h) => parseInt(h, 16)));
    return "";
  });
  const segments = [];
  c = c.replace(/^ {2}LOAD_DATA\(instance->w2c_memory, (\d+)u, (data_segment_data_w2c_\w+), (\d+)\);\n/gm, (all, offset, name, size) => {
    const bytes = arrays.get(name);
    if (!bytes || bytes.length !== Number(size)) fail(`segment ${name}: ${size} bytes to load, ${bytes ? bytes.length : "no"} array`);
    segments.push({ offset: Number(offset), bytes });
    return "";
  });
  if (segments.length !== arrays.size) fail(`${arrays.size} data segment arrays, ${segments.length} LOAD_DATA lines`);
  if (/data_segment_data_w2c_/.test(c)) fail("a data segment is used elsewhere than its LOAD_DATA line (a passive segment?)");
  if (segments.length === 0) return c;
  segments.sort((x, y) => x.offset - y.offset);
  const first = segments[0].offset;
  const last = segments[segments.length - 1];
  const span = last.offset + last.bytes.length - first;
  const image = new Uint8Array(span);
  let end = first;
  for (const s of segments) {
    if (s.offset < end) fail(`data segments overlap at ${s.offset}`);
    image.set(s.bytes, s.offset - first);
    end = s.offset + s.bytes.length;
  }
  const map = new Uint8Array(Math.ceil(span / 8));
  const nonzero = [];
  image.forEach((byte, i) => {
    if (byte === 0) return;
    map[i >> 3] |= 1 << (i & 7);
    nonzero.push(byte);
  });
  const hex = (list) => {
    const out = [];
    for (let i = 0; i < list.length; i += 16) out.push("  " + Array.from(list.slice(i, i + 16), (v) => "0x" + v.toString(16).padStart(2, "0")).join(", ") + ",");
    return out.join("\n");
  };
  const table =
    "/* ivt: the data segments as a bitmap of non-zero bytes and those bytes, by tools/ivt/build.js loadDataFromTable */\n" +
    `static const u8 ivt_data_map[${map.length}] = {\n${hex(map)}\n};\n` +
    `static const u8 ivt_data_bytes[${Math.max(1, nonzero.length)}] = {\n${hex(nonzero.length ? nonzero : [0])}\n};\n` +
    "#if WABT_BIG_ENDIAN\n#define IVT_DATA_AT(a) ivt_module_memory[IVT_MODULE_LIMIT - 1 - (a)]\n#else\n#define IVT_DATA_AT(a) ivt_module_memory[a]\n#endif\n\n";
  const alloc = /^(static void init_memories\(\w+\* instance\) \{\n {2}wasm_rt_allocate_memory\(&instance->w2c_memory, \d+, \d+\);\n)/m;
  if (!alloc.test(c)) fail("init_memories does not begin with wasm_rt_allocate_memory");
  return c.replace(alloc, (head) => table + head +
    `  IVT_SEGMENT_CHECK(${first}u, ${span}u);\n` +
    "  const u8* ivt_src = ivt_data_bytes;\n" +
    `  for (u32 ivt_i = 0; ivt_i < ${span}u; ivt_i += 8) {\n` +
    "    u32 ivt_m = ivt_data_map[ivt_i >> 3];\n" +
    "    for (u32 ivt_b = 0; ivt_m != 0; ivt_b++, ivt_m >>= 1) {\n" +
    `      if (ivt_m & 1) IVT_DATA_AT(${first}u + ivt_i + ivt_b) = *ivt_src++;\n` +
    "    }\n" +
    "  }\n");
}

/** wasm2c (wabt 1.0.32) passes the instance to every function and reaches
 *  the module's globals through it (`instance->w2c_x`). GCC cannot prove
 *  that pointer does not alias module memory, so it reloads every global
 *  after every store to memory and keeps the pointer alive in a register
 *  across calls. An image holds exactly one instance of the module,
 *  `ivt_kernel_instance` (arch/native/boot.c, the only one the stubs pass),
 *  so its globals are named directly: a declared object GCC knows apart
 *  from ivt_module_memory, and the unused parameter is dropped from the
 *  static functions. Throws if wasm2c's output is not what this expects. */
/** The names of a translated module's instance and memory: the kernel's,
 *  or an application module's of an isolated image (appModuleC). */
export const KERNEL_MODULE = { name: "kernel", instance: "ivt_kernel_instance", memory: "ivt_module_memory", limit: "IVT_MODULE_LIMIT" };
export const appModuleNames = (a) => ({
  name: `app_${a.name}`,
  instance: `ivt_app_${a.name}_instance`,
  memory: `ivt_app_${a.name}_memory`,
  limit: `IVT_APP_${a.name.toUpperCase()}_LIMIT`,
});

export function nameTheOneInstance(c, mod = KERNEL_MODULE) {
  const include = `#include "${mod.name}.h"\n`;
  const uses = c.split("instance->").length - 1;
  if (c.split(include).length - 1 !== 1 || uses === 0) {
    throw new UserError(`wasm2c's output is not what tools/ivt/build.js expects (nameTheOneInstance: ${include.trim()} and instance->); ` +
      "this wasm2c is not wabt 1.0.32, or the module is not named kernel: update nameTheOneInstance for it");
  }
  return c.replace(include, include +
    "/* ivt: the image's one instance, named directly by tools/ivt/build.js nameTheOneInstance */\n" +
    `extern Z_${mod.name}_instance_t ${mod.instance};\n`)
    .split("instance->").join(`${mod.instance}.`);
}

/** The host ABI calls on every fast path rewritten to inline bodies
 *  (`ivt_port_<name>`) instead of calls to `Z_ivtZ_<name>`: the kernel
 *  lock's save and restore and the switch requests (the architecture's,
 *  arch/<arch>/ivt-port-inline.h), the MMIO gate's accessors and the cycle
 *  counter (arch/native/ivt-native-inline.h). Each call cost a branch, a
 *  return and the instance pointer's load (docs/build.md, "Fast paths").
 *  `poll` stays a call: being opaque to the C compiler is its purpose.
 *  Throws if wasm2c's output calls none of them, rather than silently keep
 *  the calls. */
const INLINE_PORT_CALLS = ["irq_save", "irq_restore", "switch_request", "switch_to", "cycles",
  "mmio_read8", "mmio_read16", "mmio_read32", "mmio_write8", "mmio_write16", "mmio_write32"];
export function inlinePortCalls(c) {
  return callHostInline(c, "inlinePortCalls", INLINE_PORT_CALLS, "ivt_port_",
    "#include \"ivt-port-inline.h\" /* ivt: the lock and the switch request inline, by tools/ivt/build.js inlinePortCalls */\n" +
    "#include \"ivt-native-inline.h\" /* ivt: the MMIO gate and the cycle counter inline, by tools/ivt/build.js inlinePortCalls */\n");
}

/** An isolated image's kernel calls the copies between an application's
 *  memory and its own (imports app_copy_in, app_copy_out) as the inline
 *  functions of the image's apps-copy.h (appsCopyH) instead of through
 *  apps.c: a copy is then part of the system call that makes it. Throws if
 *  wasm2c's output calls neither, rather than silently keep the calls. */
export function inlineAppCopies(c) {
  return callHostInline(c, "inlineAppCopies", ["app_copy_in", "app_copy_out"], "ivt_",
    "#include \"apps-copy.h\" /* ivt: a system call's copy inline, by tools/ivt/build.js inlineAppCopies */\n");
}

/** Rewrites wasm2c's calls of the host imports `names`
 *  (`(*Z_ivtZ_<name>)(`) to `<prefix><name>(`, functions of the headers
 *  `includes` adds after ivt-memory.h's include. `rewrite` names the
 *  caller in errors: wasm2c's output without the include, or with none of
 *  the calls, is not what the rewrite was written for. */
function callHostInline(c, rewrite, names, prefix, includes) {
  const include = "#include \"ivt-memory.h\" /* ivt: accesses specialized by tools/ivt/build.js */\n";
  if (c.split(include).length !== 2) throw new UserError(`tools/ivt/build.js ${rewrite}: no ivt-memory.h include after specializeMemoryAccess`);
  let rewritten = 0;
  for (const name of names) {
    const parts = c.split(`(*Z_ivtZ_${name})(`);
    rewritten += parts.length - 1;
    c = parts.join(`${prefix}${name}(`);
  }
  if (rewritten === 0) {
    throw new UserError(`wasm2c's output is not what tools/ivt/build.js expects (${rewrite}: no call of the form (*Z_ivtZ_${names[0]})(...)); ` +
      `this wasm2c is not wabt 1.0.32: update ${rewrite} for it`);
  }
  return c.replace(include, include + includes);
}

/** Kernel code that runs once or only on the way to a report (boot, board
 *  set-up, object creation, crash reports, number formatting, the shell,
 *  the trace dump, the invariant check) is marked cold: GCC optimizes it
 *  for size, and branches into it are laid out as unlikely. The module is
 *  compiled at -O3 for its hot paths (switch, interrupt dispatch, the
 *  sync objects); measured in docs/build.md ("Fast paths"). The match is on
 *  wasm2c's names, `w2c_<source path>_<function>`, in the prototypes it
 *  writes before the code. Not on a function whose callers are hot: GCC
 *  then inlines differently around it (thread.ts retireLocked, which calls
 *  the mutex hand-over that unlock inlines, cost mutex_uncontended 37
 *  instructions when marked). */
const COLD_NAMES = [
  "kernel_(?:boot|panic|bugcheck|format|console|errors|board|shell|tracedump|check|debug|version|irq_dump)_\\w*",
  "boards_\\w+_board_\\w*",
  "\\w+_constructor",
  "kernel_exports_ivt(?:boot|trap)",
  "kernel_thread_(?:kernelThreadCreate|kernelThreadMakeLocked|kernelThreadIdReserve|threadCreate|endOverflowedLocked)\\w*",
  "kernel_swtimer_timerThread(?:MakeLocked|Make|Reserve)",
  "kernel_irq_storm_(?:stormDisable|loadDisable|spuriousVector)",
  "kernel_irq_manage_irq(?:Request|Free)",
  "kernel_irq_descriptors_(?:irqAddChip|descFor)\\w*",
];
const COLD_FUNCTIONS = new RegExp("^(static [\\w ]+ )(w2c_(?:" + COLD_NAMES.join("|") + "))\\(", "gm");
/** Kernel functions kept out of line (noinline): the rare branch of a
 *  function that is called on a hot path, which GCC would otherwise inline
 *  back into it, making the common path save more registers. A give that
 *  finds a waiter hands the unit over in kernel/sem.ts handToWaiterLocked:
 *  inlined, it cost every give without one (sem_give_take 57 -> 58 on
 *  mps2-an385). threadSuspend, inlined into its callers, was split by
 *  GCC's partial inlining: the one bounds check for the thread's fields
 *  (fieldsChecked) stayed in the caller and the out-of-line part checked
 *  every field again (Thread-Metric preemptive 270.77 -> 256.53 kept out
 *  of line). A queue system call's pinned path (kernel/sys.ts queuePut,
 *  queueGet), inlined into sys_queue_send and sys_queue_receive, made
 *  their short path save and reload its values on the stack. A thread
 *  create's name (kernel/sys.ts slotName: a slot's first create makes a
 *  string, with a memory.copy), inlined into sys_thread_create, made that
 *  frame 32 bytes larger on ColdFire once memory.copy was inline there
 *  (bulk memory): the frame is on the stack for the whole create, and an
 *  application thread creating another at MIN_STACK_BYTES overflowed
 *  (tests/isolation-hostile; out of line: 100 -> 84 bytes). The switch
 *  from a thread (kernel/sched.ts switchBeforeUnlockLocked), once it lost
 *  its stack check (dropCallersChecks), was split by GCC's partial
 *  inlining into every caller (Thread-Metric preemptive 254.93 -> 255.73
 *  on mps2-an385); its comment already asked for it out of line. */
const OUT_OF_LINE_FUNCTIONS = new RegExp(
  "^(static [\\w ]+ )(w2c_(?:" + [
    "kernel_sem_handToWaiterLocked",
    "kernel_thread_threadSuspend",
    "kernel_sys_queue(?:Put|Get)",
    "kernel_sys_slotName",
    "kernel_sched_switchBeforeUnlockLocked",
  ].join("|") + "))\\(", "gm");
export function markColdFunctions(c) {
  let marked = 0;
  const out = c.replace(COLD_FUNCTIONS, (_, head, name) => {
    marked++;
    return `${head}__attribute__((cold)) ${name}(`;
  }).replace(OUT_OF_LINE_FUNCTIONS, (_, head, name) => `${head}__attribute__((noinline)) ${name}(`);
  // Every kernel has boot code: none found means wasm2c names functions
  // differently now, and the marking would silently do nothing.
  if (marked === 0 || !/__attribute__\(\(cold\)\) w2c_kernel_boot_/.test(out)) {
    throw new UserError("wasm2c's output is not what tools/ivt/build.js expects (markColdFunctions: no w2c_kernel_boot_ function); " +
      "this wasm2c is not wabt 1.0.32: update COLD_FUNCTIONS for its names");
  }
  return out;
}

/** wasm2c (wabt 1.0.32) builds the function table at instantiation: 12
 *  bytes of RAM an entry (type id, function, instance), filled from a const
 *  element segment, with type ids registered at run time. An AssemblyScript
 *  module's table is fixed: one active segment, no table.set, grow, fill,
 *  copy or init in code, and one instance (nameTheOneInstance). So the table
 *  becomes a const array in flash, `ivt_function_table` ({type class,
 *  function}, 8 bytes an entry), and call_indirect compares the entry's
 *  type class with the call's (types with equal signatures share a class,
 *  as the runtime's registration made them equal): on microbit the suite's
 *  images get 12 bytes of RAM back per entry, and every indirect call loads
 *  two words fewer. A module with no table is left as it is. Throws if
 *  wasm2c's output is not what this expects. Runs after nameTheOneInstance. */
export function constFunctionTable(c, instance = KERNEL_MODULE.instance) {
  const bad = (why) => new UserError(`wasm2c's output is not what tools/ivt/build.js expects (constFunctionTable: ${why}); this wasm2c is not wabt 1.0.32: update constFunctionTable for it`);
  const allocs = [...c.matchAll(new RegExp(`^ {2}wasm_rt_allocate_funcref_table\\(&${instance}\\.(w2c_\\w+), (\\d+), (\\d+)\\);\\n`, "gm"))];
  if (allocs.length === 0) {
    if (c.includes(`CALL_INDIRECT(${instance}`)) throw bad("indirect calls but no function table");
    return c;
  }
  if (allocs.length !== 1) throw bad(`${allocs.length} function tables, expected 1`);
  const [allocLine, table, size, max] = allocs[0];
  if (size !== max) throw bad(`the table may grow (${size} to ${max} entries)`);
  const inits = [...c.matchAll(new RegExp(`^ {2}funcref_table_init\\(&${instance}\\.(w2c_\\w+), (elem_segment_exprs_\\w+), (\\d+), (\\d+)u, 0, (\\d+), instance, func_types\\);\\n`, "gm"))];
  // An application module whose only indirect call is its entry's may have
  // a table with no element segment (nothing in it yet): every entry null.
  const empty = inits.length === 0 && (c.match(/\bfuncref_table_init\(/g) || []).length === 1;
  if (!empty && (inits.length !== 1 || inits[0][1] !== table || inits[0][3] !== inits[0][5])) throw bad("the table is not filled by exactly one whole element segment");
  const [initLine, , segment, count, offset] = empty ? ["", "", null, "0", "0"] : inits[0];
  if (Number(offset) + Number(count) > Number(size)) throw bad("the element segment overruns the table");
  if (!empty && (c.match(/\bfuncref_table_init\(/g) || []).length !== 2) throw bad("the element segment is also used by table.init in code");
  // The segment's entries: {type index, function, module offset 0}.
  const segRe = empty ? null : new RegExp(`^static const wasm_elem_segment_expr_t ${segment}\\[\\] = \\{\\n([\\s\\S]*?)^\\};\\n`, "m");
  const seg = empty ? [null, ""] : segRe.exec(c);
  if (!seg) throw bad(`no definition of ${segment}`);
  const entries = seg[1].split("\n").filter((l) => l.trim()).map((l) => {
    const m = /^ {2}\{(\d+), \(wasm_rt_function_ptr_t\)&(w2c_\w+), 0\},$/.exec(l);
    if (!m) throw bad(`element entry \`${l.trim()}\``);
    return { type: Number(m[1]), func: m[2] };
  });
  if (entries.length !== Number(count)) throw bad(`${segment} has ${entries.length} entries, the table init says ${count}`);
  // Type classes: equal signatures are one class, as the runtime's
  // wasm_rt_register_func_type returns one id for them.
  const sigs = [...c.matchAll(/^ {2}func_types\[(\d+)\] = wasm_rt_register_func_type\(([^)]*)\);$/gm)];
  const classOf = [];
  sigs.forEach((m, i) => {
    if (Number(m[1]) !== i) throw bad("func_types registered out of order");
    classOf.push(sigs.findIndex((o) => o[2] === m[2]));
  });
  if (entries.some((e) => e.type >= classOf.length)) throw bad("an element entry names an unregistered type");
  const rows = Array.from({ length: Number(size) }, () => "  {0, NULL},");
  entries.forEach((e, i) => (rows[Number(offset) + i] = `  {${classOf[e.type]}u, (wasm_rt_function_ptr_t)&${e.func}},`));
  const defs =
    "/* ivt: the function table in flash, by tools/ivt/build.js constFunctionTable */\n" +
    "typedef struct { u32 type_class; wasm_rt_function_ptr_t func; } ivt_table_entry_t;\n" +
    `#define IVT_TABLE_SIZE ${size}u\n` +
    `static const ivt_table_entry_t ivt_function_table[${size}] = {\n${rows.join("\n")}\n};\n` +
    `static const u32 ivt_type_class[${Math.max(1, classOf.length)}] = {${classOf.join(", ") || "0"}};\n`;
  // The macro: same checks (in range, not null, same type), no RAM.
  const macroFrom =
    "#define CALL_INDIRECT(table, t, ft, x, ...)             \\\n" +
    "  (LIKELY((x) < table.size && table.data[x].func &&     \\\n" +
    "          table.data[x].func_type == func_types[ft]) || \\\n" +
    "       TRAP(CALL_INDIRECT),                             \\\n" +
    "   ((t)table.data[x].func)(__VA_ARGS__))\n";
  const macroTo =
    "#define CALL_INDIRECT(table, t, ft, x, ...) /* ivt: the const table, see ivt_function_table */ \\\n" +
    "  (LIKELY((x) < IVT_TABLE_SIZE && ivt_function_table[x].func &&     \\\n" +
    "          ivt_function_table[x].type_class == ivt_type_class[ft]) || \\\n" +
    "       TRAP(CALL_INDIRECT),                             \\\n" +
    "   ((t)ivt_function_table[x].func)(__VA_ARGS__))\n";
  if (c.split(macroFrom).length !== 2) throw bad("CALL_INDIRECT's definition");
  c = c.replace(macroFrom, macroTo);
  const instanceArg = new RegExp(`${instance}\\.${table}\\.data\\[\\w+\\]\\.module_instance`, "g");
  c = c.replace(instanceArg, `&${instance}`);
  const free = `  wasm_rt_free_funcref_table(&${instance}.${table});\n`;
  c = c.replace(allocLine, "").replace(initLine, "").replace(free, "");
  if (!empty) c = c.replace(segRe, (all) => defs);
  else if (c.split("\nstatic u32 func_types[").length === 2) c = c.replace("\nstatic u32 func_types[", `\n${defs}static u32 func_types[`);
  else throw bad("no place for the empty table's definition (func_types)");
  // What is left of the RAM table must be only the calls' unused first argument.
  const left = (c.match(new RegExp(`${instance}\\.${table}\\b`, "g")) || []).length;
  const calls = c.split(`CALL_INDIRECT(${instance}.${table},`).length - 1;
  if (left !== calls) throw bad(`the table is used other than by call_indirect (${left - calls} uses: table.get/set/size?)`);
  // The registered type ids were for the RAM table only: registering them
  // would keep the runtime's type table (about 100 bytes of RAM) alive.
  const usesOfTypes = c.split(/\bfunc_types\[/).length - 1;
  if (usesOfTypes === sigs.length + 2 /* the array's declaration, funcref_table_init's parameter */ && c.split("  init_func_types();\n").length === 2) {
    c = c.replace("  init_func_types();\n", "  /* ivt: no init_func_types(): the types are ivt_type_class */\n");
  }
  return c;
}

/** Kernel functions that keep their check although dropCallersChecks would
 *  take it: without it GCC inlined them where it had not, and the paths
 *  around them got longer than the check (measured on mps2-an385). The
 *  trace ring's writer, inlined into the interrupt dispatch, made
 *  Thread-Metric interrupt's round 2 instructions longer (its register
 *  allocation, not the work); the chip lookup, inlined into irqPend, 7 on
 *  the same round. */
const CHECK_KEPT = /^w2c_kernel_(?:trace_traceRecord|irq_descriptors_chipFor)$/;
/** Kernel code that runs once per object, not per operation, keeps its
 *  check under dropCallersChecks: an object's create and delete and the
 *  allocators behind them (region, heap). Nothing is gained there, and
 *  their frames are large: a queue's create without its check, over the
 *  region allocator's 48-byte frame and the trap path, needed 224 bytes
 *  of red zone in the demo tasks' image (the Cortex-M boards give 216). */
const CHECK_KEPT_ONCE = /^w2c_kernel_(?:\w+_(?:create|delete|make)\w*|\w*(?:Create|Delete|Make)\w*|region_\w+|kheap_\w+|bump_\w+)$/;
/** A system call's entry (kernel/sys.ts sys_*): called only from outside
 *  the kernel's module, by an application's translated code through the
 *  export, once per call; dropCallersChecks lets it drop its check like
 *  a function the kernel calls (its callees keep theirs or are leaves).
 *  No kernel code calls an application's, so no cycle runs through it,
 *  and the build measures the chain from the application's last check
 *  down (the application's library call, the entry, a leaf).
 *  An application's semaphore call 88 -> 85 for a give and a take on
 *  mps2-an385 (20 -> 19.5 over the kernel's). Not the interrupt calls
 *  (irq_wait, irq_unmask, ...): with them app_irq_top_to_thread went
 *  459 -> 461 (GCC's layout of the wait), without them it stays. */
const SYSTEM_CALL = /^w2c_kernel_sys_sys_(?!irq_)\w+$/;
/** Whether translated C `body` calls an import (wasm2c calls one through
 *  its pointer: `(*Z_ivtZ_name)(`) or through the function table: where
 *  those go is not known to checkStackOnEntry. */
const callsUnknown = (body) => /\b(?:Z_\w+\)?|CALL_INDIRECT)\(/.test(body);
/** The imports an application's memory is copied through: inline C that
 *  calls nothing once inlineAppCopies has rewritten them. */
const APP_COPY_CALLS = /\(\*Z_ivtZ_app_copy_(?:in|out)\)\(/g;
/** Imports that reach no frame of their own, so a function calling only
 *  them is a leaf: the app copies (above) and the poll point (an empty
 *  function, arch/native/mmio.c Z_ivtZ_poll: `ticks()` in a polling loop
 *  stays a leaf). Every other import keeps its caller's check: its C may
 *  go deep (a crash record's writer, the console), and a check before it
 *  catches a stack too small there rather than in C that has none. */
const FRAMELESS_IMPORTS = /\(\*Z_ivtZ_(?:app_copy_in|app_copy_out|poll)\)\(/g;
/** checkStackOnEntry's second rule, for the kernel's module on a board
 *  whose red zone holds every chain below a checked frame (not one with
 *  board.json "red_zone_below_frames"): a kernel function that calls
 *  only translated functions, each a leaf or one that keeps its check,
 *  drops its check too. Each call it makes either checks a few bytes
 *  lower (catching the same overflow) or is a leaf, so at most two frames
 *  without a check follow a passed check (three for a system call's
 *  entry, SYSTEM_CALL: the application's library call before it), and
 *  the build measures that
 *  the red zone holds them with an exception entry below (tools/ivt/
 *  frames.js). No function that drops its check calls another that drops
 *  its (a leaf aside), so every cycle of calls, recursion included, still
 *  passes a check on each turn. Kept: a function calling an import or
 *  through the function table (where those go is not known here), one
 *  calling cold code (COLD_NAMES: the report and creation paths, whose
 *  frames are large), cold code itself, and one called only from cold
 *  code or from outside the module (it runs once, and its frame would
 *  deepen the chains the red zone must hold for nothing). Chosen from the
 *  outermost callers down: an operation's own function (a give, a take,
 *  a free) runs its check on every call, where the helper it calls (a
 *  wait, a hand-over) runs only on the slow path; from the deepest callees
 *  up instead, Thread-Metric synchronization, message and interrupt were
 *  1 to 2 instructions slower on mps2-an385 (docs/build.md). Adds the
 *  names to `unchecked` (which holds the leaves and forwarders already). */
function dropCallersChecks(bodies, unchecked, isLeaf) {
  const callees = new Map([...bodies].map(([name, body]) =>
    [name, new Set([...body.matchAll(/\b(w2c_\w+)\(/g)].map((m) => m[1]))]));
  const callers = new Map();
  for (const [name, set] of callees) {
    for (const t of set) {
      if (!callers.has(t)) callers.set(t, new Set());
      callers.get(t).add(name);
    }
  }
  // Depth: 0 for a function nothing here calls, else one more than its
  // deepest caller's; a function on a cycle gets none and keeps its check.
  const depth = new Map();
  const open = new Set();
  const depthOf = (name) => {
    if (depth.has(name)) return depth.get(name);
    if (open.has(name)) return Infinity;
    open.add(name);
    let d = 0;
    for (const f of callers.get(name) || []) d = Math.max(d, depthOf(f) + 1);
    open.delete(name);
    depth.set(name, d);
    return d;
  };
  const cold = new RegExp("^w2c_(?:" + COLD_NAMES.join("|") + ")$");
  const droppedCaller = (name) => unchecked.has(name) && !isLeaf(bodies.get(name));
  const drops = (name) => {
    if (!name.startsWith("w2c_kernel_") || cold.test(name)) return false;
    if (CHECK_KEPT.test(name) || CHECK_KEPT_ONCE.test(name)) return false;
    // The copies between an application's memory and the kernel's are
    // imports here, but inlineAppCopies makes them inline C that calls
    // nothing: not a call into the unknown.
    if (callsUnknown(bodies.get(name).replace(APP_COPY_CALLS, "("))) return false;
    for (const t of callees.get(name)) {
      if (t === name || !bodies.has(t) || cold.test(t) || droppedCaller(t)) return false;
    }
    const from = [...(callers.get(name) || [])];
    if (SYSTEM_CALL.test(name)) return from.length === 0;
    return !from.some(droppedCaller) && from.some((f) => !cold.test(f));
  };
  const order = [...bodies.keys()].filter((n) => !unchecked.has(n) && depthOf(n) !== Infinity)
    .sort((x, y) => depthOf(x) - depthOf(y));
  for (const name of order) if (drops(name)) unchecked.add(name);
}

/** wasm2c (wabt 1.0.32) runs FUNC_PROLOGUE on entry to every translated
 *  function; with WASM_RT_USE_STACK_DEPTH_COUNT it counts calls against a
 *  fixed depth, which says nothing about how much of a thread's stack is
 *  left. Rewritten to compare the stack pointer with the running context's
 *  limit (arch/wasm-rt/ivt-stack.h): runaway recursion is caught where it
 *  happens, in threads that never switch and in interrupt handlers, on
 *  every native board. Throws if wasm2c's output is not what this expects,
 *  rather than build a module with no stack check. */
export function checkStackOnEntry(c, { dropCallers = true } = {}) {
  const from =
    "#if WASM_RT_USE_STACK_DEPTH_COUNT\n" +
    "#define FUNC_PROLOGUE                                            \\\n" +
    "  if (++wasm_rt_call_stack_depth > WASM_RT_MAX_CALL_STACK_DEPTH) \\\n" +
    "    TRAP(EXHAUSTION);\n" +
    "\n" +
    "#define FUNC_EPILOGUE --wasm_rt_call_stack_depth\n" +
    "#else\n" +
    "#define FUNC_PROLOGUE\n" +
    "\n" +
    "#define FUNC_EPILOGUE\n" +
    "#endif\n";
  const to =
    "#include \"ivt-stack.h\" /* ivt: a stack-limit check on entry, by tools/ivt/build.js */\n" +
    "#define FUNC_PROLOGUE IVT_STACK_CHECK()\n" +
    "#define FUNC_EPILOGUE\n";
  const found = c.split(from).length - 1;
  const uses = (c.match(/^ {2}FUNC_PROLOGUE;$/gm) || []).length;
  if (found !== 1 || uses === 0) {
    throw new UserError(`wasm2c's output is not what tools/ivt/build.js expects (FUNC_PROLOGUE: found its definition ${found} times and ${uses} uses, expected 1 and some); ` +
      "this wasm2c is not wabt 1.0.32: update checkStackOnEntry for it");
  }
  c = c.replace(from, to);
  // A function that calls nothing (no other translated function, import or
  // indirect call; FRAMELESS_IMPORTS aside) cannot go deeper: only its own
  // frame can reach below the limit, and the red zone holds it. Its check
  // is dropped; wherever GCC inlines it (getters, small helpers) that
  // saves the check too.
  const fn = /^(static \w+ (w2c_\w+)\([^)]*\) \{\n)([\s\S]*?)^\}$/gm;
  const isLeaf = (body) => !/\bw2c_\w+\(/.test(body) && !callsUnknown(body.replace(FRAMELESS_IMPORTS, "("));
  const bodies = new Map([...c.matchAll(fn)].map((m) => [m[2], m[3]]));
  const unchecked = new Set([...bodies].filter(([, body]) => isLeaf(body)).map(([name]) => name));
  // A forwarder (an export's wrapper, mostly) only passes its parameters
  // on to one translated function that keeps its own check: that check
  // runs a few bytes lower, so it catches the same overflow, and the red
  // zone holds the forwarder's frame (at most a return address and one
  // alignment word; GCC usually makes it a tail call or inlines it). In
  // the kernel today that is ivthandleinterrupt's wrapper: a duplicate
  // check off every interrupt.
  const forwardsTo = (body) => {
    const m = /^ {2}FUNC_PROLOGUE;\n(?: {2}u32 [\w, ]+;\n)?(?: {2}w2c_i\d+ = w2c_p\d+;\n)* {2}(?:w2c_i0 = )?(w2c_\w+)\(instance(?:, w2c_[ip]\d+)*\);\n {2}FUNC_EPILOGUE;\n(?: {2}return w2c_i0;\n)?$/.exec(body);
    return m ? m[1] : null;
  };
  // Sure to keep its check: a function that calls, and is not a forwarder
  // or forwards to something that cannot take its check away (a leaf, an
  // import). Never two forwarders in a row, so a cycle of them keeps its.
  const callsOut = (name) => bodies.has(name) && !isLeaf(bodies.get(name));
  const keepsCheck = (name) => {
    if (!callsOut(name)) return false;
    const next = forwardsTo(bodies.get(name));
    return !next || !callsOut(next);
  };
  for (const [name, body] of bodies) {
    if (!unchecked.has(name) && keepsCheck(forwardsTo(body) || "")) unchecked.add(name);
  }
  if (dropCallers) dropCallersChecks(bodies, unchecked, isLeaf);
  let leaves = 0;
  let callers = 0;
  c = c.replace(fn, (all, head, name, body) => {
    if (!unchecked.has(name)) return all;
    const shorter = body.replace(/^ {2}FUNC_PROLOGUE;\n/m, "");
    if (shorter !== body) isLeaf(body) ? leaves++ : callers++;
    return head + shorter + "}";
  });
  if (leaves + callers >= uses) {
    throw new UserError(`tools/ivt/build.js: checkStackOnEntry found no function that calls another (${leaves} leaves and ${callers} callers without a check of ${uses}): wasm2c's output is not what it expects`);
  }
  return c;
}

/** An application module of an isolated image, translated as the kernel
 *  is (the same rewrites: specialized bounds checks against its own
 *  memory's constant size, data from a table, the stack check, the one
 *  instance, the const function table), but with its own memory
 *  (`mod.memory`, `bytes` long, defined in the image's apps.c) and
 *  instance names; `marked` as for specializeMemoryAccess. Throws if
 *  wasm2c's output is not what this expects. */
export function appModuleC(c, mod, bytes, { marked = false } = {}) {
  c = loadDataFromTable(specializeMemoryAccess(c, { marked }));
  const include = "#include \"ivt-memory.h\" /* ivt: accesses specialized by tools/ivt/build.js */\n";
  if (c.split(include).length !== 2) throw new UserError("tools/ivt/build.js appModuleC: no ivt-memory.h include after specializeMemoryAccess");
  c = c.split("ivt_module_memory").join(mod.memory)
    .split("IVT_MODULE_LIMIT").join(mod.limit)
    .split("ivt_ea(").join(`ivt_ea_in(${mod.limit}, `)
    .split("IVT_SEGMENT_CHECK(").join(`IVT_SEGMENT_CHECK_IN(${mod.limit}, `)
    .replace(include, `${include}#define ${mod.limit} ${bytes}u /* ivt: this application's memory (board.json app_memory) */\nextern uint8_t ${mod.memory}[] IVT_MEMORY_ALIGNMENT; /* ivt: as apps.c defines it (ivt-memory.h) */\n`);
  c = callKernelDirectly(constFunctionTable(nameTheOneInstance(checkStackOnEntry(c, { dropCallers: false }), mod), mod.instance), mod);
  const alloc = `  wasm_rt_allocate_memory(&${mod.instance}.w2c_memory, 1, 1);\n`;
  if (c.split(alloc).length !== 2) throw new UserError(`tools/ivt/build.js appModuleC: wasm2c's output does not allocate ${mod.name}'s memory as expected`);
  return c.replace(alloc, `  ivt_app_memory_init(&${mod.instance}.w2c_memory, ${mod.memory}, ${mod.limit});\n`);
}

/** An application's system calls (its imports of module ivt_sys,
 *  `(*Z_ivt_sysZ_<call>)(<instance>.Z_ivt_sys_instance, ...)` in wasm2c's
 *  output) rewritten to call the kernel's export `Z_kernelZ_sys_<call>`
 *  itself, declared by kernel.h. A wrapper in apps.c between them cost
 *  each call two instructions (the kernel instance's address loaded, a
 *  branch). The instance argument is NULL: every function of the kernel
 *  names its one instance directly (nameTheOneInstance), so the parameter
 *  is only passed on (checkInstanceOnlyPassedOn stops the build
 *  otherwise). Throws if a call is left in another form. */
export function callKernelDirectly(c, mod) {
  const include = `#include "${mod.name}.h"\n`;
  if (c.split(include).length !== 2) throw new UserError(`tools/ivt/build.js callKernelDirectly: no ${include.trim()} in ${mod.name}'s C`);
  const call = new RegExp(`\\(\\*Z_ivt_sysZ_(\\w+)\\)\\(${mod.instance}\\.Z_ivt_sys_instance`, "g");
  c = c.replace(call, "Z_kernelZ_sys_$1(NULL");
  const left = c.match(/.*Z_ivt_sysZ_.*/);
  if (left) throw new UserError(`tools/ivt/build.js callKernelDirectly: ${mod.name} names a system call in a form it does not rewrite (${left[0].trim()}): wasm2c is not wabt 1.0.32`);
  return c.replace(include, include + `#include "${KERNEL_MODULE.name}.h" /* ivt: system calls straight to the kernel's exports, by tools/ivt/build.js callKernelDirectly */\n`);
}

/** Binaryen keeps a field's accessor (`Thread#set:state`: one store) as
 *  a function when the kernel is built for size, and leaves the inlining
 *  to GCC. Where the module's flags forbid GCC that
 *  (`-fno-inline-small-functions`: micro:bit's, to keep its stacks
 *  small), every such access was a call: on an M0 a push, the store, a
 *  pop and the call's moves, to store one word. The functions whose body
 *  is at most `TINY_BODY_LINES` lines of wasm2c's C (a load or a store
 *  and its operands) are declared `inline`, which GCC inlines whatever
 *  `-finline-small-functions` says; an inlined store needs no frame.
 *  Functions marked noinline (OUT_OF_LINE_FUNCTIONS) are left alone. */
const TINY_BODY_LINES = 6;
/** Functions of a few tests that every call of their kind makes first,
 *  inlined with the tiny ones: kernel/sched.ts checkTimeout, two compares
 *  on the way into every call that takes a timeout (micro:bit
 *  app_sem_give_take 184 -> 167, queue_send_receive 424 -> 407,
 *  docs/build.md "micro:bit's timeout check inline"). Inlined on every
 *  board instead (asc `@inline`), it cost mcf5208evb's give + take 5 and
 *  mps2-an385's queue pair 6. */
const SMALL_CHECKS = ["w2c_kernel_sched_checkTimeout"];
export function inlineTinyFunctions(c) {
  const tiny = new Set(SMALL_CHECKS);
  const definition = /^static [\w ]+ (w2c_\w+)\([^)]*\) \{\n((?:.*\n)*?)\}$/gm;
  for (const m of c.matchAll(definition)) {
    const body = m[2].split("\n").filter((l) => l.trim() !== "");
    if (body.length <= TINY_BODY_LINES && !body.some((l) => /\bw2c_\w+\(/.test(l))) tiny.add(m[1]);
  }
  return c.replace(/^static ((?:\w+ |__attribute__\(\(\w+\)\) )+)(w2c_\w+)\(([^)]*)\);$/gm,
    (line, head, name, params) => (tiny.has(name) && !head.includes("noinline") ? `static inline ${head}${name}(${params}); /* ivt: inlineTinyFunctions */` : line));
}

/** callKernelDirectly hands the kernel's functions a NULL instance. That
 *  is safe only while the kernel's C does nothing with `instance` but
 *  declare it and pass it on as a call's first argument
 *  (nameTheOneInstance names the one instance everywhere else). Throws,
 *  naming the line, if the kernel's C (`c`) uses it otherwise. */
export function checkInstanceOnlyPassedOn(c) {
  const other = c.split("\n").find((line) => /\binstance\b/.test(line
    .replace(/\/\*.*?\*\//g, "")
    .replace(/Z_\w+_instance_t ?\* ?instance\b/g, "")
    .replace(/\(instance(?=[,)])/g, "")));
  if (other !== undefined) {
    throw new UserError(`tools/ivt/build.js checkInstanceOnlyPassedOn: the kernel's C uses its instance pointer (${other.trim()}), ` +
      "so its system calls cannot be called with a NULL one (callKernelDirectly): this wasm2c is not wabt 1.0.32, or nameTheOneInstance missed a form");
  }
}

/** The C that joins an isolated image's modules on a board (apps.c): each
 *  application's memory and instance, their instantiation at boot, and the
 *  kernel's app_* imports (docs/abi.md) but the two copies, which are
 *  inline in the kernel's C (appsCopyH). The system calls need no glue:
 *  an application's C calls the kernel's exports (callKernelDirectly). */
export function appsGlueC(apps, bytes) {
  const mods = apps.map(appModuleNames);
  const lines = [
    "/* Generated by tools/ivt/build.js appsGlueC: the host side of an image's",
    " * applications in their own modules (docs/isolation.md). Do not edit. */",
    "#include <string.h>",
    "#include \"kernel.h\"",
    ...mods.map((m) => `#include "${m.name}.h"`),
    "#include \"ivt-runtime.h\"",
    "#include \"ivt-memory.h\"",
    "#include \"apps-copy.h\" /* IVT_APPS, IVT_APP_BYTES (appsCopyH) */",
    "",
    "extern Z_kernel_instance_t ivt_kernel_instance;",
    ...mods.flatMap((m) => [
      `uint8_t ${m.memory}[${bytes}] __attribute__((aligned(8), section(".wasm_memory")));`,
      `Z_${m.name}_instance_t ${m.instance};`,
    ]),
    "",
    "/* Called by boot.c after the kernel's instantiation, before ivtboot: an",
    " * application's start function finds no thread (its calls: NoThread). */",
    "void ivt_apps_instantiate(void) {",
    ...mods.flatMap((m) => [`  Z_${m.name}_init_module();`, `  Z_${m.name}_instantiate(&${m.instance}, NULL);`]),
    "}",
  ];
  const cases = (f) => mods.map((m, i) => `  case ${i}: ${f(m)}`).join("\n");
  lines.push(
    "",
    "u32 Z_ivtZ_app_enter(struct Z_ivt_instance_t* h, u32 app, u32 fn, u32 arg) {",
    "  (void)h;",
    "  switch (app) {",
    cases((m) => `return Z_${m.name}Z_ivt_app_enter(&${m.instance}, fn, arg);`),
    "  default: ivt_runtime_fail(\"app_enter: the kernel named an application the image does not have\");",
    "  }",
    "  return 0;",
    "}",
    "",
    "u32 Z_ivtZ_app_memory_bytes(struct Z_ivt_instance_t* h, u32 app) {",
    "  (void)h;",
    "  return app < IVT_APPS ? IVT_APP_BYTES : 0;",
    "}",
    "",
    "/* A fresh instance: globals, memory (zeroed, data loaded), start function. */",
    "u32 Z_ivtZ_app_reset(struct Z_ivt_instance_t* h, u32 app) {",
    "  (void)h;",
    "  switch (app) {",
    cases((m) => `Z_${m.name}_instantiate(&${m.instance}, NULL); return 1;`),
    "  default: return 0;",
    "  }",
    "}",
    "",
  );
  return lines.join("\n");
}

/** The copies between an application's memory and the kernel's (the
 *  kernel's imports app_copy_in and app_copy_out, docs/abi.md) as static
 *  inline functions in a header the kernel's C includes (inlineAppCopies):
 *  each system call's copy is then compiled into the call itself, with no
 *  call, no saved registers and its arguments in registers, where apps.c's
 *  functions in a translation unit of their own cost a call each
 *  (docs/build.md, "A system call's copy inline"). `apps` and `bytes` as
 *  appsGlueC's; `kernelTrusted`: the kernel is built without bounds checks
 *  (trustKernelAccesses), so the kernel's side of a copy is not tested. */
export function appsCopyH(apps, bytes, { kernelTrusted = false } = {}) {
  const mods = apps.map(appModuleNames);
  const lines = [
    "/* Generated by tools/ivt/build.js appsCopyH: the copies of an image's",
    " * system calls between an application's memory and the kernel's,",
    " * included by the kernel's C (inlineAppCopies; docs/isolation.md). Do",
    " * not edit. */",
    "#ifndef IVT_APPS_COPY_H",
    "#define IVT_APPS_COPY_H",
    "#include <string.h>",
    "#include \"kernel.h\"",
    "#include \"ivt-memory.h\"",
    "",
    ...mods.map((m) => `extern uint8_t ${m.memory}[] IVT_MEMORY_ALIGNMENT; /* apps.c defines it */`),
  ];
  lines.push(
    "",
    "/* Each application's memory: its own static buffer, every one",
    " * IVT_APP_BYTES long (board.json app_memory), as the kernel's is",
    " * ivt_module_memory of IVT_MODULE_LIMIT. Constants, not the instances'",
    " * wasm_rt_memory_t: a copy then costs its range tests and the move, not",
    " * a call per memory and two loads each (app_queue_send_receive 557 -> 528",
    " * instructions on mps2-an385, docs/build.md \"Copies through constant",
    " * memories\"). */",
    `#define IVT_APP_BYTES ${bytes}u`,
    `#define IVT_APPS ${mods.length}u`,
    "static uint8_t* const app_data[IVT_APPS] = {",
    ...mods.map((m) => `  ${m.memory},`),
    "};",
    "",
    "/* Whether len bytes at addr lie in a memory of size bytes. */",
    "static inline int in_range(u32 size, u32 addr, u32 len) {",
    "  return addr <= size && len <= size - addr;",
    "}",
    "",
    "/* Whether len bytes at addr lie in the kernel's memory. A copy's kernel",
    " * address is one the kernel computed (a queue's ring, a thread's bounce",
    " * buffer), never the application's. Where the kernel is trusted (built",
    " * without bounds checks: tools/ivt/build.js trustKernelAccesses) its own",
    " * stores are not tested either, so neither is this: 6 instructions a",
    " * copy on Cortex-M3 (docs/build.md, \"System calls without glue\"). */",
    `#define IVT_KERNEL_TRUSTED ${kernelTrusted ? 1 : 0}`,
    "static inline int in_kernel(u32 addr, u32 len) {",
    "#if IVT_KERNEL_TRUSTED",
    "  (void)addr;",
    "  (void)len;",
    "  return 1;",
    "#else",
    "  return in_range(IVT_MODULE_LIMIT, addr, len);",
    "#endif",
    "}",
    "",
    "/* Whether a copy of len bytes between application address a and kernel",
    " * address k is a few aligned words well inside both memories: at most",
    " * 16 bytes, a multiple of 4, both addresses word-aligned and 16 bytes or",
    " * more before their memory's end, so in range whatever the length. One",
    " * test of constants where the exact range tests and the move's own test",
    " * of size and alignment came one after the other (docs/build.md,",
    " * \"A system call's copy tested once\"). Both memories are 8-aligned",
    " * and their sizes multiples of 4, so word-aligned addresses are",
    " * word-aligned pointers, mirrored (big-endian) or not. */",
    "_Static_assert(IVT_APP_BYTES >= 16 && IVT_APP_BYTES % 4 == 0 && IVT_MODULE_LIMIT >= 16 && IVT_MODULE_LIMIT % 4 == 0,",
    "               \"apps-copy.h: module memories of at least 16 bytes, multiples of 4\");",
    "static inline int few_words_inside(u32 a, u32 k, u32 len) {",
    "#if IVT_KERNEL_TRUSTED",
    "  return len <= 16 && a <= IVT_APP_BYTES - 16 && ((a | k | len) & 3u) == 0;",
    "#else",
    "  return len <= 16 && a <= IVT_APP_BYTES - 16 && k <= IVT_MODULE_LIMIT - 16 && ((a | k | len) & 3u) == 0;",
    "#endif",
    "}",
    "",
    "/* Where len bytes at addr lie in a memory of size bytes at data: on a",
    " * big-endian CPU wasm2c keeps each memory mirrored (address a at",
    " * data[size - 1 - a]), so a range is one reversed block. */",
    "static inline uint8_t* block_at(uint8_t* data, u32 size, u32 addr, u32 len) {",
    "#if WABT_BIG_ENDIAN",
    "  return data + size - addr - len;",
    "#else",
    "  (void)size;",
    "  (void)len;",
    "  return data + addr;",
    "#endif",
    "}",
    "",
    "/* Copies len bytes, tested in range, between two modules' memories:",
    " * a few aligned words (few_words_inside) in registers, or one move.l",
    " * each on ColdFire (ivt-memory.h ivt_copy_words), anything else by",
    " * memcpy (two modules' memories never overlap). */",
    "static inline void copy_between(uint8_t* dst, u32 dst_size, u32 to, uint8_t* src, u32 src_size, u32 from, u32 len, int words) {",
    "  uint8_t* d = block_at(dst, dst_size, to, len);",
    "  const uint8_t* s = block_at(src, src_size, from, len);",
    "  if (words) ivt_copy_words(d, s, len);",
    "  else memcpy(d, s, len);",
    "}",
    "",
    "static inline __attribute__((always_inline)) u32 ivt_app_copy_in(struct Z_ivt_instance_t* h, u32 app, u32 from, u32 to, u32 len) {",
    "  (void)h;",
    "  if (app >= IVT_APPS) return 0;",
    "  if (LIKELY(few_words_inside(from, to, len))) {",
    "    copy_between(ivt_module_memory, IVT_MODULE_LIMIT, to, app_data[app], IVT_APP_BYTES, from, len, 1);",
    "    return 1;",
    "  }",
    "  if (!in_range(IVT_APP_BYTES, from, len) || !in_kernel(to, len)) return 0;",
    "  copy_between(ivt_module_memory, IVT_MODULE_LIMIT, to, app_data[app], IVT_APP_BYTES, from, len, 0);",
    "  return 1;",
    "}",
    "",
    "static inline __attribute__((always_inline)) u32 ivt_app_copy_out(struct Z_ivt_instance_t* h, u32 app, u32 from, u32 to, u32 len) {",
    "  (void)h;",
    "  if (app >= IVT_APPS) return 0;",
    "  if (LIKELY(few_words_inside(to, from, len))) {",
    "    copy_between(app_data[app], IVT_APP_BYTES, to, ivt_module_memory, IVT_MODULE_LIMIT, from, len, 1);",
    "    return 1;",
    "  }",
    "  if (!in_range(IVT_APP_BYTES, to, len) || !in_kernel(from, len)) return 0;",
    "  copy_between(app_data[app], IVT_APP_BYTES, to, ivt_module_memory, IVT_MODULE_LIMIT, from, len, 0);",
    "  return 1;",
    "}",
    "",
    "#endif",
    "",
  );
  return lines.join("\n");
}

/** C an app brings for native boards: <app folder>/native/*.c, compiled
 *  into its image with APP_C_FLAGS after the arch's flags; the module
 *  reaches its functions as imports of module "ivt" (wasm2c names them
 *  Z_ivtZ_<name>). apps/codegen's C workloads. Paths, sorted. */
export function appNativeSources(app) {
  const dir = path.join(appDir(app), "native");
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith(".c")).sort().map((f) => path.join(dir, f));
}
const APP_C_FLAGS = ["-O2"];

/** The link of a native image (step): a RAM that the board's split does
 *  not fit in is said in board.json's terms, with the fields to change,
 *  instead of the linker's page of arguments and "region `RAM' overflowed". */
function linkStep(b, app, gcc, args) {
  try {
    return step(gcc, args);
  } catch (e) {
    const over = /region [`']RAM' overflowed by (\d+) bytes/.exec(e.message || "");
    if (!over) throw e;
    const split = appLayout(b, app) || {};
    const field = (k) => `${k} ${split[k] !== undefined ? `${split[k]} (apps.${appLayoutName(b, app)}.${k})` : b[k] !== undefined ? b[k] : "-"}`;
    throw new DoesNotFit(`boards/${b.name}/board.json: the image of ${app || "the demo"} needs ${over[1]} bytes more RAM than memory.ram has ` +
      `(${b.memory && b.memory.ram ? b.memory.ram.size : "?"}): ${["module_memory", "thread_stacks", "main_stack", "app_memory"].filter((k) => split[k] !== undefined || b[k] !== undefined).map(field).join(", ")}; ` +
      `make them smaller (\`make size\` measures what the image needs), or give the app a split of its own in board.json "apps"`);
  }
}

/** Builds a native image: kernel.elf (and kernel.map); returns the ELF path.
 *  `variant` builds a copy with `cflags` added, in its own folder (tests
 *  that need a deliberately wrong host, e.g. the byte-order check). */
export function buildNative(b, app, opts = {}) {
  b = boardForApp(b, app);
  const unlock = lockImage(imageDir(b, app));
  try {
    return compileNative(b, app, opts);
  } finally {
    unlock();
  }
}

function compileNative(b, app, { variant = null, cflags: extraCflags = [] } = {}) {
  // Tools first: a missing one is reported before minutes of compiling.
  const gcc = requireTool(`${b.toolchain.prefix}gcc`, b.toolchain.package);
  requireTool("wasm2c", "wabt");
  const wasm = buildWasm(b, app);
  const dir = variant ? `${imageDir(b, app)}-${variant}` : imageDir(b, app);
  fs.mkdirSync(dir, { recursive: true });
  const arch = archConfig(b);
  const moduleCflags = [...(arch.module_cflags || []), ...(b.module_cflags || [])];
  // The tools that read an image's wasm (function names for reports) look
  // beside its ELF.
  if (variant && !upToDate(path.join(dir, "kernel.wasm"), [wasm])) fs.copyFileSync(wasm, path.join(dir, "kernel.wasm"));

  const kernelC = path.join(dir, "kernel.c");
  if (!upToDate(kernelC, [wasm, ...TRANSLATION_INPUTS])) {
    const versioned = versionedWasm(wasm, path.join(dir, "kernel.versioned.wasm"), Math.min(num(b.module_memory), 65536));
    step("wasm2c", [rel(versioned.file), "-n", "kernel", "-o", rel(kernelC)]);
    let c = markColdFunctions(constFunctionTable(nameTheOneInstance(checkStackOnEntry(loadDataFromTable(
      inlinePortCalls(specializeMemoryAccess(fs.readFileSync(kernelC, "utf8"), versioned))), { dropCallers: !b.red_zone_below_frames }))));
    if (isolatedApps(app)) c = inlineAppCopies(c);
    if (isolatedApps(app) && !b.kernel_bounds_checks) c = trustKernelAccesses(c);
    if (isolatedApps(app) && moduleCflags.includes("-fno-inline-functions-called-once")) c = sysCallsAsAliases(c);
    if (moduleCflags.includes("-fno-inline-small-functions")) c = inlineTinyFunctions(c);
    if (isolatedApps(app)) checkInstanceOnlyPassedOn(c);
    fs.writeFileSync(kernelC, c);
  }

  const isolated = isolatedApps(app) || [];
  const moduleCs = [];
  const appBytes = appMemoryBytes(b);
  for (const a of isolated) {
    const mod = appModuleNames(a);
    const wasmA = checkAppDataFits(b, appModuleWasm(b, app, a), appBytes);
    const cFile = path.join(dir, `${mod.name}.c`);
    if (!upToDate(cFile, [wasmA, path.join(b.dir, "board.json"), ...TRANSLATION_INPUTS])) {
      const versioned = versionedWasm(wasmA, path.join(dir, `${mod.name}.versioned.wasm`), appBytes);
      step("wasm2c", [rel(versioned.file), "-n", mod.name, "-o", rel(cFile)]);
      const ac = appModuleC(fs.readFileSync(cFile, "utf8"), mod, appBytes, versioned);
      fs.writeFileSync(cFile, moduleCflags.includes("-fno-inline-small-functions") ? inlineTinyFunctions(ac) : ac);
    }
    moduleCs.push(cFile);
  }
  if (isolated.length) {
    const glue = path.join(dir, "apps.c");
    writeIfChanged(path.join(dir, "apps-copy.h"), appsCopyH(isolated, appBytes, { kernelTrusted: !b.kernel_bounds_checks }));
    writeIfChanged(glue, appsGlueC(isolated, appBytes));
    moduleCs.push(glue);
  }

  const archDir = path.join(ROOT, "arch", b.arch);
  const appC = appNativeSources(app);
  // The texts the kernel prints, in flash (arch/native/texts.c).
  const textsC = path.join(dir, "ivt-texts.c");
  if (!upToDate(textsC, [wasm, path.join(ROOT, "tools/ivt/build.js")])) writeIfChanged(textsC, textTableC(wasmTexts(wasm)));
  const sources = [
    kernelC,
    textsC,
    ...moduleCs,
    ...fs.readdirSync(path.join(ROOT, "arch/wasm-rt")).filter((f) => f.endsWith(".c")).map((f) => path.join(ROOT, "arch/wasm-rt", f)),
    ...(arch.sources || []).map((f) => path.join(archDir, f)),
    ...appC,
  ];
  // The bare-metal runtime's fixed tables, sized to this module exactly.
  // Summed over the image's modules: an isolated image's applications use
  // the same runtime.
  const infos = [wasm, ...isolated.map((a) => appModuleWasm(b, app, a))].map(wasmInfo);
  const w = { types: 0, tableSize: 0, maxArity: 0 };
  for (const i of infos) {
    w.types += i.types;
    w.tableSize += i.tableSize;
    w.maxArity = Math.max(w.maxArity, i.maxArity);
  }
  const buildId = buildIdOf([wasm, ...isolated.map((a) => appModuleWasm(b, app, a))].map((f) => fs.readFileSync(f)));
  const cflags = [
    `-DIVT_BUILD_ID=0x${buildId.toString(16)}u`,
    `-DIVT_WASM_MAX_FUNC_TYPES=${Math.max(1, w.types)}`,
    `-DIVT_WASM_TABLE_ENTRIES=${Math.max(1, w.tableSize)}`,
    `-DIVT_WASM_MAX_TYPE_ARITY=${Math.max(1, w.maxArity)}`,
    `-DIVT_CRASH_SCAN_ROOM=${arch.crash_scan_room_bytes}u`,
    ...(b.cflags || []),
    ...(arch.cflags || []).map((f) => f.replace("@ARCH@", archDir)),
    `-I${boardDir(b)}`,
    `-I${dir}`,
    `-I${path.join(ROOT, "arch/wasm-rt")}`,
    `-I${archDir}`,
    "-fcallgraph-info=su",
    ...extraCflags,
  ];
  const headers = [boardDir(b), path.join(ROOT, "arch/wasm-rt"), path.join(ROOT, "arch/native"), archDir];
  const objs = sources.map((src) => {
    // Shared sources (arch/native/x.c) get their folder's name: native-x.o.
    const shared = path.dirname(src) !== archDir && path.dirname(src) !== dir && !moduleCs.includes(src) && !src.includes("arch/wasm-rt");
    const name = appC.includes(src) ? `app-${path.basename(src)}` : (shared ? path.basename(path.dirname(src)) + "-" : "") + path.basename(src);
    const obj = path.join(dir, name.replace(/\.[cS]$/, ".o"));
    // board.json too: its cflags and module_cflags are part of the command.
    if (!upToDate(obj, [src, wasm, ...isolated.map((a) => appModuleWasm(b, app, a)), ...headers, path.join(b.dir, "board.json"), path.join(ROOT, "tools/ivt/build.js")])) {
      const extra = src === kernelC || moduleCs.includes(src) ? moduleCflags : appC.includes(src) ? APP_C_FLAGS : [];
      step(gcc, [...cflags, ...extra, "-c", rel(src), "-o", rel(obj)]);
    }
    return obj;
  });
  const elf = path.join(dir, "kernel.elf");
  const ld = path.join(boardDir(b), "link.ld");
  if (!upToDate(elf, [...objs, ld])) {
    const link = (extra, quiet) =>
      linkStep(b, app, gcc, [
        ...cflags,
        ...(arch.ldflags || []),
        `-T${rel(ld)}`,
        `-Wl,-Map=${rel(path.join(dir, "kernel.map"))}`,
        ...(quiet ? [] : ["-Wl,--print-memory-usage"]),
        ...objs.map(rel),
        ...extra.map(rel),
        "-o", rel(elf),
        ...(arch.libs || []),
      ]);
    // Twice: the second time with the names of the first link's functions
    // (crash reports name code addresses on the board: arch/native/crash.c),
    // unless the board keeps no crash records (kernel setting
    // CRASH_RECORD_WORDS 0), which need no names.
    const records = kernelSetting(b, "CRASH_RECORD_WORDS") !== 0;
    link([], records);
    if (records) {
      const first = functionSymbols(b, elf);
      const names = wasmNamesByCSymbol([path.join(dir, "kernel.versioned.wasm"), ...isolated.map((a) => path.join(dir, `${appModuleNames(a).name}.versioned.wasm`))]);
      const symC = path.join(dir, "ivt-symbols.c");
      fs.writeFileSync(symC, symbolTableC(first, names));
      const symO = path.join(dir, "ivt-symbols.o");
      step(gcc, [...cflags, "-c", rel(symC), "-o", rel(symO)]);
      link([symO], false);
      checkSameAddresses(first, functionSymbols(b, elf), elf);
    }
    checkImageRedZone(b, elf, objs);
  }
  const manifest = path.join(dir, IMAGE_MANIFEST);
  if (!upToDate(manifest, [elf])) {
    const modules = [wasm, ...isolated.map((a) => appModuleWasm(b, app, a))];
    const names = wasmNamesByCSymbol([path.join(dir, "kernel.versioned.wasm"), ...isolated.map((a) => path.join(dir, `${appModuleNames(a).name}.versioned.wasm`))]);
    writeImageManifest(manifest, b, app, modules, {
      build_id: buildId,
      functions: namedFunctions(functionSymbols(b, elf), names).map((f) => [f.addr, f.size, f.name]),
      registers: faultRegisterNames(archDir),
      // The translated C's line table (the ELF's DWARF), read by `ivt
      // decode` with the board's addr2line: each frame's line of kernel.c
      // or an application's module C.
      elf: path.basename(elf),
      addr2line: `${b.toolchain.prefix}addr2line`,
    });
  }
  return elf;
}

/** Writes the manifest of the image of `modules` (kernel.wasm, then its
 *  isolated applications') at `file`, with `extra` fields. */
function writeImageManifest(file, b, app, modules, extra) {
  const lines = {};
  for (const m of modules) if (fs.existsSync(linesOf(m))) Object.assign(lines, JSON.parse(fs.readFileSync(linesOf(m), "utf8")));
  const manifest = {
    format: 1,
    board: b.name,
    arch: b.arch,
    app,
    record_words: kernelSetting(b, "CRASH_RECORD_WORDS"),
    modules: modules.map((m) => path.relative(path.dirname(file), m)),
    // The board's devices by window base: a DMA violation names its device
    // by base and is charged to its driver.
    devices: Object.fromEntries(Object.entries(b.devices || {}).map(([name, d]) => [(Number(d.base) >>> 0).toString(16).padStart(8, "0"), { name, driver: d.driver }])),
    ...extra,
    build_id: extra.build_id.toString(16).padStart(8, "0"),
    lines,
  };
  writeIfChanged(file, JSON.stringify(manifest) + "\n");
}

/** The names arch/<arch>/port.c gives a CPU fault's registers
 *  (ivt_fault_reg_names, in record order); [] if it has none. */
function faultRegisterNames(archDir) {
  const port = path.join(archDir, "port.c");
  if (!fs.existsSync(port)) return [];
  const m = /ivt_fault_reg_names\[[^\]]*\]\s*=\s*\{([^}]*)\}/.exec(fs.readFileSync(port, "utf8"));
  return m ? [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]) : [];
}

/** The manifest of a sim image (its build id as arch/sim/host.js computes
 *  it), when older than its modules. */
function writeSimManifest(b, app) {
  const dir = imageDir(b, app);
  const modules = [path.join(dir, "kernel.wasm"), ...(isolatedApps(app) || []).map((a) => appModuleWasm(b, app, a))];
  const manifest = path.join(dir, IMAGE_MANIFEST);
  if (upToDate(manifest, modules)) return;
  writeImageManifest(manifest, b, app, modules, { build_id: buildIdOf(modules.map((f) => fs.readFileSync(f))) });
}

/** The image's deepest stack use below a checked frame (GCC
 *  -fcallgraph-info over the objects `objs`, linked functions only:
 *  tools/ivt/frames.js deepestChain): { bytes, chain }, or null. */
export function imageDeepestChain(b, elf, objs, graph = imageCallGraph(objs)) {
  const linked = functionSymbols(b, elf).map((f) => f.name);
  return deepestChain(graph, linked, archConfig(b).exception_handlers || []);
}

/** The call graph of the objects `objs` (GCC -fcallgraph-info: a `.ci`
 *  beside each `.o`). */
const imageCallGraph = (objs) => readCallGraph(objs.map((o) => o.replace(/\.o$/, ".ci")));

/** Fails the build when the red zone cannot hold the image's deepest stack
 *  use below a checked frame and an exception entry (tools/ivt/frames.js
 *  checkRedZone). */
function checkImageRedZone(b, elf, objs) {
  const graph = imageCallGraph(objs);
  const deepest = imageDeepestChain(b, elf, objs, graph);
  const arch = archConfig(b);
  if (deepest === null || arch.exception_entry_bytes === undefined) throw new UserError(`board ${b.name}: no stack frames measured for ${rel(elf)} (-fcallgraph-info) or no "exception_entry_bytes" in arch/${b.arch}/arch.json`);
  const own = b.layout ? appKernelSettings(b.layout) : null;
  const appSetsIt = own !== null && own.RED_ZONE_BYTES !== undefined ? b.layout : null;
  checkRedZone(b, kernelSetting(b, "RED_ZONE_BYTES"), deepest, arch.exception_entry_bytes, appSetsIt);
  checkScanRoom(b, graph, arch.crash_scan_room_bytes);
}

/** The image's functions: [{ name, addr, size }] sorted by address (Thumb
 *  bit clear), from the ELF's symbol table. */
function functionSymbols(b, elf) {
  const readelf = requireTool(`${b.toolchain.prefix}readelf`, b.toolchain.package);
  const r = spawnSync(readelf, ["-sW", elf], { encoding: "utf8" });
  if (r.status !== 0) throw new UserError(`${readelf} -sW ${rel(elf)} failed: ${r.stderr}`);
  const out = [];
  for (const line of r.stdout.split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f.length < 8 || f[3] !== "FUNC" || f[6] === "UND") continue;
    out.push({ name: f[7], addr: parseInt(f[1], 16) & ~1, size: Number(f[2]) });
  }
  return out.sort((x, y) => x.addr - y.addr || y.size - x.size);
}

/** C symbol -> wasm function name, for the translated modules in `wasms`:
 *  wasm2c names a function `w2c_` and its name with every character but
 *  letters, digits and `_` made `_`. */
function wasmNamesByCSymbol(wasms) {
  const map = new Map();
  for (const w of wasms) {
    if (!fs.existsSync(w)) continue;
    for (const name of wasmFunctionNames(w).values()) map.set("w2c_" + name.replace(/[^A-Za-z0-9_]/g, "_"), name);
  }
  return map;
}

/** The image's functions ([{ addr, size, name }], functionSymbols) as
 *  crash reports name them: a translated function by its wasm name (`names`,
 *  wasmNamesByCSymbol; GCC's clone suffixes dropped), one per address. */
function namedFunctions(funcs, names) {
  const seen = new Set();
  const rows = [];
  for (const f of funcs) {
    if (f.size === 0 || seen.has(f.addr)) continue;
    seen.add(f.addr);
    const base = f.name.replace(/\.(?:isra|constprop|part|cold|lto_priv)(?:\.\d+)*$/, "").replace(/\.(?:isra|constprop|part|cold)\.\d+/g, "");
    // An isolated application's exported wrappers (wasm2c's Z_<module>Z_<export>),
    // into which its small functions are inlined: named as the application's.
    const wrapper = /^Z_(app_\w+?)Z_(\w+)$/.exec(base);
    rows.push({ addr: f.addr, size: f.size, name: names.get(base) || (wrapper ? `${wrapper[1]}/${wrapper[2]}` : base) });
  }
  return rows;
}

/** The symbol table's C (arch/native/crash.c struct ivt_symtab): every
 *  function's address, size and name (its wasm name when it is a
 *  translated function; GCC's clone suffixes dropped), in the
 *  .ivt_symbols sections the linker script puts last in the flash. */
export function symbolTableC(funcs, names) {
  const rows = namedFunctions(funcs, names).map((f) => ({ ...f, size: Math.min(f.size, 0xffff) }));
  let blob = "";
  const offsets = rows.map((r) => {
    const o = blob.length;
    blob += r.name + "\0";
    return o;
  });
  if (blob.length > 0xffff) throw new UserError(`the image's function names take ${blob.length} bytes, more than the symbol table's 16-bit offsets reach`);
  const list = (xs, per = 8) => xs.map((x, i) => (i % per === 0 ? "\n  " : " ") + x + ",").join("");
  const esc = (t) => t.replace(/[\\"]/g, (c) => "\\" + c).replace(/\0/g, "\\0");
  return [
    "/* Generated by tools/ivt/build.js (symbolTableC): the names of the image's",
    " * functions for crash reports (arch/native/crash.c). Do not edit. */",
    "#include <stdint.h>",
    "struct ivt_symtab { uint32_t count; const uint32_t* addr; const uint16_t* size; const uint16_t* name; const char* names; };",
    `static const uint32_t addr[] __attribute__((section(".ivt_symbols"))) = {${list(rows.map((r) => "0x" + r.addr.toString(16) + "u"))}\n};`,
    `static const uint16_t size[] __attribute__((section(".ivt_symbols"))) = {${list(rows.map((r) => r.size), 12)}\n};`,
    `static const uint16_t name[] __attribute__((section(".ivt_symbols"))) = {${list(offsets, 12)}\n};`,
    `static const char names[] __attribute__((section(".ivt_symbols"))) =\n  "${esc(blob)}";`,
    `__attribute__((section(".ivt_symbols.head"), used)) const struct ivt_symtab ivt_symtab_head = {${rows.length}u, addr, size, name, names};`,
    "",
  ].join("\n");
}

/** The texts of kernel.wasm `wasm` (tools/ivt/text8-transform.js
 *  TEXT_SECTION), as [id, text] sorted by id; none if it has no table. */
export function wasmTexts(wasm) {
  const [section] = WebAssembly.Module.customSections(new WebAssembly.Module(fs.readFileSync(wasm)), TEXT_SECTION);
  if (!section) return [];
  return Object.entries(JSON.parse(Buffer.from(section).toString("utf8"))).map(([id, t]) => [Number(id), t]).sort((x, y) => x[0] - y[0]);
}

/** The text table's C (arch/native/texts.c): the ids sorted, each text's
 *  offset, and the texts, each its 16-bit length (little-endian) and its
 *  bytes: const data, in flash. */
export function textTableC(texts) {
  const long = texts.find(([, t]) => t.length > 0xffff);
  if (long) throw new UserError(`a printed text of ${long[1].length} characters is longer than the text table's 16-bit lengths reach (arch/native/texts.c): "${long[1].slice(0, 40)}..."`);
  const bytes = [];
  const at = texts.map(([, t]) => {
    const o = bytes.length;
    bytes.push(t.length & 0xff, t.length >> 8, ...[...t].map((c) => c.charCodeAt(0) & 0xff));
    return o;
  });
  if (bytes.length > 0xffff) throw new UserError(`the image's texts take ${bytes.length} bytes, more than the text table's 16-bit offsets reach (arch/native/texts.c)`);
  const list = (xs, per = 12) => xs.map((x, i) => (i % per === 0 ? "\n  " : " ") + x + ",").join("");
  const one = (xs) => (xs.length ? xs : [0]); // C has no empty arrays
  return [
    "/* Generated by tools/ivt/build.js (textTableC): the texts the kernel prints,",
    " * by id (arch/native/texts.c, tools/ivt/text8-transform.js). Do not edit. */",
    "#include <stdint.h>",
    `const uint32_t ivt_text_count = ${texts.length}u;`,
    `const uint16_t ivt_text_ids[] = {${list(one(texts.map(([id]) => id)))}\n};`,
    `const uint16_t ivt_text_at[] = {${list(one(at))}\n};`,
    `const uint8_t ivt_text_bytes[] = {${list(one(bytes), 16)}\n};`,
    "",
  ].join("\n");
}

/** The flash the text table of `texts` (wasmTexts) takes: a 16-bit id and
 *  offset and a 16-bit length per text, and its bytes. */
export function textTableBytes(texts) {
  return texts.reduce((n, [, t]) => n + 6 + t.length, 0);
}

/** The second link must leave every function where the first put it (the
 *  table is last in the flash); says which moved if one did. */
function checkSameAddresses(first, second, elf) {
  // By name and address: static functions of two modules (an isolated
  // image's applications) may share a name.
  const at = new Set(second.map((f) => `${f.name}@${f.addr}`));
  for (const f of first) {
    if (!at.has(`${f.name}@${f.addr}`)) {
      const now = second.filter((g) => g.name === f.name).map((g) => "0x" + g.addr.toString(16)).join(", ") || "nowhere";
      throw new UserError(`${rel(elf)}: ${f.name} moved from 0x${f.addr.toString(16)} (now ${now}) when the symbol table was linked in: the linker script must place .ivt_symbols after every other section of the flash`);
    }
  }
}


