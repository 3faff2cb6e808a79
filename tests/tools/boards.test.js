// board.json "apps": one app's own split of a small board's RAM
// (tools/ivt/boards.js boardForApp).
import { test } from "node:test";
import assert from "node:assert/strict";
import { boardForApp, checkAppLayouts, checkTickHz, kernelDefaults, loadBoard } from "../../tools/ivt/boards.js";
import { boardAscFlags, boardDir, boardH, linkLd } from "../../tools/ivt/gen.js";

test("an app listed under apps gets its own module memory, thread stacks and generated files", () => {
  const b = loadBoard("microbit");
  const c = boardForApp(b, "console");
  assert.equal(c.module_memory, b.apps.console.module_memory);
  assert.equal(c.thread_stacks, b.apps.console.thread_stacks);
  assert.notEqual(c.module_memory, b.module_memory);
  assert.notEqual(boardDir(c), boardDir(b));
  assert.match(boardH(c), new RegExp(`#define IVT_MODULE_MEMORY_BYTES ${c.module_memory}u`));
  assert.match(boardH(c), new RegExp(`#define IVT_STACK_ARENA_BYTES ${c.thread_stacks}u`));
  assert.equal(boardForApp(c, "console"), c, "applying it twice changes nothing");
  assert.equal(b.module_memory, loadBoard("microbit").module_memory, "the board itself is left as it was");
});

test("an app may have its own main (interrupt) stack: the link script reserves it", () => {
  const b = loadBoard("mps2-an385");
  const m = boardForApp(b, "minimal");
  assert.equal(m.main_stack, b.apps.minimal.main_stack);
  assert.ok(m.main_stack < b.main_stack, "apps/minimal's interrupt stack is smaller than the board's");
  assert.match(linkLd(m), new RegExp(`\\. \\+= 0x0*${m.main_stack.toString(16)};`, "i"));
  assert.doesNotMatch(linkLd(b), new RegExp(`\\. \\+= 0x0*${m.main_stack.toString(16)};`, "i"));
});

test("an app not listed, or a board without apps, keeps the board's split", () => {
  const b = loadBoard("microbit");
  assert.equal(boardForApp(b, "demo"), b);
  const an385 = loadBoard("mps2-an385");
  assert.equal(boardForApp(an385, "console"), an385);
  assert.equal(linkLd(boardForApp(b, "demo")), linkLd(b));
});

test("apps may change only the memory split (with numbers), kernel settings under \"kernel\" and suite_parts", () => {
  const bad = (apps) => () => checkAppLayouts({ name: "x", apps });
  assert.throws(bad({ console: { module_memory: 1024, MAX_THREADS: 4 } }), /apps\.console\.MAX_THREADS": an app may change only module_memory, thread_stacks, main_stack, app_memory, its kernel settings \("kernel"\) and its suite_parts/);
  assert.doesNotThrow(bad({ console: { module_memory: 1024, kernel: { MAX_THREADS: 4 } } }));
  assert.throws(bad({ minimal: { main_stack: 1000 + 4 } }), /"apps\.minimal\.main_stack" must be a positive multiple of 8 bytes/);
  assert.throws(bad({ minimal: { main_stack: 0 } }), /must be a positive multiple of 8/);
  assert.throws(bad({ console: { module_memory: "lots" } }), /apps\.console\.module_memory/);
  assert.throws(bad({ console: 5 }), /"apps\.console" must be an object/);
  assert.throws(bad([]), /"apps" must map app names/);
  checkAppLayouts({ name: "x", apps: { console: { module_memory: "0x2000", thread_stacks: 3456, thread_stacks_comment: "why" }, console_comment: "why" } });
});

test("tick_hz is refused at build time when the tick timer cannot make it within 1%", () => {
  const tick = (clock_hz, tick_hz) => () => checkTickHz({ name: "x", clock_hz, tick_hz });
  tick(25000000, 1000)();
  tick(83333333, 1000)();
  tick(1000, 1000)();
  assert.throws(tick(25000000, 0), /"tick_hz" must be a positive integer/);
  assert.throws(tick(25000000, 1.5), /"tick_hz" must be a positive integer/);
  assert.throws(tick(1000, 300), /cannot make it within 1%.*at most 10 or a divisor of 1000/);
  assert.throws(tick(1000, 2000), /cannot make it within 1%/);
  for (const n of ["sim", "mps2-an385", "microbit", "mcf5208evb"]) checkTickHz(loadBoard(n));
});

test("TIME_SLICE_TICKS is a kernel setting a board may change, 0 turning slicing off", () => {
  assert.ok(kernelDefaults().has("TIME_SLICE_TICKS"));
  assert.equal(kernelDefaults().get("TIME_SLICE_TICKS"), 10);
  const b = { ...loadBoard("mps2-an385"), kernel: { TIME_SLICE_TICKS: 0 } };
  assert.deepEqual(boardAscFlags(b).slice(0, 2), ["--use", "BOARD_TIME_SLICE_TICKS=0"]);
  assert.match(boardH(b), /#define IVT_KERNEL_TIME_SLICE_TICKS 0u/);
});
