// A first-fit allocator of address ranges [base, base + size), with its
// bookkeeping kept apart from the memory it hands out. The stack arena
// (native memory the host owns, which wasm code cannot touch) and the
// kernel heap (a slice of linear memory) both use it.
//
// Blocks are kept in address order in one fixed array, two words each:
//
//   table[2i] = start    table[2i + 1] = size | USED    free neighbours are
//                                                        merged on release
//
// so a create/delete loop of any length leaves the arena as it found it.
// (One array, not three: each array costs a header and alignment in module
// memory, which a small board counts.)

/** The top bit of a block's size word: the block is allocated. */
const USED: u32 = 0x80000000;

@final export class Region {
  private table: StaticArray<u32>;
  private maxBlocks: i32;
  private count: i32 = 1;

  /** An allocator over [base, base + size) that can track `maxBlocks`
   *  blocks (allocated plus free); size must be under 2 GiB. Thread
   *  context (boot). */
  constructor(public readonly base: u32, public readonly size: u32, maxBlocks: i32) {
    this.maxBlocks = maxBlocks;
    this.table = new StaticArray<u32>(2 * maxBlocks);
    this.table[0] = base;
    this.table[1] = size;
  }

  @inline private start(i: i32): u32 {
    return unchecked(this.table[2 * i]);
  }
  @inline private sizeOf(i: i32): u32 {
    return unchecked(this.table[2 * i + 1]) & ~USED;
  }
  @inline private used(i: i32): bool {
    return (unchecked(this.table[2 * i + 1]) & USED) != 0;
  }
  @inline private set(i: i32, start: u32, size: u32, used: bool): void {
    unchecked((this.table[2 * i] = start));
    unchecked((this.table[2 * i + 1] = size | (used ? USED : 0)));
  }

  /** Allocates `bytes` rounded up to 8; returns the start, or 0xFFFFFFFF
   *  when no free block is large enough or the table is full. Callers hold
   *  the kernel lock. */
  alloc(bytes: u32): u32 {
    if (bytes == 0) return 0xffffffff;
    const need = (bytes + 7) & ~7;
    if (need < bytes) return 0xffffffff; // wrapped
    for (let i = 0; i < this.count; i++) {
      if (this.used(i) || this.sizeOf(i) < need) continue;
      const start = this.start(i);
      const rest = this.sizeOf(i) - need;
      if (rest > 0) {
        if (this.count == this.maxBlocks) return 0xffffffff;
        this.insertAfter(i, start + need, rest);
      }
      this.set(i, start, need, true);
      return start;
    }
    return 0xffffffff;
  }

  /** Releases the block starting at `start`. Returns false if no allocated
   *  block starts there. Callers hold the kernel lock. */
  free(start: u32): bool {
    for (let i = 0; i < this.count; i++) {
      if (this.start(i) != start) continue;
      if (!this.used(i)) return false;
      this.set(i, start, this.sizeOf(i), false);
      if (i + 1 < this.count && !this.used(i + 1)) this.mergeNext(i);
      if (i > 0 && !this.used(i - 1)) this.mergeNext(i - 1);
      return true;
    }
    return false;
  }

  /** Bytes not allocated. Any context. */
  freeBytes(): u32 {
    let n: u32 = 0;
    for (let i = 0; i < this.count; i++) if (!this.used(i)) n += this.sizeOf(i);
    return n;
  }

  /** Blocks tracked (allocated and free): 1 when everything is free. */
  blocks(): i32 {
    return this.count;
  }

  private insertAfter(i: i32, start: u32, size: u32): void {
    for (let j = this.count; j > i + 1; j--) {
      unchecked((this.table[2 * j] = this.table[2 * j - 2]));
      unchecked((this.table[2 * j + 1] = this.table[2 * j - 1]));
    }
    this.set(i + 1, start, size, false);
    this.count++;
  }

  private mergeNext(i: i32): void {
    this.set(i, this.start(i), this.sizeOf(i) + this.sizeOf(i + 1), this.used(i));
    for (let j = i + 1; j < this.count - 1; j++) {
      unchecked((this.table[2 * j] = this.table[2 * j + 2]));
      unchecked((this.table[2 * j + 1] = this.table[2 * j + 3]));
    }
    this.count--;
  }
}
