// Queue sets (as FreeRTOS's xQueueCreateSet): one thread waits on several
// queues and semaphores at once, then reads the one that has something
// with NO_WAIT.
//
//   set ring (kernel heap, `capacity` words)     members (linked by setNext)
//   | qA | sem | qA | .. |                       first -> qA -> sem -> null
//     ^ head: the oldest event; count events
//
// An event is the address of a member that got an item (a queue) or a
// unit (a semaphore) while no thread waited on the member itself. Each
// member counts its events in the ring (setEvents) and posts one more only
// while that count is under its items: so a member never holds more events
// than its capacity (queue length, semaphore maximum), and the ring, at
// least the sum of its members' capacities, never overflows. An item read
// without a select leaves its event behind; select drops such an event
// (its member is empty) and looks at the next. A reset member's events are
// dropped with its items. A select with a thread waiting is handed the
// member at once (waitPtr), as Queue hands items to receivers.
//
// A member's send or give pays nothing for sets when it is in none: the
// check for room it makes anyway compares with a limit that is 0 while it
// is in a set (Queue.room, Semaphore.limit; setMoved keeps it), which
// sends it down the longer path; the work is here, out of line.

import { Err } from "./errors";
import { WaitQueue } from "./tcb";
import { checkTimeout, rescheduleBeforeUnlockLocked, threadCurrent, waitOrFailLocked, wakeAllLocked, wakeLocked } from "./sched";
import { assertLocked, kernelLock, kernelUnlock } from "./lock";
import { inInterrupt } from "./context";
import { kalloc, kfreeLocked } from "./kheap";
import { Box } from "./box";

/** What a queue set needs of an object it holds: Queue and Semaphore
 *  implement it (nothing else should: the set trusts these answers). An
 *  interface, not a base class, so that each keeps its hot fields first
 *  (at offset 0 a field costs one instruction less on Cortex-M than
 *  further on) and these last. The fields belong to the set (kernel lock
 *  held). */
export interface SetMember {
  /** The set this object is in, or null. */
  set: QueueSet | null;
  /** The next member of the same set. */
  setNext: SetMember | null;
  /** This object's events in its set's ring: at most its capacity, which
   *  add keeps under the set's, at most 0xffff. */
  setEvents: u16;

  /** Items (queue) or units (semaphore) a reader could take now. */
  setCount(): u32;
  /** The most items or units it can hold: its share of a set's capacity. */
  setCapacity(): u32;
  /** Whether it is created and not deleted. */
  setLive(): bool;
  /** Called when `set` changed (joined or left a set). Lock held. */
  setMoved(): void;
}

@final export class QueueSet {
  private waiters: WaitQueue = new WaitQueue();
  private first: SetMember | null = null;
  private ring: usize = 0; // capacity member addresses, in the kernel heap
  private capacity: u32 = 0;
  private head: u32 = 0;
  private count: u32 = 0;
  private reserved: u32 = 0; // the members' capacities, summed
  private live: bool = false;

  /** Makes a set that holds up to `capacity` events: at least the sum of
   *  the capacities of the members it will hold (a queue's length, a
   *  semaphore's maximum), which add checks. The events take 4 bytes each
   *  from the kernel heap.
   *  Arguments: `capacity`, 1 to 65535.
   *  Returns Err.Ok; Err.Invalid for a capacity of 0 or over 65535;
   *  Err.NoSpace when the kernel heap cannot hold the events; Err.Busy if
   *  already created; Err.InInterrupt. Thread context (or boot). */
  create(capacity: u32): Err {
    if (capacity == 0 || capacity > 0xffff) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    if (this.live) return Err.Busy;
    const ring = kalloc(capacity << alignof<usize>());
    if (ring == 0) return Err.NoSpace;
    this.ring = ring;
    this.capacity = capacity;
    this.head = 0;
    this.count = 0;
    this.reserved = 0;
    this.first = null;
    this.live = true;
    return Err.Ok;
  }

  /** Adds a queue or a semaphore: from now on each item or unit it gets
   *  wakes a select. It must be empty (no item, no unit), or the events of
   *  what it holds would be missing, as FreeRTOS asks.
   *  Arguments: `member`, a created Queue or Semaphore.
   *  Returns Err.Ok; Err.Invalid for a null member, a member not created
   *  or deleted, or a set not created; Err.Exists if it is in this set
   *  already; Err.Busy if it is in another set, or holds an item or unit;
   *  Err.NoSpace if the set's capacity cannot take the member's too (the
   *  members' capacities would pass the set's); Err.InInterrupt.
   *  Thread context (or boot). */
  add(member: SetMember): Err {
    if (changetype<usize>(member) == 0 || !this.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    const s = kernelLock();
    const e = this.addLocked(member);
    kernelUnlock(s);
    return e;
  }

  /** Takes a member out of the set. It must be empty, as for add.
   *  Arguments: `member`, a Queue or Semaphore in this set.
   *  Returns Err.Ok; Err.Invalid for a null member or a set not created;
   *  Err.NotFound if it is not in this set; Err.Busy if it holds an item
   *  or unit; Err.InInterrupt. Thread context (or boot). */
  remove(member: SetMember): Err {
    if (changetype<usize>(member) == 0 || !this.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    const s = kernelLock();
    let e = Err.Ok;
    if (!this.live) e = Err.Invalid; // deleted since the check
    else if (member.set !== this) e = Err.NotFound;
    else if (member.setCount() != 0) e = Err.Busy;
    else this.dropMemberLocked(member);
    kernelUnlock(s);
    return e;
  }

  /** Waits at most `timeout` ticks (FOREVER: no limit) until a member has
   *  an item or unit, oldest event first, and names it in `out.value`; the
   *  caller then reads it with NO_WAIT (receive, take). A member another
   *  reader empties meanwhile answers that read with Err.WouldBlock.
   *  Arguments: `out`, where the member goes (null on any error);
   *  `timeout` in ticks.
   *  Returns Err.Ok; Err.WouldBlock (NO_WAIT, nothing ready); Err.Timeout;
   *  Err.Deleted (the set was deleted while the caller waited);
   *  Err.Aborted (threadAbortWait);
   *  Err.Invalid (`out` null, set not created, or a timeout over
   *  MAX_TIMEOUT that is not FOREVER); Err.InInterrupt (any timeout but
   *  NO_WAIT from an interrupt handler); Err.NoThread; Err.Masked.
   *  Thread context; from an interrupt handler only with NO_WAIT. */
  select(out: Box<SetMember | null>, timeout: u32): Err {
    if (changetype<usize>(out) == 0) return Err.Invalid;
    out.value = null;
    if (!this.live) return Err.Invalid;
    const e = checkTimeout(timeout);
    if (e != Err.Ok) return e;
    const s = kernelLock();
    if (!this.live) {
      kernelUnlock(s); // deleted since the check: nobody would wake us
      return Err.Invalid;
    }
    while (this.count != 0) {
      const m = this.popLocked();
      if (m.setCount() != 0) {
        kernelUnlock(s);
        out.value = m;
        return Err.Ok;
      }
      // An item read without a select left this event: drop it.
    }
    const r = waitOrFailLocked(this.waiters, timeout, s);
    // Woken with Err.Ok: postLocked put the member in our waitPtr.
    if (r == Err.Ok) out.value = changetype<SetMember>(threadCurrent()!.waitPtr);
    return r;
  }

  /** Events waiting in the set (some may be stale: see select). Any context. */
  events(): u32 {
    return this.count;
  }

  /** Deletes the set: waiting selects wake with Err.Deleted, members leave
   *  it (free to join another set), its events go back to the kernel heap.
   *  Returns Err.Ok; Err.Invalid if not created; Err.InInterrupt.
   *  Thread context. */
  delete(): Err {
    if (!this.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    const s = kernelLock();
    this.live = false;
    wakeAllLocked(this.waiters, Err.Deleted);
    let m = this.first;
    while (m !== null) {
      const next = m.setNext;
      m.setEvents = 0;
      detachLocked(m);
      m = next;
    }
    this.first = null;
    kfreeLocked(this.ring);
    this.ring = 0;
    this.count = 0;
    rescheduleBeforeUnlockLocked(s);
    kernelUnlock(s);
    return Err.Ok;
  }

  /** A member's count grew to `count`: unless its events already cover
   *  its items, hands it to the most urgent waiting select or queues an
   *  event. The caller reschedules. Lock held; any context. */
  postLocked(m: SetMember, count: u32): void {
    assertLocked();
    if (m.setEvents >= count) return;
    const w = this.waiters.head;
    if (w !== null) {
      w.waitPtr = changetype<usize>(m);
      wakeLocked(w, Err.Ok);
      return;
    }
    store<usize>(this.slot(this.head + this.count), changetype<usize>(m));
    this.count++;
    m.setEvents++;
  }

  /** Drops every event of `m` (its items were dropped: a reset), keeping
   *  the others in order. Lock held; O(events). */
  dropEventsLocked(m: SetMember): void {
    assertLocked();
    if (m.setEvents == 0) return;
    const n = this.count;
    let kept: u32 = 0;
    for (let i: u32 = 0; i < n; i++) {
      const e = this.slot(this.head + i);
      const a = load<usize>(e);
      if (a == changetype<usize>(m)) continue;
      store<usize>(this.slot(this.head + kept), a);
      kept++;
    }
    this.count = kept;
    m.setEvents = 0;
  }

  /** Takes `m` out of the set: its events, its place in the members, its
   *  share of the capacity (a member being deleted, or remove). Lock held. */
  dropMemberLocked(m: SetMember): void {
    assertLocked();
    this.dropEventsLocked(m);
    if (this.first === m) {
      this.first = m.setNext;
    } else {
      let p = this.first;
      while (p !== null && p.setNext !== m) p = p.setNext;
      if (p !== null) p.setNext = m.setNext;
    }
    this.reserved -= m.setCapacity();
    detachLocked(m);
  }

  private addLocked(m: SetMember): Err {
    if (!this.live || !m.setLive()) return Err.Invalid; // the set: deleted since the check
    if (m.set === this) return Err.Exists;
    if (m.set !== null || m.setCount() != 0) return Err.Busy;
    const cap = m.setCapacity();
    if (cap > this.capacity - this.reserved) return Err.NoSpace;
    this.reserved += cap;
    m.set = this;
    m.setEvents = 0;
    m.setNext = this.first;
    this.first = m;
    m.setMoved();
    return Err.Ok;
  }

  /** Removes the oldest event; returns its member. Lock held, count > 0. */
  private popLocked(): SetMember {
    const m = changetype<SetMember>(load<usize>(this.slot(this.head)));
    this.head = this.head + 1 == this.capacity ? 0 : this.head + 1;
    this.count--;
    m.setEvents--;
    return m;
  }

  /** The address of ring position `i` (0 to 2 * capacity - 1, wrapped). */
  private slot(i: u32): usize {
    if (i >= this.capacity) i -= this.capacity;
    return this.ring + (<usize>i << alignof<usize>());
  }
}

/** Unlinks `m` from its set's fields and lets it know (its limit goes
 *  back to its capacity). Lock held. */
function detachLocked(m: SetMember): void {
  m.set = null;
  m.setNext = null;
  m.setMoved();
}
