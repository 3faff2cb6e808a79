// Interrupt dispatch: the kernel side of ivthandleinterrupt(vector).
//
// Each vector served by a registered IrqChip has a descriptor holding the
// chain of top halves (handlers) that share the line and its counters:
//
//   descs[vector] -> IrqDesc { chip, chain -> IrqHandler -> IrqHandler -> null,
//                              count, handled, unhandled, disableDepth }
//
// The chain is changed only from thread context with interrupts masked, so
// a dispatch (which runs with the line's priority level blocked) always
// walks either the old or the new chain, never a half-linked one.

import { Err } from "./errors";
import { IrqChip } from "./hal";
import { enterInterrupt, inInterrupt, leaveInterrupt } from "./context";
import { portIrqRestore, portIrqSave } from "./port";

/** What a top half reports about one interrupt. */
export enum IrqReturn {
  /** Not this handler's device: the next handler on the chain is asked. */
  None = 0,
  /** The handler serviced its device. */
  Handled = 1,
  /** Serviced, and a bottom half must run in thread context. */
  WakeThread = 2,
}

/** Request flags. */
export namespace IrqFlags {
  /** The line may be shared with other handlers that also pass Shared. */
  export const Shared: u32 = 1;
}

/** Vectors the kernel can describe: Cortex-M has 16 + 240, ColdFire 256. */
export const MAX_VECTORS: u32 = 256;

/** A top half. Drivers extend it and register it with irqRequest. */
export abstract class IrqHandler {
  /** Set by the kernel: next handler sharing the line. */
  next: IrqHandler | null = null;
  /** Set by the kernel: the vector it is registered on, or -1. */
  vector: i32 = -1;
  /** Set by the kernel: the flags it was requested with. */
  flags: u32 = 0;
  /** Services the device. Interrupt context: short, never blocks. */
  abstract top(vector: u32): IrqReturn;
}

/** Per-vector state and counters. Fields are read-only outside this file. */
@final export class IrqDesc {
  chain: IrqHandler | null = null;
  /** Interrupts delivered on this vector. */
  count: u32 = 0;
  /** Deliveries some handler claimed. */
  handled: u32 = 0;
  /** Deliveries no handler claimed. */
  unhandled: u32 = 0;
  /** irqDisable nesting; the line is unmasked only at 0 with a handler. */
  disableDepth: u32 = 0;
  constructor(public chip: IrqChip) {}
}

const descs = new StaticArray<IrqDesc | null>(<i32>MAX_VECTORS);
let spurious: u32 = 0;

/** Puts vectors [chip.first, chip.first + chip.count) under `chip`, all
 *  masked. Returns Err.Invalid if the range leaves the table, Err.Busy if
 *  another chip serves one of them. Thread context (board init). */
export function irqAddChip(chip: IrqChip): Err {
  if (inInterrupt()) return Err.InInterrupt;
  if (chip.first >= MAX_VECTORS || chip.count > MAX_VECTORS - chip.first) return Err.Invalid;
  for (let v = chip.first; v < chip.first + chip.count; v++) {
    if (unchecked(descs[v]) !== null) return Err.Busy;
  }
  for (let v = chip.first; v < chip.first + chip.count; v++) {
    unchecked((descs[v] = new IrqDesc(chip)));
    chip.mask(v);
  }
  return Err.Ok;
}

/** The descriptor of `vector` (for counters), or null if no chip serves it. Any context. */
export function irqDesc(vector: u32): IrqDesc | null {
  return vector < MAX_VECTORS ? unchecked(descs[vector]) : null;
}

/** Interrupts that arrived on a vector no chip serves. Any context. */
export function irqSpuriousCount(): u32 {
  return spurious;
}

/** Adds `handler` to the chain of `vector` and unmasks the line if this is
 *  its first handler.
 *  Returns Err.Ok; Err.InInterrupt from an interrupt handler; Err.Invalid
 *  for a vector no chip serves; Err.Exists if the handler is registered
 *  (here or elsewhere); Err.Busy if the line has handlers and either side
 *  did not ask for IrqFlags.Shared. Thread context only. */
export function irqRequest(vector: u32, handler: IrqHandler, flags: u32 = 0): Err {
  if (inInterrupt()) return Err.InInterrupt;
  const d = irqDesc(vector);
  if (d === null) return Err.Invalid;
  if (handler.vector >= 0) return Err.Exists;
  const head = d.chain;
  if (head !== null && ((flags & head.flags & IrqFlags.Shared) == 0)) return Err.Busy;

  handler.flags = flags;
  handler.vector = <i32>vector;
  handler.next = null;
  const s = portIrqSave();
  if (head === null) {
    d.chain = handler;
    if (d.disableDepth == 0) d.chip.unmask(vector);
  } else {
    let last = head;
    while (last.next !== null) last = last.next!;
    last.next = handler;
  }
  portIrqRestore(s);
  return Err.Ok;
}

/** Removes `handler` from `vector`; masks the line when no handler is left.
 *  Returns Err.Ok; Err.InInterrupt from an interrupt handler; Err.Invalid
 *  for a vector no chip serves; Err.NotFound if the handler is not on that
 *  vector. Thread context only. */
export function irqFree(vector: u32, handler: IrqHandler): Err {
  if (inInterrupt()) return Err.InInterrupt;
  const d = irqDesc(vector);
  if (d === null) return Err.Invalid;
  if (handler.vector != <i32>vector) return Err.NotFound;

  const s = portIrqSave();
  if (d.chain === handler) {
    d.chain = handler.next;
  } else {
    let prev = d.chain;
    while (prev !== null && prev.next !== handler) prev = prev.next;
    if (prev !== null) prev.next = handler.next;
  }
  if (d.chain === null) d.chip.mask(vector);
  portIrqRestore(s);
  handler.next = null;
  handler.vector = -1;
  return Err.Ok;
}

/** Masks `vector`; calls nest, so each needs a matching irqEnable.
 *  Returns Err.Invalid for a vector no chip serves. Any context. */
export function irqDisable(vector: u32): Err {
  const d = irqDesc(vector);
  if (d === null) return Err.Invalid;
  const s = portIrqSave();
  if (d.disableDepth++ == 0) d.chip.mask(vector);
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
  if (--d.disableDepth == 0 && d.chain !== null) d.chip.unmask(vector);
  portIrqRestore(s);
  return Err.Ok;
}

/** Makes `vector` pending by software (tests, inter-thread signalling).
 *  Returns Err.Invalid for a vector no chip serves. Any context. */
export function irqPend(vector: u32): Err {
  const d = irqDesc(vector);
  if (d === null) return Err.Invalid;
  d.chip.pend(vector);
  return Err.Ok;
}

/** Sets the priority of `vector` (0 = most urgent). Returns Err.Invalid for
 *  a vector no chip serves or a priority the chip rejects. Any context. */
export function irqSetPriority(vector: u32, priority: u32): Err {
  const d = irqDesc(vector);
  if (d === null) return Err.Invalid;
  return <Err>d.chip.setPriority(vector, priority);
}

/** The body of the exported ivthandleinterrupt: runs the chain, counts,
 *  acknowledges exactly once. Interrupt context (called by the host only). */
export function dispatchInterrupt(vector: u32): void {
  enterInterrupt();
  const d = irqDesc(vector);
  if (d === null) {
    spurious++;
  } else {
    d.count++;
    let result = IrqReturn.None;
    let h = d.chain;
    while (h !== null) {
      result |= h.top(vector);
      h = h.next;
    }
    if (result == IrqReturn.None) d.unhandled++;
    else d.handled++;
    d.chip.ack(vector);
  }
  leaveInterrupt();
}
