// The dispatch: the kernel side of ivthandleinterrupt(vector), the hot
// path every interrupt takes (Linux's kernel/irq/handle.c).
//
// Per interrupt: stamp the entry, find the descriptor, run the chain (a
// level-triggered line runs every handler, since any of the devices
// sharing it may be asserting; an edge line stops at the first that claims
// it, as the edge is consumed), wake the bottom halves that asked,
// acknowledge through the chip exactly once; then, off the way to the
// first top half, count, apply the storm rules, trace. The entry stamp
// and one after the acknowledge serve the counters and the trace (a read
// of the cycle counter is a device register access on most boards).

import { enterInterrupt, interruptDepth, leaveInterrupt } from "../context";
import { portCycles } from "../port";
import { alignedObject } from "../heap-layout";
import { IRQ_LOAD_TICKS, RUN_STATS } from "../config";
import { statsInterruptEnd, statsTopHalves } from "../stats";
import { TraceKind, traceAt, traceInterrupt } from "../trace";
import { satInc } from "../ring";
import { IrqReturn, irqDesc } from "./descriptors";
import { loadBusyAdd, loadCheck, spuriousVector, stormCheck } from "./storm";
import { wakeBottomHalf } from "./threaded";
import { IRQ_PIN, irqPinLower, irqPinRaise } from "./pin";
import { switchAskedInInterrupt, switchAskedToHost, switchAtInterruptEnd } from "../sched";

/** The body of the exported ivthandleinterrupt: runs the chain, counts,
 *  acknowledges exactly once. Interrupt context (called by the host only).
 *
 *  The way to the first top half is kept short: the entry stamp, the
 *  descriptor, the chain. Counting, the storm rules and the trace (whose
 *  entry event is written here, after the fact, with the entry stamp) come
 *  after the handlers. */
export function dispatchInterrupt(vector: u32): void {
  // The logic-analyzer pin (./pin.ts; compiled out unless the image has it
  // on) rises first, to show the entry, and only for the outermost
  // interrupt: it stays high while interrupts nest.
  if (IRQ_PIN && interruptDepth() == 0) irqPinRaise();
  const t0 = portCycles();
  const outer = enterInterrupt(vector);
  const d = irqDesc(vector); // none yet: a line never used (./storm.ts)
  if (d === null) {
    traceAt(TraceKind.IrqEntry, vector, t0);
    spuriousVector(vector);
    // An interrupt nested in this one may have readied a thread: the
    // host's switch asks the kernel (ivtswitch) once every interrupt has
    // returned (kernel/sched.ts switchAskedToHost).
    if (switchAskedInInterrupt()) switchAskedToHost();
    if (IRQ_PIN && interruptDepth() == 1) irqPinLower();
    leaveInterrupt(outer);
    return;
  }
  let h = alignedObject(d.chain);
  let result = IrqReturn.None;
  while (h !== null) {
    const r = h.top(vector);
    if (r == IrqReturn.WakeThread) wakeBottomHalf(d, h, vector, t0);
    result |= r;
    if (r != IrqReturn.None && d.edge) break;
    h = alignedObject(h.next);
  }
  if (d.ackNeeded) d.chip.ack(vector);
  // One stamp for the top half's time and the trace's exit event.
  const end = portCycles();
  // The counters stop at their top (the dump marks them) rather than wrap.
  const claimed = result != IrqReturn.None;
  if (claimed) {
    d.handled = satInc(d.handled);
  } else {
    d.unhandled = satInc(d.unhandled);
    if (d.chain === null) d.spurious = satInc(d.spurious);
  }
  if (end - t0 > d.worstTop) d.worstTop = end - t0;
  stormCheck(d, vector, claimed);
  traceInterrupt(vector, t0, end, (result & IrqReturn.WakeThread) != 0);
  statsTopHalves(d, end - t0);
  // Last, with a stamp of its own after the load rule's check, so that the
  // time the load rule and the interrupt total measure covers the whole
  // dispatch but the statistics' few instructions (on sim, whose clock
  // counts host calls, the rule does not see a line that re-fires as it
  // returns without the trace's calls).
  if (interruptDepth() == 1) {
    if (IRQ_LOAD_TICKS != 0 || RUN_STATS) {
      loadCheck(d, vector, end);
      const last = portCycles();
      loadBusyAdd(last - t0);
      statsInterruptEnd(t0, last);
    }
    // After the statistics: the switch's stamp ends the interrupt.
    if (switchAskedInInterrupt()) switchAtInterruptEnd();
  }
  if (IRQ_PIN && interruptDepth() == 1) irqPinLower();
  leaveInterrupt(outer);
}
