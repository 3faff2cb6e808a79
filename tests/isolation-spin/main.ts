// tests/isolation-spin: "hog" spins at APP_PRIORITY_FIRST for 200 ticks.
// Documented (docs/isolation.md, Threat model): every less urgent thread
// waits, the other applications' mains (16) included. What must still
// hold: the timer thread (1) runs, so a thread of another application at
// the same priority that sleeps 10 ticks wakes and shares the CPU by time
// slices, long before the hog ends.

import { Err, FOREVER, Semaphore, Thread, kputln, kputs, kputu, threadCreate, threadSleep, ticks } from "ivt-user";
import { APP_PRIORITY_FIRST, MIN_STACK_BYTES } from "ivt-user";

const done = new Semaphore();
let woke: u32 = 0;

function nap(arg: u32): void {
  threadSleep(10);
  woke = ticks();
  // Long before the hog ends (tick 200): without the timer thread or
  // time slices it would wake only then. Not a tighter bound: deep's
  // first overflow and its report come before the hog's spin starts, and
  // how many ticks they take moves with the kernel's code, the board's
  // console and its tick rate (netduino2, 1000 Hz: 37 once a create's
  // handle scan grew, where 30 had been the bound).
  kputln(woke < 100 ? "sleeper: nap woke in time" : "sleeper: FAILED: nap woke late");
  done.give();
}

const t = new Thread();

export function main(): i32 {
  kputln("sleeper: start");
  if (done.create(0, 1) != Err.Ok) return 1;
  // Made at tick 0, before the hog spins (from tick 1).
  if (threadCreate(t, "nap", nap, 0, APP_PRIORITY_FIRST, MIN_STACK_BYTES) != Err.Ok) return 2;
  done.take(FOREVER);
  kputs("sleeper: main back at ");
  kputu(ticks());
  kputln("");
  threadSleep(50); // for deep.ts's second overflow, which waited for the hog too
  return 0;
}
