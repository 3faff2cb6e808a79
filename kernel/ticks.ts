// The tick count and rate: a leaf module (it imports only the port), so
// that what needs the time (the timeout list, the scheduler, the storm
// rules) need not import time.ts, which registers the tick's interrupt and
// so imports the interrupt code. time.ts starts the tick and re-exports
// these for applications.
//
// Tick counts are u32 and wrap after 2^32 ticks (49.7 days at 1 kHz);
// compare them with tickDiff/tickReached (tickmath.ts), never with < or >.

import { portPoll } from "./port";

let tickCount: u32 = 0;
let tickHz: u32 = 0;

/** Ticks since tickStart (wraps). Read afresh at every call, so a thread
 *  may poll it in a loop: the poll point keeps the C compiler of a native
 *  board from hoisting the load out of the loop, and lets sim deliver the
 *  tick (docs/kernel.md, "Polling"). Any context. */
export function ticks(): u32 {
  portPoll();
  return tickCount;
}

/** The tick count as it is, with no poll point: for kernel code that reads
 *  it once (a deadline, a storm rule's burst) rather than waiting for it
 *  to move; ticks() costs an import call more on every board. Any
 *  context. */
@inline export function tickNow(): u32 {
  return tickCount;
}

/** The tick rate in Hz, 0 before tickStart. Any context. */
export function tickRate(): u32 {
  return tickHz;
}

export { tickDiff, tickReached } from "./tickmath";

/** Counts one tick and returns the new count. The tick's interrupt
 *  handler only (time.ts), lock held. */
@inline export function tickAdvance(): u32 {
  return ++tickCount;
}

/** Records the tick rate once the tick runs. Thread context (tickStart
 *  only). */
export function tickRateSet(hz: u32): void {
  tickHz = hz;
}
