// The hostile test's fifth application, "topfault" (restart 3): its
// top-level code traps, but only once the tick count has moved, so not at
// boot (where a trap stops the system) but at every restart, inside the
// application's new main thread: a fault of the application that counts
// against its restarts, never a kernel trap. Its first main traps after a tick.

import { kputln, threadSleep, ticks } from "ivt-user";

if (ticks() > 0) unreachable();

export function main(): i32 {
  kputln("topfault: start");
  threadSleep(1); // so the restart comes after tick 0
  unreachable();
  return 0;
}
