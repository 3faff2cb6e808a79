// Where things are. The bundled tool lives in build/tools/, the sources
// in tools/ivt/: both find the repository root by walking up to Makefile.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(start) {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, "Makefile")) && fs.existsSync(path.join(dir, "kernel"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const BUILD = path.join(ROOT, "build");

/** Applications an image can be built with, by name, found where they
 *  live: a folder's main.ts is the app named after the folder (apps/<name>/,
 *  tests/<name>/), except tests/target/main.ts, the on-target suite, which
 *  is "tests"; every other file under tests/target/ that exports a main is
 *  a test image named after the file (tests/target/boards/mps2-timer.ts is
 *  "mps2-timer"). Name -> path from the root. */
export function findApps() {
  const apps = {};
  const add = (name, file) => {
    if (apps[name]) throw new Error(`two apps are named ${name}: ${apps[name]} and ${file}`);
    apps[name] = file;
  };
  const entries = (dir) => {
    const full = path.join(ROOT, dir);
    if (!fs.existsSync(full)) return [];
    return fs.readdirSync(full, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  };
  const SUITE = "tests/target/main.ts";
  for (const dir of ["apps", "tests"]) {
    for (const e of entries(dir).filter((e) => e.isDirectory())) {
      const file = `${dir}/${e.name}/main.ts`;
      if (fs.existsSync(path.join(ROOT, file))) add(file === SUITE ? "tests" : e.name, file);
    }
  }
  const images = (dir) => {
    for (const e of entries(dir)) {
      const file = `${dir}/${e.name}`;
      if (e.isDirectory()) images(file);
      else if (e.name.endsWith(".ts") && file !== SUITE && /^export function main\(/m.test(fs.readFileSync(path.join(ROOT, file), "utf8"))) add(e.name.slice(0, -3), file);
    }
  };
  images("tests/target");
  return apps;
}

export const APPS = findApps();

export const rel = (p) => path.relative(ROOT, p) || ".";
