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
import { TIMER_STACK_BYTES, TIMER_THREAD_PRIORITY } from "./config";
import { kernelLock, kernelUnlock } from "./lock";
import { kernelThreadCreate } from "./thread";
import { runDueTimerLocked, sleepUntilNextExpiryLocked, timerThread } from "./swtimer";
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

/** Creates the timer thread. Boot only. */
export function timerThreadStart(): Err {
  return kernelThreadCreate(timerThread, "timers", timerThreadMain, 0, TIMER_THREAD_PRIORITY, TIMER_STACK_BYTES);
}
