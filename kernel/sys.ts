// System calls: the kernel's exports to applications in their own modules
// (docs/isolation.md, docs/abi.md "System calls"). The generated entry of
// an image with isolated applications exports every function here; each
// application's module imports them from the module "ivt_sys" under the
// name after "sys_", and the host wires one to the other.
//
// The rules every call keeps:
//   - the caller is the running thread, and its application is
//     Thread.app; from anywhere else (an application's top-level code,
//     which runs before any thread) a call that makes an object or waits
//     gets Err.NoThread, one on an object Err.Invalid (no handle is valid
//     there);
//   - objects are named by handles (kernel/handles.ts), checked for kind,
//     generation and owner: anything else gets Err.Invalid; the handle's
//     slot stays pinned from that check to the call's end (objectOf ...
//     done), or the check and the whole operation are under one kernel
//     lock (a semaphore's give and take: semaphoreLocked), so a delete
//     and another application's create meanwhile cannot hand the call
//     another application's object;
//   - memory crosses by copy (portAppCopyIn/Out), after a check that the
//     range lies inside the caller's memory above its null guard: anything
//     else gets Err.Invalid, never a trap inside the kernel;
//   - a call that makes an object returns its handle (> 0) or the error
//     negated (< 0); every other call returns an Err (>= 0).

import { Err } from "./errors";
import { APP_ITEM_BYTES, APP_PRIORITY_FIRST, APP_STACK_EXTRA_BYTES, IDLE_PRIORITY, MAX_THREADS } from "./config";
import { Thread, ThreadState } from "./tcb";
import {
  ThreadFlags, WakeTime, kernelThreadCreate, threadAbortWait, threadDelete, threadExit, threadJoin, threadPriority, threadResume, threadSetPriority,
  threadSleep, threadSleepUntil, threadStackUnused, threadSuspend, threadWaitValue, threadYield,
} from "./thread";
import { EventFlags } from "./events";
import { NotifyAction, notifyIndexed, notifyTakeIndexed, notifyWaitIndexed } from "./notify";
import { checkThreadTimeout, threadCurrent } from "./sched";
import { Semaphore } from "./sem";
import { Mutex, MutexKind } from "./mutex";
import { NULL_GUARD_BYTES, Queue } from "./queue";
import { Pool } from "./pool";
import { QueueSet, SetMember } from "./queueset";
import { MessageBuffer, StreamBuffer } from "./stream";
import { Box } from "./box";
import { kernelLock, kernelUnlock } from "./lock";
import {
  HANDLE_SLOTS, Kind, cachedObject, handleLendObject, handleObject, handleOf, handleOfObject, handlePublish, handleRelease, handleReserve,
  handleSetObject, handlePin, handleSlot, handleTake, handleUnpin, slotObject,
} from "./handles";
import { appFault, appFaultStart, appMemoryBytes, appName, callerApp } from "./apps";
import { Grant, grantAttach, grantFind, grantFits, grantIrqStamp, grantRead, grantUnmask, grantWait, grantWrite } from "./grants";
import { portAppCopyIn, portAppCopyOut, portAppEnter, portCycles } from "./port";
import { kputc, kputs, kputu } from "./console";
import { ticks, tickRate } from "./ticks";
import { boardCycleHz } from "./board";
import { MIN_STACK_BYTES } from "./config";
import { inInterrupt, writeContext } from "./context";
import { writeOutOfMemory } from "./panic";
import { BugCode, bugcheck } from "./bugcheck";
import { heapFitsObject } from "./bump";

/** The longest thread name an application may give (bytes). */
const NAME_BYTES: u32 = 15;

/** Per thread id: APP_ITEM_BYTES of kernel memory that an item or a piece
 *  of console text crosses through; made at the first use. */
let bounce: usize = 0;

function bounceOf(t: Thread): usize {
  if (bounce == 0) bounce = changetype<usize>(new StaticArray<u8>(<i32>(MAX_THREADS * APP_ITEM_BYTES)));
  return bounce + t.id * APP_ITEM_BYTES;
}

/** Per thread id: 4 bytes that a pool's alloc or a buffer's read fills as
 *  its second result; made at the first use, so an image that never calls
 *  them (micro:bit's, whose kernel memory is counted) does not pay. */
let boxes: usize = 0;

/** Thread `t`'s Box (Box is unmanaged: any 4 aligned bytes are one). */
function boxOf(t: Thread): Box<u32> {
  if (boxes == 0) boxes = changetype<usize>(new StaticArray<u32>(<i32>MAX_THREADS));
  return changetype<Box<u32>>(boxes + (<usize>t.id << 2));
}

/** Whether [addr, addr + len) lies inside application `app`'s memory,
 *  above its null guard (len may be 0). */
function inAppMemory(app: u32, addr: u32, len: u32): bool {
  const size = appMemoryBytes(app);
  return addr >= <u32>NULL_GUARD_BYTES && addr <= size && len <= size - addr;
}

/** Copies the caller's [from, from + len) into kernel memory at `to`:
 *  false, copying nothing, for a range below the null guard or not inside
 *  the application's memory. The host's copy tests the range against the
 *  memory (kernel/port.ts portAppCopyIn), so only the guard is tested
 *  here: testing both here too cost each send 24 instructions of its own
 *  (sys_queue_send 121 -> 97 on mps2-an385, single-step trace). Inline:
 *  the host's copy is inline C (tools/ivt/build.js inlineAppCopies), and a
 *  call of this function in between kept it out of each call that copies. */
// @ts-ignore: decorator
@inline function copyIn(app: u32, from: u32, to: usize, len: u32): bool {
  return from >= <u32>NULL_GUARD_BYTES && portAppCopyIn(app - 1, from, to, len) != 0;
}

/** A creation's result: the handle, or the error negated. */
@inline function failed(e: Err): i32 {
  return -<i32>e;
}

/** The object of `kind` the caller's handle `h` names, or null (not a live
 *  handle of that kind of the caller's, or no caller). Its slot stays
 *  pinned (kernel/handles.ts) until the call ends with done(): whatever
 *  happens meanwhile, the object is not made into another application's. */
function objectOf<T>(h: i32, kind: Kind): T | null {
  const app = callerApp();
  return app == 0 ? null : changetype<T | null>(handlePin(h, kind, app, callerId(), 0));
}

/** The end of a call that found its object with objectOf (or bufferOf,
 *  memberOf): drops the caller's pins and returns the call's result `r`.
 *  Every return after a successful lookup goes through it. */
// @ts-ignore: decorator
@inline function done<R>(r: R): R {
  handleUnpin(callerId());
  return r;
}

/** The calling thread's id; only after callerApp() found a caller (a
 *  running application thread), so never null here. */
// @ts-ignore: decorator
@inline function callerId(): u32 {
  return changetype<Thread>(threadCurrent()).id;
}

/** Deletes the object of `kind` the caller's handle `h` names (its
 *  `delete`) and frees the handle (releaseDeleted). Err.Invalid for a
 *  handle that is not the caller's live object of that kind. */
function deleteThrough<T>(h: i32, kind: Kind): i32 {
  const obj = changetype<usize>(objectOf<T>(h, kind));
  if (obj == 0) return Err.Invalid;
  return done(releaseDeleted(h, kind, callerApp(), changetype<T>(obj).delete()));
}

/** After a delete through handle `h` of `kind`: frees its slot, only if
 *  the delete was the one that ended the object (Err.Ok) and the slot
 *  still answers to `h`. A delete wakes the object's waiters, and one more
 *  urgent runs before the delete returns: it may delete through the same
 *  handle (Err.Invalid, the object is gone), and it may let another
 *  application take a freed slot, whose new owner a second free would rob
 *  (tests/isolation-hostile). */
function releaseDeleted(h: i32, kind: Kind, app: u32, e: Err): Err {
  if (e != Err.Ok) return e;
  const s = kernelLock();
  const slot = handleSlot(h, kind, app);
  if (slot >= 0) handleRelease(slot);
  kernelUnlock(s);
  return e;
}

/** The object kept for `kind` in handle slot `slot`, made at its first
 *  use: objects are made once per slot and kind and reused, so an
 *  application's create/delete loop takes no kernel memory. Kernel lock
 *  held. */
function keptObject<T>(kind: Kind, slot: i32): T | null {
  let o = changetype<T | null>(cachedObject(kind, slot));
  if (o === null) {
    // No room: null, and the create answers NoSpace. Made anyway, the
    // runtime would end the caller in an out-of-memory report holding a
    // slot without an object, which its application's end would then
    // "delete" at address 0 (a hostile review did it on micro:bit).
    if (!heapFitsObject(offsetof<T>() + KEPT_EXTRA_BYTES)) return null;
    o = instantiate<T>();
    handleSetObject(slot, changetype<usize>(o));
  }
  return o;
}

/** What a kept object may take besides its own fields: up to two wait
 *  queues (objects of one field), and at its kind's first object the
 *  kind's table of HANDLE_SLOTS words (kernel/handles.ts). */
const KEPT_EXTRA_BYTES: usize = 2 * 32 + <usize>HANDLE_SLOTS * 4 + 32;

/** After a create on the object kept for handle slot `slot`: a result
 *  other than Err.Ok (Err.Busy: the kept object is live, which no free
 *  slot's may be) frees the slot again, so no handle names a live object
 *  twice. Returns the handle or the error negated. */
function madeOrReleased(slot: i32, e: Err): i32 {
  if (e == Err.Ok) {
    handlePublish(slot);
    return handleOf(slot);
  }
  handleRelease(slot);
  return failed(e);
}

/** Takes a handle slot of `kind` for application `app` and makes sure its
 *  kept object exists; the create then runs outside the kernel lock (one
 *  that takes kernel heap takes the lock itself), the slot reserved
 *  meanwhile (kernel/handles.ts handleReserve): a handle, guessed or
 *  stale, that names it finds nothing until madeOrReleased publishes it,
 *  so a lookup that matches has an object that is made (semaphoreLocked
 *  relies on it). Returns the slot, or -1
 *  when the application or the table has no slot left, or the kernel's
 *  memory no room for a new kept object. */
function takeKeptSlot<T>(kind: Kind, app: u32): i32 {
  const s = kernelLock();
  let slot = handleTake(kind, app);
  if (slot >= 0 && keptObject<T>(kind, slot) === null) {
    handleRelease(slot);
    slot = -1;
  }
  if (slot >= 0) handleReserve(slot);
  kernelUnlock(s);
  return slot;
}

/** madeOrReleased for a create made outside the kernel lock. */
function madeOutsideLock(slot: i32, e: Err): i32 {
  const s = kernelLock();
  const r = madeOrReleased(slot, e);
  kernelUnlock(s);
  return r;
}

// ---- threads ----------------------------------------------------------------

/** Per handle slot of a thread: the entry (a function reference of the
 *  application) and its argument. */
let entries: StaticArray<u32> | null = null;

/** An application thread's first code: calls its entry in the
 *  application, then ends. */
function appThreadEntry(slot: u32): void {
  const t = threadCurrent()!;
  // Made and running: no longer being created, even if its creator was
  // deleted before it could say so (thread_create).
  const s = kernelLock();
  createdLocked(t);
  kernelUnlock(s);
  const fn = unchecked(entries![<i32>slot * 2]);
  const arg = unchecked(entries![<i32>slot * 2 + 1]);
  portAppEnter(t.app - 1, fn, arg);
}

/** Thread names an application gives, one string per handle slot made
 *  once and rewritten in place: a new string at every create would take
 *  kernel memory the runtime never frees. */
let names: StaticArray<string | null> | null = null;

/** The name string of handle slot `slot`, holding the `len` bytes at
 *  kernel address `from` (each byte one UTF-16 unit). */
function slotName(slot: i32, from: usize, len: u32): string {
  if (names === null) names = new StaticArray<string | null>(<i32>HANDLE_SLOTS);
  let name = unchecked(names![slot]);
  if (name === null) {
    name = " ".repeat(<i32>NAME_BYTES);
    unchecked((names![slot] = name));
  }
  const at = changetype<usize>(name);
  for (let i: u32 = 0; i < len; i++) store<u16>(at + (i << 1), load<u8>(from + i));
  // The object header's last word is the string's size in bytes
  // (~lib/rt/common OBJECT.rtSize), which String#length reads.
  store<u32>(at - 4, len << 1);
  return name;
}

/** Creates a thread of the caller's application running `fn(arg)` at
 *  `priority` (APP_PRIORITY_FIRST .. IDLE_PRIORITY - 1) with a stack of
 *  `stackBytes` (at least MIN_STACK_BYTES; the kernel adds
 *  APP_STACK_EXTRA_BYTES for the system calls' frames), named by the `nameLen` bytes at `namePtr` (1 to 15),
 *  suspended until thread_resume if `flags` is ThreadFlags.Suspended (1).
 *  Returns its handle, or -Err.Invalid (a priority, stack, name, entry or
 *  flag out of range), -Err.NoSpace (no thread id, stack or handle left),
 *  -Err.NoThread. */
export function sys_thread_create(fn: u32, arg: u32, priority: u32, stackBytes: u32, namePtr: u32, nameLen: u32, flags: u32): i32 {
  const app = callerApp();
  if (app == 0) return failed(Err.NoThread);
  if (fn == 0 || priority < APP_PRIORITY_FIRST || priority >= IDLE_PRIORITY) return failed(Err.Invalid);
  if ((flags & ~(<u32>ThreadFlags.Suspended)) != 0) return failed(Err.Invalid);
  if (stackBytes < MIN_STACK_BYTES || stackBytes > 0x7fffffff) return failed(Err.Invalid);
  if (nameLen == 0 || nameLen > NAME_BYTES || !inAppMemory(app, namePtr, nameLen)) return failed(Err.Invalid);
  const caller = threadCurrent()!;
  const buf = bounceOf(caller);
  if (portAppCopyIn(app - 1, namePtr, buf, nameLen) == 0) return failed(Err.Invalid);
  if (entries === null) entries = new StaticArray<u32>(<i32>(HANDLE_SLOTS * 2));
  let s = kernelLock();
  const slot = handleTake(Kind.Thread, app);
  if (slot < 0) {
    kernelUnlock(s);
    return failed(Err.NoSpace);
  }
  let t = changetype<Thread | null>(cachedObject(Kind.Thread, slot));
  // A thread object still waiting to be reclaimed cannot be created again.
  if (t === null || t.state != ThreadState.Free) {
    // No room for it (and its name, made once a slot: slotName): NoSpace,
    // as keptObject answers, not an out-of-memory in the kernel.
    const named = names !== null && unchecked(names![slot]) !== null;
    if (!heapFitsObject(offsetof<Thread>() + KEPT_EXTRA_BYTES + (named ? 0 : (<usize>NAME_BYTES << 1) + 32))) {
      handleRelease(slot);
      kernelUnlock(s);
      return failed(Err.NoSpace);
    }
    t = new Thread();
    handleSetObject(slot, changetype<usize>(t));
  }
  // Marked as being created before the handle can be used: a sibling
  // that guesses the new handle (the slot and the next generation) and
  // deletes or joins it before kernelThreadCreate has made the thread
  // would find it Free, take it for one that has ended, and free its
  // handle, and the thread would then run with none, out of appEnd's
  // reach. Until the thread exists, delete and join answer Err.Invalid.
  // Its entry and tag first: thread_tag answers once appSlot is set.
  unchecked((entries![slot * 2] = fn));
  unchecked((entries![slot * 2 + 1] = arg));
  t.app = app;
  t.handleSlot = CREATING;
  t.appSlot = slot;
  const h = handleOf(slot);
  kernelUnlock(s);
  const e = kernelThreadCreate(t, slotName(slot, buf, nameLen), appThreadEntry, <u32>slot, priority, stackBytes + APP_STACK_EXTRA_BYTES, <ThreadFlags>flags);
  s = kernelLock();
  // Only while the slot is still this create's: the thread, more urgent,
  // may have run and deleted itself (or been deleted) and the slot been
  // taken again, even with the same kept Thread, by another create.
  const mine = handleSlot(h, Kind.Thread, app) == slot;
  // Not freed when the thread is reclaimed: at join or delete. The thread
  // clears the mark itself when it first runs (appThreadEntry), in case
  // this creator never comes back.
  if (mine) createdLocked(t);
  if (e != Err.Ok) {
    if (mine) {
      handleRelease(slot);
      t.appSlot = -1;
    }
    kernelUnlock(s);
    return failed(e);
  }
  kernelUnlock(s);
  return h;
}

/** Clears `t`'s being-created mark (thread_create). Kernel lock held. */
function createdLocked(t: Thread): void {
  if (t.handleSlot == CREATING) t.handleSlot = -1;
}

/** Thread.handleSlot of an application thread whose thread_create has
 *  taken its handle but not yet made the thread. */
const CREATING: i32 = -2;

/** Whether `t` is an application thread whose create has taken its
 *  handle but not made the thread yet (or made it, and it has ended and
 *  been reclaimed, before its creator came back: refused a moment too
 *  long, then). A thread that runs may delete or join itself at once,
 *  before its creator is back. Kernel lock held, or the handle pinned. */
// @ts-ignore: decorator
@inline function beingCreated(t: Thread): bool {
  return t.handleSlot == CREATING && t.state == ThreadState.Free;
}

/** Frees thread `t`'s handle `h` of application `app` (its join or
 *  delete), if the slot still answers to `h`. Not by object: a join woken
 *  by a sibling's delete of the same handle runs after the slot was freed,
 *  and another application's create may have taken it with the same kept
 *  Thread (tests/isolation-hostile). */
function releaseThreadSlot(t: Thread, h: i32, app: u32): bool {
  const s = kernelLock();
  const slot = handleSlot(h, Kind.Thread, app);
  const mine = slot >= 0 && t.appSlot == slot;
  if (mine) {
    handleRelease(slot);
    t.appSlot = -1;
  }
  kernelUnlock(s);
  return mine;
}

/** Ends the calling thread (as threadExit). Does not return. */
export function sys_thread_exit(): void {
  if (callerApp() == 0) return;
  threadExit();
}

/** Deletes a thread of the caller's application (as threadDelete; itself:
 *  as sys_thread_exit) and frees its handle; a thread that has ended
 *  already only has its handle freed. Returns Err.Ok, Err.Invalid (not a
 *  thread handle of the caller's), Err.NoThread. */
export function sys_thread_delete(h: i32): i32 {
  const app = callerApp();
  if (app == 0) return Err.NoThread;
  // Looked up and claimed (appSlot cleared) in one locked step: only one
  // delete or join goes on, and a sibling's delete between a lookup and
  // the claim cannot leave `t` null. The main thread's appSlot is not its
  // handle's slot: it is the supervisor's to end. The slot is freed only
  // once the thread is gone, so no create can take it while its kept
  // Thread still runs (it would make a new one).
  const s = kernelLock();
  const slot = handleSlot(h, Kind.Thread, app);
  const o = changetype<Thread | null>(handleObject(h, Kind.Thread, app));
  const mine = o !== null && o.appSlot == slot && !beingCreated(o!);
  if (mine) o!.appSlot = -1;
  kernelUnlock(s);
  if (!mine) return Err.Invalid;
  const t = o!;
  let e = Err.Ok;
  if (t === threadCurrent()) {
    t.handleSlot = slot; // freed when the thread is reclaimed, after the switch away
    threadExit();
  }
  if (t.state != ThreadState.Free && t.state != ThreadState.Dead) e = threadDelete(t);
  freeSlot(slot);
  return e;
}

function freeSlot(slot: i32): void {
  const s = kernelLock();
  handleRelease(slot);
  kernelUnlock(s);
}

/** Waits at most `timeout` ticks for a thread of the caller's application
 *  to end (as threadJoin), then frees its handle. A thread that ended
 *  already is joined at once: its handle lives until joined or deleted.
 *  Returns Err.Ok, threadJoin's errors, Err.Invalid. */
export function sys_thread_join(h: i32, timeout: u32): i32 {
  const app = callerApp();
  if (app == 0) return Err.NoThread;
  const t = objectOf<Thread>(h, Kind.Thread);
  if (t === null) return Err.Invalid;
  return done(joinThread(t, h, app, timeout));
}

/** sys_thread_join once `h` is found to name `t` (pinned). */
function joinThread(t: Thread, h: i32, app: u32, timeout: u32): Err {
  if (t === threadCurrent()) return Err.Deadlock; // as threadJoin, its main thread too
  if (t.appSlot != <i32>(<u32>h & 0xff) || beingCreated(t)) return Err.Invalid;
  const e = threadJoin(t, timeout);
  if (e == Err.Ok) releaseThreadSlot(t, h, app);
  return e;
}

/** What the caller's last wait delivered (as threadWaitValue: the flags
 *  that matched, a notification's value). */
export function sys_thread_wait_value(): u32 {
  return threadWaitValue();
}

/** The `arg` the caller's thread `h` was created with (thread_create):
 *  the application's own tag for it, given back as it was (the library
 *  keeps its Thread object's address there). 0 for the application's main
 *  thread and for a handle that is not one of the caller's threads. */
export function sys_thread_tag(h: i32): u32 {
  const app = callerApp();
  if (app == 0 || entries === null) return 0;
  const s = kernelLock();
  const slot = handleSlot(h, Kind.Thread, app);
  const t = changetype<Thread | null>(slot < 0 ? 0 : handleObject(h, Kind.Thread, app));
  const tag: u32 = t !== null && t.appSlot == slot ? unchecked(entries![slot * 2 + 1]) : 0;
  kernelUnlock(s);
  return tag;
}

/** The handle slot that names application thread `t`: the one its
 *  create took, or its main thread's; -1 if it has none. */
function handleSlotOf(t: Thread): i32 {
  return t.appSlot >= 0 ? t.appSlot : t.handleSlot;
}

/** The calling thread's handle, or -Err.NoThread. */
export function sys_thread_self(): i32 {
  const app = callerApp();
  if (app == 0) return failed(Err.NoThread);
  const slot = handleSlotOf(threadCurrent()!);
  return slot < 0 ? failed(Err.Invalid) : handleOf(slot);
}

/** The live or ended thread of the caller's application that handle `h`
 *  names (one it created, or its main thread's from thread_self), or
 *  null. The kernel lock must be held from this check to the end of what
 *  the call does with the thread: otherwise a thread of the caller's that
 *  deleted it meanwhile, and another application's create that took the
 *  kept Thread object, would hand the call another application's thread. */
function callerThreadLocked(h: i32): Thread | null {
  const app = callerApp();
  return app == 0 ? null : changetype<Thread | null>(handleObject(h, Kind.Thread, app));
}

/** Thread `h`'s state (as threadState): a thread that has ended but whose
 *  handle lives (not yet joined or deleted) is Dead, never Free: Free
 *  would say its Thread may be created again, which only a join or a
 *  delete allows. Returns the state (>= 0), or -Err.Invalid. */
export function sys_thread_state(h: i32): i32 {
  const s = kernelLock();
  const t = callerThreadLocked(h);
  const state = t === null ? -1 : <i32>t.state;
  kernelUnlock(s);
  if (state < 0) return failed(Err.Invalid);
  return state == <i32>ThreadState.Free ? <i32>ThreadState.Dead : state;
}

/** Thread `h`'s effective priority (as threadPriority), or -Err.Invalid. */
export function sys_thread_priority(h: i32): i32 {
  const s = kernelLock();
  const t = callerThreadLocked(h);
  const p = t === null ? failed(Err.Invalid) : <i32>threadPriority(t);
  kernelUnlock(s);
  return p;
}

/** Thread `h`'s stack high-water mark (as threadStackUnused): the bytes of
 *  its stack never used, of the whole stack the kernel made for it
 *  (APP_STACK_EXTRA_BYTES included: the system calls' frames use it too);
 *  0 once it has ended and its stack is reclaimed. Errors: -Err.Invalid
 *  for a handle that is not a thread of the caller's. Thread context (a
 *  system call). */
export function sys_thread_stack_unused(h: i32): i32 {
  const s = kernelLock();
  const t = callerThreadLocked(h);
  const n = t === null ? failed(Err.Invalid) : <i32>threadStackUnused(t);
  kernelUnlock(s);
  return n;
}

// The calls below act on the thread with the kernel lock held from the
// handle's check on (callerThreadLocked); the kernel's thread calls take
// the lock again inside, and a switch they ask for happens at the outer
// unlock, as for any caller that has interrupts masked.

/** Sets thread `h`'s base priority (as threadSetPriority), within
 *  APP_PRIORITY_FIRST .. IDLE_PRIORITY - 1 as at its create. Returns
 *  Err.Ok, Err.Invalid (not the caller's live thread, a priority out of
 *  that range). */
export function sys_thread_set_priority(h: i32, priority: u32): i32 {
  if (priority < APP_PRIORITY_FIRST || priority >= IDLE_PRIORITY) return Err.Invalid;
  const s = kernelLock();
  const t = callerThreadLocked(h);
  const e = t === null ? Err.Invalid : threadSetPriority(t, priority);
  kernelUnlock(s);
  return e;
}

/** As threadSuspend of the caller's thread `h`; Err.Invalid otherwise. */
export function sys_thread_suspend(h: i32): i32 {
  const s = kernelLock();
  const t = callerThreadLocked(h);
  const e = t === null ? Err.Invalid : threadSuspend(t);
  kernelUnlock(s);
  return e;
}

/** As threadResume of the caller's thread `h`; Err.Invalid otherwise. */
export function sys_thread_resume(h: i32): i32 {
  const s = kernelLock();
  const t = callerThreadLocked(h);
  const e = t === null ? Err.Invalid : threadResume(t);
  kernelUnlock(s);
  return e;
}

/** As threadAbortWait of the caller's thread `h`; Err.Invalid otherwise. */
export function sys_thread_abort_wait(h: i32): i32 {
  const s = kernelLock();
  const t = callerThreadLocked(h);
  const e = t === null ? Err.Invalid : threadAbortWait(t);
  kernelUnlock(s);
  return e;
}

/** As threadSleepUntil, its WakeTime the u32 tick at `ptr` in the caller's
 *  memory: copied in, and out again once the call moved it. Returns
 *  threadSleepUntil's results; Err.Invalid also for a `ptr` outside the
 *  caller's memory (nothing slept, the tick left alone); Err.NoThread. */
export function sys_thread_sleep_until(ptr: u32, period: u32): i32 {
  const app = callerApp();
  if (app == 0) return Err.NoThread;
  const box = boxOf(threadCurrent()!);
  if (!copyIn(app, ptr, changetype<usize>(box), 4)) return Err.Invalid;
  const before = box.value;
  // WakeTime holds one u32 at offset 0, as a Box does.
  const e = threadSleepUntil(changetype<WakeTime>(box), period);
  if (box.value != before) portAppCopyOut(app - 1, changetype<usize>(box), ptr, 4);
  return e;
}

/** As threadSleep. */
export function sys_thread_sleep(ticks: u32): i32 {
  if (callerApp() == 0) return Err.NoThread;
  return threadSleep(ticks);
}

/** As threadYield. */
export function sys_thread_yield(): i32 {
  if (callerApp() == 0) return Err.NoThread;
  return threadYield();
}

// ---- semaphores -------------------------------------------------------------

/** Makes a semaphore (as Semaphore.create). Returns its handle, or
 *  -Err.Invalid, -Err.NoSpace, -Err.NoThread. */
export function sys_sem_create(initial: u32, max: u32): i32 {
  const app = callerApp();
  if (app == 0) return failed(Err.NoThread);
  if (max == 0 || initial > max) return failed(Err.Invalid);
  const slot = takeKeptSlot<Semaphore>(Kind.Semaphore, app);
  if (slot < 0) return failed(Err.NoSpace);
  return madeOutsideLock(slot, changetype<Semaphore>(cachedObject(Kind.Semaphore, slot)).create(initial, max));
}

/** As Semaphore.take; Err.Invalid for a handle that is not the caller's
 *  live semaphore. */
export function sys_sem_take(h: i32, timeout: u32): i32 {
  const e = checkThreadTimeout(timeout);
  if (e != Err.Ok) return e;
  const s = kernelLock();
  const slot = semaphoreSlotLocked(h);
  if (slot < 0) return invalidLocked(s);
  return semaphoreAt(slot).takeLocked(timeout, s);
}

/** As Semaphore.give. */
export function sys_sem_give(h: i32): i32 {
  const s = kernelLock();
  const slot = semaphoreSlotLocked(h);
  if (slot < 0) return invalidLocked(s);
  return semaphoreAt(slot).giveLocked(s);
}

/** The slot of the caller's live semaphore handle `h`, or -1. Kernel lock
 *  held, and kept for the operation (Semaphore.giveLocked, takeLocked,
 *  deleteLocked): the lookup and the operation are one step, so a
 *  semaphore call needs no pin (objectOf), which saves it about 15
 *  instructions. A handle that matches names a made semaphore (its slot
 *  is published only once the create succeeded, takeKeptSlot) that is
 *  not deleted (sys_sem_delete frees the handle in the same step; an
 *  application's end deletes its objects only when none of its threads is
 *  left): the object itself is not tested (null, isCreated), 7
 *  instructions fewer a call. No caller (callerApp 0) matches nothing: no
 *  slot word has owner 0 and a kind other than Free. */
// @ts-ignore: decorator
@inline function semaphoreSlotLocked(h: i32): i32 {
  return handleSlot(h, Kind.Semaphore, callerApp());
}

/** The semaphore of a slot semaphoreSlotLocked found. Kernel lock held. */
// @ts-ignore: decorator
@inline function semaphoreAt(slot: i32): Semaphore {
  return changetype<Semaphore>(slotObject(slot));
}

/** Releases the kernel lock `s` and answers Err.Invalid (a handle that
 *  names nothing of the caller's). */
function invalidLocked(s: u32): i32 {
  kernelUnlock(s);
  return Err.Invalid;
}

/** As Semaphore.available: the count (>= 0), or -Err.Invalid. */
export function sys_sem_available(h: i32): i32 {
  const sem = objectOf<Semaphore>(h, Kind.Semaphore);
  return sem === null ? failed(Err.Invalid) : done(<i32>sem.available());
}

/** As Semaphore.delete; the handle goes stale. The handle is freed and
 *  the semaphore deleted under one hold of the kernel lock, so no call can
 *  find the handle live and the semaphore deleted (semaphoreLocked asks
 *  only the handle), and no create can take the slot before the delete. */
export function sys_sem_delete(h: i32): i32 {
  if (inInterrupt()) return Err.InInterrupt;
  const s = kernelLock();
  const slot = semaphoreSlotLocked(h);
  if (slot < 0) return invalidLocked(s);
  const sem = semaphoreAt(slot);
  handleRelease(slot); // the slot's object goes with it
  return sem.deleteLocked(s);
}

// ---- mutexes ----------------------------------------------------------------

/** Makes a mutex (as Mutex.create). Returns its handle, or -Err.Invalid,
 *  -Err.NoSpace, -Err.NoThread. */
export function sys_mutex_create(kind: u32): i32 {
  const app = callerApp();
  if (app == 0) return failed(Err.NoThread);
  if (kind != MutexKind.Recursive && kind != MutexKind.NonRecursive) return failed(Err.Invalid);
  const slot = takeKeptSlot<Mutex>(Kind.Mutex, app);
  if (slot < 0) return failed(Err.NoSpace);
  return madeOutsideLock(slot, changetype<Mutex>(cachedObject(Kind.Mutex, slot)).create(<MutexKind>kind));
}

/** As Mutex.lock. */
export function sys_mutex_lock(h: i32, timeout: u32): i32 {
  const m = objectOf<Mutex>(h, Kind.Mutex);
  return m === null ? Err.Invalid : done(m.lock(timeout));
}

/** The handle of the thread that holds mutex `h` (as Mutex.ownerThread),
 *  0 if none does (or the holder has no handle: its main thread, if the
 *  table was full when it started), or -Err.Invalid. */
export function sys_mutex_owner(h: i32): i32 {
  const m = objectOf<Mutex>(h, Kind.Mutex);
  if (m === null) return failed(Err.Invalid);
  const s = kernelLock(); // the owner keeps its handle while we read it
  const t = m.ownerThread();
  const slot = t === null ? -1 : handleSlotOf(t);
  const owner = slot < 0 ? 0 : handleOf(slot);
  kernelUnlock(s);
  return done(owner);
}

/** As Mutex.unlock. */
export function sys_mutex_unlock(h: i32): i32 {
  const m = objectOf<Mutex>(h, Kind.Mutex);
  return m === null ? Err.Invalid : done(m.unlock());
}

/** As Mutex.delete; the handle goes stale. */
export function sys_mutex_delete(h: i32): i32 {
  return deleteThrough<Mutex>(h, Kind.Mutex);
}

// ---- queues -----------------------------------------------------------------

/** Makes a queue of `capacity` items of `itemSize` bytes (at most
 *  APP_ITEM_BYTES), storage from the kernel heap. Returns its handle, or
 *  -Err.Invalid, -Err.NoSpace, -Err.NoThread. */
export function sys_queue_create(itemSize: u32, capacity: u32): i32 {
  const app = callerApp();
  if (app == 0) return failed(Err.NoThread);
  if (itemSize == 0 || itemSize > APP_ITEM_BYTES || capacity == 0) return failed(Err.Invalid);
  const slot = takeKeptSlot<Queue>(Kind.Queue, app);
  if (slot < 0) return failed(Err.NoSpace);
  return madeOutsideLock(slot, changetype<Queue>(cachedObject(Kind.Queue, slot)).create(itemSize, capacity));
}

/** How an item goes into a queue: at the back, the front, or over a
 *  mailbox's item (sys_queue_put_value's `how`). */
const PUT_BACK: u32 = 0;
const PUT_FRONT: u32 = 1;
const PUT_OVERWRITE: u32 = 2;

/** As Queue.send of the item at `ptr` in the caller's memory, copied in
 *  first: Err.Invalid for a bad handle or an item not all inside it. */
export function sys_queue_send(h: i32, ptr: u32, timeout: u32): i32 {
  const e = checkThreadTimeout(timeout);
  if (e != Err.Ok) return e;
  // The short path (room, nobody waiting, no set): found, copied from the
  // caller's memory straight into the ring and counted under one hold of
  // the lock, as the semaphore's calls (semaphoreSlotLocked): one copy,
  // no pin, no bounce buffer. A queue deleted meanwhile has no room.
  const s = kernelLock();
  const slot = handleSlot(h, Kind.Queue, callerApp());
  if (slot < 0) return invalidLocked(s);
  const q = changetype<Queue>(slotObject(slot));
  const to = q.backSlotLocked();
  if (to != 0) {
    if (!copyIn(callerApp(), ptr, to, q.itemSize())) return invalidLocked(s);
    q.commitBackLocked();
    kernelUnlock(s);
    return Err.Ok;
  }
  kernelUnlock(s);
  return queuePut(h, ptr, timeout, PUT_BACK);
}

/** As Queue.sendToFront; as sys_queue_send otherwise. */
export function sys_queue_send_front(h: i32, ptr: u32, timeout: u32): i32 {
  return queuePut(h, ptr, timeout, PUT_FRONT);
}

function queuePut(h: i32, ptr: u32, timeout: u32, how: u32): i32 {
  const q = objectOf<Queue>(h, Kind.Queue);
  return q === null ? Err.Invalid : done(queuePutInto(q, ptr, timeout, how));
}

/** queuePut once `q` is found (pinned). */
function queuePutInto(q: Queue, ptr: u32, timeout: u32, how: u32): Err {
  const t = threadCurrent()!;
  const buf = bounceOf(t);
  if (!copyIn(t.app, ptr, buf, q.itemSize())) return Err.Invalid;
  return putItem(q, buf, how, timeout);
}

/** Puts the item at kernel address `buf` into `q` as `how` says
 *  (PUT_BACK, PUT_FRONT, PUT_OVERWRITE: `timeout` ignored). */
function putItem(q: Queue, buf: usize, how: u32, timeout: u32): Err {
  if (how == PUT_OVERWRITE) return q.overwrite(buf);
  return how == PUT_FRONT ? q.sendToFront(buf, timeout) : q.send(buf, timeout);
}

/** As Queue.receive into `ptr` in the caller's memory: Err.Invalid, with
 *  the item left queued, if [ptr, ptr + item size) is not inside it. */
export function sys_queue_receive(h: i32, ptr: u32, timeout: u32): i32 {
  const e = checkThreadTimeout(timeout);
  if (e != Err.Ok) return e;
  // The short path (an item queued, no sender waiting): copied from the
  // ring straight into the caller's memory, then taken, under one hold of
  // the lock (as sys_queue_send). A `ptr` the copy refuses leaves the item
  // queued. A queue deleted meanwhile is empty.
  const s = kernelLock();
  const slot = handleSlot(h, Kind.Queue, callerApp());
  if (slot < 0) return invalidLocked(s);
  const q = changetype<Queue>(slotObject(slot));
  const from = q.frontItemLocked();
  if (from != 0) {
    if (ptr < <u32>NULL_GUARD_BYTES || portAppCopyOut(callerApp() - 1, from, ptr, q.itemSize()) == 0) return invalidLocked(s);
    q.dropFrontLocked();
    kernelUnlock(s);
    return Err.Ok;
  }
  kernelUnlock(s);
  return queueGet(h, ptr, timeout, false);
}

/** As Queue.peek into `ptr`; as sys_queue_receive otherwise. */
export function sys_queue_peek(h: i32, ptr: u32, timeout: u32): i32 {
  return queueGet(h, ptr, timeout, true);
}

function queueGet(h: i32, ptr: u32, timeout: u32, peek: bool): i32 {
  const q = objectOf<Queue>(h, Kind.Queue);
  return q === null ? Err.Invalid : done(queueGetFrom(q, ptr, timeout, peek));
}

/** queueGet once `q` is found (pinned). */
function queueGetFrom(q: Queue, ptr: u32, timeout: u32, peek: bool): Err {
  const t = threadCurrent()!;
  const n = q.itemSize();
  if (!inAppMemory(t.app, ptr, n)) return Err.Invalid;
  const buf = bounceOf(t);
  const e = peek ? q.peek(buf, timeout) : q.receive(buf, timeout);
  if (e == Err.Ok) portAppCopyOut(t.app - 1, buf, ptr, n);
  return e;
}

/** Puts a number of `size` bytes (1, 2, 4 or 8; the queue's item size),
 *  `value`'s low bytes, into queue `h`: at the back (`how` 0, as
 *  Queue.sendValue), the front (1, sendValueToFront) or over a mailbox's
 *  item (2, overwriteValue; `timeout` ignored). The value crosses in
 *  registers, so threads of one application never share a buffer for it.
 *  Err.Invalid for a bad handle, a size other than the item size, an
 *  unknown `how`; then as the call. */
export function sys_queue_put_value(h: i32, value: u64, size: u32, how: u32, timeout: u32): i32 {
  const q = objectOf<Queue>(h, Kind.Queue);
  if (q === null) return Err.Invalid;
  if (size != q.itemSize() || (size != 1 && size != 2 && size != 4 && size != 8) || how > PUT_OVERWRITE) return done(Err.Invalid);
  const buf = bounceOf(threadCurrent()!);
  // Only `size` bytes: the bounce buffer may be as short as the item
  // (APP_ITEM_BYTES is a board setting), and the next one is another
  // thread's. Wasm memory is little-endian: the low bytes first.
  if (size == 8) store<u64>(buf, value);
  else if (size == 4) store<u32>(buf, <u32>value);
  else if (size == 2) store<u16>(buf, <u16>value);
  else store<u8>(buf, <u8>value);
  return done(putItem(q, buf, how, timeout));
}

/** As Queue.overwrite of the item at `ptr` in the caller's memory, copied
 *  in first: Err.Invalid for a bad handle, an item not all inside it, a
 *  queue whose capacity is not one. */
export function sys_queue_overwrite(h: i32, ptr: u32): i32 {
  return queuePut(h, ptr, 0, PUT_OVERWRITE);
}

/** As Queue.reset. */
export function sys_queue_reset(h: i32): i32 {
  const q = objectOf<Queue>(h, Kind.Queue);
  return q === null ? Err.Invalid : done(q.reset());
}

/** The items in queue `h` (>= 0), or -Err.Invalid. */
export function sys_queue_count(h: i32): i32 {
  const q = objectOf<Queue>(h, Kind.Queue);
  return q === null ? failed(Err.Invalid) : done(<i32>q.count());
}

/** As Queue.delete; the handle goes stale. */
export function sys_queue_delete(h: i32): i32 {
  return deleteThrough<Queue>(h, Kind.Queue);
}

// ---- event flags ------------------------------------------------------------------

/** Makes an EventFlags (all clear). Returns its handle, or -Err.NoSpace,
 *  -Err.NoThread. */
export function sys_event_create(): i32 {
  const app = callerApp();
  if (app == 0) return failed(Err.NoThread);
  const slot = takeKeptSlot<EventFlags>(Kind.Events, app);
  if (slot < 0) return failed(Err.NoSpace);
  return madeOutsideLock(slot, changetype<EventFlags>(cachedObject(Kind.Events, slot)).create());
}

/** As EventFlags.set. */
export function sys_event_set(h: i32, bits: u32): i32 {
  const ev = objectOf<EventFlags>(h, Kind.Events);
  return ev === null ? Err.Invalid : done(ev.set(bits));
}

/** As EventFlags.clear. */
export function sys_event_clear(h: i32, bits: u32): i32 {
  const ev = objectOf<EventFlags>(h, Kind.Events);
  return ev === null ? Err.Invalid : done(ev.clear(bits));
}

/** As EventFlags.wait (`mode`: EventWait bits); the flags seen are
 *  sys_thread_wait_value's. */
export function sys_event_wait(h: i32, mask: u32, mode: u32, timeout: u32): i32 {
  const ev = objectOf<EventFlags>(h, Kind.Events);
  return ev === null ? Err.Invalid : done(ev.wait(mask, mode, timeout));
}

/** As EventFlags.sync (a rendezvous); the flags seen are
 *  sys_thread_wait_value's. */
export function sys_event_sync(h: i32, bits: u32, mask: u32, timeout: u32): i32 {
  const ev = objectOf<EventFlags>(h, Kind.Events);
  return ev === null ? Err.Invalid : done(ev.sync(bits, mask, timeout));
}

/** The flags of `h` now (as EventFlags.get); 0 for a handle that is not
 *  the caller's live event flags, as a deleted object reads. */
export function sys_event_get(h: i32): u32 {
  const ev = objectOf<EventFlags>(h, Kind.Events);
  return ev === null ? 0 : done(ev.get());
}

/** As EventFlags.delete; the handle goes stale. */
export function sys_event_delete(h: i32): i32 {
  return deleteThrough<EventFlags>(h, Kind.Events);
}

// ---- notifications ----------------------------------------------------------------

/** Notifies a thread of the caller's application (as notify: `action` a
 *  NotifyAction), on slot 0. Returns as sys_notify_indexed. */
export function sys_notify(h: i32, value: u32, action: u32): i32 {
  return sys_notify_indexed(h, 0, value, action);
}

/** As notifyIndexed to a thread of the caller's application, on
 *  notification slot `index` (0 .. NOTIFY_SLOTS - 1). Returns its result;
 *  Err.Invalid for a handle that is not a live thread of the caller's, an
 *  unknown action or an index out of range. */
export function sys_notify_indexed(h: i32, index: u32, value: u32, action: u32): i32 {
  if (action > <u32>NotifyAction.SetIfNotPending) return Err.Invalid;
  // Checked and notified under one lock: as the thread calls above.
  const s = kernelLock();
  const t = callerThreadLocked(h);
  const e = t === null ? Err.Invalid : notifyIndexed(t, index, value, <NotifyAction>action);
  kernelUnlock(s);
  return e;
}

/** As notifyTake (`clear` non-zero: clear, else decrement); the value
 *  before is sys_thread_wait_value's. */
export function sys_notify_take(clear: u32, timeout: u32): i32 {
  return sys_notify_take_indexed(0, clear, timeout);
}

/** As notifyTakeIndexed; Err.Invalid for an index out of range. */
export function sys_notify_take_indexed(index: u32, clear: u32, timeout: u32): i32 {
  if (callerApp() == 0) return Err.NoThread;
  return notifyTakeIndexed(index, clear != 0, timeout);
}

/** As notifyWait; the value is sys_thread_wait_value's. */
export function sys_notify_wait(clearOnExit: u32, timeout: u32): i32 {
  return sys_notify_wait_indexed(0, clearOnExit, timeout);
}

/** As notifyWaitIndexed; Err.Invalid for an index out of range. */
export function sys_notify_wait_indexed(index: u32, clearOnExit: u32, timeout: u32): i32 {
  if (callerApp() == 0) return Err.NoThread;
  return notifyWaitIndexed(index, clearOnExit, timeout);
}

// ---- memory pools -------------------------------------------------------------------
// An application's pool lives in its own memory. The kernel keeps only
// what is free (a numbered Pool, createNumbered: a bitmap for up to 32
// blocks, else a list of two bytes per block), so
// the waiting, the order of waiters and the double-free check are the
// kernel Pool's; a block crosses as its index, which user/ivt.ts turns
// into an address in the application's buffer.

/** Makes a pool of `blocks` numbered blocks (1 to 65535; 2 bytes of
 *  kernel heap each). Returns its handle, or -Err.Invalid, -Err.NoSpace
 *  (no handle, or the kernel heap cannot hold the list), -Err.NoThread. */
export function sys_pool_create(blocks: u32): i32 {
  const app = callerApp();
  if (app == 0) return failed(Err.NoThread);
  if (blocks == 0 || blocks > 0xffff) return failed(Err.Invalid);
  const slot = takeKeptSlot<Pool>(Kind.Pool, app);
  if (slot < 0) return failed(Err.NoSpace);
  return madeOutsideLock(slot, changetype<Pool>(cachedObject(Kind.Pool, slot)).createNumbered(blocks));
}

/** As Pool.alloc. Returns the block's index (>= 0), or the error negated
 *  (-Err.WouldBlock, -Err.Timeout, -Err.Deleted, -Err.Invalid for a handle
 *  that is not the caller's live pool, ...). */
export function sys_pool_alloc(h: i32, timeout: u32): i32 {
  const p = objectOf<Pool>(h, Kind.Pool);
  return p === null ? failed(Err.Invalid) : done(poolAllocFrom(p, h, timeout));
}

/** sys_pool_alloc once `p` is found (pinned). */
function poolAllocFrom(p: Pool, h: i32, timeout: u32): i32 {
  const out = boxOf(threadCurrent()!);
  const e = p.alloc(changetype<Box<usize>>(out), timeout);
  if (e != Err.Ok) return failed(e);
  // Handed a block, then the pool deleted (and maybe made again in the
  // same kept object, the same storage) before this thread ran: the
  // handle is stale, and the index would name a block of the new pool.
  if (handleSlot(h, Kind.Pool, threadCurrent()!.app) < 0) return failed(Err.Deleted);
  const i = p.blockIndex(out.value);
  return i < 0 ? failed(Err.Deleted) : i;
}

/** As Pool.free of block `index`: Err.Invalid for an index out of range,
 *  a block already free, or a handle that is not the caller's live pool. */
export function sys_pool_free(h: i32, index: u32): i32 {
  const p = objectOf<Pool>(h, Kind.Pool);
  if (p === null) return Err.Invalid;
  const b = p.blockAt(index);
  return done(b == 0 ? Err.Invalid : p.free(b));
}

/** The pool's free blocks (>= 0), or -Err.Invalid. */
export function sys_pool_available(h: i32): i32 {
  const p = objectOf<Pool>(h, Kind.Pool);
  return p === null ? failed(Err.Invalid) : done(<i32>p.available());
}

/** As Pool.delete (the list goes back to the kernel heap); the handle goes stale. */
export function sys_pool_delete(h: i32): i32 {
  return deleteThrough<Pool>(h, Kind.Pool);
}

// ---- stream and message buffers --------------------------------------------------------
// Storage from the kernel heap (createInHeap); bytes cross through the
// caller's APP_ITEM_BYTES of bounce buffer, so a write and a read move
// at most APP_ITEM_BYTES bytes (a message at most that long).

/** Makes a stream buffer of `bytes` (a read waits for `trigger` bytes),
 *  or with `message` non-zero a message buffer (trigger ignored). Returns
 *  its handle, or -Err.Invalid (as StreamBuffer.create), -Err.NoSpace,
 *  -Err.NoThread. */
export function sys_stream_create(bytes: u32, trigger: u32, message: u32): i32 {
  const app = callerApp();
  if (app == 0) return failed(Err.NoThread);
  const kind = message != 0 ? Kind.Message : Kind.Stream;
  const slot = message != 0 ? takeKeptSlot<MessageBuffer>(kind, app) : takeKeptSlot<StreamBuffer>(kind, app);
  if (slot < 0) return failed(Err.NoSpace);
  const b = cachedObject(kind, slot);
  const e = message != 0 ? changetype<MessageBuffer>(b).createInHeap(bytes, 1) : changetype<StreamBuffer>(b).createInHeap(bytes, trigger);
  return madeOutsideLock(slot, e);
}

/** The caller's stream or message buffer named by `h` (as usize), or 0. */
function bufferOf(h: i32): usize {
  return objectOfEither(h, Kind.Stream, Kind.Message, 0);
}

/** The object the caller's handle `h` names if it is of kind `a` or `b`
 *  (as usize), pinned as pin `way` until done(); or 0. */
function objectOfEither(h: i32, a: Kind, b: Kind, way: u32): usize {
  const app = callerApp();
  if (app == 0) return 0;
  const tid = callerId();
  const o = handlePin(h, a, app, tid, way);
  return o != 0 ? o : handlePin(h, b, app, tid, way);
}

/** Whether handle `h` names a message buffer (after bufferOf found it). */
@inline function isMessage(h: i32): bool {
  return ((<u32>h >>> 8) & 0xf) == <u32>Kind.Message;
}

/** As StreamBuffer.write or MessageBuffer.write of the `len` bytes at
 *  `ptr` (1 to APP_ITEM_BYTES), copied in first. Err.Invalid for a bad
 *  handle, a length out of range or bytes not all inside the caller's
 *  memory. */
export function sys_stream_write(h: i32, ptr: u32, len: u32, timeout: u32): i32 {
  const b = bufferOf(h);
  return b == 0 ? Err.Invalid : done(streamWriteTo(b, h, ptr, len, timeout));
}

/** sys_stream_write once `h` is found to name buffer `b` (pinned). */
function streamWriteTo(b: usize, h: i32, ptr: u32, len: u32, timeout: u32): Err {
  if (len == 0 || len > APP_ITEM_BYTES) return Err.Invalid;
  const t = threadCurrent()!;
  const buf = bounceOf(t);
  if (!copyIn(t.app, ptr, buf, len)) return Err.Invalid;
  return isMessage(h) ? changetype<MessageBuffer>(b).write(buf, len, timeout) : changetype<StreamBuffer>(b).write(buf, len, timeout);
}

/** As StreamBuffer.read or MessageBuffer.read into `ptr`, at most `max`
 *  bytes (and at most APP_ITEM_BYTES). Returns the bytes read (> 0), or
 *  the error negated; a message longer than `max` stays, with
 *  -Err.Overflow and its length as sys_thread_wait_value's. The range is
 *  checked before waiting: -Err.Invalid if it is not inside the caller's
 *  memory. */
export function sys_stream_read(h: i32, ptr: u32, max: u32, timeout: u32): i32 {
  const b = bufferOf(h);
  return b == 0 ? failed(Err.Invalid) : done(streamReadFrom(b, h, ptr, max, timeout));
}

/** sys_stream_read once `h` is found to name buffer `b` (pinned). */
function streamReadFrom(b: usize, h: i32, ptr: u32, max: u32, timeout: u32): i32 {
  const t = threadCurrent()!;
  const n = min(max, APP_ITEM_BYTES);
  if (n == 0 || !inAppMemory(t.app, ptr, n)) return failed(Err.Invalid);
  const buf = bounceOf(t);
  const got = boxOf(t);
  const e = isMessage(h) ? changetype<MessageBuffer>(b).read(buf, n, got, timeout) : changetype<StreamBuffer>(b).read(buf, n, got, timeout);
  if (e == Err.Overflow) t.waitValue = got.value;
  if (e != Err.Ok) return failed(e);
  portAppCopyOut(t.app - 1, buf, ptr, got.value);
  return <i32>got.value;
}

/** Bytes waiting in buffer `h` (>= 0; a message buffer's include 4 per
 *  message), or -Err.Invalid. */
export function sys_stream_available(h: i32): i32 {
  const b = bufferOf(h);
  return b == 0 ? failed(Err.Invalid) : done(<i32>changetype<StreamBuffer>(b).available());
}

/** Bytes that buffer `h` can take now without waiting (>= 0; as
 *  StreamBuffer.spaces: a message buffer's message needs 4 more), or
 *  -Err.Invalid. */
export function sys_stream_spaces(h: i32): i32 {
  const b = bufferOf(h);
  return b == 0 ? failed(Err.Invalid) : done(<i32>changetype<StreamBuffer>(b).spaces());
}

/** Bytes of the next message in message buffer `h` (0: none, as
 *  MessageBuffer.nextLength), or -Err.Invalid (also for a stream
 *  buffer's handle: its bytes have no boundaries). */
export function sys_stream_next_length(h: i32): i32 {
  const b = bufferOf(h);
  if (b == 0) return failed(Err.Invalid);
  return done(isMessage(h) ? <i32>changetype<MessageBuffer>(b).nextLength() : failed(Err.Invalid));
}

/** As StreamBuffer.reset; Err.Invalid. */
export function sys_stream_reset(h: i32): i32 {
  const b = bufferOf(h);
  return b == 0 ? Err.Invalid : done(changetype<StreamBuffer>(b).reset());
}

/** As StreamBuffer.delete (the storage goes back to the kernel heap); the
 *  handle goes stale. */
export function sys_stream_delete(h: i32): i32 {
  return isMessage(h) ? deleteThrough<MessageBuffer>(h, Kind.Message) : deleteThrough<StreamBuffer>(h, Kind.Stream);
}

// ---- queue sets ------------------------------------------------------------------------
// Members are the caller's own queues and semaphores, named by handle; a
// select answers with the member's handle, found again from its object.

/** Makes a queue set of `capacity` events (as QueueSet.create). Returns
 *  its handle, or -Err.Invalid, -Err.NoSpace, -Err.NoThread. */
export function sys_queueset_create(capacity: u32): i32 {
  const app = callerApp();
  if (app == 0) return failed(Err.NoThread);
  if (capacity == 0 || capacity > 0xffff) return failed(Err.Invalid);
  const slot = takeKeptSlot<QueueSet>(Kind.QueueSet, app);
  if (slot < 0) return failed(Err.NoSpace);
  return madeOutsideLock(slot, changetype<QueueSet>(cachedObject(Kind.QueueSet, slot)).create(capacity));
}

/** The caller's queue or semaphore named by `h`, as a set member, or 0. */
function memberOf(h: i32): usize {
  return objectOfEither(h, Kind.Queue, Kind.Semaphore, 1);
}

/** As QueueSet.add of the caller's queue or semaphore `member`:
 *  Err.Invalid also for a member handle that is not one of those. */
export function sys_queueset_add(h: i32, member: i32): i32 {
  return setMemberCall(h, member, true);
}

/** As QueueSet.remove; Err.Invalid as for add. */
export function sys_queueset_remove(h: i32, member: i32): i32 {
  return setMemberCall(h, member, false);
}

/** sys_queueset_add (`add`) or _remove: both handles found and pinned,
 *  then the set's call. Without a caller nothing was pinned, and there is
 *  no thread whose pins done() could clear. */
function setMemberCall(h: i32, member: i32, add: bool): i32 {
  if (callerApp() == 0) return Err.Invalid;
  const set = objectOf<QueueSet>(h, Kind.QueueSet);
  const m = memberOf(member);
  if (set === null || m == 0) return done(Err.Invalid); // one of them may be pinned
  const e = add ? set.add(changetype<SetMember>(m)) : set.remove(changetype<SetMember>(m));
  return done(e);
}

/** As QueueSet.select: returns the handle of the member that has an item
 *  or unit (> 0), or the error negated; -Err.Deleted also for a member
 *  deleted between the select and this answer. */
export function sys_queueset_select(h: i32, timeout: u32): i32 {
  const set = objectOf<QueueSet>(h, Kind.QueueSet);
  return set === null ? failed(Err.Invalid) : done(selectFrom(set, timeout));
}

/** sys_queueset_select once its set is found (pinned). */
function selectFrom(set: QueueSet, timeout: u32): i32 {
  const t = threadCurrent()!;
  const out = changetype<Box<SetMember | null>>(boxOf(t));
  const e = set.select(out, timeout);
  if (e != Err.Ok) return failed(e);
  const s = kernelLock();
  const member = handleOfObject(changetype<usize>(out.value), t.app);
  kernelUnlock(s);
  return member > 0 ? member : failed(Err.Deleted);
}

/** The events set `h` holds now (as QueueSet.events: stale ones
 *  included until a select drops them), or -Err.Invalid. */
export function sys_queueset_events(h: i32): i32 {
  const set = objectOf<QueueSet>(h, Kind.QueueSet);
  return set === null ? failed(Err.Invalid) : done(<i32>set.events());
}

/** As QueueSet.delete (members leave it; its events go back to the
 *  kernel heap); the handle goes stale. */
export function sys_queueset_delete(h: i32): i32 {
  return deleteThrough<QueueSet>(h, Kind.QueueSet);
}

// ---- devices granted to the application (kernel/grants.ts) ------------------------

/** Opens the device board.json grants the caller under the name of the
 *  `len` bytes at `ptr`. Returns its handle, or -Err.NotFound (no such
 *  grant to this application), -Err.Invalid, -Err.NoSpace, -Err.NoThread. */
export function sys_device_open(ptr: u32, len: u32): i32 {
  const app = callerApp();
  if (app == 0) return failed(Err.NoThread);
  if (len == 0 || len > APP_ITEM_BYTES) return failed(Err.Invalid);
  const buf = bounceOf(threadCurrent()!);
  if (!copyIn(app, ptr, buf, len)) return failed(Err.Invalid);
  const g = grantFind(app, buf, len);
  if (g === null) return failed(Err.NotFound);
  const s = kernelLock();
  const slot = handleTake(Kind.Device, app);
  if (slot >= 0) handleLendObject(slot, changetype<usize>(g));
  kernelUnlock(s);
  return slot < 0 ? failed(Err.NoSpace) : handleOf(slot);
}

/** Reads the `width`-byte register (1, 2 or 4) at `offset` of a device the
 *  caller opened. An offset outside the device's window (or unaligned),
 *  or a handle that is not the caller's device, ends the application with
 *  an MMIO VIOLATION report: as a wasm trap does, never a kernel trap.
 *  Returns the value (zero-extended). */
export function sys_mmio_read(h: i32, offset: u32, width: u32): u32 {
  const g = objectOf<Grant>(h, Kind.Device);
  if (g === null || !grantFits(g, offset, width)) {
    mmioViolation(g, offset, width);
    return 0;
  }
  return done(grantRead(g, offset, width));
}

/** Writes the low `width` bytes of `value` to the register at `offset` of
 *  a device the caller opened; violations as sys_mmio_read. */
export function sys_mmio_write(h: i32, offset: u32, width: u32, value: u32): void {
  const g = objectOf<Grant>(h, Kind.Device);
  if (g === null || !grantFits(g, offset, width)) {
    mmioViolation(g, offset, width);
    return;
  }
  grantWrite(g, offset, width, value);
  done(0);
}

/** Reports an application's register access outside what it was granted
 *  and ends the application: does not return. From top-level code (no
 *  thread, so no device can be open) it returns and the access is not
 *  made. */
function mmioViolation(g: Grant | null, offset: u32, width: u32): void {
  const app = callerApp();
  if (app == 0) return; // top-level code, before any thread: no device is open there
  const t = threadCurrent()!;
  appFaultStart(t);
  kputs("\n*** ivt MMIO VIOLATION in app '");
  kputs(appName(app));
  kputs("' ");
  writeContext(kputc);
  if (g === null) {
    kputs(": not a device of this application\n");
  } else {
    kputs(": ");
    kputu(width);
    kputs(" bytes at offset ");
    kputu(offset);
    kputs(" of device '");
    kputs(g.name);
    kputs("' (");
    kputu(g.size);
    kputs(" bytes)\n");
  }
  appFault(app, t);
  threadExit();
}

/** Takes the caller's device's interrupt line: from now on its interrupt
 *  is masked by the kernel and wakes sys_irq_wait. Returns Err.Ok,
 *  Err.Invalid (not the caller's device), Err.Unsupported (no interrupt),
 *  Err.Exists (taken already). */
export function sys_irq_attach(h: i32): i32 {
  const g = objectOf<Grant>(h, Kind.Device);
  return g === null ? Err.Invalid : done(grantAttach(g));
}

/** Waits at most `timeout` ticks for the device's next interrupt; its line
 *  is masked from then until sys_irq_unmask. As Semaphore.take. */
export function sys_irq_wait(h: i32, timeout: u32): i32 {
  const g = objectOf<Grant>(h, Kind.Device);
  return g === null ? Err.Invalid : done(grantWait(g, timeout));
}

/** Unmasks the device's line once the interrupt is served. Err.Invalid if
 *  the line is not attached or not masked. */
export function sys_irq_unmask(h: i32): i32 {
  const g = objectOf<Grant>(h, Kind.Device);
  return g === null ? Err.Invalid : done(grantUnmask(g));
}

/** Copies to the u32 at `ptr` in the caller's memory when the kernel last
 *  took the device's interrupt: the cycle counter's reading (as
 *  sys_cycles) in the kernel's top half. Returns Err.Ok; Err.WouldBlock
 *  (no interrupt since the line was attached, nothing written);
 *  Err.Invalid (not the caller's device, the line not attached, or `ptr`
 *  not inside the caller's memory). */
export function sys_irq_stamp(h: i32, ptr: u32): i32 {
  const g = objectOf<Grant>(h, Kind.Device);
  return g === null ? Err.Invalid : done(irqStampTo(g, ptr));
}

/** sys_irq_stamp once `g` is found (pinned). */
function irqStampTo(g: Grant, ptr: u32): Err {
  if (!g.attached) return Err.Invalid;
  const stamp = grantIrqStamp(g);
  if (stamp < 0) return Err.WouldBlock;
  const t = threadCurrent()!;
  const box = boxOf(t);
  box.value = <u32>stamp;
  if (ptr < <u32>NULL_GUARD_BYTES || portAppCopyOut(t.app - 1, changetype<usize>(box), ptr, 4) == 0) return Err.Invalid;
  return Err.Ok;
}

// ---- console and time ---------------------------------------------------------

/** Writes the `len` bytes at `ptr` of the caller's memory to the console.
 *  Returns Err.Ok, or Err.Invalid (nothing written) if they are not all
 *  inside that memory; Err.NoThread. */
export function sys_console_write(ptr: u32, len: u32): i32 {
  const app = callerApp();
  if (app == 0) return Err.NoThread;
  if (!inAppMemory(app, ptr, len)) return Err.Invalid;
  const buf = bounceOf(threadCurrent()!);
  for (let done: u32 = 0; done < len; done += APP_ITEM_BYTES) {
    const n = min(APP_ITEM_BYTES, len - done);
    if (portAppCopyIn(app - 1, ptr + done, buf, n) == 0) return Err.Invalid;
    // A chunk goes out whole: no other thread's output (another
    // application's fault report) lands inside it. APP_ITEM_BYTES bounds
    // how long interrupts wait.
    const s = kernelLock();
    for (let i: u32 = 0; i < n; i++) kputc(load<u8>(buf + i));
    kernelUnlock(s);
  }
  return Err.Ok;
}

/** The tick count (as ticks). */
export function sys_ticks(): u32 {
  return ticks();
}

/** The cycle counter (as portCycles): the board's free-running counter,
 *  for an application's own timing. */
export function sys_cycles(): u32 {
  return portCycles();
}

/** Ticks per second (as tickRate). */
export function sys_tick_rate(): u32 {
  return tickRate();
}

/** The cycle counter's rate in Hz (as boardCycleHz): the board's, for an
 *  application that turns a difference of cycles into time; 0 if the
 *  board did not say. Errors: none. Any context. */
export function sys_cycle_hz(): u32 {
  return boardCycleHz();
}

/** The application's abort (a failed assert, `throw`, an AssemblyScript
 *  runtime check): reports the `len` bytes of message at `ptr` (at most
 *  one buffer's worth) and ends the whole application, as a trap does.
 *  Does not return. */
export function sys_abort(ptr: u32, len: u32, line: u32): void {
  const app = callerApp();
  if (app == 0) return;
  const t = threadCurrent()!;
  appFaultStart(t);
  const buf = bounceOf(t);
  const n = min(len, APP_ITEM_BYTES);
  const ok = copyIn(app, ptr, buf, n);
  kputs("\n*** ivt ABORT in app '");
  kputs(appName(app));
  kputs("' ");
  writeContext(kputc);
  kputs(": ");
  if (ok) for (let i: u32 = 0; i < n; i++) kputc(load<u8>(buf + i));
  else kputs("abort");
  kputs(" (line ");
  kputu(line);
  kputs(")\n");
  // The message is in the application's memory, gone with it: not kept.
  bugcheck(BugCode.Abort, line, 0, 0, 0, 0, false);
  appFault(app, t);
  threadExit();
}

/** The application's allocator found no room in its own memory
 *  (user/runtime.ts): reports it as the kernel's own allocator does (`***
 *  ivt OUT OF MEMORY in thread '<t>' (needed <n> bytes, <f> free)`, the
 *  numbers as the application gives them; the next line, the
 *  application's end, names it) and ends the whole application, as a trap
 *  does. Does not return. */
export function sys_out_of_memory(needed: u32, free: u32): void {
  const app = callerApp();
  if (app == 0) return;
  const t = threadCurrent()!;
  appFaultStart(t);
  writeOutOfMemory(needed, free);
  bugcheck(BugCode.OutOfMemory, needed, free, 1, 0, 0, false);
  appFault(app, t);
  threadExit();
}
