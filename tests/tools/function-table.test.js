// The function table moved to flash (tools/ivt/build.js constFunctionTable):
// a real module through wasm2c and the rewrite, compiled for the host with
// wabt's own runtime, must call what the RAM table called and trap where it
// trapped: a null entry, an index past the table, a wrong type; and two
// types with one signature are one type, as the runtime's registry made them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { constFunctionTable, nameTheOneInstance } from "../../tools/ivt/build.js";

const WAT = `(module
  (type $set_t (func (param i32)))
  (type $get_t (func (result i32)))
  (type $same_as_set_t (func (param i32)))
  (memory 1)
  (global $g (mut i32) (i32.const 0))
  (table 4 4 funcref)
  (elem (i32.const 1) $set $get $set_plus_one)
  (func $set (type $set_t) (global.set $g (local.get 0)))
  (func $get (type $get_t) (global.get $g))
  (func $set_plus_one (type $same_as_set_t) (global.set $g (i32.add (local.get 0) (i32.const 1))))
  (func (export "call") (param $index i32) (param $arg i32) (result i32)
    (call_indirect (type $set_t) (local.get $arg) (local.get $index))
    (global.get $g)))`;

const MAIN = `#include <stdio.h>
#include "wasm-rt-impl.h"
#include "kernel.h"
Z_kernel_instance_t ivt_kernel_instance;
static void call(u32 index, u32 arg) {
  wasm_rt_trap_t trap = wasm_rt_impl_try();
  if (trap != WASM_RT_TRAP_NONE) printf("%u: trap %d\\n", index, (int)trap);
  else printf("%u: %u\\n", index, Z_kernelZ_call(&ivt_kernel_instance, index, arg));
}
int main(void) {
  wasm_rt_init();
  Z_kernel_init_module();
  Z_kernel_instantiate(&ivt_kernel_instance);
  call(1, 7); call(3, 7); call(2, 7); call(0, 7); call(4, 7); call(0x7fffffff, 7);
  return 0;
}
`;

const WASM_RT = "/usr/src/wasm2c";
const cc = ["cc", "gcc"].find((c) => spawnSync(c, ["--version"]).status === 0);

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  assert.equal(r.status, 0, `${cmd} ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

test("call_indirect through the table in flash calls and traps as wasm says", () => {
  assert.ok(cc, "no host C compiler: `make setup` installs gcc");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-function-table-"));
  try {
    fs.writeFileSync(path.join(dir, "t.wat"), WAT);
    run("wat2wasm", ["t.wat", "-o", "t.wasm"], dir);
    run("wasm2c", ["t.wasm", "-n", "kernel", "-o", "kernel.c"], dir);
    const c = constFunctionTable(nameTheOneInstance(fs.readFileSync(path.join(dir, "kernel.c"), "utf8")));
    assert.doesNotMatch(c, /wasm_rt_allocate_funcref_table\(&ivt_kernel_instance/, "no table in RAM");
    assert.doesNotMatch(c, /^ {2}init_func_types\(\);$/m, "no type registry");
    assert.match(c, /static const ivt_table_entry_t ivt_function_table\[4\]/);
    assert.match(c, /static const u32 ivt_type_class\[\d+\] = \{0, 1, 0, /, "the third type is the first's");
    fs.writeFileSync(path.join(dir, "kernel.c"), c);
    fs.writeFileSync(path.join(dir, "main.c"), MAIN);
    run(cc, ["-O2", `-I${WASM_RT}`, "-I.", "main.c", "kernel.c", `${WASM_RT}/wasm-rt-impl.c`, "-lm", "-o", "t"], dir);
    const trap = 6; // WASM_RT_TRAP_CALL_INDIRECT
    assert.equal(run(path.join(dir, "t"), [], dir),
      ["1: 7", "3: 8", `2: trap ${trap}`, `0: trap ${trap}`, `4: trap ${trap}`, `2147483647: trap ${trap}`].join("\n") + "\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a table the rewrite cannot prove fixed stops the build", () => {
  const base = "#include \"kernel.h\"\nstatic void init_tables(Z_kernel_instance_t* instance) {\n";
  const grows = base + "  wasm_rt_allocate_funcref_table(&instance->w2c_T0, 4, 10);\n}\n";
  assert.throws(() => constFunctionTable(nameTheOneInstance(grows)), /the table may grow/);
  const two = base + "  wasm_rt_allocate_funcref_table(&instance->w2c_T0, 4, 4);\n  wasm_rt_allocate_funcref_table(&instance->w2c_T1, 4, 4);\n}\n";
  assert.throws(() => constFunctionTable(nameTheOneInstance(two)), /2 function tables/);
  const none = base + "}\nstatic void f(Z_kernel_instance_t* instance) { instance->w2c_g = 1; }\n";
  assert.equal(constFunctionTable(nameTheOneInstance(none)), nameTheOneInstance(none), "no table: unchanged");
});
