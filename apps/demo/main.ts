// The demo: two threads share the console. "blink" wakes every 2 ticks and
// says so; main waits on a semaphore that blink gives every time, five times,
// then reports and ends the program with exit code 0.

import {
  Err, FOREVER, kputln, kputs, kputu, Semaphore, Thread, threadCreate, threadSleep, tickRate,
  ticks,
} from "../../kernel/ivt";

const ROUNDS: u32 = 5;
const blink = new Thread();
const beat = new Semaphore();

function blinkMain(period: u32): void {
  for (;;) {
    threadSleep(period);
    beat.give();
  }
}

export function main(): i32 {
  kputs("demo: system tick at ");
  kputu(tickRate());
  kputln(" Hz");
  if (beat.create(0, 1) != Err.Ok || threadCreate(blink, "blink", blinkMain, 2, 10, 1024) != Err.Ok) {
    kputln("demo: cannot start the blink thread");
    return 1;
  }
  for (let i: u32 = 1; i <= ROUNDS; i++) {
    beat.take(FOREVER);
    kputs("demo: tick ");
    kputu(i);
    kputs(" of ");
    kputu(ROUNDS);
    kputs(" (system tick ");
    kputu(ticks());
    kputln(")");
  }
  kputln("demo: done");
  return 0;
}
