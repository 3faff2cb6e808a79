// Software timers, one-shot and periodic, run by the timer thread.
//
// Active timers sit in one list in expiry order. The timer thread sleeps
// until the head's expiry; starting or stopping a timer that changes the
// head wakes it to re-plan. Callbacks run in the timer thread, one at a
// time, at TIMER_THREAD_PRIORITY: they may use any thread-context call but
// should not block for long (they delay the rest). A periodic timer's next
// expiry is its last expiry + period: no drift.
//
// The timer thread (kernel/timerthread.ts) also runs the kernel's deferred
// calls (kernel/work.ts deferCall, NAPI polls). It is made the first time
// it has something to do (a timer started, a deferred call queued), from
// whatever context that is, with the thread id boot kept for it: an image
// that uses neither pays no stack for it (docs/build.md, RAM of the
// minimal image).

import { Err } from "./errors";
import { Thread, ThreadState } from "./tcb";
import { blockCurrentUntilLocked, rescheduleLocked, wakeLocked } from "./sched";
import { assertLocked, kernelLock, kernelUnlock } from "./lock";
import { ticks } from "./ticks";
import { kernelThreadIdReserve, kernelThreadMakeLocked } from "./thread";
import { TIMER_STACK_BYTES, TIMER_THREAD_PRIORITY } from "./config";

/** What a timer does when it expires: runs in the timer thread. */
export abstract class TimerCallback {
  abstract fire(timer: SoftTimer): void;
}

let head: SoftTimer | null = null;
/** Thread.waitFlags of the timer thread while it waits for the next
 *  expiry (the only wait timerThreadWakeLocked may end). */
const PLANNING: u32 = 0x400;
/** The thread that runs timer callbacks and deferred calls. */
export const timerThread = new Thread();
/** The timer thread's entry (timerThreadReserve, at boot, which keeps its
 *  id); whether something wanted it before boot could make it. */
let timerEntry: ((arg: u32) => void) | null = null;
let timerWanted = false;

@final export class SoftTimer {
  private callback: TimerCallback | null = null;
  private period: u32 = 0;
  private periodic: bool = false;
  private expiry: u32 = 0;
  private active: bool = false;
  private next: SoftTimer | null = null;
  /** Times the callback ran. */
  fired: u32 = 0;

  /** Sets what the timer runs, after `period` ticks, once or (`periodic`)
   *  every `period` ticks. Returns Err.Ok; Err.Invalid for a period of 0
   *  or over MAX_TIMEOUT (2^31 - 1: expiries are compared wrap-safe);
   *  Err.Busy while the timer is active. Any context. */
  create(callback: TimerCallback, period: u32, periodic: bool): Err {
    if (period == 0 || period >= 0x80000000) return Err.Invalid;
    if (this.active) return Err.Busy;
    this.callback = callback;
    this.period = period;
    this.periodic = periodic;
    return Err.Ok;
  }

  /** (Re)starts the timer: it expires `period` ticks from now. The first
   *  timer started makes the timer thread (kernel/timerthread.ts).
   *  Returns Err.Ok; Err.Invalid if not created; Err.NoSpace (the timer
   *  stays stopped) when the timer thread is not made yet and the stack
   *  arena has no room for its TIMER_STACK_BYTES. Any context. */
  start(): Err {
    if (this.callback === null) return Err.Invalid;
    const s = kernelLock();
    if (this.active) unlinkLocked(this);
    this.expiry = ticks() + this.period;
    // The first timer started makes the timer thread: without room for
    // its stack the timer stays stopped.
    const made = timerThreadNeededLocked();
    if (made) insertLocked(this);
    kernelUnlock(s);
    return made ? Err.Ok : Err.NoSpace;
  }

  /** Stops the timer; its callback does not run. Stopping a stopped timer
   *  is not an error. Returns Err.Invalid if not created. Any context. */
  stop(): Err {
    if (this.callback === null) return Err.Invalid;
    const s = kernelLock();
    if (this.active) unlinkLocked(this);
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Changes the period; an active timer restarts with it. Returns
   *  Err.Ok; Err.Invalid for a period of 0 or over MAX_TIMEOUT, or a timer
   *  not created. Any context. */
  setPeriod(period: u32): Err {
    if (this.callback === null || period == 0 || period >= 0x80000000) return Err.Invalid;
    this.period = period;
    return this.active ? this.start() : Err.Ok;
  }

  /** Whether the timer will expire. Any context. */
  isActive(): bool {
    return this.active;
  }

  /** Ticks until the timer expires: 0 if it is not active, or due and
   *  about to run. Any context. */
  remaining(): u32 {
    const s = kernelLock();
    const left = this.active ? <i32>(this.expiry - ticks()) : 0;
    kernelUnlock(s);
    return left > 0 ? <u32>left : 0;
  }

  /** Stops the timer and forgets its callback and period (as FreeRTOS's
   *  xTimerDelete): it cannot be started again until create. A callback
   *  the timer thread has already taken for an expiry before the delete
   *  still runs that once. Returns Err.Ok; Err.Invalid if not created (or
   *  deleted already). Any context. */
  delete(): Err {
    const s = kernelLock();
    if (this.callback === null) {
      kernelUnlock(s);
      return Err.Invalid;
    }
    if (this.active) unlinkLocked(this);
    this.callback = null;
    this.period = 0;
    kernelUnlock(s);
    return Err.Ok;
  }

  // list links, used by this file only
  @inline linkNext(): SoftTimer | null { return this.next; }
  @inline setNext(t: SoftTimer | null): void { this.next = t; }
  @inline due(): u32 { return this.expiry; }
  @inline setActive(a: bool): void { this.active = a; }

  /** Takes the timer off the list for the expiry that is due (a periodic
   *  one goes back for its next) and returns the callback to run, in the
   *  same critical section as the check that it was due: a stop or delete
   *  from a handler cannot come between. Timer thread, lock held. */
  expireLocked(): TimerCallback {
    assertLocked();
    unlinkLocked(this);
    if (this.periodic) {
      this.expiry += this.period;
      insertLocked(this);
    }
    this.fired++;
    return this.callback!;
  }
}

/** Inserts by expiry; wakes the timer thread (made already: start) if `t`
 *  became the head. Lock held. */
function insertLocked(t: SoftTimer): void {
  assertLocked();
  t.setActive(true);
  let p = head;
  if (p === null || <i32>(t.due() - p.due()) < 0) {
    t.setNext(p);
    head = t;
    timerThreadWakeLocked();
    return;
  }
  while (p.linkNext() !== null && <i32>(p.linkNext()!.due() - t.due()) <= 0) p = p.linkNext()!;
  t.setNext(p.linkNext());
  p.setNext(t);
}

function unlinkLocked(t: SoftTimer): void {
  assertLocked();
  t.setActive(false);
  if (head === t) {
    head = t.linkNext();
  } else {
    let p = head;
    while (p !== null && p.linkNext() !== t) p = p.linkNext();
    if (p !== null) p.setNext(t.linkNext());
  }
  t.setNext(null);
}

/** Wakes the timer thread if it sleeps until the next expiry: a new head,
 *  or a deferred call queued (made first: SoftTimer.start, deferCall; for
 *  an item queued on the deferred calls' queue some other way, made here
 *  if it can be). Lock held; any context. */
export function timerThreadWakeLocked(): void {
  assertLocked();
  const t = timerThread;
  if (t.state == ThreadState.Free) {
    timerThreadMakeLocked();
    return;
  }
  // Only the timer thread's own wait for the next expiry: a callback that
  // sleeps (threadSleep, threadSleepUntil) sleeps its full time.
  if (t.state == ThreadState.Blocked && t.queue === null && t.waitFlags == PLANNING) {
    wakeLocked(t, Err.Ok);
    rescheduleLocked();
  }
}

/** Makes the timer thread if it is not made yet, for a timer about to
 *  start or a deferred call about to be queued (on boot's way, before the
 *  stack arena: boot makes it, timerThreadReserve). Returns false only
 *  when it could not be made: no room in the stack arena for
 *  TIMER_STACK_BYTES. Lock held; any context. */
export function timerThreadNeededLocked(): bool {
  assertLocked();
  return timerThread.state != ThreadState.Free || timerThreadMakeLocked();
}

/** timerThreadNeededLocked under the lock of its own: for deferCall.
 *  Returns false when the timer thread could not be made. Any context. */
export function timerThreadNeeded(): bool {
  const s = kernelLock();
  const made = timerThreadNeededLocked();
  kernelUnlock(s);
  return made;
}

/** Makes the timer thread, ready: it plans from the timers and deferred
 *  calls there are. Returns false when the stack arena has no room for
 *  it. Lock held; any context. */
function timerThreadMakeLocked(): bool {
  assertLocked();
  if (timerEntry === null) {
    timerWanted = true; // boot, before the stack arena: made by timerThreadReserve
    return true;
  }
  const e = kernelThreadMakeLocked(timerThread, "timers", timerEntry!, 0, TIMER_THREAD_PRIORITY, TIMER_STACK_BYTES);
  if (e != Err.Ok) return false;
  rescheduleLocked();
  return true;
}

/** Keeps the timer thread's id (the next free one) and takes its entry,
 *  `entry`; makes it now if a timer or a deferred call came before (a
 *  board's init). Returns Err.Ok; Err.NoSpace when no id is free or the
 *  thread wanted now has no room. Boot only, after the stack arena. */
export function timerThreadReserve(entry: (arg: u32) => void): Err {
  if (kernelThreadIdReserve() < 0) return Err.NoSpace;
  timerEntry = entry;
  if (!timerWanted) return Err.Ok;
  const s = kernelLock();
  const made = timerThreadMakeLocked();
  kernelUnlock(s);
  return made ? Err.Ok : Err.NoSpace;
}

/** Whether the timer thread is made (it is, once anything needed it).
 *  Any context. */
export function timerThreadMade(): bool {
  return timerThread.state != ThreadState.Free;
}

/** If the first timer is due: takes it off (or re-arms a periodic one),
 *  releases the lock `saved` came from, runs its callback and returns true.
 *  Otherwise returns false with the lock still held. The timer thread
 *  (kernel/timerthread.ts). */
export function runDueTimerLocked(saved: u32): bool {
  assertLocked();
  const h = head;
  if (h === null || <i32>(ticks() - h.due()) < 0) return false;
  const callback = h.expireLocked();
  kernelUnlock(saved);
  callback.fire(h);
  return true;
}

/** Sleeps until the first timer's expiry (without a timer: until woken),
 *  or until timerThreadWakeLocked, releasing the lock `saved` came from.
 *  The timer thread. */
export function sleepUntilNextExpiryLocked(saved: u32): void {
  assertLocked();
  const h = head;
  timerThread.waitFlags = PLANNING;
  if (h === null) blockCurrentUntilLocked(null, 0, true, saved);
  else blockCurrentUntilLocked(null, h.due(), false, saved);
  timerThread.waitFlags = 0;
}
