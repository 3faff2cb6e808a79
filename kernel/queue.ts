// Message queues of fixed-size items, copied in and out.
//
// A send with a receiver waiting hands the item straight into the
// receiver's buffer (peekers waiting get a copy first); a receive from a
// full queue moves the most urgent waiting sender's item into the freed
// slot. So a woken thread's operation is already done when it runs.
//
// Two ways to name an item:
//   typed    sendValue(v), receiveInto(obj)/peekInto(obj): the size comes
//            from the type (sizeof<T>() of a number, offsetof<T>() of an
//            @unmanaged class such as Box<T>) and must equal the queue's
//            item size, or the call is Err.Invalid before any copy;
//   pointer  send/receive(ptr): the caller vouches for the size; the
//            range [ptr, ptr + itemSize) must lie in module memory above
//            the null guard, or the call is Err.Invalid.

import { Err } from "./errors";
import { alignedObject } from "./heap-layout";
import { Thread, WaitQueue } from "./tcb";
import { checkTimeout, threadCurrent, mayBlock, rescheduleBeforeUnlockLocked, rescheduleLocked, waitOrFailLocked, wakeLocked, wakeAllLocked } from "./sched";
import { assertLocked, kernelLock, kernelUnlock } from "./lock";
import { inInterrupt } from "./context";
import { kalloc, kfreeLocked } from "./kheap";
import { moduleMemoryBytes } from "./boot";
import { MAX_THREADS } from "./config";
import { QueueSet, SetMember } from "./queueset";

/** The lowest bytes of module memory, where no object lives (AssemblyScript
 *  places static data above them): an item range touching them is a null
 *  or near-null pointer. */
export const NULL_GUARD_BYTES: usize = 16;

// Box lives in box.ts so that queueset.ts, which queue.ts imports, can
// use it without an import cycle; its users import it from here.
export { Box } from "./box";

/** sendValue's copy of a number: one per thread, so that a sender that must
 *  wait keeps its item at a fixed address; one more for interrupt
 *  handlers, used with the lock held (they never wait). */
let valueSlots: usize = 0; // made at the first create: an image without queues pays nothing

/** Thread.waitFlags of a queue waiter. */
const TO_FRONT: u32 = 1;
const PEEK: u32 = 2;

@final export class Queue implements SetMember {
  // The ring of items in kernel-heap storage, its fields in the queue
  // itself (no object of its own: a send or receive reads them with no
  // pointer to load and check first):
  //
  //   ringBase                          ringBase + ringCapacity * ringItemSize
  //   | item | item | item | .... | item |
  //            ^ringHead (oldest)  ringCount items follow it, wrapping at the end
  private ringHead: u32 = 0;
  private ringBase: usize = 0;
  private ringItemSize: u32 = 0;
  private ringCapacity: u32 = 0;
  private ringCount: u32 = 0;
  private senders: WaitQueue = new WaitQueue();
  private receivers: WaitQueue = new WaitQueue();
  /** put's short path while count is under it: the capacity, or 0 while
   *  the queue is in a set, so that a send without a set pays nothing for
   *  sets (the room check it makes anyway routes both). */
  private room: u16 = 0; // a capacity is at most 0xffff; u16 keeps the object small
  // A QueueSet's.
  set: QueueSet | null = null;
  setNext: SetMember | null = null;
  setEvents: u16 = 0;
  /** Last on purpose: every call reads it first, and the bounds check of
   *  that load, at the highest offset, covers the other fields. */
  private live: bool = false;

  /** Makes a queue of `capacity` items of `itemSize` bytes, with storage
   *  from the kernel heap. Returns Err.Ok; Err.Invalid for a zero size or
   *  capacity; Err.NoSpace when the kernel heap cannot hold it; Err.Busy if
   *  already created; Err.InInterrupt. Thread context. */
  create(itemSize: u32, capacity: u32): Err {
    if (itemSize == 0 || capacity == 0 || capacity > 0xffff || itemSize > 0xffff) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    if (this.live) return Err.Busy;
    // sendValue's slots, at the first create (thread context: it allocates).
    if (valueSlots == 0) valueSlots = changetype<usize>(new StaticArray<u64>(<i32>MAX_THREADS + 1));
    const base = kalloc(itemSize * capacity);
    if (base == 0) return Err.NoSpace;
    this.ringReset(base, itemSize, capacity);
    this.room = <u16>capacity; // in no set: delete took it out of any
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
    const self = alignedObject(this);
    if (!self.inMemory(src)) return Err.Invalid;
    return self.put(src, timeout, 0);
  }

  /** As send, but the item goes to the front: received next. */
  sendToFront(src: usize, timeout: u32): Err {
    if (!this.inMemory(src)) return Err.Invalid;
    return this.put(src, timeout, TO_FRONT);
  }

  /** Copies the oldest item to `dst` and removes it, waiting at most
   *  `timeout` ticks for one. Errors as send (WouldBlock: empty). */
  receive(dst: usize, timeout: u32): Err {
    const self = alignedObject(this);
    if (!self.inMemory(dst)) return Err.Invalid;
    return self.get(dst, timeout, 0);
  }

  /** Copies the oldest item to `dst` and leaves it queued. Errors as receive. */
  peek(dst: usize, timeout: u32): Err {
    if (!this.inMemory(dst)) return Err.Invalid;
    return this.get(dst, timeout, PEEK);
  }

  /** Sends `v` to the back, as send. T is a number type (its sizeof) or an
   *  @unmanaged class (its offsetof: the object's bytes are the item).
   *  Returns send's results, and Err.Invalid when T's size differs from the
   *  item size or `v` is a null object. Context as send. */
  sendValue<T>(v: T, timeout: u32): Err {
    return this.putValue<T>(v, timeout, 0);
  }

  /** As sendValue, but the item goes to the front: received next. */
  sendValueToFront<T>(v: T, timeout: u32): Err {
    return this.putValue<T>(v, timeout, TO_FRONT);
  }

  /** Receives the oldest item into the object `dst`: an @unmanaged class
   *  (a struct, or Box<T> for a number). Returns receive's results, and
   *  Err.Invalid when offsetof<T>() differs from the item size or `dst` is
   *  null; then `dst` is untouched. Context as receive. */
  receiveInto<T>(dst: T, timeout: u32): Err {
    const p = this.objectFor<T>(dst);
    if (p == 0) return Err.Invalid;
    return this.get(p, timeout, 0);
  }

  /** As receiveInto, but the item stays queued (peek). */
  peekInto<T>(dst: T, timeout: u32): Err {
    const p = this.objectFor<T>(dst);
    if (p == 0) return Err.Invalid;
    return this.get(p, timeout, PEEK);
  }

  /** Writes the item at `src` into a queue of capacity one (a mailbox,
   *  as FreeRTOS's xQueueOverwrite): into the empty slot, or over the item
   *  there; a waiting receiver gets it at once (and peekers a copy). Never
   *  waits. Returns Err.Ok; Err.Invalid for a queue not created, of a
   *  capacity other than one, or `src` outside module memory. Any context. */
  overwrite(src: usize): Err {
    if (!this.live || this.ringCapacity != 1 || !this.inMemory(src)) return Err.Invalid;
    const s = kernelLock();
    const receiver = this.receivers.head;
    if (receiver === null || !this.handToReceiversLocked(receiver, src)) {
      if (this.ringIsFull()) this.ringDropFront();
      this.ringPushBack(src);
      this.postToSetLocked();
    }
    rescheduleBeforeUnlockLocked(s);
    kernelUnlock(s);
    return Err.Ok;
  }

  /** As overwrite, with a value (a number of the item's size, or an
   *  @unmanaged object: as sendValue). Any context. */
  overwriteValue<T>(v: T): Err {
    if (!this.live || this.ringCapacity != 1) return Err.Invalid;
    if (isReference<T>()) {
      const p = this.objectFor<T>(v);
      return p == 0 ? Err.Invalid : this.overwrite(p);
    }
    if (sizeof<T>() > 8) ERROR("overwriteValue: a number of at most 8 bytes, or an @unmanaged object");
    if (sizeof<T>() != <usize>this.ringItemSize) return Err.Invalid;
    // Never waits: the handlers' slot under the lock serves every caller.
    const s = kernelLock();
    const slot = valueSlots + (<usize>MAX_THREADS << 3);
    store<T>(slot, v);
    const e = this.overwrite(slot);
    kernelUnlock(s);
    return e;
  }

  /** Empties the queue (as FreeRTOS's xQueueReset): its items are dropped,
   *  and senders waiting for room put theirs in, most urgent first, as
   *  many as now fit. Receivers waiting go on waiting. Returns Err.Ok;
   *  Err.Invalid if not created. Any context. */
  reset(): Err {
    if (!this.live) return Err.Invalid;
    const s = kernelLock();
    this.ringReset(this.ringBase, this.ringItemSize, this.ringCapacity);
    const set = this.set;
    if (set !== null) set.dropEventsLocked(this); // they stood for the items just dropped
    while (!this.ringIsFull() && this.senders.head !== null) this.admitSenderLocked();
    rescheduleBeforeUnlockLocked(s);
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Item size in bytes (0 before create). Any context. */
  itemSize(): u32 {
    return this.ringItemSize;
  }

  /** Items queued now (0 before create). Any context. */
  count(): u32 {
    return this.ringCount;
  }

  /** Items queued now: count(), under FreeRTOS's name
   *  (uxQueueMessagesWaiting). Any context. */
  messagesWaiting(): u32 {
    return this.ringCount;
  }

  /** Free slots now: capacity less count (0 before create; as FreeRTOS's
   *  uxQueueSpacesAvailable). Any context. */
  spacesAvailable(): u32 {
    return this.ringCapacity - this.ringCount;
  }

  /** Deletes the queue: waiters wake with Err.Deleted; storage goes back to
   *  the kernel heap. Returns Err.Invalid if not created; Err.InInterrupt.
   *  Thread context. */
  delete(): Err {
    if (!this.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    const s = kernelLock();
    this.live = false;
    const set = this.set;
    if (set !== null) set.dropMemberLocked(this);
    wakeAllLocked(this.senders, Err.Deleted);
    wakeAllLocked(this.receivers, Err.Deleted);
    kfreeLocked(this.ringBase);
    this.ringReset(0, 0, 0);
    this.room = 0; // backSlotLocked finds no room in a deleted queue
    rescheduleBeforeUnlockLocked(s);
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Where a send's short path would copy its item (room, nobody waiting
   *  to receive, in no set), or 0 when it does not apply and send's whole
   *  path must decide (a queue deleted, or never made, has no room). For a
   *  system call, which copies the item from an application's memory
   *  straight into the ring under the lock it found the queue with
   *  (kernel/sys.ts sys_queue_send), then calls commitBackLocked. Lock
   *  held. */
  @inline backSlotLocked(): usize {
    if (this.receivers.head !== null || this.ringCount >= <u32>this.room) return 0;
    let i = this.ringHead + this.ringCount;
    if (i >= this.ringCapacity) i -= this.ringCapacity;
    return this.ringSlot(i);
  }

  /** The item copied to backSlotLocked's address is in. Lock held. */
  @inline commitBackLocked(): void {
    this.ringCount++;
  }

  /** The oldest item's address when a receive's short path applies (an
   *  item queued and no sender waiting for room), or 0 when receive's
   *  whole path must decide (a queue deleted, or never made, is empty). For
   *  a system call, which copies the item straight into an application's
   *  memory (kernel/sys.ts sys_queue_receive), then calls dropFrontLocked.
   *  Lock held. */
  @inline frontItemLocked(): usize {
    if (this.ringCount == 0 || this.senders.head !== null) return 0;
    return this.ringSlot(this.ringHead);
  }

  /** The item frontItemLocked named is taken. Lock held. */
  @inline dropFrontLocked(): void {
    this.ringDropFront();
  }

  /** Items queued now, for a QueueSet (as count). Any context. */
  setCount(): u32 {
    return this.ringCount;
  }

  /** The queue's length: its share of a QueueSet's capacity. Any context. */
  setCapacity(): u32 {
    return this.ringCapacity;
  }

  /** Whether the queue is created (and not deleted), for a QueueSet. Any context. */
  setLive(): bool {
    return this.live;
  }

  /** The queue joined or left a set (QueueSet): put's room follows. Lock held. */
  setMoved(): void {
    this.room = this.set === null ? <u16>this.ringCapacity : 0;
  }

  /** An item entered the ring: its set, if any, hears of it. The caller
   *  reschedules. Lock held. */
  @inline private postToSetLocked(): void {
    const set = this.set;
    if (set !== null) set.postLocked(this, this.ringCount);
  }

  /** Whether [p, p + itemSize) lies in module memory above the null guard.
   *  A queue not created passes: put/get answer Err.Invalid for it. */
  @inline private inMemory(p: usize): bool {
    // One unsigned compare for the three tests (p >= NULL_GUARD_BYTES,
    // p <= top, size <= top - p): an address below the guard wraps to one
    // above any limit. The limit cannot wrap itself: a live queue's item
    // fits the kernel heap, inside module memory above the guard, and one
    // not created (or deleted) has item size 0.
    const size = <usize>this.ringItemSize;
    const top = <usize>moduleMemoryBytes();
    return p - NULL_GUARD_BYTES <= top - NULL_GUARD_BYTES - size;
  }

  /** The address of the object `dst` if its type's size is the item size
   *  and it is not null, else 0. */
  private objectFor<T>(dst: T): usize {
    if (!isReference<T>()) ERROR("receiveInto/peekInto need an object: a Box<T> for a number");
    if (isManaged<T>()) ERROR("receiveInto/peekInto need an @unmanaged class (a managed object's size is not its fields)");
    const p = changetype<usize>(dst);
    if (p == 0 || offsetof<T>() != <usize>this.ringItemSize) return 0;
    return this.inMemory(p) ? p : 0;
  }

  private putValue<T>(v: T, timeout: u32, flags: u32): Err {
    if (isReference<T>()) {
      const p = this.objectFor<T>(v);
      if (p == 0) return Err.Invalid;
      return this.put(p, timeout, flags);
    }
    if (sizeof<T>() > 8) ERROR("sendValue: a number of at most 8 bytes, or an @unmanaged object");
    if (sizeof<T>() != <usize>this.ringItemSize) return Err.Invalid;
    const me: Thread | null = inInterrupt() ? null : threadCurrent();
    if (me !== null) {
      // The thread's own slot: nobody else writes it, and it stays put
      // while the thread waits for room.
      const slot = valueSlots + (<usize>me.id << 3);
      store<T>(slot, v);
      return this.put(slot, timeout, flags);
    }
    // A handler (or boot code) never waits; the lock keeps a nested handler
    // off the shared slot until the item is copied.
    const s = kernelLock();
    const slot = valueSlots + (<usize>MAX_THREADS << 3);
    store<T>(slot, v);
    const e = this.put(slot, timeout, flags);
    kernelUnlock(s);
    return e;
  }

  private put(src: usize, timeout: u32, flags: u32): Err {
    if (!this.live) return Err.Invalid;
    const e = checkTimeout(timeout);
    if (e != Err.Ok) return e;
    const s = kernelLock();
    // Room, nobody waiting to receive and no set (whose room is 0): the
    // item goes in and no thread can have become ready, so there is
    // nothing to reschedule (Thread-Metric message). The rest is out of
    // line.
    const receiver = this.receivers.head;
    if (receiver === null && this.ringCount < this.room) {
      if (flags & TO_FRONT) this.ringPushFront(src);
      else this.ringPushBack(src);
      kernelUnlock(s);
      return Err.Ok;
    }
    return this.putOtherwiseLocked(receiver, src, timeout, flags, s);
  }

  /** put when a receiver or peeker waits (`receiver`, the first, or
   *  null), the ring is full, or the queue is in a set. Releases the lock
   *  (state `s`). */
  private putOtherwiseLocked(receiver: Thread | null, src: usize, timeout: u32, flags: u32, s: u32): Err {
    assertLocked();
    if (receiver !== null && this.handToReceiversLocked(receiver, src)) {
      rescheduleBeforeUnlockLocked(s);
      kernelUnlock(s);
      return Err.Ok;
    }
    // Peekers were given a copy (and woken), or nobody waits.
    const count = this.ringCount;
    if (count == this.ringCapacity) return this.waitLocked(this.senders, src, flags, timeout, s);
    const set = this.set;
    if (set !== null) set.postLocked(this, count + 1); // it hears of the item going in
    if (flags & TO_FRONT) this.ringPushFront(src);
    else this.ringPushBack(src);
    rescheduleBeforeUnlockLocked(s); // peekers or a select woken
    kernelUnlock(s);
    return Err.Ok;
  }

  private get(dst: usize, timeout: u32, flags: u32): Err {
    if (!this.live) return Err.Invalid;
    const e = checkTimeout(timeout);
    if (e != Err.Ok) return e;
    const s = kernelLock();
    if (!this.ringIsEmpty()) {
      if (flags & PEEK) {
        this.ringPeekFront(dst);
      } else {
        this.ringPopFront(dst);
        this.admitSenderLocked();
      }
      kernelUnlock(s);
      return Err.Ok;
    }
    return this.waitLocked(this.receivers, dst, flags, timeout, s);
  }

  /** Blocks the caller on `q` with its buffer and flags. */
  private waitLocked(q: WaitQueue, buffer: usize, flags: u32, timeout: u32, s: u32): Err {
    assertLocked();
    // Only a caller that will really wait may note its buffer (from an
    // interrupt handler, threadCurrent is the interrupted thread).
    if (timeout != 0 && mayBlock() == Err.Ok) {
      const me = threadCurrent()!;
      me.waitPtr = buffer;
      me.waitFlags = flags;
    }
    return waitOrFailLocked(q, timeout, s);
  }

  /** Gives the item to waiting peekers (a copy each) and to the first
   *  waiting receiver. Returns true if a receiver took it. Lock held. */
  private handToReceiversLocked(first: Thread, src: usize): bool {
    assertLocked();
    let w: Thread | null = first;
    while (w !== null) {
      const next = w.next;
      memory.copy(w.waitPtr, src, this.ringItemSize);
      const peeker = (w.waitFlags & PEEK) != 0;
      wakeLocked(w, Err.Ok);
      if (!peeker) return true;
      w = next;
    }
    return false;
  }

  /** After a receive freed a slot: moves the most urgent waiting sender's
   *  item in and wakes it. Lock held. */
  private admitSenderLocked(): void {
    assertLocked();
    const w = this.senders.head;
    if (w === null) return;
    if (w.waitFlags & TO_FRONT) this.ringPushFront(w.waitPtr);
    else this.ringPushBack(w.waitPtr);
    this.postToSetLocked();
    wakeLocked(w, Err.Ok);
    rescheduleLocked();
  }
  /** Points the ring at `capacity` slots of `itemSize` bytes at `base`, empty. */
  private ringReset(base: usize, itemSize: u32, capacity: u32): void {
    this.ringBase = base;
    this.ringItemSize = itemSize;
    this.ringCapacity = capacity;
    this.ringHead = 0;
    this.ringCount = 0;
  }

  @inline private ringIsFull(): bool {
    return this.ringCount == this.ringCapacity;
  }

  @inline private ringIsEmpty(): bool {
    return this.ringCount == 0;
  }

  @inline private ringSlot(i: u32): usize {
    return this.ringBase + <usize>(i * this.ringItemSize);
  }

  /** Copies an item in behind the newest. The caller checked ringIsFull. */
  @inline private ringPushBack(src: usize): void {
    let i = this.ringHead + this.ringCount;
    if (i >= this.ringCapacity) i -= this.ringCapacity;
    memory.copy(this.ringSlot(i), src, this.ringItemSize);
    this.ringCount++;
  }

  /** Copies an item in ahead of the oldest. The caller checked ringIsFull. */
  private ringPushFront(src: usize): void {
    this.ringHead = this.ringHead == 0 ? this.ringCapacity - 1 : this.ringHead - 1;
    memory.copy(this.ringSlot(this.ringHead), src, this.ringItemSize);
    this.ringCount++;
  }

  /** Copies the oldest item out and removes it. The caller checked ringIsEmpty. */
  @inline private ringPopFront(dst: usize): void {
    memory.copy(dst, this.ringSlot(this.ringHead), this.ringItemSize);
    this.ringDropFront();
  }

  /** Removes the oldest item without copying it. The caller checked ringIsEmpty. */
  @inline private ringDropFront(): void {
    this.ringHead = this.ringHead + 1 == this.ringCapacity ? 0 : this.ringHead + 1;
    this.ringCount--;
  }

  /** Copies the oldest item out and keeps it. The caller checked ringIsEmpty. */
  private ringPeekFront(dst: usize): void {
    memory.copy(dst, this.ringSlot(this.ringHead), this.ringItemSize);
  }
}
