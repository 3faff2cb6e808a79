// The on-target suite's stream buffer and pool groups (tests/target/
// stream.ts, pool.ts) run as an application in its own module
// (docs/isolation.md): the same source as the kernel's suite runs, against
// the package "ivt", which is the application library (user/ivt.ts) here,
// so every buffer and pool call is a system call, the buffers' storage is
// the kernel heap's and a pool's blocks are the application's own memory.
// Their interrupt-context and kernel-only tests (top halves, buffers over
// the kernel's memory, edge sizes against the kernel heap, costs) are the
// kernel suite's (stream-kernel.ts, pool-kernel.ts).

import { finish } from "../target/harness";
import { streamTests } from "../target/stream";
import { poolTests } from "../target/pool";

export function main(): i32 {
  streamTests();
  poolTests();
  return finish();
}
