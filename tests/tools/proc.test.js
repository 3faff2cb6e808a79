// runCaptured (tools/ivt/proc.js): what a run prints on stderr (QEMU's
// device models print diagnostics there) goes into the captured output in
// whole lines between the console's lines, never inside one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runCaptured } from "../../tools/ivt/proc.js";

const node = (script) => runCaptured(process.execPath, ["-e", script], { timeoutMs: 10000 });

test("a stderr line that comes inside a console line waits for the line's end", async () => {
  const r = await node(`
    process.stdout.write("offset 4096 of ");
    setTimeout(() => process.stderr.write("Timer with period zero, disabling\\n"), 30);
    setTimeout(() => process.stdout.write("device 'gptm0'\\nnext\\n"), 90);`);
  assert.equal(r.output, "offset 4096 of device 'gptm0'\nTimer with period zero, disabling\nnext\n");
});

test("a stderr line waits at most a moment for a console line that does not end; the rest comes at the end", async () => {
  const r = await node(`
    process.stdout.write("ivt> ");
    setTimeout(() => process.stderr.write("qemu: note\\npartial"), 20);
    setTimeout(() => process.stdout.write("typed\\n"), 700);`);
  assert.equal(r.output, "ivt> \nqemu: note\ntyped\npartial");
});

test("stderr at a console line's boundary goes in at once, in order", async () => {
  const r = await node(`
    process.stdout.write("one\\n");
    setTimeout(() => process.stderr.write("err\\n"), 30);
    setTimeout(() => process.stdout.write("two\\n"), 90);`);
  assert.equal(r.output, "one\nerr\ntwo\n");
});
