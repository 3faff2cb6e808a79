// The rewrite of wasm2c's memory accesses (tools/ivt/build.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { appsGlueC, ASC_SOURCES, inlinePortCalls, inlineTinyFunctions, loadDataFromTable, specializeMemoryAccess } from "../../tools/ivt/build.js";
import { ROOT } from "../../tools/ivt/paths.js";

// The parts of wabt 1.0.32's output that the rewrite touches, in its words.
const HEADER = [
  "    RANGE_CHECK((&m), m.size - o - s, s);       \\\n",
  "    load_data(&(m.data[m.size - o - s]), i, s); \\\n",
  "    RANGE_CHECK((&m), o, s);       \\\n",
  "    load_data(&(m.data[o]), i, s); \\\n",
  "#define MEMCHECK(mem, a, t) RANGE_CHECK(mem, a, sizeof(t))\n",
  "    wasm_rt_memcpy(&result, &mem->data[mem->size - addr - sizeof(t1)], sizeof(t1));\n",
  "    wasm_asm(\"\" ::\"r\"(result));\n",
  "    wasm_rt_memcpy(&mem->data[mem->size - addr - sizeof(t1)], &wrapped, sizeof(t1));\n",
  "    wasm_rt_memcpy(&result, &mem->data[addr], sizeof(t1));\n",
  "    wasm_asm(\"\" ::\"r\"(result));\n",
  "    wasm_rt_memcpy(&mem->data[addr], &wrapped, sizeof(t1));\n",
  "static inline void memory_fill(wasm_rt_memory_t* mem, u32 d, u32 val, u32 n) {\n",
  "  RANGE_CHECK(mem, d, n);\n",
  "  memset(mem->data + d, val, n);\n",
  "}\n",
  "                               u32 n) {\n",
  "  RANGE_CHECK(dest, dest_addr, n);\n",
  "  RANGE_CHECK(src, src_addr, n);\n",
  "  memmove(dest->data + dest_addr, src->data + src_addr, n);\n",
  "}\n",
].join("");

test("every load and store checks its base and constant offset apart, with its access size", () => {
  const c = specializeMemoryAccess(HEADER + [
    "  w2c_i0 = i32_load(&instance->w2c_memory, (u64)(w2c_i0) + 12u);\n",
    "  w2c_i1 = i32_load8_u(&instance->w2c_memory, (u64)(w2c_i1));\n",
    "  i64_store(&instance->w2c_memory, (u64)(w2c_i0) + 8, w2c_j1);\n",
    "  i32_store16(&instance->w2c_memory, (u64)(w2c_i2) + 4294967295u, w2c_i1);\n",
  ].join(""));
  assert.match(c, /i32_load\(&instance->w2c_memory, ivt_ea\(w2c_i0, 12u, 4u\)\);/);
  assert.match(c, /i32_load8_u\(&instance->w2c_memory, ivt_ea\(w2c_i1, 0u, 1u\)\);/);
  assert.match(c, /i64_store\(&instance->w2c_memory, ivt_ea\(w2c_i0, 8u, 8u\), w2c_j1\);/);
  assert.match(c, /i32_store16\(&instance->w2c_memory, ivt_ea\(w2c_i2, 4294967295u, 2u\), w2c_i1\);/);
  assert.doesNotMatch(c, /&mem->data\[|m\.data|m\.size/);
  // big-endian: the mirrored index in 32 bits (in 64, ColdFire paid a subx per access)
  assert.match(c, /&ivt_module_memory\[IVT_MODULE_LIMIT - \(uint32_t\)addr - sizeof\(t1\)\]/);
  assert.match(c, /#include "ivt-memory.h"/);
  assert.match(c, /#define MEMCHECK\(mem, a, t\) \/\*/);
  // No forced read: ivt_ea checked the access, and a dead load may go.
  assert.doesNotMatch(c, /wasm_asm/);
});

test("memory.copy and memory.fill go through ivt_memory_copy and ivt_memory_fill, which test their range in 32 bits and mirror it on a big-endian CPU", () => {
  const c = specializeMemoryAccess(HEADER);
  assert.match(c, /static inline void memory_fill\(wasm_rt_memory_t\* mem, u32 d, u32 val, u32 n\) \{\n {2}ivt_memory_fill\(mem, d, val, n\);\n\}/);
  assert.match(c, /ivt_memory_copy\(dest, ivt_module_memory, IVT_MODULE_LIMIT, dest_addr, src_addr, n\);/);
  assert.doesNotMatch(c, /RANGE_CHECK\(|[^_]memmove\(/);
});

test("an offset of 2^31 or more is the mark of a proved access only in a versioned module's C", () => {
  const line = "  i32_store16(&instance->w2c_memory, (u64)(w2c_i2) + 2147483652u, w2c_i1);\n";
  assert.match(specializeMemoryAccess(HEADER + line, { marked: true }), /i32_store16\(&instance->w2c_memory, ivt_ea_verified\(w2c_i2, 4u, 2u\), w2c_i1\);/);
  assert.match(specializeMemoryAccess(HEADER + line), /i32_store16\(&instance->w2c_memory, ivt_ea\(w2c_i2, 2147483652u, 2u\), w2c_i1\);/);
});

test("an access in a shape the rewrite does not know stops the build instead of going unchecked", () => {
  assert.throws(() => specializeMemoryAccess(HEADER + "  w2c_i0 = i32_load(&instance->w2c_memory, w2c_addr);\n"),
    /wasm2c's output is not what tools\/ivt\/build.js expects/);
  assert.throws(() => specializeMemoryAccess(HEADER.replace("RANGE_CHECK(mem, a, sizeof(t))", "CHECK(mem, a)")),
    /wasm2c's output is not what/);
});

// Two segments with a gap, as wabt 1.0.32 writes them.
const SEGMENTS = [
  "static const u8 data_segment_data_w2c_d0[] = {\n  0x1c, 0x00, 0x41, \n};\n",
  "static const u8 data_segment_data_w2c_d1[] = {\n  0x02, 0x00, 0x00, 0x00, 0x62, 0x00, 0x6f, 0x00, \n  0xff, \n};\n",
  "static void init_memories(Z_kernel_instance_t* instance) {\n",
  "  wasm_rt_allocate_memory(&instance->w2c_memory, 1, 1);\n",
  "  LOAD_DATA(instance->w2c_memory, 1036u, data_segment_data_w2c_d0, 3);\n",
  "  LOAD_DATA(instance->w2c_memory, 1050u, data_segment_data_w2c_d1, 9);\n",
  "}\n",
].join("");

/** Runs the generated loader's algorithm over its own tables, as the C loop does. */
function decodeData(c) {
  const bytesOf = (name) => (new RegExp(`${name}\\[\\d+\\] = \\{([^}]*)\\}`).exec(c)[1].match(/0x[0-9a-f]{2}/g) || []).map((h) => parseInt(h, 16));
  const map = bytesOf("ivt_data_map");
  const bytes = bytesOf("ivt_data_bytes");
  const [, first, span] = /IVT_SEGMENT_CHECK\((\d+)u, (\d+)u\)/.exec(c).map(Number);
  const memory = new Map();
  let k = 0;
  for (let i = 0; i < span; i++) if (map[i >> 3] & (1 << (i & 7))) memory.set(first + i, bytes[k++]);
  return memory;
}

test("data segments load from a bitmap and their non-zero bytes, to the same addresses", () => {
  const c = loadDataFromTable(SEGMENTS);
  assert.doesNotMatch(c, /LOAD_DATA\(|data_segment_data_w2c_/);
  const memory = decodeData(c);
  const expected = new Map([[1036, 0x1c], [1038, 0x41], [1050, 0x02], [1054, 0x62], [1056, 0x6f], [1058, 0xff]]);
  assert.deepEqual([...memory].sort((a, b) => a[0] - b[0]), [...expected]);
});

test("overlapping or passive data segments stop the build", () => {
  assert.throws(() => loadDataFromTable(SEGMENTS.replace("1050u", "1037u")), /data segments overlap/);
  assert.throws(() => loadDataFromTable(SEGMENTS + "  memory_init(data_segment_data_w2c_d1);\n"), /used elsewhere/);
  assert.throws(() => loadDataFromTable(SEGMENTS.replace(", 9);", ", 8);")), /8 bytes to load, 9 array/);
});

test("the lock, the switch request, the cycle counter and the MMIO gate are inlined; the poll point stays a call", () => {
  const calls = [
    "  w2c_i0 = (*Z_ivtZ_irq_save)(instance->Z_ivt_instance);\n",
    "  (*Z_ivtZ_irq_restore)(instance->Z_ivt_instance, w2c_i0);\n",
    "  (*Z_ivtZ_switch_request)(instance->Z_ivt_instance);\n",
    "  w2c_i1 = (*Z_ivtZ_cycles)(instance->Z_ivt_instance);\n",
    "  w2c_i1 = (*Z_ivtZ_mmio_read32)(instance->Z_ivt_instance, w2c_i2);\n",
    "  (*Z_ivtZ_mmio_write8)(instance->Z_ivt_instance, w2c_i2, w2c_i3);\n",
    "  (*Z_ivtZ_poll)(instance->Z_ivt_instance);\n",
  ].join("");
  const c = inlinePortCalls(specializeMemoryAccess(HEADER + calls));
  assert.match(c, /w2c_i0 = ivt_port_irq_save\(instance->Z_ivt_instance\);/);
  assert.match(c, /ivt_port_irq_restore\(instance->Z_ivt_instance, w2c_i0\);/);
  assert.match(c, /ivt_port_switch_request\(instance->Z_ivt_instance\);/);
  assert.match(c, /w2c_i1 = ivt_port_cycles\(instance->Z_ivt_instance\);/);
  assert.match(c, /ivt_port_mmio_read32\(instance->Z_ivt_instance, w2c_i2\);/);
  assert.match(c, /ivt_port_mmio_write8\(instance->Z_ivt_instance, w2c_i2, w2c_i3\);/);
  assert.match(c, /\(\*Z_ivtZ_poll\)\(instance->Z_ivt_instance\);/);
  assert.doesNotMatch(c, /\(\*Z_ivtZ_(?!poll)/);
  assert.match(c, /#include "ivt-memory.h"[^\n]*\n#include "ivt-port-inline.h"[^\n]*\n#include "ivt-native-inline.h"/);
  assert.throws(() => inlinePortCalls(specializeMemoryAccess(HEADER + "  (*Z_ivtZ_poll)(instance->Z_ivt_instance);\n")),
    /inlinePortCalls/);
});

test("a change to any AssemblyScript source an image may import rebuilds it: every top folder of .ts code is a build input", () => {
  // net/ was missing once: a change to the network layer left images as they were.
  const hasTs = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).some((e) => (e.isDirectory() ? hasTs(path.join(dir, e.name)) : e.name.endsWith(".ts")));
  const skip = new Set(["node_modules", "build", "tests", ".git"]);
  const tops = fs.readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory() && !skip.has(e.name) && hasTs(path.join(ROOT, e.name)));
  for (const e of tops) assert.ok(ASC_SOURCES.includes(path.join(ROOT, e.name)), `${e.name}/ holds .ts code but is not in ASC_SOURCES`);
  for (const t of ["tests/target", "tests/model"]) assert.ok(ASC_SOURCES.includes(path.join(ROOT, t)), t);
});

test("make test's build workers run the tool that runs the tests: from the sources, the sources", async () => {
  // A bundle older than the sources would translate with its own rewrites
  // and leave kernel.c newer than tools/ivt/build.js: no later build, with
  // the new rewrites, would make it again.
  const { WORKER_TOOL } = await import("../../tools/ivt/test.js");
  assert.equal(WORKER_TOOL, path.join(ROOT, "tools/ivt/main.js"));
  const bundle = fs.readFileSync(path.join(ROOT, "tools/rollup.config.js"), "utf8");
  assert.match(bundle, /main\.js/, "the bundle's entry is main.js, which serves build-worker too");
});

test("where GCC may not inline small functions, a field's accessor (one store) is declared inline; longer functions, callers and noinline ones are not", () => {
  const c = [
    "static void w2c_kernel_tcb_Thread_set_state(Z_kernel_instance_t*, u32, u32);",
    "static u32 __attribute__((cold)) w2c_kernel_tcb_Thread_get_state(Z_kernel_instance_t*, u32);",
    "static void w2c_kernel_sched_readyLocked(Z_kernel_instance_t*, u32);",
    "static void __attribute__((noinline)) w2c_kernel_sem_handToWaiterLocked(Z_kernel_instance_t*, u32);",
    "static void w2c_kernel_sched_wake(Z_kernel_instance_t*, u32);",
    "static u32 w2c_kernel_sched_checkTimeout(Z_kernel_instance_t*, u32);",
    "",
    "static void w2c_kernel_tcb_Thread_set_state(Z_kernel_instance_t* instance, u32 w2c_p0, u32 w2c_p1) {",
    "  u32 w2c_i0, w2c_i1;",
    "  w2c_i0 = w2c_p0;",
    "  w2c_i1 = w2c_p1;",
    "  i32_store(&ivt_kernel_instance.w2c_memory, ivt_ea_trusted(w2c_i0, 12u, 4u), w2c_i1);",
    "  FUNC_EPILOGUE;",
    "}",
    "",
    "static u32 w2c_kernel_tcb_Thread_get_state(Z_kernel_instance_t* instance, u32 w2c_p0) {",
    "  u32 w2c_i0;",
    "  w2c_i0 = w2c_p0;",
    "  w2c_i0 = i32_load(&ivt_kernel_instance.w2c_memory, ivt_ea_trusted(w2c_i0, 12u, 4u));",
    "  FUNC_EPILOGUE;",
    "  return w2c_i0;",
    "}",
    "",
    "static void w2c_kernel_sched_readyLocked(Z_kernel_instance_t* instance, u32 w2c_p0) {",
    ...Array.from({ length: 8 }, (_, i) => `  w2c_i0 = w2c_p0 + ${i}u;`),
    "}",
    "",
    "static void w2c_kernel_sem_handToWaiterLocked(Z_kernel_instance_t* instance, u32 w2c_p0) {",
    "  w2c_i0 = w2c_p0;",
    "}",
    "",
    "static void w2c_kernel_sched_wake(Z_kernel_instance_t* instance, u32 w2c_p0) {",
    "  w2c_kernel_sched_readyLocked(instance, w2c_p0);",
    "}",
    "",
    "static u32 w2c_kernel_sched_checkTimeout(Z_kernel_instance_t* instance, u32 w2c_p0) {",
    ...Array.from({ length: 12 }, (_, i) => `  w2c_i0 = w2c_p0 + ${i}u;`),
    "  w2c_i0 = w2c_kernel_sched_readyLocked(instance, w2c_p0);",
    "}",
    "",
  ].join("\n");
  const out = inlineTinyFunctions(c);
  assert.match(out, /^static inline void w2c_kernel_tcb_Thread_set_state\(Z_kernel_instance_t\*, u32, u32\);/m);
  assert.match(out, /^static inline u32 __attribute__\(\(cold\)\) w2c_kernel_tcb_Thread_get_state\(Z_kernel_instance_t\*, u32\);/m);
  assert.match(out, /^static void w2c_kernel_sched_readyLocked\(Z_kernel_instance_t\*, u32\);$/m, "a longer body stays a function");
  assert.match(out, /^static void __attribute__\(\(noinline\)\) w2c_kernel_sem_handToWaiterLocked\(Z_kernel_instance_t\*, u32\);$/m, "noinline is kept");
  assert.match(out, /^static void w2c_kernel_sched_wake\(Z_kernel_instance_t\*, u32\);$/m, "a body that calls a kernel function stays a function");
  assert.match(out, /^static inline u32 w2c_kernel_sched_checkTimeout\(Z_kernel_instance_t\*, u32\);/m, "the timeout check is inlined whatever its length");
  assert.match(out, /^static void w2c_kernel_tcb_Thread_set_state\(Z_kernel_instance_t\* instance, u32 w2c_p0, u32 w2c_p1\) \{$/m, "definitions are left as they are");
});

test("a module memory's declared alignment (ARMv6-M) is the alignment it is defined with", () => {
  // ivt-memory.h tells GCC the memories are 8-aligned where the core has no
  // unaligned access, so that it drops the test of the memory's own address
  // on each access; a definition less aligned than that would let GCC
  // miscompile. The kernel's memory (wasm-rt-ivt.c) and each application's
  // (the image's apps.c) must be defined at least as aligned.
  const header = fs.readFileSync(path.join(ROOT, "arch/wasm-rt/ivt-memory.h"), "utf8");
  assert.match(header, /#if defined\(__arm__\) && !defined\(__ARM_FEATURE_UNALIGNED\)\n#define IVT_MEMORY_ALIGNMENT __attribute__\(\(aligned\(8\)\)\)\n#else\n#define IVT_MEMORY_ALIGNMENT\n#endif\nextern uint8_t ivt_module_memory\[\] IVT_MEMORY_ALIGNMENT;/);
  const kernelMemory = fs.readFileSync(path.join(ROOT, "arch/wasm-rt/wasm-rt-ivt.c"), "utf8");
  assert.match(kernelMemory, /uint8_t ivt_module_memory\[IVT_MODULE_MEMORY_BYTES\]\s+__attribute__\(\(aligned\(8\)/);
  const glue = appsGlueC([{ name: "one", memory: "ivt_app_one_memory" }, { name: "two", memory: "ivt_app_two_memory" }], 4096);
  for (const m of ["ivt_app_one_memory", "ivt_app_two_memory"]) {
    assert.match(glue, new RegExp(`uint8_t ${m}\\[4096\\] __attribute__\\(\\(aligned\\(8\\)`));
  }
});
