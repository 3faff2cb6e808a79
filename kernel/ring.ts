// A ring of fixed-size items in linear memory: the storage of a message
// queue. No locking and no waiting here; kernel/queue.ts adds both.
//
//   base                                      base + capacity * itemSize
//   | item | item | item | .... | item |
//            ^head (oldest)  count items follow head, wrapping at the end

@final export class Ring {
  head: u32 = 0;
  count: u32 = 0;

  base: usize = 0;
  itemSize: u32 = 0;
  capacity: u32 = 0;

  /** Points the ring at `capacity` slots of `itemSize` bytes at `base`, empty. */
  reset(base: usize, itemSize: u32, capacity: u32): void {
    this.base = base;
    this.itemSize = itemSize;
    this.capacity = capacity;
    this.head = 0;
    this.count = 0;
  }

  @inline isFull(): bool {
    return this.count == this.capacity;
  }

  @inline isEmpty(): bool {
    return this.count == 0;
  }

  @inline private slot(i: u32): usize {
    return this.base + <usize>(i * this.itemSize);
  }

  /** Copies an item in behind the newest. The caller checked isFull. */
  pushBack(src: usize): void {
    let i = this.head + this.count;
    if (i >= this.capacity) i -= this.capacity;
    memory.copy(this.slot(i), src, this.itemSize);
    this.count++;
  }

  /** Copies an item in ahead of the oldest. The caller checked isFull. */
  pushFront(src: usize): void {
    this.head = this.head == 0 ? this.capacity - 1 : this.head - 1;
    memory.copy(this.slot(this.head), src, this.itemSize);
    this.count++;
  }

  /** Copies the oldest item out and removes it. The caller checked isEmpty. */
  popFront(dst: usize): void {
    memory.copy(dst, this.slot(this.head), this.itemSize);
    this.head = this.head + 1 == this.capacity ? 0 : this.head + 1;
    this.count--;
  }

  /** Copies the oldest item out and keeps it. The caller checked isEmpty. */
  peekFront(dst: usize): void {
    memory.copy(dst, this.slot(this.head), this.itemSize);
  }
}
