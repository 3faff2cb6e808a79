// Synchronisation from interrupt context (the kernel's suite only: an
// application module has no top halves): handlers never block, a give
// wakes a thread, a handler's poll leaves the interrupted thread's wait
// value; api.ts's calls from a top half (a mailbox's overwrite, a
// one-shot timer's start, a refused rendezvous) and the run-time
// statistics.

import { test, check, checkEq, checkSeq, seq, seqReset } from "./harness";
import { cleanup, joinThread, pool, spawn } from "./util";
import { flags, m1, q, sem } from "./sync";
import { box, ev, fires, q as mailbox, res, timer } from "./api";
import { runTopHalf, spare, TopHalfOnce } from "./irqutil";
import {
  boardSpareVector, Err, EventFlags, EventWait, interruptRunCycles, irqFree, IrqHandler, irqPend, irqRequest, irqRunCycles,
  IrqReturn, MAIN_PRIORITY, NO_WAIT, notifyTake, portCycles, RUN_STATS, threadCurrent, threadDelete, threadRunCycles,
  threadSleep, threadWaitValue, ticks, uptimeCycles, FOREVER,
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

// ---- api.ts's calls from a top half; run-time statistics ---------------

/** Overwrites the mailbox from a top half. */
class Overwriter extends TopHalfOnce {
  once(): void {
    res[3] = mailbox.overwriteValue<u32>(77);
  }
}
const overwriter = new Overwriter();

/** Starts `timer` from a top half. */
class TimerStarter extends TopHalfOnce {
  once(): void {
    res[3] = timer.start();
  }
}
const starter = new TimerStarter();

/** Tries a rendezvous from a top half. */
class SyncInIrq extends TopHalfOnce {
  once(): void {
    res[3] = ev.sync(8, 8, NO_WAIT);
  }
}
const syncInIrq = new SyncInIrq();

/** Spins until `arg` ticks have passed, then records what it was charged. */
function spinTicks(arg: u32): void {
  const t0 = ticks();
  while (ticks() - t0 < arg) {}
  spun = threadRunCycles(threadCurrent()!);
}
let spun: u64 = 0;

function sleepLong(arg: u32): void {
  threadSleep(arg);
}

class Nothing extends TopHalfOnce {
  once(): void {}
}
const nothing = new Nothing();

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

  test("queue: a top half overwrites a full mailbox; the receiver gets the handler's item", () => {
    checkEq(mailbox.create(4, 1), Err.Ok, "create");
    checkEq(mailbox.overwriteValue<u32>(2), Err.Ok, "a thread's item");
    runTopHalf(overwriter);
    checkEq(res[3], Err.Ok, "overwrite in a top half");
    checkEq(mailbox.messagesWaiting(), 1, "still one item");
    checkEq(mailbox.receiveInto(box, NO_WAIT), Err.Ok, "receive");
    checkEq(box.value, 77, "the handler's");
    checkEq(mailbox.delete(), Err.Ok, "delete");
  });

  test("events: a rendezvous from a top half is refused (InInterrupt) and sets nothing", () => {
    checkEq(ev.create(), Err.Ok, "create");
    runTopHalf(syncInIrq);
    checkEq(res[3], Err.InInterrupt, "not in a top half");
    checkEq(ev.get(), 0, "nothing set");
    checkEq(ev.delete(), Err.Ok, "delete");
  });

  test("timer: a one-shot started from a top half (a device's timeout) fires once", () => {
    const before = fires.count;
    checkEq(timer.create(fires, 3, false), Err.Ok, "create");
    runTopHalf(starter);
    checkEq(res[3], Err.Ok, "started in a top half");
    threadSleep(6);
    checkEq(fires.count - before, 1, "fires once");
    check(!timer.isActive(), "one-shot: done");
    checkEq(timer.delete(), Err.Ok, "delete");
  });

  test("stats: a running thread is charged the time it ran, a sleeping one nothing; threads and interrupts add up to the uptime", () => {
    if (!RUN_STATS) return;
    const sleeper = spawn(0, "sleeper", sleepLong, 40, MAIN_PRIORITY - 2); // runs and sleeps at once
    const s0 = threadRunCycles(sleeper);
    check(s0 > 0, "the sleeper ran before it slept");
    const c0 = portCycles();
    const u0 = uptimeCycles();
    const i0 = interruptRunCycles();
    // More urgent than main: runs at once, three ticks, then ends.
    const spinner = spawn(1, "spinner", spinTicks, 3, MAIN_PRIORITY - 1);
    const c1 = portCycles();
    const u1 = uptimeCycles();
    const i1 = interruptRunCycles();
    const wall = <u64>(c1 - c0);
    checkEq(<u32>(threadRunCycles(sleeper) - s0), 0, "a sleeping thread is charged nothing");
    check(spun >= wall / 2 && spun <= wall, "the spinner is charged most of the time it held the CPU");
    const ended = threadRunCycles(spinner);
    check(ended >= spun && ended - spun < wall / 8, "and a little more for its exit");
    threadSleep(1);
    checkEq(<u32>(threadRunCycles(spinner) - ended), 0, "an ended thread keeps its count");
    check(i1 > i0, "the ticks during the spin count as interrupt time");
    check(i1 - i0 < wall / 2, "and are a small part of the spin");
    const up = u1 - u0;
    check(up >= spun && up < wall + wall / 8 && up + wall / 8 > wall, "the uptime moved with the cycle counter");
    // A line is charged its top halves; a vector no chip serves counts 0.
    const v = spare(0);
    const r0 = irqRunCycles(v);
    runTopHalf(nothing);
    check(irqRunCycles(v) > r0, "a top half's time counts on its line");
    checkEq(<u32>irqRunCycles(0xffffffff), 0, "no such vector: 0");
    // Created again, a thread counts from 0.
    spawn(1, "spinner", spinTicks, 0, MAIN_PRIORITY - 1);
    check(spun < wall / 2, "a thread created again counts from 0");
    checkEq(threadDelete(sleeper), Err.Ok, "delete the sleeper");
    cleanup();
  });
}
