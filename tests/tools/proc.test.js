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

// QEMU's UARTs write one byte per write(); if the runner's end of the
// output pushed back while the runner was busy, the guest would poll a
// full UART and its virtual time would run on (openOutputFile in
// tools/ivt/proc.js). Here the runner is busy for 1.5 s right after the
// start while the program writes 20000 single bytes: the program must be
// done before the runner is free again.
test("a program writing byte by byte while the runner is busy is not held back", async () => {
  const running = runCaptured(process.execPath, ["-e", `
    const fs = require("fs");
    const one = Buffer.from("x");
    for (let i = 0; i < 20000; i++) fs.writeSync(1, one);
    fs.writeSync(1, "\\ndone at " + Date.now() + "\\n");`], { timeoutMs: 20000 });
  const busyUntil = Date.now() + 1500;
  while (Date.now() < busyUntil) {}
  const r = await running;
  const m = /done at (\d+)/.exec(r.output);
  assert.ok(m, `no end line in ${r.output.length} characters of output`);
  assert.equal(r.output.indexOf("\n"), 20000);
  assert.ok(Number(m[1]) < busyUntil, `the program ended ${Number(m[1]) - busyUntil} ms after the runner was free again: its writes waited for the runner`);
});
