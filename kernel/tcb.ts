// The thread control block. Fields are grouped by who may change them;
// all of them change only with interrupts masked (the kernel lock).
//
//   identity      id, name, entry, arg, stackStart/stackBytes
//   scheduling    state, suspended, basePriority, priority, sliceLeft,
//                 next/prev (ready list or one wait queue), queue
//   waiting       deadline, timed, tnext/tprev (timeout list), waitResult,
//                 waitValue, waitPtr, waitFlags
//   ownership     heldMutexes (chain through Mutex.nextHeld), waitingMutex
//   notification  notifyValue, notifyPending
//
// Not @final: a kernel thread with something to undo when it ends
// subclasses it and overrides ended() (kernel/irq/threaded.ts).

import { Err } from "./errors";
import { NOTIFY_SLOTS } from "./config";
import { alignedObject } from "./heap-layout";

export enum ThreadState {
  /** Not created, or deleted and reclaimed: create may use it. */
  Free = 0,
  /** Runnable (the running thread is Ready too). */
  Ready = 1,
  /** Waiting for an object, a notification or a timeout. */
  Blocked = 2,
  /** Suspended and not blocked. */
  Suspended = 3,
  /** Ended (returned, exited, trapped, overflowed); its stack is released
   *  at the next switch and the block becomes Free. */
  Dead = 4,
}

/** Options of threadCreate, or-ed together. */
export enum ThreadFlags {
  None = 0,
  /** Create the thread suspended: it has its id and stack but does not run
   *  until threadResume (so a creator can finish setting up what the
   *  thread uses, or start a group of threads together). */
  Suspended = 1,
}

/** A queue of threads ordered by priority (most urgent first, FIFO among
 *  equals). Objects that threads wait on own one; subclasses hear when a
 *  waiter leaves or changes priority (the mutex recomputes inheritance).
 *  Every method needs the kernel lock held: the class is internal (not in
 *  kernel/ivt.ts), so its methods keep short names instead of the
 *  `...Locked` suffix that free functions carry (kernel/lock.ts). */
export class WaitQueue {
  head: Thread | null = null;

  /** A waiter left without being given the object (timeout, deletion,
   *  death). Called with the kernel lock held. */
  waiterLeft(t: Thread): void {}

  /** A waiter's priority changed after it was queued. Lock held. */
  waiterPriorityChanged(t: Thread): void {}

  /** A thread just started waiting here. Lock held. */
  waiterAdded(t: Thread): void {}

  /** Inserts by priority. Lock held. */
  insert(waiter: Thread): void {
    const t = alignedObject(waiter);
    t.queue = this;
    let p = alignedObject(this.head);
    if (p === null || t.priority < p.priority) {
      t.next = p;
      t.prev = null;
      if (p !== null) p.prev = t;
      this.head = t;
      return;
    }
    while (p.next !== null && p.next!.priority <= t.priority) p = p.next!;
    t.next = p.next;
    t.prev = p;
    if (p.next !== null) p.next!.prev = t;
    p.next = t;
  }

  /** Unlinks `t`. Inline: a wake makes it on every hand-off (three
   *  callers in all). Lock held. */
  // @ts-ignore: decorator
  @inline remove(t: Thread): void {
    if (t.prev !== null) t.prev!.next = t.next;
    else this.head = t.next;
    if (t.next !== null) t.next!.prev = t.prev;
    t.next = null;
    t.prev = null;
    t.queue = null;
  }

  /** Re-sorts `t` after its priority changed. Lock held. */
  reposition(t: Thread): void {
    this.remove(t);
    this.insert(t);
  }

  @inline isEmpty(): bool {
    return this.head === null;
  }
}

/** No entry: a Free thread's placeholder. */
function noEntry(arg: u32): void {}

export class Thread {
  // identity
  id: u32 = 0;
  name: string = "";
  entry: (arg: u32) => void = noEntry;
  arg: u32 = 0;
  stackStart: u32 = 0xffffffff;
  stackBytes: u32 = 0;

  // scheduling
  state: ThreadState = ThreadState.Free;
  suspended: bool = false;
  basePriority: u32 = 0;
  priority: u32 = 0;
  sliceLeft: u32 = 0;
  /** Cycles this thread has run, interrupt handlers excluded: the low and
   *  high words (kernel/stats.ts); 0 at each create. */
  runLo: u32 = 0;
  runHi: u32 = 0;
  next: Thread | null = null;
  prev: Thread | null = null;
  queue: WaitQueue | null = null;

  // waiting
  deadline: u32 = 0;
  timed: bool = false;
  tnext: Thread | null = null;
  tprev: Thread | null = null;
  waitResult: Err = Err.Ok;
  waitValue: u32 = 0;
  waitPtr: usize = 0;
  waitFlags: u32 = 0;

  // ownership (typed loosely to keep tcb.ts free of mutex.ts)
  heldMutexes: MutexLink | null = null;
  waitingMutex: MutexLink | null = null;

  // notification: slot 0 here, slots 1 .. NOTIFY_SLOTS - 1 in notifyMore
  // (value, pending) pairs
  notifyValue: u32 = 0;
  notifyPending: bool = false;
  notifyMore: StaticArray<u32> | null = NOTIFY_SLOTS > 1 ? new StaticArray<u32>(<i32>(2 * (NOTIFY_SLOTS - 1))) : null;

  // isolation (last: the fields above keep the offsets the hot paths use)
  /** The application (kernel/apps.ts) the thread belongs to, 1-based; 0
   *  for the kernel's own threads and those of an image without isolated
   *  applications. */
  app: u32 = 0;
  /** The handle slot naming the thread to its application
   *  (kernel/handles.ts), freed when the thread is reclaimed; -1: none. */
  handleSlot: i32 = -1;
  /** The handle slot of a thread an application created (thread_create):
   *  kept after the thread ends, until the application joins or deletes
   *  it, as a POSIX thread's; -1: none. */
  appSlot: i32 = -1;

  /** Clears every notification slot (threadCreate). */
  clearNotifications(): void {
    this.notifyValue = 0;
    this.notifyPending = false;
    if (NOTIFY_SLOTS > 1) {
      const more = this.notifyMore!;
      for (let i = 0; i < more.length; i++) unchecked((more[i] = 0));
    }
  }

  /** Called as the thread ends (returned, exited, deleted, trapped,
   *  overflowed), lock held, before its id and stack are reclaimed. A
   *  kernel thread that leaves something behind overrides it: a threaded
   *  interrupt's bottom-half thread (kernel/irq/threaded.ts) masks its
   *  line. A method rather than a call from thread.ts, so that the thread
   *  code does not import the interrupt code. */
  ended(): void {}
}

/** What the scheduler needs of a mutex: its owner, the chain of mutexes a
 *  thread holds, and the most urgent waiter (priority inheritance). */
export abstract class MutexLink {
  owner: Thread | null = null;
  nextHeld: MutexLink | null = null;
  abstract waiters(): WaitQueue;
}
