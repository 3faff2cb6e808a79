// Boards are data: boards/<name>/board.json. This module loads and checks
// them, so a mistake in a board file is reported by name, not as a crash
// somewhere in the build.

import fs from "node:fs";
import path from "node:path";
import { APPS, appSuitePartName, folderApp, readAppJson, ROOT } from "./paths.js";
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
  if (!cond) throw new UserError(`${board.includes("/") ? board : `boards/${board}/board.json`}: ${msg}`);
}

/** The fields a board.json may have (docs/boards.md), besides any
 *  "<field>_comment": a field not among them is refused (a misspelt
 *  "tick_Hz" was taken for nothing, and the board ran at the default). */
const BOARD_FIELDS = [
  "name", "description", "arch", "wiring", "cpu", "cflags", "clock_hz", "tick_hz", "memory", "module_memory", "main_stack",
  "thread_stacks", "irq", "devices", "console", "panic_console", "cycle_counter", "semihosting", "qemu", "toolchain", "idle",
  "kernel", "asc", "module_cflags", "suite_split", "suite_split_by_test", "suite_images", "suite_parts", "suite_short_checks",
  "apps", "app_memory", "grants", "kernel_devices", "kernel_bounds_checks", "tests", "flash", "irq_pin", "irq_load_seconds",
  "on_fatal", "net", "leds", "red_zone_below_frames",
];

function checkBoardFields(b, name) {
  for (const k of Object.keys(b)) {
    if (BOARD_FIELDS.includes(k) || k.endsWith("_comment")) continue;
    const near = BOARD_FIELDS.find((f) => f.toLowerCase() === k.toLowerCase().replace(/-/g, "_"));
    need(false, name, `unknown field "${k}"${near ? ` (did you mean "${near}"?)` : ""}: docs/boards.md lists the fields a board.json may have`);
  }
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
  checkBoard(b, name);
  need(b.name === name, name, `"name" must be "${name}"`);
  need(typeof b.arch === "string" && fs.existsSync(path.join(ROOT, "arch", b.arch)), name, `"arch" must name a folder of arch/`);
  need(typeof b.cpu === "string", name, `"cpu" is missing`);
  need(b.devices && typeof b.devices === "object", name, `"devices" is missing`);
  need(b.devices[b.console], name, `"console" must name one of the devices`);
  need(b.irq && b.irq.lines > 0, name, `"irq.lines" is missing`);
  num(b.module_memory, `${name}: module_memory`);
  num(b.clock_hz, `${name}: clock_hz`);
  if (b.tick_hz !== undefined) checkTickHz(b);
  if (b.net !== undefined) checkNet(b);
  if (b.leds !== undefined) {
    need(b.leds && typeof b.leds.device === "string" && b.devices[b.leds.device], name, `"leds.device" must name one of the devices (${Object.keys(b.devices).join(", ")})`);
    need(Number.isInteger(b.leds.count) && b.leds.count >= 1 && b.leds.count <= 32, name, `"leds.count" must be the number of LEDs, 1 to 32`);
  }
  for (const [dev, d] of Object.entries(b.devices)) {
    num(d.base, `${name}: devices.${dev}.base`);
    num(d.size, `${name}: devices.${dev}.size`);
    if (b.arch === "sim") need(SIM_DEVICES[d.driver], name, `"devices.${dev}.driver": the sim host simulates ${Object.keys(SIM_DEVICES).join(", ")}, not ${d.driver} (arch/sim/devices.js SIM_DEVICES)`);
  }
  if (b.asc !== undefined) need(Array.isArray(b.asc), name, `"asc" must be a list of asc flags`);
  if (b.module_cflags !== undefined) need(Array.isArray(b.module_cflags), name, `"module_cflags" must be a list of C flags`);
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
  const max = (b.kernel && b.kernel.MAX_TICK_HZ) || kernelDefaults().get("MAX_TICK_HZ");
  need(hz <= max, b.name, `"tick_hz" ${hz}: over MAX_TICK_HZ ${max}, the fastest tick the kernel serves (kernel/config.ts; a board whose core is fast enough may raise it with "kernel": {"MAX_TICK_HZ": n})`);
  need(hz <= clock && (clock % hz === 0 || Math.floor(clock / hz) >= 100), b.name,
    `"tick_hz" ${hz}: a timer counting at clock_hz ${clock} cannot make it within 1% (it needs a whole number of counts per tick, at least 100 unless exact); choose at most ${Math.floor(clock / 100)} or a divisor of ${clock}`);
}

/** The board's wiring, from the root: its own board.ts, or the one in the
 *  folder of boards/ that board.json "wiring" names (boards that share
 *  devices share it: both MPS2 boards use boards/mps2/board.ts). */
export const wiringFile = (b) => `boards/${b.wiring || b.name}/board.ts`;

/** board.json "net": the network device (`device`, one of "devices", with
 *  an "irq"), whose driver the wiring's `boardNetDevice()` makes, and on a
 *  QEMU board the options that give it a network (`qemu`, strings in which
 *  ${host_port} and ${guest_port} are the UDP port forwarded from the
 *  host's 127.0.0.1 and the application's port: tools/ivt/netrun.js). */
export function checkNet(b) {
  const n = b.net;
  need(n && typeof n === "object" && !Array.isArray(n), b.name, `"net" must be an object: {"device": "<one of devices>", "qemu": [options]}`);
  need(typeof n.device === "string" && b.devices[n.device], b.name, `"net.device" must name one of the devices (${Object.keys(b.devices).join(", ")})`);
  need(b.devices[n.device].irq !== undefined, b.name, `"net.device": devices.${n.device} has no "irq"`);
  if (b.arch !== "sim") {
    need(Array.isArray(n.qemu) && n.qemu.every((a) => typeof a === "string"), b.name, `"net.qemu" must be a list of QEMU options`);
    const all = n.qemu.join(" ");
    need(all.includes("${host_port}") && all.includes("${guest_port}"), b.name, `"net.qemu" must forward \${host_port} on the host to \${guest_port} (hostfwd=udp:127.0.0.1:\${host_port}-:\${guest_port})`);
  }
}

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
const APP_LAYOUT_KEYS = ["module_memory", "thread_stacks", "main_stack", "app_memory"];

/** Checks board.json "apps": { "<app>": { module_memory?, thread_stacks?,
 *  main_stack? } }. */
export function checkAppLayouts(b) {
  need(b.apps && typeof b.apps === "object" && !Array.isArray(b.apps), b.name, `"apps" must map app names to their own memory split`);
  for (const [app, o] of Object.entries(b.apps)) {
    if (app.endsWith("_comment")) continue;
    need(o && typeof o === "object" && !Array.isArray(o), b.name, `"apps.${app}" must be an object`);
    for (const [k, v] of Object.entries(o)) {
      if (k.endsWith("_comment")) continue;
      if (k === "suite_parts") {
        checkAppSuiteParts(b, app, v);
        continue;
      }
      if (k === "kernel") {
        checkKernelSettings(o, `boards/${b.name}/board.json apps.${app}`);
        continue;
      }
      need(APP_LAYOUT_KEYS.includes(k), b.name, `"apps.${app}.${k}": an app may change only ${APP_LAYOUT_KEYS.join(", ")}, its kernel settings ("kernel") and its suite_parts`);
      const n = num(v, `${b.name}: apps.${app}.${k}`);
      need(Number.isInteger(n) && n > 0 && n % 8 === 0, b.name, `"apps.${app}.${k}" must be a positive multiple of 8 bytes`);
    }
  }
}

/** Checks board.json "apps".<app>."suite_parts": { "<group>": <images> }
 *  (tools/ivt/gen.js appSuiteImages checks the groups against the app's
 *  main when it splits it). */
function checkAppSuiteParts(b, app, v) {
  need(APPS[app], b.name, `"apps.${app}.suite_parts": ${app} is no app of the tree (apps: ${Object.keys(APPS).join(", ")})`);
  need(v && typeof v === "object" && !Array.isArray(v), b.name, `"apps.${app}.suite_parts" must be { "<group>": <images> } (the groups of its main run one image each, a group named here in that many)`);
  for (const [g, n] of Object.entries(v)) {
    if (g.endsWith("_comment")) continue;
    need(Number.isInteger(n) && n >= 1, b.name, `"apps.${app}.suite_parts.${g}" must be a whole number of images from 1`);
  }
}

/** board.json "apps" entry of `app` on `b`: the app's own, or for a part
 *  of an app's suite (paths.js appSuitePartName) its app's, with what an
 *  entry "<app>.<group>" changes of it for the images of that group (its
 *  kernel settings merged over the app's); null if none. */
export function appLayout(b, app) {
  if (!b.apps || !app) return null;
  if (b.apps[app] && !appSuitePartName(app)) return b.apps[app];
  const base = b.apps[folderApp(app)] || null;
  const group = b.apps[appLayoutName(b, app)];
  if (!group || group === base) return base;
  const kernel = base && base.kernel || group.kernel ? { ...((base && base.kernel) || {}), ...(group.kernel || {}) } : undefined;
  return { ...(base || {}), ...group, ...(kernel ? { kernel } : {}) };
}

/** The name of the board.json "apps" entry that lays out `app`'s image
 *  on `b`, as messages name it: "<app>.<group>" for a part of an app's
 *  suite whose group has an entry of its own, else the app's folder
 *  name (paths.js folderApp). */
export function appLayoutName(b, app) {
  const p = appSuitePartName(app);
  if (p && b.apps && b.apps[`${p.app}.${p.group}`]) return `${p.app}.${p.group}`;
  return folderApp(app);
}

/** The board as `app` is built and run on it: board.json "apps" may give
 *  an app its own split of the RAM between module memory and thread stacks
 *  (a small board's images need different splits: the console app needs
 *  objects, the test images thread stacks). Such an app gets its own
 *  generated board files (`layout`). Returns `b` when nothing changes;
 *  applying it twice changes nothing more. */
export function boardForApp(b, app) {
  // The parts of an app's suite share its layout (and its board files),
  // or their group's.
  const layout = appLayoutName(b, app);
  if (b.layout === layout) return b;
  const o = appLayout(b, app);
  // The app's own kernel settings (app.json, every board), then this
  // board's for it (board.json "apps".<app>."kernel").
  const own = appKernelSettings(app);
  const kernel = own || (o && o.kernel) ? { ...(own || {}), ...((o && o.kernel) || {}) } : null;
  if (!o && !kernel) return b;
  const split = o ? Object.fromEntries(APP_LAYOUT_KEYS.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) : {};
  const out = { ...b, ...split, layout };
  if (kernel) out.kernel = { ...(b.kernel || {}), ...kernel };
  return out;
}

/** The kernel settings app `app` asks for on every board: its app.json
 *  "kernel", the same names and checks as board.json "kernel" (an app that
 *  needs four threads says MAX_THREADS 4, and its image keeps no tables
 *  for 32), applied over the board's. null when it has none (or `app` is
 *  a part of the suite, which has no folder of its own). Throws a
 *  UserError naming app.json and the field. */
export function appKernelSettings(app) {
  const json = readAppJson(app);
  if (!json || json.cfg.kernel === undefined) return null;
  checkKernelSettings(json.cfg, json.where);
  return json.cfg.kernel;
}

// ---- The checks of a board's data (docs/porting.md, "board.json checks").
// Each names the board file and the field path; extra fields are allowed.

/** The fields the build and the generated files read from every board,
 *  and from every board that is not sim (a CPU under QEMU): tools/ivt/gen.js
 *  configTs, boardH, linkLd, build.js, run.js. */
export const REQUIRED_FIELDS = ["name", "arch", "cpu", "clock_hz", "module_memory", "irq", "irq.lines", "devices", "console"];
export const REQUIRED_NATIVE_FIELDS = [
  "memory.flash.base", "memory.flash.size", "memory.ram.base", "memory.ram.size", "thread_stacks",
  "qemu.system", "qemu.machine", "toolchain.prefix", "panic_console.data", "cycle_counter.register",
];
const DEVICE_FIELDS = ["driver", "base", "size"];

const field = (b, dotted) => dotted.split(".").reduce((o, k) => (o && typeof o === "object" ? o[k] : undefined), b);

/** The archs a board may name: the folders of arch/ with an arch.json, and sim. */
export function archNames() {
  const dir = path.join(ROOT, "arch");
  return fs.readdirSync(dir).filter((n) => n === "sim" || fs.existsSync(path.join(dir, n, "arch.json"))).sort();
}

/** Runs the checks below on board data `b` (parsed board.json) of board
 *  `name`; throws a UserError at the first problem, naming the file and the
 *  field. loadBoard calls it first; tests call it on broken copies. */
/** board.json "kernel": names of kernel/config.ts settings a board may
 *  change, each a non-negative integer (NOTIFY_SLOTS 1 to 256). */
export function checkKernelSettings(b, name) {
  if (b.kernel !== undefined) {
    need(b.kernel && typeof b.kernel === "object", name, `"kernel" must be an object of kernel/config.ts settings`);
    const settings = kernelDefaults();
    for (const [k, v] of Object.entries(b.kernel)) {
      if (k.endsWith("_comment")) continue;
      need(settings.has(k), name, `"kernel.${k}": kernel/config.ts has no setting a board may change by that name (it has ${[...settings.keys()].join(", ")})`);
      need(Number.isInteger(num(v, `${name}: kernel.${k}`)) && num(v) >= 0, name, `"kernel.${k}" must be a non-negative integer`);
      if (k === "MAX_THREADS") need(num(v) >= 3 && num(v) <= 1024, name, `"kernel.MAX_THREADS" must be 3 to 1024: the kernel's own idle, timer and main threads count (kernel/config.ts)`);
      if (k === "NOTIFY_SLOTS") need(num(v) >= 1 && num(v) <= 256, name, `"kernel.NOTIFY_SLOTS" must be 1 to 256 (notification slots per thread)`);
    }
  }
}

/** The on-target suite's layout fields: suite_short_checks, suite_split,
 *  suite_parts (with "group"), suite_images (without suite_split). */
export function checkSuiteLayout(b, name) {
  if (b.suite_short_checks !== undefined) need(typeof b.suite_short_checks === "boolean", name, `"suite_short_checks" must be true or false`);
  if (b.suite_split !== undefined) need(["group", "test"].includes(b.suite_split), name, `"suite_split" must be "group" (one image per group of tests/target/main.ts), "test" (one per test) or absent (one image)`);
  if (b.suite_images !== undefined) {
    need(Number.isInteger(b.suite_images) && b.suite_images >= 1 && b.suite_split === undefined, name, `"suite_images" is a number of images to run the whole suite in (groups dealt in order), without "suite_split"`);
  }
  need(b.suite_split_by_test === undefined, name, `"suite_split_by_test" is gone: "suite_parts": {"<group>": <images>} cuts a group into that many images (its test count: one per test)`);
  if (b.suite_parts !== undefined) {
    const parts = Object.entries(b.suite_parts || {}).filter(([k]) => !k.endsWith("_comment"));
    need(b.suite_split === "group" && typeof b.suite_parts === "object" && parts.every(([, n]) => Number.isInteger(n) && n >= 1), name, `"suite_parts" is {"<group>": <images>}, each a whole number from 1, with "suite_split": "group"`);
  }
}

export function checkBoard(b, name) {
  checkBoardFields(b, name);
  need(b && typeof b === "object" && !Array.isArray(b), name, "must be a JSON object");
  checkSuiteLayout(b, name);
  checkKernelSettings(b, name);
  if (b.red_zone_below_frames !== undefined) need(typeof b.red_zone_below_frames === "string" && b.red_zone_below_frames.length > 0, name, `"red_zone_below_frames" must say why the board accepts a red zone smaller than its images' deepest stack use below a checked frame and an exception entry (docs/kernel.md, "What the red zone must hold")`);
  if (b.on_fatal !== undefined) need(b.on_fatal === "halt" || b.on_fatal === "reset", name, `"on_fatal" must be "halt" (stop after a fatal report) or "reset" (reset the system; the next boot prints the kept record)`);
  checkRequired(b, name);
  checkIrqLines(b, name);
  checkVectorTable(b, name);
  checkAddressMap(b, name);
}

/** The interrupt descriptor table (kernel settings FIRST_VECTOR and
 *  MAX_VECTORS, docs/interrupts.md) must cover every vector the board's
 *  controller serves: from its first (on Cortex-M 15, SysTick, which the
 *  NVIC serves too) to the last line. Otherwise irqAddChip refuses the
 *  controller and the board stops at boot with "board init: ...: invalid". */
export function checkVectorTable(b, name) {
  const defaults = kernelDefaults();
  const setting = (k) => (b.kernel && b.kernel[k] !== undefined ? num(b.kernel[k]) : defaults.get(k));
  const first = setting("FIRST_VECTOR");
  const max = setting("MAX_VECTORS");
  const irqFirst = b.irq.first_vector === undefined ? 0 : int(b, name, "irq.first_vector");
  const lowest = b.arch === "cortex-m" ? Math.min(15, irqFirst) : irqFirst;
  const end = irqFirst + int(b, name, "irq.lines");
  need(first <= lowest, name, `kernel.FIRST_VECTOR ${first} is above vector ${lowest}, the first the interrupt controller serves${b.arch === "cortex-m" ? " (SysTick, 15, on Cortex-M)" : ""}: the descriptor table must start at or below it (set ${lowest}, or leave it out for 0)`);
  need(max >= end && max <= 256, name, `kernel.MAX_VECTORS ${max} must be at least ${end} (irq.first_vector ${irqFirst} + irq.lines ${end - irqFirst}) and at most 256`);
}

/** Every required field, named one by one when missing; a known arch. */
export function checkRequired(b, name) {
  for (const f of REQUIRED_FIELDS) need(field(b, f) !== undefined, name, `${f} is missing`);
  const archs = archNames();
  need(archs.includes(b.arch), name, `arch ${JSON.stringify(b.arch)} is unknown (archs: ${archs.join(", ")})`);
  if (b.arch !== "sim") for (const f of REQUIRED_NATIVE_FIELDS) need(field(b, f) !== undefined, name, `${f} is missing (a board with a CPU needs it)`);
  need(b.devices && typeof b.devices === "object" && !Array.isArray(b.devices), name, `devices must map device names to devices`);
  for (const [dev, d] of Object.entries(b.devices)) {
    if (dev.endsWith("_comment")) continue;
    need(d && typeof d === "object", name, `devices.${dev} must be an object`);
    for (const f of DEVICE_FIELDS) need(d[f] !== undefined, name, `devices.${dev}.${f} is missing`);
  }
}

/** An integer field of the board, or the UserError naming it. */
function int(b, name, dotted, v = field(b, dotted)) {
  const n = num(v, `boards/${name}/board.json: ${dotted}`);
  need(Number.isInteger(n) && n >= 0, name, `${dotted} ${JSON.stringify(v)} must be a non-negative integer`);
  return n;
}

/** Interrupt lines: every device's irq is a line of the controller
 *  (0 <= irq < irq.lines); the spare lines (irq.spare_first, spare_count:
 *  the ones tests and apps pend by software) are lines too, and no device
 *  raises them, unless it says it serves as one ("spare_line": true: a
 *  device left unused whose interrupt is pended by software, as the
 *  mcf5208evb's UART1 and UART2). */
export function checkIrqLines(b, name) {
  const lines = int(b, name, "irq.lines");
  need(lines > 0, name, `irq.lines must be at least 1`);
  const first = b.irq.spare_first === undefined ? 0 : int(b, name, "irq.spare_first");
  const count = b.irq.spare_count === undefined ? 0 : int(b, name, "irq.spare_count");
  need(first + count <= lines, name, `irq.spare_first ${first} + irq.spare_count ${count} runs past irq.lines (${lines}): spare lines ${first}..${first + count - 1} must be below ${lines}`);
  for (const [dev, d] of Object.entries(b.devices)) {
    if (dev.endsWith("_comment") || d.irq === undefined) continue;
    const irq = int(b, name, `devices.${dev}.irq`, d.irq);
    need(irq < lines, name, `devices.${dev}.irq ${irq} is not below irq.lines (${lines})`);
    const spare = count > 0 && irq >= first && irq < first + count;
    need(!spare || d.spare_line === true, name,
      `devices.${dev}.irq ${irq} is a spare line (irq.spare_first ${first}, spare_count ${count}), which tests pend by software: move the spare lines, or mark the device "spare_line": true if it only serves as one`);
  }
}

/** Addresses: each device's register window (base, size) has a size, ends
 *  within the 32-bit address space, lies outside flash and RAM (board.json
 *  memory) and overlaps no other device's (the MMIO gate of the native
 *  boards and the sim host both find a device by its window). The
 *  interrupt controller's irq.base lies in a device's window. (The
 *  registers panic_console and cycle_counter name are the C host's own,
 *  reached without the gate: they need no device.) */
export function checkAddressMap(b, name) {
  const windows = [];
  for (const [dev, d] of Object.entries(b.devices)) {
    if (dev.endsWith("_comment")) continue;
    const base = int(b, name, `devices.${dev}.base`, d.base);
    const size = int(b, name, `devices.${dev}.size`, d.size);
    need(size > 0, name, `devices.${dev}.size must not be 0`);
    need(base + size <= 2 ** 32, name, `devices.${dev} (base ${hex(base)}, size ${hex(size)}) runs past the 32-bit address space`);
    windows.push({ what: `devices.${dev}`, base, end: base + size });
  }
  for (const region of ["flash", "ram"]) {
    const m = b.memory && b.memory[region];
    if (!m) continue;
    const base = int(b, name, `memory.${region}.base`, m.base);
    const size = int(b, name, `memory.${region}.size`, m.size);
    need(size > 0, name, `memory.${region}.size must not be 0`);
    windows.push({ what: `memory.${region}`, base, end: base + size, memory: true });
  }
  const sorted = [...windows].sort((x, y) => x.base - y.base);
  for (let i = 1; i < sorted.length; i++) {
    const [x, y] = [sorted[i - 1], sorted[i]];
    if (x.memory && y.memory) continue; // flash and RAM may be one memory (a loader that runs from RAM)
    need(y.base >= x.end, name, `${y.what} (${hex(y.base)}..${hex(y.end - 1)}) overlaps ${x.what} (${hex(x.base)}..${hex(x.end - 1)})`);
  }
  const devices = windows.filter((w) => !w.memory);
  const inDevice = (dotted) => {
    const v = field(b, dotted);
    if (v === undefined) return;
    const a = int(b, name, dotted, v);
    need(devices.some((w) => a >= w.base && a < w.end), name, `${dotted} ${hex(a)} is in no device's register window (devices: base, size)`);
  };
  inDevice("irq.base");
}

const hex = (n) => "0x" + n.toString(16).toUpperCase();

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
