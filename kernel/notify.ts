// Per-thread notifications: a 32-bit value in every thread that others
// (and interrupt handlers) update, and that the thread itself waits on. The
// lightest way to signal one known thread: no object to create.

import { Err } from "./errors";
import { Thread, ThreadState } from "./tcb";
import { isLive } from "./thread";
import { blockCurrentLocked, checkTimeout, threadCurrent, mayBlock, rescheduleLocked, wakeLocked } from "./sched";
import { kernelLock, kernelUnlock } from "./lock";

/** How notify changes the value. */
export enum NotifyAction {
  /** value |= bits */
  SetBits = 0,
  /** value += 1 (a counting semaphore) */
  Increment = 1,
  /** value = v */
  Overwrite = 2,
  /** value = v only if no notification is pending; Err.Busy otherwise */
  SetIfNotPending = 3,
}

/** Thread.waitFlags of a thread waiting for a notification. */
const WAITING_TAKE: u32 = 0x100;
const WAITING_WAIT: u32 = 0x200;

function isWaiting(t: Thread): bool {
  return t.state == ThreadState.Blocked && t.queue === null && (t.waitFlags & (WAITING_TAKE | WAITING_WAIT)) != 0;
}

/** Updates `t`'s notification value and wakes it if it waits for one
 *  (a thread in notifyTake only once the value is non-zero).
 *  Returns Err.Ok; Err.Invalid for a thread not live; Err.Busy
 *  (SetIfNotPending with one pending). Any context. */
export function notify(t: Thread, value: u32, action: NotifyAction): Err {
  if (!isLive(t)) return Err.Invalid;
  const s = kernelLock();
  switch (action) {
    case NotifyAction.SetBits: t.notifyValue |= value; break;
    case NotifyAction.Increment: t.notifyValue++; break;
    case NotifyAction.Overwrite: t.notifyValue = value; break;
    case NotifyAction.SetIfNotPending:
      if (t.notifyPending) {
        kernelUnlock(s);
        return Err.Busy;
      }
      t.notifyValue = value;
      break;
    default:
      kernelUnlock(s);
      return Err.Invalid;
  }
  t.notifyPending = true;
  // notifyTake waits for a non-zero value: a notification that leaves 0
  // (SetBits or Overwrite with 0) must not wake it, or the take would
  // count 0 down to 0xffffffff. notifyWait wakes on any notification.
  if (isWaiting(t) && ((t.waitFlags & WAITING_TAKE) == 0 || t.notifyValue != 0)) {
    t.waitFlags = 0;
    wakeLocked(t, Err.Ok);
    rescheduleLocked();
  }
  kernelUnlock(s);
  return Err.Ok;
}

/** notify(t, 0, Increment): a give to the thread's light semaphore. Any context. */
export function notifyGive(t: Thread): Err {
  return notify(t, 0, NotifyAction.Increment);
}

/** Takes from the running thread's light semaphore: waits at most
 *  `timeout` ticks (FOREVER: no limit) for a non-zero value, then clears it
 *  (`clear`) or decrements it. threadWaitValue() is the value before.
 *  Returns Err.Ok; Err.WouldBlock; Err.Timeout; Err.Invalid (a timeout
 *  over MAX_TIMEOUT that is not FOREVER); Err.InInterrupt; Err.NoThread;
 *  Err.Masked. Thread context only. */
export function notifyTake(clear: bool, timeout: u32): Err {
  let e = checkTimeout(timeout);
  if (e == Err.Ok) e = mayBlock();
  if (e != Err.Ok) return e;
  const me = threadCurrent()!;
  let s = kernelLock();
  if (me.notifyValue == 0) {
    if (timeout == 0) {
      kernelUnlock(s);
      return Err.WouldBlock;
    }
    me.waitFlags = WAITING_TAKE;
    const r = blockCurrentLocked(null, timeout, s);
    me.waitFlags = 0;
    if (r != Err.Ok) return r;
    s = kernelLock();
  }
  me.waitValue = me.notifyValue;
  me.notifyValue = clear ? 0 : me.notifyValue - 1;
  me.notifyPending = me.notifyValue != 0;
  kernelUnlock(s);
  return Err.Ok;
}

/** Waits at most `timeout` ticks for a notification of the running
 *  thread; then threadWaitValue() is its value, and the bits in
 *  `clearOnExit` are cleared. Returns as notifyTake. Thread context only. */
export function notifyWait(clearOnExit: u32, timeout: u32): Err {
  let e = checkTimeout(timeout);
  if (e == Err.Ok) e = mayBlock();
  if (e != Err.Ok) return e;
  const me = threadCurrent()!;
  let s = kernelLock();
  if (!me.notifyPending) {
    if (timeout == 0) {
      kernelUnlock(s);
      return Err.WouldBlock;
    }
    me.waitFlags = WAITING_WAIT;
    const r = blockCurrentLocked(null, timeout, s);
    me.waitFlags = 0;
    if (r != Err.Ok) return r;
    s = kernelLock();
  }
  me.waitValue = me.notifyValue;
  me.notifyValue &= ~clearOnExit;
  me.notifyPending = false;
  kernelUnlock(s);
  return Err.Ok;
}
