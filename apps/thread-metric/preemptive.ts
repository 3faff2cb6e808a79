// Thread-Metric preemptive scheduling (tm_preemptive_scheduling_test.c):
// threads 0..4 at priorities 10, 9, 8, 7, 6; only thread 0 starts. Thread 0
// loops { resume 1; counter0++ }, thread i (1..3) loops { resume i+1;
// counter_i++; suspend self }, thread 4 loops { counter4++; suspend self }.
// Each resume preempts the resumer. An iteration is one counter increment
// (the sum of the five counters: a round of thread 0 is five); the
// counters must stay within 1 of their average.

import { Err, errName, threadResume, threadSuspend } from "../../kernel/ivt";
import { sumOf, TEST_THREADS, TmTest, withinOneOfAverage } from "./harness";

const THREADS: i32 = 5;
const counters = new StaticArray<u32>(THREADS);
const threads = TEST_THREADS;
let test: Preemptive | null = null;

function entry(i: u32): void {
  while (true) {
    if (i < <u32>THREADS - 1) {
      const e = threadResume(unchecked(threads[i + 1]));
      if (e != Err.Ok) test!.fail("resume: " + errName(e));
    }
    unchecked(counters[i]++);
    if (i > 0) threadSuspend(unchecked(threads[i]));
  }
}

export class Preemptive extends TmTest {
  constructor() {
    super("preemptive");
  }
  start(): void {
    test = this;
    // Created in order of priority, the most urgent last, and suspended
    // before they run (the reporter is more urgent than all of them):
    // Thread-Metric creates them suspended and resumes thread 0 only.
    for (let i = 0; i < THREADS; i++) {
      this.spawn(entry, <u32>i, 10 - <u32>i);
      if (i > 0) threadSuspend(threads[i]);
    }
  }
  iterations(): u32 {
    return sumOf(counters);
  }
  check(): string | null {
    return withinOneOfAverage(counters) ? null : "the five counters are not within 1 of their average";
  }
}
