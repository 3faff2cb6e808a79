// `ivt trace` (tools/ivt/trace.js, docs/trace.md): real dumps from runs on
// sim and on mps2-an385 under QEMU turned into the three files, each
// checked against its format: the trace-event JSON (every event complete,
// B/E balanced, every thread named, counters numeric, time in order per
// track), the HTML page rendered by headless Chromium (its DOM has a track
// per thread and line, its screenshot is a picture), the VCD read back
// (header, a $var per signal, changes that agree with the JSON). Dumps cut
// short, damaged, missing or from an image without the trace are refused
// with the reason; the 16-bit counter of mcf5208evb is unwrapped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { buildModel, captureRun, decode, fnv, parseDump, toChromeTrace, TraceError } from "../../tools/ivt/trace.js";
import { eventText } from "../../tools/ivt/decode.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IVT = path.join(ROOT, "build/tools/ivt.mjs");
const OUT = path.join(ROOT, "build/trace");
/** The demo's threads: the kernel's idle, its main and its blink (the
 *  timer thread is made at its first use, and the demo starts no timer). */
const DEMO_THREADS = ["idle", "main", "blink"];
const CHROMIUM = "/usr/bin/chromium";

function ivt(args, timeout = 240000) {
  return spawnSync(process.execPath, [IVT, ...args], { cwd: ROOT, encoding: "utf8", timeout });
}

// ---- the trace-event format -------------------------------------------------------

/** Checks a trace-event file; returns its events by track ("pid/tid"). */
function checkTraceEvents(json, threadNames) {
  assert.ok(Array.isArray(json.traceEvents) && json.traceEvents.length > 0, "traceEvents is a non-empty list");
  const tracks = new Map();
  const names = [];
  for (const e of json.traceEvents) {
    for (const k of ["ph", "ts", "pid", "tid"]) assert.ok(e[k] !== undefined, `${JSON.stringify(e)} has ${k}`);
    assert.ok(typeof e.ts === "number" && Number.isFinite(e.ts) && e.ts >= 0, `ts of ${JSON.stringify(e)}`);
    assert.ok(["X", "B", "E", "i", "C", "M"].includes(e.ph), `known phase ${e.ph}`);
    if (e.ph === "M") {
      if (e.name === "thread_name") names.push(e.args.name);
      continue;
    }
    if (e.ph === "X") assert.ok(typeof e.dur === "number" && e.dur >= 0, `X has a duration: ${JSON.stringify(e)}`);
    if (e.ph === "C") {
      assert.ok(Object.keys(e.args).length > 0, "a counter has values");
      for (const v of Object.values(e.args)) assert.equal(typeof v, "number", `counter value ${v} is a number`);
    }
    const key = `${e.pid}/${e.tid}`;
    if (!tracks.has(key)) tracks.set(key, []);
    tracks.get(key).push(e);
  }
  for (const [key, evs] of tracks) {
    const open = [];
    for (let i = 0; i < evs.length; i++) {
      if (i) assert.ok(evs[i].ts >= evs[i - 1].ts, `track ${key}: ts in order at ${JSON.stringify(evs[i])}`);
      if (evs[i].ph === "B") open.push(evs[i].name);
      if (evs[i].ph === "E") assert.equal(open.pop(), evs[i].name, `track ${key}: E closes a B`);
    }
    assert.deepEqual(open, [], `track ${key}: every B has its E`);
  }
  for (const n of threadNames) assert.ok(names.some((x) => x.startsWith(`${n} #`)), `a track names thread ${n} (tracks: ${names.join(", ")})`);
  return tracks;
}

/** The running spans of every thread track, and a check that the
 *  threads' states never overlap and one thread at most runs at a time. */
function runningSpans(json) {
  const byThread = new Map();
  const running = [];
  for (const e of json.traceEvents) {
    if (e.ph !== "X" || e.cat !== "thread") continue;
    assert.ok(["running", "ready", "blocked", "suspended"].includes(e.name), `state ${e.name}`);
    if (!byThread.has(e.tid)) byThread.set(e.tid, []);
    byThread.get(e.tid).push(e);
    if (e.name === "running") running.push(e);
  }
  for (const [tid, spans] of byThread) {
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i].ts >= spans[i - 1].ts + spans[i - 1].dur - 1e-6, `thread ${tid}: states do not overlap`);
  }
  running.sort((a, b) => a.ts - b.ts);
  for (let i = 1; i < running.length; i++) {
    assert.ok(running[i].ts >= running[i - 1].ts + running[i - 1].dur - 1e-6, `one thread runs at a time: ${JSON.stringify(running[i - 1])} / ${JSON.stringify(running[i])}`);
  }
  return running;
}

// ---- VCD -----------------------------------------------------------------------------

/** Reads a VCD back: { timescale, vars: id -> {name, width, scope}, changes: [[time, id, value]] }. */
function readVcd(text) {
  const tokens = text.split(/\s+/).filter(Boolean);
  const vars = new Map();
  const scopes = [];
  let timescale = null;
  let i = 0;
  for (; i < tokens.length && tokens[i] !== "$enddefinitions"; i++) {
    if (tokens[i] === "$timescale") timescale = `${tokens[i + 1]} ${tokens[i + 2]}`;
    if (tokens[i] === "$scope") scopes.push(tokens[i + 2]);
    if (tokens[i] === "$upscope") scopes.pop();
    if (tokens[i] === "$var") {
      assert.equal(tokens[i + 5], "$end", "a $var ends with $end");
      vars.set(tokens[i + 3], { type: tokens[i + 1], width: Number(tokens[i + 2]), name: tokens[i + 4], scope: scopes.join(".") });
    }
  }
  assert.equal(tokens[i], "$enddefinitions", "the header ends");
  const changes = [];
  let time = null;
  for (i += 2; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "$dumpvars" || t === "$end") continue;
    if (t.startsWith("#")) {
      const next = Number(t.slice(1));
      assert.ok(time === null || next > time, "times increase");
      time = next;
    } else if (t.startsWith("b")) {
      assert.ok(vars.has(tokens[i + 1]), `change of a declared vector ${tokens[i + 1]}`);
      changes.push([time, tokens[++i], parseInt(t.slice(1), 2)]);
    } else {
      assert.match(t, /^[01xz]/, `a scalar change: ${t}`);
      assert.ok(vars.has(t.slice(1)), `change of a declared wire ${t.slice(1)}`);
      changes.push([time, t.slice(1), Number(t[0])]);
    }
  }
  return { timescale, vars, changes };
}

/** Checks the VCD against the JSON: a wire per line and thread, and each
 *  thread's rising edges where its running spans start. */
function checkVcd(vcdText, json) {
  const v = readVcd(vcdText);
  assert.match(v.timescale || "", /^(1|10|100) (fs|ps|ns|us)$/, "a timescale");
  const hz = json.otherData.cycle_hz;
  const perUs = { fs: 1e9, ps: 1e6, ns: 1e3, us: 1 }[v.timescale.split(" ")[1]] / Number(v.timescale.split(" ")[0]);
  const names = json.traceEvents.filter((e) => e.ph === "M" && e.name === "thread_name");
  const lines = names.filter((e) => e.pid === 2);
  const wires = [...v.vars.values()];
  assert.equal(wires.filter((w) => w.scope === "ivt.irq").length, lines.length, "a wire per interrupt line");
  const running = runningSpans(json);
  for (const n of names.filter((e) => e.pid === 1 && !/work items$/.test(e.args.name))) {
    const [, name, id] = /^(.*) #(\d+)/.exec(n.args.name);
    const code = [...v.vars].find(([, w]) => w.scope === "ivt.threads" && w.name === `${name}_${id}`.replace(/[^A-Za-z0-9_]+/g, "_"));
    assert.ok(code, `a wire for thread ${name}`);
    const rises = v.changes.filter(([t, c, val]) => c === code[0] && val === 1 && t > 0).map(([t]) => t);
    // Spans of one thread that touch are one high level on the wire.
    const mine = running.filter((e) => e.tid === n.tid);
    const starts = mine.filter((e, k) => e.ts > 0 && !(k > 0 && Math.abs(mine[k - 1].ts + mine[k - 1].dur - e.ts) < 1e-6)).map((e) => e.ts);
    assert.equal(rises.length, starts.length, `thread ${name}: as many rising edges as runs`);
    rises.forEach((t, k) => assert.ok(Math.abs(t / perUs - starts[k]) <= 1e6 / hz / 1 + 1e-3, `thread ${name}: edge at ${t} matches ${starts[k]} us`));
  }
  return v;
}

// ---- Chromium and PNG --------------------------------------------------------------

function chromium(args) {
  if (!fs.existsSync(CHROMIUM)) assert.fail(`${CHROMIUM} is missing: install the Debian package chromium (make setup installs it)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-chromium-"));
  try {
    const r = spawnSync(CHROMIUM, [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`, ...args,
    ], { encoding: "utf8", timeout: 120000, maxBuffer: 64 << 20 });
    assert.equal(r.status, 0, `chromium failed: ${r.stderr}`);
    return r.stdout;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Decodes an 8-bit RGB or RGBA PNG: { width, height, channels, pixels }. */
function readPng(file) {
  const buf = fs.readFileSync(file);
  assert.equal(buf.subarray(0, 8).toString("hex"), "89504e470d0a1a0a", "a PNG signature");
  let off = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString("latin1", off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, "8 bits per channel");
      channels = { 2: 3, 6: 4 }[data[9]];
      assert.ok(channels, `colour type ${data[9]} is RGB or RGBA`);
      assert.equal(data[12], 0, "not interlaced");
    } else if (type === "IDAT") idat.push(data);
    off += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const pred = [0, a, b, (a + b) >> 1, Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c][f];
      pixels[y * stride + x] = (line[x] + pred) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** Renders `html` headless; checks its DOM tracks and that the screenshot
 *  is a picture: many colours, a good share of the page drawn. */
function checkHtml(html, threadNames, lineName) {
  const text = fs.readFileSync(html, "utf8");
  assert.doesNotMatch(text, /\b(src|href)\s*=\s*["']?(https?:)?\/\//i, "no resource from a network");
  assert.doesNotMatch(text, /<script/i, "no script");
  const dom = chromium(["--dump-dom", `file://${html}`]);
  const whole = dom.split('data-view="detail"')[0];
  const tracks = [...whole.matchAll(/<g class="track" data-track="(\w+)" data-name="([^"]*)"/g)].map((m) => [m[1], m[2]]);
  for (const n of threadNames) assert.equal(tracks.filter(([k, name]) => k === "thread" && name === n).length, 1, `one track for thread ${n}`);
  assert.ok(tracks.some(([k, name]) => k === "irq" && name.includes(lineName)), `a track for the line ${lineName}: ${JSON.stringify(tracks)}`);
  assert.ok(tracks.some(([k]) => k === "counter"), "the ready-queue row");
  assert.match(dom, /<text class="tick"[^>]*>[\d.]+ (ns|µs|ms)<\/text>/, "a time axis in ns, µs or ms");
  const shot = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ivt-shot-")), "page.png");
  chromium([`--screenshot=${shot}`, "--window-size=1400,900", `file://${html}`]);
  const png = readPng(shot);
  assert.equal(png.width, 1400);
  const colours = new Set();
  let drawn = 0;
  for (let i = 0; i < png.pixels.length; i += png.channels) {
    const [r, g, b] = [png.pixels[i], png.pixels[i + 1], png.pixels[i + 2]];
    colours.add((r << 16) | (g << 8) | b);
    if (r + g + b < 3 * 240) drawn++;
  }
  assert.ok(colours.size > 30, `a picture, not a blank page: ${colours.size} colours`);
  assert.ok(drawn / (png.width * png.height) > 0.05, `a good share drawn: ${(100 * drawn / (png.width * png.height)).toFixed(1)}%`);
  // The state colours of the legend are on the page (running, blocked, top half).
  for (const rgb of [[0x2e, 0x9e, 0x44], [0xc9, 0xce, 0xd6], [0xd6, 0x45, 0x41]]) {
    assert.ok(colours.has((rgb[0] << 16) | (rgb[1] << 8) | rgb[2]), `colour ${rgb.map((c) => c.toString(16)).join("")} drawn`);
  }
  fs.rmSync(path.dirname(shot), { recursive: true, force: true });
}

/** `ivt trace` on a board: the three files, each checked. */
function traceAndCheck(board, lineName) {
  const r = ivt(["trace", "--board", board, "--app", "demo"]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^demo: done$/m, "the app ran to its end");
  assert.match(r.stdout, /^trace: \d+ events over /m);
  const base = path.join(OUT, `${board}-demo`);
  const json = JSON.parse(fs.readFileSync(`${base}.json`, "utf8"));
  checkTraceEvents(json, DEMO_THREADS);
  const running = runningSpans(json);
  assert.ok(running.length >= 5, "threads ran");
  const lineTrack = json.traceEvents.find((e) => e.ph === "M" && e.name === "thread_name" && e.pid === 2 && e.args.name.includes(lineName));
  assert.ok(lineTrack, `the tick's line ${lineName} has a track`);
  assert.ok(json.traceEvents.filter((e) => e.tid === lineTrack.tid && e.name === "top half").length >= 3, "its top halves");
  checkVcd(fs.readFileSync(`${base}.vcd`, "utf8"), json);
  checkHtml(`${base}.html`, DEMO_THREADS, lineName);
  return json;
}

test("sim demo: JSON, HTML (in Chromium) and VCD of its trace", () => {
  const json = traceAndCheck("sim", "timer0");
  assert.equal(json.otherData.cycle_hz, 100000000);
  assert.equal(json.otherData.events_lost_while_dumping, 0, "the dump at exit masks interrupts: nothing lost");
});

test("mps2-an385 demo under QEMU: the same from a board's console", () => {
  const json = traceAndCheck("mps2-an385", "SysTick");
  assert.equal(json.otherData.board, "mps2-an385");
});

test("a crash report is followed by the trace dump, then the halt line", async () => {
  const { loadBoard } = await import("../../tools/ivt/boards.js");
  const r = await captureRun(loadBoard("sim"), "trap-boot");
  assert.equal(r.code, 3, r.output);
  const trap = r.output.search(/^\*\*\* ivt TRAP out-of-bounds in thread 'main'/m);
  const begin = r.output.search(/^\*\*\* ivt trace begin /m);
  const end = r.output.search(/^\*\*\* ivt trace end /m);
  const halt = r.output.search(/^\*\*\* ivt halted, exit 3$/m);
  assert.ok(trap >= 0 && trap < begin && begin < end && end < halt, r.output);
  const m = buildModel(parseDump(r.output, "trap-boot"));
  assert.ok(m.threads.some((t) => t.name === "main"));
});

test("the console's `trace dump`, saved to a log, read with --log", () => {
  const built = ivt(["build", "--board", "sim", "--app", "console"]);
  assert.equal(built.status, 0, built.stderr);
  const wasm = built.stdout.trim().split("\n").pop();
  const run = ivt(["sim", "--board", "sim", wasm, "--input", "threads\ntrace dump\nquit\n"]);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-log-"));
  const log = path.join(dir, "session.log");
  fs.writeFileSync(log, run.stdout);
  const r = ivt(["trace", "--log", log]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const json = JSON.parse(fs.readFileSync(path.join(OUT, "sim-session.json"), "utf8"));
  checkTraceEvents(json, ["idle", "main", "irq"]);
  // The shell's bottom half (a thread named irq) serves the UART's line.
  assert.ok(json.traceEvents.some((e) => e.ph === "M" && /^irq #\d+ \(bottom half of irq 16\)$/.test(e.args.name)), "the bottom half's thread is named after its line");
  assert.ok(json.traceEvents.some((e) => e.ph === "B" && e.name === "bottom half"), "bottom-half spans");
  assert.ok(json.traceEvents.some((e) => e.ph === "i" && e.name === "bottom half pend"), "bottom-half pends");
  fs.rmSync(dir, { recursive: true, force: true });
});

// ---- bad input ------------------------------------------------------------------------

/** A dump of `records` ({stamp, word}, oldest first) as the kernel prints it. */
function dumpText({ records, bits = 32, hz = 1000000, enabled = 1, threads = ["0 31 1 idle", "3 16 1 main"], now = null }) {
  const newest = [...records].reverse();
  const lines = [`*** ivt trace begin 1 ${enabled} ${(now ?? (records.length ? records[records.length - 1].stamp : 0)).toString(16).padStart(8, "0")} ${hz} ${bits} ${records.length} 128 3 testboard`];
  for (const t of threads) lines.push(`*** ivt trace thread ${t}`);
  for (let i = 0; i < newest.length; i += 4) {
    lines.push("*** ivt trace data " + newest.slice(i, i + 4).map((r) => r.stamp.toString(16).padStart(8, "0") + r.word.toString(16).padStart(8, "0")).join(" "));
  }
  lines.push(`*** ivt trace end ${records.length} ${fnv(newest.flatMap((r) => [r.stamp, r.word])).toString(16).padStart(8, "0")}`);
  return lines.join("\n") + "\n";
}

const SWITCH = 5 << 24;
/** Ring order, oldest first: a switch to main (the one before stays
 *  ready); an interrupt whose top half wakes idle, its entry written late
 *  with the earlier stamp, then its exit. */
const sample = [
  { stamp: 100, word: SWITCH | 3 | (1 << 16) },
  { stamp: 250, word: (6 << 24) | 0 | (1 << 16) | (2 << 19) },
  { stamp: 200, word: (1 << 24) | 17 },
  { stamp: 320, word: (2 << 24) | 17 },
];

test("a whole dump parses; other output between its lines is skipped", () => {
  const text = dumpText({ records: sample }).replace("*** ivt trace data", "demo: tick\n*** ivt trace data");
  const d = parseDump("noise\n" + text + "more noise\n", "test");
  assert.equal(d.records.length, 4);
  assert.deepEqual(d.threads.map((t) => t.name), ["idle", "main"]);
  const json = toChromeTrace(buildModel(d));
  checkTraceEvents(json, ["idle", "main"]);
});

test("a switch carrying the state its thread was readied from (a folded wake or resume) draws it blocked or suspended until then", () => {
  const B = 2 << 19, S = 3 << 19;
  const records = [
    { stamp: 100, word: SWITCH | 4 },                          // the boot's first switch, to 4
    { stamp: 150, word: SWITCH | 3 | (2 << 16) },              // to main: 4 blocked
    { stamp: 300, word: SWITCH | 4 | (1 << 16) | B },          // a give woke 4 and ran it: main stays ready
    { stamp: 400, word: SWITCH | 5 | (1 << 16) | S },          // 5, first seen here, resumed and run
  ];
  const threads = ["0 31 1 idle", "3 16 1 main", "4 15 2 worker", "5 14 1 resumed"];
  const m = buildModel(parseDump(dumpText({ records, threads, now: 500 }), "fold"));
  const spans = (id) => m.threads.find((t) => t.id === id).spans.map((s) => `${s.state} ${s.t0}-${s.t1}`);
  assert.deepEqual(spans(4), ["running 0-50", "blocked 50-200", "running 200-300", "ready 300-400"]);
  assert.deepEqual(spans(5), ["suspended 0-300", "running 300-400"]);
  const text = eventText(SWITCH | 4 | (1 << 16) | B);
  assert.match(text, /switch to thread 4 \(blocked until now: woken or resumed\); the one before is now ready/);
});

test("a dump cut short or damaged is refused, not drawn", () => {
  const text = dumpText({ records: [...sample, ...sample, ...sample] });
  const lines = text.trimEnd().split("\n");
  assert.throws(() => parseDump(lines.slice(0, -1).join("\n"), "log"), (e) => e instanceof TraceError && /cut short: no end line/.test(e.message));
  const dropped = lines.filter((l, i) => !(l.includes(" data ") && i === lines.length - 2)).join("\n");
  assert.throws(() => parseDump(dropped, "log"), /cut short or damaged: its end line says 12 records/);
  const flipped = text.replace(/ data ([0-9a-f])/, (m, c) => ` data ${c === "0" ? "1" : "0"}`);
  assert.throws(() => parseDump(flipped, "log"), /checksum/);
  assert.throws(() => parseDump(text.replace(/ data \S+/, " data 12zz"), "log"), /damaged/);
});

test("no dump, or one from an image without the trace: how to turn it on", () => {
  assert.throws(() => parseDump("ivt 0.1.0 on sim\ndemo: done\n", "run.log"), (e) => e instanceof TraceError &&
    /no trace dump in run\.log/.test(e.message) && /make trace BOARD=<b> APP=<a>/.test(e.message) && /TRACE_DUMP_AT_EXIT/.test(e.message) && /trace dump/.test(e.message));
  assert.throws(() => parseDump(dumpText({ records: [], enabled: 0 }), "run.log"), /compiled out \(kernel setting TRACE_ENABLED 0\)/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-log-"));
  fs.writeFileSync(path.join(dir, "plain.log"), "demo: done\n");
  const r = ivt(["trace", "--log", path.join(dir, "plain.log")]);
  assert.equal(r.status, 64);
  assert.match(r.stderr, /^ivt: no trace dump in .*plain\.log: .*make trace BOARD=<b> APP=<a>/m);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a real image with the trace compiled out (TRACE_ENABLED 0): refused with how to turn it on", async () => {
  const { loadBoard } = await import("../../tools/ivt/boards.js");
  const { buildImage } = await import("../../tools/ivt/build.js");
  const sim = loadBoard("sim");
  const off = { ...sim, name: "sim-notrace-dump", wiring: "sim", kernel: { ...sim.kernel, TRACE_ENABLED: 0, TRACE_DUMP_AT_EXIT: 1 } };
  const wasm = await buildImage(off, "demo");
  const run = ivt(["sim", "--board", "sim", wasm]);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^\*\*\* ivt trace begin 1 0 /m, "the dump says the trace is off");
  assert.throws(() => parseDump(run.stdout, "the run"), /compiled out \(kernel setting TRACE_ENABLED 0\): remove "TRACE_ENABLED": 0/);
});

test("a 16-bit counter (mcf5208evb) is unwrapped in event order", () => {
  // True times 0xfff0, 0x10010 (+0x20 across the wrap), 0x18000 and
  // 0x1fff8 (gaps of half the period), 0x20004, then an entry written late
  // with an earlier stamp; the stamps keep their low 16 bits only.
  const stamps = [0xfff0, 0x10010, 0x18000, 0x1fff8, 0x20004, 0x20002];
  const records = stamps.map((s, i) => ({ stamp: s & 0xffff, word: ((i === 5 ? 1 : 2) << 24) | 17 }));
  const d = parseDump(dumpText({ records, bits: 16, now: 0x0010 }), "mcf");
  const { events, end } = decode(d);
  const expect = [...stamps].sort((a, b) => a - b).map((s) => s - 0xfff0);
  assert.deepEqual(events.map((e) => e.t), expect);
  assert.equal(end, 0x20010 - 0xfff0, "the dump's own stamp ends the window");
});

test("the three files from a real dump agree on the threads' runs (sim, the demo's dump read again)", () => {
  const json = JSON.parse(fs.readFileSync(path.join(OUT, "sim-demo.json"), "utf8"));
  const running = runningSpans(json);
  const counter = json.traceEvents.filter((e) => e.ph === "C");
  assert.ok(counter.length > 0, "the ready-queue counter");
  // At each counter sample, the count equals the threads then running or ready.
  const spans = json.traceEvents.filter((e) => e.ph === "X" && e.cat === "thread" && (e.name === "running" || e.name === "ready"));
  for (const c of counter) {
    const n = spans.filter((s) => s.ts <= c.ts + 1e-9 && c.ts < s.ts + s.dur - 1e-9).length;
    assert.equal(c.args.threads, n, `ready queue at ${c.ts} us`);
  }
  assert.ok(running.length > 0);
});
