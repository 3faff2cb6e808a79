// Periodic waits, joins and aborted waits (issue 13): threadSleepUntil,
// threadJoin, threadAbortWait, each with the misuse a FreeRTOS user might
// try (null, 0, 2^31, joining yourself; the wrong context: wait-irq.ts).
// Written against the package "ivt": the kernel's suite and an
// application module (tests/suite-app) run the same tests.

import { test, check, checkEq } from "./harness";
import { cleanup, pool, spawn, STACK } from "./util";
import {
  Err, FOREVER, notifyTake, MAIN_PRIORITY, Mutex, NO_WAIT, Semaphore, Thread, threadAbortWait, threadCreate,
  threadCurrent, threadDelete, threadJoin, threadPriority, threadResume, threadSleep, threadSleepUntil,
  threadSuspend, ThreadState, threadState, ticks, WakeTime,
} from "ivt";

/** Results recorded by threads and handlers, checked by main. */
export const res = new StaticArray<u32>(12);
const stamps = new StaticArray<u32>(8);
const sem = new Semaphore();
const mtx = new Mutex();
/** Allocated once: the heap never gives memory back, and microbit has
 *  little of it. */
const periodWake = new WakeTime();
export const mainWake = new WakeTime();
const neverCreated = new Thread();

/** Wakes every 3 ticks with threadSleepUntil, each time after work of a
 *  different length (0 to 2 ticks), and stamps the tick it woke at. */
function periodic(arg: u32): void {
  const w = periodWake;
  w.tick = ticks();
  stamps[0] = w.tick;
  for (let i = 1; i < 8; i++) {
    const busy = ticks();
    while (ticks() - busy < (<u32>i % 3)) {} // work: 0, 1 or 2 ticks
    res[i] = threadSleepUntil(w, 3);
    stamps[i] = ticks();
  }
}

function returnAtOnce(arg: u32): void {
  res[arg] = 1;
}

function sleepThenReturn(ticks_: u32): void {
  threadSleep(ticks_);
}

export function sleepForever(arg: u32): void {
  res[0] = threadSleep(FOREVER);
}

function takeForever(arg: u32): void {
  res[1] = sem.take(FOREVER);
}

function lockForever(arg: u32): void {
  res[2] = mtx.lock(FOREVER);
}

function holdMutex(arg: u32): void {
  mtx.lock(FOREVER);
  threadSleep(FOREVER);
}

function joinForever(arg: u32): void {
  res[3] = threadJoin(pool[arg], FOREVER);
}

function notifiedForever(arg: u32): void {
  res[4] = notifyTake(true, FOREVER);
}

export function clearRes(): void {
  for (let i = 0; i < res.length; i++) res[i] = 0xffff;
}

export function waitTests(): void {
  test("sleepUntil: a period of 3 ticks keeps its phase whatever the work takes; a late one reports Missed", () => {
    clearRes();
    const t = spawn(0, "periodic", periodic, 0, MAIN_PRIORITY - 1);
    checkEq(threadJoin(t, 100), Err.Ok, "joined");
    for (let i = 1; i < 8; i++) {
      checkEq(res[i], Err.Ok, "on time");
      checkEq(stamps[i] - stamps[0], <u32>(3 * i), "woke on its tick");
    }
    // Late: the wake tick passed already; no sleep, one period on.
    const w = mainWake;
    w.tick = ticks() - 10;
    const before = w.tick;
    checkEq(threadSleepUntil(w, 4), Err.Missed, "missed");
    checkEq(w.tick, before + 4, "moved one period");
    // Exactly on its tick: no sleep, Ok.
    w.tick = ticks() - 4;
    checkEq(threadSleepUntil(w, 4), Err.Ok, "on the tick");
  });

  test("sleepUntil: null, 0 and 2^31 are Invalid, the wake tick untouched; FOREVER is no period", () => {
    const w = mainWake;
    w.tick = ticks();
    const before = w.tick;
    checkEq(threadSleepUntil(null, 5), Err.Invalid, "null");
    checkEq(threadSleepUntil(w, 0), Err.Invalid, "0");
    checkEq(threadSleepUntil(w, 0x80000000), Err.Invalid, "2^31");
    checkEq(threadSleepUntil(w, FOREVER), Err.Invalid, "FOREVER");
    checkEq(w.tick, before, "untouched");
    // The longest period, 2^31 - 1, is taken (here due at once, or Missed
    // if a tick passed between the two lines: both mean it was not refused).
    w.tick = ticks() - 0x7fffffff;
    const e = threadSleepUntil(w, 0x7fffffff);
    check(e == Err.Ok || e == Err.Missed, "2^31 - 1");
  });

  test("join: waits for a return, a delete, a sleeper's end; the thread can be created again at once", () => {
    clearRes();
    const t = spawn(0, "quick", returnAtOnce, 4, MAIN_PRIORITY + 1); // less urgent: has not run yet
    checkEq(threadState(t), ThreadState.Ready, "not run yet");
    checkEq(threadJoin(t, 50), Err.Ok, "joined a return");
    checkEq(res[4], 1, "it ran");
    checkEq(threadState(t), ThreadState.Free, "free at once");
    checkEq(threadCreate(t, "again", returnAtOnce, 5, MAIN_PRIORITY + 1, STACK), Err.Ok, "created again at once");
    checkEq(threadJoin(t, 50), Err.Ok, "joined again");
    const s = spawn(1, "sleeper", sleepThenReturn, 5, MAIN_PRIORITY);
    const t0 = ticks();
    checkEq(threadJoin(s, 50), Err.Ok, "joined a sleeper");
    check(ticks() - t0 >= 5, "not before it ended");
    // Two joiners of one thread, one deleted by a third.
    const f = spawn(0, "forever", sleepForever, 0, MAIN_PRIORITY);
    spawn(1, "joiner", joinForever, 0, MAIN_PRIORITY - 1);
    threadSleep(2);
    checkEq(threadState(pool[1]), ThreadState.Blocked, "joiner waits");
    checkEq(threadJoin(f, NO_WAIT), Err.WouldBlock, "NO_WAIT on a live thread");
    checkEq(threadJoin(f, 3), Err.Timeout, "timeout");
    checkEq(threadDelete(f), Err.Ok, "delete");
    checkEq(threadJoin(pool[1], 50), Err.Ok, "joiner ended");
    checkEq(res[3], Err.Ok, "the joiner saw the delete");
    checkEq(threadJoin(f, NO_WAIT), Err.Ok, "a free thread: at once");
    checkEq(threadJoin(neverCreated, NO_WAIT), Err.Ok, "never created: at once");
    cleanup();
  });

  test("join: yourself is Deadlock; a bad timeout Invalid", () => {
    clearRes();
    checkEq(threadJoin(threadCurrent()!, FOREVER), Err.Deadlock, "self");
    const f = spawn(0, "forever", sleepForever, 0, MAIN_PRIORITY);
    checkEq(threadJoin(f, 0x80000000), Err.Invalid, "2^31");
    checkEq(threadDelete(f), Err.Ok, "delete");
    cleanup();
  });

  test("abortWait: ends a sleep, a semaphore wait, a join, a notification wait and a mutex wait (which stops lending priority)", () => {
    clearRes();
    checkEq(sem.create(0, 1), Err.Ok, "create");
    checkEq(mtx.create(), Err.Ok, "create");
    const sleeper = spawn(0, "sleeper", sleepForever, 0, MAIN_PRIORITY);
    const taker = spawn(1, "taker", takeForever, 0, MAIN_PRIORITY);
    const joiner = spawn(2, "joiner", joinForever, 0, MAIN_PRIORITY);
    threadSleep(1);
    checkEq(threadAbortWait(sleeper), Err.Ok, "sleeper");
    checkEq(threadAbortWait(taker), Err.Ok, "taker");
    checkEq(threadAbortWait(joiner), Err.Ok, "joiner");
    checkEq(threadJoin(sleeper, 10), Err.Ok, "sleeper ended");
    checkEq(threadJoin(taker, 10), Err.Ok, "taker ended");
    checkEq(threadJoin(joiner, 10), Err.Ok, "joiner ended");
    checkEq(res[0], Err.Aborted, "sleep aborted");
    checkEq(res[1], Err.Aborted, "take aborted");
    checkEq(res[3], Err.Aborted, "join aborted");
    checkEq(sem.available(), 0, "nothing taken");
    const n = spawn(0, "notified", notifiedForever, 0, MAIN_PRIORITY);
    threadSleep(1);
    checkEq(threadAbortWait(n), Err.Ok, "notified");
    checkEq(threadJoin(n, 10), Err.Ok, "notified ended");
    checkEq(res[4], Err.Aborted, "notification wait aborted");
    // A holder at a low priority, an urgent waiter: the holder inherits
    // the waiter's priority until the wait is aborted.
    const holder = spawn(0, "holder", holdMutex, 0, MAIN_PRIORITY + 2);
    threadSleep(2);
    const locker = spawn(1, "locker", lockForever, 0, MAIN_PRIORITY - 2);
    threadSleep(1);
    checkEq(threadPriority(holder), MAIN_PRIORITY - 2, "inherited");
    checkEq(threadAbortWait(locker), Err.Ok, "locker");
    checkEq(threadJoin(locker, 10), Err.Ok, "locker ended");
    checkEq(res[2], Err.Aborted, "lock aborted");
    checkEq(threadPriority(holder), MAIN_PRIORITY + 2, "lends no more");
    cleanup();
    checkEq(mtx.delete(), Err.Ok, "delete");
    checkEq(sem.delete(), Err.Ok, "delete");
  });

  test("abortWait: a thread not waiting is NotFound, not live Invalid; a suspended waiter stays suspended", () => {
    checkEq(threadAbortWait(threadCurrent()!), Err.NotFound, "running");
    const r = spawn(0, "ready", returnAtOnce, 6, MAIN_PRIORITY + 1);
    checkEq(threadAbortWait(r), Err.NotFound, "ready");
    checkEq(threadJoin(r, 10), Err.Ok, "ended");
    checkEq(threadAbortWait(r), Err.Invalid, "ended: not live");
    checkEq(threadAbortWait(neverCreated), Err.Invalid, "never created");
    // Suspended while it sleeps: the abort ends the wait, not the suspension.
    clearRes();
    const s = spawn(0, "sleeper", sleepForever, 0, MAIN_PRIORITY - 1);
    checkEq(threadSuspend(s), Err.Ok, "suspend");
    checkEq(threadAbortWait(s), Err.Ok, "abort");
    checkEq(threadState(s), ThreadState.Suspended, "still suspended");
    checkEq(res[0], 0xffff, "has not run");
    checkEq(threadResume(s), Err.Ok, "resume");
    checkEq(threadJoin(s, 10), Err.Ok, "ended");
    checkEq(res[0], Err.Aborted, "its sleep said Aborted");
    cleanup();
  });
}
