// Thread-Metric, ported to ivt: the published RTOS benchmark tests (Express
// Logic, now Eclipse ThreadX utility/benchmarks/thread_metric), rewritten
// against the public API with their thread counts, priorities and
// operations per iteration. One image runs them one after another
// (harness.ts says how each is measured); `make bench` runs it and turns
// the counts into instructions per iteration (tools/ivt/bench.js).
//
// A test is one file defining a TmTest; adding one is that file and its
// line below. The tick runs at 100 Hz, as in the published set-up
// (tickForTheCounter says when not).
// The basic processing test measures the compiler, not the kernel, and is
// left out.

import { boardCycleBits, boardCycleHz, Err, errName, kputln, tickRate, tickSetRate } from "../../kernel/ivt";
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

/** The published 100 Hz, unless the cycle counter is narrower than 32 bits
 *  and wraps within two 100 Hz periods: the host extends it only when it
 *  is read, and in the message, synchronization and memory tests only the
 *  tick reads it (mcf5208evb: 16 bits at 20.8 MHz wrap every 3.1 ms). The
 *  board's own rate then; the harness checks the counter against the tick
 *  in every window either way. */
function tickForTheCounter(): u32 {
  const bits = boardCycleBits();
  if (bits >= 32) return TICK_HZ;
  const wrapsPerSecond = <u32>((<u64>boardCycleHz() + (<u64>1 << bits) - 1) >> bits);
  return wrapsPerSecond * 2 <= TICK_HZ ? TICK_HZ : tickRate();
}

export function main(): i32 {
  const hz = tickForTheCounter();
  const e = tickSetRate(hz);
  if (e != Err.Ok) {
    kputln("tm FAILED: cannot set the tick to " + hz.toString() + " Hz: " + errName(e));
    return 1;
  }
  if (hz != TICK_HZ) kputln("tm tick " + hz.toString() + " Hz: the cycle counter wraps too often for a 100 Hz tick to extend it");
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
