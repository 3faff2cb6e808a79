// Thread-Metric cooperative scheduling (tm_cooperative_scheduling_test.c):
// five threads at priority 3 each loop { yield; counter++ }. An iteration
// is one yield with its switch to the next thread (the sum of the five
// counters); the counters must stay within 1 of their average.
//
// Time slicing is on in this kernel (TIME_SLICE_TICKS) and an application
// cannot turn it off, but it never acts here: a yield gives the thread a
// fresh slice, and every turn is far shorter than a tick.

import { threadYield } from "../../kernel/ivt";
import { sumOf, TEST_THREADS, TmTest, withinOneOfAverage } from "./harness";

const THREADS: i32 = 5;
const counters = new StaticArray<u32>(THREADS);
const threads = TEST_THREADS;

function entry(i: u32): void {
  while (true) {
    threadYield();
    unchecked(counters[i]++);
  }
}

export class Cooperative extends TmTest {
  constructor() {
    super("cooperative");
  }
  start(): void {
    for (let i = 0; i < THREADS; i++) this.spawn(entry, <u32>i, 3);
  }
  iterations(): u32 {
    return sumOf(counters);
  }
  check(): string | null {
    return withinOneOfAverage(counters) ? null : "the five counters are not within 1 of their average";
  }
}
