// Thread-Metric memory allocation processing
// (tm_memory_allocation_test.c): one thread at priority 10 loops
// { allocate a 128-byte block from a fixed-block pool; release it;
// counter++ }, checking both calls succeed. An iteration is one alloc and
// one free. The pool is the kernel's Pool (O(1) alloc and free over a
// static buffer), as ThreadX's figure is for its block pool.

import { Box, Err, errName, NO_WAIT, Pool } from "../../kernel/ivt";
import { TmTest } from "./harness";

const BLOCK_BYTES: u32 = 128;
const BLOCKS: u32 = 4; // the published 2 KiB pool holds 16; a quarter fits micro:bit
const storage = memory.data(<i32>(BLOCK_BYTES * BLOCKS), 4);
const pool = new Pool();
let counter: u32 = 0;
let test: MemoryAllocation | null = null;

function entry(arg: u32): void {
  const out = new Box<usize>();
  while (true) {
    let e = pool.alloc(out, NO_WAIT);
    if (e != Err.Ok) return test!.fail("alloc: " + errName(e));
    e = pool.free(out.value);
    if (e != Err.Ok) return test!.fail("free: " + errName(e));
    counter++;
  }
}

export class MemoryAllocation extends TmTest {
  constructor() {
    super("memory");
  }
  start(): void {
    test = this;
    const e = pool.create(storage, BLOCK_BYTES, BLOCKS);
    if (e != Err.Ok) return this.fail("pool create: " + errName(e));
    this.spawn(entry, 0, 10);
  }
  iterations(): u32 {
    return counter;
  }
  check(): string | null {
    // Every block is back between iterations (the reporter preempts the
    // thread between a free and the next alloc, or holding one block).
    return pool.available() + 1 < BLOCKS ? "blocks went missing" : null;
  }
}
