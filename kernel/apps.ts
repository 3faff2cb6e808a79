// Applications in their own modules (docs/isolation.md).
//
// An image with isolated applications has a kernel module (kernel, drivers,
// board) and one module per application, each with its own linear memory.
// The kernel's main thread is then the applications' supervisor: it
// starts each application's main in a thread of its own, restarts an
// application that faulted if its policy says so, and ends the program
// with the first application's result (the primary's, like main's today).
//
// An application's threads belong to it (Thread.app). A fault in any of
// them (trap, abort, out of memory, stack overflow) ends the whole
// application: every thread, every object its handles name; the kernel and
// the other applications go on.

import { Err } from "./errors";
import { FOREVER, ISOLATED_APPS, MAIN_PRIORITY, MAX_THREADS, APP_MAIN_STACK_BYTES } from "./config";
import { Thread, ThreadState } from "./tcb";
import { kernelThreadCreate, setAppOverflowHandler, threadDelete, threadSetPriority } from "./thread";
import { runningAppIndex, threadCurrent } from "./sched";
import { Semaphore } from "./sem";
import { Mutex } from "./mutex";
import { Queue } from "./queue";
import { EventFlags } from "./events";
import { Pool } from "./pool";
import { StreamBuffer } from "./stream";
import { QueueSet } from "./queueset";
import { kernelLock, kernelUnlock } from "./lock";
import { HANDLE_SLOTS, Kind, handlesInit, handleLendObject, handleRelease, handleTake, slotKind, slotObject, slotOwner } from "./handles";
import { portAppEnter, portAppMemoryBytes, portAppReset } from "./port";
import { kputc, kputs, kputu } from "./console";
import { ExitCode } from "./panic";
import { grantsRelease } from "./grants";

/** Applications an image may hold. */
export const MAX_APPS: u32 = 8;

/** Restart policies (app.json "restart"): a number N > 0 is "up to N
 *  times". */
export const RESTART_NEVER: i32 = 0;
export const RESTART_ALWAYS: i32 = -1;

class App {
  name: string = "";
  policy: i32 = RESTART_NEVER;
  restarts: u32 = 0;
  /** Its main thread, and its handle's slot while it lives. */
  main: Thread = new Thread();
  /** Bytes of its linear memory (the host's answer, at start). */
  memoryBytes: u32 = 0;
  running: bool = false;
  /** Faulted and waiting for the supervisor to restart it. */
  restartDue: bool = false;
  /** A thread of it overflowed its stack: the supervisor ends the rest. */
  endDue: bool = false;
  /** Its threads the switch ended as overflowed since its last end: counted
   *  among the threads its end reports, as a faulting thread is. */
  overflowed: u32 = 0;
  /** Its module must be made afresh before its main runs again. */
  resetDue: bool = false;
}

// Made by the first appDefine: an image without isolated applications
// compiles none of this file's state.
let apps: StaticArray<App | null> | null = null;
let appCount: u32 = 0;
/** Given by an application's end or fault, taken by the supervisor. */
let events: Semaphore = changetype<Semaphore>(0);
let primaryCode: i32 = 0;
let primaryEnded: bool = false;

/** Adds application `name` (its index is the count so far) with its
 *  restart policy. The generated kernel entry calls it once per
 *  application, before boot. Boot only. */
export function appDefine(name: string, restart: i32): void {
  if (apps === null) {
    apps = new StaticArray<App | null>(<i32>MAX_APPS);
    events = new Semaphore();
    handlesInit();
  }
  if (appCount >= MAX_APPS) return;
  const a = new App();
  a.name = name;
  a.policy = restart;
  unchecked((apps![<i32>appCount] = a));
  appCount++;
}

function appAt(index: u32): App {
  return unchecked(apps![<i32>index])!;
}

/** The application the running thread belongs to (1-based), 0 for a
 *  kernel thread or outside threads. Any context. */
export function callerApp(): u32 {
  // Kept by the scheduler at each switch: one load, not the running
  // thread's object checked and read, on every system call.
  if (ISOLATED_APPS) return runningAppIndex();
  const t = threadCurrent();
  return t === null ? 0 : t.app;
}

/** Bytes of application `app`'s (1-based) memory. Any context. */
export function appMemoryBytes(app: u32): u32 {
  return appAt(app - 1).memoryBytes;
}

/** The name of application `app` (1-based). Any context. */
export function appName(app: u32): string {
  return appAt(app - 1).name;
}

/** The supervisor: the kernel's main thread in an image with isolated
 *  applications (the generated entry passes it to bootConfigure). Starts
 *  every application, restarts those that fault as their policy allows,
 *  and returns the first application's result when its main returns (or
 *  ExitCode.Trap if it faulted for good). Thread context. */
export function appsMain(): i32 {
  if (events.create(0, MAX_THREADS + MAX_APPS) != Err.Ok) return ExitCode.Abort;
  setAppOverflowHandler(appThreadOverflowed);
  for (let i: u32 = 0; i < appCount; i++) appStart(i);
  for (;;) {
    events.take(FOREVER);
    if (primaryEnded) return primaryCode;
    for (let i: u32 = 0; i < appCount; i++) {
      const a = appAt(i);
      if (a.endDue) {
        a.endDue = false;
        appEnd(i, null);
      }
      if (!a.restartDue) continue;
      a.restartDue = false;
      // The fresh instance is made in the application's new main thread
      // (appMainEntry): a trap in its top-level code is then a fault of
      // the application, not of the supervisor.
      a.resetDue = true;
      appStart(i);
    }
    const p = appAt(0);
    if (!p.running && !p.restartDue) break;
  }
  return ExitCode.Trap; // the first application faulted for good
}

/** Starts application `index`'s main in its own thread. Thread context. */
function appStart(index: u32): void {
  const a = appAt(index);
  if (a.memoryBytes == 0) a.memoryBytes = portAppMemoryBytes(index);
  const t = a.main;
  t.app = index + 1;
  const s = kernelLock();
  const slot = handleTake(Kind.Thread, index + 1);
  if (slot >= 0) handleLendObject(slot, changetype<usize>(t));
  kernelUnlock(s);
  t.handleSlot = slot;
  a.running = true;
  a.overflowed = 0;
  const e = kernelThreadCreate(t, a.name, appMainEntry, index, MAIN_PRIORITY, APP_MAIN_STACK_BYTES);
  if (e != Err.Ok) {
    a.running = false;
    if (slot >= 0) handleRelease(slot);
    t.handleSlot = -1;
    writeAppLine(index, "cannot start its main thread");
  }
}

/** An application's main thread: its main, then the end of the program
 *  if it is the first application. The application's other threads go
 *  on. */
function appMainEntry(index: u32): void {
  const a = appAt(index);
  if (a.resetDue) {
    a.resetDue = false;
    if (portAppReset(index) == 0) {
      writeAppLine(index, "cannot be restarted: the host cannot reset its module");
      a.running = false;
      events.give();
      return;
    }
  }
  const code = portAppEnter(index, 0, 0);
  if (index == 0) {
    primaryCode = code;
    primaryEnded = true;
    events.give();
  }
}

/** Writes `*** ivt app '<name>' <what>` and a newline. */
function writeAppLine(index: u32, what: string): void {
  kputs("*** ivt app '");
  kputs(appAt(index).name);
  kputs("' ");
  kputs(what);
  kputc(10);
}

/** Ends application `app` (1-based) after a fault of its thread `t`, which
 *  the caller reported and then ends itself (threadExit): deletes every
 *  other thread of the application and every object its handles name
 *  (waiters wake with Err.Deleted; mutexes pass with Err.OwnerDied), and
 *  asks the supervisor to restart it if its policy allows. Thread context
 *  (the faulting thread). */
export function appFault(app: u32, t: Thread): void {
  appFaultStart(t);
  appEnd(app - 1, t);
  events.give();
}

/** Called first on every fault path of an application's thread `t`, before
 *  its report: nothing else runs until the thread has ended. Not the
 *  supervisor its report wakes (which would make the module afresh while
 *  this thread still has frames in it), not the application's other
 *  threads, not other applications (whose output would cut into the
 *  report). Thread context (the faulting thread). */
export function appFaultStart(t: Thread): void {
  if (t.priority != 0) threadSetPriority(t, 0);
}

/** The switch found a thread of application `app` (1-based) overflowed
 *  and ended it: the supervisor ends the rest of the application. Called
 *  inside the switch (kernel/thread.ts), so it only marks and wakes. */
function appThreadOverflowed(app: u32): void {
  const a = appAt(app - 1);
  a.endDue = true;
  a.overflowed++;
  events.give();
}

/** Deletes application `index`'s threads but `except` and its objects,
 *  says so, and marks it for a restart if its policy allows. Thread
 *  context. */
function appEnd(index: u32, except: Thread | null): void {
  const a = appAt(index);
  const app = index + 1;
  if (!a.running) return;
  a.running = false;
  // The threads that faulted count as released too: the one this end was
  // called for, and any the switch ended as overflowed (already dead), so
  // that the report is the same whichever check caught an overflow.
  let threads: u32 = (except === null ? 0 : 1) + a.overflowed;
  a.overflowed = 0;
  let objects: u32 = 0;
  // Threads first: deleting an object first would wake its waiters, which
  // would run on (a main returning, a thread reacting to Err.Deleted).
  for (let i = 0; i < <i32>HANDLE_SLOTS; i++) {
    if (slotOwner(i) != app || slotKind(i) != Kind.Thread) continue;
    const other = changetype<Thread>(slotObject(i));
    // The faulting thread's own slot: a main thread's is freed when the
    // thread is reclaimed (Thread.handleSlot), any other's now.
    // Told apart by identity: a thread a sibling's delete has claimed
    // (appSlot -1) and that faulted before that delete ended is no main
    // thread, and its slot must go now (nothing else would free it).
    if (other === except && other === a.main) continue;
    if (other !== except && other.state != ThreadState.Free && other.state != ThreadState.Dead) {
      threadDelete(other);
      threads++;
    }
    const s = kernelLock();
    if (slotOwner(i) == app) handleRelease(i);
    kernelUnlock(s);
    if (other.appSlot == i) other.appSlot = -1;
  }
  for (let i = 0; i < <i32>HANDLE_SLOTS; i++) {
    if (slotOwner(i) != app) continue;
    const kind = slotKind(i);
    const obj = slotObject(i);
    // obj 0: a slot taken whose object was never made (keptObject asks
    // for room first, so only by a bug); nothing to delete at address 0.
    if (obj != 0) deleteKept(kind, obj);
    if (kind == Kind.Thread) continue; // the faulting thread's: freed when it is reclaimed
    if (kind != Kind.Device) objects++;
    const s = kernelLock();
    if (slotOwner(i) == app) handleRelease(i);
    kernelUnlock(s);
  }
  const lines = grantsRelease(app);
  kputs("*** ivt app '");
  kputs(a.name);
  kputs("' ended: ");
  kputu(threads);
  kputs(" thread(s) and ");
  kputu(objects);
  kputs(" object(s) released");
  if (lines != 0) {
    kputs(", ");
    kputu(lines);
    kputs(" interrupt line(s) freed and masked");
  }
  kputs("; the kernel and the other apps go on\n");
  if (a.policy == RESTART_ALWAYS || <u32>a.policy > a.restarts) {
    a.restarts++;
    a.restartDue = true;
    kputs("*** ivt app '");
    kputs(a.name);
    kputs("' restarts (");
    kputu(a.restarts);
    if (a.policy != RESTART_ALWAYS) {
      kputs(" of ");
      kputu(<u32>a.policy);
    }
    kputs(")\n");
  }
}

/** Deletes an application's object of `kind` at `obj` as its application
 *  ends (its waiters wake with Err.Deleted, its storage goes back). */
function deleteKept(kind: Kind, obj: usize): void {
  if (kind == Kind.Semaphore) changetype<Semaphore>(obj).delete();
  else if (kind == Kind.Mutex) changetype<Mutex>(obj).delete();
  else if (kind == Kind.Queue) changetype<Queue>(obj).delete();
  else if (kind == Kind.Events) changetype<EventFlags>(obj).delete();
  else if (kind == Kind.Pool) changetype<Pool>(obj).delete();
  else if (kind == Kind.Stream || kind == Kind.Message) changetype<StreamBuffer>(obj).delete();
  else if (kind == Kind.QueueSet) changetype<QueueSet>(obj).delete();
}
