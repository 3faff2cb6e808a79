// The on-target suite's stack use group (tests/target/stackuse.ts) run as
// an application in its own module (docs/isolation.md), on every board,
// micro:bit included: threads of MIN_STACK_BYTES making the simplest
// threads' system calls, and threadStackUnused (a system call here) as a
// high-water mark that counts the application's own frames. An image of
// its own: on micro:bit its threads and texts do not fit beside
// tests/suite-app's groups or tests/suite-app-timers' in 16 KiB of RAM.

import { finish } from "../target/harness";
import { stackuseTests } from "../target/stackuse";

export function main(): i32 {
  stackuseTests();
  return finish();
}
