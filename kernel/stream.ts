// Stream and message buffers (as FreeRTOS's): bytes from a writer to a
// reader through a ring over a buffer the caller gives, the usual path
// from a UART's interrupt handler to a thread. A stream buffer carries
// bytes with no boundaries; a reader waits until at least its trigger
// level has arrived. A message buffer carries whole messages (a 4-byte
// length, then the bytes): a read returns one message or none.
//
// Writers and readers that must wait block with a deadline and look again
// when woken (a write wakes the readers it may satisfy, a read the writers
// it made room for), so several writers or readers are correct too; the
// usual case is one of each. From an interrupt handler, with NO_WAIT only.

import { Err } from "./errors";
import { FOREVER } from "./config";
import { WaitQueue } from "./tcb";
import { Box, NULL_GUARD_BYTES } from "./queue";
import { blockCurrentUntilLocked, checkTimeout, mayBlock, rescheduleBeforeUnlockLocked, rescheduleLocked, threadCurrent, wakeAllLocked, wakeLocked } from "./sched";
import { deadlineAfter } from "./timeout";
import { kernelLock, kernelUnlock } from "./lock";
import { inInterrupt } from "./context";
import { moduleMemoryBytes } from "./boot";
import { kalloc, kfree, kfreeLocked } from "./kheap";

/** Bytes of a message buffer's length word. */
const HEADER: u32 = 4;

/** Whether [p, p + len) lies in module memory above the null guard. */
function inMemory(p: usize, len: u32): bool {
  return p >= NULL_GUARD_BYTES && <u64>p + <u64>len <= <u64>moduleMemoryBytes();
}

export class StreamBuffer {
  protected base: usize = 0;
  protected size: u32 = 0;
  protected head: u32 = 0;
  protected used: u32 = 0;
  protected trigger: u32 = 1;
  protected live: bool = false;
  protected owned: bool = false; // the storage is the kernel heap's (createInHeap)
  /** Counts creates: a waiter woken, then the buffer deleted and made
   *  again before it ran (an isolated application's buffer is a kept
   *  object, reused by the next create, maybe another application's),
   *  must not go on with the new buffer. */
  protected incarnation: u32 = 0;
  protected readers: WaitQueue = new WaitQueue();
  protected writers: WaitQueue = new WaitQueue();

  /** Makes a buffer over the caller's `bytes` of memory at `buffer` (a
   *  StaticArray's data, memory.data: it must stay put), empty; a read
   *  waits until `trigger` bytes are there (1: any). Returns Err.Ok;
   *  Err.Invalid for a zero size, a trigger of 0 or over the size, or a
   *  buffer outside module memory; Err.Busy if already created. Any
   *  context. */
  create(buffer: usize, bytes: u32, trigger: u32 = 1): Err {
    if (bytes == 0 || trigger == 0 || trigger > bytes || !inMemory(buffer, bytes)) return Err.Invalid;
    if (this.live) return Err.Busy;
    this.base = buffer;
    this.size = bytes;
    this.head = 0;
    this.used = 0;
    this.trigger = trigger;
    this.live = true;
    this.incarnation++;
    return Err.Ok;
  }

  /** Makes a buffer as create does, over `bytes` taken from the kernel
   *  heap, which delete gives back: for a user that cannot hand the kernel
   *  a buffer (an isolated application's, kernel/sys.ts). Returns as
   *  create; Err.NoSpace when the kernel heap cannot hold `bytes`;
   *  Err.InInterrupt from an interrupt handler. Thread context (or boot). */
  createInHeap(bytes: u32, trigger: u32 = 1): Err {
    if (bytes == 0) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    if (this.live) return Err.Busy;
    const storage = kalloc(bytes);
    if (storage == 0) return Err.NoSpace;
    const e = this.create(storage, bytes, trigger);
    if (e != Err.Ok) {
      kfree(storage);
      return e;
    }
    this.owned = true;
    return Err.Ok;
  }

  /** Writes the `len` bytes at `src`, all or none: waits at most `timeout`
   *  ticks until they fit. Returns Err.Ok; Err.WouldBlock (NO_WAIT, no
   *  room); Err.Timeout (nothing written); Err.Deleted; Err.Aborted;
   *  Err.Invalid (not created, `len` 0 or over the size, `src` outside
   *  module memory, a timeout over MAX_TIMEOUT that is not FOREVER);
   *  Err.InInterrupt (any timeout but NO_WAIT in a handler); Err.NoThread;
   *  Err.Masked. Any context with NO_WAIT, thread context otherwise. */
  write(src: usize, len: u32, timeout: u32): Err {
    if (!this.live || len == 0 || len > this.size || !inMemory(src, len)) return Err.Invalid;
    return this.put(src, len, 0, timeout);
  }

  /** Reads at most `max` bytes into `dst`, waiting at most `timeout` ticks
   *  until the trigger level (or `max`, if smaller) has arrived; with
   *  NO_WAIT, or at the timeout, it reads what is there. `got.value` is the
   *  bytes read (0 on every error). Returns Err.Ok; Err.WouldBlock
   *  (NO_WAIT, nothing there); Err.Timeout (nothing arrived);
   *  Err.Deleted; Err.Aborted; Err.Invalid (not created, `max` 0, `dst`
   *  outside module memory, a bad timeout); Err.InInterrupt;
   *  Err.NoThread; Err.Masked. Context as write. */
  read(dst: usize, max: u32, got: Box<u32>, timeout: u32): Err {
    const e = this.readChecks(dst, max, got, timeout);
    if (e != Err.Ok) return e;
    const want = min(this.trigger, max);
    const deadline = deadlineAfter(timeout);
    let s = kernelLock();
    if (!this.live) {
      kernelUnlock(s); // deleted since the check: its memory may be another's now
      return Err.Invalid;
    }
    const mine = this.incarnation;
    while (this.used < want && timeout != 0) {
      const r = this.waitLocked(this.readers, want, deadline, timeout, s);
      if (r != Err.Ok && r != Err.Timeout) return r;
      s = kernelLock();
      if (!this.live || this.incarnation != mine) {
        kernelUnlock(s);
        return Err.Deleted;
      }
      if (r == Err.Timeout) break; // at the timeout, what is there
    }
    if (this.used == 0) {
      kernelUnlock(s);
      return timeout == 0 ? Err.WouldBlock : Err.Timeout;
    }
    const n = min(this.used, max);
    this.take(dst, n);
    got.value = n;
    this.roomMadeLocked();
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Bytes waiting to be read (0 when not created, or deleted). Any
   *  context. */
  available(): u32 {
    return this.live ? this.used : 0;
  }

  /** Bytes that can be written now without waiting (0 when not created,
   *  or deleted). Any context. */
  spaces(): u32 {
    return this.live ? this.size - this.used : 0;
  }

  /** Empties the buffer; writers waiting for room look again. Returns
   *  Err.Ok; Err.Invalid if not created. Any context. */
  reset(): Err {
    if (!this.live) return Err.Invalid;
    const s = kernelLock();
    this.head = 0;
    this.used = 0;
    this.roomMadeLocked();
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Deletes the buffer (its memory stays the caller's; createInHeap's
   *  goes back to the kernel heap); waiters wake with
   *  Err.Deleted. Returns Err.Invalid if not created; Err.InInterrupt.
   *  Thread context. */
  delete(): Err {
    if (!this.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    const s = kernelLock();
    this.live = false;
    if (this.owned) kfreeLocked(this.base);
    this.owned = false;
    wakeAllLocked(this.readers, Err.Deleted);
    wakeAllLocked(this.writers, Err.Deleted);
    rescheduleBeforeUnlockLocked(s);
    kernelUnlock(s);
    return Err.Ok;
  }

  /** A read's argument checks, before it looks at the buffer: sets
   *  `got.value` to 0; Err.Invalid for a null `got`, a buffer not created,
   *  `max` 0 or `dst` outside module memory; checkTimeout's errors. */
  protected readChecks(dst: usize, max: u32, got: Box<u32>, timeout: u32): Err {
    if (changetype<usize>(got) == 0) return Err.Invalid;
    got.value = 0;
    if (!this.live || max == 0 || !inMemory(dst, max)) return Err.Invalid;
    return checkTimeout(timeout);
  }

  /** Writes `len` bytes (after a `header` length word when it is not 0),
   *  all or none, waiting for room as write says. */
  protected put(src: usize, len: u32, header: u32, timeout: u32): Err {
    const e = checkTimeout(timeout);
    if (e != Err.Ok) return e;
    const need = len + header;
    const deadline = deadlineAfter(timeout);
    let s = kernelLock();
    if (!this.live) {
      kernelUnlock(s); // deleted since the check: its memory may be another's now
      return Err.Invalid;
    }
    const mine = this.incarnation;
    while (this.size - this.used < need) {
      const r = this.waitLocked(this.writers, need, deadline, timeout, s);
      if (r != Err.Ok) return r;
      s = kernelLock();
      if (!this.live || this.incarnation != mine) {
        kernelUnlock(s);
        return Err.Deleted;
      }
    }
    if (header != 0) {
      const word = memory.data(4); // the lock is held: one at a time
      store<u32>(word, len);
      this.give(word, HEADER);
    }
    this.give(src, len);
    // Readers that may now be satisfied look again.
    let w = this.readers.head;
    while (w !== null) {
      const next = w.next;
      if (w.waitValue <= this.used) wakeLocked(w, Err.Ok);
      w = next;
    }
    rescheduleBeforeUnlockLocked(s);
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Blocks the caller on `q` until woken or `deadline`, wanting `amount`
   *  bytes (or room); releases the lock. NO_WAIT answers WouldBlock. */
  protected waitLocked(q: WaitQueue, amount: u32, deadline: u32, timeout: u32, s: u32): Err {
    if (timeout == 0) {
      kernelUnlock(s);
      return Err.WouldBlock;
    }
    const e = mayBlock();
    if (e != Err.Ok) {
      kernelUnlock(s);
      return e;
    }
    const me = threadCurrent()!;
    me.waitValue = amount;
    me.waitFlags = 0;
    return blockCurrentUntilLocked(q, deadline, timeout == FOREVER, s);
  }

  /** After bytes left the ring: writers whose amount now fits look again. Lock held. */
  protected roomMadeLocked(): void {
    let w = this.writers.head;
    while (w !== null) {
      const next = w.next;
      if (w.waitValue <= this.size - this.used) wakeLocked(w, Err.Ok);
      w = next;
    }
    rescheduleLocked();
  }

  /** Copies `n` bytes in at the tail (the caller checked the room). */
  protected give(src: usize, n: u32): void {
    let tail = this.head + this.used;
    if (tail >= this.size) tail -= this.size;
    const first = min(n, this.size - tail);
    memory.copy(this.base + tail, src, first);
    if (first < n) memory.copy(this.base, src + first, n - first);
    this.used += n;
  }

  /** Copies `n` bytes out from the head (or only looks, with `keep`). */
  protected take(dst: usize, n: u32, keep: bool = false): void {
    const first = min(n, this.size - this.head);
    memory.copy(dst, this.base + this.head, first);
    if (first < n) memory.copy(dst + first, this.base, n - first);
    if (keep) return;
    this.head += n;
    if (this.head >= this.size) this.head -= this.size;
    this.used -= n;
  }
}

/** A message buffer: whole messages, each stored after a 4-byte length.
 *  A buffer of `bytes` holds messages totalling `bytes` less 4 per
 *  message. */
export class MessageBuffer extends StreamBuffer {
  /** As StreamBuffer.create, without a trigger: a read waits for a whole
   *  message. `bytes` must hold at least one byte of message (5). */
  create(buffer: usize, bytes: u32, trigger: u32 = 1): Err {
    if (bytes <= HEADER) return Err.Invalid;
    return super.create(buffer, bytes, 1);
  }

  /** Writes one message of `len` bytes, all or none; needs `len` + 4
   *  bytes of room. Returns and errors as StreamBuffer.write (Err.Invalid
   *  also for `len` + 4 over the size). Context as write. */
  write(src: usize, len: u32, timeout: u32): Err {
    if (!this.live || len == 0 || len > this.size - HEADER || !inMemory(src, len)) return Err.Invalid;
    return this.put(src, len, HEADER, timeout);
  }

  /** Reads the oldest message into `dst` (at most `max` bytes), waiting
   *  at most `timeout` ticks for one; `got.value` is its length. A message
   *  longer than `max` stays, and the read returns Err.Overflow with
   *  `got.value` its length. Other returns and errors as
   *  StreamBuffer.read (Err.Timeout: no message). Context as read. */
  read(dst: usize, max: u32, got: Box<u32>, timeout: u32): Err {
    const e = this.readChecks(dst, max, got, timeout);
    if (e != Err.Ok) return e;
    const deadline = deadlineAfter(timeout);
    let s = kernelLock();
    if (!this.live) {
      kernelUnlock(s); // deleted since the check
      return Err.Invalid;
    }
    const mine = this.incarnation;
    while (this.used < HEADER) {
      const r = this.waitLocked(this.readers, HEADER, deadline, timeout, s);
      if (r != Err.Ok) return r;
      s = kernelLock();
      if (!this.live || this.incarnation != mine) {
        kernelUnlock(s);
        return Err.Deleted;
      }
    }
    const word = memory.data(4);
    this.take(word, HEADER, true);
    const len = load<u32>(word);
    got.value = len;
    if (len > max) {
      kernelUnlock(s);
      return Err.Overflow;
    }
    this.take(word, HEADER);
    this.take(dst, len);
    this.roomMadeLocked();
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Bytes of the next message (0: none, or a buffer not created or
   *  deleted). Any context. */
  nextLength(): u32 {
    const s = kernelLock();
    if (!this.live || this.used < HEADER) {
      kernelUnlock(s);
      return 0;
    }
    const word = memory.data(4);
    this.take(word, HEADER, true);
    const len = load<u32>(word);
    kernelUnlock(s);
    return len;
  }
}
