// The system tick: a periodic interrupt from the board's Timer driver.
//
// The count itself lives in ticks.ts, a leaf module, so that the timeout
// list and the scheduler can read it without importing this file (which
// imports the interrupt code to register the tick's handler). Its readers
// are re-exported here for applications.

import { Err } from "./errors";
import { Timer } from "./hal";
import { IrqHandler, IrqReturn, irqFree, irqRearm, irqRequest, irqStormed } from "./irq";
import { MAX_TICK_HZ } from "./config";
import { inInterrupt } from "./context";
import { expireTimeoutsLocked, rescheduleBeforeUnlockLocked, sliceTickLocked } from "./sched";
import { kernelLock, kernelUnlock } from "./lock";
import { tickAdvance, tickRate, tickRateSet } from "./ticks";

export { tickDiff, tickRate, tickReached, ticks } from "./ticks";

@final class TickHandler extends IrqHandler {
  constructor(public timer: Timer) {
    super();
    this.name = "tick";
  }
  top(vector: u32): IrqReturn {
    this.timer.clearInterrupt();
    const s = kernelLock();
    const now = tickAdvance();
    expireTimeoutsLocked(now);
    sliceTickLocked();
    rescheduleBeforeUnlockLocked(s);
    kernelUnlock(s);
    return IrqReturn.Handled;
  }
}

let tickHandler: TickHandler | null = null;

/** Starts the system tick from `timer` at `hz` ticks per second (a board's
 *  call, with board.json "tick_hz").
 *  Returns Err.InInterrupt from an interrupt handler, Err.Exists if the tick
 *  is already running, Err.Invalid for hz == 0, a rate over MAX_TICK_HZ or
 *  one the timer cannot make within 1% (Timer.startPeriodic), or the error
 *  of registering its interrupt. Thread context only. */
export function tickStart(timer: Timer, hz: u32): Err {
  if (inInterrupt()) return Err.InInterrupt;
  if (tickHandler !== null) return Err.Exists;
  if (hz == 0 || hz > MAX_TICK_HZ) return Err.Invalid;
  const h = new TickHandler(timer);
  const err = irqRequest(timer.vector(), h);
  if (err != Err.Ok) return err;
  const started = timer.startPeriodic(hz);
  if (started != Err.Ok) {
    irqFree(timer.vector(), h);
    return started;
  }
  tickHandler = h;
  tickRateSet(hz);
  return Err.Ok;
}

/** Changes the tick rate to `hz` ticks per second: an application that
 *  wants finer timeouts or fewer tick interrupts than the board's
 *  board.json "tick_hz". The tick count goes on from where it is; waits
 *  already set keep their deadlines in ticks (so a wait started before the
 *  change lasts its ticks at the new rate), and a time slice is still
 *  TIME_SLICE_TICKS ticks. tickRate() tells the new rate. The tick's line
 *  starts afresh: one a storm or load rule had disabled is enabled again.
 *  Arguments: `hz`, ticks per second.
 *  Returns Err.Ok; Err.Invalid for 0, a rate over MAX_TICK_HZ, or a rate
 *  the board's timer cannot make within 1% (then the tick goes on at its
 *  old rate); Err.NotFound before the tick runs; Err.InInterrupt from an
 *  interrupt handler. Thread context. */
export function tickSetRate(hz: u32): Err {
  if (inInterrupt()) return Err.InInterrupt;
  const h = tickHandler;
  if (h === null) return Err.NotFound;
  if (hz == 0 || hz > MAX_TICK_HZ) return Err.Invalid;
  const old = tickRate();
  if (hz != old) {
    h.timer.stop();
    const e = h.timer.startPeriodic(hz);
    if (e != Err.Ok) {
      h.timer.startPeriodic(old); // it ran at this rate before
      return e;
    }
    tickRateSet(hz);
  }
  if (irqStormed(h.timer.vector())) irqRearm(h.timer.vector());
  return Err.Ok;
}
