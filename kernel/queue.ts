// Message queues of fixed-size items, copied in and out.
//
// A send with a receiver waiting hands the item straight into the
// receiver's buffer (peekers waiting get a copy first); a receive from a
// full queue moves the most urgent waiting sender's item into the freed
// slot. So a woken thread's operation is already done when it runs.

import { Err } from "./errors";
import { WaitQueue } from "./tcb";
import { checkTimeout, currentThread, lock, mayBlock, reschedule, unlock, waitOrFail, wake, wakeAll } from "./sched";
import { inInterrupt } from "./context";
import { Ring } from "./ring";
import { kalloc, kfree } from "./kheap";

/** Thread.waitFlags of a queue waiter. */
const TO_FRONT: u32 = 1;
const PEEK: u32 = 2;

@final export class Queue {
  private ring: Ring = new Ring();
  private senders: WaitQueue = new WaitQueue();
  private receivers: WaitQueue = new WaitQueue();
  private live: bool = false;

  /** Makes a queue of `capacity` items of `itemSize` bytes, with storage
   *  from the kernel heap. Returns Err.Ok; Err.Invalid for a zero size or
   *  capacity; Err.NoSpace when the kernel heap cannot hold it; Err.Busy if
   *  already created; Err.InInterrupt. Thread context. */
  create(itemSize: u32, capacity: u32): Err {
    if (itemSize == 0 || capacity == 0 || capacity > 0xffff || itemSize > 0xffff) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    if (this.live) return Err.Busy;
    const s = lock();
    const base = kalloc(itemSize * capacity);
    unlock(s);
    if (base == 0) return Err.NoSpace;
    this.ring.reset(base, itemSize, capacity);
    this.live = true;
    return Err.Ok;
  }

  /** Copies the item at `src` to the back, waiting at most `timeout` ticks
   *  for room (FOREVER: no limit). Returns Err.Ok; Err.WouldBlock (NO_WAIT,
   *  full); Err.Timeout; Err.Deleted; Err.Invalid (not created, or a timeout
   *  over MAX_TIMEOUT that is not FOREVER); Err.InInterrupt (any timeout but
   *  NO_WAIT from an interrupt handler, even with room); Err.NoThread;
   *  Err.Masked. Any context with NO_WAIT, thread context otherwise. */
  send(src: usize, timeout: u32): Err {
    return this.put(src, timeout, 0);
  }

  /** As send, but the item goes to the front: received next. */
  sendToFront(src: usize, timeout: u32): Err {
    return this.put(src, timeout, TO_FRONT);
  }

  /** Copies the oldest item to `dst` and removes it, waiting at most
   *  `timeout` ticks for one. Errors as send (WouldBlock: empty). */
  receive(dst: usize, timeout: u32): Err {
    return this.get(dst, timeout, 0);
  }

  /** Copies the oldest item to `dst` and leaves it queued. Errors as receive. */
  peek(dst: usize, timeout: u32): Err {
    return this.get(dst, timeout, PEEK);
  }

  /** Items queued now. Any context. */
  count(): u32 {
    return this.ring.count;
  }

  /** Deletes the queue: waiters wake with Err.Deleted; storage goes back to
   *  the kernel heap. Returns Err.Invalid if not created; Err.InInterrupt.
   *  Thread context. */
  delete(): Err {
    if (!this.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    const s = lock();
    this.live = false;
    wakeAll(this.senders, Err.Deleted);
    wakeAll(this.receivers, Err.Deleted);
    kfree(this.ring.base);
    this.ring.reset(0, 0, 0);
    reschedule();
    unlock(s);
    return Err.Ok;
  }

  private put(src: usize, timeout: u32, flags: u32): Err {
    if (!this.live) return Err.Invalid;
    const e = checkTimeout(timeout);
    if (e != Err.Ok) return e;
    const s = lock();
    if (this.handToReceivers(src)) {
      reschedule();
      unlock(s);
      return Err.Ok;
    }
    if (!this.ring.isFull()) {
      if (flags & TO_FRONT) this.ring.pushFront(src);
      else this.ring.pushBack(src);
      reschedule(); // peekers may have been woken
      unlock(s);
      return Err.Ok;
    }
    return this.wait(this.senders, src, flags, timeout, s);
  }

  private get(dst: usize, timeout: u32, flags: u32): Err {
    if (!this.live) return Err.Invalid;
    const e = checkTimeout(timeout);
    if (e != Err.Ok) return e;
    const s = lock();
    if (!this.ring.isEmpty()) {
      if (flags & PEEK) {
        this.ring.peekFront(dst);
      } else {
        this.ring.popFront(dst);
        this.admitSender();
      }
      unlock(s);
      return Err.Ok;
    }
    return this.wait(this.receivers, dst, flags, timeout, s);
  }

  /** Blocks the caller on `q` with its buffer and flags. */
  private wait(q: WaitQueue, buffer: usize, flags: u32, timeout: u32, s: u32): Err {
    // Only a caller that will really wait may note its buffer (from an
    // interrupt handler, currentThread is the interrupted thread).
    if (timeout != 0 && mayBlock() == Err.Ok) {
      const me = currentThread()!;
      me.waitPtr = buffer;
      me.waitFlags = flags;
    }
    return waitOrFail(q, timeout, s);
  }

  /** Gives the item to waiting peekers (a copy each) and to the first
   *  waiting receiver. Returns true if a receiver took it. Lock held. */
  private handToReceivers(src: usize): bool {
    let w = this.receivers.head;
    while (w !== null) {
      const next = w.next;
      memory.copy(w.waitPtr, src, this.ring.itemSize);
      const peeker = (w.waitFlags & PEEK) != 0;
      wake(w, Err.Ok);
      if (!peeker) return true;
      w = next;
    }
    return false;
  }

  /** After a receive freed a slot: moves the most urgent waiting sender's
   *  item in and wakes it. Lock held. */
  private admitSender(): void {
    const w = this.senders.head;
    if (w === null) return;
    if (w.waitFlags & TO_FRONT) this.ring.pushFront(w.waitPtr);
    else this.ring.pushBack(w.waitPtr);
    wake(w, Err.Ok);
    reschedule();
  }
}
