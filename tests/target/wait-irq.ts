// Joins and periodic waits from the wrong context: a top half (the
// kernel's suite only; an application module has no top halves).

import { test, checkEq } from "./harness";
import { cleanup, pool, spawn } from "./util";
import { runTopHalf, TopHalfOnce } from "./irqutil";
import { clearRes, mainWake, res, sleepForever } from "./wait";
import { Err, FOREVER, MAIN_PRIORITY, NO_WAIT, threadAbortWait, threadJoin, threadSleep, threadSleepUntil } from "../../kernel/ivt";

/** In a top half: join (refused), abort the wait of pool[0]. */
class WaitCalls extends TopHalfOnce {
  once(): void {
    res[8] = threadJoin(pool[0], NO_WAIT);
    res[9] = threadJoin(pool[0], FOREVER);
    res[10] = threadSleepUntil(mainWake, 1);
    res[11] = threadAbortWait(pool[0]);
  }
}
const handler = new WaitCalls();

export function waitIrqTests(): void {
  test("join: from a top half InInterrupt; sleepUntil too; abortWait from a top half ends a sleep", () => {
    clearRes();
    const f = spawn(0, "forever", sleepForever, 0, MAIN_PRIORITY);
    threadSleep(1); // f runs and sleeps
    runTopHalf(handler);
    checkEq(res[8], Err.InInterrupt, "join NO_WAIT in a top half");
    checkEq(res[9], Err.InInterrupt, "join FOREVER in a top half");
    checkEq(res[10], Err.InInterrupt, "sleepUntil in a top half");
    checkEq(res[11], Err.Ok, "abortWait in a top half");
    checkEq(threadJoin(f, 10), Err.Ok, "the aborted sleeper returned");
    checkEq(res[0], Err.Aborted, "its sleep said Aborted");
    cleanup();
  });
}
