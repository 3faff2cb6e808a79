// Threads: scheduling order, round robin, time slices, suspend/resume
// and threads created suspended, priority changes, bad arguments. Written
// against the package "ivt": the kernel's suite and an application module
// (tests/suite-app-sync) run the same tests. What only the kernel's suite
// can test (masked sections, sleeps timed in cycles, top halves, the
// stack arena and kernel heap, traps, memory edges, drivers, stack
// overflows) is in threads-kernel.ts.

import { test, check, checkEq, checkSeq, seq, seqCode, seqReset } from "./harness";
import { joinThread, pool, spawn, STACK } from "./util";
import {
  Err, MAIN_PRIORITY, NO_WAIT, portCycles, PRIORITIES, threadCreate, threadJoin, ThreadFlags, threadCurrent, threadDelete, threadPriority,
  threadResume, threadSetPriority, threadSleep, ThreadState, threadState, threadSuspend, threadYield, ticks, TIME_SLICE_TICKS,
} from "ivt";

export function recordA(arg: u32): void {
  seq("A");
}
export function recordB(arg: u32): void {
  seq("B");
}

let rounds: u32 = 3;
function yieldLoop(arg: u32): void {
  for (let i: u32 = 0; i < rounds; i++) {
    seqCode(arg);
    threadYield();
  }
}

let counter: u32 = 0;
let stopCounting = false;
/** Counts and yields until stopCounting() (threads-kernel.ts uses it too). */
export function countForever(arg: u32): void {
  while (!stopCounting) {
    counter++;
    threadYield();
  }
}
/** countForever's count, set to 0 and let run. */
export function startCounting(): void {
  counter = 0;
  stopCounting = false;
}
export function stopCountingNow(): void {
  stopCounting = true;
}
export function counted(): u32 {
  return counter;
}

// Busy without ever yielding; only time slicing lets a peer run.
const spins = new StaticArray<u32>(2);

/** As spin, raising its own priority by one level and restoring it every
 *  other tick (a critical section's pattern). */
function toggleSpin(i: u32): void {
  const me = threadCurrent()!;
  const p = threadPriority(me);
  let last = ticks();
  while (!stopCounting) {
    spins[i]++;
    portCycles(); // on sim, preemption happens at host calls
    if (ticks() - last >= 2) {
      last = ticks();
      threadSetPriority(me, p - 1);
      threadSetPriority(me, p);
    }
  }
}
function spin(i: u32): void {
  while (!stopCounting) {
    spins[i]++;
    portCycles(); // on sim, preemption happens at host calls
  }
}

export function sleeper(arg: u32): void {
  threadSleep(arg);
}

/** Records whether threadCurrent() is pool[arg] from its first line. */
let sawItself = false;
function checkSelf(arg: u32): void {
  sawItself = threadCurrent() === pool[arg];
}

function deleteSelf(arg: u32): void {
  seq("S");
  threadDelete(threadCurrent()!);
  seq("!"); // never: the delete ends it
}

export function threadTests(): void {
  test("threads: a more urgent new thread runs at once; an equal one waits its turn", () => {
    seqReset();
    spawn(0, "urgent", recordA, 0, MAIN_PRIORITY - 4);
    seq("m");
    spawn(1, "peer", recordB, 0, MAIN_PRIORITY);
    seq("m");
    threadYield();
    seq("m");
    checkSeq("AmmBm", "run order");
    check(joinThread(pool[0]) && joinThread(pool[1]), "both ended");
  });

  test("threads: equal priorities take turns at every yield (round robin)", () => {
    seqReset();
    rounds = 3;
    spawn(0, "a", yieldLoop, 97, 20);
    spawn(1, "b", yieldLoop, 98, 20);
    spawn(2, "c", yieldLoop, 99, 20);
    check(joinThread(pool[0]) && joinThread(pool[1]) && joinThread(pool[2]), "all ended");
    checkSeq("abcabcabc", "yield order");
  });

  test("threads: time slicing shares the CPU between busy threads of equal priority", () => {
    stopCounting = false;
    spins[0] = 0;
    spins[1] = 0;
    spawn(0, "spin-a", spin, 0, 20);
    spawn(1, "spin-b", spin, 1, 20);
    threadSleep(4 * TIME_SLICE_TICKS);
    stopCounting = true;
    check(joinThread(pool[0]) && joinThread(pool[1]), "both ended");
    check(spins[0] > 0, "first thread ran");
    check(spins[1] > 0, "second thread ran although the first never yields");
  });

  test("threads: suspend stops a thread, resume lets it run again; a thread created suspended first runs at resume", () => {
    counter = 0;
    stopCounting = false;
    const t = spawn(0, "counter", countForever, 0, MAIN_PRIORITY);
    threadSleep(2);
    check(counter > 0, "counting");
    checkEq(threadSuspend(t), Err.Ok, "suspend");
    checkEq(threadState(t), ThreadState.Suspended, "state suspended");
    const frozen = counter;
    threadSleep(3);
    checkEq(counter, frozen, "no progress while suspended");
    checkEq(threadResume(t), Err.Ok, "resume");
    threadSleep(2);
    check(counter > frozen, "progress after resume");
    stopCounting = true;
    check(joinThread(t), "ended");
    // Created suspended: it first runs at resume, even more urgent than main.
    seqReset();
    checkEq(threadCreate(pool[1], "late", recordA, 0, MAIN_PRIORITY - 1, STACK, 2), Err.Invalid, "unknown flag");
    checkEq(threadCreate(pool[1], "late", recordA, 0, MAIN_PRIORITY - 1, STACK, ThreadFlags.Suspended), Err.Ok, "create suspended");
    checkEq(threadState(pool[1]), ThreadState.Suspended, "state suspended at create");
    threadSleep(2);
    checkSeq("", "did not run");
    checkEq(threadResume(pool[1]), Err.Ok, "resume it");
    checkSeq("A", "ran at once when resumed");
    check(joinThread(pool[1]), "it ended");
    checkEq(threadCreate(pool[1], "never", recordB, 0, MAIN_PRIORITY - 1, STACK, ThreadFlags.Suspended), Err.Ok, "create suspended again");
    checkEq(threadDelete(pool[1]), Err.Ok, "delete it unrun");
    checkSeq("A", "it never ran");
  });

  test("threads: a thread that raises its own priority and restores it joins the back of its level: its busy peer still runs", () => {
    stopCounting = false;
    spins[0] = 0;
    spins[1] = 0;
    spawn(0, "toggler", toggleSpin, 0, 20);
    spawn(1, "peer", spin, 1, 20);
    threadSleep(4 * TIME_SLICE_TICKS + 4);
    stopCounting = true;
    check(joinThread(pool[0]) && joinThread(pool[1]), "both ended");
    check(spins[0] > 0, "the toggler ran");
    check(spins[1] > 0, "its peer ran although the toggler changes its priority every other tick");
  });

  test("threads: lowering the caller to a level where another thread is ready runs that one first", () => {
    seqReset();
    const t = spawn(0, "waiting", recordA, 0, MAIN_PRIORITY + 2);
    seq("m");
    const me = threadCurrent()!;
    checkEq(threadSetPriority(me, MAIN_PRIORITY + 2), Err.Ok, "lower main to its level");
    seq("m");
    checkEq(threadSetPriority(me, MAIN_PRIORITY), Err.Ok, "back");
    checkSeq("mAm", "the waiting thread ran before main went on");
    check(joinThread(t), "ended");
  });

  test("threads: raising a ready thread above the caller runs it at once", () => {
    seqReset();
    const t = spawn(0, "later", recordA, 0, MAIN_PRIORITY + 2);
    seq("m");
    checkEq(threadSetPriority(t, MAIN_PRIORITY - 2), Err.Ok, "raise");
    seq("m");
    checkSeq("mAm", "run order");
    check(joinThread(t), "ended");
    const me = threadCurrent()!;
    checkEq(threadPriority(me), MAIN_PRIORITY, "main unchanged");
  });

  test("threads: threadCurrent() is the Thread its create filled, from the thread's first line, even before the create returned", () => {
    sawItself = false;
    spawn(0, "urgent", checkSelf, 0, MAIN_PRIORITY - 4); // runs before threadCreate returns
    check(sawItself, "an urgent thread saw its own Thread");
    check(joinThread(pool[0]), "ended");
    sawItself = false;
    spawn(1, "later", checkSelf, 1, MAIN_PRIORITY + 1);
    check(joinThread(pool[1]), "ended");
    check(sawItself, "a less urgent one too");
  });

  test("threads: a thread that deletes itself ends there; its Thread joins at once and is created again", () => {
    seqReset();
    const t = spawn(0, "selfdel", deleteSelf, 0, MAIN_PRIORITY - 1);
    checkSeq("S", "it ended at its delete");
    checkEq(threadJoin(t, NO_WAIT), Err.Ok, "joined at once");
    checkEq(threadState(t), ThreadState.Free, "free");
    checkEq(threadCreate(t, "again", recordA, 0, MAIN_PRIORITY - 1, STACK), Err.Ok, "created again");
    check(joinThread(t), "ended");
    checkSeq("SA", "the new one ran");
  });

  test("threads: bad arguments are errors, not traps", () => {
    const t = pool[0];
    checkEq(threadCreate(t, "x", recordA, 0, PRIORITIES - 1, 1024), Err.Invalid, "idle's priority");
    checkEq(threadCreate(t, "x", recordA, 0, 1000, 1024), Err.Invalid, "priority out of range");
    checkEq(threadCreate(t, "x", recordA, 0, 20, 16), Err.Invalid, "stack too small");
    checkEq(threadCreate(t, "", recordA, 0, 20, 1024), Err.Invalid, "no name");
    checkEq(threadCreate(t, "x", recordA, 0, 20, 0x7fffffff), Err.NoSpace, "stack larger than the arena");
    checkEq(threadDelete(t), Err.Invalid, "delete a thread never created");
    checkEq(threadSuspend(t), Err.Invalid, "suspend a thread never created");
    checkEq(threadSetPriority(threadCurrent()!, 1000), Err.Invalid, "set priority out of range");
    const u = spawn(1, "sleepy", sleeper, 100, 20);
    checkEq(threadCreate(u, "again", recordA, 0, 20, 1024), Err.Busy, "create a live thread");
    checkEq(threadDelete(u), Err.Ok, "delete a sleeping thread");
    checkEq(threadState(u), ThreadState.Free, "deleted");
  });

}
