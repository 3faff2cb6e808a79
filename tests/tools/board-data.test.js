// What used to be lists in the tools is found or declared where it
// belongs: apps in their folders (tools/ivt/paths.js findApps), a board's
// own test images and shared wiring in its board.json ("tests", "wiring"),
// the sim machine's devices in boards/sim/board.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { APPS, ROOT, findApps } from "../../tools/ivt/paths.js";
import { boardNames, boardTestImages, checkBoardTests, checkWiring, loadBoard, wiringFile } from "../../tools/ivt/boards.js";
import { checkBoardConstants, entryTs } from "../../tools/ivt/gen.js";
import { buildMachine } from "../../arch/sim/host.js";
import { SimTimer, SimUart } from "../../arch/sim/devices.js";

test("apps are found in their folders, test images by their main", () => {
  for (const name of fs.readdirSync(path.join(ROOT, "apps"))) {
    if (fs.existsSync(path.join(ROOT, "apps", name, "main.ts"))) assert.equal(APPS[name], `apps/${name}/main.ts`);
  }
  assert.equal(APPS.tests, "tests/target/main.ts", "the on-target suite");
  assert.equal(APPS.model, "tests/model/main.ts");
  assert.equal(APPS["trap-boot"], "tests/target/trap-boot.ts");
  assert.equal(APPS["mps2-timer"], "tests/target/boards/mps2-timer.ts");
  for (const part of ["harness", "util", "threads", "sync", "arith-table"]) assert.equal(APPS[part], undefined, `${part} is part of the suite, not an image`);
  assert.deepEqual(findApps(), APPS);
});

test("board.json \"tests\" names apps and says what each tests", () => {
  const bad = (tests) => () => checkBoardTests({ name: "x", tests });
  assert.throws(bad({ "no-such-image": "x" }), /"tests\.no-such-image": no such app/);
  assert.throws(bad({ faults: "" }), /"tests\.faults" must say what the image tests/);
  assert.throws(bad(["faults"]), /"tests" must map test images to what they test/);
  checkBoardTests({ name: "x", tests: { faults: "fault injection", faults_comment: "why" } });
  assert.deepEqual(boardTestImages({ tests: { faults: "fault injection", faults_comment: "why" } }), [["faults", "fault injection"]]);
  for (const name of boardNames()) for (const [app] of boardTestImages(loadBoard(name))) assert.ok(APPS[app], `${name}: ${app}`);
  assert.deepEqual(boardTestImages(loadBoard("mps2-an385")), [["mps2-timer", "CMSDK timer interrupts"], ["irqpin", "logic-analyzer pin (irq_pin) high in interrupts, nesting"]]);
  assert.deepEqual(boardTestImages(loadBoard("sim")), [["faults", "fault injection"], ["dma", "the DMA guard"]]);
});

test("boards with the same devices share their wiring", () => {
  const an385 = loadBoard("mps2-an385");
  const an386 = loadBoard("mps2-an386");
  assert.equal(wiringFile(an385), "boards/mps2/board.ts");
  assert.equal(wiringFile(an386), "boards/mps2/board.ts");
  assert.match(entryTs(an386, "demo"), /import \{ boardInit \} from "\.\.\/\.\.\/\.\.\/boards\/mps2\/board";/);
  assert.equal(wiringFile(loadBoard("sim")), "boards/sim/board.ts");
  assert.throws(() => checkWiring({ name: "mps2-an385", wiring: "nowhere" }), /"wiring": boards\/nowhere\/board\.ts does not exist/);
  assert.throws(() => checkWiring({ name: "mps2-an385" }), /boards\/mps2-an385\/board\.ts is missing/);
  assert.throws(() => checkWiring({ name: "sim", wiring: "mps2" }), /boards\/sim\/board\.ts exists too/);
  assert.throws(() => checkWiring({ name: "x", wiring: "../kernel" }), /"wiring" must name a folder of boards\//);
});

test("board code that uses a constant the board lacks is named before asc runs", () => {
  const mcf = loadBoard("mcf5208evb");
  assert.throws(() => checkBoardConstants(mcf, ["tests/target/boards/mps2-timer.ts"]), /mps2-timer\.ts uses cfg\.TIMER0_IRQ, cfg\.TIMER0_BASE, cfg\.TIMER0_SIZE, which board mcf5208evb does not have/);
  for (const name of boardNames()) {
    const b = loadBoard(name);
    checkBoardConstants(b, [wiringFile(b), ...boardTestImages(b).map(([app]) => APPS[app])]);
  }
});

test("the sim machine is built from board.json's devices, whatever they are called", () => {
  const sim = loadBoard("sim");
  const board = {
    ...sim,
    devices: {
      serial: { driver: "sim-uart", base: "0x50000000", size: "0x100", irq: 3 },
      tick: { driver: "sim-timer", base: "0x50001000", size: "0x100", irq: 7 },
      ic: { driver: "sim-intc", base: "0x50002000", size: "0x100" },
    },
    console: "serial",
  };
  const m = buildMachine(board, () => {});
  assert.deepEqual(m.windows.map((w) => [w.name, w.base]), [["serial", 0x50000000], ["tick", 0x50001000], ["ic", 0x50002000]]);
  assert.ok(m.uart instanceof SimUart);
  assert.equal(m.windows[2].dev, m.intc, "the controller's window is the machine's controller");
  assert.deepEqual(m.spurious, [], "no fault device");
  const timer = m.windows[1].dev;
  assert.ok(timer instanceof SimTimer);
  timer.write(0x04, 10);
  timer.write(0x00, 3);
  m.clock.advance(10);
  assert.equal(m.intc.pending(), 1 << 7, "the timer raises its own line");
  assert.throws(() => buildMachine({ ...board, devices: { ...board.devices, gpio: { driver: "sim-gpio", base: 0, size: 4 } } }, () => {}), /devices\.gpio: driver sim-gpio is not simulated/);
  assert.throws(() => buildMachine({ ...board, console: "tick" }, () => {}), /"console": tick is not a sim-uart/);
  assert.equal(buildMachine(sim, () => {}).spurious.length, 1, "sim's fault device");
});
