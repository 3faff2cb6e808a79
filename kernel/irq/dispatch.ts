// The dispatch: the kernel side of ivthandleinterrupt(vector), the hot
// path every interrupt takes (Linux's kernel/irq/handle.c).
//
// Per interrupt: stamp the entry, find the descriptor, run the chain (a
// level-triggered line runs every handler, since any of the devices
// sharing it may be asserting; an edge line stops at the first that claims
// it, as the edge is consumed), wake the bottom halves that asked,
// acknowledge through the chip exactly once; then, off the way to the
// first top half, count, apply the storm rules, trace.

import { enterInterrupt, interruptDepth, leaveInterrupt } from "../context";
import { portCycles } from "../port";
import { IRQ_DESCRIPTORS } from "../config";
import { TraceKind, traceAt, traceInterrupt } from "../trace";
import { satInc } from "../ring";
import { IrqReturn, descFor, irqDesc } from "./descriptors";
import { loadCheck, spuriousVector, stormCheck } from "./storm";
import { wakeBottomHalf } from "./threaded";

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
