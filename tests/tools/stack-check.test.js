// The rewrite of wasm2c's FUNC_PROLOGUE into a stack-limit check
// (tools/ivt/build.js checkStackOnEntry).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkStackOnEntry } from "../../tools/ivt/build.js";

// wabt 1.0.32's definition, in its words, and two functions: one that calls
// another translated function, one that calls nothing.
const PROLOGUE = [
  "#if WASM_RT_USE_STACK_DEPTH_COUNT\n",
  "#define FUNC_PROLOGUE                                            \\\n",
  "  if (++wasm_rt_call_stack_depth > WASM_RT_MAX_CALL_STACK_DEPTH) \\\n",
  "    TRAP(EXHAUSTION);\n",
  "\n",
  "#define FUNC_EPILOGUE --wasm_rt_call_stack_depth\n",
  "#else\n",
  "#define FUNC_PROLOGUE\n",
  "\n",
  "#define FUNC_EPILOGUE\n",
  "#endif\n",
].join("");
const CALLER = [
  "static u32 w2c_deep(Z_kernel_instance_t* instance, u32 w2c_p0) {\n",
  "  FUNC_PROLOGUE;\n",
  "  u32 w2c_i0;\n",
  "  w2c_i0 = w2c_leaf(instance, w2c_p0);\n",
  "  FUNC_EPILOGUE;\n",
  "  return w2c_i0;\n",
  "}\n",
].join("");
const LEAF = [
  "static u32 w2c_leaf(Z_kernel_instance_t* instance, u32 w2c_p0) {\n",
  "  FUNC_PROLOGUE;\n",
  "  u32 w2c_i0;\n",
  "  w2c_i0 = instance->w2c_count + w2c_p0;\n",
  "  FUNC_EPILOGUE;\n",
  "  return w2c_i0;\n",
  "}\n",
].join("");

test("FUNC_PROLOGUE becomes the stack-limit check; a function that calls nothing loses it", () => {
  const c = checkStackOnEntry(PROLOGUE + "\n" + CALLER + "\n" + LEAF);
  assert.match(c, /^#include "ivt-stack.h"/m);
  assert.match(c, /^#define FUNC_PROLOGUE IVT_STACK_CHECK\(\)$/m);
  assert.doesNotMatch(c, /wasm_rt_call_stack_depth/);
  assert.match(c, /w2c_deep\([^)]*\) \{\n {2}FUNC_PROLOGUE;\n/);
  assert.match(c, /w2c_leaf\([^)]*\) \{\n {2}u32 w2c_i0;\n/);
});

test("a prologue in a shape the rewrite does not know stops the build instead of going unchecked", () => {
  assert.throws(() => checkStackOnEntry(PROLOGUE.replace("TRAP(EXHAUSTION)", "TRAP(STACK)") + CALLER),
    /wasm2c's output is not what tools\/ivt\/build.js expects/);
  assert.throws(() => checkStackOnEntry(PROLOGUE + LEAF), /found no function that calls another/);
});

// An export's wrapper in wasm2c's shape: parameters moved, one call.
const forwarder = (name, to) => [
  `static void ${name}(Z_kernel_instance_t* instance, u32 w2c_p0) {\n`,
  "  FUNC_PROLOGUE;\n",
  "  u32 w2c_i0;\n",
  "  w2c_i0 = w2c_p0;\n",
  `  ${to}(instance, w2c_i0);\n`,
  "  FUNC_EPILOGUE;\n",
  "}\n",
].join("");

test("a forwarder to a function that keeps its check loses its own; one to a leaf or to another forwarder keeps it", () => {
  const c = checkStackOnEntry(PROLOGUE + "\n" + CALLER + "\n" + LEAF + "\n" +
    forwarder("w2c_entry", "w2c_deep") + "\n" + forwarder("w2c_outer", "w2c_entry") + "\n" +
    forwarder("w2c_toleaf", "w2c_leaf") + "\n" + forwarder("w2c_import", "w2c_missing"));
  assert.match(c, /w2c_entry\([^)]*\) \{\n {2}u32 w2c_i0;\n/, "the forwarder to w2c_deep, which checks");
  assert.match(c, /w2c_outer\([^)]*\) \{\n {2}FUNC_PROLOGUE;\n/, "a forwarder to a forwarder");
  assert.match(c, /w2c_toleaf\([^)]*\) \{\n {2}FUNC_PROLOGUE;\n/, "a forwarder to a leaf, which does not check");
  assert.match(c, /w2c_import\([^)]*\) \{\n {2}FUNC_PROLOGUE;\n/, "a forwarder to a function not in this file");
  assert.match(c, /w2c_deep\([^)]*\) \{\n {2}FUNC_PROLOGUE;\n/, "the callee keeps its check");
});

// A kernel function in wasm2c's shape calling `calls` (names, each with
// `(instance)`), and one calling an import through its pointer.
const kernelFn = (name, calls) => [
  `static void ${name}(Z_kernel_instance_t* instance) {\n`,
  "  FUNC_PROLOGUE;\n",
  ...calls.map((c) => `  ${c}(instance);\n`),
  "  FUNC_EPILOGUE;\n",
  "}\n",
].join("");
// A kernel function in wasm2c's shape calling import `imp` through its
// pointer, then `callee`.
const importCaller = (name, imp, callee) => [
  `static void ${name}(Z_kernel_instance_t* instance) {\n`,
  "  FUNC_PROLOGUE;\n",
  `  (*${imp})(instance->Z_ivt_instance, 0u);\n`,
  `  ${callee}(instance);\n`,
  "  FUNC_EPILOGUE;\n",
  "}\n",
].join("");
// A leaf like LEAF, named `name`.
const leaf = (name) => LEAF.replace("w2c_leaf", name);
const hasCheck = (c, name) => new RegExp(`${name}\\([^)]*\\) \\{\\n {2}FUNC_PROLOGUE;\\n`).test(c);

test("a kernel function calling only leaves and functions that keep their check drops its own; no two in a call chain drop theirs", () => {
  // Each calls two functions, so none is a forwarder (the rule above).
  const c = checkStackOnEntry(PROLOGUE + "\n" + [
    kernelFn("w2c_kernel_a_entry", ["w2c_kernel_a_top", "w2c_kernel_a_leaf"]),
    kernelFn("w2c_kernel_a_top", ["w2c_kernel_a_mid", "w2c_kernel_a_leaf"]),
    kernelFn("w2c_kernel_a_mid", ["w2c_kernel_a_low", "w2c_kernel_a_leaf"]),
    kernelFn("w2c_kernel_a_low", ["w2c_kernel_a_leaf", "w2c_kernel_a_leaf"]),
    leaf("w2c_kernel_a_leaf"),
  ].join("\n"));
  // From the outermost caller down: entry is called from outside the
  // module only (the host, a thread's start) and keeps its check; top
  // drops its; mid, called by top, keeps its; low, called by mid, drops.
  assert.ok(hasCheck(c, "w2c_kernel_a_entry"), "entry: nothing in the module calls it");
  assert.ok(!hasCheck(c, "w2c_kernel_a_top"), "top: its callees are mid (which keeps its check) and a leaf");
  assert.ok(hasCheck(c, "w2c_kernel_a_mid"), "mid: its caller top dropped its check");
  assert.ok(!hasCheck(c, "w2c_kernel_a_low"), "low: only leaves below, and its caller mid checks");
});

test("recursion, imports, indirect calls, cold code, creation, code outside the kernel and a board that does not hold the chains keep their checks", () => {
  const src = PROLOGUE + "\n" + [
    kernelFn("w2c_kernel_r_caller", ["w2c_kernel_r_self", "w2c_kernel_r_ping", "w2c_kernel_r_import",
      "w2c_kernel_r_indirect", "w2c_kernel_r_tocold", "w2c_apps_x_main", "w2c_kernel_r_fine",
      "w2c_kernel_queue_Queue_create", "w2c_kernel_region_Region_alloc"]),
    kernelFn("w2c_kernel_queue_Queue_create", ["w2c_kernel_r_leaf", "w2c_kernel_r_leaf"]),
    kernelFn("w2c_kernel_region_Region_alloc", ["w2c_kernel_r_leaf", "w2c_kernel_r_leaf"]),
    kernelFn("w2c_kernel_r_self", ["w2c_kernel_r_self"]),
    kernelFn("w2c_kernel_r_ping", ["w2c_kernel_r_pong"]),
    kernelFn("w2c_kernel_r_pong", ["w2c_kernel_r_ping"]),
    importCaller("w2c_kernel_r_import", "Z_ivtZ_exit", "w2c_kernel_r_leaf"),
    "static void w2c_kernel_r_indirect(Z_kernel_instance_t* instance) {\n  FUNC_PROLOGUE;\n  CALL_INDIRECT(instance->w2c_T0, void (*)(void*), 0, 0u, instance);\n  w2c_kernel_r_leaf(instance);\n  FUNC_EPILOGUE;\n}\n",
    kernelFn("w2c_kernel_r_tocold", ["w2c_kernel_panic_stop", "w2c_kernel_r_leaf"]),
    kernelFn("w2c_kernel_panic_stop", ["w2c_kernel_r_leaf"]),
    kernelFn("w2c_apps_x_main", ["w2c_kernel_r_leaf"]),
    kernelFn("w2c_kernel_r_fine", ["w2c_kernel_r_leaf"]),
    kernelFn("w2c_kernel_r_unreached", ["w2c_kernel_r_leaf"]),
    leaf("w2c_kernel_r_leaf"),
  ].join("\n");
  const c = checkStackOnEntry(src);
  for (const [name, why] of [
    ["w2c_kernel_r_self", "calls itself"],
    ["w2c_kernel_r_ping", "on a cycle"],
    ["w2c_kernel_r_pong", "on a cycle"],
    ["w2c_kernel_r_import", "calls an import"],
    ["w2c_kernel_r_indirect", "calls through the table"],
    ["w2c_kernel_r_tocold", "calls cold code (large frames)"],
    ["w2c_kernel_panic_stop", "is cold code"],
    ["w2c_apps_x_main", "is not the kernel's"],
    ["w2c_kernel_r_unreached", "nothing in the module calls it"],
    ["w2c_kernel_queue_Queue_create", "runs once per object"],
    ["w2c_kernel_region_Region_alloc", "is an allocator behind a create"],
  ]) assert.ok(hasCheck(c, name), `${name} ${why}`);
  assert.ok(!hasCheck(c, "w2c_kernel_r_fine"), "the same shape, called from the kernel, drops its check");
  assert.ok(hasCheck(c, "w2c_kernel_r_caller"), "its callee w2c_kernel_r_fine dropped its check");
  const kept = checkStackOnEntry(src, { dropCallers: false });
  assert.ok(hasCheck(kept, "w2c_kernel_r_fine"), "a board whose red zone does not hold the chains: only leaves and forwarders drop theirs");
});

test("a system call's entry, which only applications call, drops its check as a kernel-called function does; its create and the interrupt calls keep theirs", () => {
  const c = checkStackOnEntry(PROLOGUE + "\n" + [
    kernelFn("w2c_kernel_sys_sys_sem_give", ["w2c_kernel_s_hand", "w2c_kernel_s_leaf"]),
    kernelFn("w2c_kernel_sys_sys_sem_create", ["w2c_kernel_s_hand", "w2c_kernel_s_leaf"]),
    kernelFn("w2c_kernel_sys_sys_irq_wait", ["w2c_kernel_s_hand", "w2c_kernel_s_leaf"]),
    importCaller("w2c_kernel_sys_sys_queue_send", "Z_ivtZ_app_copy_in", "w2c_kernel_s_hand"),
    importCaller("w2c_kernel_sys_sys_thread_sleep", "Z_ivtZ_idle", "w2c_kernel_s_hand"),
    kernelFn("w2c_kernel_s_hand", ["w2c_kernel_s_leaf", "w2c_kernel_s_leaf"]),
    leaf("w2c_kernel_s_leaf"),
  ].join("\n"));
  assert.ok(!hasCheck(c, "w2c_kernel_sys_sys_sem_give"), "a system call: only applications call it, and the kernel never calls them back");
  assert.ok(hasCheck(c, "w2c_kernel_s_hand"), "what the system call calls keeps its check");
  assert.ok(hasCheck(c, "w2c_kernel_sys_sys_sem_create"), "a create runs once per object");
  assert.ok(hasCheck(c, "w2c_kernel_sys_sys_irq_wait"), "the interrupt calls keep theirs (measured)");
  assert.ok(!hasCheck(c, "w2c_kernel_sys_sys_queue_send"), "the copy from the application's memory becomes inline C: not an import call");
  assert.ok(hasCheck(c, "w2c_kernel_sys_sys_thread_sleep"), "any other import keeps the caller's check");
});

test("a function whose only call is an import keeps its check, unless the import reaches no frame (the poll point, the app copies)", () => {
  // An import-only caller in wasm2c's shape: the call through its pointer.
  const onlyImport = (name, imp) =>
    `static void ${name}(Z_kernel_instance_t* instance) {\n  FUNC_PROLOGUE;\n  (*${imp})(instance->Z_ivt_instance, 0u);\n  FUNC_EPILOGUE;\n}\n`;
  for (const dropCallers of [true, false]) {
    const c = checkStackOnEntry(PROLOGUE + "\n" + CALLER + "\n" + LEAF + "\n" + [
      onlyImport("w2c_kernel_i_putc", "Z_ivtZ_panic_putc"),
      onlyImport("w2c_kernel_i_ticks", "Z_ivtZ_poll"),
      onlyImport("w2c_kernel_i_copy", "Z_ivtZ_app_copy_in"),
    ].join("\n"), { dropCallers });
    assert.ok(hasCheck(c, "w2c_kernel_i_putc"), "an import's C may go deep: the caller checks first");
    assert.ok(!hasCheck(c, "w2c_kernel_i_ticks"), "the poll point is an empty function: a leaf");
    assert.ok(!hasCheck(c, "w2c_kernel_i_copy"), "an app copy is inline C: a leaf");
  }
});
