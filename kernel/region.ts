// A first-fit allocator of address ranges [base, base + size), with its
// bookkeeping kept apart from the memory it hands out. The stack arena
// (native memory the host owns, which wasm code cannot touch) and the
// kernel heap (a slice of linear memory) both use it.
//
// Blocks are kept in address order in a fixed array:
//
//   starts[i] | sizes[i] | used[i]     free neighbours are merged on release
//
// so a create/delete loop of any length leaves the arena as it found it.

@final export class Region {
  private starts: StaticArray<u32>;
  private sizes: StaticArray<u32>;
  private used: StaticArray<bool>;
  private count: i32 = 1;

  /** An allocator over [base, base + size) that can track `maxBlocks`
   *  blocks (allocated plus free). Thread context (boot). */
  constructor(public readonly base: u32, public readonly size: u32, maxBlocks: i32) {
    this.starts = new StaticArray<u32>(maxBlocks);
    this.sizes = new StaticArray<u32>(maxBlocks);
    this.used = new StaticArray<bool>(maxBlocks);
    this.starts[0] = base;
    this.sizes[0] = size;
  }

  /** Allocates `bytes` rounded up to 8; returns the start, or 0xFFFFFFFF
   *  when no free block is large enough or the table is full. Callers hold
   *  the kernel lock. */
  alloc(bytes: u32): u32 {
    if (bytes == 0) return 0xffffffff;
    const need = (bytes + 7) & ~7;
    if (need < bytes) return 0xffffffff; // wrapped
    for (let i = 0; i < this.count; i++) {
      if (unchecked(this.used[i]) || unchecked(this.sizes[i]) < need) continue;
      const start = unchecked(this.starts[i]);
      const rest = unchecked(this.sizes[i]) - need;
      if (rest > 0) {
        if (this.count == this.starts.length) return 0xffffffff;
        this.insertAfter(i, start + need, rest);
      }
      unchecked((this.sizes[i] = need));
      unchecked((this.used[i] = true));
      return start;
    }
    return 0xffffffff;
  }

  /** Releases the block starting at `start`. Returns false if no allocated
   *  block starts there. Callers hold the kernel lock. */
  free(start: u32): bool {
    for (let i = 0; i < this.count; i++) {
      if (unchecked(this.starts[i]) != start) continue;
      if (!unchecked(this.used[i])) return false;
      unchecked((this.used[i] = false));
      if (i + 1 < this.count && !unchecked(this.used[i + 1])) this.mergeNext(i);
      if (i > 0 && !unchecked(this.used[i - 1])) this.mergeNext(i - 1);
      return true;
    }
    return false;
  }

  /** Bytes not allocated. Any context. */
  freeBytes(): u32 {
    let n: u32 = 0;
    for (let i = 0; i < this.count; i++) if (!unchecked(this.used[i])) n += unchecked(this.sizes[i]);
    return n;
  }

  /** Blocks tracked (allocated and free): 1 when everything is free. */
  blocks(): i32 {
    return this.count;
  }

  private insertAfter(i: i32, start: u32, size: u32): void {
    for (let j = this.count; j > i + 1; j--) {
      unchecked((this.starts[j] = this.starts[j - 1]));
      unchecked((this.sizes[j] = this.sizes[j - 1]));
      unchecked((this.used[j] = this.used[j - 1]));
    }
    unchecked((this.starts[i + 1] = start));
    unchecked((this.sizes[i + 1] = size));
    unchecked((this.used[i + 1] = false));
    this.count++;
  }

  private mergeNext(i: i32): void {
    unchecked((this.sizes[i] += this.sizes[i + 1]));
    for (let j = i + 1; j < this.count - 1; j++) {
      unchecked((this.starts[j] = this.starts[j + 1]));
      unchecked((this.sizes[j] = this.sizes[j + 1]));
      unchecked((this.used[j] = this.used[j + 1]));
    }
    this.count--;
  }
}
