// Managing lines (Linux's kernel/irq/manage.c): registering and removing
// handlers, masking and unmasking by nested disable/enable, priorities
// and software pends.
//
// A chain is changed only from thread context with interrupts masked.
// Interrupts always preempt threads, so while any top half runs no chain
// change is half-done: a dispatch walks the old chain or the new one.
// irqFree also waits for a threaded handler's bottom half to finish.

import { Err } from "../errors";
import { inInterrupt, interruptVector } from "../context";
import { mmioWrite32, portIrqRestore, portIrqSave } from "../port";
import { threadCurrent } from "../sched";
import { IDLE_PRIORITY } from "../config";
import { IRQ_FLAGS_KNOWN, IrqFlags, IrqHandler, STILL_SELF_PENDED, StillAsserted, applyMaskLocked, chipFor, descFor, irqDesc, noDesc } from "./descriptors";
import { bottomHalfStart, bottomHalfStop } from "./threaded";
import { stormResetLocked } from "./storm";

/** Adds `handler` to the chain of `vector` and unmasks the line if this is
 *  its first handler (clearing a pending state left from before). With
 *  IrqFlags.Threaded, starts the handler's bottom-half thread ("irq") at
 *  handler.bhPriority. `priority` (0 most urgent; -1 leaves the line's as
 *  it is) sets the line's priority, once every check has passed: a refused
 *  request changes nothing, not even the priority of a line that another
 *  driver owns.
 *  Returns Err.Ok; Err.InInterrupt from an interrupt handler; Err.Invalid
 *  for a vector no chip serves, a flag bit IrqFlags does not name, Oneshot
 *  without Threaded, a Threaded handler whose bhPriority is not an
 *  application thread's (0 .. PRIORITIES - 2), a priority the chip
 *  rejects, or (on a line that has handlers) a trigger mode that is not
 *  the line's: Edge on a level line or level on an Edge line; Err.Exists
 *  if the handler is registered (here or elsewhere); Err.Busy if the line
 *  has handlers and either side did not ask for IrqFlags.Shared;
 *  Err.NoSpace if the bottom-half thread cannot be created or the line's
 *  first use finds no room in the heap for its descriptor. Thread context
 *  only. */
export function irqRequest(vector: u32, handler: IrqHandler, flags: u32 = 0, priority: i32 = -1): Err {
  if (inInterrupt()) return Err.InInterrupt;
  if ((flags & ~IRQ_FLAGS_KNOWN) != 0) return Err.Invalid;
  const d = descFor(vector);
  if (d === null) return noDesc(vector, Err.NoSpace);
  const threaded = (flags & IrqFlags.Threaded) != 0;
  if ((flags & IrqFlags.Oneshot) != 0 && !threaded) return Err.Invalid;
  // The idle level would give a thread that threadDelete refuses, so
  // irqFree could never end it: its id and stack would be lost.
  if (threaded && handler.bhPriority >= IDLE_PRIORITY) return Err.Invalid;
  if (handler.vector >= 0) return Err.Exists;
  const head = d.chain;
  if (head !== null && ((flags & head.flags & IrqFlags.Shared) == 0)) return Err.Busy;
  // Dispatch walks a line's chain one way (all handlers, or up to the
  // first claim): handlers sharing it must agree on its trigger mode.
  if (head !== null && ((flags & IrqFlags.Edge) != 0) != d.edge) return Err.Invalid;

  handler.flags = flags;
  handler.pendingEvents = 0;
  handler.bhBusy = false;
  if (threaded) {
    const e = bottomHalfStart(handler, vector);
    if (e != Err.Ok) return e;
  }
  // Last, as only the chip can tell a priority it rejects: the thread
  // just made is ended again (it has served nothing yet).
  if (priority >= 0 && d.chip.setPriority(vector, <u32>priority) != Err.Ok) {
    if (threaded) {
      const e = bottomHalfStop(handler);
      if (e != Err.Ok) return e;
    }
    return Err.Invalid;
  }
  handler.vector = <i32>vector;
  handler.next = null;
  const s = portIrqSave();
  if (head === null) {
    d.chain = handler;
    d.edge = (flags & IrqFlags.Edge) != 0;
    d.stillAssertedBy = d.edge ? StillAsserted.Never : d.chip.heldLevelPends ? StillAsserted.ByRead : StillAsserted.BySelfPend;
    // A pend left from before (nobody was there to take it) is stale, and
    // so is a storm the line's last handler left it disabled by (Linux's
    // request_irq starts the line afresh too).
    d.chip.unpend(vector);
    stormResetLocked(d);
    applyMaskLocked(d, vector);
  } else {
    let last = head;
    while (last.next !== null) last = changetype<IrqHandler>(last.next);
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
 *  half; Err.Masked for a threaded handler freed with interrupts masked
 *  by the caller (its bottom half could not be waited for, nor its thread
 *  ended: nothing changes); threadDelete's error if it refuses to end the
 *  bottom-half thread (the handler is off the line then, its thread is
 *  not). Thread context only. */
export function irqFree(vector: u32, handler: IrqHandler): Err {
  if (inInterrupt()) return Err.InInterrupt;
  const d = irqDesc(vector);
  if (d === null) return noDesc(vector, Err.NotFound);
  if (handler.vector != <i32>vector) return Err.NotFound;
  const bh = handler.bhThread;
  if (bh !== null && bh === threadCurrent()) return Err.Busy;
  if (bh !== null && callerMasked()) return Err.Masked;

  const s = portIrqSave();
  if (d.chain === handler) {
    d.chain = handler.next;
  } else {
    let prev = d.chain;
    while (prev !== null && prev.next !== handler) prev = prev.next;
    if (prev !== null) prev.next = handler.next;
  }
  applyMaskLocked(d, vector);
  portIrqRestore(s);
  handler.next = null;
  handler.vector = -1;
  return bottomHalfStop(handler);
}

/** Whether the caller runs with interrupts masked (its own section). */
function callerMasked(): bool {
  const s = portIrqSave();
  portIrqRestore(s);
  return s != 0;
}

/** Masks `vector`; calls nest, so each needs a matching irqEnable.
 *  Returns Err.Invalid for a vector no chip serves; Err.NoSpace when the
 *  line's first use finds no room in the heap for its descriptor, or, from
 *  a handler, when the line was never used in thread context (its
 *  descriptor is made there; a line never used is masked already). Any
 *  context. */
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
  applyMaskLocked(d, vector);
  portIrqRestore(s);
  return Err.Ok;
}

/** Makes `vector` pending by software (tests, inter-thread signalling).
 *  Returns Err.Invalid for a vector no chip serves. Any context. */
export function irqPend(vector: u32): Err {
  const d = irqDesc(vector);
  if (d === null) {
    const chip = chipFor(vector);
    if (chip === null) return Err.Invalid;
    chip.pend(vector);
    return Err.Ok;
  }
  // A line pended by its own top half comes back the moment it returns:
  // the never-quieted rule counts it (kernel/irq/storm.ts).
  if (inInterrupt() && interruptVector() == vector) d.still |= STILL_SELF_PENDED;
  // The chip's one write, kept in the descriptor with its address checked
  // against the chip's window when the descriptor was made: no call into
  // the chip, and no window to check again (the host's MMIO gate still
  // checks the address, as for every device access).
  const a = d.pendAddr;
  if (a != 0) mmioWrite32(a, d.pendValue);
  else d.chip.pend(vector);
  return Err.Ok;
}

/** Sets the priority of `vector` (0 = most urgent). Returns Err.Invalid for
 *  a vector no chip serves or a priority the chip rejects. Any context. */
export function irqSetPriority(vector: u32, priority: u32): Err {
  const d = irqDesc(vector);
  const chip = d !== null ? d.chip : chipFor(vector);
  if (chip === null) return Err.Invalid;
  return chip.setPriority(vector, priority);
}
