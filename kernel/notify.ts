// Per-thread notifications: a 32-bit value in every thread that others
// (and interrupt handlers) update, and that the thread itself waits on. The
// lightest way to signal one known thread: no object to create.

import { Err } from "./errors";
import { Thread, ThreadState } from "./tcb";
import { isLive } from "./thread";
import {
  blockCurrentLocked, blockCurrentUntilLocked, checkTimeout, threadCurrent, mayBlock, rescheduleLocked, wakeLocked,
} from "./sched";
import { kernelLock, kernelUnlock } from "./lock";
import { FOREVER, NOTIFY_SLOTS } from "./config";
import { fieldsChecked } from "./heap-layout";

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

/** Thread.waitFlags of a thread waiting for a notification; the low byte
 *  is the slot it waits on. */
const WAITING_TAKE: u32 = 0x100;
const WAITING_WAIT: u32 = 0x200;
const SLOT_MASK: u32 = 0xff;
// The slot goes in waitFlags' low byte; a take that finds no slot would
// leave every notification refused.
if (NOTIFY_SLOTS < 1 || NOTIFY_SLOTS > SLOT_MASK + 1) ERROR("NOTIFY_SLOTS must be 1 to 256 (kernel/config.ts, board.json kernel)");

function isWaiting(t: Thread, slot: u32): bool {
  return t.state == ThreadState.Blocked && t.queue === null && (t.waitFlags & (WAITING_TAKE | WAITING_WAIT)) != 0 &&
    (t.waitFlags & SLOT_MASK) == slot;
}

// Slot `i` of `t`: 0 in the thread's own fields, the rest in notifyMore.
@inline function valueOf(t: Thread, i: u32): u32 {
  return i == 0 ? t.notifyValue : unchecked(t.notifyMore![<i32>(2 * i - 2)]);
}
@inline function pendingOf(t: Thread, i: u32): bool {
  return i == 0 ? t.notifyPending : unchecked(t.notifyMore![<i32>(2 * i - 1)]) != 0;
}
@inline function setSlot(t: Thread, i: u32, value: u32, pending: bool): void {
  if (i == 0) {
    t.notifyValue = value;
    t.notifyPending = pending;
  } else {
    unchecked((t.notifyMore![<i32>(2 * i - 2)] = value));
    unchecked((t.notifyMore![<i32>(2 * i - 1)] = pending ? 1 : 0));
  }
}

/** Updates `t`'s notification value and wakes it if it waits for one
 *  (a thread in notifyTake only once the value is non-zero).
 *  Returns Err.Ok; Err.Invalid for a thread not live; Err.Busy
 *  (SetIfNotPending with one pending). Any context. */
export function notify(t: Thread, value: u32, action: NotifyAction): Err {
  return notifyIndexed(t, 0, value, action);
}

/** As notify, on notification slot `index` (0 .. NOTIFY_SLOTS - 1, a
 *  board setting): FreeRTOS's xTaskNotifyIndexed. A thread waits on one
 *  slot at a time; the slots are independent. Returns as notify, and
 *  Err.Invalid for an index out of range. Any context. */
export function notifyIndexed(t: Thread, index: u32, value: u32, action: NotifyAction): Err {
  fieldsChecked(t);
  if (!isLive(t) || index >= NOTIFY_SLOTS) return Err.Invalid;
  const s = kernelLock();
  let v = valueOf(t, index);
  switch (action) {
    case NotifyAction.SetBits: v |= value; break;
    case NotifyAction.Increment: v++; break;
    case NotifyAction.Overwrite: v = value; break;
    case NotifyAction.SetIfNotPending:
      if (pendingOf(t, index)) {
        kernelUnlock(s);
        return Err.Busy;
      }
      v = value;
      break;
    default:
      kernelUnlock(s);
      return Err.Invalid;
  }
  setSlot(t, index, v, true);
  // notifyTake waits for a non-zero value: a notification that leaves 0
  // (SetBits or Overwrite with 0) must not wake it, or the take would
  // count 0 down to 0xffffffff. notifyWait wakes on any notification.
  if (isWaiting(t, index) && ((t.waitFlags & WAITING_TAKE) == 0 || v != 0)) {
    t.waitFlags = 0;
    wakeLocked(t, Err.Ok);
    rescheduleLocked();
  }
  kernelUnlock(s);
  return Err.Ok;
}

/** notify(t, 0, Increment): a give to the thread's light semaphore. Any context. */
export function notifyGive(t: Thread): Err {
  return notifyIndexed(t, 0, 0, NotifyAction.Increment);
}

/** notifyGive on slot `index`. Returns Err.Invalid for an index out of
 *  range or a thread not live. Any context. */
export function notifyGiveIndexed(t: Thread, index: u32): Err {
  return notifyIndexed(t, index, 0, NotifyAction.Increment);
}

/** Takes from the running thread's light semaphore: waits at most
 *  `timeout` ticks (FOREVER: no limit) for a non-zero value, then clears it
 *  (`clear`) or decrements it. threadWaitValue() is the value before.
 *  Returns Err.Ok; Err.WouldBlock; Err.Timeout; Err.Aborted; Err.Invalid
 *  (a timeout over MAX_TIMEOUT that is not FOREVER); Err.InInterrupt;
 *  Err.NoThread; Err.Masked. Thread context only. */
export function notifyTake(clear: bool, timeout: u32): Err {
  return notifyTakeIndexed(0, clear, timeout);
}

/** As notifyTake, on slot `index`; Err.Invalid for an index out of range.
 *  Thread context only. */
export function notifyTakeIndexed(index: u32, clear: bool, timeout: u32): Err {
  if (index >= NOTIFY_SLOTS) return Err.Invalid;
  let e = checkTimeout(timeout);
  if (e == Err.Ok) e = mayBlock();
  if (e != Err.Ok) return e;
  const me = threadCurrent()!;
  fieldsChecked(me);
  let s = kernelLock();
  if (valueOf(me, index) == 0) {
    if (timeout == 0) {
      kernelUnlock(s);
      return Err.WouldBlock;
    }
    me.waitFlags = WAITING_TAKE | index;
    const r = blockCurrentLocked(null, timeout, s);
    me.waitFlags = 0;
    if (r != Err.Ok) return r;
    s = kernelLock();
    // Rare: an Overwrite with 0 from a handler came between the wake and
    // this thread's turn (a take never counts 0 down). Out of line: the
    // wake of a bottom half passes here on the interrupt path.
    if (valueOf(me, index) == 0) return waitAgainLocked(me, index, clear, timeout == FOREVER, s);
  }
  return takeLocked(me, index, clear, s);
}

/** Ends a take with the lock `s` held and slot `index` non-zero: its
 *  value to threadWaitValue(), the slot cleared or counted down. */
@inline function takeLocked(me: Thread, index: u32, clear: bool, s: u32): Err {
  const v = valueOf(me, index);
  me.waitValue = v;
  const left = clear ? 0 : v - 1;
  setSlot(me, index, left, left != 0);
  kernelUnlock(s);
  return Err.Ok;
}

/** A take woken to find its slot 0 again: waits once more, to the first
 *  wait's deadline (`me.deadline`), for as long as that happens; then
 *  takes. Lock `s` held; released. */
function waitAgainLocked(me: Thread, index: u32, clear: bool, forever: bool, s: u32): Err {
  while (valueOf(me, index) == 0) {
    me.waitFlags = WAITING_TAKE | index;
    const r = blockCurrentUntilLocked(null, me.deadline, forever, s);
    me.waitFlags = 0;
    if (r != Err.Ok) return r;
    s = kernelLock();
  }
  return takeLocked(me, index, clear, s);
}

/** Waits at most `timeout` ticks for a notification of the running
 *  thread; then threadWaitValue() is its value, and the bits in
 *  `clearOnExit` are cleared. Returns as notifyTake. Thread context only. */
export function notifyWait(clearOnExit: u32, timeout: u32): Err {
  return notifyWaitIndexed(0, clearOnExit, timeout);
}

/** As notifyWait, on slot `index`; Err.Invalid for an index out of range.
 *  Thread context only. */
export function notifyWaitIndexed(index: u32, clearOnExit: u32, timeout: u32): Err {
  if (index >= NOTIFY_SLOTS) return Err.Invalid;
  let e = checkTimeout(timeout);
  if (e == Err.Ok) e = mayBlock();
  if (e != Err.Ok) return e;
  const me = threadCurrent()!;
  let s = kernelLock();
  if (!pendingOf(me, index)) {
    if (timeout == 0) {
      kernelUnlock(s);
      return Err.WouldBlock;
    }
    me.waitFlags = WAITING_WAIT | index;
    const r = blockCurrentLocked(null, timeout, s);
    me.waitFlags = 0;
    if (r != Err.Ok) return r;
    s = kernelLock();
  }
  const v = valueOf(me, index);
  me.waitValue = v;
  setSlot(me, index, v & ~clearOnExit, false);
  kernelUnlock(s);
  return Err.Ok;
}
