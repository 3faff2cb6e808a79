// tests/isolation-objects cut to a 16 KiB board (micro:bit; it runs on
// every board): one application, whose static data must fit its 1.5 KiB,
// so each check is a number. A pool, a stream and a message buffer, an
// indexed notification and a queue set over system calls, their bad
// input refused.
// Exits with the number of failed checks.

import {
  Box, Err, FOREVER, KernelObject, kputln, kputu, MessageBuffer, NO_WAIT, NOTIFY_SLOTS, NotifyAction, notifyIndexed,
  notifyWaitIndexed, Pool, QueueSet, rawCreate, rawDelete, Semaphore, StreamBuffer, threadSelf,
} from "ivt-user";

let failed: u32 = 0;

function check(n: u32, ok: bool): void {
  if (ok) return;
  failed++;
  kputln("tiny: FAILED check");
  kputu(n);
  kputln("");
}

const made = memory.data(128, 4);

/** Makes objects of kind `k` (rawCreate's: pool, stream, message buffer,
 *  queue set) until a create fails; true if it failed with NoSpace and
 *  every one made was deleted again. */
function fillAndEmpty(k: u32): bool {
  let n: u32 = 0;
  let r: i32 = 0;
  while (n < 32) {
    r = rawCreate(k);
    if (r <= 0) break;
    store<i32>(made + (n << 2), r);
    n++;
  }
  let deleted = true;
  for (let i: u32 = 0; i < n; i++) if (rawDelete(k, load<i32>(made + (i << 2))) != Err.Ok) deleted = false;
  return r == -<i32>Err.NoSpace && deleted;
}

export function main(): i32 {
  kputln("tiny: start");
  const item = memory.data(16, 4);
  const blocks = memory.data(16, 4);
  const pool = new Pool();
  const b = new Box<usize>();
  check(1, pool.create(blocks + 2, 8, 2) == Err.Invalid && pool.create(blocks, 8, 0) == Err.Invalid && pool.create(0xfffffff0, 8, 2) == Err.Invalid);
  check(2, pool.create(blocks, 8, 2) == Err.Ok && pool.tryAlloc(b) == Err.Ok && b.value == blocks && pool.tryAlloc(b) == Err.Ok &&
    b.value == blocks + 8 && pool.tryAlloc(b) == Err.WouldBlock && pool.alloc(b, 2) == Err.Timeout);
  check(3, pool.free(blocks + 4) == Err.Invalid && pool.free(blocks + 8) == Err.Ok && pool.free(blocks + 8) == Err.Invalid &&
    pool.available() == 1 && pool.delete() == Err.Ok && pool.tryAlloc(b) == Err.Invalid);
  const st = new StreamBuffer();
  const n = new Box<u32>();
  store<u32>(item, 0x04030201);
  check(4, st.create(16, 1) == Err.Ok && st.write(item, 4, NO_WAIT) == Err.Ok && st.read(item + 4, 8, n, NO_WAIT) == Err.Ok &&
    n.value == 4 && load<u32>(item + 4) == 0x04030201 && st.read(item, 4, n, NO_WAIT) == Err.WouldBlock);
  check(5, st.write(0xfffffff0, 4, NO_WAIT) == Err.Invalid && st.write(item, 0, NO_WAIT) == Err.Invalid &&
    st.read(0xfffffff0, 4, n, NO_WAIT) == Err.Invalid && st.available() == 0 && st.delete() == Err.Ok && st.delete() == Err.Invalid);
  const m = new MessageBuffer();
  check(6, m.create(4) == Err.Invalid && m.create(16) == Err.Ok && m.write(item, 3, NO_WAIT) == Err.Ok &&
    m.read(item + 4, 2, n, NO_WAIT) == Err.Overflow && n.value == 3 && m.read(item + 4, 4, n, NO_WAIT) == Err.Ok && n.value == 3 &&
    m.delete() == Err.Ok);
  // The kernel's names: createInHeap, spaces, nextLength (issue 14: the same API as kernel/ivt.ts).
  check(11, st.createInHeap(16, 1) == Err.Ok && st.spaces() == 16 && st.write(item, 4, NO_WAIT) == Err.Ok && st.spaces() == 12 &&
    st.delete() == Err.Ok && st.spaces() == 0);
  check(12, m.createInHeap(16) == Err.Ok && m.nextLength() == 0 && m.write(item, 3, NO_WAIT) == Err.Ok && m.nextLength() == 3 &&
    m.spaces() == 16 - 7 && m.read(item + 4, 4, n, NO_WAIT) == Err.Ok && m.nextLength() == 0 && m.delete() == Err.Ok && m.nextLength() == 0);
  const me = threadSelf()!;
  check(7, notifyIndexed(me, NOTIFY_SLOTS, 1, NotifyAction.SetBits) == Err.Invalid &&
    notifyIndexed(me, NOTIFY_SLOTS - 1, 6, NotifyAction.SetBits) == Err.Ok && notifyWaitIndexed(NOTIFY_SLOTS - 1, 0xffffffff, NO_WAIT) == Err.Ok &&
    notifyWaitIndexed(NOTIFY_SLOTS - 1, 0, NO_WAIT) == Err.WouldBlock);
  // Created again: the kept objects serve the same kinds again.
  check(8, pool.create(blocks, 8, 2) == Err.Ok && st.create(8, 1) == Err.Ok && pool.delete() == Err.Ok && st.delete() == Err.Ok);
  const set = new QueueSet();
  const sem = new Semaphore();
  const chosen = new Box<KernelObject | null>();
  check(9, set.create(1) == Err.Ok && sem.create(0, 1) == Err.Ok && set.add(pool) == Err.Invalid && set.add(sem) == Err.Ok &&
    set.select(chosen, NO_WAIT) == Err.WouldBlock && sem.give() == Err.Ok && set.select(chosen, FOREVER) == Err.Ok && chosen.value === sem &&
    sem.take(NO_WAIT) == Err.Ok && set.remove(sem) == Err.Ok && set.delete() == Err.Ok && set.select(chosen, NO_WAIT) == Err.Invalid);
  // Every kind made until the kernel says NoSpace (handles or memory for
  // the objects it keeps), then deleted: a create the kernel's memory
  // cannot hold answers NoSpace, never an OUT OF MEMORY that ends this
  // application (test.json counts none).
  check(10, fillAndEmpty(0) && fillAndEmpty(1) && fillAndEmpty(2) && fillAndEmpty(3));
  kputln(failed == 0 ? "tiny: all checks passed" : "tiny: some checks failed");
  return <i32>failed;
}
