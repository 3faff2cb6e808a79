// tests/isolation-hostile: a hostile user's checks of the isolation
// promises (docs/isolation.md). "victim" is the primary and exits with the
// number of failed checks; "thief" (thief.ts) attacks it.

import {
  Box, Err, EventFlags, EventWait, FOREVER, KernelObject, MessageBuffer, Mutex, NO_WAIT, Pool, Queue, QueueSet, Semaphore, StreamBuffer,
  Thread, errName, kputln, kputs, kputu, notifyTake, threadCreate, threadDelete, threadJoin, threadSleep, ticks,
} from "ivt-user";
import { APP_MAX_HANDLES, APP_PRIORITY_FIRST, MAIN_PRIORITY, MIN_STACK_BYTES, PRIORITIES, ThreadState } from "ivt-user";
import { check, checksFor, checksSummary, expectErr } from "../isolation/checks";

const STACK: u32 = MIN_STACK_BYTES;

// ---- the thief's double-delete race (thief.ts) -----------------------------------

const mine = new Semaphore();
const sleeper = new Thread();
let woke: u32 = 0;
let wokeWith: Err = Err.Ok;

function waitMine(arg: u32): void {
  wokeWith = mine.take(FOREVER);
  woke = ticks();
}

function raceChecks(): void {
  // The thief has set its race up by now and its spinner runs until tick 30.
  threadSleep(10);
  expectErr("semaphore create during the thief's race", mine.create(0, 1), Err.Ok);
  expectErr("a waiter on it", threadCreate(sleeper, "waiter", waitMine, 0, 12, STACK), Err.Ok);
  threadSleep(40); // the thief's deleter runs at tick 30
  check("no other application's give woke my waiter", woke == 0);
  expectErr("my handle still mine after the thief's deletes", mine.give(), Err.Ok);
  threadSleep(1);
  expectErr("my waiter woken by my give", wokeWith, Err.Ok);
}

// ---- the thief's join and delete of one handle (thief.ts, from tick 60) ----------

const worker = new Thread();

function idle(arg: u32): void {
  threadSleep(FOREVER);
}

function joinRaceChecks(): void {
  const now = ticks();
  if (now < 70) threadSleep(70 - now);
  expectErr("thread create during the thief's join race", threadCreate(worker, "worker", idle, 0, 12, STACK), Err.Ok);
  threadSleep(40); // the thief's joiner runs at tick 90
  expectErr("my thread handle still mine after the thief's join", threadDelete(worker), Err.Ok);
}

// ---- objects of every kind under the forger's brute force (forger.ts) ------------
// A semaphore, a mutex, a queue, event flags, a pool, a stream and a
// message buffer and a queue set, with waiters, an item, a block taken,
// bytes and a message in them: after the forger, each is as it was.

const vs = new Semaphore();
const vm = new Mutex();
const vq = new Queue();
const ve = new EventFlags();
const wSem = new Thread();
const wEv = new Thread();
const wNote = new Thread();
let wokeSem: bool = false;
let wokeEv: bool = false;
let wokeNote: bool = false;
const vItem = memory.data(32);
const vp = new Pool();
const vBlocks = memory.data(16, 4);
const vBlock = new Box<usize>();
const vsb = new StreamBuffer();
const vmb = new MessageBuffer();
const vset = new QueueSet();
const vGot = new Box<u32>();
const vChosen = new Box<KernelObject | null>();

function onSem(arg: u32): void {
  vs.take(FOREVER);
  wokeSem = true;
}

function onEv(arg: u32): void {
  ve.wait(0xffffffff, EventWait.Any, FOREVER);
  wokeEv = true;
}

function onNote(arg: u32): void {
  notifyTake(true, FOREVER);
  wokeNote = true;
}

/** How long the objects are held. The forger's round takes the
 *  generations in order, 0 to 15, and these objects' handles are of
 *  generation 1 or 2 (their slots taken once or twice before): on
 *  mps2-an385 its round passes them by tick 700 and ends near 3000
 *  (mcf5208evb 1500, sim 250). */
export const HOLD_UNTIL: u32 = 1000;

function forgeChecks(): void {
  expectErr("semaphore", vs.create(0, 1), Err.Ok);
  expectErr("mutex", vm.create(), Err.Ok);
  expectErr("queue", vq.create(32, 1), Err.Ok);
  expectErr("event flags", ve.create(), Err.Ok);
  store<u32>(vItem, 0xfeedf00d);
  expectErr("an item queued", vq.send(vItem, NO_WAIT), Err.Ok);
  expectErr("mutex locked", vm.lock(NO_WAIT), Err.Ok);
  expectErr("pool", vp.create(vBlocks, 8, 2), Err.Ok);
  expectErr("a block taken", vp.tryAlloc(vBlock), Err.Ok);
  expectErr("stream buffer", vsb.createInHeap(16), Err.Ok);
  expectErr("bytes in it", vsb.write(vItem, 4, NO_WAIT), Err.Ok);
  expectErr("message buffer", vmb.createInHeap(16), Err.Ok);
  expectErr("a message in it", vmb.write(vItem, 3, NO_WAIT), Err.Ok);
  expectErr("queue set", vset.create(1), Err.Ok);
  expectErr("semaphore waiter", threadCreate(wSem, "wsem", onSem, 0, 12, STACK), Err.Ok);
  expectErr("events waiter", threadCreate(wEv, "wev", onEv, 0, 12, STACK), Err.Ok);
  expectErr("notify waiter", threadCreate(wNote, "wnote", onNote, 0, 12, STACK), Err.Ok);
  const now = ticks();
  if (now < HOLD_UNTIL) threadSleep(HOLD_UNTIL - now);
  check("semaphore waiter not woken by a forged handle", !wokeSem);
  check("events waiter not woken by a forged handle", !wokeEv);
  check("notify waiter not woken by a forged handle", !wokeNote);
  store<u32>(vItem, 0);
  expectErr("my item still queued", vq.receive(vItem, NO_WAIT), Err.Ok);
  check("and intact", load<u32>(vItem) == 0xfeedf00d);
  expectErr("my mutex still mine", vm.unlock(), Err.Ok);
  check("my pool's block still taken, the other still free", vp.available() == 1);
  expectErr("my block freed by me", vp.free(vBlock.value), Err.Ok);
  check("my stream's bytes still there", vsb.available() == 4 && vsb.spaces() == 12);
  store<u32>(vItem, 0);
  expectErr("and read", vsb.read(vItem, 16, vGot, NO_WAIT), Err.Ok);
  check("intact", vGot.value == 4 && load<u32>(vItem) == 0xfeedf00d);
  check("my message still there", vmb.nextLength() == 3);
  store<u32>(vItem, 0);
  expectErr("and read", vmb.read(vItem, 16, vGot, NO_WAIT), Err.Ok);
  check("intact", vGot.value == 3 && (load<u32>(vItem) & 0xffffff) == 0xedf00d);
  expectErr("my queue set still mine and empty", vset.select(vChosen, NO_WAIT), Err.WouldBlock);
  expectErr("my semaphore's waiter woken by me", vs.give(), Err.Ok);
  expectErr("my events' waiter woken by me", ve.set(1), Err.Ok);
  expectErr("joined", threadJoin(wSem, 10), Err.Ok);
  expectErr("joined", threadJoin(wEv, 10), Err.Ok);
  expectErr("delete the notify waiter", threadDelete(wNote), Err.Ok);
  expectErr("semaphore delete", vs.delete(), Err.Ok);
  expectErr("mutex delete", vm.delete(), Err.Ok);
  expectErr("queue delete", vq.delete(), Err.Ok);
  expectErr("event flags delete", ve.delete(), Err.Ok);
  expectErr("pool delete", vp.delete(), Err.Ok);
  expectErr("stream buffer delete", vsb.delete(), Err.Ok);
  expectErr("message buffer delete", vmb.delete(), Err.Ok);
  expectErr("queue set delete", vset.delete(), Err.Ok);
}

// ---- the victim's own abuse of the calls -------------------------------------------

@external("ivt_sys", "thread_state") declare function sysThreadState(h: i32): i32;
@external("ivt_sys", "queue_put_value") declare function sysQueuePutValue(h: i32, v: u64, size: u32, how: u32, t: u32): i32;
@external("ivt_sys", "queue_overwrite") declare function sysQueueOverwrite(h: i32, p: usize): i32;
@external("ivt_sys", "queue_peek") declare function sysQueuePeek(h: i32, p: usize, t: u32): i32;
@external("ivt_sys", "thread_priority") declare function sysThreadPriority(h: i32): i32;
@external("ivt_sys", "thread_set_priority") declare function sysThreadSetPriority(h: i32, p: u32): i32;
@external("ivt_sys", "thread_abort_wait") declare function sysThreadAbortWait(h: i32): i32;
@external("ivt_sys", "thread_sleep_until") declare function sysThreadSleepUntil(p: usize, period: u32): i32;
@external("ivt_sys", "thread_create")
declare function sysThreadCreate(fn: usize, arg: u32, priority: u32, stackBytes: u32, name: usize, nameLen: u32, flags: u32): i32;
@external("ivt_sys", "thread_self") declare function sysThreadSelf(): i32;
@external("ivt_sys", "thread_join") declare function sysThreadJoin(h: i32, t: u32): i32;
@external("ivt_sys", "thread_delete") declare function sysThreadDelete(h: i32): i32;
@external("ivt_sys", "console_write") declare function sysConsoleWrite(p: usize, n: u32): i32;
@external("ivt_sys", "device_open") declare function sysDeviceOpen(p: usize, n: u32): i32;
@external("ivt_sys", "queue_create") declare function sysQueueCreate(size: u32, cap: u32): i32;
@external("ivt_sys", "queue_send") declare function sysQueueSend(h: i32, p: usize, t: u32): i32;
@external("ivt_sys", "queue_receive") declare function sysQueueReceive(h: i32, p: usize, t: u32): i32;
@external("ivt_sys", "queue_delete") declare function sysQueueDelete(h: i32): i32;
@external("ivt_sys", "queue_count") declare function sysQueueCount(h: i32): i32;

/** A creation's result as an Err. */
function made(r: i32): Err {
  return r > 0 ? Err.Ok : <Err>-r;
}

/** The size of this module's memory as the kernel sees it: a 0-byte
 *  console write is refused exactly past it. */
function memoryEnd(): u32 {
  let lo: u32 = 16;
  let hi: u32 = 0x10000000;
  while (lo + 1 < hi) {
    const mid = lo + (hi - lo) / 2;
    if (sysConsoleWrite(mid, 0) == Err.Ok) lo = mid;
    else hi = mid;
  }
  return lo;
}

function nothing(arg: u32): void {}

let selfJoin: Err = Err.Ok;
function joinSelf(arg: u32): void {
  selfJoin = <Err>sysThreadJoin(sysThreadSelf(), 0);
}

function selfChecks(): void {
  // Threads: the main thread's own handle, a join of oneself.
  const me = sysThreadSelf();
  check("main has a handle", me > 0);
  expectErr("delete the main thread by its handle", <Err>sysThreadDelete(me), Err.Invalid);
  expectErr("join the main thread from itself", <Err>sysThreadJoin(me, 0), Err.Deadlock);
  // The thread calls on the main thread's own handle; priorities and the
  // wake tick's address checked.
  expectErr("its state", <Err>sysThreadState(me), <Err>ThreadState.Ready);
  expectErr("a priority more urgent than APP_PRIORITY_FIRST", <Err>sysThreadSetPriority(me, APP_PRIORITY_FIRST - 1), Err.Invalid);
  expectErr("the idle priority", <Err>sysThreadSetPriority(me, PRIORITIES - 1), Err.Invalid);
  expectErr("priority 2^32 - 1", <Err>sysThreadSetPriority(me, 0xffffffff), Err.Invalid);
  expectErr("a priority in range", <Err>sysThreadSetPriority(me, MAIN_PRIORITY + 1), Err.Ok);
  expectErr("and read back", <Err>sysThreadPriority(me), <Err>(MAIN_PRIORITY + 1));
  expectErr("and back again", <Err>sysThreadSetPriority(me, MAIN_PRIORITY), Err.Ok);
  expectErr("abort its own wait: not waiting", <Err>sysThreadAbortWait(me), Err.NotFound);
  expectErr("sleep until, the tick in the null guard", <Err>sysThreadSleepUntil(8, 1), Err.Invalid);
  expectErr("sleep until, the tick past the end", <Err>sysThreadSleepUntil(memoryEnd() - 2, 1), Err.Invalid);
  expectErr("sleep until, the tick wrapping 2^32", <Err>sysThreadSleepUntil(0xfffffffe, 1), Err.Invalid);
  const j = new Thread();
  expectErr("a thread joining itself", threadCreate(j, "joinself", joinSelf, 0, 12, STACK), Err.Ok);
  expectErr("joined", threadJoin(j, 10), Err.Ok);
  expectErr("its self-join", selfJoin, Err.Deadlock);

  // Memory edges.
  const end = memoryEnd();
  check("memory end is the module's memory (sim) or app_memory", end >= 1024 && (end & 1023) == 0);
  expectErr("0 bytes at 0 (the null guard)", <Err>sysConsoleWrite(0, 0), Err.Invalid);
  expectErr("0 bytes at 15", <Err>sysConsoleWrite(15, 0), Err.Invalid);
  expectErr("0 bytes at 16", <Err>sysConsoleWrite(16, 0), Err.Ok);
  expectErr("0 bytes at 2^32 - 1", <Err>sysConsoleWrite(0xffffffff, 0), Err.Invalid);
  const q = sysQueueCreate(32, 2);
  check("a 32-byte queue", q > 0);
  for (let i: u32 = 0; i < 32; i++) store<u8>(end - 32 + i, <u8>(i + 1));
  expectErr("send a 32-byte item ending at the memory's end", <Err>sysQueueSend(q, end - 32, NO_WAIT), Err.Ok);
  expectErr("send one byte past", <Err>sysQueueSend(q, end - 31, NO_WAIT), Err.Invalid);
  expectErr("send from the null guard", <Err>sysQueueSend(q, 8, NO_WAIT), Err.Invalid);
  check("the refused sends queued nothing (one item, room for one more)", sysQueueCount(q) == 1);
  expectErr("a value of 8 bytes into 32-byte items", <Err>sysQueuePutValue(q, 1, 8, 0, NO_WAIT), Err.Invalid);
  expectErr("a value of 3 bytes", <Err>sysQueuePutValue(q, 1, 3, 0, NO_WAIT), Err.Invalid);
  expectErr("a value put an unknown way", <Err>sysQueuePutValue(q, 1, 32, 3, NO_WAIT), Err.Invalid);
  expectErr("overwrite a queue of two", <Err>sysQueueOverwrite(q, end - 32), Err.Invalid);
  expectErr("overwrite from past the end", <Err>sysQueueOverwrite(q, end - 31), Err.Invalid);
  expectErr("peek one byte past the end", <Err>sysQueuePeek(q, end - 31, NO_WAIT), Err.Invalid);
  expectErr("receive into the null guard", <Err>sysQueueReceive(q, 0, NO_WAIT), Err.Invalid);
  expectErr("receive across the null guard's end", <Err>sysQueueReceive(q, 15, NO_WAIT), Err.Invalid);
  expectErr("receive one byte past the end", <Err>sysQueueReceive(q, end - 31, NO_WAIT), Err.Invalid);
  check("the refused receives took nothing", sysQueueCount(q) == 1);
  for (let i: u32 = 0; i < 32; i++) store<u8>(end - 32 + i, 0);
  expectErr("receive at the memory's end: the item was left queued", <Err>sysQueueReceive(q, end - 32, NO_WAIT), Err.Ok);
  let same = true;
  for (let i: u32 = 0; i < 32; i++) if (load<u8>(end - 32 + i) != <u8>(i + 1)) same = false;
  check("and intact", same);
  expectErr("queue delete", <Err>sysQueueDelete(q), Err.Ok);

  // Thread names and device names at and past the end.
  const fn = changetype<usize>(nothing);
  for (let i: u32 = 0; i < 15; i++) store<u8>(end - 15 + i, 0x61 + <u8>i);
  const t = sysThreadCreate(fn, 0, 12, MIN_STACK_BYTES, end - 15, 15, 0);
  expectErr("a thread named by the memory's last 15 bytes", made(t), Err.Ok);
  if (t > 0) expectErr("joined", <Err>sysThreadJoin(t, 10), Err.Ok);
  expectErr("a name one byte past the end", made(sysThreadCreate(fn, 0, 12, MIN_STACK_BYTES, end - 14, 15, 0)), Err.Invalid);
  expectErr("a name in the null guard", made(sysThreadCreate(fn, 0, 12, MIN_STACK_BYTES, 0, 4, 0)), Err.Invalid);
  expectErr("a name of 16 bytes", made(sysThreadCreate(fn, 0, 12, MIN_STACK_BYTES, end - 16, 16, 0)), Err.Invalid);
  expectErr("thread flags 2", made(sysThreadCreate(fn, 0, 12, MIN_STACK_BYTES, end - 15, 15, 2)), Err.Invalid);
  expectErr("thread flags 2^31", made(sysThreadCreate(fn, 0, 12, MIN_STACK_BYTES, end - 15, 15, 0x80000000)), Err.Invalid);
  expectErr("thread entry 0", made(sysThreadCreate(0, 0, 12, MIN_STACK_BYTES, end - 15, 15, 0)), Err.Invalid);
  expectErr("device name past the end", made(sysDeviceOpen(end - 3, 4)), Err.Invalid);
  expectErr("device name wrapping 2^32", made(sysDeviceOpen(0xfffffffe, 4)), Err.Invalid);
  expectErr("device name of 33 bytes", made(sysDeviceOpen(16, 33)), Err.Invalid);
  expectErr("device name at the end, not granted", made(sysDeviceOpen(end - 4, 4)), Err.NotFound);

  // The kernel heap: a huge queue is refused, not a kernel trap.
  expectErr("queue of 65535 items of 32 bytes", made(sysQueueCreate(32, 65535)), Err.NoSpace);
  expectErr("queue of 65536 items", made(sysQueueCreate(1, 65536)), Err.Invalid);
  expectErr("queue of 0xffffffff items", made(sysQueueCreate(32, 0xffffffff)), Err.Invalid);
  let qfails: u32 = 0;
  for (let i: u32 = 0; i < 1000; i++) {
    const h = sysQueueCreate(32, 16);
    if (h <= 0 || sysQueueDelete(h) != Err.Ok) qfails++;
  }
  expectErr("1000 queue create/delete: none failed", qfails == 0 ? Err.Ok : Err.NoSpace, Err.Ok);

  // Threads made and deleted, made and joined, 1000 times each.
  let tfails: u32 = 0;
  const th = new Thread(); // reused: this module's heap never frees
  const tj = new Thread();
  for (let i: u32 = 0; i < 1000; i++) {
    if (threadCreate(th, "churn", idle, 0, 20, STACK) != Err.Ok || threadDelete(th) != Err.Ok) tfails++;
    if (threadCreate(tj, "churn", nothing, 0, 12, STACK) != Err.Ok || threadJoin(tj, 10) != Err.Ok) tfails++;
  }
  expectErr("2000 thread create/delete and create/join: none failed", tfails == 0 ? Err.Ok : Err.NoSpace, Err.Ok);

  // Threads never joined: only this application's handles run out.
  const held: Thread[] = [];
  let e = Err.Ok;
  for (let i: u32 = 0; i < 64; i++) {
    const th = new Thread();
    e = threadCreate(th, "unjoined", nothing, 0, 12, STACK);
    if (e != Err.Ok) break;
    held.push(th);
  }
  expectErr("unjoined threads end in NoSpace", e, Err.NoSpace);
  check("at most APP_MAX_HANDLES - 1 of them", <u32>held.length <= APP_MAX_HANDLES - 1);
  for (let i = 0; i < held.length; i++) if (threadJoin(held[i], 10) != Err.Ok) tfails++;
  check("all joined after they ended", tfails == 0);
}

// ---- a create whose creator is deleted before the create returns --------------

const creator = new Thread();
const created = new Thread();
let deletedCreator: Err = Err.Ok;

/** The created thread, more urgent than its creator: it runs inside the
 *  creator's thread_create, deletes the creator there, and ends. */
function deleteCreator(arg: u32): void {
  deletedCreator = threadDelete(creator);
}

function createThenDie(arg: u32): void {
  threadCreate(created, "created", deleteCreator, 0, 11, STACK);
  kputln("hostile: FAILED: the creator ran on after its deletion");
}

/** Its handle's being-created mark is cleared by the thread itself when it
 *  runs (kernel/sys.ts): with only the creator clearing it, the ended
 *  thread's handle could never be joined or deleted. */
function creatorDeletedChecks(): void {
  expectErr("a creator", threadCreate(creator, "creator", createThenDie, 0, 13, STACK), Err.Ok);
  threadSleep(2);
  expectErr("the created thread deleted its creator", deletedCreator, Err.Ok);
  check("the created thread has its handle", created.handle > 0);
  expectErr("joined once ended", threadJoin(created, 10), Err.Ok);
  expectErr("the creator's Thread joins at once", threadJoin(creator, NO_WAIT), Err.Ok);
  expectErr("and creates again", threadCreate(created, "again", nothing, 0, 11, STACK), Err.Ok);
  expectErr("joined again", threadJoin(created, 10), Err.Ok);
}

export function main(): i32 {
  checksFor("hostile");
  kputln("victim: start");
  raceChecks();
  joinRaceChecks();
  forgeChecks();
  selfChecks();
  creatorDeletedChecks();
  return checksSummary();
}
