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
