// The out-of-memory test's second application (restart never): allocates
// 64-byte arrays, each linked to the last, until its memory is full. The
// allocation that does not fit must be reported as OUT OF MEMORY (not as
// the out-of-bounds trap its first use would give), and end this
// application alone.

import { kputln, kputu } from "ivt-user";

class Link {
  next: Link | null = null;
  bytes: StaticArray<u8> = new StaticArray<u8>(64);
}

let last: Link | null = null;
let count: u32 = 0;

export function main(): i32 {
  kputln("eater: start");
  for (;;) {
    const l = new Link();
    l.next = last;
    l.bytes[63] = <u8>count;
    last = l;
    count++;
    if ((count & 63) == 0) {
      kputu(count);
      kputln(" links");
    }
  }
  return 0;
}
