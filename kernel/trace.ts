// The trace ring: fixed-size events with timestamps, written from any
// context, cheap enough to leave on (TRACE_ENABLED in config.ts compiles
// every call away when false).
//
//   slot i (8 bytes at RING + 8 i):  stamp = portCycles() at the event
//                                     word  = kind << 24 | arg (24 bits)
//   head counts every event ever written; slot = head % TRACE_EVENTS
//
// The argument by kind (docs/trace.md):
//
//   IrqEntry, BottomHalfStart/End   vector
//   IrqExit                         vector | BH_WOKEN (bit 23) when a top
//                                   half asked for its bottom half
//   WorkStart/End                   the worker thread's id
//   Switch                          23  22 21 19 18 16 15      8 7      0
//                                   | 0  | old | st  |    0    | next id |
//   Wake, State                     | 0  | old | st  |    0    |  thread |
//
//   st     a ThreadState: Switch, the outgoing thread's after it (Dead
//          when it ended, Free at the first switch, when none ran);
//          Wake, State, the named thread's after the event
//   old    the named thread's state before (Wake: Blocked; Switch: 0)
//
// Together they give every thread's state from the first switch on, and so
// the ready-queue length (threads ready or running): a switch says who
// runs and where the one it replaced went (who that was, the switch
// before it says: one load less on the hottest path); Wake (wakeLocked)
// and State (create, suspend, resume, delete of another thread) cover the
// changes of threads that are not running. Thread ids are below 256
// (MAX_THREADS; a larger one keeps their low 8 bits).
//
// A slot is claimed with interrupts masked, so nested interrupts never
// write the same slot. The ring is static data at a constant address: with
// the slot index bounded, the compiler drops the bounds checks of the
// writes, so an event costs a few stores on top of the cycle-counter read.

import { MAX_THREADS, TRACE_ENABLED, TRACE_EVENTS } from "./config";
import { portCycles, portIrqRestore, portIrqSave } from "./port";
import { kputs, kputu, kputln } from "./console";
import { assertLocked } from "./lock";

export enum TraceKind {
  IrqEntry = 1,
  IrqExit = 2,
  BottomHalfStart = 3,
  BottomHalfEnd = 4,
  Switch = 5,
  Wake = 6,
  WorkStart = 7,
  WorkEnd = 8,
  /** A thread not running changed state other than by a wake: created,
   *  suspended, resumed, deleted. */
  State = 10,
}

/** IrqExit's flag: a top half returned WakeThread (its bottom half is due). */
@inline export const BH_WOKEN: u32 = 1 << 23;

/** A thread id as its events hold it: masked only if ids can pass 255. */
@inline function idBits(id: u32): u32 {
  return MAX_THREADS <= 256 ? id : id & 0xff;
}

/** The version of the compact dump's format (docs/trace.md); the host tool
 *  refuses others. */
@inline export const DUMP_FORMAT: u32 = 1;

/** The ring's address in module memory (kernel/debug.ts tells debuggers). */
export const RING = memory.data(<i32>(TRACE_EVENTS * 8), 8);
let head: u32 = 0;

/** The stamp and the word of event `k` (counted from boot; the slot is
 *  k % TRACE_EVENTS): for the compact dump (kernel/tracedump.ts). */
@inline export function stampAt(k: u32): u32 {
  return load<u32>(RING + (k % TRACE_EVENTS) * 8);
}
@inline export function wordAt(k: u32): u32 {
  return load<u32>(RING + (k % TRACE_EVENTS) * 8, 4);
}

/** Records one event, stamped now. Any context. */
@inline export function trace(kind: TraceKind, arg: u32): void {
  if (TRACE_ENABLED) traceRecord(kind, arg, portCycles());
}

/** Records one event that happened at `stamp` (cycles): for an event noted
 *  after the fact, off a hot path. Any context. */
@inline export function traceAt(kind: TraceKind, arg: u32, stamp: u32): void {
  if (TRACE_ENABLED) traceRecord(kind, arg, stamp);
}

/** As trace, for a caller that holds the kernel lock (or runs with
 *  interrupts masked): saves taking it again. */
@inline export function traceLocked(kind: TraceKind, arg: u32): void {
  if (TRACE_ENABLED) traceWriteLocked(kind, arg, portCycles());
}

/** As traceAt, for a caller that holds the kernel lock and read the cycle
 *  counter anyway. */
@inline export function traceAtLocked(kind: TraceKind, arg: u32, stamp: u32): void {
  if (TRACE_ENABLED) traceWriteLocked(kind, arg, stamp);
}

/** Records a thread event (Switch, Wake, State; layout above): `id` the
 *  thread it names (Switch: the incoming one), `state` and `old` the
 *  ThreadStates (values below 8) after and before. Lock held. */
@inline export function traceThreadLocked(kind: TraceKind, id: u32, state: u32, old: u32): void {
  if (TRACE_ENABLED) traceWriteLocked(kind, idBits(id) | (state << 16) | (old << 19), portCycles());
}

/** As traceThreadLocked, stamped `stamp` (a caller that reads the cycle
 *  counter anyway). Lock held. */
@inline export function traceThreadAtLocked(kind: TraceKind, id: u32, state: u32, old: u32, stamp: u32): void {
  if (TRACE_ENABLED) traceWriteLocked(kind, idBits(id) | (state << 16) | (old << 19), stamp);
}

/** Records an interrupt's entry (stamped `entry`, cycles) and its exit
 *  (stamped `exit`) under one lock: the end of ivthandleinterrupt. `woke`:
 *  a top half asked for its bottom half (IrqExit's BH_WOKEN).
 *  Interrupt context. */
@inline export function traceInterrupt(vector: u32, entry: u32, exit: u32, woke: bool): void {
  if (TRACE_ENABLED) traceIrqPair(vector, entry, exit, woke);
}

function traceRecord(kind: TraceKind, arg: u32, stamp: u32): void {
  const s = portIrqSave();
  traceWriteLocked(kind, arg, stamp);
  portIrqRestore(s);
}

function traceIrqPair(vector: u32, entry: u32, exit: u32, woke: bool): void {
  const s = portIrqSave();
  traceWriteLocked(TraceKind.IrqEntry, vector, entry);
  traceWriteLocked(TraceKind.IrqExit, vector | (woke ? BH_WOKEN : 0), exit);
  portIrqRestore(s);
}

/** Writes one event in the next slot. Lock held. */
function traceWriteLocked(kind: TraceKind, arg: u32, stamp: u32): void {
  assertLocked();
  const at = RING + (head++ % TRACE_EVENTS) * 8;
  store<u32>(at, stamp);
  store<u32>(at, (<u32>kind << 24) | (arg & 0xffffff), 4);
}

/** Events written since boot (the ring holds the last TRACE_EVENTS). Any context. */
export function traceCount(): u32 {
  return head;
}

/** The kind and argument of the n-th newest event (0 = newest), or 0 when
 *  there is none. For tests. Any context. */
export function traceRecent(n: u32): u32 {
  if (n >= head || n >= TRACE_EVENTS) return 0;
  return wordAt(head - 1 - n);
}

/** The stamp of the n-th newest event (0 = newest), or 0 when there is
 *  none. For tests. Any context. */
export function traceRecentStamp(n: u32): u32 {
  if (n >= head || n >= TRACE_EVENTS) return 0;
  return stampAt(head - 1 - n);
}

function kindName(k: u32): string {
  switch (k) {
    case TraceKind.IrqEntry: return "irq-entry";
    case TraceKind.IrqExit: return "irq-exit";
    case TraceKind.BottomHalfStart: return "bh-start";
    case TraceKind.BottomHalfEnd: return "bh-end";
    case TraceKind.Switch: return "switch";
    case TraceKind.Wake: return "wake";
    case TraceKind.WorkStart: return "work-start";
    case TraceKind.WorkEnd: return "work-end";
    case TraceKind.State: return "state";
  }
  return "?";
}

/** Prints the ring, oldest first: cycles since the oldest event, kind,
 *  argument. Prints only the events written before the call: printing is
 *  slower than ticks arrive on a polled UART, so chasing `head` would never
 *  end. Slots overwritten while printing are skipped and counted. Thread
 *  context (console). */
export function traceDump(): void {
  const s = portIrqSave();
  const end = head;
  const n = end < TRACE_EVENTS ? end : TRACE_EVENTS;
  const t0 = stampAt(end - n);
  portIrqRestore(s);
  kputs("trace: ");
  kputu(n);
  kputs(" of ");
  kputu(end);
  kputln(" events (cycles since the first shown, kind, vector or thread)");
  if (n == 0) return;
  const first = end - n;
  let overwritten: u32 = 0;
  for (let k = first; k != end; k++) {
    const m = portIrqSave();
    const still = head - k <= TRACE_EVENTS;
    const w = wordAt(k);
    const stamp = stampAt(k);
    portIrqRestore(m);
    if (!still) {
      overwritten++;
      continue;
    }
    kputs("  ");
    kputu(stamp - t0);
    kputs(" ");
    kputs(kindName(w >> 24));
    kputs(" ");
    kputu(w & 0xffffff);
    kputln("");
  }
  if (overwritten != 0) {
    kputs("trace: ");
    kputu(overwritten);
    kputln(" events were overwritten while printing");
  }
}
