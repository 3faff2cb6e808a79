// Thread-Metric, ported to ivt: the published RTOS benchmark tests (Express
// Logic, now Eclipse ThreadX utility/benchmarks/thread_metric), rewritten
// against the public API with their thread counts, priorities and
// operations per iteration. One image runs them one after another
// (harness.ts says how each is measured); `make bench` runs it and turns
// the counts into instructions per iteration (tools/ivt/bench.js).
//
// A test is one file defining a TmTest; adding one (the memory allocation
// test, once the kernel has a block pool) is that file and its line below.
// The basic processing test measures the compiler, not the kernel, and is
// left out.

import { kputln } from "../../kernel/ivt";
import { anyFailed, runTest, TmTest } from "./harness";
import { Cooperative } from "./cooperative";
import { Preemptive } from "./preemptive";
import { Interrupt } from "./interrupt";
import { InterruptPreemption } from "./interrupt-preemption";
import { Message } from "./message";
import { Synchronization } from "./synchronization";

export function main(): i32 {
  const tests: TmTest[] = [
    new Cooperative(),
    new Preemptive(),
    new Interrupt(),
    new InterruptPreemption(),
    new Message(),
    new Synchronization(),
  ];
  for (let i = 0; i < tests.length; i++) runTest(tests[i]);
  kputln("thread-metric: done");
  return anyFailed() ? 1 : 0;
}
