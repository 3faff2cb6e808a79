// Threads: create, delete, exit, sleep, yield, suspend/resume, priority,
// and what happens to a thread that ends badly.
//
// A Thread object is the caller's (allocate it once, at boot); create
// gives it an id, a priority and a stack from the host's stack arena, and
// delete gives them back, so create/delete loops reuse the same object and
// leak nothing. Stacks live in the host's memory, not in linear memory:
// wasm2c code runs on native stacks (on sim: the asyncify save area).

import { Err } from "./errors";
import { IDLE_PRIORITY, ISOLATED_APPS, MAX_THREADS, MIN_STACK_BYTES, PRIORITIES, RED_ZONE_BYTES } from "./config";
import { Thread, ThreadState, WaitQueue } from "./tcb";
import { fieldsChecked } from "./heap-layout";
import { TraceKind } from "./trace";
import {
  blockCurrentLocked, blockCurrentUntilLocked, checkTimeout, threadCurrent, highestReadyLocked, mayBlock, MAX_TIMEOUT,
  readyAppendLocked, readyInsertLocked, readyRemoveLocked, readyUnlinkLocked, recordSwitchLocked, rescheduleBeforeUnlockLocked, rescheduleLocked, rotateCurrentLocked, switchFromThreadLocked, threadTable,
  readiedLocked, traceStateLocked, waitOrFailLocked, wakeLocked,
} from "./sched";
import { tickDiff, ticks } from "./ticks";
import { assertLocked, kernelLock, kernelUnlock } from "./lock";
import { timeoutRemoveLocked } from "./timeout";
import { inInterrupt } from "./context";
import { portStackUnused, portSwitchRequest, portThreadInit } from "./port";
import { Region } from "./region";
import { releaseHeldMutexesLocked, priorityChangedLocked } from "./mutex";
import { OverflowFound, reportStackOverflow } from "./panic";
import { handleReleaseIf, handleUnpinEnded } from "./handles";

export { Thread, ThreadState, threadCurrent };

let arena: Region | null = null;

/** Sets up the host's stack arena of `bytes`. Boot only. */
export function stackArenaInit(bytes: u32): void {
  arena = new Region(0, bytes, <i32>MAX_THREADS); // a stack per thread
}

/** Free bytes in the stack arena (tests check create/delete loops leak
 *  nothing). Any context. */
export function stackArenaFree(): u32 {
  return arena === null ? 0 : arena!.freeBytes();
}

export { ThreadFlags } from "./tcb";
import { ThreadFlags } from "./tcb";

/** Creates and starts thread `t`: it runs `entry(arg)` at `priority`
 *  (0 most urgent .. PRIORITIES - 2; the last level is the idle thread's) on
 *  a stack of `stackBytes`. With `flags` ThreadFlags.Suspended it is
 *  created suspended (threadState Suspended) and first runs at
 *  threadResume; threadDelete deletes it without its ever running.
 *  Returns Err.Ok; Err.InInterrupt from an interrupt handler; Err.Invalid
 *  for a priority out of range, a stack under MIN_STACK_BYTES, an empty
 *  name or an unknown flag; Err.Busy if `t` is already a live thread;
 *  Err.NoSpace when all thread ids or the stack arena are used up. Thread
 *  context (or boot). */
export function threadCreate(
  t: Thread, name: string, entry: (arg: u32) => void, arg: u32, priority: u32, stackBytes: u32,
  flags: ThreadFlags = ThreadFlags.None,
): Err {
  if (priority >= IDLE_PRIORITY || stackBytes < MIN_STACK_BYTES) return Err.Invalid;
  return kernelThreadCreate(t, name, entry, arg, priority, stackBytes, flags);
}

/** The smallest stack kernelThreadCreate takes: the red zone and room for
 *  the first frame and a call or two. The kernel's own threads have stacks
 *  measured for what they run (board.json IDLE_STACK_BYTES and the like),
 *  which may be under MIN_STACK_BYTES, the floor for application threads. */
const KERNEL_THREAD_MIN_STACK: u32 = RED_ZONE_BYTES + 128;

/** Kernel internal: threadCreate without the priority rule and with
 *  KERNEL_THREAD_MIN_STACK for the stack's floor, for the kernel's own
 *  threads (idle at IDLE_PRIORITY, timers, interrupt bottom halves).
 *  Arguments, returns and errors as threadCreate, but any priority below
 *  PRIORITIES is taken. Thread context (or boot). */
export function kernelThreadCreate(
  t: Thread, name: string, entry: (arg: u32) => void, arg: u32, priority: u32, stackBytes: u32,
  flags: ThreadFlags = ThreadFlags.None,
): Err {
  if (inInterrupt()) return Err.InInterrupt;
  if (priority >= PRIORITIES || stackBytes < KERNEL_THREAD_MIN_STACK || name.length == 0) return Err.Invalid;
  if ((flags & ~ThreadFlags.Suspended) != 0) return Err.Invalid;
  if (t.state != ThreadState.Free) return Err.Busy;
  const s = kernelLock();
  const id = freeIdLocked();
  const stack = id < 0 || arena === null ? 0xffffffff : arena!.alloc(stackBytes);
  if (stack == 0xffffffff) {
    kernelUnlock(s);
    return Err.NoSpace;
  }
  setUpLocked(t, <u32>id, stack, name, entry, arg, priority, stackBytes, flags);
  if (!t.suspended) rescheduleLocked();
  kernelUnlock(s);
  return Err.Ok;
}

/** A thread id kept from boot for a kernel thread made later from any
 *  context (kernelThreadMakeLocked: the timer thread, at the first use of
 *  a software timer or a deferred call), so that the other threads' ids
 *  do not depend on when that is; -1 while none is. */
let reservedId: i32 = -1;

/** The lowest thread id neither in use nor reserved, or -1. Lock held. */
function freeIdLocked(): i32 {
  assertLocked();
  for (let i = 0; i < <i32>MAX_THREADS; i++) {
    if (unchecked(threadTable[i]) === null && i != reservedId) return i;
  }
  return -1;
}

/** Keeps the lowest free thread id for kernelThreadMakeLocked. Arguments:
 *  none. Returns the id; -1 when none is free or one is kept already.
 *  Errors: none. Boot only. */
export function kernelThreadIdReserve(): i32 {
  if (reservedId >= 0) return -1;
  const s = kernelLock();
  const id = freeIdLocked();
  reservedId = id;
  kernelUnlock(s);
  return id;
}

/** Makes kernel thread `t` ready, with the id kernelThreadIdReserve kept
 *  and a stack of `stackBytes` from the stack arena: kernelThreadCreate
 *  for a thread made on first need, from any context (the stack is
 *  painted with interrupts masked, as every thread's is at its create).
 *  Does not reschedule: the caller does. Arguments as kernelThreadCreate.
 *  Returns Err.Ok; Err.Busy if `t` is live; Err.Invalid when no id is
 *  kept (or its thread is made already); Err.NoSpace when the stack arena
 *  has no room (or is not set up yet: before the stack arena at boot).
 *  Lock held; any context. */
export function kernelThreadMakeLocked(
  t: Thread, name: string, entry: (arg: u32) => void, arg: u32, priority: u32, stackBytes: u32,
): Err {
  assertLocked();
  if (t.state != ThreadState.Free) return Err.Busy;
  const id = reservedId;
  if (id < 0 || unchecked(threadTable[id]) !== null) return Err.Invalid;
  const stack = arena === null ? 0xffffffff : arena!.alloc(stackBytes);
  if (stack == 0xffffffff) return Err.NoSpace;
  setUpLocked(t, <u32>id, stack, name, entry, arg, priority, stackBytes, ThreadFlags.None);
  return Err.Ok;
}

/** Gives `t` id `id` and the stack at `stack`, prepares that stack and
 *  makes it ready (or suspended, with ThreadFlags.Suspended): the common
 *  part of kernelThreadCreate and kernelThreadMakeLocked. Lock held. */
function setUpLocked(
  t: Thread, id: u32, stack: u32, name: string, entry: (arg: u32) => void, arg: u32, priority: u32, stackBytes: u32,
  flags: ThreadFlags,
): void {
  assertLocked();
  unchecked((threadTable[id] = t));
  t.id = id;
  t.name = name;
  t.entry = entry;
  t.arg = arg;
  t.stackStart = stack;
  t.stackBytes = (stackBytes + 7) & ~7;
  t.basePriority = priority;
  t.priority = priority;
  t.runLo = 0;
  t.runHi = 0;
  t.suspended = (flags & ThreadFlags.Suspended) != 0;
  t.heldMutexes = null;
  t.waitingMutex = null;
  t.clearNotifications();
  portThreadInit(t.id, stack, t.stackBytes);
  if (t.suspended) {
    t.state = ThreadState.Suspended; // threadResume puts it on the ready list
  } else {
    t.state = ThreadState.Ready;
    readyInsertLocked(t);
  }
  traceStateLocked(t, ThreadState.Free);
}

/** Takes a live thread out of every list and hands back what it held; it
 *  becomes Dead. Lock held. */
function retireLocked(t: Thread): void {
  assertLocked();
  if (t.state == ThreadState.Ready) readyRemoveLocked(t);
  if (t.queue !== null) {
    const q = t.queue!;
    q.remove(t);
    q.waiterLeft(t);
  }
  if (t.timed) timeoutRemoveLocked(t);
  t.waitingMutex = null;
  releaseHeldMutexesLocked(t);
  t.ended();
  t.state = ThreadState.Dead;
  wakeJoinersLocked(t);
}

/** Gives a dead thread's id and stack back. Lock held, and `t` is not
 *  running (its stack is not in use). */
function reclaimLocked(t: Thread): void {
  assertLocked();
  if (arena !== null) arena!.free(t.stackStart);
  if (ISOLATED_APPS) {
    // Ended inside a system call (deleted while it waited, its
    // application ended): what it had pinned is free to be taken again.
    handleUnpinEnded(t.id);
    if (t.handleSlot >= 0) {
      handleReleaseIf(t.handleSlot, changetype<usize>(t));
      t.handleSlot = -1;
    }
  }
  unchecked((threadTable[t.id] = null));
  t.stackStart = 0xffffffff;
  t.state = ThreadState.Free;
}

/** Ends the running thread: as threadDelete of itself, its mutexes pass to
 *  their waiters (who get Err.OwnerDied) and its stack and id are freed at
 *  the next switch. The kernel calls it too, to end a thread after a trap
 *  was reported (ivttrap). Arguments: none. Returns: never. Errors: none.
 *  Thread context. */
export function threadExit(): void {
  const t = threadCurrent()!;
  kernelLock();
  retireLocked(t);
  leaveForever();
}

/** Asks for the switch away from a thread that will never run again, with
 *  the lock released, and waits for it. */
function leaveForever(): void {
  for (;;) {
    portSwitchRequest();
    kernelUnlock(0);
  }
}

/** Deletes thread `t`: it stops wherever it is (ready, blocked, suspended),
 *  mutexes it holds pass to their next waiters (who get Err.OwnerDied), its
 *  stack and id are freed. Deleting yourself is threadExit.
 *  Returns Err.Ok; Err.InInterrupt; Err.Invalid if `t` is not a live thread
 *  or is the idle thread. Thread context. */
export function threadDelete(t: Thread): Err {
  if (inInterrupt()) return Err.InInterrupt;
  if (!isLive(t)) return Err.Invalid;
  if (t.basePriority == IDLE_PRIORITY) return Err.Invalid;
  if (t === threadCurrent()) {
    threadExit();
    return Err.Ok;
  }
  const s = kernelLock();
  const old = t.state;
  retireLocked(t);
  reclaimLocked(t);
  traceStateLocked(t, old);
  rescheduleBeforeUnlockLocked(s);
  kernelUnlock(s);
  return Err.Ok;
}

/** Blocks the running thread for `ticks` full tick periods; 0 yields;
 *  FOREVER sleeps until the thread is deleted (nothing else wakes a
 *  sleeper).
 *  Returns Err.Ok; Err.Invalid for `ticks` over MAX_TIMEOUT (2^31 - 1)
 *  that is not FOREVER; Err.InInterrupt from an interrupt handler;
 *  Err.NoThread before threads run; Err.Masked with interrupts masked.
 *  Thread context. */
export function threadSleep(ticks: u32): Err {
  let e = checkTimeout(ticks);
  if (e == Err.Ok) e = mayBlock();
  if (e != Err.Ok) return e;
  if (ticks == 0) return threadYield();
  const s = kernelLock();
  threadCurrent()!.waitFlags = 0; // a sleep is not a wait for a notification
  const r = blockCurrentLocked(null, ticks, s);
  return r == Err.Timeout ? Err.Ok : r;
}

/** A periodic thread's last wake tick, for threadSleepUntil: the tick
 *  the period is counted from. `new WakeTime()` takes the tick count at
 *  that moment; `tick` may also be set by hand. */
export class WakeTime {
  tick: u32 = ticks();
}

/** Sleeps until tick `last.tick + period`, then sets `last.tick` to that
 *  tick, so that a loop of `work(); threadSleepUntil(w, period)` runs once
 *  every `period` ticks however long its work takes (as FreeRTOS's
 *  xTaskDelayUntil; threadSleep would drift by the work's time). If that
 *  tick has passed already (the work overran the period), it does not
 *  sleep: `last.tick` still moves one period on, so the loop catches up
 *  with the ticks it missed, and it returns Err.Missed. On time, to the
 *  tick, it returns Err.Ok without sleeping.
 *  Arguments: `last` (not null), `period` 1 to MAX_TIMEOUT ticks.
 *  Returns Err.Ok; Err.Missed; Err.Aborted if threadAbortWait ended the
 *  sleep. Errors: Err.Invalid for a null `last` or a period of 0 or over
 *  MAX_TIMEOUT; Err.InInterrupt from an interrupt handler; Err.NoThread
 *  before threads run; Err.Masked with interrupts masked (`last` is left
 *  alone on every error). Thread context. */
export function threadSleepUntil(last: WakeTime | null, period: u32): Err {
  if (last === null || period == 0 || period > MAX_TIMEOUT) return Err.Invalid;
  const e = mayBlock();
  if (e != Err.Ok) return e;
  const s = kernelLock();
  if (s != 0) {
    kernelUnlock(s);
    return Err.Masked;
  }
  const wake = last.tick + period;
  last.tick = wake;
  const late = tickDiff(ticks(), wake);
  if (late >= 0) {
    kernelUnlock(s);
    return late > 0 ? Err.Missed : Err.Ok;
  }
  threadCurrent()!.waitFlags = 0;
  const r = blockCurrentUntilLocked(null, wake, false, s);
  return r == Err.Timeout ? Err.Ok : r;
}

/** Threads waiting in threadJoin, each for the thread its waitPtr names:
 *  one queue for all (a thread ends rarely; no room taken per thread). */
const joiners = new WaitQueue();

/** Wakes the threads joining `t`, which has just ended. Lock held. */
function wakeJoinersLocked(t: Thread): void {
  let w = joiners.head;
  while (w !== null) {
    const after = w.next;
    if (w.waitPtr == changetype<usize>(t)) wakeLocked(w, Err.Ok);
    w = after;
  }
}

/** Waits until thread `t` has ended (returned, exited, was deleted, or was
 *  ended by a trap or stack overflow) and its id and stack are free: when
 *  it returns Err.Ok, `t` is Free and may be created again at once. A
 *  thread that is not live (never created, or ended already) is joined at
 *  once. Arguments: `t`; `timeout` in ticks (NO_WAIT, FOREVER).
 *  Returns Err.Ok. Errors: Err.Timeout; Err.WouldBlock with NO_WAIT and
 *  `t` live; Err.Deadlock when `t` is the caller; Err.Aborted
 *  (threadAbortWait); Err.Invalid for a timeout over MAX_TIMEOUT that is
 *  not FOREVER; Err.InInterrupt from an interrupt handler (any timeout,
 *  NO_WAIT too: joining is a thread's business); Err.NoThread before
 *  threads run; Err.Masked with interrupts masked. Thread context. */
export function threadJoin(t: Thread, timeout: u32): Err {
  if (inInterrupt()) return Err.InInterrupt;
  const e = checkTimeout(timeout);
  if (e != Err.Ok) return e;
  if (t === threadCurrent()) return Err.Deadlock;
  const s = kernelLock();
  if (!isLive(t)) {
    kernelUnlock(s);
    return Err.Ok;
  }
  const me = threadCurrent();
  if (me !== null) {
    me.waitPtr = changetype<usize>(t);
    me.waitFlags = 0;
  }
  return waitOrFailLocked(joiners, timeout, s);
}

/** Ends the wait `t` is blocked in (a sleep, a join, or a wait on any
 *  object) at once: its call returns Err.Aborted, as FreeRTOS's
 *  xTaskAbortDelay. A suspended thread stays suspended. A mutex it waited
 *  for stops lending it priority.
 *  Arguments: `t`. Returns Err.Ok. Errors: Err.NotFound when `t` is not
 *  blocked (ready, running, suspended without a wait); Err.Invalid for a
 *  thread not live. Any context. */
export function threadAbortWait(t: Thread): Err {
  if (!isLive(t)) return Err.Invalid;
  const s = kernelLock();
  if (t.state != ThreadState.Blocked) {
    kernelUnlock(s);
    return Err.NotFound;
  }
  wakeLocked(t, Err.Aborted);
  rescheduleBeforeUnlockLocked(s);
  kernelUnlock(s);
  return Err.Ok;
}

/** Lets the other ready threads of the same priority run first; the
 *  caller gets a fresh time slice when its turn comes again.
 *  Returns Err.Ok; Err.InInterrupt from an interrupt handler (there is no
 *  thread to move); Err.NoThread before threads run. Thread context. */
export function threadYield(): Err {
  const e = mayBlock();
  if (e != Err.Ok) return e;
  const s = kernelLock();
  const next = rotateCurrentLocked();
  if (next !== null) switchFromThreadLocked(next, s);
  kernelUnlock(s);
  return Err.Ok;
}

/** Stops `t` from being scheduled until threadResume; a blocked thread
 *  keeps waiting and stays suspended when its wait ends.
 *  Returns Err.Ok; Err.Invalid for a thread not live or the idle thread;
 *  Err.InInterrupt from an interrupt handler. Thread context. */
export function threadSuspend(t: Thread): Err {
  if (inInterrupt()) return Err.InInterrupt;
  fieldsChecked(t); // one bounds check for the fields read below
  if (!isLive(t) || t.basePriority == IDLE_PRIORITY) return Err.Invalid;
  const s = kernelLock();
  if (!t.suspended) {
    t.suspended = true;
    if (t.state == ThreadState.Ready) {
      readyUnlinkLocked(t);
      t.state = ThreadState.Suspended;
      if (t === threadCurrent()) {
        // The running thread's change shows in the switch away from it;
        // the next thread is the most urgent ready one, chosen once.
        switchFromThreadLocked(changetype<Thread>(highestReadyLocked()), s);
        kernelUnlock(s);
        return Err.Ok;
      }
      traceStateLocked(t, ThreadState.Ready);
    }
    rescheduleBeforeUnlockLocked(s);
  }
  kernelUnlock(s);
  return Err.Ok;
}

/** Lets a suspended thread run again (or go on waiting, if it is blocked).
 *  Returns Err.Ok (also for a thread not suspended); Err.Invalid for a
 *  thread not live. Any context. */
export function threadResume(t: Thread): Err {
  fieldsChecked(t); // one bounds check for the fields read below
  if (!isLive(t)) return Err.Invalid;
  const s = kernelLock();
  if (t.suspended) {
    t.suspended = false;
    if (t.state == ThreadState.Suspended) {
      t.state = ThreadState.Ready;
      readyAppendLocked(t);
      readiedLocked(t, ThreadState.Suspended, TraceKind.State, s);
    }
  }
  kernelUnlock(s);
  return Err.Ok;
}

/** Sets `t`'s base priority. While it holds a mutex that a more urgent
 *  thread waits for it keeps the inherited priority until it unlocks.
 *  Returns Err.Ok; Err.Invalid for a priority out of range or a thread not
 *  live or the idle thread. Any context. */
export function threadSetPriority(t: Thread, priority: u32): Err {
  if (priority >= IDLE_PRIORITY) return Err.Invalid;
  if (!isLive(t) || t.basePriority == IDLE_PRIORITY) return Err.Invalid;
  const s = kernelLock();
  t.basePriority = priority;
  priorityChangedLocked(t);
  rescheduleBeforeUnlockLocked(s);
  kernelUnlock(s);
  return Err.Ok;
}

/** `t`'s effective priority (raised while it holds a mutex a more urgent
 *  thread waits for). Any context. */
export function threadPriority(t: Thread): u32 {
  return t.priority;
}

/** The stack high-water mark of `t`, as the bytes of its stack that have
 *  never been used: its stack size less the most it has held at once,
 *  since threadCreate (docs/kernel.md, "Stack use"). A thread left with
 *  fewer than RED_ZONE_BYTES unused has come close to overflowing. The
 *  host measures it (on a board: painted words; on sim: asyncify's save
 *  area at switches). Arguments: `t`, a created thread. Returns the
 *  unused bytes, or 0 if `t` has no stack (never created, or ended and
 *  reclaimed). Errors: none. Any context. */
export function threadStackUnused(t: Thread): u32 {
  const s = kernelLock(); // `t` keeps its id and stack while we read
  const unused = t.stackStart == 0xffffffff || t.state == ThreadState.Free ? 0 : portStackUnused(t.id);
  kernelUnlock(s);
  return unused;
}

/** `t`'s state; Suspended covers a suspended thread that is not blocked. Any context. */
export function threadState(t: Thread): ThreadState {
  return t.state;
}

/** What the running thread's last wait delivered (the flags that matched,
 *  a notification's value). Thread context. */
export function threadWaitValue(): u32 {
  const t = threadCurrent();
  return t === null ? 0 : t.waitValue;
}

// ---- what the host calls ----------------------------------------------

/** Told when the switch ends an application's thread for a stack
 *  overflow (kernel/apps.ts, which this file cannot import). */
let appOverflowHandler: ((app: u32) => void) | null = null;

/** Sets the handler the switch tells when it ends an application's thread
 *  for a stack overflow. Thread context. */
export function setAppOverflowHandler(handler: (app: u32) => void): void {
  appOverflowHandler = handler;
}

/** Ends `victim`, found overflowed at a switch away from `prev` (the
 *  running thread, or already another one): reported, retired, and freed
 *  at once when it is no longer the running one. Out of line (and cold:
 *  tools/ivt/build.js), off the switch's path. Interrupts masked. */
function endOverflowedLocked(victim: Thread, prev: Thread | null): void {
  const old = victim.state;
  reportStackOverflow(victim.name, victim.id, OverflowFound.AtSwitch, 0, false);
  retireLocked(victim);
  if (ISOLATED_APPS && victim.app != 0 && appOverflowHandler !== null) appOverflowHandler!(victim.app);
  if (victim !== prev) {
    // The switch away from it was recorded already, with the state it
    // left in: its end needs an event of its own, as a deleted thread's.
    reclaimLocked(victim);
    traceStateLocked(victim, old);
  }
}

/** Body of export ivtswitch, at the host's switch point when the kernel
 *  did not choose already (switchFromThreadLocked): the choice of the most
 *  urgent ready thread, and the switch recorded. `victim` is the thread the
 *  host is leaving with its stack found overflowed (null when none): it
 *  ends, reported; the host never returns to its stack, so its id and
 *  stack are freed now when the kernel had already made another thread the
 *  running one. Returns the id of the thread to run. Interrupts masked by
 *  the host. */
export function switchThreads(victim: Thread | null): u32 {
  const prev = threadCurrent();
  if (victim !== null && victim.state != ThreadState.Dead) endOverflowedLocked(victim, prev);
  let prevState = ThreadState.Free;
  if (prev !== null) {
    prevState = prev.state; // before a dead thread becomes Free
    if (prev.state == ThreadState.Dead) reclaimLocked(prev);
  }
  const next = highestReadyLocked()!;
  recordSwitchLocked(prev, prevState, next); // the host masks interrupts
  return next.id;
}

/** Body of export ivtthreadentry: a thread's first code. Runs its entry,
 *  then ends it. Thread context, interrupts enabled. */
export function threadEntry(id: u32): void {
  const t = unchecked(threadTable[id])!;
  t.entry(t.arg);
  threadExit();
}

/** Whether `t` is a thread that exists: created and not ended. Any context. */
export function isLive(t: Thread): bool {
  return t.state != ThreadState.Free && t.state != ThreadState.Dead;
}
