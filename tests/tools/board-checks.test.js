// board.json is checked when it is loaded (tools/ivt/boards.js checkBoard):
// each rule is shown a broken copy of a real board and must name the board
// file and the field; every real board passes.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../tools/ivt/paths.js";
import { REQUIRED_FIELDS, REQUIRED_NATIVE_FIELDS, boardNames, checkAppLayouts, checkBoard, loadBoard } from "../../tools/ivt/boards.js";

const raw = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, "boards", name, "board.json"), "utf8"));

/** checkBoard on a copy of board `name` changed by `edit`: the message, or null. */
function problem(name, edit) {
  const b = raw(name);
  edit(b);
  try {
    checkBoard(b, name);
    return null;
  } catch (e) {
    return e.message;
  }
}

const unset = (b, dotted) => {
  const keys = dotted.split(".");
  const last = keys.pop();
  delete keys.reduce((o, k) => o[k], b)[last];
};

test("every real board passes the checks", () => {
  for (const name of boardNames()) {
    assert.equal(problem(name, () => {}), null, name);
    assert.doesNotThrow(() => loadBoard(name), name);
  }
});

test("a device's irq must be a line of the controller", () => {
  assert.equal(problem("mps2-an385", (b) => { b.devices.uart0.irq = 40; }),
    "boards/mps2-an385/board.json: devices.uart0.irq 40 is not below irq.lines (32)");
  assert.equal(problem("microbit", (b) => { b.devices.timer0.irq = 26; }),
    "boards/microbit/board.json: devices.timer0.irq 26 is not below irq.lines (26)");
  assert.match(problem("sim", (b) => { b.devices.uart0.irq = -1; }), /^boards\/sim\/board.json: devices.uart0.irq -1 must be a non-negative integer$/);
  assert.match(problem("sim", (b) => { b.devices.uart0.irq = "two"; }), /devices\.uart0\.irq: not a number/);
});

test("spare lines must be lines, and no device's unless it says it serves as one", () => {
  assert.match(problem("mps2-an385", (b) => { b.irq.spare_first = 30; }),
    /^boards\/mps2-an385\/board.json: irq.spare_first 30 \+ irq.spare_count 4 runs past irq.lines \(32\)/);
  assert.match(problem("mps2-an385", (b) => { b.devices.timer0.irq = 25; }),
    /^boards\/mps2-an385\/board.json: devices.timer0.irq 25 is a spare line \(irq.spare_first 24, spare_count 4\)/);
  // mcf5208evb's UART1 and UART2 are its spare lines, and say so.
  assert.match(problem("mcf5208evb", (b) => { delete b.devices.uart1.spare_line; }), /devices.uart1.irq 27 is a spare line/);
});

test("the interrupt descriptor table covers every vector the controller serves (kernel FIRST_VECTOR, MAX_VECTORS)", () => {
  assert.equal(problem("mcf5208evb", (b) => { b.kernel.FIRST_VECTOR = 65; }),
    "boards/mcf5208evb/board.json: kernel.FIRST_VECTOR 65 is above vector 64, the first the interrupt controller serves: the descriptor table must start at or below it (set 64, or leave it out for 0)");
  // The NVIC serves SysTick (15) below the first line.
  assert.match(problem("mps2-an385", (b) => { b.kernel.FIRST_VECTOR = 16; }),
    /^boards\/mps2-an385\/board.json: kernel.FIRST_VECTOR 16 is above vector 15, the first the interrupt controller serves \(SysTick, 15, on Cortex-M\)/);
  assert.equal(problem("mps2-an385", (b) => { b.kernel.FIRST_VECTOR = 15; }), null);
  assert.match(problem("mcf5208evb", (b) => { b.kernel.MAX_VECTORS = 95; }),
    /^boards\/mcf5208evb\/board.json: kernel.MAX_VECTORS 95 must be at least 96 \(irq.first_vector 64 \+ irq.lines 32\) and at most 256$/);
  assert.match(problem("sim", (b) => { b.kernel.MAX_VECTORS = 300; }), /kernel.MAX_VECTORS 300 must be at least 48 .* and at most 256$/);
});

test("device windows lie outside memory, within 32 bits, and overlap no other", () => {
  assert.equal(problem("mps2-an385", (b) => { b.devices.timer1.base = "0x40000800"; }),
    "boards/mps2-an385/board.json: devices.timer1 (0x40000800..0x400017FF) overlaps devices.timer0 (0x40000000..0x40000FFF)");
  assert.match(problem("mps2-an385", (b) => { b.devices.timer1.base = "0x20001000"; }),
    /^boards\/mps2-an385\/board.json: devices.timer1 \(0x20001000..0x20001FFF\) overlaps memory.ram \(0x20000000..0x203FFFFF\)$/);
  assert.match(problem("lm3s6965evb", (b) => { b.devices.uart0.base = "0x100"; }), /devices.uart0 \(0x100..0x10FF\) overlaps memory.flash/);
  assert.match(problem("sim", (b) => { b.devices.faults.base = "0xFFFFF800"; }), /devices.faults \(base 0xFFFFF800, size 0x1000\) runs past the 32-bit address space/);
  assert.match(problem("sim", (b) => { b.devices.faults.size = 0; }), /devices.faults.size must not be 0/);
  assert.match(problem("sim", (b) => { b.irq.base = "0x50000000"; }), /^boards\/sim\/board.json: irq.base 0x50000000 is in no device's register window/);
});

test("required fields are named one by one when missing", () => {
  for (const f of REQUIRED_FIELDS) {
    assert.equal(problem("sim", (b) => unset(b, f)), `boards/sim/board.json: ${f} is missing`, f);
  }
  for (const f of REQUIRED_NATIVE_FIELDS) {
    assert.equal(problem("mps2-an385", (b) => unset(b, f)), `boards/mps2-an385/board.json: ${f} is missing (a board with a CPU needs it)`, f);
  }
  assert.equal(problem("sim", (b) => unset(b, "memory")), null, "sim needs no memory map");
  for (const f of ["driver", "base", "size"]) {
    assert.equal(problem("microbit", (b) => unset(b, `devices.uart0.${f}`)), `boards/microbit/board.json: devices.uart0.${f} is missing`);
  }
});

test("an unknown arch is named with the ones there are", () => {
  assert.match(problem("mps2-an385", (b) => { b.arch = "cortex-a"; }),
    /^boards\/mps2-an385\/board.json: arch "cortex-a" is unknown \(archs: .*cortex-m.*\)$/);
});

test("fields other tools read are allowed, and a device's own extra fields (its driver's settings)", () => {
  assert.equal(problem("mps2-an385", (b) => {
    b.flash = { interface: "x", target: "y" };
    b.irq_pin = { register: "0x40004000" };
    b.devices.uart0.note = "extra";
  }), null);
});

test("the suite's layout: suite_images a count without suite_split; suite_parts with it; the old key named", () => {
  assert.match(problem("mps2-an385", (b) => { b.suite_images = 0; }), /"suite_images" is a number of images/);
  assert.match(problem("mps2-an385", (b) => { b.suite_split = "group"; }), /"suite_images" is a number of images .* without "suite_split"/);
  assert.match(problem("microbit", (b) => { b.suite_parts = { sync: 0 }; }), /"suite_parts" is \{"<group>": <images>\}/);
  assert.match(problem("microbit", (b) => { b.suite_split_by_test = ["sync"]; }), /"suite_split_by_test" is gone: "suite_parts"/);
});

test("NOTIFY_SLOTS must be 1 to 256", () => {
  assert.match(problem("mps2-an385", (b) => { b.kernel.NOTIFY_SLOTS = 0; }), /"kernel.NOTIFY_SLOTS" must be 1 to 256/);
  assert.match(problem("mps2-an385", (b) => { b.kernel.NOTIFY_SLOTS = 257; }), /"kernel.NOTIFY_SLOTS" must be 1 to 256/);
  assert.equal(problem("mps2-an385", (b) => { b.kernel.NOTIFY_SLOTS = 256; }), null);
});

test("on_fatal is halt or reset; reset becomes the kernel setting ON_FATAL_RESET", async () => {
  assert.match(problem("mps2-an385", (b) => { b.on_fatal = "explode"; }), /^boards\/mps2-an385\/board\.json: "on_fatal" must be "halt" .* or "reset"/);
  assert.equal(problem("mps2-an385", (b) => { b.on_fatal = "reset"; }), null);
  const { kernelSettings } = await import("../../tools/ivt/gen.js");
  const b = raw("mps2-an385");
  assert.ok(!kernelSettings(b).some(([k]) => k === "ON_FATAL_RESET"));
  b.on_fatal = "reset";
  assert.deepEqual(kernelSettings(b).find(([k]) => k === "ON_FATAL_RESET"), ["ON_FATAL_RESET", 1]);
});

test("a field board.json does not have is refused, a near miss named", () => {
  assert.equal(problem("sim", (b) => { b.tick_Hz = 500; }),
    `boards/sim/board.json: unknown field "tick_Hz" (did you mean "tick_hz"?): docs/boards.md lists the fields a board.json may have`);
  assert.match(problem("sim", (b) => { b.colour = 1; }), /unknown field "colour": docs\/boards\.md/);
  assert.equal(problem("sim", (b) => { b.colour_comment = "comments are free"; }), null);
});

/** checkAppLayouts (which loadBoard runs) on a copy of microbit's board.json
 *  changed by `edit`: the message, or null. */
function layoutProblem(edit) {
  const b = raw("microbit");
  edit(b);
  try {
    checkAppLayouts(b);
    return null;
  } catch (e) {
    return e.message;
  }
}

test("an app's layout: its kernel settings and suite_parts are checked as the board's are", () => {
  assert.equal(layoutProblem(() => {}), null);
  assert.match(layoutProblem((b) => { b.apps["suite-app-sync"].kernel = { NO_SUCH: 1 }; }), /boards\/microbit\/board\.json apps\.suite-app-sync: "kernel\.NO_SUCH": kernel\/config\.ts has no setting/);
  assert.match(layoutProblem((b) => { b.apps["suite-app-sync"].kernel = { MIN_STACK_BYTES: -8 }; }), /"kernel\.MIN_STACK_BYTES" must be a non-negative integer/);
  assert.match(layoutProblem((b) => { b.apps["suite-app-sync"].suite_parts = { sync: 0 }; }), /"apps\.suite-app-sync\.suite_parts\.sync" must be a whole number of images from 1/);
  assert.match(layoutProblem((b) => { b.apps["suite-app-sync"].suite_parts = [2]; }), /"apps\.suite-app-sync\.suite_parts" must be \{ "<group>": <images> \}/);
  assert.match(layoutProblem((b) => { b.apps.nosuchapp = { suite_parts: { sync: 2 } }; }), /"apps\.nosuchapp\.suite_parts": nosuchapp is no app of the tree/);
  assert.match(layoutProblem((b) => { b.apps["suite-app-sync"].stacks = 8; }), /"apps\.suite-app-sync\.stacks": an app may change only module_memory, thread_stacks, main_stack, app_memory, its kernel settings \("kernel"\) and its suite_parts/);
});
