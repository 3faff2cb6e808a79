// The system tick: a periodic interrupt from the board's Timer driver.
//
// Tick counts are u32 and wrap after 2^32 ticks (49.7 days at 1 kHz);
// compare them with tickDiff/tickReached, never with < or >.

import { Err } from "./errors";
import { Timer } from "./hal";
import { IrqHandler, IrqReturn, irqRequest } from "./irq";
import { inInterrupt } from "./context";
import { expireTimeoutsLocked, rescheduleLocked, sliceTickLocked } from "./sched";
import { kernelLock, kernelUnlock } from "./lock";
import { portPoll } from "./port";

let tickCount: u32 = 0;
let tickHz: u32 = 0;

@final class TickHandler extends IrqHandler {
  constructor(public timer: Timer) {
    super();
  }
  top(vector: u32): IrqReturn {
    this.timer.clearInterrupt();
    const s = kernelLock();
    const now = ++tickCount;
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
  tickHz = hz;
  return Err.Ok;
}

/** Ticks since tickStart (wraps). Read afresh at every call, so a thread
 *  may poll it in a loop: the poll point keeps the C compiler of a native
 *  board from hoisting the load out of the loop, and lets sim deliver the
 *  tick (docs/kernel.md, "Polling"). Any context. */
export function ticks(): u32 {
  portPoll();
  return tickCount;
}

/** The tick rate in Hz, 0 before tickStart. Any context. */
export function tickRate(): u32 {
  return tickHz;
}

/** Signed distance from `from` to `to` in ticks, correct across wrap-around
 *  for distances under 2^31. Any context. */
@inline export function tickDiff(to: u32, from: u32): i32 {
  return <i32>(to - from);
}

/** Whether tick `deadline` has been reached at tick `now`. Any context. */
@inline export function tickReached(now: u32, deadline: u32): bool {
  return <i32>(now - deadline) >= 0;
}
