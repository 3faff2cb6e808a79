// Robustness from interrupt context (the kernel's suite only: an
// application has no top halves): may-block calls from a top half are
// InInterrupt even when they would not block; irqRequest's flags.

import { test, check, checkEq } from "./harness";
import { spare } from "./irqutil";
import { flags, item, mtx, q, res, sem } from "./robust";
import {
  Err, EventWait, FOREVER, IrqFlags, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn, NO_WAIT, notifyGive, notifyTake,
  notifyWait, portCycles, threadCurrent, threadSleep, threadYield,
} from "../../kernel/ivt";

// ---- interrupt context -----------------------------------------------------

class MayBlockCalls extends IrqHandler {
  ran: bool = false;
  top(vector: u32): IrqReturn {
    let i = 0;
    res[i++] = sem.take(FOREVER);
    res[i++] = q.send(item, 1);
    res[i++] = q.sendToFront(item, 1);
    res[i++] = q.receive(item, 1);
    res[i++] = q.peek(item, 1);
    res[i++] = flags.wait(1, EventWait.Any, 1);
    res[i++] = notifyTake(true, 1);
    res[i++] = notifyWait(0, 1);
    res[i++] = mtx.lock(NO_WAIT);
    res[i++] = mtx.lock(1);
    res[i++] = threadYield();
    res[i++] = threadSleep(1);
    // NO_WAIT calls from a handler still work.
    res[i++] = sem.take(NO_WAIT);
    res[i++] = q.receive(item, NO_WAIT);
    res[i++] = flags.wait(1, EventWait.ClearOnExit, NO_WAIT);
    this.ran = true;
    return IrqReturn.Handled;
  }
}

const handlers: StaticArray<MayBlockCalls> = [new MayBlockCalls(), new MayBlockCalls()];

export function robustIrqTests(): void {
  test("interrupt context: may-block calls are InInterrupt even if free", () => {
    checkEq(sem.create(1, 1), Err.Ok, "create");
    checkEq(mtx.create(), Err.Ok, "create");
    checkEq(q.create(4, 2), Err.Ok, "create");
    checkEq(flags.create(), Err.Ok, "create");
    checkEq(q.send(item, NO_WAIT), Err.Ok, "send");
    flags.set(1);
    notifyTake(true, NO_WAIT);
    notifyGive(threadCurrent()!); // the interrupted thread has a notification
    checkEq(threadYield(), Err.Ok, "yield");
    const v = spare(0);
    const h = handlers[0];
    checkEq(irqRequest(v, h), Err.Ok, "request");
    irqPend(v);
    for (let i = 0; i < 100 && !h.ran; i++) portCycles();
    check(h.ran, "ran");
    for (let i = 0; i < 12; i++) checkEq(res[i], Err.InInterrupt, "refused");
    for (let i = 12; i < 15; i++) checkEq(res[i], Err.Ok, "NO_WAIT");
    check(sem.available() == 0 && q.count() == 0 && flags.get() == 0, "only NO_WAIT took");
    checkEq(notifyTake(true, NO_WAIT), Err.Ok, "kept");
    checkEq(irqFree(v, h), Err.Ok, "free");
    sem.delete();
    mtx.delete();
    q.delete();
    flags.delete();
  });

  test("irq: unknown flags, a trigger mode not the line's: Invalid", () => {
    const v = spare(1);
    const a = handlers[0]; // registered only: never run here
    const b = handlers[1];
    checkEq(irqRequest(v, a, 0x10), Err.Invalid, "flag");
    checkEq(irqRequest(v, a, IrqFlags.Shared | 0x80000000), Err.Invalid, "flag");
    checkEq(irqRequest(v, a, IrqFlags.Shared), Err.Ok, "level");
    checkEq(irqRequest(v, b, IrqFlags.Shared | IrqFlags.Edge), Err.Invalid, "edge on level");
    checkEq(irqFree(v, a), Err.Ok, "free");
    checkEq(irqRequest(v, a, IrqFlags.Shared | IrqFlags.Edge), Err.Ok, "edge");
    checkEq(irqRequest(v, b, IrqFlags.Shared), Err.Invalid, "level on edge");
    checkEq(irqRequest(v, b, IrqFlags.Shared | IrqFlags.Edge), Err.Ok, "edge");
    checkEq(irqFree(v, b), Err.Ok, "free");
    checkEq(irqFree(v, a), Err.Ok, "free");
  });
}
