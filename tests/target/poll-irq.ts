// Polling, the kernel's part (poll.ts has the rest): a thread waits with
// pollPoint() for a flag that a top half sets, the way docs/kernel.md
// shows. Only the kernel's suite runs it: an application has no top halves.

import { test, check, checkEq } from "./harness";
import { cleanup, joinThread, spawn } from "./util";
import { spare } from "./irqutil";
import { SPIN_PRIORITY } from "./poll";
import { Err, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn, pollPoint, threadSleep } from "../../kernel/ivt";

let irqFlag = false; // set by the handler, polled by a thread
let flagSeen = false;

@final class FlagSetter extends IrqHandler {
  calls: u32 = 0;
  top(vector: u32): IrqReturn {
    this.calls++;
    irqFlag = true;
    return IrqReturn.Handled;
  }
}

function waitForFlag(arg: u32): void {
  while (!irqFlag) pollPoint();
  flagSeen = true;
}

export function pollIrqTests(): void {
  test("poll: a thread waits with pollPoint() for a flag an interrupt handler sets", () => {
    const v = spare(0);
    const h = new FlagSetter();
    irqFlag = false;
    flagSeen = false;
    checkEq(irqRequest(v, h), Err.Ok, "request the spare line");
    const t = spawn(0, "flagwait", waitForFlag, 0, SPIN_PRIORITY);
    threadSleep(2); // the waiter is now polling
    check(!flagSeen, "no flag before the interrupt");
    irqPend(v);
    check(joinThread(t, 100), "the waiting thread ends (the flag read afresh)");
    check(flagSeen, "the waiter saw the flag");
    checkEq(h.calls, 1, "handler calls");
    checkEq(irqFree(v, h), Err.Ok, "free");
    cleanup();
  });
}
