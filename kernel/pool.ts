// Fixed-block memory pools over a buffer the caller gives (a static
// `memory.data(n)`, or any range of module memory that nothing else uses).
//
//   buffer                                             buffer + blockBytes * blocks
//   | block 0 | block 1 | block 2 | ... | block n-1 |
//       ^ free blocks are a singly linked list through their first word:
//         freeHead -> block 2 -> block 0 -> 0
//   inUse: one bit per block (kernel heap), set while the block is allocated
//
// alloc pops the list's head and free pushes the block back: both O(1).
// The in-use bit, not the list, says whether a block is free, so freeing
// a block twice (or a pointer into the middle of one, or outside the pool)
// is refused in O(1) whatever the caller wrote into the block. A free with
// a thread waiting hands the block straight to the most urgent waiter (FIFO
// among equals): its bit stays set and the woken alloc finds it done.
//
// A call that returns a block and an Err writes the block into a Box<usize>
// the caller owns, as Queue.receiveInto does (kernel/queue.ts).

import { Err } from "./errors";
import { WaitQueue } from "./tcb";
import { checkTimeout, rescheduleBeforeUnlockLocked, rescheduleLocked, threadCurrent, waitOrFailLocked, wakeAllLocked, wakeLocked } from "./sched";
import { assertLocked, kernelLock, kernelUnlock } from "./lock";
import { inInterrupt } from "./context";
import { kalloc, kfree, kfreeLocked } from "./kheap";
import { moduleMemoryBytes } from "./boot";
import { Box, NULL_GUARD_BYTES } from "./queue";

@final export class Pool {
  private waiters: WaitQueue = new WaitQueue();
  private base: usize = 0;
  private blockBytes: u32 = 0;
  private blocks: u32 = 0;
  private freeHead: usize = 0;
  private freeCount: u32 = 0;
  private inUse: usize = 0; // bitmap in the kernel heap
  private live: bool = false;
  private owned: bool = false; // the storage is the kernel heap's (createInHeap)

  /** Makes a pool of `blocks` blocks of `blockBytes` each over the caller's
   *  buffer at `buffer` (blockBytes * blocks bytes, 4-aligned, e.g.
   *  `memory.data(blockBytes * blocks, 4)`); the pool keeps one in-use bit
   *  per block in the kernel heap.
   *  Arguments: `buffer`, the start of the storage; `blockBytes`, a multiple
   *  of 4, at least 4; `blocks`, 1 to 65535.
   *  Returns Err.Ok; Err.Invalid for a null or misaligned buffer, a block
   *  size under 4 or not a multiple of 4, zero or over 65535 blocks, or a
   *  buffer that does not lie in module memory above the null guard;
   *  Err.NoSpace when the kernel heap cannot hold the in-use bits; Err.Busy
   *  if already created; Err.InInterrupt from an interrupt handler.
   *  Thread context (or boot). */
  create(buffer: usize, blockBytes: u32, blocks: u32): Err {
    if (buffer < NULL_GUARD_BYTES || (buffer & 3) != 0) return Err.Invalid;
    if (blockBytes < 4 || (blockBytes & 3) != 0 || blocks == 0 || blocks > 0xffff) return Err.Invalid;
    const bytes = <u64>blockBytes * <u64>blocks;
    const top = <u64>moduleMemoryBytes();
    if (<u64>buffer > top || bytes > top - <u64>buffer) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    if (this.live) return Err.Busy;
    const words = (blocks + 31) >>> 5;
    const bits = kalloc(words << 2);
    if (bits == 0) return Err.NoSpace;
    memory.fill(bits, 0, words << 2);
    // Thread the free list in address order: block 0 is handed out first.
    for (let i = blocks; i > 0; i--) {
      const b = buffer + <usize>((i - 1) * blockBytes);
      store<usize>(b, i == blocks ? 0 : b + blockBytes);
    }
    // Published under the lock, live last: free (any context) tests live
    // first, and a handler's free of a stale block from an earlier pool may
    // come at any time; unlocked, GCC may store live before the bits.
    const s = kernelLock();
    this.base = buffer;
    this.blockBytes = blockBytes;
    this.blocks = blocks;
    this.freeHead = buffer;
    this.freeCount = blocks;
    this.inUse = bits;
    this.live = true;
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Makes a pool as create does, over `blockBytes * blocks` bytes taken
   *  from the kernel heap, which delete gives back: for a user that cannot
   *  hand the kernel a buffer of its own memory (an isolated
   *  application's pool, kernel/sys.ts, whose blocks are tokens for blocks
   *  in the application's memory).
   *  Arguments: `blockBytes` and `blocks` as create.
   *  Returns as create; Err.NoSpace also when the kernel heap cannot hold
   *  the storage. Thread context (or boot). */
  createInHeap(blockBytes: u32, blocks: u32): Err {
    if (blockBytes < 4 || (blockBytes & 3) != 0 || blocks == 0 || blocks > 0xffff) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    if (this.live) return Err.Busy;
    const storage = kalloc(blockBytes * blocks);
    if (storage == 0) return Err.NoSpace;
    const e = this.create(storage, blockBytes, blocks);
    if (e != Err.Ok) {
      kfree(storage);
      return e;
    }
    this.owned = true;
    return Err.Ok;
  }

  /** The index of the block at `block` (0 .. blocks - 1), or -1 for an
   *  address that is not the start of one of this pool's blocks. Any
   *  context. */
  blockIndex(block: usize): i32 {
    if (!this.live || block < this.base) return -1;
    const off = block - this.base;
    const i = <u32>(off / <usize>this.blockBytes);
    if (i >= this.blocks || off != <usize>i * <usize>this.blockBytes) return -1;
    return <i32>i;
  }

  /** The address of block `index`, or 0 for an index out of range. Any
   *  context. */
  blockAt(index: u32): usize {
    if (!this.live || index >= this.blocks) return 0;
    return this.base + <usize>index * <usize>this.blockBytes;
  }

  /** Takes a block, waiting at most `timeout` ticks for one (FOREVER: no
   *  limit); waiters are served most urgent first, FIFO among equals.
   *  Arguments: `out`, where the block's address goes (0 on any error);
   *  `timeout` in ticks.
   *  Returns Err.Ok; Err.WouldBlock (NO_WAIT and none free); Err.Timeout;
   *  Err.Deleted; Err.Invalid (not created, `out` null, or a timeout over
   *  MAX_TIMEOUT that is not FOREVER); Err.InInterrupt (any timeout but
   *  NO_WAIT from an interrupt handler, even with a block free);
   *  Err.NoThread; Err.Masked.
   *  Thread context; from an interrupt handler only with NO_WAIT (tryAlloc). */
  alloc(out: Box<usize>, timeout: u32): Err {
    if (changetype<usize>(out) == 0) return Err.Invalid;
    out.value = 0;
    if (!this.live) return Err.Invalid;
    const e = checkTimeout(timeout);
    if (e != Err.Ok) return e;
    const s = kernelLock();
    const b = this.takeLocked();
    if (b != 0) {
      kernelUnlock(s);
      out.value = b;
      return Err.Ok;
    }
    const r = waitOrFailLocked(this.waiters, timeout, s);
    // Woken with Err.Ok: free put the block in our waitPtr.
    if (r == Err.Ok) out.value = threadCurrent()!.waitPtr;
    return r;
  }

  /** Takes a block if one is free, never waiting: alloc with NO_WAIT.
   *  Arguments: `out`, where the block's address goes (0 on any error).
   *  Returns Err.Ok; Err.WouldBlock (none free); Err.Invalid (not created
   *  or `out` null). Any context. */
  tryAlloc(out: Box<usize>): Err {
    return this.alloc(out, 0);
  }

  /** Gives `block` back: to the most urgent waiting thread if there is
   *  one, else to the free list.
   *  Arguments: `block`, an address alloc/tryAlloc gave.
   *  Returns Err.Ok; Err.Invalid (not created, an address outside the
   *  pool or not at the start of a block, or a block that is already
   *  free: a double free changes nothing). Any context. */
  free(block: usize): Err {
    // All of it under the lock: a more urgent thread may delete the pool
    // and make it again, smaller, between a test outside and the bitmap's
    // update. blockIndex's test, written out: through blockIndex (its -1,
    // then a sign test) Thread-Metric's memory figure was 3 instructions
    // more.
    const s = kernelLock();
    if (!this.live || block < this.base) return this.refuseLocked(s);
    const off = block - this.base;
    const i = <u32>(off / <usize>this.blockBytes);
    if (i >= this.blocks || off != <usize>i * <usize>this.blockBytes) return this.refuseLocked(s);
    const word = this.inUse + (<usize>(i >>> 5) << 2);
    const bit: u32 = 1 << (i & 31);
    if ((load<u32>(word) & bit) == 0) return this.refuseLocked(s); // free already
    const w = this.waiters.head;
    if (w !== null) {
      w.waitPtr = block; // stays in use: now the waiter's
      wakeLocked(w, Err.Ok);
      rescheduleLocked();
    } else {
      store<u32>(word, load<u32>(word) & ~bit);
      store<usize>(block, this.freeHead);
      this.freeHead = block;
      this.freeCount++;
    }
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Blocks free now (0 before create). Any context. */
  available(): u32 {
    return this.freeCount;
  }

  /** Block size in bytes (0 before create). Any context. */
  blockSize(): u32 {
    return this.blockBytes;
  }

  /** Deletes the pool: waiters wake with Err.Deleted, the in-use bits
   *  (and createInHeap's storage) go back to the kernel heap; the buffer
   *  is the caller's again (blocks
   *  still held must not be used as pool blocks: free refuses them).
   *  Returns Err.Ok; Err.Invalid if not created; Err.InInterrupt.
   *  Thread context. */
  delete(): Err {
    if (!this.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    const s = kernelLock();
    this.live = false;
    wakeAllLocked(this.waiters, Err.Deleted);
    kfreeLocked(this.inUse);
    if (this.owned) kfreeLocked(this.base);
    this.owned = false;
    this.inUse = 0;
    this.base = 0;
    this.blockBytes = 0;
    this.blocks = 0;
    this.freeHead = 0;
    this.freeCount = 0;
    rescheduleBeforeUnlockLocked(s);
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Gives the lock back (`s`: what kernelLock returned) and answers
   *  Err.Invalid: a free refused. */
  private refuseLocked(s: u32): Err {
    kernelUnlock(s);
    return Err.Invalid;
  }

  /** Pops the free list's head and marks it in use; 0 when empty. Lock held. */
  private takeLocked(): usize {
    assertLocked();
    const b = this.freeHead;
    if (b == 0) return 0;
    this.freeHead = load<usize>(b);
    this.freeCount--;
    const i = <u32>((b - this.base) / <usize>this.blockBytes);
    const word = this.inUse + (<usize>(i >>> 5) << 2);
    store<u32>(word, load<u32>(word) | (1 << (i & 31)));
    return b;
  }
}
