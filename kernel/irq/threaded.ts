// Threaded interrupts (Linux's kernel/irq/manage.c, irq_thread): a handler
// requested with IrqFlags.Threaded gets its own kernel thread, which runs
// its bottom() whenever the top half returned WakeThread, in thread context
// where it may block. Moderation (irqSetCoalescing) holds the wake back
// until enough events came or enough ticks passed; Oneshot keeps the line
// masked until bottom() returns.
//
// The thread is a BottomHalfThread: when it dies (a trap, a stack
// overflow) its ended() masks the line, so the device cannot storm with
// nobody to service it. irqRequest and irqFree start and end it here.

import { Err } from "../errors";
import { portCycles, portIrqRestore, portIrqSave } from "../port";
import { assertLocked } from "../lock";
import { FOREVER, IRQ_THREAD_STACK_BYTES } from "../config";
import { Thread } from "../tcb";
import { isLive, threadCreate, threadDelete, threadSleep } from "../thread";
import { notifyGive, notifyTake } from "../notify";
import { tickNow, ticks } from "../ticks";
import { TraceKind, traceAtLocked, traceLocked } from "../trace";
import { IrqDesc, IrqFlags, IrqHandler, applyMaskLocked, irqDesc } from "./descriptors";
import { reportDisabled, reportLine } from "./storm";
import { SoftTimer, TimerCallback } from "../swtimer";
import { ThreadState } from "../tcb";
import { MAX_TIMEOUT } from "../sched";
import { fieldsChecked } from "../heap-layout";

/** The thread of a threaded handler. */
class BottomHalfThread extends Thread {
  /** The vector whose bottom half it runs; -1 once irqFree ends it in
   *  order (not a death). */
  vector: i32 = -1;
  /** Starts it again after a death (IrqHandler.bhRestart), made with it. */
  restart: BottomHalfRestart | null = null;

  /** However it ends, bottom() runs no more: irqFree may be waiting for
   *  that, with the handler (the thread's argument) already off the line.
   *  Ending other than through irqFree (a trap, a stack overflow, a
   *  threadDelete) also leaves the line with nobody to service it: mask
   *  and report it, or, for a handler that asked (bhRestart), have a new
   *  thread take its place. Lock held. */
  ended(): void {
    const h = changetype<IrqHandler>(<usize>this.arg);
    h.bhBusy = false;
    const vector = this.vector;
    if (vector < 0) return;
    this.vector = -1;
    const again = this.restart;
    if (h.bhRestart && again !== null) {
      again.vector = <u32>vector;
      again.later();
      reportLine(<u32>vector, "bottom half died; a new thread takes its place");
      return;
    }
    bottomHalfDied(<u32>vector);
  }
}

/** Starts a dead bottom half's thread again (IrqHandler.bhRestart), from
 *  a one-shot software timer a tick later, in the timer thread: by then the
 *  switch away from the dead one has reclaimed it (if not, it looks again a
 *  tick later). A handler freed meanwhile is left alone. (A software timer,
 *  not a deferred call: kernel/work.ts brings the queues in, which the
 *  unit tests' build of the interrupt code does without.) */
class BottomHalfRestart extends TimerCallback {
  vector: u32 = 0;
  private readonly timer: SoftTimer = new SoftTimer();
  constructor(public handler: IrqHandler) {
    super();
  }
  /** Asks for the restart. Any context (the dying thread, lock held). */
  later(): void {
    if (this.timer.create(this, 1, false) == Err.Ok) this.timer.start();
  }
  fire(timer: SoftTimer): void {
    const h = this.handler;
    if (h.vector != <i32>this.vector) return;
    const t = h.bhThread;
    if (t !== null && t.state != ThreadState.Free) {
      this.timer.start();
      return;
    }
    if (bottomHalfStart(h, this.vector) != Err.Ok) {
      const s = portIrqSave();
      bottomHalfDied(this.vector);
      portIrqRestore(s);
    }
  }
}

/** A threaded handler's bottom half died (trap, stack overflow): the line
 *  is masked and reported, so its device cannot storm unserviced. Lock
 *  held. */
function bottomHalfDied(vector: u32): void {
  const d = irqDesc(vector);
  if (d === null) return;
  d.stormed = true;
  d.chip.mask(vector);
  reportDisabled(vector, "bottom half died");
}

/** Starts `handler`'s bottom-half thread ("irq", handler.bhPriority) for
 *  `vector`. Returns Err.Ok; Err.Invalid for a priority threadCreate
 *  refuses (the idle level and above: threadDelete would refuse such a
 *  thread); Err.NoSpace when no thread id or stack is left. Thread
 *  context (irqRequest). */
export function bottomHalfStart(handler: IrqHandler, vector: u32): Err {
  if (handler.bhThread === null) handler.bhThread = new BottomHalfThread();
  const t = changetype<BottomHalfThread>(handler.bhThread);
  if (handler.bhRestart && t.restart === null) t.restart = new BottomHalfRestart(handler);
  const e = threadCreate(t, "irq", bottomHalfMain, changetype<u32>(handler), handler.bhPriority, IRQ_THREAD_STACK_BYTES);
  if (e != Err.Ok) return e == Err.Invalid ? Err.Invalid : Err.NoSpace;
  t.vector = <i32>vector;
  return Err.Ok;
}

/** Ends `handler`'s bottom-half thread, already off its line: waits for a
 *  running bottom() to return, then deletes the thread. Returns Err.Ok, or
 *  threadDelete's error (the thread then lives on: its id and stack are
 *  not given back). Thread context (irqFree, irqRequest), not the bottom
 *  half itself. */
export function bottomHalfStop(handler: IrqHandler): Err {
  const bh = handler.bhThread;
  if (bh === null) return Err.Ok;
  while (handler.bhBusy) threadSleep(1); // let a running bottom half finish
  changetype<BottomHalfThread>(bh).vector = -1; // an orderly end, not a death
  return isLive(bh) ? threadDelete(bh) : Err.Ok;
}

/** Interrupt moderation for a threaded handler: wake its bottom half once
 *  per `events` interrupts, or `ticks` ticks after the first pending one,
 *  whichever comes first (ticks 0: only the count). events 1 turns it off.
 *  Returns Err.Invalid for events 0, or ticks over MAX_TIMEOUT (a flush
 *  tick is compared wrap-safe, as every deadline). Any context. */
export function irqSetCoalescing(handler: IrqHandler, events: u32, ticks: u32): Err {
  if (events == 0 || ticks > MAX_TIMEOUT) return Err.Invalid;
  handler.coalesceEvents = events;
  handler.coalesceTicks = ticks;
  return Err.Ok;
}

/** A top half asked for its bottom half: count the event, and wake the
 *  thread unless coalescing holds it back. Interrupt context. */
export function wakeBottomHalf(d: IrqDesc, h: IrqHandler, vector: u32, at: u32): void {
  const t = h.bhThread;
  if (t === null || (h.flags & IrqFlags.Threaded) == 0) return;
  if (h.pendingEvents++ == 0) {
    h.firstEventAt = at;
    h.flushAt = tickNow() + h.coalesceTicks;
  }
  if (h.pendingEvents >= h.coalesceEvents) {
    if (h.flags & IrqFlags.Oneshot) d.chip.mask(vector);
    notifyGive(t);
  } else if (h.pendingEvents == 1 && h.coalesceTicks > 0) {
    // Below the threshold: wake the thread once so that it waits again
    // with the flush tick as its timeout; stragglers are not stranded.
    notifyGive(t);
  }
}

/** Whether the events pending on `h` should be handled now. Lock held. */
function bottomHalfDueLocked(h: IrqHandler): bool {
  assertLocked();
  if (h.pendingEvents == 0) return false;
  if (h.pendingEvents >= h.coalesceEvents || h.coalesceTicks == 0) return true;
  return <i32>(tickNow() - h.flushAt) >= 0;
}

/** The thread of a threaded handler: waits for wakes, runs bottom(). The
 *  decision and the taking of the pending events happen under one lock,
 *  so an event that arrives meanwhile is either taken now or wakes the
 *  thread again. */
function bottomHalfMain(arg: u32): void {
  const h = changetype<IrqHandler>(<usize>arg);
  fieldsChecked(h);
  for (;;) {
    const s = portIrqSave();
    const vector = h.vector;
    if (vector < 0 || !bottomHalfDueLocked(h)) {
      let timeout = FOREVER;
      if (vector >= 0 && h.pendingEvents > 0) {
        // Held back by coalescing: wake at the flush tick at the latest.
        const left = <i32>(h.flushAt - ticks());
        timeout = left > 0 ? <u32>left : 1;
      }
      portIrqRestore(s);
      notifyTake(true, timeout);
      continue;
    }
    const d = changetype<IrqDesc>(irqDesc(<u32>vector)); // on a line: it has one
    h.pendingEvents = 0;
    h.bhBusy = true;
    h.bhRuns++;
    // One stamp for the latency and the trace's start event, under the
    // lock already held (a trace call of its own took it again).
    const now = portCycles();
    const latency = now - h.firstEventAt;
    if (latency > d.worstLatency) d.worstLatency = latency;
    traceAtLocked(TraceKind.BottomHalfStart, vector, now);
    portIrqRestore(s);
    runBottomHalf(d, h, <u32>vector);
  }
}

/** Runs bottom() once for the events just taken (their start traced).
 *  Thread context. */
function runBottomHalf(d: IrqDesc, h: IrqHandler, vector: u32): void {
  h.bottom(vector);
  const s = portIrqSave();
  traceLocked(TraceKind.BottomHalfEnd, vector);
  h.bhBusy = false;
  if ((h.flags & IrqFlags.Oneshot) != 0 && h.vector == <i32>vector) applyMaskLocked(d, vector);
  portIrqRestore(s);
}
