// Fixed-block memory pools: exhaustion, refused frees, waiting with a
// timeout and without, the order waiters are served in, deletion, waiters
// that leave. Check texts are short: they take RAM. Written against the
// package "ivt": the kernel's suite and an application module
// (tests/suite-app-objects) run the same tests. Interrupt handlers, edge
// sizes against module memory and the kernel heap, and the cost that does
// not grow with the pool are the kernel suite's (pool-kernel.ts).

import { test, check, checkEq, checkSeq, seqCode, seqReset } from "./harness";
import { cleanup, joinThread, pool, spawn } from "./util";
import { Box, Err, FOREVER, MAIN_PRIORITY, NO_WAIT, Pool, threadAbortWait, threadDelete, ticks } from "ivt";

export const BLOCK: u32 = 8;
export const BLOCKS: u32 = 3;
export const buffer = memory.data(<i32>(BLOCK * BLOCKS), 4);
export const bp = new Pool();
export const got = new StaticArray<usize>(<i32>BLOCKS);
/** What each waiter's alloc returned, and the block it was given (0 on an error). */
export const results = new StaticArray<u32>(<i32>BLOCKS);
export const given = new StaticArray<usize>(<i32>BLOCKS);
export const box = new Box<usize>();
export const one = new Pool();
/** Storage for 33 blocks of 4 bytes: one more than a pool keeps in a bitmap. */
const WIDE: u32 = 33;
const wide = memory.data(<i32>(4 * WIDE), 4);

/** A waiter: takes a block (FOREVER), records its letter and keeps it in got[slot]. */
export function waiter(arg: u32): void {
  const out = new Box<usize>();
  out.value = 1;
  const r = bp.alloc(out, FOREVER);
  unchecked((results[arg & 0xff] = r));
  unchecked((given[arg & 0xff] = out.value));
  if (r == Err.Ok) {
    unchecked((got[arg & 0xff] = out.value));
    seqCode(arg >>> 8);
  } else if (r == Err.Deleted) {
    seqCode(100); // 'd'
  }
}

/** Frees bp's block 0, from a thread less urgent than main's wait. */
export function freer(arg: u32): void {
  bp.free(buffer);
}

export function poolTests(): void {
  test("pool: bad arguments refused; exhaustion; double, foreign and misaligned frees refused", () => {
    const out = new Box<usize>();
    checkEq(bp.tryAlloc(out), Err.Invalid, "not created");
    checkEq(bp.create(0, BLOCK, BLOCKS), Err.Invalid, "null buffer");
    checkEq(bp.create(buffer + 2, BLOCK, BLOCKS), Err.Invalid, "misaligned buffer");
    checkEq(bp.create(buffer, 2, BLOCKS), Err.Invalid, "block under 4 bytes");
    checkEq(bp.create(buffer, 6, BLOCKS), Err.Invalid, "block not a multiple of 4");
    checkEq(bp.create(buffer, BLOCK, 0), Err.Invalid, "no blocks");
    checkEq(bp.create(0xfffffff0, BLOCK, BLOCKS), Err.Invalid, "outside module memory");
    checkEq(bp.create(buffer, BLOCK, BLOCKS), Err.Ok, "create");
    checkEq(bp.create(buffer, BLOCK, BLOCKS), Err.Busy, "create twice");
    checkEq(bp.available(), BLOCKS, "all free");
    for (let i: u32 = 0; i < BLOCKS; i++) {
      checkEq(bp.alloc(out, NO_WAIT), Err.Ok, "alloc");
      unchecked((got[i] = out.value));
      check(out.value >= buffer && out.value < buffer + BLOCK * BLOCKS, "block inside the buffer");
      check((out.value - buffer) % BLOCK == 0, "block aligned");
    }
    check(got[0] != got[1] && got[1] != got[2] && got[0] != got[2], "distinct blocks");
    checkEq(bp.available(), 0, "none left");
    checkEq(bp.tryAlloc(out), Err.WouldBlock, "exhausted");
    checkEq(out.value, 0, "no block on failure");
    checkEq(bp.alloc(out, 0x80000000), Err.Invalid, "timeout over MAX_TIMEOUT");
    checkEq(bp.free(got[1]), Err.Ok, "free");
    checkEq(bp.free(got[1]), Err.Invalid, "double free");
    checkEq(bp.available(), 1, "the double free changed nothing");
    checkEq(bp.free(got[0] + 4), Err.Invalid, "inside a block");
    checkEq(bp.free(buffer + BLOCK * BLOCKS), Err.Invalid, "past the pool");
    checkEq(bp.free(buffer - 4), Err.Invalid, "before the pool");
    checkEq(bp.free(0), Err.Invalid, "null");
    checkEq(bp.tryAlloc(out), Err.Ok, "the freed block again");
    checkEq(out.value, got[1], "the same block");
    for (let i = 0; i < <i32>BLOCKS; i++) checkEq(bp.free(got[i]), Err.Ok, "free all");
    checkEq(bp.available(), BLOCKS, "all free again");
    checkEq(bp.delete(), Err.Ok, "delete");
    checkEq(bp.delete(), Err.Invalid, "delete twice");
    checkEq(bp.free(got[0]), Err.Invalid, "free after delete");
  });

  test("pool: a wait times out; a FOREVER waiter gets the freed block; waiters served by priority, FIFO among equals", () => {
    const out = new Box<usize>();
    checkEq(bp.create(buffer, BLOCK, BLOCKS), Err.Ok, "create");
    for (let i: u32 = 0; i < BLOCKS; i++) bp.tryAlloc(out);
    const t0 = ticks();
    checkEq(bp.alloc(out, 3), Err.Timeout, "timeout");
    check(ticks() - t0 >= 3, "not early");
    checkEq(out.value, 0, "no block after a timeout");
    seqReset();
    // More urgent than main: each runs at once and waits.
    spawn(0, "a", waiter, (65 << 8) | 0, MAIN_PRIORITY - 2);
    spawn(1, "b", waiter, (66 << 8) | 1, MAIN_PRIORITY - 3);
    spawn(2, "c", waiter, (67 << 8) | 2, MAIN_PRIORITY - 2);
    checkSeq("", "all wait");
    checkEq(bp.free(buffer), Err.Ok, "free 0");
    checkEq(bp.free(buffer + BLOCK), Err.Ok, "free 1");
    checkEq(bp.free(buffer + 2 * BLOCK), Err.Ok, "free 2");
    checkSeq("BAC", "most urgent first, then in arrival order");
    checkEq(got[1], buffer, "b got the first block freed");
    checkEq(got[0], buffer + BLOCK, "a the second");
    checkEq(got[2], buffer + 2 * BLOCK, "c the third");
    checkEq(bp.available(), 0, "handed over, not freed");
    for (let i = 0; i < 3; i++) check(joinThread(pool[i]), "waiter ended");
    checkEq(bp.delete(), Err.Ok, "delete");
    cleanup();
  });

  test("pool: delete wakes every waiter with Deleted", () => {
    const out = new Box<usize>();
    checkEq(bp.create(buffer, BLOCK, 1), Err.Ok, "create");
    checkEq(bp.tryAlloc(out), Err.Ok, "take the only block");
    seqReset();
    spawn(0, "a", waiter, 0, MAIN_PRIORITY - 2);
    spawn(1, "b", waiter, 1, MAIN_PRIORITY - 1);
    checkEq(bp.delete(), Err.Ok, "delete");
    checkSeq("dd", "both woken with Deleted");
    for (let i = 0; i < 2; i++) check(joinThread(pool[i]), "waiter ended");
    cleanup();
  });

  test("pool: a block holding a free link is in use; a waiter that timed out, was deleted or aborted gets nothing", () => {
    const out = box;
    checkEq(bp.create(buffer, BLOCK, BLOCKS), Err.Ok, "create");
    checkEq(bp.tryAlloc(out), Err.Ok, "alloc");
    const a = out.value;
    store<usize>(a, a + BLOCK); // what a free block's first word holds
    checkEq(bp.free(a), Err.Ok, "free");
    checkEq(bp.free(a), Err.Invalid, "double free");
    for (let i: u32 = 0; i < BLOCKS; i++) bp.tryAlloc(out);
    checkEq(bp.alloc(out, 2), Err.Timeout, "timeout");
    checkEq(bp.free(buffer), Err.Ok, "free");
    checkEq(bp.available(), 1, "freed");
    bp.tryAlloc(out);
    seqReset();
    results[1] = 0xff;
    spawn(0, "a", waiter, (65 << 8) | 0, MAIN_PRIORITY - 2);
    spawn(1, "b", waiter, (66 << 8) | 1, MAIN_PRIORITY - 2);
    checkEq(threadDelete(pool[0]), Err.Ok, "delete");
    checkEq(threadAbortWait(pool[1]), Err.Ok, "abort");
    check(joinThread(pool[1]), "ended");
    checkEq(results[1], Err.Aborted, "aborted");
    checkEq(given[1], 0, "no block");
    checkEq(bp.free(buffer), Err.Ok, "free");
    checkEq(bp.available(), 1, "freed");
    checkSeq("", "none given");
    checkEq(bp.delete(), Err.Ok, "delete");
    cleanup();
  });

  test("pool: writes into freed blocks never send alloc outside the pool", () => {
    const out = box;
    checkEq(bp.create(buffer, BLOCK, BLOCKS), Err.Ok, "create");
    for (let i: u32 = 0; i < BLOCKS; i++) {
      bp.tryAlloc(out);
      unchecked((got[i] = out.value));
    }
    for (let i: u32 = 0; i < BLOCKS; i++) checkEq(bp.free(unchecked(got[i])), Err.Ok, "free");
    // A use after free: every word of every block, with an address
    // outside the pool, a block's own and 0.
    for (let w: usize = 0; w < BLOCK * BLOCKS; w += 4) {
      const v: usize = w % 12 == 0 ? 0x7ffffff0 : w % 12 == 4 ? buffer + w : 0;
      store<usize>(buffer + w, v);
    }
    let inside = 0;
    for (let i: u32 = 0; i < BLOCKS; i++) {
      checkEq(bp.tryAlloc(out), Err.Ok, "alloc");
      unchecked((got[i] = out.value));
      if (out.value >= buffer && out.value < buffer + BLOCK * BLOCKS && (out.value - buffer) % BLOCK == 0) inside++;
    }
    checkEq(inside, BLOCKS, "every block one of the pool's");
    check(got[0] != got[1] && got[1] != got[2] && got[0] != got[2], "distinct blocks");
    checkEq(bp.tryAlloc(out), Err.WouldBlock, "then none");
    checkEq(bp.delete(), Err.Ok, "delete");
  });

  test("pool: 32 blocks (a bitmap) and 33 (a free list): every block once, exhaustion, refused frees, a waiter handed a block", () => {
    const out = box;
    for (let n: u32 = WIDE - 1; n <= WIDE; n++) {
      checkEq(bp.create(wide, 4, n), Err.Ok, "create");
      checkEq(bp.available(), n, "all free");
      let base: usize = 0;
      let seen: u64 = 0;
      let bad = 0;
      for (let i: u32 = 0; i < n; i++) {
        checkEq(bp.tryAlloc(out), Err.Ok, "alloc");
        if (i == 0) base = out.value; // block 0 comes first
        const k = <u32>(out.value - base) >> 2;
        if (out.value < base || (out.value & 3) != 0 || k >= n || (seen & (<u64>1 << k)) != 0) bad++;
        seen |= <u64>1 << k;
      }
      checkEq(bad, 0, "every block once");
      checkEq(bp.tryAlloc(out), Err.WouldBlock, "exhausted");
      const last = base + 4 * (n - 1);
      checkEq(bp.free(last), Err.Ok, "free the last");
      checkEq(bp.free(last), Err.Invalid, "double free");
      checkEq(bp.free(base + 2), Err.Invalid, "inside a block");
      checkEq(bp.free(base + 4 * n), Err.Invalid, "past the pool");
      checkEq(bp.free(base - 4), Err.Invalid, "before the pool");
      checkEq(bp.available(), 1, "one free");
      checkEq(bp.tryAlloc(out), Err.Ok, "again");
      checkEq(out.value, last, "the same block");
      seqReset();
      spawn(0, "a", waiter, (65 << 8) | 0, MAIN_PRIORITY - 2);
      checkSeq("", "waits");
      checkEq(bp.free(base), Err.Ok, "free to the waiter");
      checkSeq("A", "handed over");
      checkEq(given[0], base, "the block freed");
      checkEq(bp.available(), 0, "handed over, not freed");
      check(joinThread(pool[0]), "ended");
      for (let i: u32 = 0; i < n; i++) checkEq(bp.free(base + 4 * i), Err.Ok, "free all");
      checkEq(bp.available(), n, "all free again");
      checkEq(bp.delete(), Err.Ok, "delete");
      cleanup();
    }
  });

  test("pool: a block size that is not a power of two (numbers by division): every block once, refused frees inside and past", () => {
    const out = box;
    const size: u32 = 12; // 3 blocks of 12 bytes over wide's 132
    checkEq(bp.create(wide, size, 3), Err.Ok, "create");
    for (let i: u32 = 0; i < 3; i++) {
      checkEq(bp.tryAlloc(out), Err.Ok, "alloc");
      checkEq(out.value, wide + size * i, "block i at base + 12 i");
    }
    checkEq(bp.tryAlloc(out), Err.WouldBlock, "exhausted");
    checkEq(bp.free(wide + 6), Err.Invalid, "inside a block");
    checkEq(bp.free(wide + 8), Err.Invalid, "a multiple of 4 and of 8 inside a block");
    checkEq(bp.free(wide + 3 * size), Err.Invalid, "past the pool");
    checkEq(bp.free(wide + size), Err.Ok, "free block 1");
    checkEq(bp.free(wide + size), Err.Invalid, "double free");
    checkEq(bp.available(), 1, "one free");
    checkEq(bp.tryAlloc(out), Err.Ok, "again");
    checkEq(out.value, wide + size, "the same block");
    for (let i: u32 = 0; i < 3; i++) checkEq(bp.free(wide + size * i), Err.Ok, "free all");
    checkEq(bp.available(), 3, "all free");
    checkEq(bp.delete(), Err.Ok, "delete");
  });

  test("pool: a timed wait gets a block a thread frees", () => {
    const out = box;
    checkEq(bp.create(buffer, BLOCK, BLOCKS), Err.Ok, "create");
    for (let i: u32 = 0; i < BLOCKS; i++) bp.tryAlloc(out);
    spawn(0, "f", freer, 0, MAIN_PRIORITY + 1);
    const t0 = ticks();
    checkEq(bp.alloc(out, 100), Err.Ok, "alloc");
    checkEq(out.value, buffer, "the block freed");
    check(ticks() - t0 < 100, "early");
    check(joinThread(pool[0]), "ended");
    checkEq(bp.delete(), Err.Ok, "delete");
    cleanup();
  });
}
