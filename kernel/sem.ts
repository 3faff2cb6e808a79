// Counting and binary semaphores. A give with a waiter hands the unit
// straight to the most urgent waiter (the count stays), so a thread that
// was woken never finds the unit gone.

import { Err } from "./errors";
import { alignedObject } from "./heap-layout";
import { Thread, ThreadState, WaitQueue } from "./tcb";
import { checkTimeout, readiedLocked, rescheduleBeforeUnlockLocked, waitOrFailLocked, wakeAllLocked, wakeQuietLocked } from "./sched";
import { TraceKind } from "./trace";
import { kernelLock, kernelUnlock } from "./lock";
import { inInterrupt } from "./context";
import { QueueSet, SetMember } from "./queueset";

@final export class Semaphore implements SetMember {
  private q: WaitQueue = new WaitQueue();
  private count: u32 = 0;
  private max: u32 = 0;
  /** The count at which give leaves its short path: max, or 0 while the
   *  semaphore is in a queue set, so that a give without a set pays
   *  nothing for sets (the overflow check it makes anyway catches both). */
  private limit: u32 = 0;
  private live: bool = false;
  // A QueueSet's, last: the fields above keep their short offsets.
  setEvents: u16 = 0; // here, in live's padding: the object stays 48 bytes
  set: QueueSet | null = null;
  setNext: SetMember | null = null;

  /** Makes a semaphore holding `initial` of at most `max` units (max 1:
   *  binary). Returns Err.Ok; Err.Invalid for max 0 or initial > max;
   *  Err.Busy if already created. Any context. */
  create(initial: u32, max: u32): Err {
    if (max == 0 || initial > max) return Err.Invalid;
    if (this.live) return Err.Busy;
    this.count = initial;
    this.max = max;
    this.limit = max; // in no set: delete took it out of any
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
    const self = alignedObject(this);
    if (!self.live) return Err.Invalid;
    const e = checkTimeout(timeout);
    if (e != Err.Ok) return e;
    return self.takeLocked(timeout, kernelLock());
  }

  /** take's work once the kernel lock is held (`s`, what kernelLock
   *  returned) and `timeout` checked; releases the lock. For a caller that
   *  found the semaphore under that same lock (a system call's handle
   *  lookup, kernel/sys.ts): no delete can come between, so it needs no
   *  pin, and once it waits it touches the semaphore no more (a delete
   *  wakes it with Err.Deleted). The caller checks isCreated. Thread
   *  context; from an interrupt handler only with NO_WAIT. */
  // @ts-ignore: decorator
  @inline takeLocked(timeout: u32, s: u32): Err {
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
    const self = alignedObject(this);
    if (!self.live) return Err.Invalid;
    return self.giveLocked(kernelLock());
  }

  /** give's work once the kernel lock is held (`s`); releases the lock.
   *  For a caller that found the semaphore under that same lock (as
   *  takeLocked). The caller checks isCreated. Any context. */
  // @ts-ignore: decorator
  @inline giveLocked(s: u32): Err {
    const w = alignedObject(this.q).head;
    if (w !== null) {
      return handToWaiterLocked(w, s);
    } else if (this.count < this.limit) {
      this.count++;
      kernelUnlock(s);
      return Err.Ok;
    } else if (!this.unitToSetLocked()) {
      kernelUnlock(s);
      return Err.Overflow;
    }
    rescheduleBeforeUnlockLocked(s); // a waiter or a select was woken
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Whether the semaphore is created and not deleted. Any context. */
  // @ts-ignore: decorator
  @inline isCreated(): bool {
    return this.live;
  }

  /** Units available now (0 when not created, or deleted). Any context. */
  available(): u32 {
    return this.live ? this.count : 0;
  }

  /** Deletes the semaphore; waiters wake with Err.Deleted. Returns
   *  Err.Invalid if not created; Err.InInterrupt. Thread context. */
  delete(): Err {
    if (!this.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    return this.deleteLocked(kernelLock());
  }

  /** delete's work once the kernel lock is held (`s`); releases the lock.
   *  For a caller that found the semaphore under that same lock, created
   *  (a system call's handle, kernel/sys.ts sys_sem_delete). Returns
   *  Err.Ok. Thread context. */
  deleteLocked(s: u32): Err {
    this.live = false;
    const set = this.set;
    if (set !== null) set.dropMemberLocked(this);
    wakeAllLocked(this.q, Err.Deleted);
    rescheduleBeforeUnlockLocked(s);
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

  /** The set joined or left (QueueSet): give's limit follows. Lock held. */
  setMoved(): void {
    this.limit = this.set === null ? this.max : 0;
  }

  /** give's path at the limit with no thread waiting: false at the
   *  maximum (Err.Overflow); else a unit, and the set hears of it (the
   *  caller reschedules: a select may have been woken). Lock held. */
  private unitToSetLocked(): bool {
    if (this.count >= this.max) return false;
    this.count++;
    const set = this.set;
    if (set !== null) set.postLocked(this, this.count);
    return true;
  }
}

/** A give's unit goes to `waiter`, the first waiter, which runs at once if it is
 *  more urgent (its wake event folded into the switch: readiedLocked); no
 *  other thread became ready. Releases the lock `saved` came from. Out of
 *  line: the give that finds no waiter stays short enough to be inlined
 *  into its caller. Returns Err.Ok. Lock held; any context. */
function handToWaiterLocked(waiter: Thread, saved: u32): Err {
  const w = alignedObject(waiter);
  wakeQuietLocked(w, Err.Ok);
  readiedLocked(w, ThreadState.Blocked, TraceKind.Wake, saved);
  kernelUnlock(saved);
  return Err.Ok;
}
