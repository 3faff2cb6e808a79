// The scheduler: the ready queue, the running thread, blocking and waking,
// and the two calls the host makes at a context switch.
//
// Ready queue: one circular list per priority and a bitmap of non-empty
// lists, so the most urgent ready thread is one count-trailing-zeros away:
//
//   readyMap  bit p set <=> readyHead[p] != null      (0 = most urgent)
//   readyHead[p] -> T1 <-> T2 <-> T3 -> (back to T1)  the running thread
//                                                      stays at its head
//
// Time slices: a thread gets a full slice (TIME_SLICE_TICKS) when it joins
// the back of its ready list: created, woken, resumed, moved to another
// priority, or rotated by a yield or the end of its slice. A thread that a
// more urgent one preempts stays at the head of its list and keeps what
// was left of its slice, so a fast periodic thread cannot starve its
// peers by renewing their slices.
//
// Every change happens with interrupts masked (the kernel lock). A switch
// is asked of the host and happens where the host can run it: on Cortex-M
// when no interrupt is active and the lock is free (PendSV), on sim at the
// next host call made with interrupts enabled. Two ways to ask:
//
//   from a thread that yields or blocks, and releases the lock with
//   interrupts enabled (switchFromThreadLocked): the kernel chooses the
//   next thread, records the switch and makes it the running one now,
//   and the host only swaps stacks (portSwitchTo);
//   from an interrupt handler (a wake, the tick's time slice): noted
//   (switchAsked), and the outermost interrupt's end makes the choice
//   once, however many threads its handlers woke, and tells the host as
//   a thread does (switchAtInterruptEnd, portSwitchTo);
//   from anywhere else (a thread inside its own masked section, a thread
//   that ends): portSwitchRequest, and the host asks ivtswitch at its
//   switch point who runs next.
//
// Between the kernel's choice and the host's swap, `running` is already
// the next thread: an interrupt taken in that gap sees it as the one it
// interrupted, as it will be once the swap is done.

import { Err } from "./errors";
import { FOREVER, MAX_THREADS, MAX_TIMEOUT, PRIORITIES, TIME_SLICE_TICKS } from "./config";
import { Thread, ThreadState, WaitQueue } from "./tcb";
import { inInterrupt, setRunningName } from "./context";
import { portCycles, portIrqRestore, portSwitchRequest, portSwitchTo } from "./port";
import { statsSwitchLocked } from "./runclock";
import { ISOLATED_APPS, RUN_STATS, TRACE_ENABLED } from "./config";
import { assertLocked, kernelLock, kernelUnlock } from "./lock";
import { alignedObject, fieldsChecked, knownAligned } from "./heap-layout";
import { deadlineAfter, timeoutAddLocked, timeoutDueLocked, timeoutRemoveLocked } from "./timeout";
import { TraceKind, traceThreadAtLocked, traceThreadLocked } from "./trace";

// The ready lists' heads: static data at a constant address, not an array
// on the heap, so that a head is one load from a constant base (no load of
// the array's address first); the priority is masked to the table's size
// (a priority is always below PRIORITIES, a power of two), so the
// translated bounds check on the access folds away: a yield, a wake and a
// switch each read or write a head. Threads are referenced from
// threadTable too, where a runtime with a collector (the unit tests') sees
// them.
const READY_HEADS = memory.data(<i32>(PRIORITIES * sizeof<usize>()), <i32>sizeof<usize>());
// @ts-ignore: a compile-time check
if ((PRIORITIES & (PRIORITIES - 1)) != 0) ERROR("kernel/sched.ts: PRIORITIES must be a power of two (the ready heads' index is masked)");
@inline function readyHeadAddr(p: u32): usize {
  return READY_HEADS + ((<usize>p & (<usize>PRIORITIES - 1)) << alignof<usize>());
}
@inline function readyHead(p: u32): Thread | null {
  return changetype<Thread | null>(knownAligned(load<usize>(readyHeadAddr(p))));
}
@inline function setReadyHead(p: u32, t: Thread | null): void {
  store<usize>(readyHeadAddr(p), changetype<usize>(t));
}
let readyMap: u32 = 0;
let running: Thread | null;
/** The running thread's application (Thread.app: 0 for the kernel's own
 *  threads), kept at each switch in an image with isolated applications,
 *  where every system call asks it (kernel/apps.ts callerApp). */
let runningApp: u32 = 0;
let started = false;
/** A switch asked for in an interrupt handler, which the outermost
 *  interrupt's end makes (switchAtInterruptEnd). */
let switchAsked = false;

/** Threads by id; ids index the host's per-thread tables. */
export const threadTable = new StaticArray<Thread | null>(<i32>MAX_THREADS);

/** The running thread. Arguments: none. Returns: the running thread; null
 *  before threads run. In an interrupt handler, the thread it interrupted.
 *  Errors: none. Any context. */
export function threadCurrent(): Thread | null {
  return runningThread();
}

/** `running`, known aligned (alignedObject): every read of the running
 *  thread's fields goes through it. Any context. */
// @ts-ignore: decorator
@inline function runningThread(): Thread | null {
  return alignedObject(running);
}

/** Whether threads run yet. Any context. */
export function schedulerStarted(): bool {
  return started;
}

/** Marks the scheduler started; called once by boot just before the host's
 *  thread_start. */
export function schedulerStart(): void {
  started = true;
}

/** Appends `t` to its priority's ready list, with a full time slice.
 *  Lock held. */
export function readyInsertLocked(t: Thread): void {
  readyAppendLocked(t);
}

/** readyInsertLocked inline, for the hot paths: a wake (a give, a
 *  timeout, a bottom half's interrupt) and a resume make a thread ready,
 *  and the call cost them about 15 instructions. Lock held. */
@inline export function readyAppendLocked(t: Thread): void {
  assertLocked();
  t.sliceLeft = TIME_SLICE_TICKS;
  const p = t.priority;
  const head = readyHead(p);
  if (head === null) {
    t.next = t;
    t.prev = t;
    setReadyHead(p, t);
    readyMap |= 1 << p;
  } else {
    const tail = head.prev!;
    t.next = head;
    t.prev = tail;
    tail.next = t;
    head.prev = t;
  }
}

/** Removes `t` from its ready list. Lock held. */
export function readyRemoveLocked(t: Thread): void {
  readyUnlinkLocked(t);
}

/** readyRemoveLocked inline, for the hot paths: a thread that blocks or
 *  suspends itself. Lock held. */
@inline export function readyUnlinkLocked(t: Thread): void {
  assertLocked();
  const p = t.priority;
  if (t.next === t) {
    setReadyHead(p, null);
    readyMap &= ~(1 << p);
  } else {
    t.prev!.next = t.next;
    t.next!.prev = t.prev;
    if (readyHead(p) === t) setReadyHead(p, t.next);
  }
  t.next = null;
  t.prev = null;
}

/** The most urgent ready thread, or null when none (only before boot
 *  creates the idle thread). Lock held. */
@inline export function highestReadyLocked(): Thread | null {
  assertLocked();
  return readyMap == 0 ? null : readyHead(ctz(readyMap));
}

/** Asks for a switch if the running thread is no longer the one that
 *  should run. Lock held; any context. */
export function rescheduleLocked(): void {
  assertLocked();
  if (started && highestReadyLocked() !== running) askSwitchLocked();
}

/** Asks for a switch whose target is chosen later: in an interrupt
 *  handler by the outermost interrupt's end (switchAtInterruptEnd), so
 *  that the host only swaps stacks; elsewhere (a thread inside its own
 *  masked section) by the host's switch asking ivtswitch. Lock held. */
@inline function askSwitchLocked(): void {
  if (inInterrupt()) switchAsked = true;
  else portSwitchRequest();
}

/** Whether a handler of the interrupt ending now asked for a switch.
 *  Interrupt context (the dispatch's end). */
@inline export function switchAskedInInterrupt(): bool {
  return switchAsked;
}

/** Leaves a switch asked for in a handler to the host, which asks
 *  ivtswitch at its switch point, once no interrupt is active: for the
 *  dispatch's way out on a line with no handler, where an interrupt
 *  nested in it may have asked. At any depth: an outer interrupt's end
 *  then finds nothing asked, and the host's choice is the same. (Not
 *  switchAtInterruptEnd there: with a second call of it GCC no longer
 *  inlines it at the dispatch's end, 9 instructions more a switch.)
 *  Interrupt context. */
export function switchAskedToHost(): void {
  switchAsked = false;
  portSwitchRequest();
}

/** At the end of the outermost interrupt whose handlers asked for a switch
 *  (switchAskedInInterrupt), after its statistics: chooses the most urgent
 *  ready thread, records the switch and makes it the running thread, so the
 *  host's switch only swaps stacks (portSwitchTo), as a thread's own
 *  switch does; one choice for however many wakes the handlers made. A
 *  running thread that has ended is left to ivtswitch, which frees it.
 *  Interrupt context (the dispatch), interrupts enabled. */
export function switchAtInterruptEnd(): void {
  const s = kernelLock();
  switchAsked = false;
  const next = highestReadyLocked()!;
  const prev = runningThread();
  if (next !== prev) {
    if (prev === null || prev.state == ThreadState.Dead) {
      portSwitchRequest();
    } else {
      recordSwitchLocked(prev, prev.state, next);
      portSwitchTo(next.id);
    }
  }
  kernelUnlock(s);
}

/** As rescheduleLocked, as the last step before the caller releases the
 *  lock `saved` came from: from a thread whose release enables interrupts,
 *  the switch is made now (switchFromThreadLocked) and the host only swaps
 *  stacks. Lock held; any context. */
@inline export function rescheduleBeforeUnlockLocked(saved: u32): void {
  assertLocked();
  if (!started) return;
  const next = highestReadyLocked();
  if (next !== running) switchBeforeUnlockLocked(next!, saved);
}

/** rescheduleBeforeUnlockLocked's switch to `next`, out of line: the
 *  common case, no switch, stays a test at each call site. */
function switchBeforeUnlockLocked(next: Thread, saved: u32): void {
  if (inInterrupt() || saved != 0) {
    askSwitchLocked();
    return;
  }
  switchFromThreadLocked(next, 0);
}

/** Moves the running thread behind the others of its priority (yield,
 *  end of time slice), with a full slice for its next turn. Returns the
 *  thread now first of that priority when it is another one, which the
 *  caller switches to; null when no switch is due. No other thread can
 *  have become more urgent unnoticed: whatever made one ready asked for
 *  its switch then. Lock held. */
@inline export function rotateCurrentLocked(): Thread | null {
  assertLocked();
  const t = runningThread();
  if (t === null) return null;
  fieldsChecked(t);
  if (t.state != ThreadState.Ready) return null;
  t.sliceLeft = TIME_SLICE_TICKS;
  const next = alignedObject(t.next!);
  const p = t.priority;
  if (next === t || readyHead(p) !== t) return null;
  setReadyHead(p, next);
  return next;
}

/** Switches from the running thread, which has just yielded or blocked,
 *  to `next`, the most urgent ready thread, with the lock `saved` came
 *  from about to be released. When that release enables interrupts the
 *  switch is recorded and `next` made the running thread here, and the
 *  host only swaps stacks as the lock goes (portSwitchTo): the choice is
 *  made once, not again in ivtswitch. Inside the caller's own masked
 *  section (`saved` != 0) the switch waits for the host's switch point.
 *  Lock held; thread context (the caller checked mayBlock). */
@inline export function switchFromThreadLocked(next: Thread, saved: u32, nextWas: ThreadState = ThreadState.Free): void {
  assertLocked();
  if (saved != 0) {
    portSwitchRequest();
    return;
  }
  // Threads run: some thread is running (no null test on this path).
  const prev = changetype<Thread>(runningThread());
  recordSwitchLocked(prev, prev.state, next, nextWas);
  portSwitchTo(next.id);
}

/** Records the switch from `prev` (whose state is now `prevState`; null
 *  and Free before any thread ran) to `next`, which becomes the running
 *  thread: one cycle-counter stamp for the run-time statistics and the
 *  trace. Nothing is recorded when `next` is `prev`. Its time slice is
 *  left alone: a preempted thread resumes the rest of it. `nextWas`:
 *  Free, or the state `next` was readied from just now with no event of
 *  its own (readiedLocked), which the Switch event then carries. Lock
 *  held. */
@inline export function recordSwitchLocked(prev: Thread | null, prevState: ThreadState, next: Thread, nextWas: ThreadState = ThreadState.Free): void {
  assertLocked();
  if (next !== prev) {
    fieldsChecked(next);
    const now = RUN_STATS || TRACE_ENABLED ? portCycles() : 0;
    statsSwitchLocked(prev, now);
    traceSwitchLocked(prevState, next, now, nextWas);
    setRunningName(next.name);
    if (ISOLATED_APPS) runningApp = next.app;
  }
  running = next;
}

/** The running thread's application (0: none, or a kernel thread), as
 *  threadCurrent().app, in an image with isolated applications; 0 in any
 *  other. In an interrupt handler, the interrupted thread's. Any context. */
@inline export function runningAppIndex(): u32 {
  return ISOLATED_APPS ? runningApp : 0;
}

/** Changes the priority of a ready thread: it joins the back of its new
 *  level's list with a full slice, the running thread too (as FreeRTOS's
 *  vTaskPrioritySet and priority disinheritance do), so that the caller's
 *  reschedule lets a peer waiting at that level run first. At the head, a
 *  thread that raised and restored its own priority (a critical section,
 *  a mutex's inheritance ending) restarted its slice at every change and
 *  starved its peers. Lock held. */
export function readyRequeueLocked(t: Thread, priority: u32): void {
  assertLocked();
  readyRemoveLocked(t);
  t.priority = priority;
  readyInsertLocked(t);
}

/** Gives `t` the effective priority `p`, moving it in whatever queue it is
 *  on. Lock held. Here rather than in thread.ts, which imports mutex.ts:
 *  mutex.ts's priority inheritance calls it. */
export function setEffectivePriorityLocked(t: Thread, p: u32): void {
  assertLocked();
  if (t.priority == p) return;
  if (t.state == ThreadState.Ready) {
    readyRequeueLocked(t, p);
  } else {
    t.priority = p;
    if (t.queue !== null) {
      const q = t.queue!;
      q.reposition(t);
      q.waiterPriorityChanged(t);
    }
  }
}

/** Makes a blocked thread runnable with `result` as its wait's outcome;
 *  a suspended one stays off the ready queue until resumed. Lock held;
 *  any context. Does not reschedule: the caller does, once. */
export function wakeLocked(waiter: Thread, result: Err): void {
  const t = alignedObject(waiter);
  wakeQuietLocked(t, result);
  traceThreadLocked(TraceKind.Wake, t.id, t.state, ThreadState.Blocked);
}

/** wakeLocked without its trace event: for a caller that ends with
 *  readiedLocked(t, ThreadState.Blocked, ...), which writes it or folds it
 *  into the switch to `t`. Lock held; any context. */
@inline export function wakeQuietLocked(t: Thread, result: Err): void {
  assertLocked();
  fieldsChecked(t);
  if (t.queue !== null) {
    const q = t.queue!;
    q.remove(t);
    if (result != Err.Ok) q.waiterLeft(t);
  }
  if (t.timed) timeoutRemoveLocked(t);
  t.waitResult = result;
  t.waitingMutex = null;
  if (t.suspended) {
    t.state = ThreadState.Suspended;
  } else {
    t.state = ThreadState.Ready;
    readyAppendLocked(t);
  }
}

/** `t` has just been readied from `was` (Blocked: woken, wakeQuietLocked;
 *  Suspended: resumed) and its event (`kind`: Wake or State) is not
 *  written yet; the caller releases the lock `saved` came from next. If
 *  `t` is ready and more urgent than the running thread it must run now:
 *  from a thread whose release enables interrupts the switch is made here
 *  and its Switch event carries `was` (one event instead of two:
 *  docs/trace.md); from a handler or inside a masked section the event is
 *  written and the switch asked for. Otherwise the event is written and
 *  nothing else is due: the running thread heads the most urgent level,
 *  and `t` joined the back of a level no more urgent (FreeRTOS's
 *  xTaskRemoveFromEventList answers the same question the same way), so
 *  the caller does not reschedule. Lock held; any context. */
@inline export function readiedLocked(t: Thread, was: ThreadState, kind: TraceKind, saved: u32): void {
  assertLocked();
  const r = runningThread();
  if (started && t.state == ThreadState.Ready && t.priority < changetype<Thread>(r).priority) {
    if (saved == 0 && !inInterrupt()) {
      switchFromThreadLocked(t, 0, was);
      return;
    }
    askSwitchLocked();
  }
  traceThreadLocked(kind, t.id, t.state, was);
}

/** Traces a state change of `t`, from `old`, that is neither a wake nor
 *  a switch (created, suspended, resumed, deleted while not running, ended
 *  by an overflow found after the switch away from it was recorded): the
 *  picture of its state (docs/trace.md) has no other way to learn it.
 *  Lock held. */
@inline export function traceStateLocked(t: Thread, old: ThreadState): void {
  traceThreadLocked(TraceKind.State, t.id, t.state, old);
}

/** Traces the switch to `next` from the running thread, whose state is
 *  now `prevState` (read before a dead thread is reclaimed; Free when none
 *  ran yet), at `stamp` (cycles). Who that was the previous switch says (docs/trace.md): not
 *  recorded, to keep the switch short. Lock held (the host's switch masks
 *  interrupts). */
@inline export function traceSwitchLocked(prevState: ThreadState, next: Thread, stamp: u32, nextWas: ThreadState = ThreadState.Free): void {
  traceThreadAtLocked(TraceKind.Switch, next.id, prevState, nextWas, stamp);
}

/** Blocks the running thread on `q` (or on nothing: sleep) for at most
 *  `timeout` ticks (FOREVER: no limit), releasing the lock `saved` came
 *  from. Returns the wait's outcome, set by whoever woke it (Err.Timeout
 *  when the time ran out). Thread context; the caller checked the timeout
 *  (checkTimeout) and mayBlock. */
@inline export function blockCurrentLocked(q: WaitQueue | null, timeout: u32, saved: u32): Err {
  assertLocked();
  return blockCurrentUntilLocked(q, deadlineAfter(timeout), timeout == FOREVER, saved);
}

/** As blockCurrent, until the absolute tick `deadline` (ignored when
 *  `forever`). */
export function blockCurrentUntilLocked(q: WaitQueue | null, deadline: u32, forever: bool, saved: u32): Err {
  assertLocked();
  if (saved != 0) {
    // Interrupts were masked before the caller's lock: no switch could run.
    portIrqRestore(saved);
    return Err.Masked;
  }
  const t = runningThread()!;
  fieldsChecked(t);
  readyUnlinkLocked(t);
  t.state = ThreadState.Blocked;
  t.waitResult = Err.Timeout;
  if (q !== null) {
    q.insert(t);
    q.waiterAdded(t);
  }
  if (!forever) timeoutAddLocked(t, deadline);
  switchFromThreadLocked(highestReadyLocked()!, saved);
  portIrqRestore(saved);
  // Runs again once woken and chosen by the scheduler.
  return t.waitResult;
}

/** The common end of every blocking call, with the lock `saved` held and
 *  the object unavailable: NO_WAIT answers Err.WouldBlock; a caller that
 *  may not block (interrupt handler, boot) gets mayBlock's error; otherwise
 *  the running thread blocks on `q` for at most `timeout` ticks. The lock
 *  is released in every case. Returns the wait's outcome. */
export function waitOrFailLocked(q: WaitQueue | null, timeout: u32, saved: u32): Err {
  assertLocked();
  if (timeout == 0) {
    portIrqRestore(saved);
    return Err.WouldBlock;
  }
  const e = mayBlock();
  if (e != Err.Ok) {
    portIrqRestore(saved);
    return e;
  }
  return blockCurrentLocked(q, timeout, saved);
}

/** Wakes every waiter of `q` with `result` (an object being deleted).
 *  Lock held. */
export function wakeAllLocked(q: WaitQueue, result: Err): void {
  assertLocked();
  while (q.head !== null) wakeLocked(q.head!, result);
}

/** Wakes every thread whose deadline has come at tick `now` with
 *  Err.Timeout. Interrupt context (the tick), lock held. */
export function expireTimeoutsLocked(now: u32): void {
  assertLocked();
  let t = timeoutDueLocked(now);
  while (t !== null) {
    wakeLocked(t, Err.Timeout);
    t = timeoutDueLocked(now);
  }
}

/** Time slicing, from the tick: when the running thread used its slice and
 *  another of its priority is ready, it goes behind it. Interrupt context. */
export function sliceTickLocked(): void {
  assertLocked();
  if (TIME_SLICE_TICKS == 0) return;
  const t = runningThread();
  if (t === null || t.state != ThreadState.Ready) return;
  if (t.sliceLeft > 1) {
    t.sliceLeft--;
    return;
  }
  if (rotateCurrentLocked() !== null) askSwitchLocked();
}

export { MAX_TIMEOUT } from "./config";

/** The checks every call that takes a timeout makes first, before it
 *  looks at its object, so that misuse shows whether or not the object
 *  happens to be available.
 *  Returns Err.Ok; Err.Invalid for a timeout over MAX_TIMEOUT that is not
 *  FOREVER; Err.InInterrupt for any timeout but NO_WAIT from an interrupt
 *  handler (a call that may block never may there). Any context. */
export function checkTimeout(timeout: u32): Err {
  if (timeout > MAX_TIMEOUT && timeout != FOREVER) return Err.Invalid;
  if (timeout != 0 && inInterrupt()) return Err.InInterrupt;
  return Err.Ok;
}

/** checkTimeout for a caller in thread context by construction: a system
 *  call (kernel/sys.ts), whose caller is application code, and that never
 *  runs in an interrupt handler (an application driver's interrupt is
 *  served in its thread, docs/isolation.md), so the interrupt test could
 *  never fail there (it cost an application's semaphore take 3
 *  instructions on the Cortex-M0). Returns Err.Ok; Err.Invalid for a
 *  timeout over MAX_TIMEOUT that is not FOREVER. Thread context only. */
// @ts-ignore: decorator
@inline export function checkThreadTimeout(timeout: u32): Err {
  return timeout > MAX_TIMEOUT && timeout != FOREVER ? Err.Invalid : Err.Ok;
}

/** Whether the caller may block: Err.Ok in a thread, Err.InInterrupt in
 *  an interrupt handler, Err.NoThread before threads run. Any context. */
export function mayBlock(): Err {
  if (inInterrupt()) return Err.InInterrupt;
  if (!started) return Err.NoThread;
  return Err.Ok;
}

/** The ready bitmap, for the invariant check (kernel/check.ts). Lock held. */
export function readyBitmapLocked(): u32 {
  assertLocked();
  return readyMap;
}

/** The head of priority `p`'s ready list, for the invariant check. Lock held. */
export function readyListHeadLocked(p: u32): Thread | null {
  assertLocked();
  return p < PRIORITIES ? readyHead(p) : null;
}
