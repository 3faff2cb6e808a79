// tests/isolation-objects' application, "owner": memory pools, stream and
// message buffers, queue sets and indexed notifications over system calls
// (user/ivt.ts), their bad input refused with an Err, never a trap, and a
// waiter of an object deleted (and made again) before it ran told
// Deleted. tests/isolation-leak checks that a dead application's objects
// give their storage back. Exits with the number of failed checks.

import {
  APP_ITEM_BYTES, Box, Err, FOREVER, KernelObject, kputln, MAIN_PRIORITY, MessageBuffer, MIN_STACK_BYTES,
  NO_WAIT, NOTIFY_SLOTS, NotifyAction, notifyGiveIndexed, notifyIndexed, notifyTakeIndexed, notifyWaitIndexed, Pool, Queue,
  QueueSet, Semaphore, StreamBuffer, Thread, threadCreate, threadJoin, threadSelf, threadSleep, threadWaitValue,
} from "ivt-user";
import { check, checksFor, checksSummary, expectErr } from "../isolation/checks";

const STACK: u32 = MIN_STACK_BYTES;
/** More urgent than main: a helper runs at once, up to its wait. */
const HELPER_PRIORITY: u32 = MAIN_PRIORITY - 1;
/** Less urgent than main: a helper woken runs only when main waits. */
const LATE_PRIORITY: u32 = MAIN_PRIORITY + 1;

// ---- pools --------------------------------------------------------------------------

const BLOCK: u32 = 16;
const BLOCKS: u32 = 4;
const storage = memory.data(<i32>(BLOCK * BLOCKS), 4);
const pool = new Pool();
const helper = new Thread();
const got = new Box<usize>();
const helperGot = new Box<usize>();
let helperErr: Err = Err.Ok;

function allocForever(arg: u32): void {
  helperErr = pool.alloc(helperGot, FOREVER);
}

function poolChecks(): void {
  expectErr("pool: null buffer", pool.create(0, BLOCK, BLOCKS), Err.Invalid);
  expectErr("pool: misaligned buffer", pool.create(storage + 2, BLOCK, BLOCKS), Err.Invalid);
  expectErr("pool: block of 3 bytes", pool.create(storage, 3, BLOCKS), Err.Invalid);
  expectErr("pool: zero blocks", pool.create(storage, BLOCK, 0), Err.Invalid);
  expectErr("pool: 65536 blocks", pool.create(storage, BLOCK, 65536), Err.Invalid);
  expectErr("pool: buffer past the end of memory", pool.create(0xfffffff0, BLOCK, BLOCKS), Err.Invalid);
  expectErr("pool: alloc before create", pool.tryAlloc(got), Err.Invalid);
  expectErr("pool: create", pool.create(storage, BLOCK, BLOCKS), Err.Ok);
  expectErr("pool: create twice", pool.create(storage, BLOCK, BLOCKS), Err.Busy);
  check("pool: block size", pool.blockSize() == BLOCK);
  check("pool: all free", pool.available() == BLOCKS);

  // Every block once, each a distinct block of the buffer, writable.
  let seen: u32 = 0;
  const taken = new StaticArray<usize>(<i32>BLOCKS);
  for (let i: u32 = 0; i < BLOCKS; i++) {
    expectErr("pool: alloc", pool.tryAlloc(got), Err.Ok);
    const b = got.value;
    const index = (b - storage) / BLOCK;
    check("pool: a block of the buffer, at its start", b >= storage && b < storage + BLOCK * BLOCKS && (b - storage) % BLOCK == 0);
    check("pool: each block once", (seen & (1 << index)) == 0);
    seen |= 1 << index;
    memory.fill(b, <u8>(0xa0 + i), BLOCK);
    taken[i] = b;
  }
  for (let i: u32 = 0; i < BLOCKS; i++) check("pool: a block keeps what was written", load<u8>(taken[i] + BLOCK - 1) == <u8>(0xa0 + i));
  expectErr("pool: empty, no wait", pool.tryAlloc(got), Err.WouldBlock);
  check("pool: the failed alloc gives 0", got.value == 0);
  expectErr("pool: empty, wait 2 ticks", pool.alloc(got, 2), Err.Timeout);
  expectErr("pool: free a block's middle", pool.free(taken[0] + 4), Err.Invalid);
  expectErr("pool: free outside the buffer", pool.free(storage + BLOCK * BLOCKS), Err.Invalid);
  expectErr("pool: free below the buffer", pool.free(storage - BLOCK), Err.Invalid);
  expectErr("pool: free", pool.free(taken[1]), Err.Ok);
  expectErr("pool: free it twice", pool.free(taken[1]), Err.Invalid);
  check("pool: one free", pool.available() == 1);

  // A waiter gets the block freed, handed over directly.
  expectErr("pool: alloc the last", pool.tryAlloc(got), Err.Ok);
  check("pool: the block just freed", got.value == taken[1]);
  expectErr("pool: a waiter", threadCreate(helper, "alloc", allocForever, 0, HELPER_PRIORITY, STACK), Err.Ok);
  expectErr("pool: free to the waiter", pool.free(taken[2]), Err.Ok);
  check("pool: the waiter got that block", helperErr == Err.Ok && helperGot.value == taken[2]);
  check("pool: none left over", pool.available() == 0);
  expectErr("pool: join the waiter", threadJoin(helper, 100), Err.Ok);

  // Delete with a waiter: it wakes with Deleted; the handle goes stale.
  expectErr("pool: a second waiter", threadCreate(helper, "alloc", allocForever, 0, HELPER_PRIORITY, STACK), Err.Ok);
  const h = pool.handle;
  expectErr("pool: delete", pool.delete(), Err.Ok);
  check("pool: the waiter woke with Deleted", helperErr == Err.Deleted && helperGot.value == 0);
  expectErr("pool: join it", threadJoin(helper, 100), Err.Ok);
  pool.handle = h;
  expectErr("pool: alloc through the stale handle", pool.tryAlloc(got), Err.Invalid);
  expectErr("pool: free through the stale handle", pool.free(taken[0]), Err.Invalid);
  pool.handle = 0;
  expectErr("pool: created again", pool.create(storage, BLOCK, BLOCKS), Err.Ok);
  check("pool: all free again", pool.available() == BLOCKS);
  expectErr("pool: delete again", pool.delete(), Err.Ok);

  // A waiter handed a block, then the pool deleted and made again (the
  // same kept object, the same storage) before the waiter ran: it must
  // get Deleted, not an index into the new pool.
  expectErr("pool: one block", pool.create(storage, BLOCK, 1), Err.Ok);
  expectErr("pool: take it", pool.tryAlloc(got), Err.Ok);
  expectErr("pool: a less urgent waiter", threadCreate(helper, "late", allocForever, 0, LATE_PRIORITY, STACK), Err.Ok);
  threadSleep(2); // a whole tick period: it runs and blocks in alloc
  expectErr("pool: free to the waiter, which has not run", pool.free(got.value), Err.Ok);
  expectErr("pool: delete before it runs", pool.delete(), Err.Ok);
  expectErr("pool: made again", pool.create(storage, BLOCK, 1), Err.Ok);
  expectErr("pool: let the waiter finish", threadJoin(helper, 100), Err.Ok);
  check("pool: the waiter of the deleted pool got Deleted", helperErr == Err.Deleted);
  check("pool: the new pool's block is still free", pool.available() == 1);
  expectErr("pool: and given once", pool.tryAlloc(got), Err.Ok);
  expectErr("pool: only once", pool.tryAlloc(got), Err.WouldBlock);
  expectErr("pool: delete", pool.delete(), Err.Ok);
}

// ---- stream and message buffers ------------------------------------------------------

const stream = new StreamBuffer();
const message = new MessageBuffer();
const out = memory.data(64);
const into = memory.data(64);
const count = new Box<u32>();
const readerCount = new Box<u32>();
let readerErr: Err = Err.Ok;

function fillOut(n: u32, seed: u32): void {
  for (let i: u32 = 0; i < n; i++) store<u8>(out + i, <u8>(seed + i * 3));
}

function intoHolds(n: u32, seed: u32): bool {
  for (let i: u32 = 0; i < n; i++) if (load<u8>(into + i) != <u8>(seed + i * 3)) return false;
  return true;
}

function readForever(arg: u32): void {
  readerErr = stream.read(into, arg, readerCount, FOREVER);
}

function streamChecks(): void {
  expectErr("stream: size 0", stream.create(0, 1), Err.Invalid);
  expectErr("stream: trigger over the size", stream.create(8, 9), Err.Invalid);
  expectErr("stream: create", stream.create(48, 1), Err.Ok);
  fillOut(10, 1);
  expectErr("stream: write 10", stream.write(out, 10, NO_WAIT), Err.Ok);
  check("stream: 10 waiting", stream.available() == 10);
  expectErr("stream: read 4", stream.read(into, 4, count, NO_WAIT), Err.Ok);
  check("stream: 4 read, in order", count.value == 4 && intoHolds(4, 1));
  expectErr("stream: read into memory it does not own", stream.read(0xfffffff0, 4, count, NO_WAIT), Err.Invalid);
  check("stream: nothing lost by the refused read", stream.available() == 6);
  expectErr("stream: read the rest", stream.read(into, 64, count, NO_WAIT), Err.Ok);
  check("stream: the other 6, in order", count.value == 6 && load<u8>(into) == <u8>(1 + 4 * 3));
  expectErr("stream: empty", stream.read(into, 4, count, NO_WAIT), Err.WouldBlock);
  expectErr("stream: empty, wait 2 ticks", stream.read(into, 4, count, 2), Err.Timeout);
  expectErr("stream: write 0 bytes", stream.write(out, 0, NO_WAIT), Err.Invalid);
  expectErr("stream: write more than an item", stream.write(out, APP_ITEM_BYTES + 1, NO_WAIT), Err.Invalid);
  expectErr("stream: write from memory it does not own", stream.write(0xfffffff0, 4, NO_WAIT), Err.Invalid);
  expectErr("stream: write from below the null guard", stream.write(4, 4, NO_WAIT), Err.Invalid);
  check("stream: nothing written by the refused writes", stream.available() == 0);
  // All or none: 48 bytes of room.
  fillOut(APP_ITEM_BYTES, 7);
  expectErr("stream: fill", stream.write(out, APP_ITEM_BYTES, NO_WAIT), Err.Ok);
  expectErr("stream: fill", stream.write(out, 48 - APP_ITEM_BYTES, NO_WAIT), Err.Ok);
  expectErr("stream: full, no wait", stream.write(out, 1, NO_WAIT), Err.WouldBlock);
  expectErr("stream: reset", stream.reset(), Err.Ok);
  check("stream: empty after reset", stream.available() == 0);
  expectErr("stream: delete", stream.delete(), Err.Ok);

  // A reader waits for its trigger level, then gets what is there.
  expectErr("stream: create with a trigger of 8", stream.create(48, 8), Err.Ok);
  expectErr("stream: a reader", threadCreate(helper, "reader", readForever, 16, HELPER_PRIORITY, STACK), Err.Ok);
  fillOut(5, 40);
  expectErr("stream: write 5", stream.write(out, 5, NO_WAIT), Err.Ok);
  check("stream: the reader still waits under its trigger", readerCount.value == 0 && stream.available() == 5);
  fillOut(5, 40 + 15);
  expectErr("stream: write 5 more", stream.write(out, 5, NO_WAIT), Err.Ok);
  check("stream: the reader got all 10, in order", readerErr == Err.Ok && readerCount.value == 10 && intoHolds(10, 40));
  expectErr("stream: join the reader", threadJoin(helper, 100), Err.Ok);
  expectErr("stream: a reader to delete under", threadCreate(helper, "reader", readForever, 16, HELPER_PRIORITY, STACK), Err.Ok);
  expectErr("stream: delete with a reader", stream.delete(), Err.Ok);
  check("stream: the reader woke with Deleted", readerErr == Err.Deleted);
  expectErr("stream: join it", threadJoin(helper, 100), Err.Ok);

  // A reader woken by a write, then its buffer deleted and made again
  // before it ran: it must get Deleted, not the new buffer's bytes.
  expectErr("stream: again", stream.create(48, 1), Err.Ok);
  expectErr("stream: a less urgent reader", threadCreate(helper, "late", readForever, 16, LATE_PRIORITY, STACK), Err.Ok);
  threadSleep(2); // a whole tick period: it runs and blocks in read
  fillOut(4, 1);
  expectErr("stream: a write wakes it", stream.write(out, 4, NO_WAIT), Err.Ok);
  expectErr("stream: delete before it runs", stream.delete(), Err.Ok);
  expectErr("stream: made again", stream.create(48, 1), Err.Ok);
  fillOut(4, 200);
  expectErr("stream: the new buffer's bytes", stream.write(out, 4, NO_WAIT), Err.Ok);
  expectErr("stream: let the reader finish", threadJoin(helper, 100), Err.Ok);
  check("stream: the reader of the deleted buffer got Deleted", readerErr == Err.Deleted);
  check("stream: the new buffer kept its bytes", stream.available() == 4);
  expectErr("stream: delete", stream.delete(), Err.Ok);

  expectErr("message: 4 bytes hold no message", message.create(4), Err.Invalid);
  expectErr("message: create", message.create(40), Err.Ok);
  for (let m: u32 = 1; m <= 3; m++) {
    fillOut(m * 3, m * 10);
    expectErr("message: write", message.write(out, m * 3, NO_WAIT), Err.Ok);
  }
  check("message: 3 messages and their lengths waiting", message.available() == 3 * 4 + 3 + 6 + 9);
  for (let m: u32 = 1; m <= 3; m++) {
    expectErr("message: too small a buffer", message.read(into, m * 3 - 1, count, NO_WAIT), Err.Overflow);
    check("message: Overflow tells the length", count.value == m * 3);
    expectErr("message: read", message.read(into, 64, count, NO_WAIT), Err.Ok);
    check("message: one whole message, intact", count.value == m * 3 && intoHolds(m * 3, m * 10));
  }
  expectErr("message: none left", message.read(into, 64, count, NO_WAIT), Err.WouldBlock);
  expectErr("message: delete", message.delete(), Err.Ok);
  expectErr("message: deleted", message.write(out, 1, NO_WAIT), Err.Invalid);

  // The kernel's names for the same calls (kernel/ivt.ts): createInHeap,
  // spaces, nextLength.
  expectErr("stream: createInHeap", stream.createInHeap(24, 1), Err.Ok);
  expectErr("stream: createInHeap twice", stream.createInHeap(24, 1), Err.Busy);
  check("stream: all 24 bytes free", stream.spaces() == 24);
  fillOut(10, 3);
  expectErr("stream: write 10", stream.write(out, 10, NO_WAIT), Err.Ok);
  check("stream: 14 bytes free after 10 written", stream.spaces() == 14 && stream.available() == 10);
  expectErr("stream: delete", stream.delete(), Err.Ok);
  check("stream: deleted, no room", stream.spaces() == 0);
  expectErr("message: createInHeap", message.createInHeap(24), Err.Ok);
  check("message: no next message yet", message.nextLength() == 0);
  fillOut(5, 9);
  expectErr("message: write 5", message.write(out, 5, NO_WAIT), Err.Ok);
  expectErr("message: write 2", message.write(out, 2, NO_WAIT), Err.Ok);
  check("message: the next is 5 bytes", message.nextLength() == 5);
  check("message: room less each message and its length", message.spaces() == 24 - (4 + 5) - (4 + 2));
  expectErr("message: read", message.read(into, 64, count, NO_WAIT), Err.Ok);
  check("message: then the next is 2 bytes", count.value == 5 && intoHolds(5, 9) && message.nextLength() == 2);
  expectErr("message: delete", message.delete(), Err.Ok);
  check("message: deleted, no next message", message.nextLength() == 0 && message.spaces() == 0);
}

// ---- indexed notifications --------------------------------------------------------------

function takeSlot(arg: u32): void {
  readerErr = notifyTakeIndexed(arg, true, FOREVER);
  readerCount.value = threadWaitValue();
}

function notifyChecks(): void {
  const me = threadSelf()!;
  expectErr("notify: an index out of range", notifyIndexed(me, NOTIFY_SLOTS, 1, NotifyAction.SetBits), Err.Invalid);
  expectErr("notify: take on an index out of range", notifyTakeIndexed(NOTIFY_SLOTS, true, NO_WAIT), Err.Invalid);
  expectErr("notify: wait on an index out of range", notifyWaitIndexed(NOTIFY_SLOTS, 0, NO_WAIT), Err.Invalid);
  expectErr("notify: an index of 2^31", notifyIndexed(me, 0x80000000, 1, NotifyAction.SetBits), Err.Invalid);
  expectErr("notify: an unknown action", notifyIndexed(me, 0, 1, <NotifyAction>9), Err.Invalid);
  const last = NOTIFY_SLOTS - 1;
  expectErr("notify: set bits on the last slot", notifyIndexed(me, last, 0x30, NotifyAction.SetBits), Err.Ok);
  expectErr("notify: wait on it", notifyWaitIndexed(last, 0xffffffff, NO_WAIT), Err.Ok);
  check("notify: the value sent", threadWaitValue() == 0x30);
  expectErr("notify: cleared on exit", notifyWaitIndexed(last, 0, NO_WAIT), Err.WouldBlock);
  // A thread blocked on the last slot wakes for that slot only.
  readerCount.value = 0;
  expectErr("notify: a taker on the last slot", threadCreate(helper, "taker", takeSlot, last, HELPER_PRIORITY, STACK), Err.Ok);
  if (last > 0) {
    expectErr("notify: slot 0 of the taker", notifyGiveIndexed(helper, 0), Err.Ok);
    check("notify: slot 0 does not wake a take on another slot", readerCount.value == 0);
  }
  expectErr("notify: give on its slot", notifyGiveIndexed(helper, last), Err.Ok);
  check("notify: the taker woke with the count", readerErr == Err.Ok && readerCount.value == 1);
  expectErr("notify: join it", threadJoin(helper, 100), Err.Ok);
  expectErr("notify: a joined thread", notifyGiveIndexed(helper, last), Err.Invalid);
}

// ---- queue sets ----------------------------------------------------------------------------

const set = new QueueSet();
const setQueue = new Queue();
const setSem = new Semaphore();
const chosen = new Box<KernelObject | null>();
const helperChosen = new Box<KernelObject | null>();

function selectForever(arg: u32): void {
  readerErr = set.select(helperChosen, FOREVER);
}

function queueSetChecks(): void {
  expectErr("set: capacity 0", set.create(0), Err.Invalid);
  expectErr("set: create", set.create(3), Err.Ok);
  expectErr("set: a queue", setQueue.create(4, 2), Err.Ok);
  expectErr("set: a semaphore", setSem.create(0, 1), Err.Ok);
  expectErr("set: add the queue", set.add(setQueue), Err.Ok);
  expectErr("set: add the semaphore", set.add(setSem), Err.Ok);
  expectErr("set: add the queue again", set.add(setQueue), Err.Exists);
  expectErr("set: add a pool (not a queue or semaphore)", set.add(pool), Err.Invalid);
  const s2 = new Semaphore();
  expectErr("set: another semaphore", s2.create(0, 1), Err.Ok);
  expectErr("set: a member past the set's capacity", set.add(s2), Err.NoSpace);
  expectErr("set: add a set to itself", set.add(set), Err.Invalid);
  expectErr("set: nothing ready", set.select(chosen, NO_WAIT), Err.WouldBlock);
  check("set: nothing chosen", chosen.value === null);
  expectErr("set: give the semaphore", setSem.give(), Err.Ok);
  expectErr("set: select", set.select(chosen, NO_WAIT), Err.Ok);
  check("set: the semaphore chosen", chosen.value === setSem);
  expectErr("set: take it", setSem.take(NO_WAIT), Err.Ok);
  store<u32>(out, 0xc0ffee);
  expectErr("set: send to the queue", setQueue.send(out, NO_WAIT), Err.Ok);
  expectErr("set: select again", set.select(chosen, NO_WAIT), Err.Ok);
  check("set: the queue chosen", chosen.value === setQueue);
  expectErr("set: remove a member that holds an item", set.remove(setQueue), Err.Busy);
  expectErr("set: receive it", setQueue.receive(into, NO_WAIT), Err.Ok);
  check("set: the item", load<u32>(into) == 0xc0ffee);
  // A select waiting in another thread is handed the member at once.
  expectErr("set: a selecting thread", threadCreate(helper, "select", selectForever, 0, HELPER_PRIORITY, STACK), Err.Ok);
  expectErr("set: give to wake it", setSem.give(), Err.Ok);
  check("set: it was handed the semaphore", readerErr == Err.Ok && helperChosen.value === setSem);
  expectErr("set: join it", threadJoin(helper, 100), Err.Ok);
  expectErr("set: take the unit", setSem.take(NO_WAIT), Err.Ok);
  expectErr("set: remove the queue", set.remove(setQueue), Err.Ok);
  expectErr("set: remove it twice", set.remove(setQueue), Err.NotFound);
  expectErr("set: a waiter for the delete", threadCreate(helper, "select", selectForever, 0, HELPER_PRIORITY, STACK), Err.Ok);
  expectErr("set: delete", set.delete(), Err.Ok);
  check("set: the waiter woke with Deleted", readerErr == Err.Deleted && helperChosen.value === null);
  expectErr("set: join it", threadJoin(helper, 100), Err.Ok);
  expectErr("set: select on a deleted set", set.select(chosen, NO_WAIT), Err.Invalid);
  expectErr("set: the semaphore is free to join another set", set.create(2), Err.Ok);
  expectErr("set: add it", set.add(setSem), Err.Ok);
  expectErr("set: delete", set.delete(), Err.Ok);
  expectErr("set: delete the members", setQueue.delete(), Err.Ok);
  expectErr("set: delete the members", setSem.delete(), Err.Ok);
  expectErr("set: and the other", s2.delete(), Err.Ok);

  // A member deleted and made again is a new object to the set: added
  // again, the set's list of members stays sound (it once linked the
  // member to itself, and select looped forever).
  expectErr("set: again", set.create(4), Err.Ok);
  expectErr("set: a", setSem.create(0, 1), Err.Ok);
  expectErr("set: b", s2.create(0, 1), Err.Ok);
  expectErr("set: add a", set.add(setSem), Err.Ok);
  expectErr("set: add b", set.add(s2), Err.Ok);
  expectErr("set: delete b", s2.delete(), Err.Ok);
  expectErr("set: make b again", s2.create(0, 1), Err.Ok);
  expectErr("set: add the new b", set.add(s2), Err.Ok);
  expectErr("set: give a", setSem.give(), Err.Ok);
  expectErr("set: select", set.select(chosen, NO_WAIT), Err.Ok);
  check("set: a chosen", chosen.value === setSem);
  expectErr("set: give b", s2.give(), Err.Ok);
  expectErr("set: select b", set.select(chosen, NO_WAIT), Err.Ok);
  check("set: b chosen", chosen.value === s2);
  expectErr("set: delete", set.delete(), Err.Ok);
  expectErr("set: delete a", setSem.delete(), Err.Ok);
  expectErr("set: delete b", s2.delete(), Err.Ok);
}

// Typed items: numbers cross in registers (sys_queue_put_value), objects
// as their bytes; a size that is not the item size is refused.
const valueQueue = new Queue();
const boxF64 = new Box<f64>();
const boxI8 = new Box<i8>();
const boxU32 = new Box<u32>();

function typedQueueChecks(): void {
  expectErr("typed: a queue of 8-byte items", valueQueue.create(8, 2), Err.Ok);
  expectErr("typed: send an f64", valueQueue.sendValue<f64>(-1.5, NO_WAIT), Err.Ok);
  expectErr("typed: an u32 into 8-byte items", valueQueue.sendValue<u32>(1, NO_WAIT), Err.Invalid);
  expectErr("typed: an u64 to the front", valueQueue.sendValueToFront<u64>(0x1122334455667788, NO_WAIT), Err.Ok);
  check("typed: two queued, no room", valueQueue.count() == 2 && valueQueue.spacesAvailable() == 0 && valueQueue.itemSize() == 8);
  expectErr("typed: receive into a 4-byte box", valueQueue.receiveInto(boxU32, NO_WAIT), Err.Invalid);
  const u = new Box<u64>();
  expectErr("typed: peek the front", valueQueue.peekInto(u, NO_WAIT), Err.Ok);
  check("typed: the u64 whole", u.value == 0x1122334455667788);
  expectErr("typed: receive it", valueQueue.receiveInto(u, NO_WAIT), Err.Ok);
  expectErr("typed: receive the f64", valueQueue.receiveInto(boxF64, NO_WAIT), Err.Ok);
  check("typed: the f64 exact", boxF64.value == -1.5);
  expectErr("typed: overwrite a queue of two", valueQueue.overwriteValue<f64>(2.0), Err.Invalid);
  expectErr("typed: send for the reset", valueQueue.sendValue<f64>(3.0, NO_WAIT), Err.Ok);
  expectErr("typed: reset", valueQueue.reset(), Err.Ok);
  check("typed: empty after reset", valueQueue.count() == 0 && valueQueue.spacesAvailable() == 2);
  expectErr("typed: delete", valueQueue.delete(), Err.Ok);
  expectErr("typed: a mailbox of 1-byte items", valueQueue.create(1, 1), Err.Ok);
  expectErr("typed: overwrite an i8", valueQueue.overwriteValue<i8>(-2), Err.Ok);
  expectErr("typed: overwrite it again", valueQueue.overwriteValue<i8>(-3), Err.Ok);
  check("typed: one item", valueQueue.count() == 1);
  expectErr("typed: receive it", valueQueue.receiveInto(boxI8, NO_WAIT), Err.Ok);
  check("typed: the last value, sign kept", boxI8.value == -3);
  expectErr("typed: delete the mailbox", valueQueue.delete(), Err.Ok);
  expectErr("typed: send to a deleted queue", valueQueue.sendValue<i8>(1, NO_WAIT), Err.Invalid);
}

export function main(): i32 {
  checksFor("owner");
  kputln("owner: start");
  poolChecks();
  streamChecks();
  notifyChecks();
  queueSetChecks();
  typedQueueChecks();
  return checksSummary();
}
