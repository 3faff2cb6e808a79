// The rewrite of wasm2c's memory accesses (tools/ivt/build.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { specializeMemoryAccess } from "../../tools/ivt/build.js";

// The parts of wabt 1.0.32's output that the rewrite touches, in its words.
const HEADER = [
  "    RANGE_CHECK((&m), m.size - o - s, s);       \\\n",
  "    load_data(&(m.data[m.size - o - s]), i, s); \\\n",
  "    RANGE_CHECK((&m), o, s);       \\\n",
  "    load_data(&(m.data[o]), i, s); \\\n",
  "#define MEMCHECK(mem, a, t) RANGE_CHECK(mem, a, sizeof(t))\n",
  "    wasm_rt_memcpy(&result, &mem->data[mem->size - addr - sizeof(t1)], sizeof(t1));\n",
  "    wasm_rt_memcpy(&mem->data[mem->size - addr - sizeof(t1)], &wrapped, sizeof(t1));\n",
  "    wasm_rt_memcpy(&result, &mem->data[addr], sizeof(t1));\n",
  "    wasm_rt_memcpy(&mem->data[addr], &wrapped, sizeof(t1));\n",
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
  assert.doesNotMatch(c, /mem->data|m\.data|m\.size/);
  assert.match(c, /#include "ivt-memory.h"/);
  assert.match(c, /#define MEMCHECK\(mem, a, t\) \/\*/);
});

test("an access in a shape the rewrite does not know stops the build instead of going unchecked", () => {
  assert.throws(() => specializeMemoryAccess(HEADER + "  w2c_i0 = i32_load(&instance->w2c_memory, w2c_addr);\n"),
    /wasm2c's output is not what tools\/ivt\/build.js expects/);
  assert.throws(() => specializeMemoryAccess(HEADER.replace("RANGE_CHECK(mem, a, sizeof(t))", "CHECK(mem, a)")),
    /wasm2c's output is not what/);
});
