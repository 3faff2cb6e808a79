// Calls FreeRTOS users reach for (issue 13): a mailbox queue's overwrite,
// queue reset and its counters, the non-recursive mutex, an event-flags
// rendezvous, indexed notifications, a software timer's remaining time
// and delete; each with the misuse a new user might try. Written against
// the package "ivt": the kernel's suite and an application module
// (tests/suite-app-api) run the same tests; the same calls from a top
// half, and the run-time statistics, are in sync-irq.ts (the kernel's
// suite only).

import { test, check, checkEq } from "./harness";
import { cleanup, pool, spawn } from "./util";
import {
  Box, Err, EventFlags, FOREVER, NOTIFY_SLOTS, notify, NotifyAction, notifyGiveIndexed, notifyIndexed, notifyTake,
  notifyTakeIndexed, notifyWaitIndexed, threadCurrent, MAIN_PRIORITY, MAX_TIMEOUT, Mutex, MutexKind, NO_WAIT, Queue,
  SoftTimer, threadJoin, threadSleep, ThreadState, threadState, threadWaitValue, ticks, TimerCallback,
} from "ivt";

export const q = new Queue();
export const box = new Box<u32>();
const item = memory.data(4);
export const res = new StaticArray<u32>(4);
const m = new Mutex();

function receiveOne(arg: u32): void {
  const b = memory.data(4);
  res[0] = q.receive(b, FOREVER);
  res[1] = load<u32>(b);
}

function sendOne(v: u32): void {
  const b = memory.data(4);
  store<u32>(b, v);
  res[2] = q.send(b, FOREVER);
}

export class Fires extends TimerCallback {
  count: u32 = 0;
  fire(timer: SoftTimer): void {
    this.count++;
  }
}
export const fires = new Fires();
export const timer = new SoftTimer();

/** A callback that sleeps 6 ticks in the timer thread and measures it. */
class SleepyFire extends TimerCallback {
  slept: u32 = 0;
  fire(timer: SoftTimer): void {
    const t0 = ticks();
    threadSleep(6);
    this.slept = ticks() - t0;
  }
}
const sleepy = new SleepyFire();
const timer2 = new SoftTimer();

export const ev = new EventFlags();
const syncRes = new StaticArray<u32>(3);
const syncAt = new StaticArray<u32>(3);
const syncSaw = new StaticArray<u32>(3);

/** Arrives at the rendezvous of bits 1, 2 and 4 after 2 * bit ticks,
 *  twice; records the second round. */
function rendezvous(bit: u32): void {
  const i = bit == 1 ? 0 : bit == 2 ? 1 : 2;
  for (let round = 0; round < 2; round++) {
    threadSleep(2 * bit);
    syncRes[i] = ev.sync(bit, 7, 50);
    syncAt[i] = ticks();
    syncSaw[i] = threadWaitValue();
  }
}

/** Waits on notification slot 2, then records slot 2's value and what
 *  slot 0 holds. */
function waitOnSlot2(arg: u32): void {
  res[0] = notifyWaitIndexed(2, 0xffffffff, FOREVER);
  res[1] = threadWaitValue();
}

export function apiTests(): void {
  test("queue: overwrite keeps a mailbox of one current; a waiting receiver gets it", () => {
    checkEq(q.create(4, 1), Err.Ok, "create");
    checkEq(q.overwriteValue<u32>(1), Err.Ok, "into the empty slot");
    checkEq(q.overwriteValue<u32>(2), Err.Ok, "over it");
    checkEq(q.messagesWaiting(), 1, "one item");
    checkEq(q.spacesAvailable(), 0, "full");
    checkEq(q.sendValue<u32>(3, NO_WAIT), Err.WouldBlock, "send still sees it full");
    checkEq(q.peekInto(box, NO_WAIT), Err.Ok, "peek");
    checkEq(box.value, 2, "the newest");
    checkEq(q.receiveInto(box, NO_WAIT), Err.Ok, "receive");
    checkEq(box.value, 2, "the newest, taken");
    const r = spawn(0, "receiver", receiveOne, 0, MAIN_PRIORITY - 1);
    check(q.messagesWaiting() == 0, "it waits");
    store<u32>(item, 9);
    checkEq(q.overwrite(item), Err.Ok, "overwrite to a waiter");
    checkEq(threadJoin(r, 10), Err.Ok, "receiver ended");
    checkEq(res[0], Err.Ok, "received");
    checkEq(res[1], 9, "the item");
    checkEq(q.messagesWaiting(), 0, "handed over, not queued");
    checkEq(q.overwrite(0), Err.Invalid, "null item");
    checkEq(q.delete(), Err.Ok, "delete");
    checkEq(q.overwrite(item), Err.Invalid, "deleted");
    checkEq(q.create(4, 3), Err.Ok, "create 3");
    checkEq(q.overwrite(item), Err.Invalid, "capacity 3: not a mailbox");
    checkEq(q.delete(), Err.Ok, "delete");
    cleanup();
  });

  test("queue: reset drops the items, lets waiting senders in; counters track it", () => {
    checkEq(q.messagesWaiting(), 0, "not created: 0");
    checkEq(q.spacesAvailable(), 0, "not created: 0");
    checkEq(q.reset(), Err.Invalid, "not created");
    checkEq(q.create(4, 2), Err.Ok, "create");
    checkEq(q.spacesAvailable(), 2, "empty");
    checkEq(q.sendValue<u32>(1, NO_WAIT), Err.Ok, "send");
    checkEq(q.sendValue<u32>(2, NO_WAIT), Err.Ok, "send");
    const s = spawn(0, "sender", sendOne, 3, MAIN_PRIORITY - 1);
    checkEq(threadState(s), ThreadState.Blocked, "the sender waits for room");
    checkEq(q.messagesWaiting(), 2, "full");
    checkEq(q.reset(), Err.Ok, "reset");
    checkEq(threadJoin(s, 10), Err.Ok, "sender ended");
    checkEq(res[2], Err.Ok, "its send went in");
    checkEq(q.messagesWaiting(), 1, "only its item");
    checkEq(q.spacesAvailable(), 1, "one free");
    checkEq(q.receiveInto(box, NO_WAIT), Err.Ok, "receive");
    checkEq(box.value, 3, "the sender's");
    checkEq(q.delete(), Err.Ok, "delete");
    cleanup();
  });

  test("mutex: NonRecursive refuses a second lock by its owner with Deadlock; Recursive counts it", () => {
    checkEq(m.create(<MutexKind>7), Err.Invalid, "unknown kind");
    checkEq(m.create(MutexKind.NonRecursive), Err.Ok, "create");
    checkEq(m.lock(NO_WAIT), Err.Ok, "lock");
    checkEq(m.lock(NO_WAIT), Err.Deadlock, "again, NO_WAIT");
    checkEq(m.lock(FOREVER), Err.Deadlock, "again, FOREVER: no hang");
    checkEq(m.unlock(), Err.Ok, "one unlock frees it");
    checkEq(m.unlock(), Err.NotOwner, "nothing more to unlock");
    checkEq(m.delete(), Err.Ok, "delete");
    checkEq(m.create(), Err.Ok, "create recursive (the default)");
    checkEq(m.lock(NO_WAIT), Err.Ok, "lock");
    checkEq(m.lock(NO_WAIT), Err.Ok, "again");
    checkEq(m.unlock(), Err.Ok, "unlock");
    checkEq(m.unlock(), Err.Ok, "unlock");
    checkEq(m.unlock(), Err.NotOwner, "no more");
    checkEq(m.delete(), Err.Ok, "delete");
  });

  test("events: sync is a rendezvous: three threads leave together, twice; the mask is cleared for the next round", () => {
    checkEq(ev.sync(1, 1, NO_WAIT), Err.Invalid, "not created");
    checkEq(ev.create(), Err.Ok, "create");
    checkEq(ev.sync(1, 0, NO_WAIT), Err.Invalid, "empty mask");
    checkEq(ev.sync(1, 0x80000001, 0x80000000), Err.Invalid, "2^31");
    for (let b: u32 = 1; b <= 4; b <<= 1) spawn(b == 1 ? 0 : b == 2 ? 1 : 2, "sync", rendezvous, b, MAIN_PRIORITY - 1);
    for (let i = 0; i < 3; i++) checkEq(threadJoin(pool[i], 100), Err.Ok, "ended");
    for (let i = 0; i < 3; i++) {
      checkEq(syncRes[i], Err.Ok, "synced");
      checkEq(syncAt[i], syncAt[2], "left together");
      checkEq(syncSaw[i] & 7, 7, "saw the whole mask");
    }
    checkEq(ev.get(), 0, "cleared for the next round");
    // Alone: NO_WAIT leaves its bit set; a timeout too.
    checkEq(ev.sync(1, 3, NO_WAIT), Err.WouldBlock, "NO_WAIT, incomplete");
    checkEq(ev.get(), 1, "its bit stays");
    checkEq(ev.sync(1, 3, 3), Err.Timeout, "nobody came");
    checkEq(ev.sync(2, 3, NO_WAIT), Err.Ok, "the other bit completes it");
    checkEq(ev.get(), 0, "cleared");
    checkEq(ev.delete(), Err.Ok, "delete");
    cleanup();
  });

  test("notifications: slots are independent, each waited on alone (NOTIFY_SLOTS > 1); a slot past the last is Invalid", () => {
    const me = threadCurrent()!;
    notifyTake(true, NO_WAIT); // slot 0 empty
    checkEq(notifyIndexed(me, NOTIFY_SLOTS, 1, NotifyAction.SetBits), Err.Invalid, "past the last slot");
    checkEq(notifyTakeIndexed(NOTIFY_SLOTS, true, NO_WAIT), Err.Invalid, "take past the last slot");
    checkEq(notifyWaitIndexed(NOTIFY_SLOTS, 0, NO_WAIT), Err.Invalid, "wait past the last slot");
    checkEq(notifyGiveIndexed(me, 0xffffffff), Err.Invalid, "2^32 - 1");
    checkEq(notifyGiveIndexed(me, 0), Err.Ok, "slot 0 is notify's");
    checkEq(notifyTake(true, NO_WAIT), Err.Ok, "taken by notifyTake");
    if (NOTIFY_SLOTS < 3) return; // this board keeps one slot (board.json kernel.NOTIFY_SLOTS)
    checkEq(notifyGiveIndexed(me, 1), Err.Ok, "give slot 1");
    checkEq(notifyTake(true, NO_WAIT), Err.WouldBlock, "slot 0 untouched");
    checkEq(notifyTakeIndexed(1, true, NO_WAIT), Err.Ok, "slot 1 taken");
    const w = spawn(0, "slot2", waitOnSlot2, 0, MAIN_PRIORITY - 1);
    checkEq(notify(w, 5, NotifyAction.SetBits), Err.Ok, "slot 0");
    checkEq(notifyIndexed(w, 1, 6, NotifyAction.SetBits), Err.Ok, "slot 1");
    checkEq(threadState(w), ThreadState.Blocked, "slots 0 and 1 do not wake a wait on 2");
    checkEq(notifyIndexed(w, 2, 0x30, NotifyAction.Overwrite), Err.Ok, "slot 2");
    checkEq(threadJoin(w, 10), Err.Ok, "ended");
    checkEq(res[0], Err.Ok, "woken");
    checkEq(res[1], 0x30, "slot 2's value");
    checkEq(notifyIndexed(me, 2, 7, NotifyAction.SetIfNotPending), Err.Ok, "set if not pending");
    checkEq(notifyIndexed(me, 2, 8, NotifyAction.SetIfNotPending), Err.Busy, "pending now");
    checkEq(notifyWaitIndexed(2, 0xffffffff, NO_WAIT), Err.Ok, "wait");
    checkEq(threadWaitValue(), 7, "the first value");
    cleanup();
  });

  test("timer: setPeriod refuses 0, FOREVER, 2^31 and a timer not created or deleted; an active timer restarts with the new period", () => {
    const t = new SoftTimer();
    checkEq(t.setPeriod(5), Err.Invalid, "not created");
    checkEq(t.create(fires, 100, false), Err.Ok, "create");
    checkEq(t.setPeriod(0), Err.Invalid, "0");
    checkEq(t.setPeriod(FOREVER), Err.Invalid, "FOREVER");
    checkEq(t.setPeriod(0x80000000), Err.Invalid, "2^31");
    checkEq(t.setPeriod(MAX_TIMEOUT), Err.Ok, "MAX_TIMEOUT");
    check(!t.isActive(), "not started by it");
    checkEq(t.start(), Err.Ok, "start");
    check(t.remaining() >= MAX_TIMEOUT - 2, "MAX_TIMEOUT away");
    const fired0 = fires.count;
    checkEq(t.setPeriod(3), Err.Ok, "shorter while active");
    check(t.isActive() && t.remaining() <= 3, "restarted with it");
    threadSleep(6);
    checkEq(fires.count - fired0, 1, "fired once, at the new period");
    checkEq(t.delete(), Err.Ok, "delete");
    checkEq(t.setPeriod(5), Err.Invalid, "deleted");
  });

  test("timer: remaining counts down; delete stops it for good; a deleted timer is Invalid; a one-shot fires once", () => {
    const fired0 = fires.count; // sync-irq.ts's timer test used it first
    checkEq(timer.remaining(), 0, "not created");
    checkEq(timer.delete(), Err.Invalid, "not created");
    checkEq(timer.create(fires, 20, true), Err.Ok, "create");
    checkEq(timer.remaining(), 0, "not started");
    checkEq(timer.start(), Err.Ok, "start");
    const before = ticks();
    const left = timer.remaining();
    check(left >= 19 && left <= 20, "about the period");
    threadSleep(5);
    const later = timer.remaining();
    // Bracketed by tick readings: a tick may pass between a reading and
    // the call beside it (at 1 kHz on mcf5208evb, as an application, one
    // did), so remaining fell by the ticks that passed, or up to 2 fewer.
    const passed = ticks() - before;
    check(passed >= 5, "slept five ticks");
    check(left - later <= passed && left - later + 2 >= passed, "fell as the ticks passed");
    checkEq(timer.delete(), Err.Ok, "delete");
    checkEq(timer.remaining(), 0, "deleted: 0");
    check(!timer.isActive(), "inactive");
    const t0 = ticks();
    threadSleep(30);
    checkEq(fires.count - fired0, 0, "never fired");
    checkEq(timer.start(), Err.Invalid, "start after delete");
    checkEq(timer.delete(), Err.Invalid, "delete twice");
    checkEq(timer.create(fires, 3, false), Err.Ok, "created again");
    checkEq(timer.start(), Err.Ok, "started");
    threadSleep(6);
    checkEq(fires.count - fired0, 1, "fires once");
    check(!timer.isActive(), "one-shot: done");
    // A callback that sleeps is not woken early when another timer starts
    // (the timer thread's own wait is the only one a start may end).
    checkEq(timer2.create(sleepy, 1, false), Err.Ok, "create a sleepy timer");
    checkEq(timer2.start(), Err.Ok, "start it");
    threadSleep(3); // its callback sleeps now
    checkEq(timer.create(fires, 50, false), Err.Ok, "another timer");
    checkEq(timer.start(), Err.Ok, "started while the callback sleeps");
    threadSleep(8);
    check(sleepy.slept >= 6, "the callback slept its six ticks");
    checkEq(timer.delete(), Err.Ok, "delete");
    checkEq(timer2.delete(), Err.Ok, "delete");
    check(ticks() - t0 >= 36, "time passed");
  });
}
