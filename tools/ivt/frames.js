// The red zone against the stack GCC's code really uses below a checked
// frame. Every native image is compiled with -fcallgraph-info=su: each
// object gets a `.ci` file (VCG) with its functions' frames and calls. A
// translated function that calls something checks the stack pointer once
// its frame is made (arch/wasm-rt/ivt-stack.h; GCC then calls
// ivt_stack_exhausted, which is how a checked function is recognised
// here); code without a check (the C host, a leaf translated function, the
// trap and crash-capture path) may go on below the limit. So the deepest
// the stack can reach below the limit is the longest chain of frames that
// starts where a checked function called it (the check passed: the SP was
// at or above the limit) or at a checked function's own frame (made before
// its check runs), through functions without a check, plus
// what an exception stores below it (arch.json "exception_entry_bytes").
// The build refuses an image whose red zone (RED_ZONE_BYTES) is smaller
// (docs/kernel.md, "What the red zone must hold").

import fs from "node:fs";
import { UserError } from "./proc.js";

/** The check's failure call: a function calling it has a stack check. */
const CHECK_FAILED = "ivt_stack_exhausted";

/** The crash capture's scan (arch/native/crash.c): its caller,
 *  ivt_crash_capture_to, runs it only with IVT_CRASH_SCAN_ROOM bytes of
 *  stack above the red zone, so no chain goes on into it; checkScanRoom
 *  checks its use against that room instead. */
const SCAN = "crash_scan";
const SCAN_GUARD = "ivt_crash_capture_to";

/** The call graph in GCC's `.ci` files: { frames: Map(title -> bytes),
 *  calls: Map(title -> Set(title)) }. A function's title is its name, or
 *  `file:name` for a static one; a function declared but not defined in a
 *  file (a call's target) has no frame there. A missing file (an assembly
 *  source has none) adds nothing. */
export function readCallGraph(ciFiles) {
  const frames = new Map();
  const calls = new Map();
  const node = /^node: \{ title: "([^"]*)" label: "([^"]*)"/;
  const edge = /^edge: \{ sourcename: "([^"]*)" targetname: "([^"]*)"/;
  for (const f of ciFiles) {
    if (!fs.existsSync(f)) continue;
    for (const line of fs.readFileSync(f, "utf8").split("\n")) {
      let m = node.exec(line);
      if (m) {
        // label: name\nfile:line:col\nN bytes (static|dynamic...)
        const usage = /\\n(\d+) bytes \(/.exec(m[2]);
        if (usage) frames.set(m[1], Number(usage[1]));
        continue;
      }
      m = edge.exec(line);
      if (m) {
        if (!calls.has(m[1])) calls.set(m[1], new Set());
        calls.get(m[1]).add(m[2]);
      }
    }
  }
  return { frames, calls };
}

/** A function's name from its title (`file:name` or `name`). */
const nameOf = (title) => title.slice(title.lastIndexOf(":") + 1);

/** The deepest chain below a checked frame among the functions the image
 *  links (`linked`: ELF symbol names; GCC's `f.isra` is the ELF's
 *  `f.isra.0`): { bytes, chain: [names, outermost first] }, or null when
 *  nothing is measured. A chain starts at a checked function's frame, at
 *  a call a checked function makes, or at an exception handler's frame
 *  (`handlers`: names the arch enters from an exception, arch.json
 *  "exception_handlers"), and runs through functions without a check; a
 *  call back into the chain (recursion) ends it. */
export function deepestChain(graph, linked, handlers = []) {
  const names = new Set(linked);
  for (const n of linked) {
    for (let i = n.indexOf("."); i > 0; i = n.indexOf(".", i + 1)) names.add(n.slice(0, i));
  }
  const checked = (t) => (graph.calls.get(t) || new Set()).has(CHECK_FAILED);
  // How far below its caller's SP a call to `t` can reach before a check
  // stops it: a checked function's frame (its check then passes, and what
  // it calls is counted from it as a root, or fails and the trap path runs
  // on a fresh stack); a function without a check, its frame and the
  // deepest of what it calls.
  const memo = new Map();
  const open = new Set();
  const reach = (t) => {
    if (memo.has(t)) return memo.get(t);
    const own = graph.frames.get(t) || 0;
    if (checked(t)) return { bytes: own, chain: [`${nameOf(t)} (${own}, checked)`] };
    if (open.has(t)) return { bytes: 0, chain: [] }; // recursion without a check: counted once
    open.add(t);
    let below = { bytes: 0, chain: [] };
    for (const c of graph.calls.get(t) || []) {
      if (nameOf(c) === SCAN) continue; // run only with room (above)
      const d = reach(c);
      if (d.bytes > below.bytes) below = d;
    }
    open.delete(t);
    const r = { bytes: own + below.bytes, chain: [`${nameOf(t)} (${own})`, ...below.chain] };
    memo.set(t, r);
    return r;
  };
  // Where a chain starts: a checked function's frame (made before its
  // check runs) or a call it makes (once the check passed, from at or
  // above the limit); an exception handler the arch enters at whatever
  // depth the stack has (`handlers`), its frame and what it calls. Code
  // without a check that starts from a stack's top (boot, a thread's
  // entry, a report on a fresh stack) is reached only through those.
  const fromRoot = (t) => {
    const own = graph.frames.get(t) || 0;
    if (!checked(t)) return reach(t);
    let below = { bytes: own, chain: [`${nameOf(t)} (${own}, checked)`] };
    for (const c of graph.calls.get(t) || []) {
      if (c === CHECK_FAILED) continue;
      const d = reach(c);
      if (d.bytes > below.bytes) below = { bytes: d.bytes, chain: [`${nameOf(t)} (checked)`, ...d.chain] };
    }
    return below;
  };
  let deepest = null;
  for (const t of graph.frames.keys()) {
    if (!names.has(nameOf(t)) || !(checked(t) || handlers.includes(nameOf(t)))) continue;
    const d = fromRoot(t);
    if (deepest === null || d.bytes > deepest.bytes) deepest = d;
  }
  return deepest;
}

/** The stack the crash capture's scan uses below its guard's address
 *  check: the guard's frame, the scan's and the deepest chain it calls
 *  (bytes), or null if the image has no scan. */
export function scanUse(graph) {
  const titles = [...graph.frames.keys()];
  const scan = titles.find((t) => nameOf(t) === SCAN);
  const guard = titles.find((t) => nameOf(t) === SCAN_GUARD);
  if (scan === undefined) return null;
  const deepest = (t, seen) => {
    if (seen.has(t)) return 0;
    seen.add(t);
    let below = 0;
    for (const c of graph.calls.get(t) || []) below = Math.max(below, deepest(c, seen));
    seen.delete(t);
    return (graph.frames.get(t) || 0) + below;
  };
  return (guard === undefined ? 0 : graph.frames.get(guard) || 0) + deepest(scan, new Set());
}

/** Refuses the image when the crash capture's scan needs more stack than
 *  the room its guard makes sure of (`room`, arch.json
 *  "crash_scan_room_bytes"). */
export function checkScanRoom(b, graph, room) {
  const use = scanUse(graph);
  if (use !== null && use > room) {
    throw new UserError(
      `board ${b.name}: the crash capture's scan (arch/native/crash.c crash_scan) uses ${use} bytes of stack, more than the ${room} its guard keeps free for it ` +
        `(arch/${b.arch}/arch.json "crash_scan_room_bytes"): raise that to ${(use + 7) & ~7}`,
    );
  }
  return use;
}

/** The red zone an image needs: the deepest chain plus `entryBytes`, what
 *  an exception taken just then stores on the same stack, rounded up to 8. */
export function redZoneNeeded(deepest, entryBytes) {
  return (deepest.bytes + entryBytes + 7) & ~7;
}

/** Refuses the image (UserError naming the setting to change) when
 *  `redZone` is smaller than redZoneNeeded, unless the board accepts the
 *  shortfall in board.json ("red_zone_below_frames", its reason) for its
 *  own red zone: `app`, the name of an app whose app.json sets
 *  RED_ZONE_BYTES itself (null: the board's value is the one in force),
 *  gets no such leave, since the board's reason is about the board's
 *  choice. Returns the bytes needed. */
export function checkRedZone(b, redZone, deepest, entryBytes, app = null) {
  const need = redZoneNeeded(deepest, entryBytes);
  if (redZone < need && (app !== null || !b.red_zone_below_frames)) {
    const where = app !== null
      ? `in app ${app}'s app.json "kernel", which sets it (the board's "red_zone_below_frames" covers only the board's own red zone)`
      : `in the board's or the app's "kernel" settings`;
    throw new UserError(
      `board ${b.name}: the red zone (kernel setting RED_ZONE_BYTES, ${redZone} bytes) cannot hold the deepest stack use below a checked frame ` +
        `(${deepest.bytes} bytes: ${deepest.chain.join(" -> ")}; GCC -fcallgraph-info) and an exception entry below it (${entryBytes} bytes): ` +
        `a stack overflow could write past the stack before it is reported. Set "RED_ZONE_BYTES": ${need} (or more) ` +
        `${where} (docs/kernel.md, "What the red zone must hold").`,
    );
  }
  return need;
}

/** What the kernel takes above the red zone for the smallest stack it
 *  makes a thread on: kernel/thread.ts KERNEL_THREAD_MIN_STACK is
 *  RED_ZONE_BYTES + this (tests/tools/red-zone.test.js reads it there). */
export const STACK_ROOM_ABOVE_RED_ZONE = 128;

/** The kernel settings that size a stack the kernel makes a thread on at
 *  boot or later (idle, main, the timer thread, an isolated app's main,
 *  interrupt bottom halves), and MIN_STACK_BYTES, the smallest an
 *  application may ask for. */
const STACK_SETTINGS = ["IDLE_STACK_BYTES", "MAIN_STACK_BYTES", "TIMER_STACK_BYTES", "IRQ_THREAD_STACK_BYTES", "APP_MAIN_STACK_BYTES", "MIN_STACK_BYTES"];

/** Refuses an image (UserError naming both settings) whose red zone leaves
 *  one of the stacks the kernel makes, or the smallest an application may
 *  ask for, under the red zone plus STACK_ROOM_ABOVE_RED_ZONE: the kernel
 *  would refuse that thread, and at boot the system would stop with only
 *  "board init: idle thread: invalid". `settings`: the image's kernel
 *  settings (gen.js kernelResolved), a Map; `where`, what to name. */
export function checkStacksHoldRedZone(where, settings) {
  const redZone = settings.get("RED_ZONE_BYTES");
  const floor = redZone + STACK_ROOM_ABOVE_RED_ZONE;
  const short = STACK_SETTINGS.filter((n) => settings.has(n) && settings.get(n) < floor);
  if (short.length === 0) return;
  throw new UserError(
    `${where}: the red zone (kernel setting RED_ZONE_BYTES, ${redZone} bytes) leaves no room on ` +
      `${short.map((n) => `${n} (${settings.get(n)} bytes)`).join(", ")}: a stack needs the red zone and ${STACK_ROOM_ABOVE_RED_ZONE} bytes above it, ${floor} here, ` +
      `or the kernel refuses the thread (at boot: "board init: idle thread: invalid"). Lower RED_ZONE_BYTES or raise ${short.join(", ")} ` +
      `to ${floor} or more in the board's or the app's "kernel" settings (docs/kernel.md, "What the red zone must hold").`,
  );
}
