// Synchronisation from interrupt context (the kernel's suite only: an
// application module has no top halves): handlers never block, a give
// wakes a thread, a handler's poll leaves the interrupted thread's wait
// value.

import { test, check, checkEq, checkSeq, seq, seqReset } from "./harness";
import { cleanup, joinThread, pool, spawn } from "./util";
import { flags, m1, q, sem } from "./sync";
import {
  boardSpareVector, Err, EventFlags, EventWait, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn, MAIN_PRIORITY,
  NO_WAIT, notifyTake, portCycles, threadSleep, threadWaitValue, ticks, FOREVER,
} from "../../kernel/ivt";

// ---- interrupt context ---------------------------------------------------

class BlockingAttempts extends IrqHandler {
  semTake: Err = Err.Ok;
  semPoll: Err = Err.Ok;
  sleep: Err = Err.Ok;
  mutexLock: Err = Err.Ok;
  queueWait: Err = Err.Ok;
  notifyWait: Err = Err.Ok;
  give: Err = Err.Ok;
  top(vector: u32): IrqReturn {
    this.semTake = sem.take(10);
    this.semPoll = sem.take(NO_WAIT);
    this.sleep = threadSleep(1);
    this.mutexLock = m1.lock(10);
    this.queueWait = q.receive(memory.data(16), 10);
    this.notifyWait = notifyTake(true, 10);
    this.give = sem.give();
    seq("I");
    return IrqReturn.Handled;
  }
}

const flags2 = new EventFlags();
/** Polls flags2 from a top half: a handler has no wait value of its own. */
class FlagsPoller extends IrqHandler {
  polled: Err = Err.Invalid;
  top(vector: u32): IrqReturn {
    this.polled = flags2.wait(1, EventWait.Any, NO_WAIT);
    return IrqReturn.Handled;
  }
}

function waitSemAndRecord(arg: u32): void {
  if (sem.take(FOREVER) == Err.Ok) seq("W");
}

export function syncIrqTests(): void {
  test("events: a handler's poll leaves the interrupted thread's wait value", () => {
    checkEq(flags.create(), Err.Ok, "create");
    checkEq(flags2.create(), Err.Ok, "create another");
    checkEq(flags2.set(1), Err.Ok, "set what the handler polls");
    checkEq(flags.set(0xa0), Err.Ok, "set");
    checkEq(flags.wait(0x80, EventWait.Any, NO_WAIT), Err.Ok, "main's own poll");
    checkEq(threadWaitValue(), 0xa0, "its wait value: the flags");
    const v = <u32>boardSpareVector(0);
    const h = new FlagsPoller();
    checkEq(irqRequest(v, h), Err.Ok, "request");
    irqPend(v);
    for (let i = 0; i < 100 && h.polled != Err.Ok; i++) portCycles();
    checkEq(h.polled, Err.Ok, "the handler's poll was satisfied");
    checkEq(threadWaitValue(), 0xa0, "main's wait value unchanged by the handler's poll");
    checkEq(irqFree(v, h), Err.Ok, "free");
    checkEq(flags.delete(), Err.Ok, "delete");
    checkEq(flags2.delete(), Err.Ok, "delete the other");
  });

  test("interrupt context: every blocking call returns InInterrupt; a give wakes a thread", () => {
    checkEq(sem.create(0, 1), Err.Ok, "create semaphore");
    checkEq(m1.create(), Err.Ok, "create mutex");
    checkEq(q.create(16, 2), Err.Ok, "create queue");
    const v = <u32>boardSpareVector(0);
    const h = new BlockingAttempts();
    checkEq(irqRequest(v, h), Err.Ok, "request");
    seqReset();
    spawn(0, "waiter", waitSemAndRecord, 0, MAIN_PRIORITY - 3);
    const t0 = ticks();
    irqPend(v);
    for (let i = 0; i < 100 && h.give == Err.Ok && !h.semTake; i++) portCycles();
    seq("m");
    checkSeq("IWm", "the woken thread ran when the interrupt returned, before main");
    check(ticks() - t0 <= 1, "without waiting for a tick");
    checkEq(h.semTake, Err.InInterrupt, "semaphore wait");
    checkEq(h.semPoll, Err.WouldBlock, "semaphore poll is allowed");
    checkEq(h.sleep, Err.InInterrupt, "sleep");
    checkEq(h.mutexLock, Err.InInterrupt, "mutex lock");
    checkEq(h.queueWait, Err.InInterrupt, "queue wait");
    checkEq(h.notifyWait, Err.InInterrupt, "notification wait");
    checkEq(h.give, Err.Ok, "give");
    checkEq(irqFree(v, h), Err.Ok, "free");
    check(joinThread(pool[0]), "waiter ended");
    checkEq(sem.delete(), Err.Ok, "delete semaphore");
    checkEq(m1.delete(), Err.Ok, "delete mutex");
    checkEq(q.delete(), Err.Ok, "delete queue");
    cleanup();
  });
}
