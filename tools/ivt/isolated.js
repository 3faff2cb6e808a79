// Images with applications in their own modules (docs/isolation.md).
//
// An app folder whose app.json says "isolated" builds into a kernel module
// (kernel.wasm: kernel, drivers, board, the system calls of kernel/sys.ts
// and the supervisor of kernel/apps.ts as its main) and one module per
// application (<name>.wasm), each with its own linear memory, compiled
// against user/ivt.ts, which reaches the kernel only through the imports
// of module "ivt_sys".
//
//   app.json  { "isolated": true,
//               "apps": [ { "name": "victim", "main": "main.ts" },
//                         { "name": "rogue", "main": "rogue.ts", "restart": 2 } ] }
//
// "apps" may be left out: one application named after the folder, from
// main.ts. The first application is the primary: its main's result ends
// the program, as main's does in an ordinary image. "restart": "never"
// (the default), "always", or a number of times.

import fs from "node:fs";
import path from "node:path";
import { ROOT, appDir, appSuitePartMain, appSuitePartName, readAppJson, rel } from "./paths.js";
import { UserError } from "./proc.js";
import { num } from "./boards.js";

/** The system calls an application module may import (module "ivt_sys"),
 *  each wired to the kernel's export sys_<name> (kernel/sys.ts). */
export const SYS_MODULE = "ivt_sys";

/** Names of app.json, and of an application (a C and wasm identifier). */
const APP_NAME = /^[a-z][a-z0-9_]{0,14}$/;

/** The applications of an isolated image, or null for an ordinary one:
 *  [{ name, main (absolute path), restart (0 never, -1 always, N) }]. */
export function isolatedApps(app) {
  const json = readAppJson(app);
  if (!json) return null;
  const { cfg, where } = json;
  if (cfg.isolated !== true) return null;
  const list = cfg.apps || [{ name: path.basename(appDir(app)).toLowerCase().replace(/[^a-z0-9_]/g, "_"), main: "main.ts" }];
  if (!Array.isArray(list) || list.length === 0) throw new UserError(`${where}: "apps" must be a list of { "name", "main" }`);
  if (list.length > 8) throw new UserError(`${where}: ${list.length} applications; an image holds at most 8 (kernel/apps.ts MAX_APPS)`);
  const seen = new Set();
  return list.map((a, i) => {
    const at = `${where} apps[${i}]`;
    if (typeof a.name !== "string" || !APP_NAME.test(a.name)) throw new UserError(`${at}.name: ${JSON.stringify(a.name)} must be 1-15 of a-z, 0-9, _ starting with a letter`);
    if (seen.has(a.name)) throw new UserError(`${at}.name: two applications are named ${a.name}`);
    seen.add(a.name);
    // An image of part of the app's suite runs a main of its own (gen.js
    // appEntry writes it) in place of the application's.
    if (i === 0 && appSuitePartName(app)) return { name: a.name, main: appSuitePartMain(app), restart: restartPolicy(a.restart, `${at}.restart`) };
    const main = path.join(appDir(app), a.main || "main.ts");
    if (!fs.existsSync(main)) throw new UserError(`${at}.main: ${rel(main)} does not exist`);
    if (!/^export function main\(/m.test(fs.readFileSync(main, "utf8"))) throw new UserError(`${at}.main: ${rel(main)} does not export \`function main(): i32\``);
    return { name: a.name, main, restart: restartPolicy(a.restart, `${at}.restart`) };
  });
}

function restartPolicy(v, where) {
  if (v === undefined || v === "never") return 0;
  if (v === "always") return -1;
  if (Number.isInteger(v) && v > 0 && v < 1000) return v;
  throw new UserError(`${where}: ${JSON.stringify(v)} must be "never", "always" or a number of restarts (1-999)`);
}

/** Interrupt controllers and the system timer: never an application's. */
const KERNEL_DRIVERS = new Set(["nvic", "sim-intc", "mcf-intc", "systick"]);

/** Why board `b`'s device `name` is the kernel's and cannot be granted, or
 *  null if it may be. */
function kernelOwns(b, name) {
  const d = b.devices[name];
  const inside = (addr) => addr !== undefined && num(addr) >= num(d.base) && num(addr) < num(d.base) + num(d.size);
  if (KERNEL_DRIVERS.has(d.driver)) return `its driver ${d.driver} is the kernel's (the interrupt controller, the system control space or the system timer)`;
  if (name === b.console) return "it is the kernel's console";
  if (b.cycle_counter && inside(b.cycle_counter.register)) return "it holds the kernel's cycle counter (cycle_counter.register)";
  if (b.panic_console && (inside(b.panic_console.data) || inside(b.panic_console.status))) return "it holds the panic console";
  if ((b.kernel_devices || []).includes(name)) return "board.json kernel_devices names it (the kernel drives it: the tick, a driver of its own)";
  return null;
}

/** board.json "grants" ({ "<app>": ["<device>", ...] }), checked: each
 *  device must exist and not be the kernel's. Returns, for the image's
 *  applications `apps`, [{ index, name, base, size, vector }] (vector -1:
 *  the device has no interrupt). */
export function appGrants(b, apps) {
  const where = `boards/${b.name}/board.json grants`;
  const grants = b.grants || {};
  if (typeof grants !== "object" || Array.isArray(grants)) throw new UserError(`${where}: must map application names to lists of device names`);
  for (const [app, list] of Object.entries(grants)) {
    if (app.endsWith("_comment")) continue;
    if (!Array.isArray(list)) throw new UserError(`${where}.${app}: must be a list of device names`);
    for (const name of list) {
      if (!b.devices[name]) throw new UserError(`${where}.${app}: device ${JSON.stringify(name)} does not exist (devices: ${Object.keys(b.devices).join(", ")})`);
      const why = kernelOwns(b, name);
      if (why) throw new UserError(`${where}.${app}: device ${name} cannot be granted to an application: ${why}`);
    }
  }
  const out = [];
  apps.forEach((a, index) => {
    for (const name of grants[a.name] || []) {
      const d = b.devices[name];
      out.push({ index, name, base: num(d.base) >>> 0, size: num(d.size) >>> 0, vector: d.irq === undefined ? -1 : num(b.irq.first_vector || 0) + num(d.irq) });
    }
  });
  if (out.length > 8) throw new UserError(`${where}: ${out.length} grants in one image; the kernel holds at most 8 (kernel/grants.ts MAX_GRANTS)`);
  return out;
}

/** The kernel's entry for an isolated image: the host ABI's exports, the
 *  system calls, the applications' names, their grants and the supervisor
 *  as main. */
export function isolatedKernelEntry(imp, wiring, apps, grants = []) {
  return `export { ivtboot, ivtbyteorder, ivthandleinterrupt, ivtswitch, ivtthreadentry, ivttrap } from ${imp("kernel/exports.ts")};
export { ivtdebuginfo } from ${imp("kernel/debug.ts")};
export * from ${imp("kernel/sys.ts")};
import { bootConfigure } from ${imp("kernel/boot.ts")};
import { boardInit } from ${imp(wiring)};
import { appDefine, appsMain } from ${imp("kernel/apps.ts")};
${grants.length ? `import { appGrant } from ${imp("kernel/grants.ts")};\n` : ""}
${apps.map((a) => `appDefine(${JSON.stringify(a.name)}, ${a.restart});`).join("\n")}
${grants.map((g) => `appGrant(${g.index}, ${JSON.stringify(g.name)}, ${g.base}, ${g.size}, ${g.vector});`).join("\n")}
bootConfigure(boardInit, appsMain);
`;
}

/** An application module's entry: its main and the one export the kernel
 *  calls it through (the host's app_enter): fn 0 runs main, any other is
 *  a function reference of the module, called with arg. */
export function appModuleEntry(imp, a) {
  return `import { main } from ${imp(a.main)};
// The application library, where the build's --use abort= points, even if
// the application imports nothing from it.
import ${imp("user/ivt.ts")};

export function ivt_app_enter(fn: u32, arg: u32): i32 {
  if (fn == 0) return main();
  changetype<(arg: u32) => void>(fn)(arg);
  return 0;
}
`;
}

/** Checks that an application module imports nothing but the system
 *  calls (and, on sim, the loop budget): no MMIO, no host ABI. */
export function checkAppImports(wasmFile, imports, allowed) {
  const bad = imports.filter((i) => !allowed.has(`${i.module}.${i.name}`));
  if (bad.length) {
    throw new UserError(`${rel(wasmFile)}: an application in its own module may import only the system calls of "${SYS_MODULE}" (docs/isolation.md), ` +
      `but it imports ${bad.map((i) => `${i.module}.${i.name}`).join(", ")}: import the API from "ivt-user" (user/ivt.ts), not from the kernel`);
  }
}

/** The system call names, from kernel/sys.ts's exports. */
export function sysCalls() {
  const src = fs.readFileSync(path.join(ROOT, "kernel/sys.ts"), "utf8");
  return [...src.matchAll(/^export function sys_(\w+)\(/gm)].map((m) => m[1]);
}
