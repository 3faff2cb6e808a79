// The timer thread: runs due software timers (kernel/swtimer.ts) and the
// kernel's deferred calls (kernel/work.ts deferCall, NAPI polls), one at a
// time, in turn while both wait, so that neither starves the other: a
// timer that comes due while deferred calls keep arriving fires between
// two of them, and a deferred call runs between two runs of a periodic
// timer whose callback overruns its period (always due: with timers
// always first it would wait for good, and a NAPI line stay masked). FreeRTOS's timer task
// runs its pended function calls the same way: one kernel thread and its
// stack fewer than a thread of their own. Here, not in either file, since
// work.ts builds on swtimer.ts (delayed work items are timers).

import { Err } from "./errors";
import { kernelLock, kernelUnlock } from "./lock";
import { runDueTimerLocked, sleepUntilNextExpiryLocked, timerThreadReserve } from "./swtimer";
import { deferredPendingLocked, deferredRunOne } from "./work";

function timerThreadMain(arg: u32): void {
  let timerRan = false; // the last thing run was a timer's callback
  for (;;) {
    const s = kernelLock();
    // After a timer's callback a waiting deferred call goes first.
    const timersFirst = !timerRan || !deferredPendingLocked();
    if (timersFirst && runDueTimerLocked(s)) {
      timerRan = true; // runDueTimerLocked released the lock
      continue;
    }
    timerRan = false;
    if (deferredPendingLocked()) {
      kernelUnlock(s);
      deferredRunOne();
      continue;
    }
    sleepUntilNextExpiryLocked(s);
  }
}

/** Keeps the timer thread's id; the thread itself is made when first
 *  needed (kernel/swtimer.ts timerThreadNeededLocked). Returns Err.Ok;
 *  Err.NoSpace (no thread id, or no room for a thread a board's init
 *  needed already). Boot only, after the stack arena. */
export function timerThreadStart(): Err {
  return timerThreadReserve(timerThreadMain);
}
