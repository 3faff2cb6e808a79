// The on-target suite's arithmetic group run as an application in its own
// module (docs/isolation.md), on every board, micro:bit included: the
// harness and the group import the API as the package "ivt", which is the
// application library (user/ivt.ts) here. On a board the arithmetic then
// runs in the application's translated module, against its own memory's
// bounds checks and the run-time helpers linked for it. The thread and
// synchronisation groups run as an application in tests/suite-app-sync.
// The tick arithmetic group (ticks.ts) and the time group (time.ts: the
// tick's rate against the cycle counter, boardCycleHz a system call here)
// run here too.

import { finish } from "../target/harness";
import { arithTests } from "../target/arith";
import { tickTests } from "../target/ticks";
import { timeTests } from "../target/time";

export function main(): i32 {
  timeTests();
  tickTests();
  arithTests();
  return finish();
}
