// ivt flash: puts an image on a real board, as its board.json "flash"
// section says (docs/debug.md, Flashing):
//
//   "method": "openocd"   OpenOCD with "scripts" (-f each, from its
//                         scripts folder), then program, verify, reset
//   "method": "mps2-mcc"  the MPS2's own loader: its Motherboard
//                         Configuration Controller loads a .bin named in
//                         images.txt from its USB mass storage at power-up;
//                         the tool writes both and prints the steps
//   "method": "none"      hardware exists, but nothing here can program
//                         it: "why" says what would be needed
//
// A board with no "flash" section exists only under QEMU (or is sim).
// None of it has been run on hardware here.

import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildImage } from "./build.js";
import { boardForApp, boardNames, loadBoard } from "./boards.js";
import { requireTool, UserError } from "./proc.js";
import { ROOT, rel } from "./paths.js";

export const OPENOCD_SCRIPTS = "/usr/share/openocd/scripts";
const METHODS = ["openocd", "mps2-mcc", "none"];

/** The boards that can be flashed (an "openocd" or "mps2-mcc" section). */
export function flashableBoards() {
  return boardNames().filter((n) => {
    const f = loadBoard(n).flash;
    return f && f.method !== "none";
  });
}

/** Checks a board's "flash" section; returns it. */
export function flashSection(b) {
  const f = b.flash;
  const where = `boards/${b.name}/board.json "flash"`;
  if (!f) {
    const what = b.arch === "sim" ? "sim is the kernel in Node, not hardware" : `board ${b.name} exists here only under QEMU (its board.json has no "flash" section)`;
    throw new UserError(`${what}; boards that can be flashed: ${flashableBoards().join(", ")}`);
  }
  if (!METHODS.includes(f.method)) throw new UserError(`${where}: "method" must be one of ${METHODS.join(", ")}, not ${JSON.stringify(f.method)}`);
  if (f.method === "openocd" && !(Array.isArray(f.scripts) && f.scripts.length && f.scripts.every((s) => typeof s === "string"))) {
    throw new UserError(`${where}: "scripts" must list OpenOCD config files (e.g. "interface/cmsis-dap.cfg", "target/nrf51.cfg")`);
  }
  if (f.method === "mps2-mcc" && !(typeof f.application_note === "string" && typeof f.load_address === "string")) {
    throw new UserError(`${where}: "application_note" (the FPGA image's folder, e.g. "AN385") and "load_address" are needed`);
  }
  if (f.method === "none" && typeof f.why !== "string") throw new UserError(`${where}: "why" must say what flashing this board would need`);
  return f;
}

/** OpenOCD's command line that programs `elf`: [program, args]. */
export function openocdCommand(f, elf) {
  return ["openocd", [...f.scripts.flatMap((s) => ["-f", s]), "-c", `program ${rel(elf)} verify reset exit`]];
}

const quote = (a) => (/^[\w./:=@-]+$/.test(a) ? a : `"${a}"`);
const shown = ([cmd, args]) => [cmd, ...args.map(quote)].join(" ");

/** The MPS2 MCC's files for `elf`: the raw image (objcopy -O binary, from
 *  the flash base) and the images.txt naming it. */
export function mps2Files(b, f, elf) {
  const dir = path.join(path.dirname(elf), "mps2-mcc");
  const bin = path.join(dir, "IVT.BIN"); // the MCC reads 8.3 names
  const objcopy = [`${b.toolchain.prefix}objcopy`, ["-O", "binary", rel(elf), rel(bin)]];
  const images = [
    "TITLE: Versatile Express Images Configuration File",
    "",
    "[IMAGES]",
    "TOTALIMAGES: 1                     ;Number of Images (Max: 32)",
    `IMAGE0ADDRESS: ${f.load_address}          ;ivt, ${b.name}`,
    "IMAGE0FILE: \\SOFTWARE\\IVT.BIN",
    "",
  ].join("\r\n");
  return { dir, bin, objcopy, imagesTxt: path.join(dir, "images.txt"), images };
}

/** The steps that load `elf` through the MPS2 MCC, as text. */
function mps2Steps(b, f, files) {
  return [
    `${b.name}: the MPS2 has no OpenOCD flash driver; its Motherboard Configuration Controller (MCC) loads`,
    "the image from its microSD card, which it shows over USB as a mass-storage drive (V2M-MPS2):",
    `  1. ${shown(files.objcopy)}`,
    `  2. copy ${rel(files.bin)} to <drive>/SOFTWARE/IVT.BIN`,
    `  3. replace <drive>/MB/HBI0263<rev>/${f.application_note}/images.txt (rev: the board's, e.g. C) with ${rel(files.imagesTxt)}`,
    "     (the board must run the " + f.application_note + " FPGA image: <drive>/MB/HBI0263<rev>/board.txt)",
    "  4. eject the drive, press the board's reset button; the console is the USB serial port at 115200 baud",
    "Not verified on hardware here (docs/debug.md).",
  ].join("\n");
}

/** `ivt flash`: builds `app` for `b` and flashes it, or with `dryRun`
 *  prints what it would run. Resolves to an exit code. */
export async function runFlash(b, app, { dryRun = false } = {}) {
  const f = flashSection(b);
  if (f.method === "none") throw new UserError(`board ${b.name} cannot be flashed from here: ${f.why}`);
  b = boardForApp(b, app);
  if (dryRun) {
    // The image's path without building it: a dry run must work where
    // the cross compiler is missing.
    const elf = path.join(ROOT, "build", b.name, app, "kernel.elf");
    if (f.method === "openocd") console.log(shown(openocdCommand(f, elf)));
    else console.log(mps2Steps(b, f, mps2Files(b, f, elf)));
    return 0;
  }
  if (f.method === "openocd") {
    const openocd = requireTool("openocd", "openocd");
    const [, args] = openocdCommand(f, await buildImage(b, app));
    console.error(`ivt: ${shown(["openocd", args])}`);
    return new Promise((resolve) => {
      spawn(openocd, args, { cwd: ROOT, stdio: "inherit" }).on("close", (c) => resolve(c === null ? 1 : c));
    });
  }
  const files = mps2Files(b, f, await buildImage(b, app));
  fs.mkdirSync(files.dir, { recursive: true });
  const [cmd, args] = files.objcopy;
  const r = spawnSync(requireTool(cmd, b.toolchain.package), args, { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new UserError(`${shown(files.objcopy)} failed:\n${r.stderr}`);
  fs.writeFileSync(files.imagesTxt, files.images);
  console.log(mps2Steps(b, f, files).replace(/^ {2}1\. .*\n/m, `  1. (done) ${rel(files.bin)} and ${rel(files.imagesTxt)} written\n`));
  return 0;
}
