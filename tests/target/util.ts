// Helpers shared by the thread and synchronisation tests.

import {
  boardSpareCount, boardSpareVector, Err, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn, portCycles, Thread,
  threadCreate, threadDelete, threadSleep, ThreadState, threadState,
} from "../../kernel/ivt";
import { STACK, check, checkEq } from "./harness";

/** Reusable thread objects: tests create and delete threads in them, so
 *  the suite itself shows that reuse leaks nothing. */
export const pool: StaticArray<Thread> = [new Thread(), new Thread(), new Thread(), new Thread()];

export { STACK };

/** Creates pool[i] running `entry(arg)` at `priority`; records a failure if it cannot. */
export function spawn(i: i32, name: string, entry: (arg: u32) => void, arg: u32, priority: u32, stack: u32 = STACK): Thread {
  const t = pool[i];
  checkEq(threadCreate(t, name, entry, arg, priority, stack), Err.Ok, "create a thread");
  return t;
}

/** Waits (sleeping a tick at a time, at most `ticks`) until `t` has ended. */
export function joinThread(t: Thread, ticks: u32 = 1000): bool {
  for (let i: u32 = 0; i < ticks; i++) {
    if (threadState(t) == ThreadState.Free) return true;
    threadSleep(1);
  }
  return threadState(t) == ThreadState.Free;
}

/** Deletes every pool thread still alive (after a failed test). */
export function cleanup(): void {
  for (let i = 0; i < pool.length; i++) {
    const s = threadState(pool[i]);
    if (s != ThreadState.Free && s != ThreadState.Dead) threadDelete(pool[i]);
  }
}

/** Spare vector `i` (0-3) for an interrupt test. The suite needs two at
 *  once (one nesting in the other); a board with fewer than four reuses
 *  them, which is safe because every test frees its lines. */
export function spare(i: u32): u32 {
  const n = boardSpareCount();
  return n == 0 ? 0xffffffff : <u32>boardSpareVector(i % n);
}

/** A top half that does `once()` and records that it ran (runTopHalf). */
export abstract class TopHalfOnce extends IrqHandler {
  ran: bool = false;
  abstract once(): void;
  top(vector: u32): IrqReturn {
    this.once();
    this.ran = true;
    return IrqReturn.Handled;
  }
}

/** Runs `h`'s top half once, in interrupt context, on spare line 0:
 *  request the line, pend it, wait until it ran, free the line. */
export function runTopHalf(h: TopHalfOnce): void {
  const v = spare(0);
  h.ran = false;
  checkEq(irqRequest(v, h), Err.Ok, "request a spare line");
  irqPend(v);
  for (let i = 0; i < 100 && !h.ran; i++) portCycles();
  check(h.ran, "the top half ran");
  checkEq(irqFree(v, h), Err.Ok, "free the line");
}
