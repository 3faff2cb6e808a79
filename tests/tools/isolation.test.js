// Isolated images (docs/isolation.md) as a user gets them wrong: app.json
// errors named by file and field, and an application module that reaches
// for the kernel's API (here: a write of AIRCR, the reset register) is
// refused by the build with the reason, before any image exists. And the
// generated board glue wires every system call an application imports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { appGrants, isolatedApps, sysCalls } from "../../tools/ivt/isolated.js";
import { loadBoard } from "../../tools/ivt/boards.js";
import { appModuleNames, appsCopyH, appsGlueC, callKernelDirectly, inlineAppCopies, checkInstanceOnlyPassedOn, checkSysCallTypes, sysCallsAsAliases } from "../../tools/ivt/build.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IVT = path.join(ROOT, "build/tools/ivt.mjs");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-isolation-"));

/** An app folder outside the tree with `files`; returns its main.ts. */
function appFolder(name, files) {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), text);
  return path.join(dir, "main.ts");
}
const MAIN = 'import { kputln } from "ivt-user";\nexport function main(): i32 {\n  kputln("hi");\n  return 0;\n}\n';

test("app.json mistakes are named by file and field", () => {
  const cases = [
    [{ isolated: true, apps: [{ name: "Bad-Name", main: "main.ts" }] }, /apps\[0\]\.name: "Bad-Name" must be 1-15 of a-z/],
    [{ isolated: true, apps: [{ name: "a", main: "main.ts" }, { name: "a", main: "main.ts" }] }, /apps\[1\]\.name: two applications are named a/],
    [{ isolated: true, apps: [{ name: "a", main: "nothere.ts" }] }, /apps\[0\]\.main: .*nothere\.ts does not exist/],
    [{ isolated: true, apps: [{ name: "a", main: "main.ts", restart: -3 }] }, /apps\[0\]\.restart: -3 must be "never", "always" or a number/],
    [{ isolated: true, apps: [] }, /"apps" must be a list/],
    [{ isolated: true, apps: Array.from({ length: 9 }, (_, i) => ({ name: `a${i}`, main: "main.ts" })) }, /9 applications; an image holds at most 8/],
  ];
  cases.forEach(([cfg, re], i) => {
    const main = appFolder(`bad${i}`, { "main.ts": MAIN, "app.json": JSON.stringify(cfg) });
    assert.throws(() => isolatedApps(main), (e) => re.test(e.message) && e.message.includes("app.json"), `case ${i}: ${JSON.stringify(cfg)}`);
  });
  const plain = appFolder("plain", { "main.ts": MAIN, "app.json": JSON.stringify({ isolated: false }) });
  assert.equal(isolatedApps(plain), null, "isolated: false is an ordinary image");
  const one = appFolder("one", { "main.ts": MAIN, "app.json": JSON.stringify({ isolated: true }) });
  assert.deepEqual(isolatedApps(one).map((a) => [a.name, a.restart]), [["one", 0]], "no apps list: one application named after the folder");
});

test("an application module that reaches for the kernel's MMIO calls is refused by the build", () => {
  const build = (main) => spawnSync(process.execPath, [IVT, "build", "--board", "sim", "--app", main], { cwd: ROOT, encoding: "utf8", timeout: 300000 });
  const WRITE = "export function main(): i32 {\n  mmioWrite32(0xe000ed0c, 0x05fa0004); // AIRCR: SYSRESETREQ\n  return 0;\n}\n";
  // The package "ivt" is the application library in an application module: it has no MMIO.
  const byPackage = appFolder("resetter", { "main.ts": `import { mmioWrite32 } from "ivt";\n${WRITE}`, "app.json": JSON.stringify({ isolated: true }) });
  let r = build(byPackage);
  assert.notEqual(r.status, 0, `the build must fail:\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stderr, /has no exported member 'mmioWrite32'/);
  // The kernel's own file by a path: compiled into the module, its MMIO
  // imports are refused by name.
  const dir = path.join(tmp, "resetter2");
  const port = path.relative(dir, path.join(ROOT, "kernel/port")).split(path.sep).join("/");
  const byPath = appFolder("resetter2", { "main.ts": `import { mmioWrite32 } from "${port}";\n${WRITE}`, "app.json": JSON.stringify({ isolated: true }) });
  r = build(byPath);
  assert.notEqual(r.status, 0, `the build must fail:\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stderr, /may import only the system calls of "ivt_sys".*but it imports .*ivt\.mmio_write32/s);
  // Not in the public API of an ordinary image either: a driver reaches
  // its device through the DeviceRegs of its window (docs/drivers.md).
  const plainDir = path.join(tmp, "resetter3");
  const kernel = path.relative(plainDir, path.join(ROOT, "kernel/ivt")).split(path.sep).join("/");
  const ordinary = appFolder("resetter3", { "main.ts": `import { mmioWrite32 } from "${kernel}";\n${WRITE}` });
  r = build(ordinary);
  assert.notEqual(r.status, 0, `the build must fail:\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stderr, /has no exported member 'mmioWrite32'/);
});

test("an application that declares a system call with another type than the kernel's is refused by the build, naming both types", () => {
  const main = appFolder("wrongcall", {
    "main.ts": '@external("ivt_sys", "sem_give")\ndeclare function give(h: i32, extra: i32): i32;\n' +
      '@external("ivt_sys", "thread_yield")\ndeclare function yieldNow(): i32;\n' +
      "export function main(): i32 {\n  yieldNow();\n  return give(1, 2);\n}\n",
    "app.json": JSON.stringify({ isolated: true }),
  });
  const r = spawnSync(process.execPath, [IVT, "build", "--board", "sim", "--app", main], { cwd: ROOT, encoding: "utf8", timeout: 300000 });
  assert.notEqual(r.status, 0, `the build must fail:\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stderr, /the system call ivt_sys\.sem_give is declared \(i32, i32\) -> i32, but the kernel's is \(i32\) -> i32/);
  assert.doesNotMatch(r.stderr, /thread_yield/, "a call declared as the kernel's is not named");
  // The check itself, as the build calls it.
  const exports = new Map([["sem_give", "(i32) -> i32"], ["exit", "() -> ()"]]);
  assert.doesNotThrow(() => checkSysCallTypes("a.wasm", new Map([["sem_give", "(i32) -> i32"], ["exit", "() -> ()"]]), exports));
  assert.throws(() => checkSysCallTypes("a.wasm", new Map([["exit", "(i32) -> ()"]]), exports), /ivt_sys\.exit is declared \(i32\) -> \(\), but the kernel's is \(\) -> \(\)/);
});

test("an application's system calls go straight to the kernel's exports, and a call in another form fails the build", () => {
  const calls = sysCalls();
  assert.ok(calls.includes("sem_take") && calls.includes("queue_send") && calls.includes("abort"), calls.join(" "));
  const mod = appModuleNames({ name: "one" });
  const app = `#include "app_one.h"\n` + calls.map((c, i) =>
    i % 2 ? `  w2c_i0 = (*Z_ivt_sysZ_${c})(ivt_app_one_instance.Z_ivt_sys_instance, w2c_i0);\n`
      : `  (*Z_ivt_sysZ_${c})(ivt_app_one_instance.Z_ivt_sys_instance);\n`).join("")
    + "  ivt_app_one_instance.Z_ivt_sys_instance = Z_ivt_sys_instance;\n";
  const c = callKernelDirectly(app, mod);
  assert.match(c, /#include "app_one.h"\n#include "kernel.h"/);
  calls.forEach((call, i) => assert.ok(c.includes(i % 2 ? `w2c_i0 = Z_kernelZ_sys_${call}(NULL, w2c_i0);` : `  Z_kernelZ_sys_${call}(NULL);`), call));
  assert.doesNotMatch(c, /Z_ivt_sysZ_/);
  assert.match(c, /ivt_app_one_instance\.Z_ivt_sys_instance = Z_ivt_sys_instance;/, "the import's instance is still stored");
  // Another application's instance, or a call through a pointer of another
  // form, is not rewritten: the build says so rather than link a wrapper.
  assert.throws(() => callKernelDirectly(`#include "app_one.h"\n  (*Z_ivt_sysZ_sem_give)(other.Z_ivt_sys_instance, 1);\n`, mod),
    /callKernelDirectly: app_one names a system call in a form it does not rewrite \(\(\*Z_ivt_sysZ_sem_give\)\(other/);
  // The NULL instance is safe only while the kernel's C merely passes its
  // instance on; the build says so otherwise.
  const kernel = [
    "/* ivt: the image's one instance, named directly */",
    "static u32 w2c_kernel_sys_sys_sem_give(Z_kernel_instance_t* instance, u32 w2c_p0) {",
    "  return w2c_kernel_sem_give(instance, w2c_p0) + w2c_kernel_f(instance);",
    "}",
    "static void init_data_instances(Z_kernel_instance_t *instance) {",
    "  ivt_kernel_instance.w2c_x = 1;",
    "}",
  ].join("\n");
  assert.doesNotThrow(() => checkInstanceOnlyPassedOn(kernel));
  for (const use of ["  instance->w2c_g = 1;", "  w2c_f(w2c_i0, instance);", "  if (instance == NULL) return;"]) {
    assert.throws(() => checkInstanceOnlyPassedOn(`${kernel}\n${use}\n`), /checkInstanceOnlyPassedOn: the kernel's C uses its instance pointer/, use);
  }
  const glue = appsGlueC([{ name: "one" }, { name: "two" }], 4096);
  const copies = appsCopyH([{ name: "one" }, { name: "two" }], 4096);
  assert.doesNotMatch(glue, /Z_ivt_sysZ_/);
  // The copies are the kernel's (inline in its C), not apps.c's.
  assert.doesNotMatch(glue, /app_copy_(?:in|out)\(/);
  assert.match(glue, /#include "apps-copy.h"/);
  // A copy tests the kernel's range only where the kernel keeps its own
  // bounds checks; the application's range always.
  assert.match(copies, /#define IVT_KERNEL_TRUSTED 0\n/);
  assert.match(appsCopyH([{ name: "one" }], 4096, { kernelTrusted: true }), /#define IVT_KERNEL_TRUSTED 1\n/);
  // A few aligned words well inside both memories pass one test of
  // constants; anything else the exact tests.
  assert.match(copies, /static inline __attribute__\(\(always_inline\)\) u32 ivt_app_copy_in\([^)]*\) \{\n  \(void\)h;\n  if \(app >= IVT_APPS\) return 0;\n  if \(LIKELY\(few_words_inside\(from, to, len\)\)\) \{\n[^}]*\n  \}\n  if \(!in_range\(IVT_APP_BYTES, from, len\) \|\| !in_kernel\(to, len\)\) return 0;/);
  assert.match(copies, /static inline __attribute__\(\(always_inline\)\) u32 ivt_app_copy_out\([^)]*\) \{\n  \(void\)h;\n  if \(app >= IVT_APPS\) return 0;\n  if \(LIKELY\(few_words_inside\(to, from, len\)\)\) \{\n[^}]*\n  \}\n  if \(!in_range\(IVT_APP_BYTES, to, len\) \|\| !in_kernel\(from, len\)\) return 0;/);
  assert.match(copies, /#if IVT_KERNEL_TRUSTED\n  return len <= 16 && a <= IVT_APP_BYTES - 16 && \(\(a \| k \| len\) & 3u\) == 0;\n#else\n  return len <= 16 && a <= IVT_APP_BYTES - 16 && k <= IVT_MODULE_LIMIT - 16 && /);
  assert.match(copies, /extern uint8_t ivt_app_two_memory\[\] IVT_MEMORY_ALIGNMENT;/);
  assert.match(glue, /case 1: return Z_app_twoZ_ivt_app_enter\(&ivt_app_two_instance, fn, arg\);/);
  assert.match(glue, /uint8_t ivt_app_two_memory\[4096\]/);
});

test("an isolated kernel's copies are the inline ones of apps-copy.h; wasm2c's output of another form is refused", () => {
  const include = "#include \"ivt-memory.h\" /* ivt: accesses specialized by tools/ivt/build.js */\n";
  const c = `${include}static u32 f(u32 a) {\n  w2c_i0 = (*Z_ivtZ_app_copy_in)(ivt_kernel_instance.Z_ivt_instance, w2c_i0, w2c_i1, w2c_i2, w2c_i3);\n` +
    `  w2c_i0 = (*Z_ivtZ_app_copy_out)(ivt_kernel_instance.Z_ivt_instance, w2c_i0, w2c_i1, w2c_i2, w2c_i3);\n}\n`;
  const out = inlineAppCopies(c);
  assert.match(out, /#include "apps-copy.h"/);
  assert.match(out, / = ivt_app_copy_in\(ivt_kernel_instance\.Z_ivt_instance, /);
  assert.match(out, / = ivt_app_copy_out\(ivt_kernel_instance\.Z_ivt_instance, /);
  assert.doesNotMatch(out, /Z_ivtZ_app_copy/);
  assert.throws(() => inlineAppCopies(`${include}static u32 f(u32 a) { return a; }\n`), /inlineAppCopies: no call of the form/);
  assert.throws(() => inlineAppCopies("static u32 f(u32 a) { return a; }\n"), /inlineAppCopies: no ivt-memory.h include/);
});

test("the kernel's system-call exports can be aliases of their functions, not wrappers that call them", () => {
  const c = [
    "/* export: 'sys_sem_give' */",
    "u32 Z_kernelZ_sys_sem_give(Z_kernel_instance_t* instance, u32 w2c_p0) {",
    "  return w2c_kernel_sys_sys_sem_give(instance, w2c_p0);",
    "}",
    "/* export: 'sys_queue_put_value' */",
    "u32 Z_kernelZ_sys_queue_put_value(Z_kernel_instance_t* instance, u32 w2c_p0, u64 w2c_p1, u32 w2c_p2) {",
    "  return w2c_kernel_sys_sys_queue_put_value(instance, w2c_p0, w2c_p1, w2c_p2);",
    "}",
    "/* export: 'sys_exit' */",
    "void Z_kernelZ_sys_exit(Z_kernel_instance_t* instance) {",
    "  return w2c_kernel_sys_sys_exit(instance);",
    "}",
    "/* export: 'ivtboot' */",
    "void Z_kernelZ_ivtboot(Z_kernel_instance_t* instance) {",
    "  return w2c_kernel_boot_ivtboot(instance);",
    "}",
    "",
  ].join("\n");
  const out = sysCallsAsAliases(c);
  assert.match(out, /^u32 Z_kernelZ_sys_sem_give\(Z_kernel_instance_t\* instance, u32 w2c_p0\) __attribute__\(\(alias\("w2c_kernel_sys_sys_sem_give"\)\)\);/m);
  assert.match(out, /^u32 Z_kernelZ_sys_queue_put_value\(Z_kernel_instance_t\* instance, u32 w2c_p0, u64 w2c_p1, u32 w2c_p2\) __attribute__\(\(alias\("w2c_kernel_sys_sys_queue_put_value"\)\)\);/m);
  assert.match(out, /^void Z_kernelZ_sys_exit\(Z_kernel_instance_t\* instance\) __attribute__\(\(alias\("w2c_kernel_sys_sys_exit"\)\)\);/m);
  assert.match(out, /void Z_kernelZ_ivtboot\(Z_kernel_instance_t\* instance\) \{\n  return w2c_kernel_boot_ivtboot\(instance\);/, "other exports stay wrappers");
  assert.throws(() => sysCallsAsAliases("void Z_kernelZ_ivtboot(Z_kernel_instance_t* instance) {}\n"), /sysCallsAsAliases: no export wrapper/);
});

test("board.json grants: a device that does not exist, or one the kernel uses, fails the build with the reason", () => {
  const an385 = loadBoard("mps2-an385");
  const apps = [{ name: "driver" }];
  const grantsOf = (grants, extra = {}) => () => appGrants({ ...an385, ...extra, grants }, apps);
  assert.throws(grantsOf({ driver: ["timer9"] }), /grants\.driver: device "timer9" does not exist \(devices: uart0, timer0, timer1, eth0, fpgaio, scs\)/);
  assert.throws(grantsOf({ driver: ["scs"] }), /device scs cannot be granted to an application: its driver nvic is the kernel's/);
  assert.throws(grantsOf({ driver: ["uart0"] }), /device uart0 cannot be granted.*the kernel's console/);
  assert.throws(grantsOf({ driver: ["timer1"] }), /device timer1 cannot be granted.*cycle counter/);
  assert.throws(grantsOf({ other: ["timer0"] }, { kernel_devices: ["timer0"] }), /grants\.other: device timer0 cannot be granted.*kernel_devices/);
  assert.throws(grantsOf({ driver: "timer0" }), /grants\.driver: must be a list of device names/);
  // What the kernel gets: the window and the vector (first_vector + irq).
  assert.deepEqual(appGrants({ ...an385, grants: { driver: ["timer0"] } }, apps), [{ index: 0, name: "timer0", base: 0x40000000, size: 0x1000, vector: 16 + 8 }]);
  const sim = loadBoard("sim");
  assert.throws(() => appGrants({ ...sim, grants: { driver: ["timer0"] } }, apps), /timer0 cannot be granted.*kernel_devices names it/);
});
