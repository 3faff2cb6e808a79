// The hostile test's fourth application, "crashloop" (restart always):
// makes a semaphore, a queue (kernel heap) and a blocked thread, then
// traps after 3 ticks, for as long as the test runs. Each restart must
// give back all of it: the victim's loops after it must not run out of
// handles, thread ids, stacks or kernel heap, and the kernel must not
// report OUT OF MEMORY.

import { Err, FOREVER, Queue, Semaphore, Thread, kputln, threadCreate, threadSleep } from "ivt-user";
import { MIN_STACK_BYTES } from "ivt-user";

const s = new Semaphore();
const q = new Queue();
const t = new Thread();

function block(arg: u32): void {
  s.take(FOREVER);
}

export function main(): i32 {
  if (s.create(0, 1) != Err.Ok) kputln("crashloop: FAILED: semaphore");
  if (q.create(32, 8) != Err.Ok) kputln("crashloop: FAILED: queue");
  if (threadCreate(t, "blocked", block, 0, 20, MIN_STACK_BYTES) != Err.Ok) kputln("crashloop: FAILED: thread");
  threadSleep(3);
  unreachable();
  return 0;
}
