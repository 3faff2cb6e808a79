// The red zone against the stack GCC's code uses below a checked frame
// (tools/ivt/frames.js): every native image is built with
// -fcallgraph-info=su and refused when its red zone cannot hold the deepest
// chain of frames without a check plus an exception entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { STACK_ROOM_ABOVE_RED_ZONE, checkRedZone, checkStacksHoldRedZone, deepestChain, readCallGraph, redZoneNeeded } from "../../tools/ivt/frames.js";
import { boardNames, loadBoard } from "../../tools/ivt/boards.js";
import { archConfig } from "../../tools/ivt/build.js";
import { boardAscFlags, kernelResolved, kernelSetting } from "../../tools/ivt/gen.js";
import { UserError } from "../../tools/ivt/proc.js";

function tmpCi(text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-ci-"));
  const f = path.join(dir, "x.ci");
  fs.writeFileSync(f, text);
  return f;
}

const node = (title, name, bytes) => `node: { title: "${title}" label: "${name}\\nx.c:1:1${bytes === undefined ? "" : `\\n${bytes} bytes (static)`}" }\n`;
const edge = (from, to) => `edge: { sourcename: "${from}" targetname: "${to}" label: "x.c:2:3" }\n`;

// checked (40) calls leaf (16) and helper (8), which calls trap (24),
// which calls capture (56); checked also calls itself. boot (96), which
// calls capture, starts on a fresh stack: no chain starts there. fault is
// an exception handler (40) that calls capture.
const GRAPH =
  node("checked", "checked", 40) + edge("checked", "ivt_stack_exhausted") + edge("checked", "x.c:leaf") + edge("checked", "helper") + edge("checked", "checked") +
  node("x.c:leaf", "leaf", 16) +
  node("helper", "helper", 8) + edge("helper", "trap") +
  node("trap", "trap", 24) + edge("trap", "capture") +
  node("capture", "capture", 56) + node("memcpy", "memcpy") +
  edge("capture", "memcpy") +
  node("boot", "boot", 96) + edge("boot", "capture") +
  node("fault", "fault", 40) + edge("fault", "capture");

test("a .ci file's frames and calls are read; a declared function has no frame; a missing file adds nothing", () => {
  const f = tmpCi(GRAPH);
  const g = readCallGraph([f, f + ".missing"]);
  assert.equal(g.frames.get("checked"), 40);
  assert.equal(g.frames.get("x.c:leaf"), 16, "a static function's title is file:name");
  assert.equal(g.frames.has("memcpy"), false);
  assert.deepEqual([...g.calls.get("trap")], ["capture"]);
});

test("the deepest chain starts below a checked frame and runs through code without a check", () => {
  const g = readCallGraph([tmpCi(GRAPH)]);
  const all = ["checked", "leaf", "helper", "trap", "capture.isra.0", "boot"];
  const d = deepestChain(g, all);
  assert.equal(d.bytes, 8 + 24 + 56, "helper -> trap -> capture, below checked's passed check; not boot's 96 + 56 (fresh stack)");
  assert.deepEqual(d.chain, ["checked (checked)", "helper (8)", "trap (24)", "capture (56)"]);
  assert.equal(deepestChain(g, [...all, "fault"], ["fault"]).bytes, 40 + 56, "an exception handler starts a chain too");
  assert.equal(deepestChain(g, all, ["fault"]).bytes, 88, "not when the image does not link it");
  assert.equal(deepestChain(g, ["boot", "trap", "capture"]), null, "no checked function linked, no chain");
});

test("a check on the way stops a chain: below it, the stack is counted from the limit again", () => {
  // outer (checked) -> glue (32) -> inner (checked, 20) -> deep (64)
  const g = readCallGraph([
    tmpCi(
      node("outer", "outer", 16) + edge("outer", "ivt_stack_exhausted") + edge("outer", "glue") +
        node("glue", "glue", 32) + edge("glue", "inner") +
        node("inner", "inner", 20) + edge("inner", "ivt_stack_exhausted") + edge("inner", "deep") +
        node("deep", "deep", 64),
    ),
  ]);
  const d = deepestChain(g, ["outer", "glue", "inner", "deep"]);
  assert.equal(d.bytes, 64, "deep below inner's passed check, not glue + inner + deep");
  assert.equal(deepestChain(g, ["outer", "glue", "inner"]).bytes, 64, "deep is inner's callee: it counts if inner is linked");
  const noDeep = readCallGraph([tmpCi(node("outer", "outer", 16) + edge("outer", "ivt_stack_exhausted") + edge("outer", "glue") + node("glue", "glue", 32) + edge("glue", "inner") + node("inner", "inner", 20) + edge("inner", "ivt_stack_exhausted"))]);
  assert.equal(deepestChain(noDeep, ["outer", "glue", "inner"]).bytes, 52, "glue's frame and inner's, made before inner's check");
});

test("the need is the chain plus the exception entry, rounded up to 8", () => {
  assert.equal(redZoneNeeded({ bytes: 88, chain: [] }, 68), 160);
  assert.equal(redZoneNeeded({ bytes: 116, chain: [] }, 68), 184);
  assert.equal(redZoneNeeded({ bytes: 92, chain: [] }, 68), 160);
});

test("a red zone too small fails the build naming the setting, the chain and what to set", () => {
  const b = { name: "tiny" };
  const deepest = { bytes: 116, chain: ["f (checked)", "wasm_rt_trap (8)"] };
  assert.throws(() => checkRedZone(b, 176, deepest, 68), (e) => e instanceof UserError && /RED_ZONE_BYTES, 176 bytes/.test(e.message) && /116 bytes: f \(checked\) -> wasm_rt_trap \(8\)/.test(e.message) && /"RED_ZONE_BYTES": 184/.test(e.message));
  assert.equal(checkRedZone(b, 184, deepest, 68), 184);
  assert.equal(checkRedZone({ ...b, red_zone_below_frames: "tiny RAM" }, 64, deepest, 68), 184, "accepted, with a reason");
  assert.throws(() => checkRedZone({ ...b, red_zone_below_frames: "tiny RAM" }, 176, deepest, 68, "minimal"),
    (e) => e instanceof UserError && /app minimal's app\.json "kernel"/.test(e.message) && /"RED_ZONE_BYTES": 184/.test(e.message),
    "the board's reason does not cover a red zone an app sets itself");
});

test("a red zone that leaves a kernel-made stack no room fails the build naming both settings", () => {
  const settings = (over) => new Map([...kernelResolved([]), ...Object.entries(over)]);
  checkStacksHoldRedZone("t", settings({ RED_ZONE_BYTES: 256 }));
  assert.throws(() => checkStacksHoldRedZone("board x, app y", settings({ RED_ZONE_BYTES: 600, IDLE_STACK_BYTES: 640 })),
    (e) => e instanceof UserError && /^board x, app y: /.test(e.message) && /RED_ZONE_BYTES, 600 bytes/.test(e.message) &&
      /IDLE_STACK_BYTES \(640 bytes\)/.test(e.message) && /MIN_STACK_BYTES \(512 bytes\)/.test(e.message) && /728 here/.test(e.message) &&
      /idle thread: invalid/.test(e.message));
  // Exactly the floor is enough: the kernel refuses only below it.
  checkStacksHoldRedZone("t", settings({ RED_ZONE_BYTES: 384, MIN_STACK_BYTES: 512, IDLE_STACK_BYTES: 512 }));
  // Every board's own settings pass.
  for (const name of boardNames()) {
    const b = loadBoard(name);
    checkStacksHoldRedZone(name, new Map(kernelResolved(boardAscFlags(b))));
  }
});

test("the room the build keeps above the red zone is what kernelThreadCreate asks for", () => {
  const src = fs.readFileSync(new URL("../../kernel/thread.ts", import.meta.url), "utf8");
  const m = /const KERNEL_THREAD_MIN_STACK: u32 = RED_ZONE_BYTES \+ (\d+);/.exec(src);
  assert.ok(m, "kernel/thread.ts KERNEL_THREAD_MIN_STACK is RED_ZONE_BYTES + a number");
  assert.equal(Number(m[1]), STACK_ROOM_ABOVE_RED_ZONE);
});

test("every native board's arch says what an exception stores, and its red zone holds its kernel's frames or says why not", () => {
  for (const name of boardNames()) {
    const b = loadBoard(name);
    if (b.arch === "sim") continue;
    const entry = archConfig(b).exception_entry_bytes;
    assert.ok(Number.isInteger(entry) && entry >= 32, `${name}: arch/${b.arch}/arch.json exception_entry_bytes`);
    const zone = kernelSetting(b, "RED_ZONE_BYTES");
    if (b.red_zone_below_frames) assert.ok(zone < 256, `${name} accepts a short red zone: it must have chosen one`);
    else assert.ok(zone >= entry + 64, `${name}: a red zone of ${zone} cannot hold even a small frame and an exception`);
  }
});

test("GCC still writes the call graph where the build looks for it (next to the object), with frames and calls", () => {
  const b = loadBoard("mps2-an385");
  const gcc = `${b.toolchain.prefix}gcc`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-ci-gcc-"));
  const src = path.join(dir, "f.c");
  fs.writeFileSync(src, "int g(volatile char *p);\nint f(void) { volatile char buf[200]; return g(buf); }\n");
  const r = spawnSync(gcc, ["-mcpu=cortex-m3", "-mthumb", "-Os", "-fcallgraph-info=su", "-c", src, "-o", path.join(dir, "native-f.o")], { encoding: "utf8" });
  assert.equal(r.error, undefined, `${gcc}: run make setup`);
  assert.equal(r.status, 0, r.stderr);
  const g = readCallGraph([path.join(dir, "native-f.ci")]);
  assert.ok(g.frames.get("f") >= 200, `a 200-byte local array makes a frame of at least 200 bytes, not ${g.frames.get("f")}`);
  assert.deepEqual([...g.calls.get("f")], ["g"]);
});
