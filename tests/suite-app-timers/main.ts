// The on-target suite's software timer group (tests/target/timers.ts) run
// as an application in its own module (docs/isolation.md), on every board,
// micro:bit included: against the application library's timers, which its
// own timer thread runs (user/ivt.ts), where the kernel's suite runs the
// same source against the kernel's. An image of its own: on micro:bit the
// group's texts and the application's timer thread do not fit beside
// tests/suite-app's groups in 16 KiB of RAM.

import { finish } from "../target/harness";
import { timerTests } from "../target/timers";

export function main(): i32 {
  timerTests();
  return finish();
}
