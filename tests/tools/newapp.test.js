// Apps outside the kernel tree, as a user makes one: `ivt new app` in a
// folder outside the repository, built and tested on sim and on
// mps2-an385 (QEMU) through its test.json, by relative and absolute path,
// from the kernel's Makefile and from the app's own; an edit of a second
// .ts file rebuilds the image; build output stays under build/; nothing is
// overwritten. And `ivt new driver`'s files build and their test passes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readAppTests } from "../../tools/ivt/apptest.js";
import { appSources } from "../../tools/ivt/build.js";
import { appBuildName, resolveApp } from "../../tools/ivt/paths.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IVT = path.join(ROOT, "build/tools/ivt.mjs");

function ivt(args, cwd) {
  return spawnSync(process.execPath, [IVT, ...args], { cwd, encoding: "utf8", timeout: 120000 });
}
const make = (args, cwd) => spawnSync("make", ["-s", ...args], { cwd, encoding: "utf8", timeout: 120000 });
const ok = (r, what) => assert.equal(r.status, 0, `${what}: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
const sha = (file) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-newapp-"));
const app = path.join(tmp, "hello");

test("ivt new app: a project folder outside the tree that builds, runs and passes its test", async (t) => {
  assert.ok(path.relative(ROOT, tmp).startsWith(".."), "the app is outside the repository");

  await t.test("new app by relative path writes main.ts, test.json and a Makefile naming this checkout", () => {
    ok(ivt(["new", "app", "hello"], tmp), "new app hello");
    assert.deepEqual(fs.readdirSync(app).sort(), ["Makefile", "main.ts", "test.json"]);
    assert.match(fs.readFileSync(path.join(app, "Makefile"), "utf8"), new RegExp(`^IVT \\?= ${ROOT}$`, "m"));
    assert.match(fs.readFileSync(path.join(app, "main.ts"), "utf8"), /from "ivt";/);
  });

  await t.test("an existing folder is never overwritten", () => {
    const before = fs.readFileSync(path.join(app, "main.ts"), "utf8");
    fs.writeFileSync(path.join(app, "main.ts"), before + "// mine\n");
    const r = ivt(["new", "app", app], ROOT);
    assert.equal(r.status, 64);
    assert.match(r.stderr, /exists: ivt new never overwrites a folder/);
    assert.match(fs.readFileSync(path.join(app, "main.ts"), "utf8"), /\/\/ mine\n$/);
  });

  // A second module of the app, printed by main: its edit must rebuild.
  fs.writeFileSync(path.join(app, "greeting.ts"), 'export const GREETING = "first";\n');
  const main = fs.readFileSync(path.join(app, "main.ts"), "utf8")
    .replace('from "ivt";\n', 'from "ivt";\nimport { GREETING } from "./greeting";\n')
    .replace('  kputln("hello: hello from main");\n', '  kputln("hello: hello from main");\n  kputln(GREETING);\n');
  fs.writeFileSync(path.join(app, "main.ts"), main);

  await t.test("its test.json passes on sim, the app named by a path relative to the current folder", () => {
    const r = ivt(["test", "--board", "sim", "--app", "hello"], tmp);
    ok(r, "ivt test --app hello");
    assert.match(r.stdout, /^ {2}ok {4}hello on sim: runs its rounds and exits 0$/m);
  });

  let image;
  await t.test("the image is under build/, and nothing is written beside the app", () => {
    const r = ivt(["build", "--board", "sim", "--app", app], ROOT);
    ok(r, "ivt build --app <absolute>");
    image = r.stdout.trim();
    assert.match(path.relative(ROOT, image), /^build\/sim\/hello-[0-9a-f]{8}\/kernel\.wasm$/);
    assert.deepEqual(fs.readdirSync(app).sort(), ["Makefile", "greeting.ts", "main.ts", "test.json"]);
  });

  await t.test("ivt run inside the app folder, and make run APP=<relative path> from the kernel", () => {
    const r = ivt(["run", "--board", "sim"], app);
    ok(r, "ivt run in the app folder");
    assert.match(r.stdout, /^first$/m);
    const m = make(["run", `APP=${path.relative(ROOT, app)}`], ROOT);
    ok(m, "make run APP=<relative>");
    assert.match(m.stdout, /^hello: done$/m);
    // make -C <kernel> from the app's parent, as a shell runs it: PWD is the caller's folder.
    const c = spawnSync("make", ["-s", "-C", ROOT, "run", "APP=hello"], { cwd: tmp, encoding: "utf8", env: { ...process.env, PWD: tmp }, timeout: 120000 });
    ok(c, "make -C <kernel> run APP=<relative to the caller>");
    assert.match(c.stdout, /^hello: done$/m);
  });

  await t.test("editing a second .ts file of the app rebuilds its image", () => {
    const before = sha(image);
    fs.writeFileSync(path.join(app, "greeting.ts"), 'export const GREETING = "second";\n');
    // Later than the image for certain, whatever the file system's clock grain.
    const later = new Date(fs.statSync(image).mtimeMs + 2000);
    fs.utimesSync(path.join(app, "greeting.ts"), later, later);
    const r = make(["run"], app); // the app's own Makefile, default board sim
    ok(r, "make run in the app folder");
    assert.match(r.stdout, /^second$/m);
    assert.doesNotMatch(r.stdout, /^first$/m);
    assert.notEqual(sha(image), before, "the image changed");
  });

  await t.test("its test.json passes on mps2-an385 under QEMU, the app named by its absolute path", () => {
    const r = make(["test", "BOARD=mps2-an385"], app);
    ok(r, "make test BOARD=mps2-an385 in the app folder");
    assert.match(r.stdout, /^ {2}ok {4}hello on mps2-an385: runs its rounds and exits 0$/m);
    assert.ok(fs.existsSync(path.join(path.dirname(image).replace("/build/sim/", "/build/mps2-an385/"), "kernel.elf")));
  });

  await t.test("a test.json whose expectation fails fails the app's test", () => {
    const spec = JSON.parse(fs.readFileSync(path.join(app, "test.json"), "utf8"));
    spec.runs[0].expect.push("^no such line$");
    spec.runs.push({ name: "wrong exit", exit: 3, expect: [] });
    fs.writeFileSync(path.join(app, "test.json"), JSON.stringify(spec));
    const r = ivt(["test", "--board", "sim", "--app", app], ROOT);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /FAIL {2}hello on sim: runs its rounds and exits 0: output lacks \/\^no such line\$\/m/);
    assert.match(r.stdout, /FAIL {2}hello on sim: wrong exit: exit 0, expected 3/);
  });

  await t.test("a folder that is not an app, or not there, is named", () => {
    let r = ivt(["build", "--board", "sim", "--app", tmp], ROOT);
    assert.equal(r.status, 64);
    assert.match(r.stderr, /is not an app: it has no main\.ts/);
    r = ivt(["build", "--board", "sim", "--app", path.join(tmp, "nope")], ROOT);
    assert.equal(r.status, 64);
    assert.match(r.stderr, /nope does not exist/);
    fs.writeFileSync(path.join(tmp, "lib.ts"), "export const X = 1;\n");
    r = ivt(["build", "--board", "sim", "--app", "lib.ts"], tmp);
    assert.equal(r.status, 64);
    assert.match(r.stderr, /lib\.ts does not export `function main\(\): i32`/);
  });
});

test("ivt new driver: a skeleton whose target test builds and passes; nothing overwritten", () => {
  ok(ivt(["new", "driver", "my-dev", "--dir", "drv"], tmp), "new driver");
  const driver = fs.readFileSync(path.join(tmp, "drv/my-dev.ts"), "utf8");
  assert.match(driver, /export class MyDev extends IrqHandler/);
  assert.match(driver, /top\(vector: u32\): IrqReturn/);
  assert.match(driver, /bottom\(vector: u32\): void/);
  const r = ivt(["run", "--board", "sim", "--app", "drv/my-dev-test.ts"], tmp);
  ok(r, "the driver's test");
  assert.match(r.stdout, /^ok - my-dev: a request runs the top half/m);
  assert.match(r.stdout, /^target tests: 1 passed, 0 failed$/m);
  const taken = ivt(["new", "driver", "demo"], ROOT);
  assert.equal(taken.status, 64);
  assert.match(taken.stderr, /its test would be the image demo, which exists/);
  assert.ok(!fs.existsSync(path.join(ROOT, "drivers/demo.ts")));
  const again = ivt(["new", "driver", "my-dev", "--dir", "drv"], tmp);
  assert.equal(again.status, 64);
  assert.match(again.stderr, /exists: ivt new never overwrites/);
  assert.equal(fs.readFileSync(path.join(tmp, "drv/my-dev.ts"), "utf8"), driver);
});

test("an app's path resolves to the tree's name when it is one; two folders of one name get two build folders", () => {
  assert.equal(resolveApp("apps/demo", ROOT), "demo");
  assert.equal(resolveApp(path.join(ROOT, "apps/demo/main.ts"), "/"), "demo");
  assert.equal(resolveApp("demo", tmp), "demo");
  const [a, b] = ["/x/blinky/main.ts", "/y/blinky/main.ts"].map(appBuildName);
  assert.match(a, /^blinky-[0-9a-f]{8}$/);
  assert.notEqual(a, b);
  assert.match(appBuildName("/x/drv/my-dev-test.ts"), /^drv-my-dev-test-[0-9a-f]{8}$/);
});

test("an app's sources: every .ts below its folder and native/*.c, not node_modules or dot folders", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-sources-"));
  for (const f of ["main.ts", "sub/util.ts", "native/work.c", "native/notes.txt", "node_modules/x/index.ts", ".git/y.ts", "README.md"]) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), f === "main.ts" ? "export function main(): i32 { return 0; }\n" : "");
  }
  const app = resolveApp(dir);
  assert.deepEqual(appSources(app).map((p) => path.relative(dir, p)), ["main.ts", "sub/util.ts", "native/work.c"]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("an isolated app's sources include the folders of its applications' mains elsewhere (tests/isolation-race-unpinned runs ../isolation-race's)", () => {
  const rel = appSources("isolation-race-unpinned").map((p) => path.relative(ROOT, p));
  for (const f of ["tests/isolation-race-unpinned/main.ts", "tests/isolation-race/main.ts", "tests/isolation-race/racer.ts", "tests/isolation-race/rounds.ts"]) assert.ok(rel.includes(f), `${f} in ${rel.join(" ")}`);
  assert.equal(new Set(rel).size, rel.length, "each file once");
});

test("test.json is checked, naming the file and the field", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-testjson-"));
  const bad = (spec) => {
    fs.writeFileSync(path.join(dir, "test.json"), JSON.stringify(spec));
    try {
      readAppTests(dir);
      return null;
    } catch (e) {
      return e.message;
    }
  };
  const run = { name: "r", expect: ["^ok$"] };
  assert.equal(bad({ runs: [run] }), null);
  assert.deepEqual(readAppTests(dir).map((r) => [r.exit, r.expect[0]]), [[0, "^ok$"]]);
  assert.match(bad({ runs: [] }), /test\.json: runs must be a non-empty list/);
  assert.match(bad({ runs: [{ ...run, expect: ["("] }] }), /test\.json: runs\[0\]\.expect\[0\] is not a valid regular expression/);
  assert.match(bad({ runs: [{ ...run, exits: 1 }] }), /runs\[0\]\.exits is not a field of a run/);
  assert.match(bad({ runs: [run, run] }), /runs\[1\]\.name "r" is used twice/);
  assert.match(bad({ runs: [{ ...run, exit: 300 }] }), /runs\[0\]\.exit must be an exit code, 0 to 255/);
  assert.match(bad({ runs: [{ ...run, input_after: "[" }] }), /runs\[0\]\.input_after is not a valid regular expression/);
  fs.rmSync(dir, { recursive: true, force: true });
});

// The app, and its images: build/<board>/<folder>-<hash>/ of the tmp paths.
test.after(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  for (const board of ["sim", "mps2-an385"]) {
    const dir = path.join(ROOT, "build", board);
    if (!fs.existsSync(dir)) continue;
    for (const n of fs.readdirSync(dir)) {
      const entry = path.join(dir, n, "entry.ts");
      if (fs.existsSync(entry) && fs.readFileSync(entry, "utf8").includes(path.basename(tmp))) fs.rmSync(path.join(dir, n), { recursive: true, force: true });
    }
  }
});
