// Fixed-block memory pools: exhaustion, refused frees, waiting with a
// timeout and without, the order waiters are served in, interrupt
// handlers, deletion, edge sizes, waiters that leave, and costs that do
// not grow with the pool. Check texts are short: they take RAM.

import { test, check, checkEq, checkSeq, seqCode, seqReset } from "./harness";
import { cleanup, joinThread, pool, spawn } from "./util";
import { runTopHalf, TopHalfOnce } from "./irqutil";
import {
  boardSpareVector, Box, Err, FOREVER, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn, kheapFree, MAIN_PRIORITY,
  moduleMemoryBytes, NO_WAIT, Pool, portCycles, portIrqRestore, portIrqSave, threadAbortWait, threadDelete, ticks,
} from "../../kernel/ivt";

const BLOCK: u32 = 8;
const BLOCKS: u32 = 3;
const buffer = memory.data(<i32>(BLOCK * BLOCKS), 4);
const bp = new Pool();
const got = new StaticArray<usize>(<i32>BLOCKS);
/** What each waiter's alloc returned, and the block it was given (0 on an error). */
const results = new StaticArray<u32>(<i32>BLOCKS);
const given = new StaticArray<usize>(<i32>BLOCKS);
const box = new Box<usize>();
const one = new Pool();

/** A waiter: takes a block (FOREVER), records its letter and keeps it in got[slot]. */
function waiter(arg: u32): void {
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

/** Takes, frees and misuses the pool from a top half. */
class PoolHandler extends IrqHandler {
  out: Box<usize> = new Box<usize>();
  tried: Err = Err.Invalid;
  waited: Err = Err.Ok;
  freed: Err = Err.Invalid;
  ran: bool = false;
  top(vector: u32): IrqReturn {
    this.waited = bp.alloc(this.out, 5);
    this.tried = bp.tryAlloc(this.out);
    if (this.tried == Err.Ok) this.freed = bp.free(this.out.value);
    this.ran = true;
    return IrqReturn.Handled;
  }
}

/** Frees bp's block 0, from a thread less urgent than main's wait. */
function freer(arg: u32): void {
  bp.free(buffer);
}

/** Tries what a top half may not do, and frees a block to a waiting thread. */
class MisuseHandler extends TopHalfOnce {
  created: Err = Err.Ok;
  deleted: Err = Err.Ok;
  freed: Err = Err.Invalid;
  once(): void {
    this.created = bp.create(buffer, BLOCK, BLOCKS);
    this.deleted = bp.delete();
    this.freed = bp.free(buffer + BLOCK);
  }
}

/** The fewest cycles a tryAlloc and its free took on `p`, over 5 tries
 *  (a try that took a tick is not the fewest). */
function allocFreeCycles(p: Pool): u32 {
  let best: u32 = 0xffffffff;
  for (let i = 0; i < 5; i++) {
    const c0 = portCycles();
    p.tryAlloc(box);
    p.free(box.value);
    const c = portCycles() - c0;
    if (c < best) best = c;
  }
  return best;
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

  test("pool: an interrupt handler may tryAlloc and free, not wait", () => {
    checkEq(bp.create(buffer, BLOCK, BLOCKS), Err.Ok, "create");
    const v = <u32>boardSpareVector(0);
    const h = new PoolHandler();
    checkEq(irqRequest(v, h), Err.Ok, "request");
    irqPend(v);
    for (let i = 0; i < 100 && !h.ran; i++) portCycles();
    check(h.ran, "handler ran");
    checkEq(h.waited, Err.InInterrupt, "alloc with a timeout");
    checkEq(h.tried, Err.Ok, "tryAlloc");
    checkEq(h.freed, Err.Ok, "free");
    checkEq(bp.available(), BLOCKS, "all free");
    checkEq(irqFree(v, h), Err.Ok, "free the line");
    checkEq(bp.delete(), Err.Ok, "delete");
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

  test("pool: edge sizes (0, 1, 2^31, 2^32 as 0, 65536 blocks, null guard, past memory); null out; masked; no leak", () => {
    const out = box;
    checkEq(bp.blockSize() | bp.available(), 0, "0 before create");
    checkEq(bp.create(buffer, 0, BLOCKS), Err.Invalid, "size 0");
    checkEq(bp.create(buffer, 1, BLOCKS), Err.Invalid, "size 1");
    checkEq(bp.create(buffer, 0x80000000, 1), Err.Invalid, "size 2^31");
    checkEq(bp.create(buffer, 0x80000000, 2), Err.Invalid, "2^32");
    checkEq(bp.create(buffer, 0x40000000, 4), Err.Invalid, "2^32 is 0");
    checkEq(bp.create(buffer, 4, 0x10000), Err.Invalid, "65536");
    checkEq(bp.create(buffer, 4, 0xffffffff), Err.Invalid, "2^32-1");
    checkEq(bp.create(4, 4, 1), Err.Invalid, "guard");
    checkEq(bp.create(12, 4, 1), Err.Invalid, "guard end");
    const top = moduleMemoryBytes();
    checkEq(bp.create(top - 8, 8, 2), Err.Invalid, "past end");
    checkEq(bp.create(top, 4, 1), Err.Invalid, "at end");
    checkEq(bp.blockSize(), 0, "none made");
    out.value = 1;
    checkEq(bp.alloc(out, 10), Err.Invalid, "not created");
    checkEq(out.value, 0, "no block");
    checkEq(bp.alloc(changetype<Box<usize>>(0), NO_WAIT), Err.Invalid, "null out");
    const heap = kheapFree();
    checkEq(bp.create(buffer, BLOCK, BLOCKS), Err.Ok, "create");
    checkEq(bp.blockSize(), BLOCK, "blockSize");
    checkEq(bp.alloc(changetype<Box<usize>>(0), NO_WAIT), Err.Invalid, "null out");
    checkEq(bp.available(), BLOCKS, "none taken");
    checkEq(bp.alloc(out, 0xfffffffe), Err.Invalid, "FOREVER-1");
    for (let i: u32 = 0; i < BLOCKS; i++) bp.tryAlloc(out);
    const s = portIrqSave();
    checkEq(bp.alloc(out, 5), Err.Masked, "masked");
    portIrqRestore(s);
    checkEq(bp.delete(), Err.Ok, "delete");
    checkEq(bp.blockSize() | bp.available(), 0, "0 after delete");
    for (let i = 0; i < 3; i++) {
      bp.create(buffer, BLOCK, BLOCKS);
      bp.delete();
    }
    checkEq(kheapFree(), heap, "no leak");
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

  test("pool: a timed wait gets a block a thread frees; a top half hands one to a waiter, may not create or delete", () => {
    const out = box;
    checkEq(bp.create(buffer, BLOCK, BLOCKS), Err.Ok, "create");
    for (let i: u32 = 0; i < BLOCKS; i++) bp.tryAlloc(out);
    spawn(0, "f", freer, 0, MAIN_PRIORITY + 1);
    const t0 = ticks();
    checkEq(bp.alloc(out, 100), Err.Ok, "alloc");
    checkEq(out.value, buffer, "the block freed");
    check(ticks() - t0 < 100, "early");
    check(joinThread(pool[0]), "ended");
    seqReset();
    results[1] = 0xff;
    spawn(1, "b", waiter, (66 << 8) | 1, MAIN_PRIORITY - 2);
    const h = new MisuseHandler();
    runTopHalf(h);
    checkEq(h.created, Err.InInterrupt, "create");
    checkEq(h.deleted, Err.InInterrupt, "delete");
    checkEq(h.freed, Err.Ok, "free");
    checkSeq("B", "woken");
    checkEq(results[1], Err.Ok, "alloc");
    checkEq(given[1], buffer + BLOCK, "the block freed");
    checkEq(bp.available(), 0, "handed over");
    check(joinThread(pool[1]), "ended");
    checkEq(bp.delete(), Err.Ok, "delete");
    cleanup();
  });

  test("pool: tryAlloc and free cost the same with 1 block or 128, all free or all but one taken", () => {
    const many: u32 = 128;
    const big = heap.alloc(4 * many); // the last block: freed below, it goes back
    checkEq(one.create(buffer, 4, 1), Err.Ok, "create");
    checkEq(bp.create(big, 4, many), Err.Ok, "create");
    const base = allocFreeCycles(one);
    const allFree = allocFreeCycles(bp);
    let n: u32 = 0;
    while (bp.tryAlloc(box) == Err.Ok) n++;
    checkEq(n, many, "all");
    checkEq(bp.free(big + 4 * (many - 1)), Err.Ok, "free");
    const lastFree = allocFreeCycles(bp);
    // The same instructions run whatever the pool's size, and the boards
    // count instructions (QEMU -icount). On sim wasm code costs no virtual
    // time (only host calls do), so there this cannot tell.
    check(allFree <= base + base / 4 + 20, "all free");
    check(lastFree <= base + base / 4 + 20, "1 free");
    checkEq(bp.delete(), Err.Ok, "delete");
    checkEq(one.delete(), Err.Ok, "delete");
    heap.free(big);
  });
}
