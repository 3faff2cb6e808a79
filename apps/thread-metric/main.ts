// Thread-Metric, ported to ivt: the published RTOS benchmark tests (Express
// Logic, now Eclipse ThreadX utility/benchmarks/thread_metric), rewritten
// against the public API with their thread counts, priorities and
// operations per iteration. One image runs them one after another
// (harness.ts says how each is measured); `make bench` runs it and turns
// the counts into instructions per iteration (tools/ivt/bench.js).
//
// A test is one file defining a TmTest; adding one is that file and its
// line below. The tick runs at 100 Hz, as in the published set-up.
// The basic processing test measures the compiler, not the kernel, and is
// left out.

import { Err, errName, kputln, tickSetRate } from "../../kernel/ivt";
import { anyFailed, runTest, TmTest } from "./harness";
import { Cooperative } from "./cooperative";
import { Preemptive } from "./preemptive";
import { Interrupt } from "./interrupt";
import { InterruptPreemption } from "./interrupt-preemption";
import { Message } from "./message";
import { Synchronization } from "./synchronization";
import { MemoryAllocation } from "./memory";

/** The published tests' tick rate. */
const TICK_HZ: u32 = 100;

export function main(): i32 {
  const e = tickSetRate(TICK_HZ);
  if (e != Err.Ok) {
    kputln("tm FAILED: cannot set the tick to 100 Hz: " + errName(e));
    return 1;
  }
  const tests: TmTest[] = [
    new Cooperative(),
    new Preemptive(),
    new Interrupt(),
    new InterruptPreemption(),
    new Message(),
    new Synchronization(),
    new MemoryAllocation(),
  ];
  for (let i = 0; i < tests.length; i++) runTest(tests[i]);
  kputln("thread-metric: done");
  return anyFailed() ? 1 : 0;
}
