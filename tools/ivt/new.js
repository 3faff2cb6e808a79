// `ivt new`: starting points that build as they are written.
//
//   ivt new app <dir>                 an app folder anywhere on disk: main.ts,
//                                     test.json, a Makefile that calls this
//                                     kernel checkout's tool (docs/apps.md)
//   ivt new driver <name> [--dir D]   drivers/<name>.ts, an IrqHandler with a
//                                     top and a bottom half, and its target
//                                     test tests/target/drivers/<name>.ts
//                                     (with --dir: both in D, as <name>.ts
//                                     and <name>-test.ts)
//
// Nothing is ever overwritten: an existing folder or file stops the command.

import fs from "node:fs";
import path from "node:path";
import { APPS, ROOT } from "./paths.js";
import { UserError } from "./proc.js";

const NAME = /^[a-z][a-z0-9-]*$/;

/** The text of an import of the tree's module `module` (root-relative, no
 *  extension) from `file`: a relative path inside the tree, the package
 *  (gen.js TREE_PACKAGES: "ivt", "ivt-harness") outside it, where a
 *  relative path would make asc load the kernel twice. */
function importOf(file, module, pkg) {
  const r = path.relative(path.dirname(file), path.join(ROOT, module));
  const inTree = !path.relative(ROOT, file).startsWith("..");
  return JSON.stringify(inTree ? (r.startsWith(".") ? r : `./${r}`) : pkg);
}

/** The files of a new app named `name` whose folder is `dir` (absolute):
 *  { "<file>": "<text>" }. */
export function appFiles(dir, name) {
  const main = `// ${name}: an ivt app (made by \`ivt new app\`; docs/apps.md says how apps work).
//
// Two threads share the console: "worker" wakes every 2 ticks and gives a
// semaphore; main takes it ROUNDS times, printing each round, then returns
// 0, the program's exit code. Build and run it on a board from this folder:
//
//   make run [BOARD=sim|mps2-an385|...]     build, boot, print, exit
//   make test [BOARD=...]                   the runs of test.json
//
// The kernel's public API is the package "ivt" (kernel/ivt.ts of the kernel
// checkout the Makefile names); other .ts files of this folder are imported
// by relative path ("./util") and rebuild the image when they change.

import { Err, FOREVER, kputln, kputs, kputu, Semaphore, Thread, threadCreate, threadSleep, ticks } from "ivt";

const ROUNDS: u32 = 3;
const worker = new Thread();
const beat = new Semaphore();

function workerMain(period: u32): void {
  for (;;) {
    threadSleep(period);
    beat.give();
  }
}

export function main(): i32 {
  kputln("${name}: hello from main");
  if (beat.create(0, 1) != Err.Ok || threadCreate(worker, "worker", workerMain, 2, 10, 1024) != Err.Ok) {
    kputln("${name}: cannot start the worker thread");
    return 1;
  }
  for (let i: u32 = 1; i <= ROUNDS; i++) {
    beat.take(FOREVER);
    kputs("${name}: round ");
    kputu(i);
    kputs(" of ");
    kputu(ROUNDS);
    kputs(" at tick ");
    kputu(ticks());
    kputln("");
  }
  kputln("${name}: done");
  return 0;
}
`;
  const test = JSON.stringify({
    runs: [
      {
        name: "runs its rounds and exits 0",
        input: "",
        exit: 0,
        expect: [`^${name}: hello from main$`, `^${name}: round 3 of 3 at tick \\d+$`, `^${name}: done$`],
      },
    ],
  }, null, 2) + "\n";
  const makefile = `# ${name}: an ivt app. The kernel checkout that builds it is IVT (written
# by \`ivt new app\`; give another with \`make IVT=<path> ...\`). Build output
# goes to that checkout's build/, never into this folder.
#
#   make run  [BOARD=b]    build and boot (default sim, in Node; boards in QEMU)
#   make test [BOARD=b]    the runs of test.json (docs/apps.md)
#   make build|size [BOARD=b]

IVT ?= ${ROOT}
BOARD ?= sim
NODE ?= node
TOOL := $(IVT)/build/tools/ivt.mjs

.PHONY: run test build size tool

run build size test: tool
	@$(NODE) $(TOOL) $@ --board $(BOARD) --app $(CURDIR)

tool:
	@test -f $(IVT)/Makefile || { echo "IVT=$(IVT) is not an ivt kernel checkout: make IVT=<path>"; exit 2; }
	@$(MAKE) -s --no-print-directory -C $(IVT) tools
`;
  return { "main.ts": main, "test.json": test, Makefile: makefile };
}

/** Writes `files` ({ "<absolute path>": "<text>" }), refusing if any exists. */
function writeNew(files) {
  for (const f of Object.keys(files)) {
    if (fs.existsSync(f)) throw new UserError(`new: ${f} exists: ivt new never overwrites; choose another name or remove it`);
  }
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, text, { flag: "wx" });
    console.log(`ivt: wrote ${f}`);
  }
}

/**
 * `ivt new app <dir>`: makes the folder `dir` (relative to `cwd`) with a
 * two-thread main.ts, its test.json and a Makefile that calls this kernel
 * checkout's tool. dir: a path that must not exist. Returns 0. Throws a
 * UserError if it exists (never overwritten) or its name is not one an app
 * may have. Host tool.
 */
export function newApp(dir, cwd = process.cwd()) {
  const full = path.resolve(cwd, dir);
  if (fs.existsSync(full)) throw new UserError(`new app: ${full} exists: ivt new never overwrites a folder; name a new one`);
  const name = path.basename(full);
  if (!NAME.test(name)) throw new UserError(`new app: the folder's name ${JSON.stringify(name)} names the app: use lower-case letters, digits and dashes, starting with a letter`);
  fs.mkdirSync(full, { recursive: true });
  writeNew(Object.fromEntries(Object.entries(appFiles(full, name)).map(([f, t]) => [path.join(full, f), t])));
  console.log(`ivt: new app ${name}: \`make -C ${full} run\` or \`make run APP=${full}\` here; \`make -C ${full} test BOARD=mps2-an385\``);
  return 0;
}

const className = (name) => name.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join("");

/** The files of a new driver: { driver: [path, text], test: [path, text] }.
 *  `dir` (absolute) or null: drivers/ and tests/target/drivers/. */
export function driverFiles(name, dir = null) {
  const cls = className(name);
  const driver = dir ? path.join(dir, `${name}.ts`) : path.join(ROOT, "drivers", `${name}.ts`);
  const test = dir ? path.join(dir, `${name}-test.ts`) : path.join(ROOT, "tests/target/drivers", `${name}.ts`);
  let toDriver = path.relative(path.dirname(test), driver).replace(/\.ts$/, "");
  if (!toDriver.startsWith(".")) toDriver = `./${toDriver}`;
  const driverTs = `// ${name}: <the device, in a line> (a skeleton made by \`ivt new driver\`:
// replace the register map below with the device's, from its manual).
//
//   +0x00 CTRL     bit0 enable, bit1 interrupt enable
//   +0x04 STATUS   bit0 interrupt request; write 1 to clear it
//   +0x08 DATA     the value the interrupt brings
//
// Interrupts as docs/interrupts.md has them: the top half runs in interrupt
// context and does only what the device needs at once (take the data,
// clear the request, or the line fires again after the acknowledge); the
// bottom half runs in the handler's own thread and may block. Registers are
// touched only through the device's register window (a DeviceRegs the board
// makes from board.json: an offset past it ends the caller with a report
// and touches no other device), in two methods (readReg/writeReg) a test can
// replace to play the device (${path.basename(test)}).

import { DeviceRegs, Err, IrqFlags, irqFree, IrqHandler, irqRequest, IrqReturn } from ${importOf(driver, "kernel/ivt", "ivt")};

const CTRL: u32 = 0x00;
const STATUS: u32 = 0x04;
const DATA: u32 = 0x08;
const ENABLE: u32 = 1;
const IRQ_ENABLE: u32 = 2;
const REQUEST: u32 = 1;

export class ${cls} extends IrqHandler {
  /** Interrupts this device raised (top halves that claimed one). */
  interrupts: u32 = 0;
  /** The data of the last interrupt, taken by the top half. */
  pendingData: u32 = 0;
  /** Bottom-half runs, and the data the last one saw. */
  handled: u32 = 0;
  lastData: u32 = 0;

  /** A device whose registers are the window \`regs\` (board.ts:
   *  \`new DeviceRegs(cfg.<DEV>_BASE, cfg.<DEV>_SIZE)\`), raising interrupt
   *  vector \`line\` (board.json: IRQ_FIRST_VECTOR + the device's irq).
   *  Thread context. */
  constructor(public readonly regs: DeviceRegs, public readonly line: u32) {
    super();
  }

  /** Requests the interrupt line (threaded: bottom() runs in a thread of
   *  priority bhPriority) and enables the device and its interrupt.
   *  Returns Err.Ok, or irqRequest's error (Invalid, Exists, Busy,
   *  NoSpace, InInterrupt), in which case the device stays off. Thread
   *  context. */
  start(): Err {
    const err = irqRequest(this.line, this, IrqFlags.Threaded);
    if (err != Err.Ok) return err;
    this.writeReg(CTRL, ENABLE | IRQ_ENABLE);
    return Err.Ok;
  }

  /** Disables the device, then frees the line (waiting for a running
   *  bottom half). Returns irqFree's error: Err.Ok, NotFound, Busy (called
   *  from its own bottom half), InInterrupt. Thread context. */
  stop(): Err {
    this.writeReg(CTRL, 0);
    return irqFree(this.line, this);
  }

  /** The top half: claims the interrupt if the device requests one, takes
   *  its data and clears the request. Returns None when the device is
   *  quiet (another device's interrupt on a shared line), else WakeThread.
   *  Interrupt context: short, never blocks. */
  top(vector: u32): IrqReturn {
    if ((this.readReg(STATUS) & REQUEST) == 0) return IrqReturn.None;
    this.pendingData = this.readReg(DATA);
    this.writeReg(STATUS, REQUEST);
    this.interrupts++;
    return IrqReturn.WakeThread;
  }

  /** The bottom half: the work that may take time or block. Here it only
   *  counts and keeps the data. Thread context (the handler's thread). */
  bottom(vector: u32): void {
    this.lastData = this.pendingData;
    this.handled++;
  }

  /** Reads the 32-bit register at \`offset\`. Any context. */
  readReg(offset: u32): u32 {
    return this.regs.read32(offset);
  }

  /** Writes \`value\` to the 32-bit register at \`offset\`. Any context. */
  writeReg(offset: u32, value: u32): void {
    this.regs.write32(offset, value);
  }
}
`;
  const testTs = `// ${name}'s target test (made by \`ivt new driver\`): the handler on a
// spare interrupt line, pended by software, with the test playing the
// device's registers in memory. Run it with
//   make run BOARD=<b> APP=${path.relative(ROOT, test).startsWith("..") ? test : path.relative(ROOT, test)}
// On hardware, test the real device too (see tests/target/boards/mps2-timer.ts).

import { check, checkEq, finish, test } from ${importOf(test, "tests/target/harness", "ivt-harness")};
import { boardSpareCount, boardSpareVector, DeviceRegs, Err, irqPend, threadSleep } from ${importOf(test, "kernel/ivt", "ivt")};
import { ${cls} } from ${JSON.stringify(toDriver)};

const CTRL: u32 = 0x00;
const STATUS: u32 = 0x04;
const DATA: u32 = 0x08;

/** The device, played in memory: STATUS bit 0 is cleared by writing 1. */
class Fake${cls} extends ${cls} {
  mem: StaticArray<u32> = new StaticArray<u32>(3);

  readReg(offset: u32): u32 {
    return this.mem[offset >> 2];
  }

  writeReg(offset: u32, value: u32): void {
    if (offset == STATUS) this.mem[STATUS >> 2] &= ~value;
    else this.mem[offset >> 2] = value;
  }

  /** Raises an interrupt request carrying \`data\`. */
  raise(data: u32): void {
    this.mem[DATA >> 2] = data;
    this.mem[STATUS >> 2] |= 1;
  }
}

export function main(): i32 {
  test("${name}: a request runs the top half, which clears it, then the bottom half", () => {
    check(boardSpareCount() > 0, "the board has a spare line");
    if (boardSpareCount() == 0) return;
    // A window the fake never reaches: it plays the registers itself.
    const dev = new Fake${cls}(new DeviceRegs(0, 12), <u32>boardSpareVector(0));
    checkEq(dev.start(), Err.Ok, "start");
    checkEq(dev.mem[CTRL >> 2], 3, "device and its interrupt enabled");
    dev.raise(42);
    checkEq(irqPend(dev.line), Err.Ok, "pend");
    threadSleep(2);
    checkEq(dev.interrupts, 1, "one interrupt claimed");
    checkEq(dev.mem[STATUS >> 2], 0, "the top half cleared the request");
    checkEq(dev.handled, 1, "the bottom half ran");
    checkEq(dev.lastData, 42, "the bottom half saw the data");
    // A quiet device does not claim a pend: the line is another's.
    checkEq(irqPend(dev.line), Err.Ok, "pend, device quiet");
    threadSleep(2);
    checkEq(dev.interrupts, 1, "not claimed");
    checkEq(dev.handled, 1, "no bottom half");
    checkEq(dev.stop(), Err.Ok, "stop");
    checkEq(dev.mem[CTRL >> 2], 0, "device off");
  });
  return finish();
}
`;
  return { driver: [driver, driverTs], test: [test, testTs] };
}

/**
 * `ivt new driver <name> [--dir D]`: writes a driver skeleton and its
 * target test (driverFiles). name: lower-case letters, digits, dashes;
 * not the name of an existing app or test image. dir: a folder (relative
 * to `cwd`) for both files instead of drivers/ and tests/target/drivers/.
 * Returns 0. Throws a UserError on a bad name or if a file exists. Host tool.
 */
export function newDriver(name, { dir = null, cwd = process.cwd() } = {}) {
  if (!NAME.test(name)) throw new UserError(`new driver: ${JSON.stringify(name)}: use lower-case letters, digits and dashes, starting with a letter`);
  const full = dir ? path.resolve(cwd, dir) : null;
  if (!full && APPS[name]) throw new UserError(`new driver: ${name}: its test would be the image ${name}, which exists (${APPS[name]}); choose another name`);
  const files = driverFiles(name, full);
  writeNew(Object.fromEntries(Object.values(files)));
  console.log(`ivt: new driver ${name}: \`make run BOARD=sim APP=${full ? files.test[0] : name}\` runs its test`);
  return 0;
}
