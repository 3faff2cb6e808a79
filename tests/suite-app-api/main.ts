// The on-target suite's api group (tests/target/api.ts: a mailbox queue's
// overwrite, queue reset, the non-recursive mutex, an event-flags
// rendezvous, indexed notifications, a software timer's remaining time)
// runs as an application in its own module (docs/isolation.md): the same
// source as the kernel's suite runs, against the package "ivt", which is
// the application library (user/ivt.ts) here, so every call is a system
// call and the timers are the application's own. The same calls from a
// top half, and the run-time statistics, are the kernel suite's
// (tests/target/sync-irq.ts).

import { finish } from "../target/harness";
import { apiTests } from "../target/api";

export function main(): i32 {
  apiTests();
  return finish();
}
