// The switch's canary check (arch/native/threads.c overflowed: the
// canary's top word, docs/kernel.md "Stack overflow"): under QEMU with
// gdb, the demo's "blink" thread (id 3) gets that word overwritten while it
// sleeps, as a write past its red zone would; the next switch away from it
// must end it with a STACK OVERFLOW report, and the system go on. Nothing
// in a thread's own code can write there (the red zone and the check on
// function entry stop it first), hence the debugger.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IVT = path.join(ROOT, "build/tools/ivt.mjs");

test("a canary word overwritten below a sleeping thread's stack ends that thread at its next switch, with a report", () => {
  const r = spawnSync(process.execPath, [IVT, "debug", "--board", "mps2-an385", "--app", "demo", "--", "--batch",
    // After a dozen ticks main has created blink (id 3), which sleeps.
    "-ex", "break w2c_kernel_exports_ivthandleinterrupt if ivt_kernel_instance.w2c_kernel_ticks_tickCount > 12",
    "-ex", "continue",
    "-ex", "delete",
    "-ex", "set var *(unsigned int *)(ivt_stack_bottom[3] + 3) = 0",
    "-ex", "break w2c_kernel_panic_reportStackOverflow",
    "-ex", "continue",
    "-ex", "bt 3",
    "-ex", "print ivt_switch_state.running_id",
    // Let the report out, then stop: main then waits for a blink that is gone.
    "-ex", "delete",
    "-ex", "break Z_ivtZ_idle",
    "-ex", "continue"], { cwd: ROOT, encoding: "utf8", timeout: 120000 });
  const out = r.stdout + r.stderr;
  assert.equal(r.status, 0, out);
  // Found by the switch (ivtswitch), while blink was the outgoing thread.
  assert.match(out, /^#0 +(0x[0-9a-f]+ in )?w2c_kernel_panic_reportStackOverflow /m, out);
  assert.match(out, /w2c_kernel_exports_ivtswitch /, out);
  assert.match(out, /^\$\d+ = 3$/m, out);
  // The report, its bugcheck record (docs/crash.md: the thread, found at a
  // switch, charged to the thread since no code of it was running), then
  // the thread's end.
  assert.match(out, /^\*\*\* ivt STACK OVERFLOW in thread 'blink'\n\*\*\* ivt BUGCHECK 0x00000103 STACK_OVERFLOW \(0x0000000\d, 0x00000001, 0x00000000, 0x00000000\)\n {4}FAILURE_BUCKET_ID: 0x103_thread!blink\n(?: {4}.*\n|\*\*\* ivt BUGCHECK-RECORD.*\n)+\*\*\* ivt thread ended; the system goes on$/m, out);
  // The compact line: code 0x103, found at a switch, charged to no code, a
  // thread's context (docs/crash.md, the record's words).
  assert.match(out, /^\*\*\* ivt BUGCHECK-RECORD 49564201,103,[0-9a-f]+,1,,,,1,/m, out);
});
