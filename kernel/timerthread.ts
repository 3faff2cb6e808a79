// The timer thread: runs due software timers (kernel/swtimer.ts) and the
// kernel's deferred calls (kernel/work.ts deferCall, NAPI polls), one at a
// time, timers first, so that a timer that comes due while deferred calls
// keep arriving still fires between two of them. FreeRTOS's timer task
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
  for (;;) {
    const s = kernelLock();
    if (runDueTimerLocked(s)) continue; // it released the lock
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
