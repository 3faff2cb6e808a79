// Fixed-block memory pools in the kernel's suite only: interrupt
// handlers (tryAlloc and free, a hand-over to a waiting thread, what they
// may not do), edge sizes against module memory and the kernel heap, a
// masked caller, and costs that do not grow with the pool. The rest is
// pool.ts, which an application runs too.

import { test, check, checkEq, checkSeq, seqReset } from "./harness";
import { cleanup, joinThread, pool, spawn } from "./util";
import { runTopHalf, TopHalfOnce } from "./irqutil";
import { BLOCK, BLOCKS, box, bp, buffer, given, one, results, waiter } from "./pool";
import {
  boardSpareVector, Box, Err, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn, kheapFree, MAIN_PRIORITY,
  moduleMemoryBytes, NO_WAIT, Pool, portCycles, portIrqRestore, portIrqSave,
} from "../../kernel/ivt";

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

/** Checks that a tryAlloc and its free cost no more with `many` blocks, all
 *  free or all but the last taken, than with `few` all free (beside a
 *  quarter and 20 cycles of slack): the two sizes are pools of one kind
 *  (at most 32 blocks: a bitmap; more: a list). Their storage, 4 bytes a
 *  block, from the runtime's heap: micro:bit's kernel heap holds only the
 *  lists. */
function costFlat(few: u32, many: u32): void {
  const small = heap.alloc(4 * few);
  const big = heap.alloc(4 * many);
  checkEq(one.create(small, 4, few), Err.Ok, "create");
  checkEq(bp.create(big, 4, many), Err.Ok, "create");
  const base = allocFreeCycles(one);
  const allFree = allocFreeCycles(bp);
  let n: u32 = 0;
  let last: usize = 0;
  while (bp.tryAlloc(box) == Err.Ok) {
    n++;
    last = box.value;
  }
  checkEq(n, many, "all");
  checkEq(bp.free(last), Err.Ok, "free");
  const lastFree = allocFreeCycles(bp);
  // The same instructions run whatever the pool's size, and the boards
  // count instructions (QEMU -icount). On sim wasm code costs no virtual
  // time (only host calls do), so there this cannot tell.
  check(allFree <= base + base / 4 + 20, "all free");
  check(lastFree <= base + base / 4 + 20, "1 free");
  checkEq(bp.delete(), Err.Ok, "delete");
  checkEq(one.delete(), Err.Ok, "delete");
  heap.free(big);
  heap.free(small);
}

export function poolKernelTests(): void {
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

  test("pool: a top half hands a block to a waiter, may not create or delete", () => {
    const out = box;
    checkEq(bp.create(buffer, BLOCK, BLOCKS), Err.Ok, "create");
    for (let i: u32 = 0; i < BLOCKS; i++) bp.tryAlloc(out);
    checkEq(bp.free(buffer), Err.Ok, "free");
    bp.tryAlloc(out);
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

  test("pool: tryAlloc and free cost the same with 1 block or 32 (a bitmap), 33 or 64 (a free list), all free or all but one taken", () => {
    costFlat(1, 32);
    costFlat(33, 64);
  });
}
