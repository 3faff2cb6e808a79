// Mutexes: ownership, recursive locking, priority inheritance through
// chains of mutexes, and what happens when an owner dies.
//
// Inheritance is recomputed, not patched: a thread's effective priority is
// the most urgent of its base priority and the most urgent waiter of every
// mutex it holds. Whenever a waiter arrives, leaves or changes priority the
// owner is recomputed, and if the owner itself waits on a mutex the change
// travels on to that mutex's owner (T1 waits on M1 held by T2, which waits
// on M2 held by T3: T3 runs at T1's priority until it unlocks M2).
//
// A lock that would wait for a thread which (through the chain of owners
// and the mutexes they wait for) waits for the caller would never end: it
// returns Err.Deadlock at once instead, and the caller still holds what it
// held, so it can back off and unlock. The walk is the one inheritance
// makes, so cycles never form and it always ends.
//
// An owner that dies (trap, stack overflow, deletion) hands each mutex it
// held to the most urgent waiter, whose lock returns Err.OwnerDied (it owns
// the mutex, but the data may be half-updated); with no waiter, the next
// lock returns Err.OwnerDied. Waiters are never left blocked on a dead owner.

import { Err } from "./errors";
import { alignedObject } from "./heap-layout";
import { Thread, ThreadState, MutexLink, WaitQueue } from "./tcb";
import {
  blockCurrentLocked, checkTimeout, mayBlock, rescheduleBeforeUnlockLocked, rescheduleLocked, setEffectivePriorityLocked, threadCurrent, wakeAllLocked, wakeLocked,
} from "./sched";
import { assertLocked, kernelLock, kernelUnlock } from "./lock";
import { MAX_THREADS } from "./config";
import { inInterrupt } from "./context";

/** Recomputes `thread`'s effective priority from its base and the waiters of
 *  the mutexes it holds; the change travels along the chain of owners.
 *  Lock held. */
export function priorityChangedLocked(thread: Thread): void {
  assertLocked();
  const t = alignedObject(thread);
  let p = t.basePriority;
  let m = alignedObject(t.heldMutexes);
  while (m !== null) {
    const w = alignedObject(alignedObject(m.waiters()).head);
    if (w !== null && w.priority < p) p = w.priority;
    m = alignedObject(m.nextHeld);
  }
  if (p != t.priority) setEffectivePriorityLocked(t, p);
}

@final class MutexWaiters extends WaitQueue {
  constructor(public mutex: Mutex) {
    super();
  }
  waiterAdded(t: Thread): void {
    t.waitingMutex = this.mutex;
    this.ownerChanged();
  }
  waiterLeft(t: Thread): void {
    this.ownerChanged();
  }
  waiterPriorityChanged(t: Thread): void {
    this.ownerChanged();
  }
  private ownerChanged(): void {
    const o = this.mutex.owner;
    if (o !== null) priorityChangedLocked(o);
  }
}

/** Unlinks `m` from `t`'s held chain. Lock held. */
function dropHeldLocked(t: Thread, m: MutexLink): void {
  assertLocked();
  if (t.heldMutexes === m) {
    t.heldMutexes = m.nextHeld;
  } else {
    let p = t.heldMutexes;
    while (p !== null && p.nextHeld !== m) p = p.nextHeld;
    if (p !== null) p.nextHeld = m.nextHeld;
  }
  m.nextHeld = null;
}

/** Links `m` into `t`'s held chain and makes `t` its owner. Lock held. */
function giveToLocked(m: Mutex, t: Thread): void {
  assertLocked();
  m.owner = t;
  m.depth = 1;
  m.nextHeld = t.heldMutexes;
  t.heldMutexes = m;
}

/** Hands every mutex `t` holds to its next waiter with Err.OwnerDied (or
 *  marks it, if nobody waits). `t` is dying. Lock held. */
export function releaseHeldMutexesLocked(t: Thread): void {
  assertLocked();
  let m = t.heldMutexes;
  t.heldMutexes = null;
  while (m !== null) {
    const next = m.nextHeld;
    m.nextHeld = null;
    (<Mutex>m).passOnLocked(Err.OwnerDied);
    m = next;
  }
}

/** Whether `me` waiting for a mutex that `o` owns would close a cycle: the
 *  chain o, the owner of the mutex o waits for, and so on, reaches `me`.
 *  Lock held. */
function closesCycleLocked(o: Thread, me: Thread): bool {
  assertLocked();
  let t: Thread | null = o;
  // Bounded by the thread count: a chain visits each thread at most once.
  for (let n: u32 = 0; t !== null && n < MAX_THREADS; n++) {
    if (t === me) return true;
    const m = t.waitingMutex;
    t = m === null ? null : m.owner;
  }
  return false;
}

/** What a Mutex does when its owner locks it again (create's `kind`). */
export enum MutexKind {
  /** Counts the lock; each lock needs its unlock (FreeRTOS's recursive
   *  mutex). The default. */
  Recursive = 0,
  /** Refuses it with Err.Deadlock: the owner would wait for itself
   *  (FreeRTOS's plain mutex, POSIX's error-checking one). */
  NonRecursive = 1,
}

@final export class Mutex extends MutexLink {
  private q!: MutexWaiters;
  private recursive: bool = true;
  /** Nested locks by the owner. */
  depth: u32 = 0;
  /** The last owner died holding it and nobody has locked it since. */
  private ownerDied: bool = false;
  private live: bool = false;

  constructor() {
    super();
    this.q = new MutexWaiters(this);
  }

  waiters(): WaitQueue {
    return this.q;
  }

  /** Makes the mutex usable, unlocked; `kind` says what a second lock by
   *  its owner does (MutexKind: Recursive, the default, or NonRecursive).
   *  Returns Err.Ok; Err.Busy if it is already created; Err.Invalid for an
   *  unknown kind. Any context. */
  create(kind: MutexKind = MutexKind.Recursive): Err {
    if (kind != MutexKind.Recursive && kind != MutexKind.NonRecursive) return Err.Invalid;
    if (this.live) return Err.Busy;
    this.live = true;
    this.recursive = kind == MutexKind.Recursive;
    this.owner = null;
    this.depth = 0;
    this.ownerDied = false;
    return Err.Ok;
  }

  /** Locks the mutex, waiting at most `timeout` ticks (NO_WAIT polls,
   *  FOREVER waits). The owner may lock again if the mutex is recursive
   *  (each lock needs its unlock); a NonRecursive one answers Err.Deadlock
   *  and stays locked once. While a more urgent thread waits, the owner runs at its
   *  priority. Returns Err.Ok; Err.OwnerDied (locked, but the previous
   *  owner died holding it); Err.WouldBlock (NO_WAIT, held by another);
   *  Err.Deadlock (waiting would close a cycle: the owner, or a thread the
   *  owner waits for through other mutexes, waits for the caller; nothing
   *  changed); Err.Timeout; Err.Deleted; Err.Invalid (not created, or a
   *  timeout over MAX_TIMEOUT that is not FOREVER); Err.InInterrupt (with
   *  any timeout); Err.NoThread; Err.Masked. Thread context only. */
  lock(timeout: u32): Err {
    const self = alignedObject(this);
    if (!self.live) return Err.Invalid;
    let e = checkTimeout(timeout);
    if (e == Err.Ok) e = mayBlock();
    if (e != Err.Ok) return e;
    const me = threadCurrent()!;
    const s = kernelLock();
    const o = self.owner;
    if (o === null) {
      giveToLocked(self, me);
      const died = self.ownerDied;
      self.ownerDied = false;
      kernelUnlock(s);
      return died ? Err.OwnerDied : Err.Ok;
    }
    if (o === me) {
      if (self.recursive) self.depth++;
      kernelUnlock(s);
      return self.recursive ? Err.Ok : Err.Deadlock;
    }
    if (timeout == 0) {
      kernelUnlock(s);
      return Err.WouldBlock;
    }
    if (closesCycleLocked(o, me)) {
      kernelUnlock(s);
      return Err.Deadlock;
    }
    return blockCurrentLocked(self.q, timeout, s);
  }

  /** Undoes one lock. At the last one the mutex passes to its most urgent
   *  waiter and the caller drops any priority it inherited through it.
   *  Returns Err.Ok; Err.NotOwner if the caller does not hold it;
   *  Err.Invalid (not created); Err.InInterrupt. Thread context only. */
  unlock(): Err {
    const self = alignedObject(this);
    if (!self.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    const me = threadCurrent();
    const s = kernelLock();
    if (me === null || self.owner !== me) {
      kernelUnlock(s);
      return Err.NotOwner;
    }
    if (--self.depth == 0) {
      dropHeldLocked(me, self);
      self.passOnLocked(Err.Ok);
      priorityChangedLocked(me);
      rescheduleLocked();
    }
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Gives the mutex to its most urgent waiter, whose lock returns
   *  `result`, or leaves it free. The caller unlinked it from the old
   *  owner. Lock held. */
  passOnLocked(result: Err): void {
    assertLocked();
    this.owner = null;
    this.depth = 0;
    const w = this.q.head;
    if (w === null) {
      if (result == Err.OwnerDied) this.ownerDied = true;
      return;
    }
    wakeLocked(w, result);
    giveToLocked(this, w);
    priorityChangedLocked(w);
    rescheduleLocked();
  }

  /** The owning thread, or null. Any context. */
  ownerThread(): Thread | null {
    return this.owner;
  }

  /** Deletes the mutex: waiters wake with Err.Deleted; the owner's
   *  inheritance through it ends. Returns Err.Invalid if not created;
   *  Err.InInterrupt. Thread context. */
  delete(): Err {
    if (!this.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    const s = kernelLock();
    this.live = false;
    wakeAllLocked(this.q, Err.Deleted);
    const o = this.owner;
    if (o !== null) {
      dropHeldLocked(o, this);
      this.owner = null;
      priorityChangedLocked(o);
    }
    rescheduleBeforeUnlockLocked(s);
    kernelUnlock(s);
    return Err.Ok;
  }
}
