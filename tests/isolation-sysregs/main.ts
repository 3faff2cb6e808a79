// The system registers test (docs/isolation.md, "What an application
// cannot do"): "vtor" stores a new vector table address at VTOR's address
// and "aircr" the reset request (with its key) at AIRCR's, as code of a
// shared-memory kernel could. In an application's own module these are
// only offsets far past its memory: each store traps out of bounds, and
// ends its application alone, with a report. The primary application,
// "watcher", then checks that the tick still comes (a vector table moved
// to RAM would have sent it elsewhere) and that no reset happened (the
// test expects one boot banner). On every board: the addresses are
// Cortex-M's System Control Block, and past every application's memory
// on ColdFire and sim too.

import { Err, kputln, threadSleep, ticks } from "ivt-user";

export function main(): i32 {
  kputln("watcher: start");
  const before = ticks();
  // The other two have run and ended by now.
  if (threadSleep(20) != Err.Ok || ticks() - before < 20) {
    kputln("watcher: FAILED: the tick stopped");
    return 1;
  }
  kputln("watcher: the tick goes on after both stores");
  return 0;
}
