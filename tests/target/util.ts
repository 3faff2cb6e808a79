// Helpers shared by the thread and synchronisation tests: the API as the
// package "ivt" gives it, so that a group using only these runs in the
// kernel's suite and in an application module alike (tests/suite-app).
// The interrupt helpers are in ./irqutil (the kernel's suite only).

import { Err, Thread, threadCreate, threadDelete, threadJoin, ThreadState, threadState } from "ivt";
import { STACK, checkEq } from "./harness";

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

/** Waits at most `ticks` ticks for `t` to end (threadJoin: in an
 *  application module that also frees its handle, so `t` may be created
 *  again). Returns whether it ended. */
export function joinThread(t: Thread, ticks: u32 = 1000): bool {
  return threadJoin(t, ticks) == Err.Ok;
}

/** Deletes every pool thread still alive or ended (after a failed test);
 *  in an application module an ended thread's handle lives until this. */
export function cleanup(): void {
  for (let i = 0; i < pool.length; i++) {
    if (threadState(pool[i]) != ThreadState.Free) threadDelete(pool[i]);
  }
}
