// The kernel lock: interrupts masked. Every change to the scheduler's and
// the sync objects' state happens under it, on one core and in interrupt
// handlers alike (a nested interrupt cannot come in while it is held).
//
// A function whose name ends in `Locked` must be called with the lock held
// (Zephyr's `_locked`, ChibiOS' `I` class): it neither takes nor releases
// it, unless its comment says it releases it (blockCurrentLocked and
// waitOrFailLocked end the caller's critical section). With ASSERT_LOCKED
// (kernel/config.ts) each of them checks that on entry, as xv6's holding()
// does: the check asks the host whether interrupts are masked.

import { ASSERT_LOCKED } from "./config";
import { portIrqRestore, portIrqSave } from "./port";

/** Takes the kernel lock (masks interrupts); nests. Arguments: none.
 *  Returns: the state to give kernelUnlock. Errors: none. Any context. */
@inline export function kernelLock(): u32 {
  return portIrqSave();
}

/** Gives the kernel lock back. Arguments: `saved`, what the matching
 *  kernelLock returned. Returns: nothing. Errors: none. Any context. */
@inline export function kernelUnlock(saved: u32): void {
  portIrqRestore(saved);
}

/** With ASSERT_LOCKED, aborts unless the kernel lock is held (`*** ivt
 *  ABORT in <context>: kernel lock not held`, bugcheck 0x109 charged to
 *  the ...Locked function, whose caller the backtrace names next); without
 *  it, compiles to nothing. Called first by every `...Locked` function.
 *  Arguments: none. Returns: nothing. Any context. */
@inline export function assertLocked(): void {
  if (ASSERT_LOCKED) {
    // Inline, not a function of its own: the record is charged to the
    // function the failed check is in, so each ...Locked function called
    // without the lock gets a bucket of its own (as a function,
    // `kernel/lock/checkLocked` was every such record's bucket).
    const s = portIrqSave();
    portIrqRestore(s);
    // 0: interrupts were enabled, so the caller did not hold the lock. An
    // assert, not abort(): it passes this file and line, which make the
    // report a kernel assertion (bugcheck 0x109, kernel/panic.ts ivtAbort).
    assert(s != 0, "kernel lock not held");
  }
}
