// Where things are. The bundled tool lives in build/tools/, the sources
// in tools/ivt/: both find the repository root by walking up to Makefile.

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
// proc.js imports ROOT from here; UserError is used only inside functions.
import { UserError } from "./proc.js";

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

/** True for an app that lives outside the repository's app folders: its id
 *  is the absolute path of its main .ts file (resolveApp). */
export const isOutsideApp = (app) => path.isAbsolute(app);

/** The folder an image's entry module is generated into and its build
 *  output goes to, below build/<board>/: the app's name for an app of the
 *  tree; for an app elsewhere on disk, its folder's name and a short hash of
 *  its absolute path (two apps both called "blinky" in different places
 *  get two folders; nothing is ever written beside the app). */
export function appBuildName(app) {
  if (!isOutsideApp(app)) return app;
  const hash = createHash("sha256").update(app).digest("hex").slice(0, 8);
  const stem = path.basename(app, ".ts");
  const base = path.basename(path.dirname(app)).replace(/[^A-Za-z0-9_.-]/g, "_") || "app";
  return `${base}${stem === "main" ? "" : `-${stem}`}-${hash}`;
}

/** An image that runs part of an app's own suite (board.json
 *  "apps".<app>."suite_parts", tools/ivt/gen.js appSuiteImages):
 *  "<app>.<group>", or "<app>.<group>-<a>" and "<app>.<group>-<a>-<b>" for
 *  its a-th (to b-th) test alone. Such an image is built from <app>'s
 *  folder, app.json and test.json, with a main of its own. */
const APP_SUITE_PART = /^([A-Za-z0-9_-]+)\.([a-z][a-z0-9_-]*?)(?:-(\d+)(?:-(\d+))?)?$/;

/** The parts of an app suite image's name: { app, group, first, last }
 *  (first 0: the whole group), or null for any other name. */
export function appSuitePartName(app) {
  const m = typeof app === "string" ? APP_SUITE_PART.exec(app) : null;
  if (!m || !APPS[m[1]]) return null;
  const first = m[3] ? Number(m[3]) : 0;
  return { app: m[1], group: m[2], first, last: m[4] ? Number(m[4]) : first };
}

/** Where the main of an app suite part's image is generated (gen.js
 *  appEntry): one file for every board. */
export const appSuitePartMain = (app) => path.join(BUILD, "suite-parts", app, "main.ts");

/** The app whose folder an image is built from: the app itself, or the
 *  app an app suite part belongs to. */
export const folderApp = (app) => (appSuitePartName(app) || { app }).app;

/** The folder of an app: where its sources and its test.json are. */
export const appDir = (app) => path.dirname(path.resolve(ROOT, APPS[folderApp(app)] || app));

/** An app's app.json, parsed: { cfg, where } (`where` names the file for
 *  messages), or null when the app has none (a part of the suite, which is
 *  neither an app of the tree nor a path, has no folder of its own).
 *  Throws a UserError naming the file when it is not JSON. */
export function readAppJson(app) {
  if (!app || (!APPS[folderApp(app)] && !path.isAbsolute(app))) return null;
  const file = path.join(appDir(app), "app.json");
  if (!fs.existsSync(file)) return null;
  const where = rel(file);
  try {
    return { cfg: JSON.parse(fs.readFileSync(file, "utf8")), where };
  } catch (e) {
    throw new UserError(`${where}: not JSON: ${e.message}`);
  }
}

/** Resolves what the user named with --app (or APP=) to an app id:
 *  `name` of the tree (apps/<name>, tests/...: see findApps) stays a name;
 *  a path (absolute, or relative to `cwd`: containing a "/", starting with
 *  "." or naming an existing folder or file) to an app folder (with a
 *  main.ts) or to its main .ts file becomes the absolute path of that file,
 *  or the tree's name for it when it is one of the tree's apps (so that
 *  board.json "apps" layouts still apply). Anything else (tests-<group>
 *  parts of the suite) is left for the build to check.
 *  Throws a UserError naming what is wrong: no such path, a folder without
 *  main.ts, a main without `export function main`. */
export function resolveApp(arg, cwd = process.cwd()) {
  if (APPS[arg]) return arg;
  const looksLikePath = arg.includes("/") || arg.startsWith(".") || arg.endsWith(".ts");
  const full = path.resolve(cwd, arg);
  if (!looksLikePath && !fs.existsSync(full)) return arg;
  if (!fs.existsSync(full)) {
    throw new UserError(`app ${arg}: ${full} does not exist (an app is a folder with a main.ts; \`ivt new app <dir>\` makes one)`);
  }
  let main = full;
  if (fs.statSync(full).isDirectory()) {
    main = path.join(full, "main.ts");
    if (!fs.existsSync(main)) {
      throw new UserError(`app ${arg}: ${full} is not an app: it has no main.ts (an app is a folder whose main.ts exports \`function main(): i32\`; \`ivt new app <dir>\` makes one)`);
    }
  } else if (!full.endsWith(".ts")) {
    throw new UserError(`app ${arg}: ${full} is neither an app folder nor a .ts file`);
  }
  const src = fs.readFileSync(main, "utf8");
  if (!/^export function main\(/m.test(src)) {
    throw new UserError(`app ${arg}: ${main} does not export \`function main(): i32\`, the app's entry (see apps/demo/main.ts)`);
  }
  // The entry the build generates calls main() and takes its i32 as the
  // exit status: another shape fails there, in a file the user never wrote.
  const shape = /^export function main\(([^)]*)\)\s*:\s*([\w<>|\s]+?)\s*\{/m.exec(src);
  if (shape && (shape[1].trim() !== "" || shape[2].trim() !== "i32")) {
    const line = src.slice(0, shape.index).split("\n").length;
    throw new UserError(`app ${arg}: ${main}:${line}: main must be \`export function main(): i32\` (no arguments; it returns the exit status), not \`main(${shape[1].trim()}): ${shape[2].trim()}\``);
  }
  const inTree = Object.entries(APPS).find(([, file]) => path.join(ROOT, file) === main);
  return inTree ? inTree[0] : main;
}

/** What `ivt decode` reads in an image's folder (tools/ivt/decode.js,
 *  docs/crash.md): the build id, the board, the record's size, where each
 *  function is in the sources, and on a board every function's address
 *  and the names of a CPU fault's registers (tools/ivt/build.js writes it). */
export const IMAGE_MANIFEST = "ivt-image.json";
