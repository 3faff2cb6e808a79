// Interrupt dispatch: the kernel side of ivthandleinterrupt(vector).
//
// Each vector served by a registered IrqChip has a descriptor holding the
// chain of top halves (handlers) that share the line, its counters and its
// storm state:
//
//   descs[vector] -> IrqDesc { chip, chain -> IrqHandler -> IrqHandler -> null,
//                              count handled unhandled spurious,
//                              worstTop worstLatency, storm window, ... }
//
// Dispatch, per interrupt: count, run the chain (a level-triggered line runs
// every handler, since any of the devices sharing it may be asserting; an
// edge line stops at the first that claims it, as the edge is consumed),
// wake the bottom halves that asked, apply the storm rules, acknowledge
// through the chip exactly once, record the top half's duration.
//
// The chain is changed only from thread context with interrupts masked.
// Interrupts always preempt threads, so while any top half runs no chain
// change is half-done: a dispatch walks the old chain or the new one.
// irqFree also waits for a threaded handler's bottom half to finish.

import { Err } from "./errors";
import { IrqChip } from "./hal";
import { enterInterrupt, inInterrupt, interruptDepth, leaveInterrupt } from "./context";
import { portCycles, portIrqRestore, portIrqSave, portPanicPutc } from "./port";
import {
  FOREVER, IRQ_DESCRIPTORS, IRQ_THREAD_PRIORITY, IRQ_THREAD_STACK_BYTES, MAX_VECTORS, SHORT_MESSAGES, STORM_BURST, STORM_STILL_ASSERTED, STORM_UNHANDLED,
  STORM_WINDOW, IRQ_LOAD_TICKS,
} from "./config";
import { boardCycleHz } from "./board";
import { Thread } from "./tcb";
import { currentThread } from "./sched";
import { createThread, isLive, threadDelete, threadSleep } from "./thread";
import { notifyGive, notifyTake } from "./notify";
import { tickRate, ticks } from "./ticks";
import { TraceKind, trace, traceAt, traceInterrupt } from "./trace";
import { writeDec, writeStr } from "./format";
import { kputc, kputln, kputs, kputu } from "./console";
import { isSaturated, satInc } from "./ring";

/** What a top half reports about one interrupt. */
export enum IrqReturn {
  /** Not this handler's device: the next handler on the chain is asked. */
  None = 0,
  /** The handler serviced its device. */
  Handled = 1,
  /** Serviced, and its bottom half must run in thread context. */
  WakeThread = 2,
}

/** Request flags, or-ed together. */
export namespace IrqFlags {
  /** The line may be shared with other handlers that also pass Shared. */
  export const Shared: u32 = 1;
  /** The handler has a bottom half (bottom()) run by its own kernel thread. */
  export const Threaded: u32 = 2;
  /** With Threaded: the line stays masked from the wake until bottom()
   *  returns (for level devices only the bottom half can quiet). */
  export const Oneshot: u32 = 4;
  /** The line is edge-triggered: dispatch stops at the first handler that
   *  claims the interrupt. Set by the first request on a line. */
  export const Edge: u32 = 8;
}

/** Every IrqFlags bit: irqRequest refuses others, so that a flag this
 *  kernel does not know (a typo, a newer version's) is not silently ignored. */
const IRQ_FLAGS_KNOWN: u32 = IrqFlags.Shared | IrqFlags.Threaded | IrqFlags.Oneshot | IrqFlags.Edge;

/** A top half, and optionally a bottom half. Drivers extend it and register
 *  it with irqRequest. */
export abstract class IrqHandler {
  /** Set by the kernel: next handler sharing the line. */
  next: IrqHandler | null = null;
  /** Set by the kernel: the vector it is registered on, or -1. */
  vector: i32 = -1;
  /** Set by the kernel: the flags it was requested with. */
  flags: u32 = 0;

  /** Services the device. Interrupt context: short, never blocks. Returns
   *  WakeThread to have bottom() run (Threaded handlers). */
  abstract top(vector: u32): IrqReturn;

  /** The bottom half: runs in the handler's own thread, may block. Thread
   *  context. */
  bottom(vector: u32): void {}

  // Bottom-half state, kept by the kernel.
  /** The bottom half's thread (allocated at the first threaded request). */
  bhThread: Thread | null = null;
  /** Priority of the bottom-half thread; set before irqRequest. */
  bhPriority: u32 = IRQ_THREAD_PRIORITY;
  /** Interrupts that asked for the bottom half since it last ran. */
  pendingEvents: u32 = 0;
  /** portCycles() at the first of those interrupts (latency). */
  firstEventAt: u32 = 0;
  /** Coalescing: the tick by which pending events must be handled. */
  flushAt: u32 = 0;
  /** Coalescing: wake the bottom half once per this many events... */
  coalesceEvents: u32 = 1;
  /** ... or once this many ticks after the first pending one. */
  coalesceTicks: u32 = 0;
  /** bottom() is running. */
  bhBusy: bool = false;
  /** Times bottom() ran. */
  bhRuns: u32 = 0;
}

/** Per-vector state and counters. Fields are read-only outside this file. */
@final export class IrqDesc {
  chain: IrqHandler | null = null;
  /** Interrupts delivered on this vector. This and the three below stop at
   *  0xffffffff (the `irq` dump shows a `+`) rather than wrap. */
  count: u32 = 0;
  /** Deliveries some handler claimed. */
  handled: u32 = 0;
  /** Deliveries no handler claimed. */
  unhandled: u32 = 0;
  /** Deliveries while no handler was registered. */
  spurious: u32 = 0;
  /** Longest top-half run (all handlers, ack included), in cycles. */
  worstTop: u32 = 0;
  /** Longest interrupt-to-bottom-half latency, in cycles. */
  worstLatency: u32 = 0;
  /** irqDisable nesting; the line is unmasked only at 0 with a handler. */
  disableDepth: u32 = 0;
  /** Edge-triggered (from the first request's flags). */
  edge: bool = false;
  /** Disabled by a storm rule, until irqRearm. */
  stormed: bool = false;
  // storm bookkeeping
  window: u32 = 0;
  windowUnhandled: u32 = 0;
  burst: u32 = 0;
  burstTick: u32 = 0;
  /** Consecutive interrupts after which the line was pending again at once. */
  stillAsserted: u32 = 0;
  /** Interrupt-load rule: the busy run these entries belong to, and its
   *  entries on this line. */
  loadRun: u32 = 0;
  loadEntries: u32 = 0;
  constructor(public chip: IrqChip) {}
}

// Descriptors: by default one for every vector a chip serves, made when the
// chip is added. With IRQ_DESCRIPTORS (a board setting) non-zero, a pool of
// that many is made instead and a vector gets one at its first use (a
// request, a disable, an interrupt): a small RAM need not hold counters for
// lines nobody uses.
const descs = new StaticArray<IrqDesc | null>(<i32>MAX_VECTORS);
const descPool = new StaticArray<IrqDesc | null>(<i32>IRQ_DESCRIPTORS);
let descPoolLeft: i32 = 0;
const MAX_CHIPS = 4;
const chips = new StaticArray<IrqChip | null>(MAX_CHIPS);
let chipCount = 0;

/** The chip serving `vector`, or null. Any context. */
function chipFor(vector: u32): IrqChip | null {
  for (let i = 0; i < chipCount; i++) {
    const c = unchecked(chips[i])!;
    if (vector - c.first < c.count) return c;
  }
  return null;
}

/** The descriptor of `vector`; with a pool, one is taken for a vector seen
 *  for the first time. Null if no chip serves it or the pool is used up.
 *  Any context. */
function descFor(vector: u32): IrqDesc | null {
  if (vector >= MAX_VECTORS) return null;
  let d = unchecked(descs[vector]);
  if (d !== null || IRQ_DESCRIPTORS == 0) return d;
  const chip = chipFor(vector);
  if (chip === null) return null;
  const s = portIrqSave();
  d = unchecked(descs[vector]);
  if (d === null && descPoolLeft > 0) {
    d = unchecked(descPool[--descPoolLeft])!;
    d.chip = chip;
    unchecked((descs[vector] = d));
  }
  portIrqRestore(s);
  return d;
}

/** What a call on `vector` without a descriptor answers: Err.Invalid when
 *  no chip serves it, `served` when one does (the pool is used up, or the
 *  line was never set up). */
function noDesc(vector: u32, served: Err): Err {
  return chipFor(vector) === null ? Err.Invalid : served;
}
const spuriousSeen = new StaticArray<u32>(<i32>((MAX_VECTORS + 31) / 32));
let spurious: u32 = 0;

/** Puts vectors [chip.first, chip.first + chip.count) under `chip`, all
 *  masked. Returns Err.Invalid if the range leaves the table, Err.Busy if
 *  another chip serves one of them, Err.InInterrupt from a handler.
 *  Thread context (board init). */
export function irqAddChip(chip: IrqChip): Err {
  if (inInterrupt()) return Err.InInterrupt;
  if (chip.first >= MAX_VECTORS || chip.count > MAX_VECTORS - chip.first) return Err.Invalid;
  if (chipCount == MAX_CHIPS) return Err.NoSpace;
  for (let v = chip.first; v < chip.first + chip.count; v++) {
    if (chipFor(v) !== null) return Err.Busy;
  }
  if (IRQ_DESCRIPTORS != 0 && chipCount == 0) {
    for (let i = 0; i < <i32>IRQ_DESCRIPTORS; i++) unchecked((descPool[i] = new IrqDesc(chip)));
    descPoolLeft = <i32>IRQ_DESCRIPTORS;
  }
  for (let v = chip.first; v < chip.first + chip.count; v++) {
    if (IRQ_DESCRIPTORS == 0) unchecked((descs[v] = new IrqDesc(chip)));
    chip.mask(v);
  }
  unchecked((chips[chipCount++] = chip));
  return Err.Ok;
}

let lostEois: u32 = 0;

/** Ends of interrupt found lost and given again. Any context. */
export function irqLostEoiCount(): u32 {
  return lostEois;
}

/** Looks for an end of interrupt that was lost (a vector still in service
 *  when no handler runs) and acknowledges it again, with a report. The
 *  idle thread calls it before it sleeps: a lost EOI blocks its priority
 *  level and every lower one, maybe the tick too, but never the idle
 *  thread. Thread context. */
export function irqCheckLostEoi(): void {
  for (let i = 0; i < chipCount; i++) {
    const chip = unchecked(chips[i])!;
    const v = chip.inServiceVector();
    if (v < 0) continue;
    lostEois = satInc(lostEois);
    reportLine(<u32>v, SHORT_MESSAGES ? "lost EOI; acknowledged again" : "end of interrupt lost (in service with no handler running); acknowledged again");
    chip.ack(<u32>v);
  }
}

/** The descriptor of `vector` (for counters), or null if no chip serves it
 *  (with a descriptor pool: or the vector has not been used yet). Any context. */
export function irqDesc(vector: u32): IrqDesc | null {
  return vector < MAX_VECTORS ? unchecked(descs[vector]) : null;
}

/** Interrupts that arrived on a vector no chip serves. Any context. */
export function irqSpuriousCount(): u32 {
  return spurious;
}

/** Recomputes whether the line should be unmasked: it is when it has a
 *  handler, is not disabled, and no storm rule holds it. Lock held. */
function applyMask(d: IrqDesc, vector: u32): void {
  if (d.chain !== null && d.disableDepth == 0 && !d.stormed) d.chip.unmask(vector);
  else d.chip.mask(vector);
}

/** Adds `handler` to the chain of `vector` and unmasks the line if this is
 *  its first handler (clearing a pending state left from before). With IrqFlags.Threaded, starts the handler's bottom-
 *  half thread ("irq/<vector>") at handler.bhPriority.
 *  Returns Err.Ok; Err.InInterrupt from an interrupt handler; Err.Invalid
 *  for a vector no chip serves, a flag bit IrqFlags does not name, Oneshot
 *  without Threaded, or (on a line that has handlers) a trigger mode that
 *  is not the line's: Edge on a level line or level on an Edge line;
 *  Err.Exists if the handler is registered (here or elsewhere); Err.Busy if the line has
 *  handlers and either side did not ask for IrqFlags.Shared; Err.NoSpace if
 *  the bottom-half thread cannot be created or the board's descriptor pool
 *  (IRQ_DESCRIPTORS) is used up. `priority` (0 most urgent; -1
 *  leaves the line's as it is) sets the line's priority first; a value the
 *  chip rejects is Err.Invalid. Thread context only. */
export function irqRequest(vector: u32, handler: IrqHandler, flags: u32 = 0, priority: i32 = -1): Err {
  if (inInterrupt()) return Err.InInterrupt;
  if ((flags & ~IRQ_FLAGS_KNOWN) != 0) return Err.Invalid;
  const d = descFor(vector);
  if (d === null) return noDesc(vector, Err.NoSpace);
  if (priority >= 0 && handler.vector < 0 && <Err>d.chip.setPriority(vector, <u32>priority) != Err.Ok) return Err.Invalid;
  if ((flags & IrqFlags.Oneshot) != 0 && (flags & IrqFlags.Threaded) == 0) return Err.Invalid;
  if (handler.vector >= 0) return Err.Exists;
  const head = d.chain;
  if (head !== null && ((flags & head.flags & IrqFlags.Shared) == 0)) return Err.Busy;
  // Dispatch walks a line's chain one way (all handlers, or up to the
  // first claim): handlers sharing it must agree on its trigger mode.
  if (head !== null && ((flags & IrqFlags.Edge) != 0) != d.edge) return Err.Invalid;

  handler.flags = flags;
  handler.pendingEvents = 0;
  handler.bhBusy = false;
  if (flags & IrqFlags.Threaded) {
    if (handler.bhThread === null) handler.bhThread = new BottomHalfThread();
    const t = changetype<BottomHalfThread>(handler.bhThread);
    const e = createThread(t, "irq", bottomHalfMain, changetype<u32>(handler), handler.bhPriority, IRQ_THREAD_STACK_BYTES);
    if (e != Err.Ok) return e == Err.Invalid ? Err.Invalid : Err.NoSpace;
    t.vector = <i32>vector;
  }
  handler.vector = <i32>vector;
  handler.next = null;
  const s = portIrqSave();
  if (head === null) {
    d.chain = handler;
    d.edge = (flags & IrqFlags.Edge) != 0;
    // A pend left from before (nobody was there to take it) is stale.
    d.chip.unpend(vector);
    applyMask(d, vector);
  } else {
    let last = head;
    while (last.next !== null) last = last.next!;
    last.next = handler;
  }
  portIrqRestore(s);
  return Err.Ok;
}

/** Removes `handler` from `vector`; masks the line when no handler is left.
 *  A threaded handler's bottom half is waited for (if it is running) and its
 *  thread ended. Returns Err.Ok; Err.InInterrupt from an interrupt handler;
 *  Err.Invalid for a vector no chip serves; Err.NotFound if the handler is
 *  not on that vector; Err.Busy when called from the handler's own bottom
 *  half. Thread context only. */
export function irqFree(vector: u32, handler: IrqHandler): Err {
  if (inInterrupt()) return Err.InInterrupt;
  const d = irqDesc(vector);
  if (d === null) return noDesc(vector, Err.NotFound);
  if (handler.vector != <i32>vector) return Err.NotFound;
  const bh = handler.bhThread;
  if (bh !== null && bh === currentThread()) return Err.Busy;

  const s = portIrqSave();
  if (d.chain === handler) {
    d.chain = handler.next;
  } else {
    let prev = d.chain;
    while (prev !== null && prev.next !== handler) prev = prev.next;
    if (prev !== null) prev.next = handler.next;
  }
  applyMask(d, vector);
  portIrqRestore(s);
  handler.next = null;
  handler.vector = -1;
  if (bh !== null) {
    while (handler.bhBusy) threadSleep(1); // let a running bottom half finish
    changetype<BottomHalfThread>(bh).vector = -1; // an orderly end, not a death
    if (isLive(bh)) threadDelete(bh);
  }
  return Err.Ok;
}

/** Masks `vector`; calls nest, so each needs a matching irqEnable.
 *  Returns Err.Invalid for a vector no chip serves; Err.NoSpace when the
 *  board's descriptor pool (IRQ_DESCRIPTORS) is used up. Any context. */
export function irqDisable(vector: u32): Err {
  const d = descFor(vector);
  if (d === null) return noDesc(vector, Err.NoSpace);
  const s = portIrqSave();
  d.disableDepth++;
  d.chip.mask(vector);
  portIrqRestore(s);
  return Err.Ok;
}

/** Undoes one irqDisable; the line is unmasked when the last one is undone
 *  and it has a handler. Returns Err.Invalid for a vector no chip serves or
 *  an enable without a disable. Any context. */
export function irqEnable(vector: u32): Err {
  const d = irqDesc(vector);
  if (d === null || d.disableDepth == 0) return Err.Invalid;
  const s = portIrqSave();
  d.disableDepth--;
  applyMask(d, vector);
  portIrqRestore(s);
  return Err.Ok;
}

/** Re-enables a line a storm rule disabled, with fresh storm counters.
 *  Returns Err.Invalid for a vector no chip serves; Err.NotFound if the
 *  line was not disabled by a storm. Any context. */
export function irqRearm(vector: u32): Err {
  const d = irqDesc(vector);
  if (d === null) return noDesc(vector, Err.NotFound);
  if (!d.stormed) return Err.NotFound;
  const s = portIrqSave();
  d.stormed = false;
  d.window = 0;
  d.windowUnhandled = 0;
  d.burst = 0;
  d.stillAsserted = 0;
  applyMask(d, vector);
  portIrqRestore(s);
  return Err.Ok;
}

/** Whether a storm rule disabled `vector`. Any context. */
export function irqStormed(vector: u32): bool {
  const d = irqDesc(vector);
  return d !== null && d.stormed;
}

/** Makes `vector` pending by software (tests, inter-thread signalling).
 *  Returns Err.Invalid for a vector no chip serves. Any context. */
export function irqPend(vector: u32): Err {
  const d = irqDesc(vector);
  const chip = d !== null ? d.chip : chipFor(vector);
  if (chip === null) return Err.Invalid;
  chip.pend(vector);
  return Err.Ok;
}

/** Sets the priority of `vector` (0 = most urgent). Returns Err.Invalid for
 *  a vector no chip serves or a priority the chip rejects. Any context. */
export function irqSetPriority(vector: u32, priority: u32): Err {
  const d = irqDesc(vector);
  const chip = d !== null ? d.chip : chipFor(vector);
  if (chip === null) return Err.Invalid;
  return <Err>chip.setPriority(vector, priority);
}

/** Interrupt moderation for a threaded handler: wake its bottom half once
 *  per `events` interrupts, or `ticks` ticks after the first pending one,
 *  whichever comes first (ticks 0: only the count). events 1 turns it off.
 *  Returns Err.Invalid for events 0. Any context. */
export function irqSetCoalescing(handler: IrqHandler, events: u32, ticks: u32): Err {
  if (events == 0) return Err.Invalid;
  handler.coalesceEvents = events;
  handler.coalesceTicks = ticks;
  return Err.Ok;
}

// ---- reports (panic console: polled, safe in interrupt context) ---------

function out(c: u32): void {
  portPanicPutc(c);
}

function reportLine(vector: u32, what: string): void {
  writeStr(out, "*** ivt IRQ vector ");
  writeDec(out, vector);
  writeStr(out, ": ");
  writeStr(out, what);
  out(10);
}

/** A vector no chip serves: counted; reported the first time per vector. */
function spuriousVector(vector: u32): void {
  spurious = satInc(spurious);
  if (vector >= MAX_VECTORS) {
    reportLine(vector, "spurious (out of range)");
    return;
  }
  const bit: u32 = 1 << (vector & 31);
  const w = unchecked(spuriousSeen[vector >> 5]);
  if ((w & bit) != 0) return;
  unchecked((spuriousSeen[vector >> 5] = w | bit));
  reportLine(vector, SHORT_MESSAGES ? "spurious" : "spurious (no controller serves it); counted, not reported again");
}

/** The storm rules, after each interrupt on a described line (acknowledged). */
function stormCheck(d: IrqDesc, vector: u32, claimed: bool): void {
  // Linux's "nobody cared": nearly every interrupt of a window unclaimed.
  d.window++;
  if (!claimed) d.windowUnhandled++;
  if (d.window >= STORM_WINDOW) {
    if (d.windowUnhandled > STORM_UNHANDLED) {
      stormDisable(d, vector, SHORT_MESSAGES ? "nobody cared; disabled" : "nobody cared (more than 99900 of the last 100000 unclaimed); line disabled, irqRearm re-enables it");
      return;
    }
    d.window = 0;
    d.windowUnhandled = 0;
  }
  // A level line its handler claims but never quiets is pending again the
  // moment its handlers return, every time; an interrupt that starves the
  // tick arrives thousands of times without a tick in between.
  if (claimed && d.chip.isPending(vector)) {
    if (++d.stillAsserted > STORM_STILL_ASSERTED) {
      d.stillAsserted = 0;
      stormDisable(d, vector, SHORT_MESSAGES ? "storm (never quieted); disabled" : "storm (still asserted after its handler, 1000 times in a row: never quieted); line disabled, irqRearm re-enables it");
      return;
    }
  } else {
    d.stillAsserted = 0;
  }
  const now = ticks();
  if (now != d.burstTick) {
    d.burstTick = now;
    d.burst = 0;
  }
  if (++d.burst > STORM_BURST) {
    stormDisable(d, vector, SHORT_MESSAGES ? "storm; disabled" : "storm (more than 20000 interrupts between two ticks); line disabled, irqRearm re-enables it");
  }
}

// The interrupt-load rule. A level line that is claimed but never quieted
// can re-fire so soon after each return that threads never run, while the
// never-quieted rule sees it not pending (the NVIC pends a level line again
// only at exception return) and the tick still runs between (no burst).
// Tail-chaining hides the return to thread level from software, so the
// rule measures shares instead: over a window of IRQ_LOAD_TICKS ticks'
// worth of cycles, the time spent inside outermost interrupts (entry stamp
// to the end of dispatch) and each line's entries. A window in which
// interrupts took over LOAD_BUSY_SHARE of the cycles (what is left is
// exit, tail-chain and entry overhead, not threads) and one line had over
// three quarters of the entries disables that line.

/** Eighths of a window's cycles spent in interrupts above which threads
 *  count as having had no CPU. */
const LOAD_BUSY_EIGHTHS: u32 = 6;
/** Cycles of IRQ_LOAD_TICKS ticks; 0 until the tick runs (the rule is off). */
let loadWindow: u32 = 0;
/** The current window: its number, start, entries and cycles in
 *  interrupts. */
let loadRun: u32 = 1;
let loadRunStart: u32 = 0;
let loadRunEntries: u32 = 0;
let loadBusy: u32 = 0;
/** Lines disabled by the rule. */
let loadDisabled: u32 = 0;

/** Lines the interrupt-load rule disabled. Any context. */
export function irqLoadDisabledCount(): u32 {
  return loadDisabled;
}

/** The load rule, at the end of an outermost interrupt on `d` that began
 *  at `t0`. Returns true if it disabled the line. */
function loadCheck(d: IrqDesc, vector: u32, t0: u32): bool {
  if (IRQ_LOAD_TICKS == 0) return false;
  const end = portCycles();
  if (d.loadRun != loadRun) {
    d.loadRun = loadRun;
    d.loadEntries = 0;
  }
  d.loadEntries++;
  loadRunEntries++;
  loadBusy += end - t0;
  const span = end - loadRunStart;
  if (span <= loadWindow) return false;
  // The window is over (or the rule is not set up yet): judge, start anew.
  const busy = loadBusy > (span >> 3) * LOAD_BUSY_EIGHTHS;
  const mostly = d.loadEntries > (loadRunEntries >> 2) * 3;
  loadRun++;
  loadRunStart = end;
  loadRunEntries = 0;
  loadBusy = 0;
  if (loadWindow == 0) {
    loadSetup();
    return false;
  }
  if (!busy || !mostly || d.stormed) return false;
  loadDisabled = satInc(loadDisabled);
  d.stormed = true;
  d.chip.mask(vector);
  // reportLine, with the tick count written in (no string is built in a handler)
  writeStr(out, "*** ivt IRQ vector ");
  writeDec(out, vector);
  writeStr(out, SHORT_MESSAGES ? ": interrupt load, " : ": interrupt load (threads got under a quarter of the CPU for ");
  writeDec(out, IRQ_LOAD_TICKS);
  writeStr(out, SHORT_MESSAGES ? " ticks; disabled" : " ticks, over 3/4 of the interrupts on this line); line disabled, irqRearm re-enables it");
  out(10);
  return true;
}

/** Sizes the load rule's window from the cycle and tick rates. */
function loadSetup(): void {
  const hz = tickRate();
  if (hz == 0) return;
  loadWindow = boardCycleHz() / hz * IRQ_LOAD_TICKS;
}

function stormDisable(d: IrqDesc, vector: u32, why: string): void {
  d.stormed = true;
  d.chip.mask(vector);
  reportLine(vector, why);
}

/** The thread of a threaded handler. */
class BottomHalfThread extends Thread {
  /** The vector whose bottom half it runs; -1 once irqFree ends it in
   *  order (not a death). */
  vector: i32 = -1;

  /** Ending other than through irqFree (a trap, a stack overflow, a
   *  threadDelete) leaves the line with nobody to service it: mask and
   *  report it. Lock held. */
  ended(): void {
    const vector = this.vector;
    if (vector < 0) return;
    this.vector = -1;
    bottomHalfDied(<u32>vector, this);
  }
}

/** A threaded handler's bottom half died (trap, stack overflow): the line
 *  is masked and reported, so its device cannot storm unserviced. Lock
 *  held. */
function bottomHalfDied(vector: u32, t: Thread): void {
  const d = irqDesc(vector);
  if (d === null) return;
  let h = d.chain;
  while (h !== null) {
    if (h.bhThread === t) h.bhBusy = false;
    h = h.next;
  }
  d.stormed = true;
  d.chip.mask(vector);
  reportLine(vector, SHORT_MESSAGES ? "bottom half died; disabled" : "bottom half died; line disabled, irqRearm re-enables it");
}

// ---- bottom halves -------------------------------------------------------

/** A top half asked for its bottom half: count the event, and wake the
 *  thread unless coalescing holds it back. Interrupt context. */
function wakeBottomHalf(d: IrqDesc, h: IrqHandler, vector: u32, at: u32): void {
  const t = h.bhThread;
  if (t === null || (h.flags & IrqFlags.Threaded) == 0) return;
  if (h.pendingEvents++ == 0) {
    h.firstEventAt = at;
    h.flushAt = ticks() + h.coalesceTicks;
  }
  if (h.pendingEvents >= h.coalesceEvents) {
    if (h.flags & IrqFlags.Oneshot) d.chip.mask(vector);
    notifyGive(t);
  } else if (h.pendingEvents == 1 && h.coalesceTicks > 0) {
    // Below the threshold: wake the thread once so that it waits again
    // with the flush tick as its timeout; stragglers are not stranded.
    notifyGive(t);
  }
}

/** Whether the events pending on `h` should be handled now. Lock held. */
function bottomHalfDue(h: IrqHandler): bool {
  if (h.pendingEvents == 0) return false;
  if (h.pendingEvents >= h.coalesceEvents || h.coalesceTicks == 0) return true;
  return <i32>(ticks() - h.flushAt) >= 0;
}

/** The thread of a threaded handler: waits for wakes, runs bottom(). The
 *  decision and the taking of the pending events happen under one lock,
 *  so an event that arrives meanwhile is either taken now or wakes the
 *  thread again. */
function bottomHalfMain(arg: u32): void {
  const h = changetype<IrqHandler>(<usize>arg);
  for (;;) {
    const s = portIrqSave();
    const vector = h.vector;
    if (vector < 0 || !bottomHalfDue(h)) {
      let timeout = FOREVER;
      if (vector >= 0 && h.pendingEvents > 0) {
        // Held back by coalescing: wake at the flush tick at the latest.
        const left = <i32>(h.flushAt - ticks());
        timeout = left > 0 ? <u32>left : 1;
      }
      portIrqRestore(s);
      notifyTake(true, timeout);
      continue;
    }
    const d = irqDesc(<u32>vector)!;
    h.pendingEvents = 0;
    h.bhBusy = true;
    const latency = portCycles() - h.firstEventAt;
    if (latency > d.worstLatency) d.worstLatency = latency;
    portIrqRestore(s);
    runBottomHalf(d, h, <u32>vector);
  }
}

/** Runs bottom() once for the events just taken. Thread context. */
function runBottomHalf(d: IrqDesc, h: IrqHandler, vector: u32): void {
  trace(TraceKind.BottomHalfStart, vector);
  h.bhRuns++;
  h.bottom(vector);
  trace(TraceKind.BottomHalfEnd, vector);
  const s = portIrqSave();
  h.bhBusy = false;
  if ((h.flags & IrqFlags.Oneshot) != 0 && h.vector == <i32>vector) applyMask(d, vector);
  portIrqRestore(s);
}

// ---- the dispatch ---------------------------------------------------------

/** The body of the exported ivthandleinterrupt: runs the chain, counts,
 *  acknowledges exactly once. Interrupt context (called by the host only).
 *
 *  The way to the first top half is kept short: the entry stamp, the
 *  descriptor, the chain. Counting, the storm rules and the trace (whose
 *  entry event is written here, after the fact, with the entry stamp) come
 *  after the handlers. */
export function dispatchInterrupt(vector: u32): void {
  const t0 = portCycles();
  const outer = enterInterrupt(vector);
  const d = IRQ_DESCRIPTORS == 0 ? irqDesc(vector) : descFor(vector);
  if (d === null) {
    traceAt(TraceKind.IrqEntry, vector, t0);
    spuriousVector(vector);
    leaveInterrupt(outer);
    return;
  }
  let h = d.chain;
  let result = IrqReturn.None;
  while (h !== null) {
    const r = h.top(vector);
    if (r == IrqReturn.WakeThread) wakeBottomHalf(d, h, vector, t0);
    result |= r;
    if (r != IrqReturn.None && d.edge) break;
    h = h.next;
  }
  d.chip.ack(vector);
  const took = portCycles() - t0;
  // The counters stop at their top (the dump marks them) rather than wrap.
  d.count = satInc(d.count);
  if (d.chain === null) d.spurious = satInc(d.spurious);
  if (result == IrqReturn.None) d.unhandled = satInc(d.unhandled);
  else d.handled = satInc(d.handled);
  if (took > d.worstTop) d.worstTop = took;
  stormCheck(d, vector, result != IrqReturn.None);
  traceInterrupt(vector, t0);
  // Last, so that the time it measures covers the whole dispatch.
  if (interruptDepth() == 1) loadCheck(d, vector, t0);
  leaveInterrupt(outer);
}

// ---- the `irq` dump --------------------------------------------------------

/** `n` right-aligned in `width`; a counter that stopped at its top (satInc)
 *  gets a `+`. */
function pad(n: u32, width: i32): void {
  let digits = isSaturated(n) ? 2 : 1;
  for (let x = n; x >= 10; x /= 10) digits++;
  for (let i = digits; i < width; i++) kputc(32);
  kputu(n);
  if (isSaturated(n)) kputc(43);
}

/** Prints the counters of every vector that has a handler or has seen an
 *  interrupt: the console's `irq` command. Times are in cycles. Thread
 *  context. */
export function irqDump(): void {
  kputln("irq: vector     count   handled unhandled  spurious  worst-top worst-bh-lat  state");
  for (let v: u32 = 0; v < MAX_VECTORS; v++) {
    const d = unchecked(descs[v]);
    if (d === null || (d.chain === null && d.count == 0)) continue;
    kputs("irq: ");
    pad(v, 6);
    pad(d.count, 10);
    pad(d.handled, 10);
    pad(d.unhandled, 10);
    pad(d.spurious, 10);
    pad(d.worstTop, 11);
    pad(d.worstLatency, 13);
    kputs(d.stormed ? "  disabled (storm)" : d.disableDepth > 0 ? "  disabled" : d.chain === null ? "  no handler" : "  enabled");
    if (d.chain !== null && (d.chain!.flags & IrqFlags.Threaded) != 0) kputs(", threaded");
    if (d.chain !== null && d.chain!.next !== null) kputs(", shared");
    kputln("");
  }
  kputs("irq: spurious vectors ");
  pad(spurious, 0);
  kputs(", lost EOIs found ");
  pad(lostEois, 0);
  kputln("");
}
