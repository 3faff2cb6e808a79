// Robustness of the scheduler and the blocking calls (issue 9): FOREVER
// and out-of-range timeouts, time slices kept across preemption, mutex
// deadlock detection; the interrupt-context rule and irqRequest's flags
// are in robust-irq.ts. Written against the package "ivt": the kernel's
// suite and an application module (tests/suite-app-sync) run the same
// tests.

import { test, check, checkEq } from "./harness";
import { cleanup, joinThread, pool, spawn } from "./util";
import {
  Err, EventFlags, EventWait, FOREVER, MAIN_PRIORITY, MIN_STACK_BYTES, Mutex, NO_WAIT, notify, NotifyAction, notifyGive,
  notifyTake, notifyWait, portCycles, Queue, Semaphore, threadCurrent, threadDelete,
  threadSetPriority, threadSleep, ThreadState, threadState, threadWaitValue,
} from "ivt";

export const sem = new Semaphore();
/** Mutexes of the deadlock rings; the first also serves the other tests. */
const ring: StaticArray<Mutex> = [new Mutex(), new Mutex(), new Mutex()];
export const mtx = ring[0];
export const q = new Queue();
export const flags = new EventFlags();
export const item = memory.data(4);

/** Results recorded by threads and handlers, checked by main. */
export const res = new StaticArray<u32>(16);

function sleepFor(ticks: u32): void {
  threadSleep(ticks);
}

function sleepBadly(arg: u32): void {
  res[0] = threadSleep(0x80000000);
  res[1] = threadSleep(0xfffffffe);
}

/** Every timeout-taking call with `t`, each on an object that would let it
 *  return at once (so a call that accepts `t` does not hang the test). */
function callsWithTimeout(t: u32): void {
  sem.take(NO_WAIT);
  sem.give();
  mtx.lock(NO_WAIT);
  mtx.unlock();
  const me = threadCurrent()!;
  notifyTake(true, NO_WAIT);
  notifyGive(me); // one for the take, one left pending for the wait
  notifyGive(me);
  flags.set(1);
  let i = 0;
  res[i++] = sem.take(t);
  res[i++] = mtx.lock(t);
  res[i++] = q.send(item, t);
  res[i++] = q.sendToFront(item, t);
  res[i++] = q.peek(item, t);
  res[i++] = q.receive(item, t);
  res[i++] = flags.wait(1, EventWait.Any, t);
  res[i++] = notifyTake(false, t);
  res[i++] = notifyWait(0, t);
}
const CALLS = 9;

// ---- time slices -----------------------------------------------------------

let stop = false;
let lastSpinner: u32 = 2;
const spins = new StaticArray<u32>(2);
const turns = new StaticArray<u32>(2);

/** Spins without yielding; counts its rounds and the turns it got after
 *  the other spinner ran (each one a time-slice rotation). */
function spinner(i: u32): void {
  while (!stop) {
    spins[i]++;
    if (lastSpinner != i) {
      lastSpinner = i;
      turns[i]++;
    }
    portCycles(); // on sim, interrupts arrive at host calls
  }
}

/** Preempts the spinners every tick, more often than their slice ends. */
function ticker(rounds: u32): void {
  for (let i: u32 = 0; i < rounds; i++) threadSleep(1);
  stop = true;
}

// ---- deadlock --------------------------------------------------------------

let ringSize: u32 = 0;

/** Thread i of a ring: holds mutex i, waits for main's go, then locks
 *  mutex i+1 (the last one closes the cycle), records the result and
 *  unlocks what it holds. */
function ringMember(i: u32): void {
  ring[i].lock(FOREVER);
  notifyTake(true, FOREVER);
  const next = ring[(i + 1) % ringSize];
  const r = next.lock(FOREVER);
  res[i] = r;
  if (r == Err.Ok) next.unlock();
  ring[i].unlock();
}

/** Runs a ring of `n` threads; checks that all ended and unlocked. */
function runRing(n: u32): void {
  ringSize = n;
  for (let i: u32 = 0; i < n; i++) {
    res[i] = 99;
    ring[i].create();
    spawn(i, "ring", ringMember, i, MAIN_PRIORITY - 1);
  }
  threadSleep(1); // each holds its own mutex and waits
  for (let i: u32 = 0; i < n; i++) notifyGive(pool[i]); // urgent: runs at once
  for (let i: u32 = 0; i < n; i++) check(joinThread(pool[i], 50), "gone");
  cleanup();
  for (let i: u32 = 0; i < n; i++) {
    check(ring[i].ownerThread() === null, "unlocked");
    ring[i].delete();
  }
}

/** Takes one notification, FOREVER; records the result and the value. */
function takeOnce(arg: u32): void {
  res[12] = notifyTake(false, FOREVER);
  res[13] = threadWaitValue();
  res[14] = 1;
}

export function robustTests(): void {
  test("timeouts: sleep(FOREVER), sleep(2^31-1) last until deleted", () => {
    // One at a time: each alone on the timeout list.
    for (let i = 0; i < 2; i++) {
      spawn(i, "sleep", sleepFor, i == 0 ? FOREVER : 0x7fffffff, MAIN_PRIORITY - 1);
      threadSleep(30);
      checkEq(threadState(pool[i]), ThreadState.Blocked, "asleep");
      checkEq(threadDelete(pool[i]), Err.Ok, "delete");
      checkEq(threadState(pool[i]), ThreadState.Free, "gone");
    }
    cleanup();
  });

  test("timeouts: 2^31 and over (not FOREVER) are Invalid; short ones work", () => {
    checkEq(sem.create(1, 1), Err.Ok, "create");
    checkEq(mtx.create(), Err.Ok, "create");
    checkEq(q.create(4, 4), Err.Ok, "create");
    checkEq(flags.create(), Err.Ok, "create");
    for (let k = 0; k < 2; k++) {
      callsWithTimeout(k == 0 ? 0x80000000 : 0xfffffffe);
      for (let i = 0; i < CALLS; i++) checkEq(res[i], Err.Invalid, "refused");
    }
    check(sem.available() == 1 && mtx.ownerThread() === null && q.count() == 0, "untouched");
    spawn(0, "sleep", sleepBadly, 0, MAIN_PRIORITY - 1);
    check(joinThread(pool[0], 20), "returned");
    checkEq(res[0], Err.Invalid, "refused");
    checkEq(res[1], Err.Invalid, "refused");
    // The same calls with 1 tick: each succeeds at once.
    callsWithTimeout(1);
    for (let i = 0; i < CALLS; i++) checkEq(res[i], Err.Ok, "1 tick");
    checkEq(sem.take(2), Err.Timeout, "timeout");
    checkEq(q.receive(item, NO_WAIT), Err.Ok, "item");
    checkEq(q.receive(item, 2), Err.Timeout, "timeout");
    notifyTake(true, NO_WAIT);
    checkEq(notifyTake(true, 2), Err.Timeout, "timeout");
    checkEq(threadSleep(2), Err.Ok, "sleep");
    checkEq(mtx.unlock(), Err.Ok, "unlock");
    sem.delete();
    mtx.delete();
    q.delete();
    flags.delete();
    cleanup();
  });

  test("time slice: a thread preempted every tick keeps its slice", () => {
    stop = false;
    lastSpinner = 2;
    for (let i = 0; i < 2; i++) {
      spins[i] = 0;
      turns[i] = 0;
    }
    // Main creates them all from above, then steps below: it runs again
    // once the ticker has stopped the spinners.
    const me = threadCurrent()!;
    threadSetPriority(me, MAIN_PRIORITY - 4);
    // The ticker first: it is what stops the spinners, which would keep
    // main (less urgent) off the CPU for good if it could not be created.
    // The spinners only count and call the host: the smallest stack will do
    // (the stack arena of a small board is nearly full this late in the suite).
    spawn(2, "tick", ticker, 100, MAIN_PRIORITY - 3);
    if (threadState(pool[2]) != ThreadState.Free) {
      spawn(0, "spin", spinner, 0, MAIN_PRIORITY - 2, MIN_STACK_BYTES);
      spawn(1, "spin", spinner, 1, MAIN_PRIORITY - 2, MIN_STACK_BYTES);
    }
    threadSetPriority(me, MAIN_PRIORITY);
    check(joinThread(pool[0]) && joinThread(pool[1]) && joinThread(pool[2]), "gone");
    check(spins[0] > 0 && spins[1] > 0, "both ran");
    check(turns[0] >= 2 && turns[1] >= 2, "both got slices");
    cleanup();
  });

  test("mutex: a lock closing a cycle of 2 or 3 threads is Deadlock", () => {
    runRing(2);
    checkEq(res[0], Err.Ok, "got it");
    checkEq(res[1], Err.Deadlock, "cycle");
    runRing(3);
    checkEq(res[0], Err.Ok, "got it");
    checkEq(res[1], Err.Ok, "got it");
    checkEq(res[2], Err.Deadlock, "cycle");
  });

  test("notifications: a notify that leaves the value 0 does not end a take", () => {
    res[14] = 0;
    const t = spawn(0, "ztaker", takeOnce, 0, MAIN_PRIORITY - 1);
    threadSleep(1); // it blocks in its take
    checkEq(notify(t, 0, NotifyAction.Overwrite), Err.Ok, "overwrite with 0");
    checkEq(notify(t, 0, NotifyAction.SetBits), Err.Ok, "set no bits");
    threadSleep(2);
    checkEq(res[14], 0, "the take still waits");
    checkEq(threadState(t), ThreadState.Blocked, "blocked");
    checkEq(notifyGive(t), Err.Ok, "give");
    check(joinThread(t), "ended");
    checkEq(res[12], Err.Ok, "take ok");
    checkEq(res[13], 1, "it took the 1 given, not a 0 counted down");
    cleanup();
  });
}
