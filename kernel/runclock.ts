// The run clock of the run-time statistics (kernel/stats.ts): where the
// running thread's current run began, and the charge a switch makes. Apart
// from stats.ts so that the scheduler, which records every switch, needs
// nothing of the interrupt code that stats.ts also counts for.

import { RUN_STATS } from "./config";
import { Thread } from "./tcb";
import { assertLocked } from "./lock";

/** Where the running thread's current run began (cycles), moved later by
 *  the length of every interrupt since (stats.ts statsInterruptEnd). */
let runStart: u32 = 0;

/** The start of the running thread's current run. Any context. */
@inline export function runStartAt(): u32 {
  return runStart;
}

/** Moves the start of the running thread's current run to `at`. Kernel
 *  lock held, or interrupt context (the dispatch). */
@inline export function setRunStart(at: u32): void {
  runStart = at;
}

/** Adds `n` to thread `t`'s 64-bit count (two words). */
@inline export function chargeThread(t: Thread, n: u32): void {
  const lo = t.runLo + n;
  t.runLo = lo;
  if (lo < n) t.runHi++;
}

/** At a switch at `now` away from `prev` (null at the first switch: the
 *  time since statsStart is the first thread's). Lock held (a switch is
 *  recorded with interrupts masked). */
@inline export function statsSwitchLocked(prev: Thread | null, now: u32): void {
  if (!RUN_STATS) return;
  assertLocked();
  if (prev !== null) chargeThread(prev, now - runStart);
  runStart = now;
}
