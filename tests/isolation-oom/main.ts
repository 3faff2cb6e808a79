// The out-of-memory test's first application, "keeper": it sleeps while "eater"
// fills its own memory and runs out, then checks it can still allocate
// and use the kernel: one application's out of memory is its own.

import { Err, Semaphore, kputln, threadSleep } from "ivt-user";

export function main(): i32 {
  kputln("keeper: start");
  threadSleep(20); // eater runs out meanwhile
  const s = new Semaphore();
  if (s.create(1, 1) != Err.Ok || s.take(0) != Err.Ok) return 1;
  const mine = new StaticArray<u32>(16);
  mine[15] = 7;
  kputln(mine[15] == 7 ? "keeper: still running" : "keeper: its memory is wrong");
  return mine[15] == 7 ? 0 : 1;
}
