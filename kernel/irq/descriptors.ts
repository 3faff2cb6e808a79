// Interrupt descriptors: the chips, the vectors they serve, and per vector
// the descriptor that holds the chain of top halves sharing the line, its
// counters and its storm state (Linux's kernel/irq/irqdesc.c and chip.c).
//
//   chips[0..chipCount)   IrqChip { first, count }: who serves a vector
//   DESCS[vector - FIRST_VECTOR] -> IrqDesc { chip, chain -> IrqHandler -> IrqHandler -> null,
//                              count handled unhandled spurious,
//                              worstTop worstLatency, storm window, ... }
//
// Everything else in kernel/irq/ works on these; this file is the one
// that all the others import, and it imports none of them.

import { Err } from "../errors";
import { knownAligned } from "../heap-layout";
import { IrqChip } from "../hal";
import { inInterrupt } from "../context";
import { portIrqRestore, portIrqSave } from "../port";
import { assertLocked } from "../lock";
import { heapFitsObject } from "../bump";
import { FIRST_VECTOR, IRQ_THREAD_PRIORITY, MAX_VECTORS } from "../config";
import { Thread } from "../tcb";

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
export const IRQ_FLAGS_KNOWN: u32 = IrqFlags.Shared | IrqFlags.Threaded | IrqFlags.Oneshot | IrqFlags.Edge;

/** A top half, and optionally a bottom half. Drivers extend it and register
 *  it with irqRequest. */
export abstract class IrqHandler {
  /** Set by the kernel: next handler sharing the line. */
  next: IrqHandler | null = null;
  /** Set by the kernel: the vector it is registered on, or -1. */
  vector: i32 = -1;
  /** Set by the kernel: the flags it was requested with. */
  flags: u32 = 0;
  /** Who the handler serves, for reports (Linux request_irq's devname):
   *  the driver's name, a string literal, set before irqRequest. A storm
   *  or load record of its line is bucketed by it, `0x107_<name>!irq@<vector>`
   *  (docs/crash.md); null leaves the record charged to the code that found
   *  the storm. */
  name: string | null = null;

  /** Services the device. Interrupt context: short, never blocks. Returns
   *  WakeThread to have bottom() run (Threaded handlers). */
  abstract top(vector: u32): IrqReturn;

  /** The bottom half: runs in the handler's own thread, may block. Thread
   *  context. */
  bottom(vector: u32): void {}

  // Bottom-half state, kept by the kernel (kernel/irq/threaded.ts).
  /** The bottom half's thread (allocated at the first threaded request). */
  bhThread: Thread | null = null;
  /** Priority of the bottom-half thread (0 .. PRIORITIES - 2, as any
   *  application thread); set before irqRequest. */
  bhPriority: u32 = IRQ_THREAD_PRIORITY;
  /** A bottom-half thread that dies (a trap, a stack overflow) is replaced
   *  by a new one, with a report, instead of its line being masked: for a
   *  handler whose bottom half runs code it does not own (the console's,
   *  a shell command an application adds). Set before irqRequest. */
  bhRestart: bool = false;
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

/** How a line's never-quieted rule learns that it is pending again. */
export namespace StillAsserted {
  /** It cannot be: an edge line (a device that keeps making edges is a
   *  burst). */
  // @ts-ignore: decorator
  @inline export const Never: u8 = 0;
  /** The controller's pending state, read after every claimed interrupt
   *  (IrqChip.heldLevelPends). */
  // @ts-ignore: decorator
  @inline export const ByRead: u8 = 1;
  /** Only a pend by the line's own top half (irqPend notes it): the NVIC,
   *  where a held level line is not pending while active. */
  // @ts-ignore: decorator
  @inline export const BySelfPend: u8 = 2;
}

/** IrqDesc.still: the count of interrupts in a row after which the line
 *  was pending again (at most STORM_STILL_ASSERTED + 1). */
// @ts-ignore: decorator
@inline export const STILL_COUNT: u32 = 0xffff;
/** IrqDesc.still: a top half of the line pended it again (irqPend). */
// @ts-ignore: decorator
@inline export const STILL_SELF_PENDED: u32 = 0x10000;
/** IrqDesc.still: the line's pending state is read from the chip. */
// @ts-ignore: decorator
@inline export const STILL_BY_READ: u32 = 0x20000;

/** Per-vector state and counters. Fields are read-only outside kernel/irq/. */
@final export class IrqDesc {
  /** The handlers, in order. First: the way to the first top half reads
   *  it, and at offset 0 its load needs no address arithmetic. */
  chain: IrqHandler | null = null;
  /** Interrupts delivered on this vector: handled + unhandled, counted
   *  apart so that an interrupt updates one counter. This and the three
   *  below stop at 0xffffffff (the `irq` dump shows a `+`) rather than
   *  wrap. */
  get count(): u32 {
    const n = this.handled + this.unhandled;
    return n < this.handled ? 0xffffffff : n;
  }
  /** Deliveries some handler claimed. */
  handled: u32 = 0;
  /** Deliveries no handler claimed. */
  unhandled: u32 = 0;
  /** Deliveries while no handler was registered (counted in unhandled too). */
  spurious: u32 = 0;
  /** Longest top-half run (all handlers, ack included), in cycles. */
  worstTop: u32 = 0;
  /** Cycles in this line's top halves and acknowledge, nested interrupts
   *  included: the low and high words (kernel/stats.ts; RUN_STATS). */
  runLo: u32 = 0;
  runHi: u32 = 0;
  /** Longest interrupt-to-bottom-half latency, in cycles. */
  worstLatency: u32 = 0;
  /** irqDisable nesting; the line is unmasked only at 0 with a handler. */
  disableDepth: u32 = 0;
  /** Disabled by a storm rule, until irqRearm. */
  stormed: bool = false;
  // storm bookkeeping (kernel/irq/storm.ts)
  /** Nobody-cared window: whether one is open (it opens at the first
   *  unclaimed interrupt after the last one closed), and `count` and
   *  `unhandled` just before it began. */
  windowOpen: bool = false;
  windowStart: u32 = 0;
  windowUnhandled: u32 = 0;
  burst: u32 = 0;
  burstTick: u32 = 0;
  /** How the never-quieted rule (kernel/irq/storm.ts) sees this line
   *  pending again after its handlers (StillAsserted; set with `edge` at
   *  the first request). */
  stillAssertedBy: u8 = StillAsserted.Never;
  /** The never-quieted rule's state in one word, so that a claimed
   *  interrupt with nothing for the rule to do tests one load against 0
   *  (three tests of three fields took 14 instructions on mps2-an385):
   *  the consecutive interrupts after which the line was pending again at
   *  once (STILL_COUNT), STILL_SELF_PENDED (a top half of this line pended
   *  it again since the last claimed interrupt, on lines that
   *  StillAsserted.BySelfPend) and STILL_BY_READ (the line is
   *  StillAsserted.ByRead: the chip is read after every claimed
   *  interrupt, so its word is never 0). */
  still: u32 = 0;
  /** Interrupt-load rule: the busy run these entries belong to, and its
   *  entries on this line. */
  loadRun: u32 = 0;
  loadEntries: u32 = 0;
  /** The chip's single-write pend of this line (IrqChip.pendRegs): the
   *  register's address, checked against the chip's window when the
   *  descriptor is made (0: none, irqPend calls the chip), and the value.
   *  The address is last of the two: irqPend reads it first, and its
   *  bounds check covers the value. */
  pendValue: u32 = 0;
  pendAddr: u32 = 0;
  private controller: IrqChip;
  /** The chip's ackNeeded, kept here so that the dispatch need not load
   *  the chip. Near the end on purpose: the dispatch reads it (or `edge`)
   *  first after the handlers, and the bounds check of that load, at the
   *  highest offsets, then covers every other field the counters and the
   *  storm rules read, which took a check each otherwise. */
  ackNeeded: bool = true;
  /** Edge-triggered (from the first request's flags). Last of all: the
   *  dispatch reads it after a top half claims the interrupt, before
   *  ackNeeded, and its bounds check then covers the rest. */
  edge: bool = false;
  /** The controller serving this vector. */
  get chip(): IrqChip {
    return this.controller;
  }
  /** Replaces it (a test's wrapping chip), with its ackNeeded and pend
   *  register. */
  set chip(c: IrqChip) {
    // First: a pend register past the chip's window ends the caller here
    // (DeviceRegs.addressOf), with the descriptor as it was.
    this.keepPendOf(c);
    this.controller = c;
    this.ackNeeded = c.ackNeeded;
  }
  /** The descriptor of `vector`, served by `chip`. Thread context. */
  constructor(chip: IrqChip, public readonly vector: u32) {
    this.controller = chip;
    this.ackNeeded = chip.ackNeeded;
    this.keepPendOf(chip);
  }
  /** Keeps `c`'s single-write pend of this line: its register's address,
   *  checked against the chip's window (a driver's offset past it ends the
   *  caller with a window fault report, as an access there would), and its
   *  value. Thread context. */
  private keepPendOf(c: IrqChip): void {
    const r = c.pendRegs(this.vector);
    this.pendAddr = r !== null ? r.addressOf(c.pendOffset(this.vector), 4) : 0;
    this.pendValue = r !== null ? c.pendValue(this.vector) : 0;
  }
}

// Descriptors: a vector gets one from the heap at its first use in thread
// context (a request, a disable), so that RAM holds counters only for the
// lines a program uses (one for every line a chip serves was 3 KiB of a
// minimal image's heap). An interrupt on a line that has none is spurious:
// masked, acknowledged, counted, reported once (./storm.ts spuriousVector).
// The table of their addresses is static data at a constant address, not
// an array on the heap: an interrupt reads its descriptor with one load,
// where it loaded the array's address from a global first, and the
// translated code's bounds check on that load folds away (the vector is
// below MAX_VECTORS already): irq_to_handler 47 -> 44 on mps2-an385.
// It covers FIRST_VECTOR to MAX_VECTORS - 1 (kernel/config.ts).
const DESCS = memory.data(<i32>((MAX_VECTORS - FIRST_VECTOR) * sizeof<usize>()), <i32>sizeof<usize>());
/** The descriptor table's address in module memory, for debuggers
 *  (kernel/debug.ts). */
export const IRQ_DESC_TABLE: usize = DESCS;
/** Whether the descriptor table has a row for `vector` (one compare: below
 *  FIRST_VECTOR the difference wraps past the end). Any context. */
// @ts-ignore: decorator
@inline export function inDescTable(vector: u32): bool {
  return vector - FIRST_VECTOR < MAX_VECTORS - FIRST_VECTOR;
}
@inline function descAt(vector: u32): IrqDesc | null {
  return changetype<IrqDesc | null>(knownAligned(load<usize>(<usize>(vector - FIRST_VECTOR) << alignof<usize>(), DESCS)));
}
/** Sets `vector`'s descriptor, made once and never freed: pinned, so that
 *  a runtime with a collector (the unit tests') keeps an object that only
 *  this table, which it does not scan, refers to. The kernel's runtime
 *  has none: its __pin does nothing (kernel/rt-objects.ts). */
@inline function setDescAt(vector: u32, d: IrqDesc): void {
  store<usize>(<usize>(vector - FIRST_VECTOR) << alignof<usize>(), __pin(changetype<usize>(d)), DESCS);
}
const MAX_CHIPS = 4;
const chips = new StaticArray<IrqChip | null>(MAX_CHIPS);
let chipCount = 0;

/** The chip serving `vector`, or null. Any context. */
export function chipFor(vector: u32): IrqChip | null {
  for (let i = 0; i < chipCount; i++) {
    const c = unchecked(chips[i]);
    if (c !== null && vector - c.first < c.count) return c;
  }
  return null;
}

/** The `i`-th chip added, or null past the last. Any context. */
export function chipAt(i: i32): IrqChip | null {
  return i >= 0 && i < chipCount ? unchecked(chips[i]) : null;
}

/** The descriptor of `vector`, made at its first use in thread context.
 *  Null if no chip serves it, the heap has no room for it, or, in a
 *  handler, it has none yet (the allocator may be in use by the thread the
 *  handler interrupted). Any context. */
export function descFor(vector: u32): IrqDesc | null {
  if (!inDescTable(vector)) return null;
  const d = descAt(vector);
  if (d !== null || inInterrupt()) return d;
  const chip = chipFor(vector);
  if (chip === null || !heapFitsObject(offsetof<IrqDesc>())) return null;
  return descMade(vector, new IrqDesc(chip, vector));
}

/** Sets `made` as `vector`'s descriptor unless another thread set one
 *  first (both saw none), and returns the one that stays. Thread context. */
function descMade(vector: u32, made: IrqDesc): IrqDesc {
  const s = portIrqSave();
  let d = descAt(vector);
  if (d === null) {
    d = made;
    setDescAt(vector, d);
  }
  portIrqRestore(s);
  return d;
}

/** What a call on `vector` without a descriptor answers: Err.Invalid when
 *  no chip serves it, `served` when one does (the heap has no room, or the
 *  line was never set up). Any context. */
export function noDesc(vector: u32, served: Err): Err {
  return chipFor(vector) === null ? Err.Invalid : served;
}

/** Puts vectors [chip.first, chip.first + chip.count) under `chip`, all
 *  masked. Returns Err.Invalid if the range leaves the table, Err.Busy if
 *  another chip serves one of them, Err.InInterrupt from a handler.
 *  Thread context (board init). */
export function irqAddChip(chip: IrqChip): Err {
  if (inInterrupt()) return Err.InInterrupt;
  if (!inDescTable(chip.first) || chip.count > MAX_VECTORS - chip.first) return Err.Invalid;
  if (chipCount == MAX_CHIPS) return Err.NoSpace;
  for (let v = chip.first; v < chip.first + chip.count; v++) {
    if (chipFor(v) !== null) return Err.Busy;
  }
  for (let v = chip.first; v < chip.first + chip.count; v++) chip.mask(v);
  unchecked((chips[chipCount++] = chip));
  return Err.Ok;
}

/** The descriptor of `vector` (for counters), or null if no chip serves it
 *  or the vector has not been used yet (requested or disabled). Any
 *  context. */
@inline export function irqDesc(vector: u32): IrqDesc | null {
  return inDescTable(vector) ? descAt(vector) : null;
}

/** The cycles spent in `vector`'s top halves and acknowledge since boot,
 *  nested interrupts included (run-time statistics, docs/kernel.md).
 *  Arguments: `vector`. Returns the count; 0 for a vector no chip serves
 *  or never used, or with RUN_STATS off.
 *  Errors: none. Any context. */
export function irqRunCycles(vector: u32): u64 {
  const d = irqDesc(vector);
  if (d === null) return 0;
  // Two words on a 32-bit CPU: an interrupt between them would tear it.
  const s = portIrqSave();
  const n = (<u64>d.runHi << 32) | d.runLo;
  portIrqRestore(s);
  return n;
}

/** Recomputes whether the line should be unmasked: it is when it has a
 *  handler, is not disabled, and no storm rule holds it. Lock held. */
export function applyMaskLocked(d: IrqDesc, vector: u32): void {
  assertLocked();
  if (d.chain !== null && d.disableDepth == 0 && !d.stormed) d.chip.unmask(vector);
  else d.chip.mask(vector);
}
