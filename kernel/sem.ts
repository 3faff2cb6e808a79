// Counting and binary semaphores. A give with a waiter hands the unit
// straight to the most urgent waiter (the count stays), so a thread that
// was woken never finds the unit gone.

import { Err } from "./errors";
import { WaitQueue } from "./tcb";
import { checkTimeout, rescheduleLocked, waitOrFailLocked, wakeLocked, wakeAllLocked } from "./sched";
import { kernelLock, kernelUnlock } from "./lock";
import { inInterrupt } from "./context";
import { SetMember } from "./queueset";

@final export class Semaphore extends SetMember {
  private q: WaitQueue = new WaitQueue();
  private count: u32 = 0;
  private max: u32 = 0;
  private live: bool = false;

  /** Makes a semaphore holding `initial` of at most `max` units (max 1:
   *  binary). Returns Err.Ok; Err.Invalid for max 0 or initial > max;
   *  Err.Busy if already created. Any context. */
  create(initial: u32, max: u32): Err {
    if (max == 0 || initial > max) return Err.Invalid;
    if (this.live) return Err.Busy;
    this.count = initial;
    this.max = max;
    this.live = true;
    return Err.Ok;
  }

  /** Takes a unit, waiting at most `timeout` ticks (FOREVER: no limit).
   *  Returns Err.Ok; Err.WouldBlock (NO_WAIT and none left); Err.Timeout;
   *  Err.Deleted; Err.Invalid (not created, or a timeout over MAX_TIMEOUT
   *  that is not FOREVER); Err.InInterrupt (any timeout but NO_WAIT from an
   *  interrupt handler, even with a unit left); Err.NoThread; Err.Masked.
   *  Thread context; from an interrupt handler only with NO_WAIT. */
  take(timeout: u32): Err {
    if (!this.live) return Err.Invalid;
    const e = checkTimeout(timeout);
    if (e != Err.Ok) return e;
    const s = kernelLock();
    if (this.count > 0) {
      this.count--;
      kernelUnlock(s);
      return Err.Ok;
    }
    return waitOrFailLocked(this.q, timeout, s);
  }

  /** Gives a unit: to the most urgent waiter if there is one. Returns
   *  Err.Ok; Err.Overflow if the count is at its maximum; Err.Invalid (not
   *  created). Any context. */
  give(): Err {
    if (!this.live) return Err.Invalid;
    const s = kernelLock();
    const w = this.q.head;
    if (w !== null) {
      wakeLocked(w, Err.Ok);
      rescheduleLocked();
    } else if (this.count == this.max) {
      kernelUnlock(s);
      return Err.Overflow;
    } else {
      this.count++;
      if (this.set !== null) this.postToSetLocked(); // one load and a branch when in no set
    }
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Units available now. Any context. */
  available(): u32 {
    return this.count;
  }

  /** Deletes the semaphore; waiters wake with Err.Deleted. Returns
   *  Err.Invalid if not created; Err.InInterrupt. Thread context. */
  delete(): Err {
    if (!this.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    const s = kernelLock();
    this.live = false;
    const set = this.set;
    if (set !== null) set.dropMemberLocked(this);
    wakeAllLocked(this.q, Err.Deleted);
    rescheduleLocked();
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Units available now, for a QueueSet (as available). Any context. */
  setCount(): u32 {
    return this.count;
  }

  /** The semaphore's maximum: its share of a QueueSet's capacity. Any context. */
  setCapacity(): u32 {
    return this.max;
  }

  /** Whether the semaphore is created (and not deleted), for a QueueSet. Any context. */
  setLive(): bool {
    return this.live;
  }

  /** A unit was added with the semaphore in a set: the set hears of it
   *  and a select it wakes runs if more urgent. Out of line: give's path
   *  without a set stays as it was. Lock held. */
  private postToSetLocked(): void {
    this.set!.postLocked(this, this.count);
    rescheduleLocked();
  }
}
