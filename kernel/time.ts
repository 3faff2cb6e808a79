// The system tick: a periodic interrupt from the board's Timer driver.
//
// The count itself lives in ticks.ts, a leaf module, so that the timeout
// list and the scheduler can read it without importing this file (which
// imports the interrupt code to register the tick's handler). Its readers
// are re-exported here for applications.

import { Err } from "./errors";
import { Timer } from "./hal";
import { IrqHandler, IrqReturn, irqRequest } from "./irq";
import { inInterrupt } from "./context";
import { expireTimeoutsLocked, rescheduleLocked, sliceTickLocked } from "./sched";
import { kernelLock, kernelUnlock } from "./lock";
import { tickAdvance, tickRateSet } from "./ticks";

export { tickDiff, tickRate, tickReached, ticks } from "./ticks";

@final class TickHandler extends IrqHandler {
  constructor(public timer: Timer) {
    super();
  }
  top(vector: u32): IrqReturn {
    this.timer.clearInterrupt();
    const s = kernelLock();
    const now = tickAdvance();
    expireTimeoutsLocked(now);
    sliceTickLocked();
    rescheduleLocked();
    kernelUnlock(s);
    return IrqReturn.Handled;
  }
}

let tickHandler: TickHandler | null = null;

/** Starts the system tick from `timer` at `hz` ticks per second.
 *  Returns Err.InInterrupt from an interrupt handler, Err.Exists if the tick
 *  is already running, Err.Invalid for hz == 0 or a rate the timer cannot
 *  make, or the error of registering its interrupt. Thread context only. */
export function tickStart(timer: Timer, hz: u32): Err {
  if (inInterrupt()) return Err.InInterrupt;
  if (tickHandler !== null) return Err.Exists;
  if (hz == 0) return Err.Invalid;
  const h = new TickHandler(timer);
  const err = irqRequest(timer.vector(), h);
  if (err != Err.Ok) return err;
  const started = timer.startPeriodic(hz);
  if (started != Err.Ok) return started;
  tickHandler = h;
  tickRateSet(hz);
  return Err.Ok;
}
