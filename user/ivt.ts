// ivt for applications in their own modules (docs/isolation.md): the
// kernel's API as an application module sees it, over the system calls
// the kernel exports (kernel/sys.ts, module "ivt_sys" here). The same
// names and signatures as kernel/ivt.ts wherever the call exists here, so
// an application moves over by changing its import:
//
//   import { Semaphore, Thread, threadCreate, FOREVER, Err } from "ivt-user";
//
// Objects hold a handle (a number the kernel checks on every call), never
// a pointer into kernel memory; buffers are copied in and out by the
// kernel, which refuses (Err.Invalid) any range outside this module's
// memory. From the module's top-level code, which runs before any thread,
// calls that make an object or wait return Err.NoThread, calls on an
// object Err.Invalid.

export { Err, errName } from "../kernel/errors";
import { Err } from "../kernel/errors";
import { APP_PRIORITY_FIRST, MIN_STACK_BYTES } from "../kernel/config";

/** Console text and abort messages cross through here (one byte per
 *  character); first in the file, as appAbort may run while any later
 *  top-level object is being made. */
const outBuf = memory.data(64);

/** The board's limits, as the kernel was built with them (the build gives
 *  an application module the board's kernel settings). */
export { APP_MAX_HANDLES, APP_STACK_EXTRA_BYTES, KERNEL_HEAP_BYTES, MAX_HANDLES, MAX_THREADS, MIN_STACK_BYTES, NOTIFY_SLOTS, PRIORITIES } from "../kernel/config";
/** Bytes threadCreate adds to the stack a thread asks for, under the
 *  kernel's name (where it is 0): APP_STACK_EXTRA_BYTES here. */
export { APP_STACK_EXTRA_BYTES as STACK_EXTRA_BYTES } from "../kernel/config";

/** A value a call returns besides its Err (Pool.alloc), as the kernel's. */
export { Box } from "../kernel/box";
import { Box } from "../kernel/box";
import { alignedObject } from "../kernel/heap-layout";

/** Timeouts, as the kernel's (kernel/config.ts). */
// @ts-ignore: decorator
@inline export const NO_WAIT: u32 = 0;
// @ts-ignore: decorator
@inline export const FOREVER: u32 = 0xffffffff;
/** The most urgent priority an application thread may have, the priority
 *  of an application's main thread, the largest queue item. */
export { APP_ITEM_BYTES, APP_PRIORITY_FIRST, MAIN_PRIORITY, MAX_TIMEOUT, TIME_SLICE_TICKS } from "../kernel/config";
import { MAX_TIMEOUT } from "../kernel/config";

/** A thread's state (threadState), as the kernel's. */
export { ThreadState } from "../kernel/tcb";
import { ThreadState } from "../kernel/tcb";

/** threadCreate's flags (ThreadFlags.Suspended), as the kernel's. */
export { ThreadFlags } from "../kernel/tcb";
import { ThreadFlags } from "../kernel/tcb";

// ---- the system calls (kernel/sys.ts) -----------------------------------------
@external("ivt_sys", "thread_create")
declare function sysThreadCreate(fn: usize, arg: u32, priority: u32, stackBytes: u32, name: usize, nameLen: u32, flags: u32): i32;
@external("ivt_sys", "thread_exit")
declare function sysThreadExit(): void;
@external("ivt_sys", "thread_delete")
declare function sysThreadDelete(h: i32): i32;
@external("ivt_sys", "thread_join")
declare function sysThreadJoin(h: i32, timeout: u32): i32;
@external("ivt_sys", "thread_wait_value")
declare function sysThreadWaitValue(): u32;
@external("ivt_sys", "event_create")
declare function sysEventCreate(): i32;
@external("ivt_sys", "event_set")
declare function sysEventSet(h: i32, bits: u32): i32;
@external("ivt_sys", "event_clear")
declare function sysEventClear(h: i32, bits: u32): i32;
@external("ivt_sys", "event_wait")
declare function sysEventWait(h: i32, mask: u32, mode: u32, timeout: u32): i32;
@external("ivt_sys", "event_delete")
declare function sysEventDelete(h: i32): i32;
@external("ivt_sys", "notify")
declare function sysNotify(h: i32, value: u32, action: u32): i32;
@external("ivt_sys", "notify_take")
declare function sysNotifyTake(clear: u32, timeout: u32): i32;
@external("ivt_sys", "notify_wait")
declare function sysNotifyWait(clearOnExit: u32, timeout: u32): i32;
@external("ivt_sys", "thread_tag")
declare function sysThreadTag(h: i32): u32;
@external("ivt_sys", "thread_self")
declare function sysThreadSelf(): i32;
@external("ivt_sys", "thread_sleep")
declare function sysThreadSleep(ticks: u32): i32;
@external("ivt_sys", "thread_sleep_until")
declare function sysThreadSleepUntil(ptr: usize, period: u32): i32;
@external("ivt_sys", "thread_state")
declare function sysThreadState(h: i32): i32;
@external("ivt_sys", "thread_priority")
declare function sysThreadPriority(h: i32): i32;
@external("ivt_sys", "thread_stack_unused")
declare function sysThreadStackUnused(h: i32): i32;
@external("ivt_sys", "thread_set_priority")
declare function sysThreadSetPriority(h: i32, priority: u32): i32;
@external("ivt_sys", "thread_suspend")
declare function sysThreadSuspend(h: i32): i32;
@external("ivt_sys", "thread_resume")
declare function sysThreadResume(h: i32): i32;
@external("ivt_sys", "thread_abort_wait")
declare function sysThreadAbortWait(h: i32): i32;
@external("ivt_sys", "thread_yield")
declare function sysThreadYield(): i32;
@external("ivt_sys", "sem_create")
declare function sysSemCreate(initial: u32, max: u32): i32;
@external("ivt_sys", "sem_take")
declare function sysSemTake(h: i32, timeout: u32): i32;
@external("ivt_sys", "sem_give")
declare function sysSemGive(h: i32): i32;
@external("ivt_sys", "sem_available")
declare function sysSemAvailable(h: i32): i32;
@external("ivt_sys", "sem_delete")
declare function sysSemDelete(h: i32): i32;
@external("ivt_sys", "mutex_create")
declare function sysMutexCreate(kind: u32): i32;
@external("ivt_sys", "mutex_lock")
declare function sysMutexLock(h: i32, timeout: u32): i32;
@external("ivt_sys", "mutex_unlock")
declare function sysMutexUnlock(h: i32): i32;
@external("ivt_sys", "mutex_owner")
declare function sysMutexOwner(h: i32): i32;
@external("ivt_sys", "mutex_delete")
declare function sysMutexDelete(h: i32): i32;
@external("ivt_sys", "queue_create")
declare function sysQueueCreate(itemSize: u32, capacity: u32): i32;
@external("ivt_sys", "queue_send")
declare function sysQueueSend(h: i32, ptr: usize, timeout: u32): i32;
@external("ivt_sys", "queue_receive")
declare function sysQueueReceive(h: i32, ptr: usize, timeout: u32): i32;
@external("ivt_sys", "queue_send_front")
declare function sysQueueSendFront(h: i32, ptr: usize, timeout: u32): i32;
@external("ivt_sys", "queue_peek")
declare function sysQueuePeek(h: i32, ptr: usize, timeout: u32): i32;
@external("ivt_sys", "queue_put_value")
declare function sysQueuePutValue(h: i32, value: u64, size: u32, how: u32, timeout: u32): i32;
@external("ivt_sys", "queue_overwrite")
declare function sysQueueOverwrite(h: i32, ptr: usize): i32;
@external("ivt_sys", "queue_reset")
declare function sysQueueReset(h: i32): i32;
@external("ivt_sys", "queue_count")
declare function sysQueueCount(h: i32): i32;
@external("ivt_sys", "event_sync")
declare function sysEventSync(h: i32, bits: u32, mask: u32, timeout: u32): i32;
@external("ivt_sys", "event_get")
declare function sysEventGet(h: i32): u32;
@external("ivt_sys", "queue_delete")
declare function sysQueueDelete(h: i32): i32;
@external("ivt_sys", "console_write")
declare function sysConsoleWrite(ptr: usize, len: u32): i32;
@external("ivt_sys", "ticks")
declare function sysTicks(): u32;
@external("ivt_sys", "tick_rate")
declare function sysTickRate(): u32;
@external("ivt_sys", "cycles")
declare function sysCycles(): u32;
@external("ivt_sys", "cycle_hz")
declare function sysCycleHz(): u32;
@external("ivt_sys", "device_open")
declare function sysDeviceOpen(name: usize, len: u32): i32;
@external("ivt_sys", "mmio_read")
declare function sysMmioRead(h: i32, offset: u32, width: u32): u32;
@external("ivt_sys", "mmio_write")
declare function sysMmioWrite(h: i32, offset: u32, width: u32, value: u32): void;
@external("ivt_sys", "irq_attach")
declare function sysIrqAttach(h: i32): i32;
@external("ivt_sys", "irq_wait")
declare function sysIrqWait(h: i32, timeout: u32): i32;
@external("ivt_sys", "irq_unmask")
declare function sysIrqUnmask(h: i32): i32;
@external("ivt_sys", "irq_stamp")
declare function sysIrqStamp(h: i32, ptr: usize): i32;
@external("ivt_sys", "abort")
declare function sysAbort(ptr: usize, len: u32, line: u32): void;
@external("ivt_sys", "notify_indexed")
declare function sysNotifyIndexed(h: i32, index: u32, value: u32, action: u32): i32;
@external("ivt_sys", "notify_take_indexed")
declare function sysNotifyTakeIndexed(index: u32, clear: u32, timeout: u32): i32;
@external("ivt_sys", "notify_wait_indexed")
declare function sysNotifyWaitIndexed(index: u32, clearOnExit: u32, timeout: u32): i32;
@external("ivt_sys", "pool_create")
declare function sysPoolCreate(blocks: u32): i32;
@external("ivt_sys", "pool_alloc")
declare function sysPoolAlloc(h: i32, timeout: u32): i32;
@external("ivt_sys", "pool_free")
declare function sysPoolFree(h: i32, index: u32): i32;
@external("ivt_sys", "pool_available")
declare function sysPoolAvailable(h: i32): i32;
@external("ivt_sys", "pool_delete")
declare function sysPoolDelete(h: i32): i32;
@external("ivt_sys", "stream_create")
declare function sysStreamCreate(bytes: u32, trigger: u32, message: u32): i32;
@external("ivt_sys", "stream_write")
declare function sysStreamWrite(h: i32, ptr: usize, len: u32, timeout: u32): i32;
@external("ivt_sys", "stream_read")
declare function sysStreamRead(h: i32, ptr: usize, max: u32, timeout: u32): i32;
@external("ivt_sys", "stream_available")
declare function sysStreamAvailable(h: i32): i32;
@external("ivt_sys", "stream_spaces")
declare function sysStreamSpaces(h: i32): i32;
@external("ivt_sys", "stream_next_length")
declare function sysStreamNextLength(h: i32): i32;
@external("ivt_sys", "stream_reset")
declare function sysStreamReset(h: i32): i32;
@external("ivt_sys", "stream_delete")
declare function sysStreamDelete(h: i32): i32;
@external("ivt_sys", "queueset_create")
declare function sysQueueSetCreate(capacity: u32): i32;
@external("ivt_sys", "queueset_add")
declare function sysQueueSetAdd(h: i32, member: i32): i32;
@external("ivt_sys", "queueset_remove")
declare function sysQueueSetRemove(h: i32, member: i32): i32;
@external("ivt_sys", "queueset_select")
declare function sysQueueSetSelect(h: i32, timeout: u32): i32;
@external("ivt_sys", "queueset_events")
declare function sysQueueSetEvents(h: i32): i32;
@external("ivt_sys", "queueset_delete")
declare function sysQueueSetDelete(h: i32): i32;

/** A count a query call returned (>= 0), or 0 for its error (< 0): what a
 *  deleted or never created object reads. */
function countOrZero(result: i32): u32 {
  return result < 0 ? 0 : <u32>result;
}

/** The error of a call that makes an object: Ok for a handle (> 0), else
 *  the error it returned negated. */
function made(result: i32): Err {
  return result > 0 ? Err.Ok : <Err>-result;
}

/** A raw system call's handle argument, for tests that forge one. */
export function rawSemTake(h: i32, timeout: u32): Err {
  return <Err>sysSemTake(h, timeout);
}

/** For tests that fill the kernel's tables: makes the smallest object of
 *  kind `k` (0 a pool of one block, 1 a stream buffer of 8 bytes, 2 a
 *  message buffer of 8 bytes, 3 a queue set of 1) with no object of this
 *  library around it. Returns its handle, or the error negated. */
export function rawCreate(k: u32): i32 {
  if (k == 0) return sysPoolCreate(1);
  if (k == 3) return sysQueueSetCreate(1);
  return sysStreamCreate(8, 1, k == 2 ? 1 : 0);
}

/** Deletes what rawCreate(k) made. */
export function rawDelete(k: u32, h: i32): Err {
  if (k == 0) return <Err>sysPoolDelete(h);
  if (k == 3) return <Err>sysQueueSetDelete(h);
  return <Err>sysStreamDelete(h);
}

/** An object of the kernel's, as an application holds it: a handle. */
export class KernelObject {
  /** The kernel's handle for this object; 0 before create. */
  handle: i32 = 0;
  /** The QueueSet this object is in, and the next member of that set. */
  inSet: QueueSet | null = null;
  nextInSet: KernelObject | null = null;

  /** Keeps what a create call returned: the handle, or the error. */
  protected adopt(result: i32): Err {
    if (result > 0) this.handle = result;
    return made(result);
  }

  /** After a delete call: a deleted object's handle is forgotten, and it
   *  leaves the QueueSet it was in (the kernel took it out of its set). */
  protected dropped(e: Err): Err {
    if (e != Err.Ok) return e;
    this.handle = 0;
    const set = this.inSet;
    if (set !== null) set.forget(this);
    return e;
  }
}

// ---- threads -------------------------------------------------------------------

/** Bytes of a thread name the kernel keeps. */
const NAME_BYTES: i32 = 15;
const nameBuf = memory.data(16);

export class Thread {
  /** The kernel's handle for this thread; 0 before create. */
  handle: i32 = 0;
  /** What threadCreate was asked to run: threadStart calls it. */
  entry: ((arg: u32) => void) | null = null;
  arg: u32 = 0;
}

/** Every thread of this library starts here with its Thread as `tp`, the
 *  tag the kernel keeps for it (thread_tag): threadCurrent() answers with
 *  that very object, from the thread's first line on, even when it runs
 *  before threadCreate has returned to its creator. No list to keep, so
 *  nothing two threads could race over. */
function threadStart(tp: u32): void {
  const t = changetype<Thread>(tp);
  t.handle = sysThreadSelf();
  t.entry!(t.arg);
}

/** The Thread of the application's main thread (no create made it): made
 *  at the first call that names it, then kept. */
let mainThread: Thread | null = null;

/** The Thread of live thread handle `h` of this application: the one its
 *  create filled (its tag), else the main thread's. */
function threadOfHandle(h: i32): Thread {
  const tag = sysThreadTag(h);
  if (tag != 0) {
    const t = changetype<Thread>(tag);
    t.handle = h; // its creator may not have stored it yet
    return t;
  }
  let m = mainThread;
  if (m === null) {
    m = new Thread();
    mainThread = m;
  }
  m.handle = h;
  return m;
}

/** `t`'s handle is freed: `t` may be created again. */
function forget(t: Thread): void {
  t.handle = 0;
}

/** Creates thread `t` running `entry(arg)` at `priority`
 *  (APP_PRIORITY_FIRST .. 30) on a stack of `stackBytes`. As the kernel's
 *  threadCreate; Err.Invalid also for a priority more urgent than
 *  APP_PRIORITY_FIRST or a name over 15 characters; Err.Busy for a `t`
 *  whose handle lives (not joined or deleted since its create). With
 *  ThreadFlags.Suspended the thread first runs at threadResume. Thread
 *  context. */
export function threadCreate(
  t: Thread, name: string, entry: (arg: u32) => void, arg: u32, priority: u32, stackBytes: u32,
  flags: ThreadFlags = ThreadFlags.None,
): Err {
  if (handleLives(t)) return Err.Busy;
  const n = name.length;
  if (n == 0 || n > NAME_BYTES) return Err.Invalid;
  for (let i = 0; i < n; i++) store<u8>(nameBuf + i, <u8>name.charCodeAt(i));
  t.entry = entry;
  t.arg = arg;
  const h = sysThreadCreate(changetype<usize>(threadStart), changetype<u32>(t), priority, stackBytes, nameBuf, n, <u32>flags);
  if (h > 0) t.handle = h;
  return made(h);
}

/** Whether `t` holds a handle the kernel still knows. A handle it lost
 *  without this library seeing (its thread deleted itself, whose call
 *  never returns) is forgotten here: `t` is free again. */
function handleLives(t: Thread): bool {
  if (t.handle <= 0) return false;
  if (sysThreadState(t.handle) >= 0) return true;
  forget(t);
  return false;
}

/** Ends the calling thread. Does not return. Thread context. */
export function threadExit(): void {
  sysThreadExit();
}

/** Deletes thread `t` (as the kernel's threadDelete) and frees its
 *  handle; for a thread that has ended, only frees the handle. */
export function threadDelete(t: Thread): Err {
  // Deleting itself, the thread never comes back: its Thread is free first.
  if (t.handle > 0 && t.handle == sysThreadSelf()) {
    const h = t.handle;
    forget(t);
    return <Err>sysThreadDelete(h);
  }
  const e = <Err>sysThreadDelete(t.handle);
  if (e == Err.Ok) forget(t);
  return e;
}

/** The calling thread (the Thread its create filled; for the main thread
 *  one made at the first call), or null outside threads and for a thread
 *  without a handle. Thread context. */
export function threadSelf(): Thread | null {
  const h = sysThreadSelf();
  return h <= 0 ? null : threadOfHandle(h);
}


/** As threadSelf: the kernel's name for the running thread. */
export function threadCurrent(): Thread | null {
  return threadSelf();
}

/** `t`'s state (as the kernel's threadState). A thread that has ended is
 *  Dead until joined or deleted, then Free; a Thread never created is
 *  Free. */
export function threadState(t: Thread): ThreadState {
  if (t.handle <= 0) return ThreadState.Free;
  const r = sysThreadState(t.handle);
  return r < 0 ? ThreadState.Free : <ThreadState>r;
}

/** `t`'s effective priority (as the kernel's threadPriority); 0 for a
 *  Thread that is not one of this application's. */
export function threadPriority(t: Thread): u32 {
  return countOrZero(sysThreadPriority(t.handle));
}

/** `t`'s stack high-water mark (as the kernel's threadStackUnused): the
 *  bytes of its stack never used since its create, of the whole stack
 *  the kernel made for it (the size asked plus APP_STACK_EXTRA_BYTES,
 *  which the system calls' frames use too). A thread left with fewer
 *  than the board's red zone unused (board.json kernel RED_ZONE_BYTES)
 *  has come close to overflowing, which ends the whole application.
 *  Arguments: `t`, a thread of this application. Returns the bytes; 0
 *  for a thread not created, or ended and joined. Errors: none. Any of
 *  the application's threads. */
export function threadStackUnused(t: Thread): u32 {
  return countOrZero(sysThreadStackUnused(t.handle));
}

/** Sets `t`'s base priority (as the kernel's threadSetPriority), within
 *  APP_PRIORITY_FIRST .. 30; Err.Invalid otherwise. */
export function threadSetPriority(t: Thread, priority: u32): Err {
  return <Err>sysThreadSetPriority(t.handle, priority);
}

/** As the kernel's threadSuspend, threadResume, threadAbortWait, for a
 *  thread of this application; Err.Invalid for any other. */
export function threadSuspend(t: Thread): Err {
  return <Err>sysThreadSuspend(t.handle);
}
export function threadResume(t: Thread): Err {
  return <Err>sysThreadResume(t.handle);
}
export function threadAbortWait(t: Thread): Err {
  return <Err>sysThreadAbortWait(t.handle);
}

/** The tick a threadSleepUntil loop last woke at (as the kernel's
 *  WakeTime): starts at the tick it is made. */
export class WakeTime {
  tick: u32 = ticks();
}

/** As the kernel's threadSleepUntil: sleeps until `last.tick + period`,
 *  then moves `last.tick` there; Err.Missed if that tick had passed.
 *  Err.Invalid for a null `last`, a period of 0 or over MAX_TIMEOUT.
 *  Thread context. */
export function threadSleepUntil(last: WakeTime | null, period: u32): Err {
  if (last === null) return Err.Invalid;
  return <Err>sysThreadSleepUntil(changetype<usize>(last) + offsetof<WakeTime>("tick"), period);
}

/** Waits at most `timeout` ticks for thread `t` to end (as the kernel's
 *  threadJoin), then frees its handle. A thread's handle lives until it
 *  is joined or deleted, even after the thread ended (as a POSIX
 *  joinable thread): join or delete every thread you create. */
export function threadJoin(t: Thread, timeout: u32): Err {
  // A Thread never created, or joined or deleted already: nothing to
  // wait for, as the kernel's join of a free thread.
  if (!handleLives(t)) return timeout > MAX_TIMEOUT && timeout != FOREVER ? Err.Invalid : Err.Ok;
  const e = <Err>sysThreadJoin(t.handle, timeout);
  if (e == Err.Ok) forget(t);
  return e;
}

/** What the last wait delivered: the flags that matched an EventFlags
 *  wait, a notification's value (as the kernel's threadWaitValue). */
export function threadWaitValue(): u32 {
  return sysThreadWaitValue();
}

/** Sleeps `ticks` tick periods (as the kernel's threadSleep). */
export function threadSleep(ticks: u32): Err {
  return <Err>sysThreadSleep(ticks);
}

/** Lets the other ready threads of the same priority run. */
export function threadYield(): Err {
  return <Err>sysThreadYield();
}

// ---- synchronisation -----------------------------------------------------------

/** A counting or binary semaphore (as the kernel's Semaphore). */
export class Semaphore extends KernelObject {
  /** The maximum the create gave (0 before). */
  private max: u32 = 0;

  create(initial: u32, max: u32): Err {
    if (this.handle > 0) return Err.Busy;
    const e = this.adopt(sysSemCreate(initial, max));
    if (e == Err.Ok) this.max = max;
    return e;
  }
  /** The events this semaphore may post to a QueueSet: its maximum. */
  setCapacity(): u32 {
    return this.handle > 0 ? this.max : 0;
  }
  // take and give inline: on a board whose flags keep small functions out
  // of line (micro:bit) each was a call with a frame of its own around the
  // system call (docs/build.md "Objects known aligned on the Cortex-M0").
  // @ts-ignore: decorator
  @inline take(timeout: u32): Err {
    return <Err>sysSemTake(alignedObject(this).handle, timeout);
  }
  // @ts-ignore: decorator
  @inline give(): Err {
    return <Err>sysSemGive(alignedObject(this).handle);
  }
  /** The count now; 0 for a semaphore not created or deleted. */
  available(): u32 {
    return countOrZero(sysSemAvailable(this.handle));
  }
  delete(): Err {
    return this.dropped(<Err>sysSemDelete(this.handle));
  }
}

/** What a second lock by the owner does (the kernel's MutexKind). */
export enum MutexKind {
  Recursive = 0,
  NonRecursive = 1,
}

/** A mutex with priority inheritance (as the kernel's Mutex). */
export class Mutex extends KernelObject {
  create(kind: MutexKind = MutexKind.Recursive): Err {
    if (this.handle > 0) return Err.Busy;
    return this.adopt(sysMutexCreate(<u32>kind));
  }
  lock(timeout: u32): Err {
    return <Err>sysMutexLock(this.handle, timeout);
  }
  unlock(): Err {
    return <Err>sysMutexUnlock(this.handle);
  }
  /** The thread that holds the mutex (the Thread its create filled), or
   *  null: unlocked, not created, deleted. */
  ownerThread(): Thread | null {
    const h = sysMutexOwner(this.handle);
    return h > 0 ? threadOfHandle(h) : null;
  }
  delete(): Err {
    return this.dropped(<Err>sysMutexDelete(this.handle));
  }
}

/** sys_queue_put_value's `how` (kernel/sys.ts). */
// @ts-ignore: decorator
@inline const PUT_BACK: u32 = 0;
// @ts-ignore: decorator
@inline const PUT_FRONT: u32 = 1;
// @ts-ignore: decorator
@inline const PUT_OVERWRITE: u32 = 2;

/** A queue of fixed-size items, copied in and out (as the kernel's Queue;
 *  items of at most APP_ITEM_BYTES). */
export class Queue extends KernelObject {
  /** The item size and capacity the create gave (0 before). */
  private bytes: u32 = 0;
  private length: u32 = 0;

  create(itemSize: u32, capacity: u32): Err {
    if (this.handle > 0) return Err.Busy;
    const e = this.adopt(sysQueueCreate(itemSize, capacity));
    if (e == Err.Ok) {
      this.bytes = itemSize;
      this.length = capacity;
    }
    return e;
  }
  send(src: usize, timeout: u32): Err {
    return <Err>sysQueueSend(alignedObject(this).handle, src, timeout);
  }
  receive(dst: usize, timeout: u32): Err {
    return <Err>sysQueueReceive(alignedObject(this).handle, dst, timeout);
  }
  /** As send, but the item goes to the front: received next. */
  sendToFront(src: usize, timeout: u32): Err {
    return <Err>sysQueueSendFront(this.handle, src, timeout);
  }
  /** As receive, but the item stays queued. */
  peek(dst: usize, timeout: u32): Err {
    return <Err>sysQueuePeek(this.handle, dst, timeout);
  }
  /** Sends `v` (as the kernel's sendValue): a number of the item's size,
   *  or an @unmanaged object whose bytes are the item. Err.Invalid for
   *  another size or a null object. */
  sendValue<T>(v: T, timeout: u32): Err {
    return this.putValue<T>(v, timeout, PUT_BACK);
  }
  /** As sendValue, to the front. */
  sendValueToFront<T>(v: T, timeout: u32): Err {
    return this.putValue<T>(v, timeout, PUT_FRONT);
  }
  /** Receives the oldest item into the @unmanaged object `dst` (Box<T> for
   *  a number); Err.Invalid, `dst` untouched, if its size is not the
   *  item size or it is null. */
  receiveInto<T>(dst: T, timeout: u32): Err {
    const p = this.objectFor<T>(dst);
    return p == 0 ? Err.Invalid : this.receive(p, timeout);
  }
  /** As receiveInto, the item left queued. */
  peekInto<T>(dst: T, timeout: u32): Err {
    const p = this.objectFor<T>(dst);
    return p == 0 ? Err.Invalid : this.peek(p, timeout);
  }
  /** Writes the item at `src` into a queue of capacity one (a mailbox, as
   *  the kernel's overwrite): into the empty slot or over the item there;
   *  never waits. Err.Invalid for another capacity. */
  overwrite(src: usize): Err {
    return <Err>sysQueueOverwrite(this.handle, src);
  }
  /** As overwrite, with a value (as sendValue). */
  overwriteValue<T>(v: T): Err {
    return this.putValue<T>(v, 0, PUT_OVERWRITE);
  }
  /** Empties the queue (as the kernel's reset): waiting senders get in. */
  reset(): Err {
    return <Err>sysQueueReset(this.handle);
  }
  /** The items queued now; 0 for a queue not created or deleted. */
  count(): u32 {
    return countOrZero(sysQueueCount(this.handle));
  }
  /** As count (FreeRTOS's uxQueueMessagesWaiting). */
  messagesWaiting(): u32 {
    return this.count();
  }
  /** Room for this many more items; 0 for a queue not created. */
  spacesAvailable(): u32 {
    return this.handle > 0 ? this.length - this.count() : 0;
  }
  /** Item size in bytes (0 before create). */
  itemSize(): u32 {
    return this.bytes;
  }
  /** The events this queue may post to a QueueSet: its capacity. */
  setCapacity(): u32 {
    return this.length;
  }
  delete(): Err {
    const e = this.dropped(<Err>sysQueueDelete(this.handle));
    if (e == Err.Ok) {
      this.bytes = 0;
      this.length = 0;
    }
    return e;
  }

  /** A number crosses in registers (sys_queue_put_value: `how` PUT_*);
   *  an object's bytes as an item at its address. */
  private putValue<T>(v: T, timeout: u32, how: u32): Err {
    if (isReference<T>()) {
      const p = this.objectFor<T>(v);
      if (p == 0) return Err.Invalid;
      if (how == PUT_OVERWRITE) return this.overwrite(p);
      return how == PUT_FRONT ? this.sendToFront(p, timeout) : this.send(p, timeout);
    }
    if (sizeof<T>() > 8) ERROR("sendValue: a number of at most 8 bytes, or an @unmanaged object");
    let bits: u64;
    if (isFloat<T>()) bits = sizeof<T>() == 8 ? reinterpret<u64>(<f64>v) : <u64>reinterpret<u32>(<f32>v);
    else bits = <u64>v;
    return <Err>sysQueuePutValue(this.handle, bits, <u32>sizeof<T>(), how, timeout);
  }

  /** `obj`'s address if it is a non-null @unmanaged object of the item's
   *  size, else 0. */
  private objectFor<T>(obj: T): usize {
    if (!isReference<T>()) ERROR("receiveInto/peekInto need an object: a Box<T> for a number");
    if (isManaged<T>()) ERROR("receiveInto/peekInto need an @unmanaged class (a managed object's size is not its fields)");
    const p = changetype<usize>(obj);
    return p != 0 && offsetof<T>() == <usize>this.bytes && this.bytes != 0 ? p : 0;
  }
}

/** A queue set (as the kernel's QueueSet): one thread waits on several of
 *  this application's queues and semaphores at once, then reads the one
 *  select names with NO_WAIT. */
/** What a QueueSet holds and names (as the kernel's SetMember): a Queue
 *  or a Semaphore of this application. */
export type SetMember = KernelObject;

export class QueueSet extends KernelObject {
  private first: KernelObject | null = null;

  /** Makes a set of `capacity` events (1 to 65535; at least the sum of
   *  its members' queue lengths and semaphore maxima). Returns Err.Ok;
   *  Err.Invalid; Err.NoSpace; Err.Busy; Err.NoThread. */
  create(capacity: u32): Err {
    if (this.handle > 0) return Err.Busy;
    return this.adopt(sysQueueSetCreate(capacity));
  }

  /** Adds an empty Queue or Semaphore of this application. Returns as the
   *  kernel's add (Err.Exists, Err.Busy, Err.NoSpace); Err.Invalid also
   *  for anything but a created queue or semaphore. */
  add(member: KernelObject): Err {
    if (changetype<usize>(member) == 0) return Err.Invalid;
    const e = <Err>sysQueueSetAdd(this.handle, member.handle);
    if (e == Err.Ok) {
      member.inSet = this;
      member.nextInSet = this.first;
      this.first = member;
    }
    return e;
  }

  /** Takes an empty member out. Returns as the kernel's remove. */
  remove(member: KernelObject): Err {
    if (changetype<usize>(member) == 0) return Err.Invalid;
    const e = <Err>sysQueueSetRemove(this.handle, member.handle);
    if (e == Err.Ok) this.forget(member);
    return e;
  }

  /** Waits at most `timeout` ticks until a member has an item or unit and
   *  names it in `out.value` (null on any error). Returns as the kernel's
   *  select; Err.Deleted also for a member deleted meanwhile. */
  select(out: Box<KernelObject | null>, timeout: u32): Err {
    if (changetype<usize>(out) == 0) return Err.Invalid;
    out.value = null;
    const r = sysQueueSetSelect(this.handle, timeout);
    if (r <= 0) return <Err>-r;
    let m = this.first;
    while (m !== null && m.handle != r) m = m.nextInSet;
    if (m === null) return Err.Deleted; // a member this object does not know: deleted and made again
    out.value = m;
    return Err.Ok;
  }

  /** The events the set holds now (as the kernel's events: a stale one
   *  counts until a select drops it); 0 for a set not created. */
  events(): u32 {
    return countOrZero(sysQueueSetEvents(this.handle));
  }

  /** Deletes the set: waiting selects wake with Err.Deleted; the members
   *  leave it. Returns Err.Ok; Err.Invalid. */
  delete(): Err {
    const e = this.dropped(<Err>sysQueueSetDelete(this.handle));
    if (e == Err.Ok) {
      while (this.first !== null) this.forget(this.first!);
    }
    return e;
  }

  /** Takes `member` off this set's list (it left the set in the kernel:
   *  removed, deleted, or the set deleted). */
  forget(member: KernelObject): void {
    if (this.first === member) {
      this.first = member.nextInSet;
    } else {
      let m = this.first;
      while (m !== null && m.nextInSet !== member) m = m.nextInSet;
      if (m !== null) m.nextInSet = member.nextInSet;
    }
    member.inSet = null;
    member.nextInSet = null;
  }
}

/** Bytes of this module's memory: the board's `app_memory`, or the
 *  module's page on sim (as user/runtime.ts's heap end). */
function appMemoryBytes(): u64 {
  return isDefined(BOARD_APP_MEMORY) ? <u64>BOARD_APP_MEMORY : <u64>memory.size() << 16;
}

/** A fixed-block memory pool over a buffer of this application's memory
 *  (as the kernel's Pool: alloc and free O(1), waiters served most urgent
 *  first, a double free refused). The blocks stay in the application's
 *  memory; the kernel keeps only what is free: a bitmap for up to 32
 *  blocks, else a list of 2 bytes per block in its heap. */
export class Pool extends KernelObject {
  private base: usize = 0;
  private blockBytes: u32 = 0;
  private blocks: u32 = 0;

  /** Makes a pool of `blocks` blocks (1 to 65535) of `blockBytes` each (a
   *  multiple of 4, at least 4) over `buffer` (blockBytes * blocks bytes of
   *  this module's memory, 4-aligned, above the 16-byte null guard:
   *  `memory.data(n, 4)`). Returns Err.Ok; Err.Invalid (arguments as said,
   *  or a buffer past the end of memory); Err.NoSpace (no handle, or the
   *  kernel heap cannot hold the list); Err.Busy (already created);
   *  Err.NoThread. */
  create(buffer: usize, blockBytes: u32, blocks: u32): Err {
    if (this.handle > 0) return Err.Busy;
    if (buffer < 16 || (buffer & 3) != 0 || blockBytes < 4 || (blockBytes & 3) != 0 || blocks == 0 || blocks > 0xffff) return Err.Invalid;
    if (<u64>buffer + <u64>blockBytes * <u64>blocks > appMemoryBytes()) return Err.Invalid;
    const e = this.adopt(sysPoolCreate(blocks));
    if (e != Err.Ok) return e;
    this.base = buffer;
    this.blockBytes = blockBytes;
    this.blocks = blocks;
    return Err.Ok;
  }

  /** Takes a block, waiting at most `timeout` ticks; its address goes to
   *  `out.value` (0 on any error). Returns as the kernel's Pool.alloc:
   *  Err.Ok, Err.WouldBlock, Err.Timeout, Err.Deleted, Err.Invalid (not
   *  created, `out` null). */
  alloc(out: Box<usize>, timeout: u32): Err {
    if (changetype<usize>(out) == 0) return Err.Invalid;
    out.value = 0;
    const r = sysPoolAlloc(this.handle, timeout);
    if (r < 0) return <Err>-r;
    out.value = this.base + <usize>r * <usize>this.blockBytes;
    return Err.Ok;
  }

  /** alloc with NO_WAIT. */
  tryAlloc(out: Box<usize>): Err {
    return this.alloc(out, 0);
  }

  /** Gives `block` back (to the most urgent waiter, if any). Returns
   *  Err.Ok; Err.Invalid (not created, not the start of one of this
   *  pool's blocks, or a block already free). */
  free(block: usize): Err {
    if (this.handle <= 0 || block < this.base) return Err.Invalid;
    const off = block - this.base;
    const i = <u32>(off / <usize>this.blockBytes);
    if (i >= this.blocks || off != <usize>i * <usize>this.blockBytes) return Err.Invalid;
    return <Err>sysPoolFree(this.handle, i);
  }

  /** Free blocks now (0 if not created). */
  available(): u32 {
    return countOrZero(sysPoolAvailable(this.handle));
  }

  /** Block size in bytes (0 if not created). */
  blockSize(): u32 {
    return this.handle > 0 ? this.blockBytes : 0;
  }

  /** Deletes the pool: waiters wake with Err.Deleted; the buffer is the
   *  application's again. Returns Err.Ok; Err.Invalid. */
  delete(): Err {
    const e = this.dropped(<Err>sysPoolDelete(this.handle));
    if (e == Err.Ok) this.blocks = 0;
    return e;
  }
}

/** A stream buffer (as the kernel's StreamBuffer): bytes with no
 *  boundaries from writers to readers, storage in the kernel heap. A
 *  write or a read moves at most APP_ITEM_BYTES bytes. */
export class StreamBuffer extends KernelObject {
  /** Makes a buffer of `bytes`; a read waits until `trigger` bytes (1 to
   *  `bytes`) have arrived. Returns Err.Ok; Err.Invalid; Err.NoSpace;
   *  Err.Busy; Err.NoThread. */
  create(bytes: u32, trigger: u32 = 1): Err {
    if (this.handle > 0) return Err.Busy;
    return this.adopt(sysStreamCreate(bytes, trigger, 0));
  }

  /** The kernel's name for the same call (its storage in the kernel heap):
   *  code written against kernel/ivt.ts's createInHeap builds here
   *  unchanged. Returns as create. */
  createInHeap(bytes: u32, trigger: u32 = 1): Err {
    return this.create(bytes, trigger);
  }

  /** Writes the `len` bytes at `src` (1 to APP_ITEM_BYTES), all or none,
   *  waiting at most `timeout` ticks for room. Returns as the kernel's
   *  write; Err.Invalid also for `len` over APP_ITEM_BYTES. */
  write(src: usize, len: u32, timeout: u32): Err {
    return <Err>sysStreamWrite(this.handle, src, len, timeout);
  }

  /** Reads at most `max` bytes (and at most APP_ITEM_BYTES) into `dst`,
   *  waiting as the kernel's read; `got.value` is the bytes read (0 on any
   *  error; for a message buffer's Err.Overflow, the message's length). */
  read(dst: usize, max: u32, got: Box<u32>, timeout: u32): Err {
    if (changetype<usize>(got) == 0) return Err.Invalid;
    got.value = 0;
    const r = sysStreamRead(this.handle, dst, max, timeout);
    if (r > 0) {
      got.value = <u32>r;
      return Err.Ok;
    }
    if (r == -<i32>Err.Overflow) got.value = sysThreadWaitValue();
    return <Err>-r;
  }

  /** Bytes waiting to be read (a message buffer's count 4 more per
   *  message); 0 if not created. */
  available(): u32 {
    return countOrZero(sysStreamAvailable(this.handle));
  }

  /** Bytes that can be written now without waiting (a message buffer's
   *  message needs 4 more than its length); 0 if not created. */
  spaces(): u32 {
    return countOrZero(sysStreamSpaces(this.handle));
  }

  /** Empties the buffer. Returns Err.Ok; Err.Invalid. */
  reset(): Err {
    return <Err>sysStreamReset(this.handle);
  }

  /** Deletes the buffer; waiters wake with Err.Deleted. Returns Err.Ok;
   *  Err.Invalid. */
  delete(): Err {
    return this.dropped(<Err>sysStreamDelete(this.handle));
  }
}

/** A message buffer (as the kernel's MessageBuffer): whole messages of
 *  1 to APP_ITEM_BYTES bytes, each stored after a 4-byte length. */
export class MessageBuffer extends StreamBuffer {
  /** Makes a buffer of `bytes` (more than 4); `trigger` is ignored. */
  create(bytes: u32, trigger: u32 = 1): Err {
    if (this.handle > 0) return Err.Busy;
    return this.adopt(sysStreamCreate(bytes, 1, 1));
  }

  /** Bytes of the next message (0: none, or not created). */
  nextLength(): u32 {
    return countOrZero(sysStreamNextLength(this.handle));
  }
}

// ---- software timers ---------------------------------------------------------------
// In the application's own memory and thread, as a C library's timers
// over a kernel's sleep: the first start makes this application's timer
// thread (at APP_PRIORITY_FIRST, as FreeRTOS's timer task runs above the
// tasks), which waits on a semaphore until the next expiry and runs each
// due callback; start, stop and delete wake it to plan again. The kernel
// knows nothing of them: an application's timers cost no kernel memory,
// and a callback that never returns stops only this application's timers.

/** What a timer does when it expires: runs in the application's timer
 *  thread (as the kernel's TimerCallback). */
export abstract class TimerCallback {
  abstract fire(timer: SoftTimer): void;
}

let timerHead: SoftTimer | null = null;
const timerLock = new Mutex();
const timerWake = new Semaphore();
const timerThread = new Thread();
let timerThreadMade = false;

/** The timer thread's stack: room for the callbacks' frames. */
// @ts-ignore: decorator
@inline const TIMER_STACK: u32 = 2 * MIN_STACK_BYTES;

/** Makes the timer thread and its lock at the first start. */
function timersReady(): Err {
  if (timerThreadMade) return Err.Ok;
  let e = timerLock.create(MutexKind.Recursive);
  if (e == Err.Ok) e = timerWake.create(0, 1);
  if (e == Err.Ok) e = threadCreate(timerThread, "timers", timerMain, 0, APP_PRIORITY_FIRST, TIMER_STACK);
  if (e == Err.Ok) timerThreadMade = true;
  return e;
}

function timerMain(arg: u32): void {
  for (;;) {
    timerLock.lock(FOREVER);
    let wait: u32 = FOREVER;
    const now = sysTicks();
    const t = timerHead;
    if (t !== null) {
      const left = <i32>(t.expiry - now);
      if (left <= 0) {
        timerHead = t.next;
        t.active = false;
        if (t.periodic) t.schedule(t.expiry + t.period);
        t.fired++;
        const cb = t.callback;
        timerLock.unlock();
        if (cb !== null) cb.fire(t);
        continue;
      }
      wait = <u32>left;
    }
    timerLock.unlock();
    waitForTimers(now, wait);
  }
}

/** The timer thread's wake tick when the next timer is due within two
 *  ticks (a WakeTime's one u32, without an object). */
const timerNextTick = memory.data(4);

/** Waits, from tick `now`, until at most `left` ticks on (the first
 *  timer's expiry; FOREVER: none there), or until a start gives
 *  timerWake; the caller then looks again. A semaphore wait of n ticks
 *  lasts n full tick periods, ending at the (n + 1)th tick after the
 *  moment it starts, which a tick between the caller's reading of `now`
 *  and the wait would push one tick late: so the semaphore waits
 *  `left - 2`, which ends one tick before the expiry at the latest, and
 *  the last tick or two are a sleep until tick `now + 1`, absolute (no
 *  start can ask for a timer due before it). */
function waitForTimers(now: u32, left: u32): void {
  if (left == FOREVER || left > 2) {
    timerWake.take(left == FOREVER ? FOREVER : left - 2);
    return;
  }
  store<u32>(timerNextTick, now);
  sysThreadSleepUntil(timerNextTick, 1);
}

/** A one-shot or periodic timer (as the kernel's SoftTimer), run by this
 *  application's timer thread. */
export class SoftTimer {
  callback: TimerCallback | null = null;
  period: u32 = 0;
  periodic: bool = false;
  expiry: u32 = 0;
  active: bool = false;
  next: SoftTimer | null = null;
  /** Times the callback ran. */
  fired: u32 = 0;

  /** Sets what the timer runs after `period` ticks, once or every
   *  `period` ticks. Err.Invalid for a period of 0 or over 2^31 - 1;
   *  Err.Busy while active. */
  create(callback: TimerCallback, period: u32, periodic: bool): Err {
    if (period == 0 || period >= 0x80000000) return Err.Invalid;
    if (this.active) return Err.Busy;
    this.callback = callback;
    this.period = period;
    this.periodic = periodic;
    return Err.Ok;
  }

  /** (Re)starts the timer: it expires `period` ticks from now. Err.Invalid
   *  if not created; the timer thread's errors at the first start. */
  start(): Err {
    if (this.callback === null) return Err.Invalid;
    const e = timersReady();
    if (e != Err.Ok) return e;
    timerLock.lock(FOREVER);
    this.unlink();
    this.schedule(sysTicks() + this.period);
    timerLock.unlock();
    timerWake.give();
    return Err.Ok;
  }

  /** Stops the timer; its callback does not run. Err.Invalid if not created. */
  stop(): Err {
    if (this.callback === null) return Err.Invalid;
    if (!timerThreadMade) return Err.Ok;
    timerLock.lock(FOREVER);
    this.unlink();
    timerLock.unlock();
    return Err.Ok;
  }

  /** Changes the period; an active timer restarts with it (as the
   *  kernel's SoftTimer.setPeriod). Err.Invalid for a period of 0 or over
   *  2^31 - 1, or a timer not created (or deleted). */
  setPeriod(period: u32): Err {
    if (this.callback === null || period == 0 || period >= 0x80000000) return Err.Invalid;
    this.period = period;
    return this.active ? this.start() : Err.Ok;
  }

  /** Stops the timer and forgets its callback (create again to reuse it).
   *  Err.Invalid if not created. */
  delete(): Err {
    const e = this.stop();
    if (e == Err.Ok) this.callback = null;
    return e;
  }

  /** Whether the timer will expire. */
  isActive(): bool {
    return this.active;
  }

  /** Ticks until the timer expires; 0 if it is not active (as the
   *  kernel's SoftTimer.remaining). */
  remaining(): u32 {
    if (!this.active) return 0;
    timerLock.lock(FOREVER);
    const left = this.active ? <i32>(this.expiry - sysTicks()) : 0;
    timerLock.unlock();
    return left > 0 ? <u32>left : 0;
  }

  /** Puts the timer on the list, in expiry order. Timer lock held. */
  schedule(at: u32): void {
    this.expiry = at;
    this.active = true;
    if (timerHead === null || <i32>(at - timerHead!.expiry) < 0) {
      this.next = timerHead;
      timerHead = this;
      return;
    }
    let p = timerHead!;
    while (p.next !== null && <i32>(at - p.next!.expiry) >= 0) p = p.next!;
    this.next = p.next;
    p.next = this;
  }

  /** Takes the timer off the list if it is on it. Timer lock held. */
  unlink(): void {
    if (!this.active) return;
    this.active = false;
    if (timerHead === this) {
      timerHead = this.next;
      return;
    }
    let p = timerHead;
    while (p !== null && p.next !== this) p = p.next;
    if (p !== null) p.next = this.next;
  }
}

// ---- devices granted by board.json (docs/isolation.md) -----------------------------

/** A device board.json grants this application: its registers by offset,
 *  its interrupt served in a thread (the UIO model: irqWait, service the
 *  device, irqUnmask). An offset outside the device, or unaligned, ends
 *  the application with an MMIO VIOLATION report. */
export class Device extends KernelObject {
  /** Opens the granted device `name` (board.json "devices" key). Err.NotFound
   *  if board.json grants this application no such device. */
  open(name: string): Err {
    const n = name.length;
    if (n == 0 || n > NAME_BYTES) return Err.Invalid;
    for (let i = 0; i < n; i++) store<u8>(nameBuf + i, <u8>name.charCodeAt(i));
    return this.adopt(sysDeviceOpen(nameBuf, n));
  }
  read32(offset: u32): u32 {
    return sysMmioRead(this.handle, offset, 4);
  }
  write32(offset: u32, value: u32): void {
    sysMmioWrite(this.handle, offset, 4, value);
  }
  read8(offset: u32): u32 {
    return sysMmioRead(this.handle, offset, 1);
  }
  write8(offset: u32, value: u32): void {
    sysMmioWrite(this.handle, offset, 1, value);
  }
  /** Takes the device's interrupt line (Err.Unsupported: it has none). */
  irqAttach(): Err {
    return <Err>sysIrqAttach(this.handle);
  }
  /** Waits for the next interrupt; the line stays masked until irqUnmask. */
  irqWait(timeout: u32): Err {
    return <Err>sysIrqWait(this.handle, timeout);
  }
  /** Unmasks the line once the device is served. */
  irqUnmask(): Err {
    return <Err>sysIrqUnmask(this.handle);
  }
  /** When the kernel last took the device's interrupt: the cycle
   *  counter's reading (as `cycles()`) in the kernel's top half, into
   *  `out.value`. Err.Ok; Err.WouldBlock (no interrupt since irqAttach);
   *  Err.Invalid (not attached, or `out` null). Thread context (an
   *  application's code always runs in one). */
  irqStamp(out: Box<u32>): Err {
    if (changetype<usize>(out) == 0) return Err.Invalid;
    return <Err>sysIrqStamp(this.handle, changetype<usize>(out));
  }
}

// ---- event flags and notifications -------------------------------------------

/** How EventFlags.wait matches (the kernel's EventWait). */
export namespace EventWait {
  export const Any: u32 = 0;
  export const All: u32 = 1;
  export const ClearOnExit: u32 = 2;
}

/** A group of 32 event bits (as the kernel's EventFlags). */
export class EventFlags extends KernelObject {
  create(): Err {
    if (this.handle > 0) return Err.Busy;
    return this.adopt(sysEventCreate());
  }
  set(bits: u32): Err {
    return <Err>sysEventSet(this.handle, bits);
  }
  clear(bits: u32): Err {
    return <Err>sysEventClear(this.handle, bits);
  }
  /** Waits for any (or, with EventWait.All, every) bit of `mask`; the
   *  flags seen are threadWaitValue()'s. */
  wait(mask: u32, mode: u32, timeout: u32): Err {
    return <Err>sysEventWait(this.handle, mask, mode, timeout);
  }
  /** A rendezvous (as the kernel's EventFlags.sync): sets `bits`, waits
   *  for every bit of `mask`, which is then cleared for everyone. */
  sync(bits: u32, mask: u32, timeout: u32): Err {
    return <Err>sysEventSync(this.handle, bits, mask, timeout);
  }
  /** The flags now; 0 for flags not created or deleted. */
  get(): u32 {
    return sysEventGet(this.handle);
  }
  delete(): Err {
    return this.dropped(<Err>sysEventDelete(this.handle));
  }
}

/** What a notification does to the value (the kernel's NotifyAction). */
export enum NotifyAction {
  SetBits = 0,
  Increment = 1,
  Overwrite = 2,
  SetIfNotPending = 3,
}

/** Notifies thread `t` of this application (as the kernel's notify). */
export function notify(t: Thread, value: u32, action: NotifyAction): Err {
  return <Err>sysNotify(t.handle, value, <u32>action);
}

/** notify with Increment: a light semaphore's give. */
export function notifyGive(t: Thread): Err {
  return notify(t, 0, NotifyAction.Increment);
}

/** Takes the caller's light semaphore (as the kernel's notifyTake). */
export function notifyTake(clear: bool, timeout: u32): Err {
  return <Err>sysNotifyTake(clear ? 1 : 0, timeout);
}

/** Waits for a notification (as the kernel's notifyWait); its value is
 *  threadWaitValue()'s. */
export function notifyWait(clearOnExit: u32, timeout: u32): Err {
  return <Err>sysNotifyWait(clearOnExit, timeout);
}

/** notify on notification slot `index` (0 .. NOTIFY_SLOTS - 1, a board
 *  setting), as the kernel's notifyIndexed; Err.Invalid for an index out
 *  of range. */
export function notifyIndexed(t: Thread, index: u32, value: u32, action: NotifyAction): Err {
  return <Err>sysNotifyIndexed(t.handle, index, value, <u32>action);
}

/** notifyGive on slot `index`. */
export function notifyGiveIndexed(t: Thread, index: u32): Err {
  return notifyIndexed(t, index, 0, NotifyAction.Increment);
}

/** notifyTake on slot `index`. */
export function notifyTakeIndexed(index: u32, clear: bool, timeout: u32): Err {
  return <Err>sysNotifyTakeIndexed(index, clear ? 1 : 0, timeout);
}

/** notifyWait on slot `index`. */
export function notifyWaitIndexed(index: u32, clearOnExit: u32, timeout: u32): Err {
  return <Err>sysNotifyWaitIndexed(index, clearOnExit, timeout);
}

// ---- console and time -----------------------------------------------------------


/** Writes `s` to the console, one byte per character (as kputs). */
export function kputs(s: string): void {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    store<u8>(outBuf + n++, <u8>s.charCodeAt(i));
    if (n == 64) {
      sysConsoleWrite(outBuf, 64);
      n = 0;
    }
  }
  if (n > 0) sysConsoleWrite(outBuf, n);
}

/** kputs and a newline. */
export function kputln(s: string): void {
  kputs(s);
  kputs("\n");
}

/** Writes `n` in decimal. */
export function kputu(n: u32): void {
  let i = 12;
  do {
    store<u8>(outBuf + --i, <u8>(48 + n % 10));
    n /= 10;
  } while (n != 0);
  sysConsoleWrite(outBuf + i, 12 - i);
}

/** Writes `n` in hex, `width` digits (as the kernel's kputx). */
export function kputx(n: u32, width: i32 = 8): void {
  for (let i = 0; i < width; i++) {
    const d = (n >>> (<u32>(width - 1 - i) * 4)) & 0xf;
    store<u8>(outBuf + i, <u8>(d < 10 ? 48 + d : 87 + d));
  }
  sysConsoleWrite(outBuf, <u32>width);
}

/** Writes the `len` bytes at `ptr`: a raw system call, for tests that pass
 *  addresses outside the module. */
export function consoleWrite(ptr: usize, len: u32): Err {
  return <Err>sysConsoleWrite(ptr, len);
}

/** The board's cycle counter (as the kernel's portCycles): free-running,
 *  wraps; subtract as u32. */
export function cycles(): u32 {
  return sysCycles();
}
/** The kernel's name for cycles(), for code that runs in either world. */
export { cycles as portCycles };
/** The cycle counter's rate in Hz, the board's (as the kernel's
 *  boardCycleHz, the same name): cycles() / boardCycleHz() seconds.
 *  Returns the rate; 0 if the board did not say. Errors: none. Any of
 *  the application's threads. */
export function boardCycleHz(): u32 {
  return sysCycleHz();
}

/** The tick count and rate (as the kernel's ticks, tickRate). */
export function ticks(): u32 {
  return sysTicks();
}
export function tickRate(): u32 {
  return sysTickRate();
}
/** Tick arithmetic across wrap-around (as the kernel's): pure functions,
 *  no system call. */
export { tickDiff, tickReached } from "../kernel/tickmath";

/** AssemblyScript's abort in an application (`--use abort=`): the kernel
 *  reports it and ends the application. */
export function appAbort(message: string | null = null, file: string | null = null, line: u32 = 0, column: u32 = 0): void {
  let n = 0;
  if (message !== null) {
    n = min(message.length, 64);
    for (let i = 0; i < n; i++) store<u8>(outBuf + i, <u8>message.charCodeAt(i));
  }
  sysAbort(outBuf, n, line);
  unreachable();
}
