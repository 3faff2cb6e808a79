// Event flags: a 32-bit set that threads wait on, for any or all of a mask.

import { Err } from "./errors";
import { alignedObject } from "./heap-layout";
import { Thread, WaitQueue } from "./tcb";
import { checkTimeout, threadCurrent, mayBlock, rescheduleBeforeUnlockLocked, waitOrFailLocked, wakeLocked, wakeAllLocked } from "./sched";
import { kernelLock, kernelUnlock } from "./lock";
import { inInterrupt } from "./context";

/** Wait modes, or-ed together. */
export namespace EventWait {
  /** Wait for any bit of the mask (the default). */
  export const Any: u32 = 0;
  /** Wait for every bit of the mask. */
  export const All: u32 = 1;
  /** Clear the bits of the mask when the wait is satisfied. */
  export const ClearOnExit: u32 = 2;
}

@inline function satisfied(flags: u32, mask: u32, mode: u32): bool {
  return mode & EventWait.All ? (flags & mask) == mask : (flags & mask) != 0;
}

@final export class EventFlags {
  private q: WaitQueue = new WaitQueue();
  private flags: u32 = 0;
  private live: bool = false;

  /** Makes the flags usable, all clear. Returns Err.Busy if already created. Any context. */
  create(): Err {
    if (this.live) return Err.Busy;
    this.flags = 0;
    this.live = true;
    return Err.Ok;
  }

  /** Sets `bits` and wakes every waiter whose condition now holds (each
   *  sees the flags as they were when it was satisfied). Returns
   *  Err.Invalid if not created. Any context. */
  set(bits: u32): Err {
    const self = alignedObject(this);
    if (!self.live) return Err.Invalid;
    const s = kernelLock();
    self.flags |= bits;
    self.wakeSatisfiedLocked(0);
    rescheduleBeforeUnlockLocked(s);
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Wakes every waiter the flags now satisfy, each seeing them as they
   *  are, then clears the bits their ClearOnExit asked for and `clear`.
   *  Lock held. */
  private wakeSatisfiedLocked(clear: u32): void {
    let w = this.q.head;
    while (w !== null) {
      const next = w.next;
      const mask = w.waitValue;
      if (satisfied(this.flags, mask, w.waitFlags)) {
        if (w.waitFlags & EventWait.ClearOnExit) clear |= mask;
        w.waitValue = this.flags;
        wakeLocked(w, Err.Ok);
      }
      w = next;
    }
    this.flags &= ~clear;
  }

  /** A rendezvous (as FreeRTOS's xEventGroupSync): sets `bits` (the
   *  caller's own), then waits until every bit of `mask` is set, at most
   *  `timeout` ticks; the bits of `mask` are cleared for everyone as the
   *  last one arrives, so that N threads each syncing with their own bit
   *  and the mask of all N leave together and the flags are ready for the
   *  next round. On Err.Ok, threadWaitValue() is the flags as they were
   *  when the mask was complete. On a timeout the caller's bits stay set.
   *  Returns Err.Ok; Err.Invalid (not created, an empty mask, or a
   *  timeout over MAX_TIMEOUT that is not FOREVER); Err.WouldBlock
   *  (NO_WAIT, not complete: `bits` are set); Err.Timeout; Err.Deleted;
   *  Err.Aborted; Err.InInterrupt (from an interrupt handler, any
   *  timeout: a rendezvous is between threads; nothing is set);
   *  Err.NoThread; Err.Masked. Thread context. */
  sync(bits: u32, mask: u32, timeout: u32): Err {
    if (!this.live || mask == 0) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    let e = checkTimeout(timeout);
    if (e == Err.Ok) e = mayBlock();
    if (e != Err.Ok) return e;
    const me = threadCurrent()!;
    const s = kernelLock();
    this.flags |= bits;
    if ((this.flags & mask) == mask) {
      // The last to arrive: the others waiting for the mask wake with it.
      me.waitValue = this.flags;
      this.wakeSatisfiedLocked(mask);
      rescheduleBeforeUnlockLocked(s);
      kernelUnlock(s);
      return Err.Ok;
    }
    this.wakeSatisfiedLocked(0);
    if (timeout != 0) {
      me.waitValue = mask;
      me.waitFlags = EventWait.All | EventWait.ClearOnExit;
    }
    return waitOrFailLocked(this.q, timeout, s);
  }

  /** Clears `bits`. Returns Err.Invalid if not created. Any context. */
  clear(bits: u32): Err {
    if (!this.live) return Err.Invalid;
    const s = kernelLock();
    this.flags &= ~bits;
    kernelUnlock(s);
    return Err.Ok;
  }

  /** The flags now (0 when not created, or deleted). Any context. */
  get(): u32 {
    return this.live ? this.flags : 0;
  }

  /** Waits until any (or with EventWait.All, every) bit of `mask` is set, at
   *  most `timeout` ticks (FOREVER: no limit). On Err.Ok, threadWaitValue()
   *  is the flags that satisfied it. Returns Err.Ok; Err.Invalid (not
   *  created, an empty mask, or a timeout over MAX_TIMEOUT that is not
   *  FOREVER); Err.WouldBlock (NO_WAIT, not satisfied); Err.Timeout;
   *  Err.Deleted; Err.InInterrupt (any timeout but NO_WAIT from an
   *  interrupt handler, even if satisfied); Err.NoThread; Err.Masked.
   *  Thread context; NO_WAIT from any context. */
  wait(mask: u32, mode: u32, timeout: u32): Err {
    const self = alignedObject(this);
    if (!self.live || mask == 0) return Err.Invalid;
    const e = checkTimeout(timeout);
    if (e != Err.Ok) return e;
    const s = kernelLock();
    if (satisfied(self.flags, mask, mode)) {
      // A handler's poll has no wait value of its own: threadCurrent is
      // the thread it interrupted, whose last wait's value must stay.
      const me: Thread | null = inInterrupt() ? null : threadCurrent();
      if (me !== null) me.waitValue = self.flags;
      if (mode & EventWait.ClearOnExit) self.flags &= ~mask;
      kernelUnlock(s);
      return Err.Ok;
    }
    // Only a caller that will really wait may note its mask (from an
    // interrupt handler, threadCurrent is the interrupted thread).
    if (timeout != 0 && mayBlock() == Err.Ok) {
      const me = threadCurrent()!;
      me.waitValue = mask;
      me.waitFlags = mode;
    }
    return waitOrFailLocked(self.q, timeout, s);
  }

  /** Deletes the flags; waiters wake with Err.Deleted. Thread context. */
  delete(): Err {
    if (!this.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    const s = kernelLock();
    this.live = false;
    wakeAllLocked(this.q, Err.Deleted);
    rescheduleBeforeUnlockLocked(s);
    kernelUnlock(s);
    return Err.Ok;
  }
}
