// Where the CPU is: in an interrupt handler or not, and a name for reports.
//
// irqDepth is changed only by ivthandleinterrupt (kernel/irq/dispatch.ts),
// with interrupts of lower priority blocked by the hardware, so a plain
// counter is safe: every nested handler restores it before it returns.

import { writeDec, writeStr } from "./format";

let irqDepth: u32 = 0;
let irqVector: u32 = 0;
let phase: string = "boot";
let threadName: string | null = null;

/** Whether the caller runs inside an interrupt handler (top half). Any context. */
@inline export function inInterrupt(): bool {
  return irqDepth != 0;
}

/** Nesting depth of interrupt handlers; 0 in thread context. Any context. */
export function interruptDepth(): u32 {
  return irqDepth;
}

/** The vector of the innermost interrupt being handled (0 in thread
 *  context). Any context. */
export function interruptVector(): u32 {
  return irqVector;
}

/** Called by ivthandleinterrupt on entry with its vector; returns the
 *  vector of the interrupt it nests in, for leaveInterrupt. Not for
 *  drivers. Interrupt context. */
@inline export function enterInterrupt(vector: u32): u32 {
  const outer = irqVector;
  irqVector = vector;
  irqDepth++;
  return outer;
}

/** Called by ivthandleinterrupt on exit; not for drivers. Interrupt context. */
@inline export function leaveInterrupt(outer: u32): void {
  irqDepth--;
  irqVector = outer;
}

/** Names the thread-level activity for crash reports ("boot", "main").
 *  Thread context. */
export function setPhase(name: string): void {
  phase = name;
}

/** Records the running thread's name for reports; the scheduler calls it
 *  at every switch. (Kept here, not read from the scheduler, so that the
 *  abort path depends on nothing that is initialised later.) */
export function setRunningName(name: string): void {
  threadName = name;
}

/** The running thread's name, null before threads run. Any context. */
export function runningThreadName(): string | null {
  return threadName;
}

/** Writes where the CPU is, for crash reports: "interrupt", "thread
 *  '<name>'", or the boot phase. Allocation-free. Any context. */
export function writeContext(sink: (c: u32) => void): void {
  if (irqDepth != 0) {
    writeStr(sink, "interrupt (vector ");
    writeDec(sink, irqVector);
    sink(41);
    return;
  }
  const t = threadName;
  if (t === null) {
    writeStr(sink, phase);
    return;
  }
  writeStr(sink, "thread '");
  writeStr(sink, t);
  sink(39);
}
