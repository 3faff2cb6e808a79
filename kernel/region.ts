// A first-fit allocator of address ranges [base, base + size), with its
// bookkeeping kept apart from the memory it hands out. The stack arena
// (native memory the host owns, which wasm code cannot touch) and the
// kernel heap (a slice of linear memory) both use it.
//
// The allocated blocks are kept in address order in one fixed array, two
// words each:
//
//   table[2i] = start    table[2i + 1] = size
//
// and the free space is the gaps between them (before the first, after the
// last), so freeing a block is removing its row: a create/delete loop of
// any length leaves the region as it found it, and the table needs a row
// per block in use only (a stack arena, one per thread: MAX_THREADS rows,
// where rows for the free blocks too took twice that). (One array, not
// three: each array costs a header and alignment in module memory, which a
// small board counts.)

@final export class Region {
  private table: StaticArray<u32>;
  private maxBlocks: i32;
  private count: i32 = 0;

  /** An allocator over [base, base + size) that can hold `maxBlocks`
   *  allocated blocks at once; base + size must not pass 2^32. Thread
   *  context (boot). */
  constructor(public readonly base: u32, public readonly size: u32, maxBlocks: i32) {
    this.maxBlocks = maxBlocks;
    this.table = new StaticArray<u32>(2 * maxBlocks);
  }

  @inline private start(i: i32): u32 {
    return unchecked(this.table[2 * i]);
  }
  @inline private sizeOf(i: i32): u32 {
    return unchecked(this.table[2 * i + 1]);
  }
  /** Where the free gap before block `i` starts (block count: the last gap). */
  @inline private gapStart(i: i32): u32 {
    return i == 0 ? this.base : this.start(i - 1) + this.sizeOf(i - 1);
  }
  /** Where the free gap before block `i` ends. */
  @inline private gapEnd(i: i32): u32 {
    return i == this.count ? this.base + this.size : this.start(i);
  }

  /** Allocates `bytes` rounded up to 8, in the first gap that holds them;
   *  returns the start, or 0xFFFFFFFF when no gap is large enough or
   *  `maxBlocks` are in use. Callers hold the kernel lock. */
  alloc(bytes: u32): u32 {
    if (bytes == 0 || this.count == this.maxBlocks) return 0xffffffff;
    const need = (bytes + 7) & ~7;
    if (need < bytes) return 0xffffffff; // wrapped
    for (let i = 0; i <= this.count; i++) {
      const from = this.gapStart(i);
      if (this.gapEnd(i) - from < need) continue;
      this.insertAt(i, from, need);
      return from;
    }
    return 0xffffffff;
  }

  /** Releases the block starting at `start`. Returns false if no allocated
   *  block starts there. Callers hold the kernel lock. */
  free(start: u32): bool {
    for (let i = 0; i < this.count; i++) {
      if (this.start(i) != start) continue;
      this.removeAt(i);
      return true;
    }
    return false;
  }

  /** Bytes not allocated. Any context. */
  freeBytes(): u32 {
    let used: u32 = 0;
    for (let i = 0; i < this.count; i++) used += this.sizeOf(i);
    return this.size - used;
  }

  /** Blocks allocated. Any context. */
  blocks(): i32 {
    return this.count;
  }

  private insertAt(i: i32, start: u32, size: u32): void {
    for (let j = this.count; j > i; j--) {
      unchecked((this.table[2 * j] = this.table[2 * j - 2]));
      unchecked((this.table[2 * j + 1] = this.table[2 * j - 1]));
    }
    unchecked((this.table[2 * i] = start));
    unchecked((this.table[2 * i + 1] = size));
    this.count++;
  }

  private removeAt(i: i32): void {
    for (let j = i; j < this.count - 1; j++) {
      unchecked((this.table[2 * j] = this.table[2 * j + 2]));
      unchecked((this.table[2 * j + 1] = this.table[2 * j + 3]));
    }
    this.count--;
  }
}
