// Polling: waiting for something an interrupt handler changes, without
// blocking.
//
// A loop such as `while (!done) {}` may never end, for two reasons: on a
// board wasm2c makes `done` a plain C variable and the C compiler, which
// sees nothing in the loop that could change it, loads it once before the
// loop; on sim interrupts are delivered only when the module calls the host.
// pollPoint() is a call to the host (kernel/port.ts portPoll) that cures
// both: after it every global and every byte of memory is read afresh.
// Blocking (a Semaphore given by the handler, a notification) is better
// when the wait is long; polling suits a wait of a few microseconds or
// code that may not block. docs/kernel.md, "Polling", has the example.

import { portPoll } from "./port";

/** A poll point for a loop that waits on a value an interrupt handler (or
 *  another thread) changes: call it once per iteration, before reading the
 *  value. Interrupts pending on sim are delivered here; on a board it is a
 *  call that returns at once. Arguments: none. Returns: nothing. Errors:
 *  none. Any context (a loop in an interrupt handler waits only for more
 *  urgent interrupts). */
export function pollPoint(): void {
  portPoll();
}
