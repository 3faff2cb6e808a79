// Boards are data: boards/<name>/board.json. This module loads and checks
// them, so a mistake in a board file is reported by name, not as a crash
// somewhere in the build.

import fs from "node:fs";
import path from "node:path";
import { APPS, ROOT } from "./paths.js";
import { UserError } from "./proc.js";
import { SIM_DEVICES } from "../../arch/sim/devices.js";

const BOARDS_DIR = path.join(ROOT, "boards");

/** Names of the boards that exist (folders with a board.json). */
export function boardNames() {
  return fs
    .readdirSync(BOARDS_DIR)
    .filter((n) => fs.existsSync(path.join(BOARDS_DIR, n, "board.json")))
    .sort();
}

/** Reads "0x1000", "4096" or 4096 as a number. */
export function num(v, what) {
  const n = typeof v === "number" ? v : Number(v);
  if (!Number.isFinite(n)) throw new UserError(`${what}: not a number: ${JSON.stringify(v)}`);
  return n;
}

const CONFIG_TS = "kernel/config.ts";

/** The kernel settings a board may change (board.json "kernel") and their
 *  defaults, read from kernel/config.ts, the one place they are written:
 *  Map NAME -> number (true and false as 1 and 0), in the file's order.
 *  Hosts get the resolved values from the build (tools/ivt/gen.js
 *  kernelResolved), never a copy of their own, so each setting must keep
 *  the shape `@inline export const NAME: T = isDefined(BOARD_NAME) ? ... :
 *  <number, true or false>;`. */
export function kernelDefaults() {
  const src = fs.readFileSync(path.join(ROOT, CONFIG_TS), "utf8");
  const settings = new Map();
  const shape = /^@inline export const (\w+): \w+ = isDefined\(BOARD_(\w+)\) \? [^:;]+ : ([^;]+);$/gm;
  for (const [, name, board, value] of src.matchAll(shape)) {
    if (name !== board) throw new UserError(`${CONFIG_TS}: ${name} reads BOARD_${board}: a setting a board may change must read BOARD_${name}`);
    const v = value.trim();
    const n = v === "true" ? 1 : v === "false" ? 0 : /^(0x[0-9a-f]+|\d+)$/i.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n)) throw new UserError(`${CONFIG_TS}: the default of ${name} must be a number, true or false, not \`${v}\`: the build reads it for the C and sim hosts (tools/ivt/boards.js kernelDefaults)`);
    settings.set(name, n);
  }
  for (const [, name] of src.matchAll(/isDefined\(BOARD_(\w+)\)/g)) {
    if (!settings.has(name)) throw new UserError(`${CONFIG_TS}: BOARD_${name} is read, but not as \`@inline export const ${name}: T = isDefined(BOARD_${name}) ? ... : <default>;\` on one line, the shape the build reads (tools/ivt/boards.js kernelDefaults)`);
  }
  return settings;
}

function need(cond, board, msg) {
  if (!cond) throw new UserError(`boards/${board}/board.json: ${msg}`);
}

/** Loads and validates a board; an unknown name lists the boards that exist. */
export function loadBoard(name) {
  const names = boardNames();
  if (!name || !names.includes(name)) {
    throw new UserError(`unknown board: ${name || "(none)"}\n  boards: ${names.join(", ")}`);
  }
  const file = path.join(BOARDS_DIR, name, "board.json");
  let b;
  try {
    b = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new UserError(`boards/${name}/board.json: ${e.message}`);
  }
  need(b.name === name, name, `"name" must be "${name}"`);
  need(typeof b.arch === "string" && fs.existsSync(path.join(ROOT, "arch", b.arch)), name, `"arch" must name a folder of arch/`);
  need(typeof b.cpu === "string", name, `"cpu" is missing`);
  need(b.devices && typeof b.devices === "object", name, `"devices" is missing`);
  need(b.devices[b.console], name, `"console" must name one of the devices`);
  need(b.irq && b.irq.lines > 0, name, `"irq.lines" is missing`);
  num(b.module_memory, `${name}: module_memory`);
  num(b.clock_hz, `${name}: clock_hz`);
  if (b.tick_hz !== undefined) checkTickHz(b);
  for (const [dev, d] of Object.entries(b.devices)) {
    num(d.base, `${name}: devices.${dev}.base`);
    num(d.size, `${name}: devices.${dev}.size`);
    if (b.arch === "sim") need(SIM_DEVICES[d.driver], name, `"devices.${dev}.driver": the sim host simulates ${Object.keys(SIM_DEVICES).join(", ")}, not ${d.driver} (arch/sim/devices.js SIM_DEVICES)`);
  }
  if (b.kernel !== undefined) {
    need(b.kernel && typeof b.kernel === "object", name, `"kernel" must be an object of kernel/config.ts settings`);
    const settings = kernelDefaults();
    for (const [k, v] of Object.entries(b.kernel)) {
      if (k.endsWith("_comment")) continue;
      need(settings.has(k), name, `"kernel.${k}": kernel/config.ts has no setting a board may change by that name (it has ${[...settings.keys()].join(", ")})`);
      need(Number.isInteger(num(v, `${name}: kernel.${k}`)) && num(v) >= 0, name, `"kernel.${k}" must be a non-negative integer`);
    }
  }
  if (b.asc !== undefined) need(Array.isArray(b.asc), name, `"asc" must be a list of asc flags`);
  if (b.module_cflags !== undefined) need(Array.isArray(b.module_cflags), name, `"module_cflags" must be a list of C flags`);
  if (b.suite_short_checks !== undefined) need(typeof b.suite_short_checks === "boolean", name, `"suite_short_checks" must be true or false`);
  if (b.suite_split !== undefined) need(["group", "test"].includes(b.suite_split), name, `"suite_split" must be "group" (one image per group of tests/target/main.ts), "test" (one per test) or absent (one image)`);
  if (b.arch !== "sim") {
    need(b.memory && b.memory.flash && b.memory.ram, name, `"memory.flash" and "memory.ram" are needed`);
    need(b.qemu && b.qemu.system && b.qemu.machine, name, `"qemu.system" and "qemu.machine" are needed`);
    need(b.toolchain && b.toolchain.prefix, name, `"toolchain.prefix" is needed`);
    need(b.panic_console && b.cycle_counter, name, `"panic_console" and "cycle_counter" are needed`);
    num(b.thread_stacks, `${name}: thread_stacks`);
  }
  if (b.apps !== undefined) checkAppLayouts(b);
  checkWiring(b);
  if (b.tests !== undefined) checkBoardTests(b);
  checkDebugSections(b);
  b.dir = path.join(BOARDS_DIR, name);
  return b;
}

/** Checks board.json "tick_hz" against "clock_hz", the rate the tick
 *  timer counts at: the drivers make a rate only within 1% (a whole number
 *  of counts per tick, exact or at least 100: kernel/hal.ts timerRateOk),
 *  so a rate they would refuse at boot is refused here first. */
export function checkTickHz(b) {
  const hz = num(b.tick_hz, `${b.name}: tick_hz`);
  const clock = num(b.clock_hz, `${b.name}: clock_hz`);
  need(Number.isInteger(hz) && hz > 0, b.name, `"tick_hz" must be a positive integer (ticks per second)`);
  need(hz <= clock && (clock % hz === 0 || Math.floor(clock / hz) >= 100), b.name,
    `"tick_hz" ${hz}: a timer counting at clock_hz ${clock} cannot make it within 1% (it needs a whole number of counts per tick, at least 100 unless exact); choose at most ${Math.floor(clock / 100)} or a divisor of ${clock}`);
}

/** The board's wiring, from the root: its own board.ts, or the one in the
 *  folder of boards/ that board.json "wiring" names (boards that share
 *  devices share it: both MPS2 boards use boards/mps2/board.ts). */
export const wiringFile = (b) => `boards/${b.wiring || b.name}/board.ts`;

/** Checks board.json "wiring" and that the board has a board.ts. */
export function checkWiring(b) {
  if (b.wiring !== undefined) {
    need(typeof b.wiring === "string" && /^[a-z0-9][a-z0-9_.-]*$/i.test(b.wiring), b.name, `"wiring" must name a folder of boards/ whose board.ts wires this board`);
    need(fs.existsSync(path.join(ROOT, wiringFile(b))), b.name, `"wiring": ${wiringFile(b)} does not exist`);
    need(!fs.existsSync(path.join(BOARDS_DIR, b.name, "board.ts")), b.name, `"wiring" names ${wiringFile(b)}, but boards/${b.name}/board.ts exists too: keep one`);
  } else {
    need(fs.existsSync(path.join(ROOT, wiringFile(b))), b.name, `boards/${b.name}/board.ts is missing: write one, or name the wiring this board shares with others ("wiring": a folder of boards/ with a board.ts)`);
  }
}

/** Checks board.json "tests": {"<app>": "<what it tests>"}, test images of
 *  this board's own (harness images, run after the suite by tools/ivt/test.js). */
export function checkBoardTests(b) {
  need(b.tests && typeof b.tests === "object" && !Array.isArray(b.tests), b.name, `"tests" must map test images to what they test, e.g. {"mps2-timer": "CMSDK timer interrupts"}`);
  for (const [app, what] of Object.entries(b.tests)) {
    if (app.endsWith("_comment")) continue;
    need(APPS[app], b.name, `"tests.${app}": no such app (test images are the files of tests/target/ that export a main; apps: ${Object.keys(APPS).join(", ")})`);
    need(typeof what === "string" && what.trim() !== "", b.name, `"tests.${app}" must say what the image tests, in a few words`);
  }
}

/** The board's own test images: [app, what it tests] (board.json "tests"). */
export const boardTestImages = (b) => Object.entries(b.tests || {}).filter(([app]) => !app.endsWith("_comment"));

/** What board.json "apps" may change for one app: how its RAM is split
 *  (main_stack: the interrupt stack, which reset, boot and every handler
 *  use; apps/minimal's is a fraction of the board's). */
const APP_LAYOUT_KEYS = ["module_memory", "thread_stacks", "main_stack"];

/** Checks board.json "apps": { "<app>": { module_memory?, thread_stacks?,
 *  main_stack? } }. */
export function checkAppLayouts(b) {
  need(b.apps && typeof b.apps === "object" && !Array.isArray(b.apps), b.name, `"apps" must map app names to their own memory split`);
  for (const [app, o] of Object.entries(b.apps)) {
    if (app.endsWith("_comment")) continue;
    need(o && typeof o === "object" && !Array.isArray(o), b.name, `"apps.${app}" must be an object`);
    for (const [k, v] of Object.entries(o)) {
      if (k.endsWith("_comment")) continue;
      need(APP_LAYOUT_KEYS.includes(k), b.name, `"apps.${app}.${k}": an app may change only ${APP_LAYOUT_KEYS.slice(0, -1).join(", ")} and ${APP_LAYOUT_KEYS.at(-1)}`);
      const n = num(v, `${b.name}: apps.${app}.${k}`);
      need(Number.isInteger(n) && n > 0 && n % 8 === 0, b.name, `"apps.${app}.${k}" must be a positive multiple of 8 bytes`);
    }
  }
}

/** The board as `app` is built and run on it: board.json "apps" may give
 *  an app its own split of the RAM between module memory and thread stacks
 *  (a small board's images need different splits: the console app needs
 *  objects, the test images thread stacks). Such an app gets its own
 *  generated board files (`layout`). Returns `b` when nothing changes;
 *  applying it twice changes nothing more. */
export function boardForApp(b, app) {
  const o = b.apps && b.apps[app];
  if (!o || b.layout === app) return b;
  const split = Object.fromEntries(APP_LAYOUT_KEYS.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
  return { ...b, ...split, layout: app };
}

/** Checks the sections of board.json the daily tools read (docs/debug.md):
 *  "irq_pin", the logic-analyzer pin ({register, mask} for a register
 *  that reads back, or {set, clear, read?, mask} for GPIO set/clear
 *  registers; "images": apps built with it on), and "flash" (tools/ivt/flash.js
 *  checks its fields when it runs). */
export function checkDebugSections(b) {
  const p = b.irq_pin;
  if (p !== undefined) {
    need(b.arch !== "sim", b.name, `"irq_pin": sim has no pins`);
    need(p && typeof p === "object", b.name, `"irq_pin" must be an object: {"register", "mask"} or {"set", "clear", "mask"}`);
    need((p.register !== undefined) !== (p.set !== undefined || p.clear !== undefined), b.name, `"irq_pin" needs either "register" (read back, bits set and cleared) or "set" and "clear" (GPIO set/clear registers), not both`);
    need(p.register !== undefined || (p.set !== undefined && p.clear !== undefined), b.name, `"irq_pin": "set" and "clear" go together`);
    for (const k of ["register", "set", "clear", "read", "mask"]) {
      if (p[k] !== undefined) need(/^0x[0-9a-f]{1,8}$/i.test(String(p[k])) && num(p[k]) % (k === "mask" ? 1 : 4) === 0, b.name, `"irq_pin.${k}" must be a hex string${k === "mask" ? "" : ", a 4-byte aligned address"}`);
    }
    need(p.mask !== undefined && num(p.mask) !== 0, b.name, `"irq_pin.mask" (the pin's bits, not 0) is missing`);
    need(p.images === undefined || (Array.isArray(p.images) && p.images.every((a) => APPS[a])), b.name, `"irq_pin.images" must list apps (${Object.keys(APPS).join(", ")})`);
  }
  if (b.flash !== undefined) need(b.flash && typeof b.flash === "object" && typeof b.flash.method === "string", b.name, `"flash" must be an object with a "method" (docs/debug.md, Flashing)`);
}
