// Deferred work: what a top half hands on to thread context.
//
//   deferCall(w)          run w.run() soon, in the timer thread (priority
//                         TIMER_THREAD_PRIORITY, above all application
//                         threads by default), as FreeRTOS's pended
//                         function calls: Linux's tasklet, outside interrupt
//                         context, may take locks, should not block
//   WorkQueue             a worker thread at a priority of your choosing;
//                         queue(w), queueDelayed(w, ticks), cancel(w), flush()
//   NapiPoller            Linux NAPI: the top half masks its line and
//                         schedules poll(budget) until the device is drained
//
// A Work item is pending at most once: queueing it again before it runs
// does nothing (it runs once, and sees everything that happened). Items run
// in the order they were queued. Queue and cancel work from any context.

import { Err } from "./errors";
import { alignedObject } from "./heap-layout";
import { FOREVER, IDLE_PRIORITY, MAX_THREADS } from "./config";
import { Thread } from "./tcb";
import { threadCreate } from "./thread";
import { MAX_TIMEOUT, threadCurrent, mayBlock } from "./sched";
import { assertLocked, kernelLock, kernelUnlock } from "./lock";
import { notifyGive, notifyTake } from "./notify";
import { Semaphore } from "./sem";
import { SoftTimer, TimerCallback, timerThread, timerThreadMade, timerThreadNeeded, timerThreadWakeLocked } from "./swtimer";
import { irqDisable, irqEnable } from "./irq";
import { inInterrupt } from "./context";
import { TraceKind, trace } from "./trace";
import { portCycles } from "./port";

/** A unit of deferred work. Extend it and implement run(). */
export abstract class Work {
  /** Set by the kernel: next pending item of its queue. */
  next: Work | null = null;
  /** Set by the kernel: queued and not yet started. */
  pending: bool = false;
  /** Set by the kernel: the queue it is pending on. */
  owner: WorkQueue | null = null;
  /** portCycles() when it was queued (latency figures). */
  queuedAt: u32 = 0;
  /** Times run() ran. */
  runs: u32 = 0;
  /** For queueDelayed: created at its first use. */
  delay: DelayTimer | null = null;

  /** The work. Runs in the queue's worker thread. Thread context. */
  abstract run(): void;
}

/** Fires a delayed item onto its queue. */
@final class DelayTimer extends TimerCallback {
  timer: SoftTimer = new SoftTimer();
  queue: WorkQueue | null = null;
  constructor(public work: Work) {
    super();
  }
  fire(timer: SoftTimer): void {
    if (this.queue !== null) this.queue!.queue(this.work);
  }
}

/** Wakes the threads in flush() once everything queued before their
 *  calls has run. One per queue, shared by every flush: a round is one run
 *  of it. A flush that finds it queued (or running) already cannot count on
 *  that round, which may run before items queued since: it asks for the
 *  next (`again`) and waits for two. Every round wakes all the threads
 *  waiting (a unit each), and each looks whether its round has come. */
@final class Barrier extends Work {
  done: Semaphore = new Semaphore();
  /** Rounds run. */
  rounds: u32 = 0;
  /** Queued or running: a flush now waits for the round after. */
  armed: bool = false;
  /** A flush came while armed: queue another round after this one. */
  again: bool = false;
  /** Threads that will take a unit of `done` for this round. */
  sleepers: u32 = 0;
  run(): void {
    const s = kernelLock();
    this.rounds++;
    const n = this.sleepers;
    this.sleepers = 0;
    const again = this.again;
    this.again = false;
    this.armed = again;
    kernelUnlock(s);
    if (again) this.owner!.queue(this);
    for (let i: u32 = 0; i < n; i++) this.done.give();
  }
}

function workerMain(arg: u32): void {
  const q = changetype<WorkQueue>(<usize>arg);
  for (;;) {
    notifyTake(true, FOREVER);
    q.drain();
  }
}

@final export class WorkQueue {
  private head: Work | null = null;
  private tail: Work | null = null;
  /** The worker thread: the timer thread until create() makes one (the
   *  deferred calls' queue keeps it: inTimerThread). Never null, so that
   *  the hot paths test nothing: `live` says whether there is a worker. */
  private worker: Thread = timerThread;
  private inTimerThread: bool = false;
  private barrier: Barrier = new Barrier();
  private live: bool = false;
  /** Items run since create. */
  ran: u32 = 0;
  /** Longest wait from queue() to the start of run(), in cycles. */
  worstLatency: u32 = 0;

  /** Starts the queue's worker thread `name` at `priority` (0 .. PRIORITIES
   *  - 2, as any application thread: the idle level would give a worker
   *  that threadDelete, threadSuspend and threadSetPriority refuse).
   *  Returns Err.Ok; Err.Busy if already created; Err.Invalid for a
   *  priority out of that range; the errors of threadCreate. Thread
   *  context. */
  create(name: string, priority: u32, stackBytes: u32): Err {
    if (this.live) return Err.Busy;
    if (priority >= IDLE_PRIORITY) return Err.Invalid;
    this.barrier.done.create(0, MAX_THREADS);
    // Set before the thread exists: it may run (and drain) at once. A
    // create that failed before left its thread object here.
    if (this.worker === timerThread) this.worker = new Thread();
    const e = threadCreate(this.worker, name, workerMain, changetype<u32>(this), priority, stackBytes);
    if (e != Err.Ok) return e;
    this.live = true;
    return Err.Ok;
  }

  /** Queues `w` to run once in the worker. Returns true if it was queued,
   *  false if it was already pending, here or on another queue (it still
   *  runs once, there), or the queue is not created. Any context. (The
   *  deferred calls' queue is for deferCall, which makes the timer thread
   *  first; an item queued on it here before that makes it too if the
   *  stack arena has room, else waits for its first use.) */
  queue(w: Work): bool {
    if (!this.live) return false;
    const s = kernelLock();
    if (w.pending) {
      kernelUnlock(s);
      return false;
    }
    w.pending = true;
    w.owner = this;
    w.next = null;
    w.queuedAt = portCycles();
    if (this.tail === null) this.head = w;
    else this.tail!.next = w;
    this.tail = w;
    if (this.inTimerThread) {
      timerThreadWakeLocked();
      kernelUnlock(s);
    } else {
      kernelUnlock(s);
      notifyGive(this.worker);
    }
    return true;
  }

  /** Queues `w` after `ticks` ticks (restarting the delay if it was
   *  already waiting). Returns Err.Ok; Err.Invalid for 0 ticks, more
   *  than MAX_TIMEOUT, or a queue not created; Err.InInterrupt for an
   *  item's first delay asked from an interrupt handler (that call
   *  allocates the item's timer: make it in thread context); Err.NoSpace
   *  when the delay is the first timer and the stack arena has no room for
   *  the timer thread (SoftTimer.start). Any context. */
  queueDelayed(w: Work, ticks: u32): Err {
    if (!this.live || ticks == 0 || ticks > MAX_TIMEOUT) return Err.Invalid;
    if (w.delay === null) {
      if (inInterrupt()) return Err.InInterrupt;
      w.delay = new DelayTimer(w);
    }
    const d = w.delay!;
    d.queue = this;
    const e = d.timer.create(d, ticks, false);
    if (e == Err.Busy) {
      d.timer.stop();
      d.timer.create(d, ticks, false);
    }
    return d.timer.start();
  }

  /** Takes `w` off the queue (and stops its delay). Returns true if it was
   *  pending or delayed and will not run; an item already running finishes.
   *  Any context. */
  cancel(w: Work): bool {
    let was = false;
    if (w.delay !== null && w.delay!.timer.isActive()) {
      w.delay!.timer.stop();
      was = true;
    }
    const s = kernelLock();
    if (w.pending && w.owner === this) {
      let prev: Work | null = null;
      let p = this.head;
      while (p !== null && p !== w) {
        prev = p;
        p = p.next;
      }
      if (p !== null) {
        if (prev === null) this.head = w.next;
        else prev.next = w.next;
        if (this.tail === w) this.tail = prev;
        w.pending = false;
        w.next = null;
        was = true;
      }
    }
    kernelUnlock(s);
    return was;
  }

  /** Waits until every item queued before the call has run; several
   *  threads may flush at once, each waits for its own items. Returns
   *  Err.Ok; Err.Invalid (not created); Err.Busy from the worker itself;
   *  Err.InInterrupt; Err.NoThread; Err.Aborted (threadAbortWait).
   *  Thread context only. */
  flush(): Err {
    if (!this.live) return Err.Invalid;
    const e = mayBlock();
    if (e != Err.Ok) return e;
    if (this.isWorker()) return Err.Busy;
    // Deferred calls with no timer thread yet: none was ever queued.
    if (this.inTimerThread && !timerThreadMade()) return Err.Ok;
    const b = this.barrier;
    let s = kernelLock();
    let target = b.rounds + 1;
    const first = !b.armed;
    if (first) b.armed = true;
    else {
      b.again = true;
      target++;
    }
    kernelUnlock(s);
    if (first) this.queue(b);
    s = kernelLock();
    while (<i32>(b.rounds - target) < 0) {
      b.sleepers++;
      kernelUnlock(s);
      const r = b.done.take(FOREVER);
      if (r != Err.Ok) return r;
      s = kernelLock();
    }
    kernelUnlock(s);
    return Err.Ok;
  }

  /** The worker thread (for deferCall's queue, the timer thread), or null
   *  before create. Any context. */
  workerThread(): Thread | null {
    return this.live ? this.worker : null;
  }

  private isWorker(): bool {
    return this.live && this.worker === threadCurrent();
  }

  /** Makes the timer thread this queue's worker: it runs one item between
   *  two looks at its timers (kernel/timerthread.ts). Kernel internal, for
   *  the deferred calls' queue only: the timer thread drains no other, so
   *  any other queue is left as it is. Boot only. */
  runInTimerThread(): void {
    if (this !== deferred || this.live) return;
    this.barrier.done.create(0, MAX_THREADS);
    this.worker = timerThread;
    this.inTimerThread = true;
    this.live = true;
  }

  /** Whether an item is waiting. Lock held. */
  hasPendingLocked(): bool {
    assertLocked();
    return this.head !== null;
  }

  /** Runs pending items until none is left. The worker thread. */
  drain(): void {
    while (this.runOne()) {}
  }

  /** Runs the next pending item, if any. Returns whether one ran. The
   *  worker thread. */
  runOne(): bool {
    const self = alignedObject(this);
    const s = kernelLock();
    const w = self.takeLocked();
    kernelUnlock(s);
    if (w === null) return false;
    const id = alignedObject(self.worker).id;
    trace(TraceKind.WorkStart, id);
    w.runs++;
    w.run();
    trace(TraceKind.WorkEnd, id);
    self.ran++;
    return true;
  }

  /** Takes the next pending item off the queue, or null. Lock held. */
  private takeLocked(): Work | null {
    assertLocked();
    const w = alignedObject(this.head);
    if (w === null) return null;
    this.head = w.next;
    if (this.head === null) this.tail = null;
    w.next = null;
    w.pending = false;
    const latency = portCycles() - w.queuedAt;
    if (latency > this.worstLatency) this.worstLatency = latency;
    return w;
  }
}


// ---- deferred calls ------------------------------------------------------

const deferred = new WorkQueue();

/** Whether a deferred call waits (the timer thread's loop asks). Lock
 *  held. */
export function deferredPendingLocked(): bool {
  return deferred.hasPendingLocked();
}

/** Runs the next deferred call, if any. The timer thread. */
export function deferredRunOne(): void {
  deferred.runOne();
}

/** Gives the deferred calls to the timer thread (created before). Boot
 *  only. */
export function deferredStart(): void {
  deferred.runInTimerThread();
}

/** Runs `w` soon in the timer thread, outside interrupt context; the first
 *  deferred call (or software timer) makes that thread. Returns true if
 *  queued; false if it was already pending (it runs once), or when the
 *  timer thread was not made yet and the stack arena has no room for its
 *  stack (TIMER_STACK_BYTES): then `w` does not run. Any context. */
export function deferCall(w: Work): bool {
  // The first deferred call makes the timer thread (swtimer.ts), here
  // rather than in queue(), which every work queue's items take.
  return (timerThreadMade() || timerThreadNeeded()) && deferred.queue(w);
}

/** The deferred calls' queue, whose worker is the timer thread (for its
 *  counters and flush). Any context. */
export function deferredQueue(): WorkQueue {
  return deferred;
}

// ---- NAPI-style polling --------------------------------------------------

/** A device served by polling under load: the top half calls
 *  napiSchedule(this) and returns; the line stays masked while poll() runs
 *  as a deferred call (in the timer thread), up to `budget` items a round; a round that
 *  uses its whole budget is re-queued (letting other deferred work in), one
 *  that finds the device drained unmasks the line. A budget of 0 counts as
 *  1: every round of it would count as full, and re-queue itself forever. */
export abstract class NapiPoller extends Work {
  /** Rounds run; rounds that used their whole budget. */
  rounds: u32 = 0;
  fullRounds: u32 = 0;
  scheduled: bool = false;
  constructor(public vector: u32, public budget: u32) {
    super();
  }

  /** Processes up to `budget` items; returns how many it processed.
   *  Thread context (the timer thread, which runs deferred calls). */
  abstract poll(budget: u32): u32;

  run(): void {
    this.rounds++;
    const budget = max(this.budget, 1);
    const n = this.poll(budget);
    if (n >= budget) {
      this.fullRounds++;
      deferCall(this);
      return;
    }
    this.scheduled = false;
    irqEnable(this.vector);
  }
}

/** From a top half: masks the poller's line and schedules its polling.
 *  Returns false if it is already scheduled, or cannot be (deferCall:
 *  no room for the timer thread's stack; the line stays enabled). Any
 *  context. */
export function napiSchedule(p: NapiPoller): bool {
  const s = kernelLock();
  if (p.scheduled) {
    kernelUnlock(s);
    return false;
  }
  if (!deferCall(p)) {
    // No timer thread to poll in (no room for its stack): the line stays
    // enabled, and the top half is called again.
    kernelUnlock(s);
    return false;
  }
  p.scheduled = true;
  irqDisable(p.vector);
  kernelUnlock(s);
  return true;
}
