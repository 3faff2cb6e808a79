// Synchronisation: queues, semaphores, mutexes (recursion, inheritance,
// owner death), event flags, notifications, software timers; the rule
// that interrupt handlers never block is in sync-irq.ts. Written against
// the package "ivt": the kernel's suite and an application module
// (tests/suite-app) run the same tests.

import { test, check, checkEq, checkSeq, seq, seqCode, seqReset } from "./harness";
import { joinThread, pool, spawn } from "./util";
import {
  Err, EventFlags, EventWait, FOREVER, MAIN_PRIORITY, Mutex, NO_WAIT, notify, NotifyAction, notifyGive, notifyTake,
  notifyWait, Queue, Semaphore, SoftTimer, Thread, threadCurrent, threadPriority,
  threadSleep, threadSleepUntil, threadWaitValue, ticks, TimerCallback, WakeTime,
} from "ivt";

// ---- queues ------------------------------------------------------------

export const q = new Queue();

/** A 3-byte item v, v+1, v+2, sent to the back or front of q. */
const item3 = memory.data(3);
function put3(v: u32, front: bool): Err {
  store<u8>(item3, <u8>v);
  store<u8>(item3, <u8>(v + 1), 1);
  store<u8>(item3, <u8>(v + 2), 2);
  return front ? q.sendToFront(item3, NO_WAIT) : q.send(item3, NO_WAIT);
}
/** The v of the 3-byte item received from q; 0xffffffff if none came,
 *  0xfffffffe if its bytes changed. */
function get3(): u32 {
  if (q.receive(item3, NO_WAIT) != Err.Ok) return 0xffffffff;
  const v = <u32>load<u8>(item3);
  return load<u8>(item3, 1) == <u8>(v + 1) && load<u8>(item3, 2) == <u8>(v + 2) ? v : 0xfffffffe;
}
const PER_PRODUCER: u32 = 50;
const received = new StaticArray<u32>(2);
const lastSeen = new StaticArray<i32>(2);
let outOfOrder: u32 = 0;
let sum: u32 = 0;

// An item is 16 bytes: producer id, sequence number, two words of padding.
function producer(id: u32): void {
  const item = memory.data(16);
  for (let n: u32 = 0; n < PER_PRODUCER; n++) {
    store<u32>(item, id);
    store<u32>(item, n, 4);
    q.send(item, FOREVER);
  }
}
function consumer(arg: u32): void {
  const item = memory.data(16);
  for (;;) {
    if (q.receive(item, 20) != Err.Ok) return;
    const id = load<u32>(item);
    const n = load<u32>(item, 4);
    if (id > 1) { outOfOrder++; continue; }
    if (<i32>n != lastSeen[id] + 1) outOfOrder++;
    lastSeen[id] = <i32>n;
    received[id]++;
    sum += n;
  }
}

// ---- semaphores ----------------------------------------------------------

export const sem = new Semaphore();
function semWaiter(arg: u32): void {
  if (sem.take(FOREVER) == Err.Ok) seqCode(arg);
}

// ---- mutexes -------------------------------------------------------------

export const m1 = new Mutex();
const m2 = new Mutex();
let observed: u32 = 0;
let lowThread: Thread | null = null;

function lockM1AndRecord(arg: u32): void {
  seq("H");
  const r = m1.lock(FOREVER);
  seq(r == Err.Ok ? "h" : "x");
  if (r == Err.Ok) m1.unlock();
}
function lockM1ThenM2(arg: u32): void {
  m1.lock(FOREVER); // Mid holds M1 ...
  seq("M");
  m2.lock(FOREVER); // ... and waits for M2, held by Low
  seq("m");
  m2.unlock();
  m1.unlock();
}
function lockAndDie(arg: u32): void {
  m1.lock(FOREVER);
  seq("D"); // returns holding m1
}
let ownerDiedResult: Err = Err.Ok;
function lockAfterDeath(arg: u32): void {
  ownerDiedResult = m1.lock(FOREVER);
  if (ownerDiedResult == Err.OwnerDied || ownerDiedResult == Err.Ok) m1.unlock();
}

// ---- events and notifications -----------------------------------------

export const flags = new EventFlags();
let flagsSeen: u32 = 0;
function waitAll(arg: u32): void {
  if (flags.wait(0b101, EventWait.All | EventWait.ClearOnExit, FOREVER) == Err.Ok) {
    flagsSeen = threadWaitValue();
    seq("E");
  }
}
function waitAny(arg: u32): void {
  if (flags.wait(0b110, EventWait.Any, FOREVER) == Err.Ok) seq("e");
}

let takes: u32 = 0;
function notifiedTaker(arg: u32): void {
  for (let i = 0; i < 3; i++) {
    if (notifyTake(false, 50) == Err.Ok) takes++;
  }
}
let notifiedBits: u32 = 0;
function notifiedWaiter(arg: u32): void {
  if (notifyWait(0xffffffff, 50) == Err.Ok) notifiedBits = threadWaitValue();
}

// ---- software timers -----------------------------------------------------

class CountFires extends TimerCallback {
  at: u32 = 0;
  fire(timer: SoftTimer): void {
    this.at = ticks();
  }
}

export function syncTests(): void {
  test("queue: producers and consumers at four priorities move every item once, in order", () => {
    checkEq(q.create(16, 4), Err.Ok, "create");
    received[0] = 0;
    received[1] = 0;
    lastSeen[0] = -1;
    lastSeen[1] = -1;
    outOfOrder = 0;
    sum = 0;
    spawn(0, "cons-hi", consumer, 0, 14);
    spawn(1, "cons-lo", consumer, 0, 20);
    spawn(2, "prod-hi", producer, 0, 12);
    spawn(3, "prod-lo", producer, 1, 18);
    for (let i = 0; i < 4; i++) check(joinThread(pool[i], 2000), "thread ended");
    checkEq(received[0], PER_PRODUCER, "items from the urgent producer");
    checkEq(received[1], PER_PRODUCER, "items from the other producer");
    checkEq(outOfOrder, 0, "items out of order or unknown");
    checkEq(sum, PER_PRODUCER * (PER_PRODUCER - 1), "sequence numbers add up");
    checkEq(q.delete(), Err.Ok, "delete");
  });

  test("queue: full and empty answers, timeouts, send to front, peek", () => {
    checkEq(q.create(4, 2), Err.Ok, "create");
    const item = memory.data(4);
    store<u32>(item, 1);
    checkEq(q.send(item, NO_WAIT), Err.Ok, "send 1");
    store<u32>(item, 2);
    checkEq(q.sendToFront(item, NO_WAIT), Err.Ok, "send 2 to the front");
    checkEq(q.send(item, NO_WAIT), Err.WouldBlock, "full, no wait");
    // Start just after a tick: one falling between reading the clock and
    // the send's start would add one to the count (as an application the
    // two are separate system calls, and a change elsewhere moved the
    // tick there on lm3s6965evb).
    threadSleep(1);
    const t0 = ticks();
    checkEq(q.send(item, 3), Err.Timeout, "full, 3 ticks");
    checkEq(ticks() - t0, 4, "timed out after 3 full ticks");
    checkEq(q.peek(item, NO_WAIT), Err.Ok, "peek");
    checkEq(load<u32>(item), 2, "peeked the front item");
    checkEq(q.count(), 2, "peek leaves it");
    checkEq(q.receive(item, NO_WAIT), Err.Ok, "receive");
    checkEq(load<u32>(item), 2, "front first");
    checkEq(q.receive(item, NO_WAIT), Err.Ok, "receive");
    checkEq(load<u32>(item), 1, "then the back");
    checkEq(q.receive(item, NO_WAIT), Err.WouldBlock, "empty, no wait");
    checkEq(q.delete(), Err.Ok, "delete");
    checkEq(q.send(item, NO_WAIT), Err.Invalid, "send to a deleted queue");
    checkEq(q.create(0, 4), Err.Invalid, "zero-sized items");
    checkEq(q.create(4, 0), Err.Invalid, "zero capacity");
  });

  // The queue's ring (its fields in kernel/queue.ts): first in, first
  // out across the end of its storage, a send to the front taking the
  // slot before the oldest (also across the start), items of a size that
  // is not a word keeping all their bytes.
  test("queue: wrapping around its storage, to the front across its start, items of 3 bytes", () => {
    checkEq(q.create(3, 3), Err.Ok, "create");
    let wrong: u32 = 0;
    for (let round: u32 = 0; round < 5; round++) {
      // The oldest slot moves on by one first (a round leaves it where it
      // began), so that the sends to the front below come at every slot,
      // the first one included.
      if (put3(1, false) != Err.Ok || get3() != 1) wrong++;
      const v = round * 30 + 10;
      if (put3(v, false) != Err.Ok || put3(v + 3, false) != Err.Ok) wrong++;
      if (get3() != v) wrong++;
      if (put3(v + 6, true) != Err.Ok || put3(v + 9, false) != Err.Ok) wrong++;
      if (put3(v + 12, false) != Err.WouldBlock) wrong++;
      if (get3() != v + 6 || get3() != v + 3 || get3() != v + 9) wrong++;
      if (q.count() != 0) wrong++;
    }
    checkEq(wrong, 0, "rounds with an item missing, out of order or changed");
    checkEq(q.delete(), Err.Ok, "delete");
  });

  test("semaphore: waiters of different priorities are served most urgent first", () => {
    checkEq(sem.create(0, 3), Err.Ok, "create");
    seqReset();
    spawn(0, "low", semWaiter, 108, 22);
    spawn(1, "mid", semWaiter, 109, 20);
    spawn(2, "high", semWaiter, 104, 18);
    threadSleep(1); // all three block
    for (let i = 0; i < 3; i++) checkEq(sem.give(), Err.Ok, "give");
    for (let i = 0; i < 3; i++) check(joinThread(pool[i]), "waiter ended");
    checkSeq("hml", "wake order: most urgent first");
    checkEq(sem.delete(), Err.Ok, "delete");
  });

  test("semaphore: counting up to its maximum and down to zero", () => {
    checkEq(sem.create(0, 5), Err.Ok, "create");
    for (let i = 0; i < 5; i++) checkEq(sem.give(), Err.Ok, "give");
    checkEq(sem.give(), Err.Overflow, "give past the maximum");
    checkEq(sem.available(), 5, "count");
    for (let i = 0; i < 5; i++) checkEq(sem.take(NO_WAIT), Err.Ok, "take");
    checkEq(sem.take(NO_WAIT), Err.WouldBlock, "take from zero");
    checkEq(sem.take(2), Err.Timeout, "wait on zero");
    checkEq(sem.delete(), Err.Ok, "delete");
    checkEq(sem.create(6, 5), Err.Invalid, "initial above maximum");
    checkEq(sem.create(0, 0), Err.Invalid, "zero maximum");
    checkEq(sem.take(NO_WAIT), Err.Invalid, "take from a semaphore not created");
  });

  test("mutex: recursive locking by the owner; only the owner unlocks", () => {
    checkEq(m1.create(), Err.Ok, "create");
    checkEq(m1.lock(FOREVER), Err.Ok, "lock 1");
    checkEq(m1.lock(FOREVER), Err.Ok, "lock 2");
    checkEq(m1.lock(NO_WAIT), Err.Ok, "lock 3");
    seqReset();
    spawn(0, "other", lockM1AndRecord, 0, MAIN_PRIORITY - 2);
    checkSeq("H", "the other thread waits");
    checkEq(m1.unlock(), Err.Ok, "unlock 3");
    checkEq(m1.unlock(), Err.Ok, "unlock 2");
    checkSeq("H", "still held after two of three unlocks");
    checkEq(m1.unlock(), Err.Ok, "unlock 1");
    checkSeq("Hh", "the waiter got it at the last unlock");
    check(joinThread(pool[0]), "ended");
    checkEq(m1.unlock(), Err.NotOwner, "unlock when not the owner");
    checkEq(m1.delete(), Err.Ok, "delete");
  });

  test("mutex: the owner runs at a waiter's priority until it unlocks", () => {
    checkEq(m1.create(), Err.Ok, "create");
    const me = threadCurrent()!;
    checkEq(m1.lock(FOREVER), Err.Ok, "main locks");
    seqReset();
    spawn(0, "urgent", lockM1AndRecord, 0, MAIN_PRIORITY - 6);
    checkEq(threadPriority(me), MAIN_PRIORITY - 6, "main inherited the waiter's priority");
    checkEq(m1.unlock(), Err.Ok, "unlock");
    checkSeq("Hh", "the waiter ran at the unlock");
    checkEq(threadPriority(me), MAIN_PRIORITY, "main back to its own priority");
    check(joinThread(pool[0]), "ended");
    checkEq(m1.delete(), Err.Ok, "delete");
  });

  test("mutex: inheritance travels along a chain of two mutexes", () => {
    checkEq(m1.create(), Err.Ok, "create m1");
    checkEq(m2.create(), Err.Ok, "create m2");
    const me = threadCurrent()!;
    checkEq(m2.lock(FOREVER), Err.Ok, "main (low) holds m2");
    seqReset();
    spawn(0, "mid", lockM1ThenM2, 0, MAIN_PRIORITY - 2); // takes m1, waits on m2
    checkEq(threadPriority(me), MAIN_PRIORITY - 2, "main inherited mid's priority");
    spawn(1, "high", lockM1AndRecord, 0, MAIN_PRIORITY - 5); // waits on m1 (mid)
    checkEq(threadPriority(pool[0]), MAIN_PRIORITY - 5, "mid inherited high's priority");
    checkEq(threadPriority(me), MAIN_PRIORITY - 5, "and passed it on to main");
    checkEq(m2.unlock(), Err.Ok, "main unlocks m2");
    checkSeq("MHmh", "mid, then high, ran at the unlock");
    checkEq(threadPriority(me), MAIN_PRIORITY, "main back to its own priority");
    check(joinThread(pool[0]) && joinThread(pool[1]), "ended");
    checkEq(m1.delete(), Err.Ok, "delete m1");
    checkEq(m2.delete(), Err.Ok, "delete m2");
  });

  test("mutex: a waiter gets the mutex with OwnerDied when its owner dies holding it", () => {
    checkEq(m1.create(), Err.Ok, "create");
    seqReset();
    spawn(0, "dies", lockAndDie, 0, MAIN_PRIORITY - 1);
    check(joinThread(pool[0]), "owner ended");
    ownerDiedResult = Err.Ok;
    spawn(1, "next", lockAfterDeath, 0, MAIN_PRIORITY - 1);
    check(joinThread(pool[1]), "next ended");
    checkEq(ownerDiedResult, Err.OwnerDied, "next lock reports the dead owner");
    checkEq(m1.lock(NO_WAIT), Err.Ok, "then the mutex is healthy");
    checkEq(m1.unlock(), Err.Ok, "unlock");
    checkEq(m1.delete(), Err.Ok, "delete");
  });

  test("events: wait for all with clear-on-exit, wait for any", () => {
    checkEq(flags.create(), Err.Ok, "create");
    seqReset();
    flagsSeen = 0;
    spawn(0, "all", waitAll, 0, MAIN_PRIORITY - 1);
    spawn(1, "any", waitAny, 0, MAIN_PRIORITY - 2);
    checkEq(flags.set(0b001), Err.Ok, "set bit 0");
    checkSeq("", "nobody satisfied yet");
    checkEq(flags.set(0b100), Err.Ok, "set bit 2");
    checkSeq("eE", "any (more urgent) then all");
    checkEq(flagsSeen, 0b101, "all saw both bits");
    checkEq(flags.get(), 0, "all cleared its bits on exit");
    check(joinThread(pool[0]) && joinThread(pool[1]), "ended");
    checkEq(flags.wait(1, EventWait.Any, NO_WAIT), Err.WouldBlock, "no wait");
    checkEq(flags.wait(0, EventWait.Any, NO_WAIT), Err.Invalid, "empty mask");
    checkEq(flags.delete(), Err.Ok, "delete");
  });

  test("events, semaphores: a deleted object reads 0", () => {
    checkEq(flags.create(), Err.Ok, "create");
    checkEq(flags.set(0xa0), Err.Ok, "set");
    checkEq(flags.wait(0x80, EventWait.Any, NO_WAIT), Err.Ok, "a poll");
    checkEq(threadWaitValue(), 0xa0, "its wait value: the flags");
    checkEq(flags.delete(), Err.Ok, "delete");
    checkEq(flags.get(), 0, "deleted flags read 0");
    checkEq(sem.create(3, 5), Err.Ok, "a semaphore with 3 units");
    checkEq(sem.delete(), Err.Ok, "delete it");
    checkEq(sem.available(), 0, "a deleted semaphore has none");
  });

  test("notifications: give/take counts, set bits and wait", () => {
    takes = 0;
    const t = spawn(0, "taker", notifiedTaker, 0, MAIN_PRIORITY - 1);
    checkEq(notifyGive(t), Err.Ok, "give 1");
    checkEq(notifyGive(t), Err.Ok, "give 2");
    threadSleep(1);
    checkEq(takes, 2, "two takes satisfied");
    checkEq(notifyGive(t), Err.Ok, "give 3");
    check(joinThread(t), "ended");
    checkEq(takes, 3, "three takes satisfied");
    notifiedBits = 0;
    const w = spawn(1, "waiter", notifiedWaiter, 0, MAIN_PRIORITY - 1);
    checkEq(notify(w, 0b1010, NotifyAction.SetBits), Err.Ok, "set bits");
    check(joinThread(w), "ended");
    checkEq(notifiedBits, 0b1010, "waiter saw the bits");
    checkEq(notifyTake(true, NO_WAIT), Err.WouldBlock, "nothing pending for main");
  });

  test("software timers: one-shot fires once, not early; periodic keeps its period", () => {
    const once = new SoftTimer();
    const every = new SoftTimer();
    const a = new CountFires();
    const b = new CountFires();
    checkEq(once.create(a, 5, false), Err.Ok, "create one-shot");
    checkEq(every.create(b, 3, true), Err.Ok, "create periodic");
    // A first start may make what runs the timers (an application's timer
    // thread): done before the clock below starts, so that both starts
    // fall in the tick t0 is read in.
    checkEq(every.start(), Err.Ok, "warm-up start");
    checkEq(every.stop(), Err.Ok, "warm-up stop");
    threadSleep(1);
    const t0 = ticks();
    checkEq(once.start(), Err.Ok, "start one-shot");
    checkEq(every.start(), Err.Ok, "start periodic");
    // Until tick t0 + 13, however long the starts took.
    const wake = new WakeTime();
    wake.tick = t0;
    checkEq(threadSleepUntil(wake, 13), Err.Ok, "sleep until t0 + 13");
    checkEq(once.fired, 1, "one-shot fired once");
    checkEq(a.at - t0, 5, "one-shot at its tick");
    check(!once.isActive(), "one-shot inactive after firing");
    checkEq(every.fired, 4, "periodic fired every 3 ticks (3, 6, 9, 12)");
    checkEq(b.at - t0, 12, "periodic last fired at tick 12");
    checkEq(every.stop(), Err.Ok, "stop");
    threadSleep(4);
    checkEq(every.fired, 4, "no fire after stop");
    checkEq(once.create(a, 0, false), Err.Invalid, "zero period");
  });
}
