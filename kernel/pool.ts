// Fixed-block memory pools over a buffer the caller gives (a static
// `memory.data(n)`, or any range of module memory that nothing else uses).
//
//   buffer                                             buffer + blockBytes * blocks
//   | block 0 | block 1 | block 2 | ... | block n-1 |
//   links (kernel heap, one u16 per block; a pool of more than SMALL_BLOCKS):
//   | 3       | 0       | 2       | ... |           |   freeHead = 1
//       ^ a free block's entry is the next free block's number (END: none);
//         an allocated block's entry is its own number (no free block is
//         its own successor, so the two cannot be confused).
//
// alloc pops the list's head and free pushes the block back: both O(1).
// The list lives in the kernel heap, not in the blocks: nothing written
// into a block, freed or not, can send a later alloc elsewhere, and a
// double free (or a pointer into the middle of a block, or outside the
// pool) is refused in O(1).
//
// A pool of at most SMALL_BLOCKS (32) blocks, the common case on a
// microcontroller, keeps no list: one word in the pool object has a bit
// per block, set while the block is free. alloc takes the lowest set bit
// (a count of trailing zeros: rbit and clz on Cortex-M3/M4, ff1 on
// ColdFire, a library call on the M0), free tests and sets the block's
// bit. No heap, no count kept (available counts the bits), and none of
// the list's bounds checks: Thread-Metric memory, an alloc and a free,
// 83 -> 69 instructions on mps2-an385 (docs/build.md; 56.16 since free
// tests smallBlocks, alloc's list is a function of its own and fewer
// functions check the stack). Such a pool's
// freeHead stays END and a larger pool's map stays 0, so alloc tests the
// map first and finds the list empty without asking which kind of pool
// it is.
//
// A free with a thread waiting hands the block straight to the most
// urgent waiter (FIFO among equals): it stays allocated and the woken
// alloc finds it done.
//
// A block's number comes from its address by a shift when the block size
// is a power of two (the common case, and the cheap one on every core:
// the M0 has no divide instruction, and ColdFire no 64-bit multiply for a
// reciprocal), else by a division; either way the number is checked back,
// so an address that is not a block's start is refused. A pool not made
// has shift UNMADE_SHIFT, blocks 0 and freeHead END, so free and alloc
// need no separate test of it on their fast paths (and never divide by
// its block size, 0).
//
// A call that returns a block and an Err writes the block into a Box<usize>
// the caller owns, as Queue.receiveInto does (kernel/queue.ts).

import { Err } from "./errors";
import { alignedObject } from "./heap-layout";
import { Thread, WaitQueue } from "./tcb";
import { checkTimeout, rescheduleBeforeUnlockLocked, rescheduleLocked, threadCurrent, waitOrFailLocked, wakeAllLocked, wakeLocked } from "./sched";
import { kernelLock, kernelUnlock } from "./lock";
import { inInterrupt } from "./context";
import { kalloc, kfree, kfreeLocked } from "./kheap";
import { moduleMemoryBytes } from "./boot";
import { Box, NULL_GUARD_BYTES } from "./queue";

/** The end of a pool's free list (no block has this number: at most
 *  65535 blocks, numbered 0 to 65534). */
const END: u32 = 0xffff;

/** The most blocks a pool may have. */
const MAX_BLOCKS: u32 = 0xffff;

/** The most blocks of a pool that keeps a bitmap (a bit per block, in the
 *  pool object) instead of a free list in the kernel heap. */
const SMALL_BLOCKS: u32 = 32;

/** A pool's shift while it is not made: any shift works (blocks is 0,
 *  so every number is refused); a shift keeps free from dividing by 0. */
const UNMADE_SHIFT: u32 = 31;

/** The shift of a block size that is not a power of two: divide. */
const DIVIDE: u32 = 0;

/** Where a numbered pool's blocks start (createNumbered): any non-zero
 *  address, never dereferenced. */
const NUMBERED_BASE: usize = 4;

@final export class Pool {
  private waiters: WaitQueue = new WaitQueue();
  private base: usize = 0;
  private blockBytes: u32 = 0;
  private shift: u32 = UNMADE_SHIFT; // log2(blockBytes) for a power of two, else DIVIDE
  private blocks: u32 = 0;
  // blocks for a pool of SMALL_BLOCKS or fewer, else 0: free's one test
  // that a number is a small pool's block.
  private smallBlocks: u32 = 0;
  private freeHead: u32 = END;
  private freeCount: u32 = 0;
  private links: usize = 0; // u16 per block in the kernel heap (above)
  private live: bool = false;
  private owned: bool = false; // the storage is the kernel heap's (createInHeap)
  // Last, so that its offset is the highest of the fields alloc and free
  // read, and one bounds check on it covers theirs (docs/build.md, "Hot
  // paths laid out for the bounds checks").
  private freeMap: u32 = 0; // a pool of SMALL_BLOCKS or fewer: bit i set, block i free

  /** Makes a pool of `blocks` blocks of `blockBytes` each over the caller's
   *  buffer at `buffer` (blockBytes * blocks bytes, 4-aligned, e.g.
   *  `memory.data(blockBytes * blocks, 4)`); the pool keeps what is free
   *  in itself (up to SMALL_BLOCKS blocks) or in a free list of two bytes
   *  per block in the kernel heap, never in the blocks.
   *  Arguments: `buffer`, the start of the storage; `blockBytes`, a multiple
   *  of 4, at least 4; `blocks`, 1 to 65535.
   *  Returns Err.Ok; Err.Invalid for a null or misaligned buffer, a block
   *  size under 4 or not a multiple of 4, zero or over 65535 blocks, or a
   *  buffer that does not lie in module memory above the null guard;
   *  Err.NoSpace when the kernel heap cannot hold the free list; Err.Busy
   *  if already created; Err.InInterrupt from an interrupt handler.
   *  Thread context (or boot). */
  create(buffer: usize, blockBytes: u32, blocks: u32): Err {
    if (buffer < NULL_GUARD_BYTES || (buffer & 3) != 0) return Err.Invalid;
    if (!Pool.sizesValid(blockBytes, blocks)) return Err.Invalid;
    const bytes = <u64>blockBytes * <u64>blocks;
    const top = <u64>moduleMemoryBytes();
    if (<u64>buffer > top || bytes > top - <u64>buffer) return Err.Invalid;
    return this.make(buffer, blockBytes, blocks);
  }

  /** Makes a pool as create does, over `blockBytes * blocks` bytes taken
   *  from the kernel heap, which delete gives back: for a user that cannot
   *  hand the kernel a buffer of its own memory.
   *  Arguments: `blockBytes` and `blocks` as create.
   *  Returns as create; Err.NoSpace also when the kernel heap cannot hold
   *  the storage. Thread context (or boot). */
  createInHeap(blockBytes: u32, blocks: u32): Err {
    if (!Pool.sizesValid(blockBytes, blocks)) return Err.Invalid;
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

  /** Makes a pool of `blocks` numbered blocks with no storage at all: its
   *  "addresses" are never dereferenced, and blockIndex and blockAt turn
   *  them into numbers and back. For an isolated application's pool
   *  (kernel/sys.ts), whose blocks are in the application's own memory:
   *  the kernel keeps only its bitmap or list (two bytes per block over
   *  SMALL_BLOCKS).
   *  Arguments: `blocks`, 1 to 65535.
   *  Returns as create. Thread context (or boot). */
  createNumbered(blocks: u32): Err {
    if (!Pool.sizesValid(4, blocks)) return Err.Invalid;
    return this.make(NUMBERED_BASE, 4, blocks);
  }

  /** The index of the block at `block` (0 .. blocks - 1), or -1 for an
   *  address that is not the start of one of this pool's blocks. Any
   *  context. */
  blockIndex(block: usize): i32 {
    const i = this.numberOf(block);
    return i < this.blocks ? <i32>i : -1;
  }

  /** The address of block `index`, or 0 for an index out of range. Any
   *  context. */
  blockAt(index: u32): usize {
    if (index >= this.blocks) return 0;
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
    const self = alignedObject(this);
    if (changetype<usize>(out) == 0) return Err.Invalid;
    const e = checkTimeout(timeout);
    if (e != Err.Ok) return self.refuse(out, e);
    const s = kernelLock();
    // freeMap first: its bounds check covers the other fields' (above).
    const map = self.freeMap;
    // A larger pool's map, and a pool's not made, are 0: the list (or the
    // wait) is another function's, and the small pool's path runs
    // straight on (GCC laid it out of line as the branch taken).
    if (map == 0) return self.allocFromList(out, timeout, s);
    // A small pool's lowest free block.
    const n = ctz(map);
    self.freeMap = map & (map - 1);
    const b = self.base + <usize>n * <usize>self.blockBytes;
    kernelUnlock(s);
    out.value = b;
    return Err.Ok;
  }

  /** alloc from a larger pool's free list, lock held (`s`: what kernelLock
   *  returned): its head, or the wait (a pool not made is refused there).
   *  A pool not made, and a small one, have freeHead END: no test of live
   *  or of the kind of pool here. Gives the lock back. */
  private allocFromList(out: Box<usize>, timeout: u32, s: u32): Err {
    const i = this.freeHead;
    if (i == END) return this.waitForBlock(out, timeout, s);
    const link = this.links + (<usize>i << 1);
    this.freeHead = load<u16>(link);
    store<u16>(link, <u16>i); // allocated: its own number
    this.freeCount--;
    // The address under the lock: a more urgent thread may delete the
    // pool the moment it is released.
    const b = this.base + <usize>i * <usize>this.blockBytes;
    kernelUnlock(s);
    out.value = b;
    return Err.Ok;
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
    const self = alignedObject(this);
    // All of it under the lock: a more urgent thread may delete the pool
    // and make it again, smaller, between a test outside and the list's
    // update. A pool not made has blocks 0: every number is refused.
    const s = kernelLock();
    const map = self.freeMap; // first, as in alloc
    // The block's number, as numberOf finds it, but an address that is
    // not a block's start refused at once (no END to compare after).
    const off = <u32>(block - self.base); // below base: wraps, refused below
    const shift = self.shift;
    let i: u32;
    if (shift == DIVIDE) {
      i = off / self.blockBytes;
      if (i * self.blockBytes != off) return self.refuseLocked(s);
    } else {
      i = off >>> shift;
      if (i << shift != off) return self.refuseLocked(s);
    }
    // A small pool's block (smallBlocks is 0 for a larger pool and one not
    // made); else a larger pool's, or refused.
    if (i < self.smallBlocks) return self.freeSmallLocked(block, i, map, s);
    if (i >= self.blocks) return self.refuseLocked(s);
    const link = self.links + (<usize>i << 1);
    if (<u32>load<u16>(link) != i) return self.refuseLocked(s); // free already
    // Threads wait only while the list is empty (alloc; a free with one
    // waiting hands the block over and leaves the list empty): with blocks
    // on it, nobody waits and the waiters' list is not read.
    const head = self.freeHead;
    const w = head == END ? self.waiters.head : null;
    if (w !== null) {
      self.handOverLocked(w, block);
    } else {
      store<u16>(link, <u16>head);
      self.freeHead = i;
      self.freeCount++;
    }
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Blocks free now (0 before create). Any context. */
  available(): u32 {
    return this.blocks <= SMALL_BLOCKS ? <u32>popcnt(this.freeMap) : this.freeCount;
  }

  /** Block size in bytes (0 before create). Any context. */
  blockSize(): u32 {
    return this.blockBytes;
  }

  /** Deletes the pool: waiters wake with Err.Deleted, the free list (and
   *  createInHeap's storage) go back to the kernel heap; the buffer is the
   *  caller's again (blocks still held must not be used as pool blocks:
   *  free refuses them).
   *  Returns Err.Ok; Err.Invalid if not created; Err.InInterrupt.
   *  Thread context. */
  delete(): Err {
    if (!this.live) return Err.Invalid;
    if (inInterrupt()) return Err.InInterrupt;
    const s = kernelLock();
    this.live = false;
    wakeAllLocked(this.waiters, Err.Deleted);
    if (this.links != 0) kfreeLocked(this.links);
    if (this.owned) kfreeLocked(this.base);
    this.owned = false;
    this.links = 0;
    this.base = 0;
    this.blockBytes = 0;
    this.shift = UNMADE_SHIFT;
    this.blocks = 0;
    this.smallBlocks = 0;
    this.freeHead = END;
    this.freeCount = 0;
    this.freeMap = 0;
    rescheduleBeforeUnlockLocked(s);
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Whether `blockBytes` and `blocks` make a pool: a block of at least 4
   *  bytes and a multiple of 4, 1 to MAX_BLOCKS blocks. */
  private static sizesValid(blockBytes: u32, blocks: u32): bool {
    return blockBytes >= 4 && (blockBytes & 3) == 0 && blocks != 0 && blocks <= MAX_BLOCKS;
  }

  /** Makes the pool over `base` (checked by the caller): a bitmap with
   *  every block free, or for more than SMALL_BLOCKS blocks the free list
   *  in the kernel heap, every block on it in address order (either way
   *  block 0 is handed out first). Returns as create. Thread context (or
   *  boot). */
  private make(base: usize, blockBytes: u32, blocks: u32): Err {
    if (inInterrupt()) return Err.InInterrupt;
    if (this.live) return Err.Busy;
    const small = blocks <= SMALL_BLOCKS;
    let links: usize = 0;
    if (!small) {
      links = kalloc(((blocks << 1) + 3) & ~3);
      if (links == 0) return Err.NoSpace;
      for (let i: u32 = 0; i < blocks; i++) {
        store<u16>(links + (<usize>i << 1), <u16>(i + 1 < blocks ? i + 1 : END));
      }
    }
    // Published under the lock, live last: free (any context) may come
    // from a handler at any time with a stale block of an earlier pool;
    // unlocked, GCC may store blocks before the list.
    const s = kernelLock();
    this.base = base;
    this.blockBytes = blockBytes;
    this.shift = popcnt(blockBytes) == 1 ? ctz(blockBytes) : DIVIDE;
    this.blocks = blocks;
    this.smallBlocks = small ? blocks : 0;
    this.freeHead = small ? END : 0;
    this.freeCount = small ? 0 : blocks;
    this.links = links;
    this.freeMap = small ? <u32>(<u64>0xffffffff >> (32 - blocks)) : 0;
    this.live = true;
    kernelUnlock(s);
    return Err.Ok;
  }

  /** The number of the block that starts at `block`, or a number of
   *  blocks or more for any other address (and for every address when
   *  the pool is not made): a shift or a division (above), checked back.
   *  Lock held, or for blockIndex a pool that stays made. */
  @inline private numberOf(block: usize): u32 {
    const off = <u32>(block - this.base); // below base: wraps, refused below
    const shift = this.shift;
    if (shift != DIVIDE) {
      const i = off >>> shift;
      return i << shift == off ? i : END;
    }
    const i = off / this.blockBytes;
    return i * this.blockBytes == off ? i : END;
  }

  /** alloc's slow path, lock held (`s`: what kernelLock returned): a pool
   *  not made is refused, else the caller waits (or is refused with
   *  NO_WAIT) for a block that free hands over. Gives the lock back. */
  private waitForBlock(out: Box<usize>, timeout: u32, s: u32): Err {
    out.value = 0;
    if (!this.live) {
      kernelUnlock(s);
      return Err.Invalid;
    }
    const r = waitOrFailLocked(this.waiters, timeout, s);
    // Woken with Err.Ok: free put the block in our waitPtr.
    if (r == Err.Ok) out.value = threadCurrent()!.waitPtr;
    return r;
  }

  /** free for a pool of SMALL_BLOCKS or fewer, lock held (`s`: what
   *  kernelLock returned): `block` is block number `i` (in range), `map`
   *  the free bits read under the lock. Gives the lock back. */
  @inline private freeSmallLocked(block: usize, i: u32, map: u32, s: u32): Err {
    const bit = <u32>1 << i;
    if ((map & bit) != 0) return this.refuseLocked(s); // free already
    // Threads wait only while no block is free (as for the list above).
    if (map == 0) {
      const w = this.waiters.head;
      if (w !== null) {
        this.handOverLocked(w, block);
        kernelUnlock(s);
        return Err.Ok;
      }
    }
    this.freeMap = map | bit;
    kernelUnlock(s);
    return Err.Ok;
  }

  /** Gives the freed `block` to waiter `w`, the most urgent: it stays
   *  allocated, now the waiter's, and the woken alloc finds it in its
   *  waitPtr. Lock held; any context. */
  @inline private handOverLocked(w: Thread, block: usize): void {
    w.waitPtr = block;
    wakeLocked(w, Err.Ok);
    rescheduleLocked();
  }

  /** Writes 0 into `out` and returns `e`: alloc refused. */
  private refuse(out: Box<usize>, e: Err): Err {
    out.value = 0;
    return e;
  }

  /** Gives the lock back (`s`: what kernelLock returned) and answers
   *  Err.Invalid: a free refused. */
  private refuseLocked(s: u32): Err {
    kernelUnlock(s);
    return Err.Invalid;
  }
}
