// ivt trace: the kernel's trace ring as pictures (docs/trace.md).
//
//   console output (a log file, or a run of the app built with the kernel
//   setting TRACE_DUMP_AT_EXIT)
//     -> the compact dump kernel/trace.ts prints (parseDump: count and
//        checksum checked, so a dump cut short is refused, not drawn)
//     -> events in time order, stamps unwrapped to the counter's width (decode)
//     -> tracks: each thread running / ready / blocked, each interrupt line's
//        top halves, bottom halves and bottom-half pends, the ready-queue
//        length (buildModel)
//     -> build/trace/<board>-<app>.json  Chrome/Perfetto trace events
//        build/trace/<board>-<app>.html  one page, inline SVG, no network
//        build/trace/<board>-<app>.vcd   value change dump for GTKWave

import fs from "node:fs";
import path from "node:path";
import { UserError } from "./proc.js";
import { BUILD, rel } from "./paths.js";
import { boardForApp, loadBoard } from "./boards.js";
import { buildImage } from "./build.js";
import { honestTime, runCapture } from "./run.js";
import { SIM_EXIT_HANG } from "../../arch/sim/host.js";

/** A dump that is missing, cut short or damaged: said, never drawn. */
export class TraceError extends UserError {}

/** Every dump line starts with this (kernel/trace.ts DUMP_PREFIX). */
export const PREFIX = "*** ivt trace ";
/** The dump format this reader knows (kernel/trace.ts DUMP_FORMAT). */
export const FORMAT = 1;

/** Event kinds (kernel/trace.ts TraceKind). */
export const KIND = {
  IrqEntry: 1, IrqExit: 2, BottomHalfStart: 3, BottomHalfEnd: 4, Switch: 5, Wake: 6, WorkStart: 7, WorkEnd: 8,
  State: 10,
};
/** IrqExit's flag: a top half asked for its bottom half. */
export const BH_WOKEN = 1 << 23;
/** ThreadState by number (kernel/tcb.ts), as thread events and the dump's
 *  thread lines give it. */
const TABLE_STATE = ["free", "ready", "blocked", "suspended", "dead"];
/** The picture's state for a ThreadState: free and dead threads are gone. */
const PICTURE_STATE = ["gone", "ready", "blocked", "suspended", "gone"];
const pictureState = (n) => PICTURE_STATE[n] || "gone";

/** How to get a dump, for the messages that find none. */
export const HOW_TO_TRACE =
  "the dump comes from an image with the trace ring on (kernel setting TRACE_ENABLED, on unless board.json \"kernel\" or " +
  "`make bench TRACE=off` turns it off) that prints it: `make trace BOARD=<b> APP=<a>` builds the app with " +
  "TRACE_DUMP_AT_EXIT (printed when main returns or the system halts), an app may call traceDumpCompact(), and the " +
  "console app prints it on `trace dump`";

/** FNV-1a over 32-bit words (kernel/trace.ts fnv). */
export function fnv(words) {
  let sum = 2166136261;
  for (const w of words) sum = Math.imul((sum ^ w) >>> 0, 16777619) >>> 0;
  return sum >>> 0;
}

// ---- reading the dump ----------------------------------------------------------

/** Splits output into lines, without the carriage returns of a terminal. */
const linesOf = (text) => text.split("\n").map((l) => l.replace(/\r+$/, ""));

function parseBegin(line, source) {
  const f = line.slice(PREFIX.length).split(" ");
  // begin <format> <enabled> <now> <hz> <bits> <written> <capacity> <running> <board>
  if (f.length < 10 || f[0] !== "begin") throw new TraceError(`${source}: unreadable trace dump header: ${JSON.stringify(line)}`);
  const format = Number(f[1]);
  if (format !== FORMAT) throw new TraceError(`${source}: trace dump format ${f[1]}; this ivt reads format ${FORMAT} (rebuild the image with this kernel)`);
  const [enabled, hz, bits, written, capacity, running] = [f[2], f[4], f[5], f[6], f[7], f[8]].map(Number);
  const now = parseInt(f[3], 16);
  if (![enabled, hz, bits, written, capacity, running, now].every(Number.isFinite) || bits < 1 || bits > 32) {
    throw new TraceError(`${source}: unreadable trace dump header: ${JSON.stringify(line)}`);
  }
  return { format, enabled: enabled !== 0, now, hz, bits, written, capacity, running: running === 255 ? null : running, board: f.slice(9).join(" ") };
}

function parseThread(line, source) {
  const m = /^thread (\d+) (\d+) (\d+) (.*)$/.exec(line.slice(PREFIX.length));
  if (!m) throw new TraceError(`${source}: the trace dump is damaged: unreadable thread line ${JSON.stringify(line)}`);
  return { id: Number(m[1]), priority: Number(m[2]), state: TABLE_STATE[Number(m[3])] || `state ${m[3]}`, name: m[4] };
}

/**
 * Reads the last trace dump in console output `text` (`source` names it in
 * messages). Lines of other output between the dump's lines are skipped.
 * Returns { enabled, now, hz, bits, written, capacity, board, threads,
 * records (oldest first: { stamp, word }), lost (events the ring held but
 * the dump could not print) }. Throws a TraceError when there is no dump,
 * when the image has the trace compiled out, or when the dump is cut short
 * or damaged (its count or checksum disagrees): never a partial picture.
 */
export function parseDump(text, source = "the output") {
  const lines = linesOf(text);
  let start = -1;
  for (let i = 0; i < lines.length; i++) if (lines[i].startsWith(PREFIX + "begin")) start = i;
  if (start < 0) throw new TraceError(`no trace dump in ${source}: ${HOW_TO_TRACE}`);
  const head = parseBegin(lines[start], source);
  if (!head.enabled) {
    throw new TraceError(`${source}: the image was built with the trace ring compiled out (kernel setting TRACE_ENABLED 0): ` +
      `remove "TRACE_ENABLED": 0 from the board's board.json "kernel" (or do not use the TRACE=off bench build) and run it again`);
  }
  const threads = [];
  const tokens = [];
  let end = null;
  for (let i = start + 1; i < lines.length && !end; i++) {
    const l = lines[i];
    if (!l.startsWith(PREFIX)) continue; // other output between the dump's lines
    const rest = l.slice(PREFIX.length);
    if (rest.startsWith("thread ")) threads.push(parseThread(l, source));
    else if (rest.startsWith("data ")) tokens.push(...rest.slice(5).trim().split(/ +/));
    else if (rest.startsWith("end ")) end = rest.slice(4).trim().split(" ");
    else throw new TraceError(`${source}: the trace dump is cut short or damaged: unexpected line ${JSON.stringify(l)} before its end line`);
  }
  if (!end) {
    throw new TraceError(`${source}: the trace dump is cut short: no end line after ${tokens.length} records ` +
      `(the output stopped while it printed: the run ended, timed out or the log was cut); nothing drawn`);
  }
  const [count, sumText] = [Number(end[0]), end[1]];
  const bad = tokens.find((t) => !/^[0-9a-f]{16}$/.test(t));
  if (bad !== undefined) throw new TraceError(`${source}: the trace dump is damaged: ${JSON.stringify(bad)} is not a record (16 hex digits)`);
  const newestFirst = tokens.map((t) => ({ stamp: parseInt(t.slice(0, 8), 16), word: parseInt(t.slice(8), 16) }));
  const sum = fnv(newestFirst.flatMap((r) => [r.stamp, r.word]));
  if (tokens.length !== count || parseInt(sumText, 16) !== sum) {
    throw new TraceError(`${source}: the trace dump is cut short or damaged: its end line says ${count} records, checksum ${sumText}; ` +
      `read ${tokens.length}, checksum ${sum.toString(16).padStart(8, "0")}; nothing drawn`);
  }
  const held = Math.min(head.written, head.capacity);
  return { ...head, threads, records: newestFirst.reverse(), lost: held - count };
}

// ---- events in time order ------------------------------------------------------

/**
 * Turns the records into events { t (cycles from the first event), kind,
 * arg, index } in time order. Stamps are the counter's low `bits` bits:
 * each is unwrapped against the one written before it, forward unless it
 * is a little earlier (an interrupt's entry event is written at its exit
 * with the entry's stamp; anything written meanwhile is later), so gaps up
 * to 7/8 of the counter's period come out right. Returns { events, end
 * (the dump's own time, cycles) }.
 */
export function decode(dump) {
  const period = 2 ** dump.bits;
  const back = period / 8;
  const low = (s) => (dump.bits === 32 ? s >>> 0 : s % period);
  let t = 0;
  let prev = null;
  const events = dump.records.map((r, index) => {
    const s = low(r.stamp);
    if (prev !== null) {
      let d = (s - prev + period) % period;
      if (d >= period - back) d -= period;
      t += d;
    }
    prev = s;
    return { t, kind: r.word >>> 24, arg: r.word & 0xffffff, index };
  });
  let end = t + (prev === null ? 0 : (low(dump.now) - prev + period) % period);
  events.sort((a, b) => a.t - b.t || a.index - b.index);
  const t0 = events.length ? events[0].t : 0;
  for (const e of events) e.t -= t0;
  end = Math.max(end - t0, events.length ? events[events.length - 1].t : 0);
  return { events, end };
}

// ---- tracks ------------------------------------------------------------------------

/** Names of interrupt vectors from board.json: its devices' lines, the
 *  spare lines, Cortex-M's SysTick. */
export function vectorNames(b) {
  const names = new Map();
  if (!b) return names;
  if (b.arch === "cortex-m") names.set(15, "SysTick");
  const irq = b.irq || {};
  const first = Number(irq.first_vector || 0);
  for (let i = 0; i < Number(irq.spare_count || 0); i++) names.set(first + Number(irq.spare_first) + i, `spare ${i}`);
  for (const [name, d] of Object.entries(b.devices || {})) if (d && typeof d.irq === "number") names.set(first + d.irq, name);
  return names;
}

/** Closes `open` spans of a track at `t` into `into`. */
function closeSpan(into, open, t) {
  if (open && t > open.t0) into.push({ ...open, t1: t });
}

/**
 * Builds the tracks from a parsed dump: threads (spans of running, ready,
 * blocked, suspended; work items), interrupt lines (top halves, bottom
 * halves, bottom-half pends, spurious entries) and the ready-queue
 * length. A switch names the incoming thread and the outgoing one's new
 * state; the outgoing one is the previous switch's incoming one. So thread
 * states are known from the window's first switch on (`threadsFrom`; from
 * the start when there is none: the thread that printed the dump ran all
 * along): before its first event a thread was in the state that event
 * leaves (switched to: ready; woken: blocked; State: its old state); a
 * thread with no event keeps its state of the thread table.
 * `board` (parsed board.json, optional) names the lines.
 */
export function buildModel(dump, { board = null, app = null } = {}) {
  const { events, end } = decode(dump);
  const threads = new Map();
  const thread = (id) => {
    if (!threads.has(id)) {
      const row = dump.threads.find((r) => r.id === id);
      threads.set(id, { id, name: row ? row.name : `thread ${id}`, priority: row ? row.priority : null, tableState: row ? row.state : "ended", spans: [], work: [], open: null, seen: false, workOpen: null, vectors: new Set() });
    }
    return threads.get(id);
  };
  dump.threads.forEach((r) => thread(r.id));
  const lines = new Map();
  const line = (v) => {
    if (!lines.has(v)) lines.set(v, { vector: v, top: [], bottom: [], pends: [], spurious: [], entries: [], bhOpen: null });
    return lines.get(v);
  };
  // The boot's first switch (from no thread: Free) leaves nothing unknown.
  const firstSwitch = events.find((e) => e.kind === KIND.Switch);
  const threadsFrom = firstSwitch && ((firstSwitch.arg >>> 16) & 7) !== 0 ? firstSwitch.t : 0;
  let running = firstSwitch ? null : dump.running;

  /** `th` is in `state` from `t` on; before its first event, `before`. */
  const enter = (th, state, t, before) => {
    if (!th.seen) {
      th.seen = true;
      if (before && t > threadsFrom) th.spans.push({ state: before, t0: threadsFrom, t1: t });
    }
    if (th.open && th.open.state === state) return;
    closeSpan(th.spans, th.open, Math.max(t, threadsFrom));
    th.open = state === "gone" ? null : { state, t0: Math.max(t, threadsFrom) };
  };

  for (const e of events) {
    const { t, kind, arg } = e;
    switch (kind) {
      case KIND.Switch: {
        const next = arg & 0xff;
        if (running !== null) enter(thread(running), pictureState((arg >>> 16) & 7), t, "running");
        // Bits 19-21: the state the incoming thread was readied from just
        // now, its wake or resume folded into this switch (0: ready before).
        const was = (arg >>> 19) & 7;
        enter(thread(next), "running", t, was !== 0 ? pictureState(was) : "ready");
        running = next;
        break;
      }
      case KIND.Wake:
      case KIND.State: {
        const id = arg & 0xff;
        let state = pictureState((arg >>> 16) & 7);
        // A thread that blocked and was woken before its switch away ran on.
        if (state === "ready" && id === running) state = "running";
        const before = pictureState((arg >>> 19) & 7);
        enter(thread(id), state, t, before === "gone" ? null : before);
        break;
      }
      case KIND.IrqEntry:
        line(arg).entries.push(t);
        break;
      case KIND.IrqExit: {
        const l = line(arg & ~BH_WOKEN & 0xffffff);
        const t0 = l.entries.pop();
        if (t0 !== undefined) l.top.push({ t0, t1: t, depth: l.entries.length });
        if (arg & BH_WOKEN) l.pends.push(t); // its bottom half is due
        break;
      }
      case KIND.BottomHalfStart: {
        const l = line(arg);
        l.bhOpen = { t0: t };
        if (running !== null) thread(running).vectors.add(arg);
        break;
      }
      case KIND.BottomHalfEnd: {
        const l = line(arg);
        l.bottom.push({ t0: l.bhOpen ? l.bhOpen.t0 : 0, t1: t, cut: !l.bhOpen });
        l.bhOpen = null;
        break;
      }
      case KIND.WorkStart:
        thread(arg & 0xff).workOpen = { t0: t };
        break;
      case KIND.WorkEnd: {
        const th = thread(arg & 0xff);
        th.work.push({ t0: th.workOpen ? th.workOpen.t0 : 0, t1: t });
        th.workOpen = null;
        break;
      }
      default:
        break; // a kind this reader does not know: not drawn
    }
  }
  // What is still open runs to the dump; entries without an exit were
  // spurious vectors (kernel/irq/dispatch.ts traces those alone).
  for (const th of threads.values()) {
    if (!th.seen && th.tableState !== "ended" && th.tableState !== "free" && th.tableState !== "dead") {
      const state = th.id === running ? "running" : th.tableState;
      th.spans.push({ state, t0: threadsFrom, t1: end, inferred: true });
    }
    closeSpan(th.spans, th.open, end);
    if (th.workOpen) th.work.push({ t0: th.workOpen.t0, t1: end, cut: true });
  }
  for (const l of lines.values()) {
    l.spurious.push(...l.entries);
    if (l.bhOpen) l.bottom.push({ t0: l.bhOpen.t0, t1: end, cut: true });
  }
  const names = vectorNames(board);
  const ready = readyQueue([...threads.values()].map((th) => th.spans));
  const threadList = [...threads.values()].sort((a, b) => a.id - b.id).map((th) => {
    const bh = [...th.vectors];
    const label = `${th.name} #${th.id}` + (bh.length ? ` (bottom half of ${bh.map((v) => `irq ${v}`).join(", ")})` : "");
    return { id: th.id, name: th.name, label, priority: th.priority, spans: th.spans.sort((a, b) => a.t0 - b.t0), work: th.work };
  });
  const lineList = [...lines.values()].sort((a, b) => a.vector - b.vector).map((l) => ({
    vector: l.vector,
    label: `irq ${l.vector}` + (names.has(l.vector) ? ` ${names.get(l.vector)}` : ""),
    top: l.top.sort((a, b) => a.t0 - b.t0), bottom: l.bottom, pends: l.pends, spurious: l.spurious,
  }));
  return {
    board: dump.board.replace(/-(no)?trace$/, ""), app, hz: dump.hz, bits: dump.bits, end, threadsFrom,
    written: dump.written, capacity: dump.capacity, lost: dump.lost, count: dump.records.length,
    threads: threadList, lines: lineList, ready,
  };
}

/** The ready-queue length over time, from the threads' spans: threads
 *  ready or running (the running one stays on its ready list). Returns
 *  [{ t, n }] at each change. */
export function readyQueue(spansOfThreads) {
  const deltas = [];
  for (const spans of spansOfThreads) {
    for (const s of spans) {
      if (s.state !== "running" && s.state !== "ready") continue;
      deltas.push([s.t0, 1], [s.t1, -1]);
    }
  }
  deltas.sort((a, b) => a[0] - b[0]);
  const out = [];
  let n = 0;
  for (let i = 0; i < deltas.length; ) {
    const t = deltas[i][0];
    for (; i < deltas.length && deltas[i][0] === t; i++) n += deltas[i][1];
    if (!out.length || out[out.length - 1].n !== n) out.push({ t, n });
  }
  if (out.length && out[out.length - 1].n === 0 && out.length > 1) out.pop(); // the end of every span
  return out;
}

// ---- time ----------------------------------------------------------------------------

/** Microseconds of `cycles` at the model's rate (1 cycle = 1 us if the
 *  board did not declare it). */
const micros = (m, cycles) => (m.hz > 0 ? (cycles * 1e6) / m.hz : cycles);

/** A time in microseconds, readably: ns, us or ms. */
export function formatTime(us) {
  const a = Math.abs(us);
  if (a === 0) return "0";
  if (a < 1) return `${+(us * 1000).toFixed(1)} ns`;
  if (a < 1000) return `${+us.toFixed(a < 10 ? 2 : 1)} µs`;
  return `${+(us / 1000).toFixed(a < 10000 ? 3 : 2)} ms`;
}

// ---- Chrome / Perfetto trace events ---------------------------------------------

const PID_THREADS = 1;
const PID_LINES = 2;
/** Track ids: threads by id, their work items beside them, lines by vector. */
const tidThread = (id) => 1 + id;
const tidWork = (id) => 1001 + id;
const tidLine = (v) => 2001 + v;

/**
 * The model as a trace-event file (the Trace Event Format that
 * ui.perfetto.dev and chrome://tracing open): process "threads" with one
 * track per thread (an X span per state), its work items on a track of
 * their own, and the counter "ready queue"; process "interrupts" with one
 * track per line (top halves as X spans, bottom halves as B/E, bottom-half
 * pends and spurious entries as instants). Every track's events are in time order.
 */
export function toChromeTrace(m) {
  const us = (c) => micros(m, c);
  const ev = [];
  const title = `${m.board}${m.app ? ` ${m.app}` : ""}`;
  ev.push({ ph: "M", name: "process_name", pid: PID_THREADS, tid: 0, ts: 0, args: { name: `threads (${title})` } });
  ev.push({ ph: "M", name: "process_sort_index", pid: PID_THREADS, tid: 0, ts: 0, args: { sort_index: 1 } });
  ev.push({ ph: "M", name: "process_name", pid: PID_LINES, tid: 0, ts: 0, args: { name: `interrupts (${title})` } });
  ev.push({ ph: "M", name: "process_sort_index", pid: PID_LINES, tid: 0, ts: 0, args: { sort_index: 2 } });
  m.threads.forEach((th, i) => {
    const tid = tidThread(th.id);
    ev.push({ ph: "M", name: "thread_name", pid: PID_THREADS, tid, ts: 0, args: { name: th.label } });
    ev.push({ ph: "M", name: "thread_sort_index", pid: PID_THREADS, tid, ts: 0, args: { sort_index: i } });
    for (const s of th.spans) {
      ev.push({ ph: "X", name: s.state, cat: "thread", pid: PID_THREADS, tid, ts: us(s.t0), dur: us(s.t1 - s.t0), args: { state: s.state, priority: th.priority } });
    }
    if (th.work.length) {
      const wt = tidWork(th.id);
      ev.push({ ph: "M", name: "thread_name", pid: PID_THREADS, tid: wt, ts: 0, args: { name: `${th.label}: work items` } });
      ev.push({ ph: "M", name: "thread_sort_index", pid: PID_THREADS, tid: wt, ts: 0, args: { sort_index: i + 0.5 } });
      for (const w of th.work) ev.push({ ph: "X", name: "work item", cat: "work", pid: PID_THREADS, tid: wt, ts: us(w.t0), dur: us(w.t1 - w.t0) });
    }
  });
  for (const r of m.ready) ev.push({ ph: "C", name: "ready queue", pid: PID_THREADS, tid: 0, ts: us(r.t), args: { threads: r.n } });
  m.lines.forEach((l, i) => {
    const tid = tidLine(l.vector);
    ev.push({ ph: "M", name: "thread_name", pid: PID_LINES, tid, ts: 0, args: { name: l.label } });
    ev.push({ ph: "M", name: "thread_sort_index", pid: PID_LINES, tid, ts: 0, args: { sort_index: i } });
    // One list per track in time order; at a tie an end before a begin.
    const order = { E: 0, X: 1, B: 2, i: 3 };
    const track = [];
    for (const s of l.top) track.push({ ph: "X", name: "top half", cat: "irq", ts: us(s.t0), dur: us(s.t1 - s.t0), args: { vector: l.vector } });
    for (const s of l.bottom) {
      track.push({ ph: "B", name: "bottom half", cat: "irq", ts: us(s.t0), args: { vector: l.vector } });
      track.push({ ph: "E", name: "bottom half", cat: "irq", ts: us(s.t1) });
    }
    for (const t of l.pends) track.push({ ph: "i", s: "t", name: "bottom half pend", cat: "irq", ts: us(t) });
    for (const t of l.spurious) track.push({ ph: "i", s: "t", name: "entry without exit (spurious)", cat: "irq", ts: us(t) });
    track.sort((a, b) => a.ts - b.ts || order[a.ph] - order[b.ph]);
    for (const e of track) ev.push({ ...e, pid: PID_LINES, tid });
  });
  return {
    traceEvents: ev,
    displayTimeUnit: "ns",
    otherData: {
      board: m.board, app: m.app, cycle_hz: m.hz, counter_bits: m.bits, events: m.count, events_written: m.written,
      ring_capacity: m.capacity, events_lost_while_dumping: m.lost, source: "ivt trace (docs/trace.md)",
    },
  };
}

// ---- VCD (IEEE 1364-2005 clause 18) ---------------------------------------------

/** The VCD timescale for a cycle rate: the largest unit among 1, 10, 100
 *  fs/ps/ns/us that is a whole fraction of the cycle, so that every cycle
 *  stamp is a whole number of units where the rate allows (else 1 ps).
 *  Returns { text, perCycle (units per cycle) }. */
export function vcdTimescale(hz) {
  if (!(hz > 0)) return { text: "1 us", perCycle: 1 };
  const periodFs = 1e15 / hz;
  const units = [["1 us", 1e9], ["100 ns", 1e8], ["10 ns", 1e7], ["1 ns", 1e6], ["100 ps", 1e5], ["10 ps", 1e4], ["1 ps", 1e3], ["100 fs", 100], ["10 fs", 10], ["1 fs", 1]];
  for (const [text, fs] of units) {
    const n = periodFs / fs;
    if (Math.abs(n - Math.round(n)) < 1e-9 && n >= 1) return { text, perCycle: Math.round(n) };
  }
  return { text: "1 ps", perCycle: periodFs / 1e3 };
}

/** VCD identifier codes: printable ASCII from '!' on, as short as can be. */
function vcdId(i) {
  let s = "";
  do {
    s += String.fromCharCode(33 + (i % 94));
    i = Math.floor(i / 94);
  } while (i > 0);
  return s;
}

/** A VCD reference: letters, digits and underscores. */
const vcdName = (s) => s.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "") || "x";

/**
 * The model as a value change dump: module `ivt` with scope `irq` (a wire
 * per interrupt line, 1 during its top half) and scope `threads` (a wire
 * per thread, 1 while it runs), and `ready_queue`, a vector wide enough
 * for the longest ready queue (threads ready or running). Time in the
 * units of vcdTimescale(rate).
 */
export function toVcd(m, { date = new Date() } = {}) {
  const ts = vcdTimescale(m.hz);
  const at = (c) => Math.round(c * ts.perCycle);
  const signals = [];
  const changes = []; // [time, order, text]
  let n = 0;
  const add = (scope, name, width, initial) => {
    const s = { scope, name, id: vcdId(n++), width, initial };
    signals.push(s);
    return s;
  };
  const bit = (s, t, v, order) => changes.push([at(t), order, `${v}${s.id}`, s, v]);
  for (const l of m.lines) {
    const s = add("irq", vcdName(`irq${l.vector}_${l.label.replace(/^irq \d+ ?/, "")}`), 1, 0);
    // Nested entries of one line are drawn as one high level.
    let depth = 0;
    const edges = l.top.flatMap((x) => [[x.t0, 1], [x.t1, -1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [t, d] of edges) {
      if (d > 0 && depth++ === 0) bit(s, t, 1, 1);
      if (d < 0 && --depth === 0) bit(s, t, 0, 0);
    }
  }
  for (const th of m.threads) {
    const s = add("threads", vcdName(`${th.name}_${th.id}`), 1, 0);
    for (const sp of th.spans) {
      if (sp.state !== "running") continue;
      bit(s, sp.t0, 1, 1);
      bit(s, sp.t1, 0, 0);
    }
  }
  const most = Math.max(1, ...m.ready.map((r) => r.n));
  const rq = add("ivt", "ready_queue", Math.ceil(Math.log2(most + 1)), m.ready.length ? m.ready[0].n : 0);
  for (const r of m.ready) changes.push([at(r.t), 2, `b${r.n.toString(2)} ${rq.id}`, rq, r.n]);
  const out = [];
  out.push(`$date ${date.toUTCString()} $end`);
  out.push(`$version ivt trace: ${m.board}${m.app ? ` ${m.app}` : ""}, cycle counter ${m.hz} Hz, ${m.bits} bits $end`);
  out.push(`$comment ${m.count} events of the kernel's trace ring (docs/trace.md); time 0 is the oldest $end`);
  out.push(`$timescale ${ts.text} $end`);
  out.push("$scope module ivt $end");
  for (const scope of ["irq", "threads"]) {
    out.push(`$scope module ${scope} $end`);
    for (const s of signals.filter((x) => x.scope === scope)) out.push(`$var wire ${s.width} ${s.id} ${s.name} $end`);
    out.push("$upscope $end");
  }
  out.push(`$var wire ${rq.width} ${rq.id} ${rq.name} $end`);
  out.push("$upscope $end");
  out.push("$enddefinitions $end");
  changes.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Values at time 0 go into $dumpvars; the changes follow.
  for (const [t, , , s, v] of changes) if (t === 0) s.initial = v;
  out.push("#0");
  out.push("$dumpvars");
  for (const s of signals) out.push(s.width === 1 ? `${s.initial}${s.id}` : `b${s.initial.toString(2)} ${s.id}`);
  out.push("$end");
  let last = 0;
  for (const [t, , text] of changes.filter((c) => c[0] > 0)) {
    if (t !== last) out.push(`#${t}`);
    last = t;
    out.push(text);
  }
  if (at(m.end) > last) out.push(`#${at(m.end)}`); // where the window ends
  return out.join("\n") + "\n";
}

// ---- HTML with an SVG timeline ------------------------------------------------------

const COLORS = {
  running: "#2e9e44", ready: "#f2c12e", blocked: "#c9ced6", suspended: "#8e7cc3",
  top: "#d64541", bottom: "#3b7dd8", work: "#1f9fa5", pend: "#e67e22", spurious: "#7f0000",
  counter: "#5b3f99", detail: "#3b7dd833",
};

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** A step of 1, 2 or 5 times a power of ten giving about `want` ticks. */
function niceStep(span, want) {
  const raw = span / want;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((k) => k * p).find((s) => s >= raw) || raw;
}

/** The busiest stretch of the trace, in cycles [from, to], for a second,
 *  zoomed view: the run of events with the most of them whose gaps are all
 *  under 1/40 of the window; null when it covers most of the window anyway. */
export function busiestStretch(m) {
  const times = [];
  for (const th of m.threads) for (const s of th.spans) if (s.t0 > 0) times.push(s.t0);
  for (const l of m.lines) for (const s of [...l.top, ...l.bottom]) times.push(s.t0, s.t1);
  times.sort((a, b) => a - b);
  if (times.length < 2 || m.end <= 0) return null;
  const gap = m.end / 40;
  let best = [0, 0];
  let start = 0;
  for (let i = 1; i <= times.length; i++) {
    if (i === times.length || times[i] - times[i - 1] > gap) {
      if (i - start >= best[1] - best[0]) best = [start, i];
      start = i;
    }
  }
  const [a, b] = [times[best[0]], times[best[1] - 1]];
  const pad = Math.max((b - a) * 0.1, m.end / 2000);
  const from = Math.max(0, a - pad);
  const to = Math.min(m.end, b + pad);
  return to - from < m.end * 0.5 ? [from, to] : null;
}

/** One view of the timeline, cycles [from, to], from y = `top`: the rows
 *  of every track and the time axis above and below. Returns { svg, y }. */
function timelineView(m, view, from, to, top, geometry) {
  const { LABEL, plotW } = geometry;
  const span = Math.max(to - from, 1e-9);
  const x = (c) => LABEL + ((Math.min(Math.max(c, from), to) - from) / span) * plotW;
  const visible = (c0, c1) => c1 >= from && c0 <= to;
  const wOf = (c0, c1) => Math.max(1, x(c1) - x(c0));
  const tip = (what, c0, c1) => `<title>${esc(what)}: ${formatTime(micros(m, c0))}${c1 === undefined ? "" : ` to ${formatTime(micros(m, c1))} (${formatTime(micros(m, c1 - c0))})`}</title>`;
  const rows = [];
  let y = top + 26;
  const heading = (text) => {
    rows.push(`<text class="group" x="8" y="${y + 14}">${esc(text)}</text>`);
    y += 22;
  };
  heading("threads");
  const unknownTo = Math.min(m.threadsFrom, to);
  for (const th of m.threads) {
    const h = 18;
    const parts = [`<g class="track" data-track="thread" data-name="${esc(th.name)}" data-id="${th.id}">`];
    parts.push(`<text class="label" x="8" y="${y + 13}">${esc(th.label)}</text>`);
    parts.push(`<rect class="lane" x="${LABEL}" y="${y}" width="${plotW}" height="${h}"/>`);
    if (unknownTo > from) parts.push(`<rect class="unknown" x="${x(from).toFixed(2)}" y="${y}" width="${(x(unknownTo) - x(from)).toFixed(2)}" height="${h}" fill="url(#unknown-${view})">${tip("unknown: before the window's first switch, which does not say what ran", from, unknownTo)}</rect>`);
    for (const s of th.spans.filter((s) => visible(s.t0, s.t1))) {
      const what = `${th.name} ${s.state}${s.inferred ? " (no event in the window: its state at the dump)" : ""}`;
      parts.push(`<rect class="s-${s.state}" x="${x(s.t0).toFixed(2)}" y="${y + 2}" width="${wOf(s.t0, s.t1).toFixed(2)}" height="${h - 4}" fill="${COLORS[s.state]}">${tip(what, s.t0, s.t1)}</rect>`);
    }
    parts.push("</g>");
    rows.push(parts.join(""));
    y += h + 4;
    if (th.work.length) {
      const wp = [`<g class="track" data-track="work" data-name="${esc(th.name)}">`, `<text class="label sub" x="20" y="${y + 10}">work items of ${esc(th.name)}</text>`];
      for (const w of th.work.filter((w) => visible(w.t0, w.t1))) wp.push(`<rect x="${x(w.t0).toFixed(2)}" y="${y + 1}" width="${wOf(w.t0, w.t1).toFixed(2)}" height="10" fill="${COLORS.work}">${tip("work item", w.t0, w.t1)}</rect>`);
      wp.push("</g>");
      rows.push(wp.join(""));
      y += 16;
    }
  }
  if (m.ready.length) {
    const h = 36;
    const max = Math.max(1, ...m.ready.map((r) => r.n));
    const yv = (n) => y + h - 2 - (n / max) * (h - 6);
    // The count before the view's start holds at its left edge.
    const before = m.ready.filter((r) => r.t <= from);
    const inView = m.ready.filter((r) => r.t > from && r.t <= to);
    const startAt = before.length ? from : inView.length ? inView[0].t : to;
    const first = before.length ? before[before.length - 1].n : inView.length ? inView[0].n : 0;
    let d = `M${x(startAt).toFixed(2)},${yv(first).toFixed(2)}`;
    for (const r of inView) d += ` H${x(r.t).toFixed(2)} V${yv(r.n).toFixed(2)}`;
    d += ` H${x(to).toFixed(2)}`;
    const marks = inView.map((r) => `<circle cx="${x(r.t).toFixed(2)}" cy="${yv(r.n).toFixed(2)}" r="2" fill="${COLORS.counter}">${tip(`ready queue ${r.n}`, r.t)}</circle>`).join("");
    rows.push(`<g class="track" data-track="counter" data-name="ready queue"><text class="label" x="8" y="${y + 22}">ready queue (0 to ${max})</text>` +
      `<rect class="lane" x="${LABEL}" y="${y}" width="${plotW}" height="${h}"/><path d="${d}" fill="none" stroke="${COLORS.counter}" stroke-width="1.5"/>${marks}</g>`);
    y += h + 6;
  }
  heading("interrupt lines");
  for (const l of m.lines) {
    const h = 28;
    const parts = [`<g class="track" data-track="irq" data-name="${esc(l.label)}" data-vector="${l.vector}">`];
    parts.push(`<text class="label" x="8" y="${y + 17}">${esc(l.label)}</text>`);
    parts.push(`<rect class="lane" x="${LABEL}" y="${y}" width="${plotW}" height="${h}"/>`);
    for (const s of l.top.filter((s) => visible(s.t0, s.t1))) parts.push(`<rect class="top" x="${x(s.t0).toFixed(2)}" y="${y + 2}" width="${wOf(s.t0, s.t1).toFixed(2)}" height="11" fill="${COLORS.top}">${tip(`top half, vector ${l.vector}`, s.t0, s.t1)}</rect>`);
    for (const s of l.bottom.filter((s) => visible(s.t0, s.t1))) parts.push(`<rect class="bottom" x="${x(s.t0).toFixed(2)}" y="${y + 15}" width="${wOf(s.t0, s.t1).toFixed(2)}" height="11" fill="${COLORS.bottom}">${tip(`bottom half, vector ${l.vector}${s.cut ? " (cut by the window)" : ""}`, s.t0, s.t1)}</rect>`);
    const mark = (t, color, what, dy) => (visible(t, t) ? `<path d="M${x(t).toFixed(2)},${y + dy} l-4,-6 h8 z" fill="${color}">${tip(what, t)}</path>` : "");
    for (const t of l.pends) parts.push(mark(t, COLORS.pend, "bottom half pend (the top half returned WakeThread)", 21));
    for (const t of l.spurious) parts.push(mark(t, COLORS.spurious, "entry without exit (spurious)", 8));
    parts.push("</g>");
    rows.push(parts.join(""));
    y += h + 4;
  }
  // The time axis above the rows and below them, from the window's start.
  const fromUs = micros(m, from);
  const spanUs = micros(m, span);
  const step = niceStep(spanUs, 10);
  const axis = [];
  for (let t = Math.ceil(fromUs / step - 1e-9) * step; t <= fromUs + spanUs + 1e-9; t += step) {
    const px = LABEL + ((t - fromUs) / spanUs) * plotW;
    axis.push(`<line class="grid" x1="${px.toFixed(2)}" y1="${top + 20}" x2="${px.toFixed(2)}" y2="${y}"/>`);
    axis.push(`<text class="tick" x="${px.toFixed(2)}" y="${top + 14}">${esc(formatTime(t))}</text>`);
    axis.push(`<text class="tick" x="${px.toFixed(2)}" y="${y + 14}">${esc(formatTime(t))}</text>`);
  }
  return { svg: `<g class="view" data-view="${view}">\n${axis.join("\n")}\n${rows.join("\n")}\n</g>`, y: y + 24, x };
}

/**
 * The model as one self-contained HTML page: SVG timelines with a time
 * axis (ns, µs or ms), a labelled row per thread (running, ready, blocked,
 * suspended), work items, the ready-queue length, a row per interrupt line
 * (top halves above, bottom halves below, bottom-half pends as marks) and a legend: the whole window, then its busiest stretch zoomed
 * (busiestStretch), shaded in the first. Every mark has a tooltip with its
 * times. No script, no network.
 */
export function toHtml(m) {
  const W = 1360;
  const geometry = { LABEL: 300, plotW: W - 300 - 20 };
  const whole = timelineView(m, "whole", 0, m.end, 0, geometry);
  const stretch = busiestStretch(m);
  const defs = (view) => `<defs><pattern id="unknown-${view}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f6f7f9"/><line x1="0" y1="0" x2="0" y2="6" stroke="#b9bec7" stroke-width="2"/></pattern></defs>`;
  let svg = `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${whole.y}" viewBox="0 0 ${W} ${whole.y}">\n${defs("whole")}\n${whole.svg}\n`;
  let detail = "";
  if (stretch) {
    const [a, b] = stretch;
    svg += `<rect class="detail-mark" x="${whole.x(a).toFixed(2)}" y="20" width="${Math.max(2, whole.x(b) - whole.x(a)).toFixed(2)}" height="${whole.y - 44}" fill="${COLORS.detail}"><title>zoomed below</title></rect>\n`;
    const z = timelineView(m, "detail", a, b, 0, geometry);
    detail = `<h2>Busiest stretch: ${esc(formatTime(micros(m, a)))} to ${esc(formatTime(micros(m, b)))} (shaded above)</h2>\n` +
      `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${z.y}" viewBox="0 0 ${W} ${z.y}">\n${defs("detail")}\n${z.svg}\n</svg>\n`;
  }
  svg += "</svg>\n";
  const legendItems = [
    ["running", COLORS.running], ["ready", COLORS.ready], ["blocked", COLORS.blocked], ["suspended", COLORS.suspended],
    ["work item", COLORS.work], ["top half", COLORS.top], ["bottom half", COLORS.bottom], ["bottom-half pend", COLORS.pend],
    ["ready queue", COLORS.counter], ["unknown (before the first switch)", "repeating-linear-gradient(45deg, #f6f7f9 0 3px, #b9bec7 3px 5px)"],
  ];
  const legend = legendItems.map(([n, c]) => `<span class="key"><span class="sw" style="background:${c}"></span>${esc(n)}</span>`).join(" ");
  const title = `ivt trace: ${m.board}${m.app ? ` / ${m.app}` : ""}`;
  const rate = m.hz > 0 ? `cycle counter ${m.hz.toLocaleString("en")} Hz, ${m.bits} bits` : "cycle rate not declared by the board: 1 cycle drawn as 1 µs";
  const lost = m.lost > 0 ? `; ${m.lost} older events were overwritten while the dump printed` : "";
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body { font: 13px/1.4 system-ui, sans-serif; margin: 16px; color: #222; background: #fff; }
h1 { font-size: 18px; margin: 0 0 4px; }
h2 { font-size: 15px; margin: 12px 0 0; }
.meta { color: #555; margin-bottom: 8px; }
.legend { margin: 6px 0 4px; }
.key { display: inline-block; margin-right: 14px; }
.sw { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -2px; border: 1px solid #0003; }
svg text { font: 12px system-ui, sans-serif; fill: #222; }
svg text.group { font-weight: bold; }
svg text.sub { fill: #555; font-size: 11px; }
svg text.tick { text-anchor: middle; fill: #555; font-size: 11px; }
svg .lane { fill: #f6f7f9; }
svg .grid { stroke: #e3e5e8; stroke-width: 1; }
</style></head>
<body>
<h1>${esc(title)}</h1>
<div class="meta">${m.count} events over ${esc(formatTime(micros(m, m.end)))} (${m.end} cycles), the last ${m.count} of ${m.written} written (ring of ${m.capacity}); ${esc(rate)}${esc(lost)}. Hover a mark for its times.</div>
<div class="legend">${legend}</div>
${svg}${detail}</body></html>
`;
}

// ---- the command ---------------------------------------------------------------------

/** The board `b` built so that the kernel prints the trace at exit (kernel
 *  setting TRACE_DUMP_AT_EXIT), apart under the name `<board>-trace`. */
export function withTraceAtExit(b) {
  return { ...b, name: `${b.name}-trace`, wiring: b.wiring || b.name, kernel: { ...(b.kernel || {}), TRACE_DUMP_AT_EXIT: 1 } };
}

/** A file name part for an app given by name or path. */
const appTag = (app) => path.basename(app.replace(/\/main\.ts$/, "").replace(/\/+$/, "")).replace(/[^\w.-]+/g, "_");

/** Writes the three files of `model` into `outDir` as `<base>.json`,
 *  `.html`, `.vcd`; returns their paths. */
export function writeTrace(model, outDir, base) {
  fs.mkdirSync(outDir, { recursive: true });
  const files = {
    json: path.join(outDir, `${base}.json`),
    html: path.join(outDir, `${base}.html`),
    vcd: path.join(outDir, `${base}.vcd`),
  };
  fs.writeFileSync(files.json, JSON.stringify(toChromeTrace(model)) + "\n");
  fs.writeFileSync(files.html, toHtml(model));
  fs.writeFileSync(files.vcd, toVcd(model));
  return files;
}

/** Builds `app` for `b` with the dump at exit and runs it as the tests do
 *  (QEMU with the board's -icount); resolves to its output. */
export async function captureRun(b, app, { input = "", timeoutMs = 120000 } = {}) {
  const tb = withTraceAtExit(b);
  const image = await buildImage(tb, app);
  const rb = boardForApp(b, app); // runs under the board's own name: the sim host loads its board.json
  const qemuExtra = honestTime(rb);
  const r = await runCapture(rb, image, { timeoutMs, qemuExtra, input });
  const output = r.output.replace(/\r/g, "");
  // sim ends a run that idles for good or passes its virtual-time limit
  // itself, with status 4 (arch/sim/host.js SIM_EXIT_HANG): the same case.
  const hung = r.timedOut || (rb.arch === "sim" && r.code === SIM_EXIT_HANG);
  if (hung && !output.includes(PREFIX + "end ")) {
    throw new TraceError(`${app} on ${b.name} did not end ${r.timedOut ? `within ${timeoutMs / 1000} s` : "(sim stopped it as hung)"}, so it printed no trace: the dump at exit ` +
      `comes when main returns; an app that runs forever can call traceDumpCompact() where the picture should end` +
      (input ? "" : " (the console app ends on `quit`: --input 'trace dump\\nquit\\n')"));
  }
  return { output, code: r.code, image };
}

/**
 * `ivt trace`: with `log`, reads a console log (the board from the dump
 * unless given, the app named after the file unless given); otherwise
 * builds and runs `app` (default demo) on `board` (default sim) with
 * captureRun. Writes build/trace/<board>-<app>.{json,html,vcd} (or into
 * `out`) and prints a summary. Resolves to 0.
 */
export async function runTrace({ board = null, app = null, log = null, input = "", out = path.join(BUILD, "trace") }) {
  let text;
  let source;
  let b = null;
  if (log) {
    if (!fs.existsSync(log)) throw new UserError(`trace: no such log file: ${log}`);
    text = fs.readFileSync(log, "latin1");
    source = log;
  } else {
    b = loadBoard(board || "sim");
    app = app || "demo";
    const r = await captureRun(b, app, { input });
    text = r.output;
    source = `the output of ${app} on ${b.name}`;
    const shown = linesOf(text).filter((l) => !l.startsWith(PREFIX));
    process.stdout.write(shown.join("\n").replace(/\n*$/, "\n"));
    if (r.code !== 0) console.log(`trace: ${app} exited ${r.code}`);
  }
  const dump = parseDump(text, source);
  const boardName = board || dump.board.replace(/-(no)?trace$/, "");
  if (!b) {
    try {
      b = loadBoard(boardName);
    } catch {
      b = null; // a log from a board this checkout does not have: lines keep their numbers
    }
  }
  const appName = app ? appTag(app) : path.basename(log).replace(/\.[^.]*$/, "");
  const model = buildModel(dump, { board: b, app: appName });
  const files = writeTrace(model, out, `${boardName}-${appName}`);
  console.log(`trace: ${model.count} events over ${formatTime(micros(model, model.end))}, ${model.threads.length} threads, ${model.lines.length} interrupt lines` +
    (model.lost > 0 ? ` (${model.lost} older events overwritten while the dump printed)` : ""));
  for (const f of Object.values(files)) console.log(`  ${rel(f)}`);
  console.log("  open the .json in https://ui.perfetto.dev, the .html in a browser, the .vcd in GTKWave");
  return 0;
}
