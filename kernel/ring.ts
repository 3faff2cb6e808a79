// ByteRing, a device's receive bytes (the console's), which counts what
// it had to refuse, and satInc, a counter that stops at its top. (A
// message queue's ring of items is in kernel/queue.ts, its fields in the
// queue itself.)

/** `n + 1`, or `n` at the top: a counter that stops at 0xffffffff rather
 *  than wrapping to a small, believable number. Show it with
 *  isSaturated. Any context. */
@inline export function satInc(n: u32): u32 {
  return n + <u32>(n != 0xffffffff);
}

/** Whether a satInc counter reached its top (the true count may be
 *  larger). Any context. */
@inline export function isSaturated(n: u32): bool {
  return n == 0xffffffff;
}

/** A byte FIFO between one producer and one consumer that never run at the
 *  same time on the same index: a top half pushes, its bottom half pops.
 *  Each side writes only its own counter, so no lock is needed.
 *
 *    buf: | . . c c c c . . |   tail (next pop) .. head (next push),
 *    free-running u32 counters, index = counter & (capacity - 1)
 *
 *  A push to a full ring is refused and counted in `dropped`. */
@final export class ByteRing {
  private buf: StaticArray<u8>;
  private head: u32 = 0;
  private tail: u32 = 0;
  private mask: u32;
  /** Bytes refused because the ring was full (saturates: satInc). */
  dropped: u32 = 0;

  /** A ring of `capacity` bytes: a power of two (free-running counters
   *  wrap at 2^32, which only a power of two divides). At boot (it
   *  allocates). */
  constructor(capacity: u32) {
    this.buf = new StaticArray<u8>(<i32>capacity);
    this.mask = capacity - 1;
  }

  /** Bytes it holds. Either side. */
  @inline count(): u32 {
    return this.head - this.tail;
  }

  /** Whether a push would be refused. Either side. */
  @inline isFull(): bool {
    return this.head - this.tail > this.mask;
  }

  /** Appends `c`; false (and counted in `dropped`) when full. Producer side. */
  push(c: u32): bool {
    if (this.isFull()) {
      this.dropped = satInc(this.dropped);
      return false;
    }
    unchecked((this.buf[this.head & this.mask] = <u8>c));
    this.head++;
    return true;
  }

  /** Takes the oldest byte, or returns -1 when empty. Consumer side. */
  pop(): i32 {
    if (this.head == this.tail) return -1;
    const c = <i32>unchecked(this.buf[this.tail & this.mask]);
    this.tail++;
    return c;
  }
}
