// Run-time statistics: the cycles each thread and each interrupt line
// use, from the board's cycle counter (FreeRTOS's run-time stats, Zephyr's
// thread runtime stats).
//
// The running thread's current run starts at `runStart` (kept in
// kernel/runclock.ts, with the switch's charge). Two places move
// it, both with stamps they take anyway:
//   a switch                   charges the outgoing thread up to now and
//                              starts the next run;
//   the end of an outermost    moves it later by the interrupt's length
//   interrupt                  (so no thread is charged for a handler that
//                              interrupted it); at its catchUp (at most once
//                              per 2^28 cycles) a run of over 2^30 cycles is
//                              charged and starts anew: a thread that never
//                              gives the CPU up is counted long before the
//                              32-bit counter could wrap past its run (the
//                              tick is an interrupt).
// The interrupt's own time goes to its line and to the interrupt total.
//
// Counts are 64-bit (at 25 MHz a 32-bit count of cycles wraps in under
// three minutes), kept as two 32-bit words in objects (an i64 field costs a
// copy through the stack in the translated code). RUN_STATS
// (kernel/config.ts) false compiles it all away.

import { RUN_STATS } from "./config";
import { Thread } from "./tcb";
import { IrqDesc } from "./irq/descriptors";
import { portCycles } from "./port";
import { kernelLock, kernelUnlock } from "./lock";
import { threadCurrent } from "./sched";
import { chargeThread, runStartAt, setRunStart } from "./runclock";
import { inInterrupt } from "./context";

/** Cycles spent in outermost interrupt dispatches since threads started:
 *  the low word, which every such interrupt adds to (and wraps), and the
 *  high word, which catchUp counts the low word's wraps into. The low word
 *  is also the interrupt-load rule's busy count (kernel/irq/storm.ts). */
let irqLo: u32 = 0;
let irqHi: u32 = 0;
/** irqLo at the last catchUp: it wrapped since if it is lower now. */
let irqLoSeen: u32 = 0;
/** irqLo when threads started: boot's interrupts are not counted (irqLo
 *  is not reset then, so that the load rule's window goes on). */
let irqLoAtStart: u32 = 0;
/** The cycle counter extended to 64 bits: its wraps so far, counted by
 *  catchUp (at an outermost interrupt's end at least every SLOW_CYCLES:
 *  the tick's come far more often than the counter wraps), and its value
 *  then. */
let wraps: u32 = 0;
let lastSeen: u32 = 0;
/** The extended counter when threads started. */
let startedAt: u64 = 0;
let started = false;

/** A run longer than this is charged at the next catchUp rather than
 *  carried: far from the 32-bit counter's wrap. */
const FOLD_CYCLES: u32 = 0x40000000;
/** How far apart (cycles) the end of an outermost interrupt runs catchUp:
 *  the wraps of the cycle counter and of irqLo and the long runs' fold,
 *  which each need a look at least once per 2^32 cycles, are there, off
 *  every interrupt's path (they took 13 of its instructions on
 *  mps2-an385). */
const SLOW_CYCLES: u32 = 0x10000000;

/** Adds `took` cycles of top halves and acknowledge to line `d`'s 64-bit
 *  count (two words, as chargeThread). Interrupt context (the dispatch,
 *  every interrupt, nested ones too). */
@inline export function statsTopHalves(d: IrqDesc, took: u32): void {
  if (!RUN_STATS) return;
  const lo = d.runLo + took;
  d.runLo = lo;
  if (lo < took) d.runHi++;
}

/** The cycle counter, 64-bit, at `now` (a stamp taken after the last
 *  outermost interrupt's end). */
@inline function extended(now: u32): u64 {
  return ((<u64>(now < lastSeen ? wraps + 1 : wraps)) << 32) | now;
}

/** Starts the counts: boot's time and interrupts are nobody's. Called by
 *  boot just before threads start. Thread context (boot). */
export function statsStart(): void {
  if (!RUN_STATS) return;
  const now = portCycles();
  lastSeen = now;
  startedAt = extended(now);
  setRunStart(now);
  irqHi = 0;
  irqLoSeen = irqLo;
  irqLoAtStart = irqLo;
  started = true;
}

/** At the end (`end`) of an outermost interrupt that began at `t0`: the
 *  interrupted thread's run skips the interrupt, which goes to the
 *  interrupt total. Interrupt context (the dispatch). */
@inline export function statsInterruptEnd(t0: u32, end: u32): void {
  if (!RUN_STATS) return;
  const took = end - t0;
  irqLo += took;
  setRunStart(runStartAt() + took);
  if (end - lastSeen >= SLOW_CYCLES) catchUp(end);
}

/** The interrupt total's low word (cycles, wrapping): the interrupt-load
 *  rule's busy cycles are its growth over a window. Interrupt context. */
@inline export function interruptCyclesLow(): u32 {
  return irqLo;
}

/** What must be looked at once per 2^32 cycles, at the end (`end`) of an
 *  outermost interrupt SLOW_CYCLES or more after the last look: the cycle
 *  counter's wrap, irqLo's wrap into irqHi, and a run longer than
 *  FOLD_CYCLES (a thread that never gives the CPU up), charged now.
 *  Interrupt context (the dispatch). */
function catchUp(end: u32): void {
  if (end < lastSeen) wraps++;
  lastSeen = end;
  const lo = irqLo;
  if (lo < irqLoSeen) irqHi++;
  irqLoSeen = lo;
  // The run's start is past this interrupt already: its run ended at the
  // interrupt's start, `end - runStart` cycles of run.
  const runStart = runStartAt();
  if (end - runStart < FOLD_CYCLES) return;
  const t = threadCurrent();
  if (t !== null) chargeThread(t, end - runStart);
  setRunStart(end);
}

/** The cycles thread `t` has run since it was created, interrupt handlers
 *  excluded (they count on their lines: irqRunCycles); for the running
 *  thread, up to now (from a handler: up to the last switch or interrupt
 *  before it). Arguments: `t`.
 *  Returns the count; 0 for a thread never created or when RUN_STATS is
 *  off. Errors: none. Any context. */
export function threadRunCycles(t: Thread): u64 {
  if (!RUN_STATS) return 0;
  const s = kernelLock();
  let n = (<u64>t.runHi << 32) | t.runLo;
  // The running thread's run so far; in a handler, the interrupted
  // thread's count stops at the last switch or interrupt (its run resumes
  // after this one), so that a count never goes back.
  if (started && t === threadCurrent() && !inInterrupt()) n += <u64>(portCycles() - runStartAt());
  kernelUnlock(s);
  return n;
}

/** The cycles spent in interrupt handling (every outermost dispatch, top
 *  halves, acknowledge and the kernel's bookkeeping; bottom halves are
 *  threads) since threads started. Returns the count; 0 when RUN_STATS is
 *  off. Errors: none. Any context. */
export function interruptRunCycles(): u64 {
  if (!RUN_STATS) return 0;
  const s = kernelLock();
  const lo = irqLo;
  // A wrap of the low word that catchUp has not counted yet.
  const hi = lo < irqLoSeen ? irqHi + 1 : irqHi;
  kernelUnlock(s);
  return ((<u64>hi << 32) | lo) - <u64>irqLoAtStart;
}

/** The cycles since threads started: every thread's run cycles (those of
 *  threads that have ended too) plus interruptRunCycles(). Returns the
 *  count; 0 before threads run or when RUN_STATS is off. Errors: none.
 *  Any context. */
export function uptimeCycles(): u64 {
  if (!RUN_STATS) return 0;
  const s = kernelLock();
  const n = started ? extended(portCycles()) - startedAt : 0;
  kernelUnlock(s);
  return n;
}
