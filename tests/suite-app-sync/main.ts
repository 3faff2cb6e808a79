// The on-target suite's wait, synchronisation, robustness and queue set
// groups run as an application in its own module (docs/isolation.md),
// and the poll group (poll.ts; its top half's flag is poll-irq.ts):
// the same source as the kernel's suite runs (tests/target/wait.ts,
// sync.ts, robust.ts, queueset.ts), written against the package "ivt",
// which is the application library (user/ivt.ts) here, so every thread,
// semaphore, mutex, queue, queue set, event flags, notification and sleep
// goes through a system call, and the software timers are the
// application's own. Their interrupt-context tests (wait-irq.ts,
// sync-irq.ts, robust-irq.ts, queueset-irq.ts) are the kernel suite's: an
// application has no top halves.

import { finish } from "../target/harness";
import { threadTests } from "../target/threads";
import { waitTests } from "../target/wait";
import { syncTests } from "../target/sync";
import { robustTests } from "../target/robust";
import { queuesetTests } from "../target/queueset";
import { pollTests } from "../target/poll";

export function main(): i32 {
  threadTests();
  waitTests();
  syncTests();
  robustTests();
  queuesetTests();
  pollTests();
  return finish();
}
