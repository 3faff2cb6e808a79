// The ivt command line as a user meets it: bad input gets a clear message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IVT = path.join(ROOT, "build/tools/ivt.mjs");

function ivt(args, env = process.env) {
  return spawnSync(process.execPath, [IVT, ...args], { cwd: ROOT, encoding: "utf8", env });
}

test("an unknown board is refused with the list of boards", () => {
  const r = ivt(["build", "--board", "no-such-board"]);
  assert.equal(r.status, 64);
  assert.match(r.stderr, /unknown board: no-such-board/);
  assert.match(r.stderr, /boards: .*mps2-an385.*sim/);
});

test("a missing board is refused with the list of boards", () => {
  const r = ivt(["run"]);
  assert.equal(r.status, 64);
  assert.match(r.stderr, /unknown board: \(none\)/);
});

test("an unknown app is refused with the list of apps", () => {
  const r = ivt(["build", "--board", "sim", "--app", "nope"]);
  assert.equal(r.status, 64);
  assert.match(r.stderr, /unknown app: nope/);
  assert.match(r.stderr, /apps: (.+, )?demo, /);
  assert.match(r.stderr, /apps: .*, tests, /);
});

test("a missing cross compiler names its Debian package and make setup", () => {
  // A PATH with node only: no arm-none-eabi-gcc, no wasm2c.
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-path-"));
  fs.symlinkSync(process.execPath, path.join(bin, "node"));
  const env = { ...process.env, PATH: bin };
  const r = ivt(["build", "--board", "mps2-an385"], env);
  assert.equal(r.status, 64);
  assert.match(r.stderr, /missing tool: arm-none-eabi-gcc/);
  assert.match(r.stderr, /gcc-arm-none-eabi/);
  assert.match(r.stderr, /make setup/);
});

test("a test filter that is not a regular expression is refused, naming ONLY", () => {
  const r = ivt(["test", "--only", "["]);
  assert.equal(r.status, 64);
  assert.match(r.stderr, /--only \(ONLY=\) must be a regular expression/);
});

test("an unknown command prints the usage", () => {
  const r = ivt(["frobnicate"]);
  assert.equal(r.status, 64);
  assert.match(r.stderr, /usage: ivt/);
});

test("the kernel's version is package.json's", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const ts = fs.readFileSync(path.join(ROOT, "kernel/version.ts"), "utf8");
  assert.match(ts, new RegExp(`KERNEL_VERSION = "${pkg.version.replace(/\./g, "\\.")}"`));
});

test("run on sim takes the console's input as it comes: the shell answers what was piped in (README: make run APP=console)", () => {
  const r = spawnSync(process.execPath, [IVT, "run", "--board", "sim", "--app", "console"], {
    cwd: ROOT, encoding: "utf8", input: "help\nquit\n", timeout: 300000,
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^commands: .*\bquit\b/m);
  assert.match(r.stdout, /^console: bye$/m);
});

test("an option a command does not take is refused, naming the ones it does; --help prints a command's usage and runs nothing", () => {
  const typo = ivt(["run", "--board", "sim", "--ap", "minimal"]);
  assert.equal(typo.status, 64);
  assert.match(typo.stderr, /run: unknown option --ap; run takes --board, --app, --irq-pin/);
  const help = ivt(["test", "--help"]);
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /ivt test +\[--board B\] \[--only RE\]/);
  assert.doesNotMatch(help.stdout + help.stderr, /make test: everything/);
  const ops = ivt(["stress", "--ops", "abc"]);
  assert.equal(ops.status, 64);
  assert.match(ops.stderr, /stress: --ops must be a whole number from 1, not abc/);
  const sim = ivt(["sim", "--board", "sim", "/nonexistent.wasm"]);
  assert.equal(sim.status, 64);
  assert.match(sim.stderr, /sim: no such image: \/nonexistent\.wasm/);
});
