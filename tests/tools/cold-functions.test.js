// Cold kernel code (tools/ivt/build.js markColdFunctions): boot, board
// set-up, constructors, reports and the like are marked for GCC to optimize
// for size; the paths the benchmarks time are not, nor is a function whose
// marking changed how GCC inlines a hot path (thread.ts retireLocked).
import { test } from "node:test";
import assert from "node:assert/strict";
import { markColdFunctions } from "../../tools/ivt/build.js";

const proto = (name) => `static void ${name}(Z_kernel_instance_t*, u32);`;
const COLD = [
  "w2c_kernel_boot_boot", "w2c_kernel_boot_idleMain", "w2c_boards_mps2_board_boardInit",
  "w2c_kernel_sem_Semaphore_constructor", "w2c_kernel_panic_ivtAbort", "w2c_kernel_format_writeDec",
  "w2c_kernel_exports_ivtboot", "w2c_kernel_thread_threadCreate", "w2c_kernel_irq_manage_irqRequest",
];
const HOT = [
  "w2c_kernel_mutex_Mutex_unlock", "w2c_kernel_thread_retireLocked", "w2c_kernel_sched_rescheduleLocked",
  "w2c_kernel_irq_dispatch_dispatchInterrupt", "w2c_kernel_thread_threadYield", "w2c_kernel_irq_manage_irqPend",
  "w2c_kernel_exports_ivtswitch", "w2c_kernel_sem_Semaphore_give", "w2c_kernel_trace_traceWriteLocked",
];

test("boot, board set-up, constructors and reports are marked cold; the timed paths are not", () => {
  const out = markColdFunctions([...COLD, ...HOT].map(proto).join("\n") + "\n");
  for (const name of COLD) assert.match(out, new RegExp(`^static void __attribute__\\(\\(cold\\)\\) ${name}\\(`, "m"), name);
  for (const name of HOT) assert.match(out, new RegExp(`^static void ${name}\\(`, "m"), name);
});

test("a definition is marked as its prototype is, and a call in a body is left alone", () => {
  const c = `${proto("w2c_kernel_boot_boot")}\nstatic void w2c_kernel_boot_boot(Z_kernel_instance_t* instance, u32 a) {\n  w2c_kernel_boot_boot(instance, a);\n}\n`;
  const out = markColdFunctions(c);
  assert.equal((out.match(/__attribute__\(\(cold\)\)/g) || []).length, 2);
  assert.match(out, /^ {2}w2c_kernel_boot_boot\(instance, a\);$/m);
});

test("wasm2c output without the expected names is refused, not passed through unmarked", () => {
  assert.throws(() => markColdFunctions(proto("kernel_boot_boot") + "\n"), /markColdFunctions: no w2c_kernel_boot_ function/);
});

test("a rare branch of a hot function is kept out of line (noinline), and nothing else is", () => {
  const out = markColdFunctions([proto("w2c_kernel_boot_boot"), proto("w2c_kernel_sem_handToWaiterLocked"), proto("w2c_kernel_thread_threadSuspend"), ...HOT.map(proto)].join("\n") + "\n");
  assert.match(out, /^static void __attribute__\(\(noinline\)\) w2c_kernel_sem_handToWaiterLocked\(/m);
  assert.match(out, /^static void __attribute__\(\(noinline\)\) w2c_kernel_thread_threadSuspend\(/m);
  assert.equal((out.match(/noinline/g) || []).length, 2);
});
