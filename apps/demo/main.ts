// The demo: two threads share the console. "blink" wakes every 2 ticks, notes
// the system tick and gives a semaphore; main takes it five times
// and prints which beat it was and at which tick blink gave it, then ends the
// program with exit code 0. The tick printed is the one blink noted, not the
// one main reads as it prints: the console may hold main up (under QEMU a
// busy host drains its output late), never the beats.

import {
  Err, FOREVER, kputln, kputs, kputu, Semaphore, Thread, threadCreate, threadSleep, tickRate,
  ticks,
} from "../../kernel/ivt";

const ROUNDS: u32 = 5;
const blink = new Thread();
const beat = new Semaphore();
/** The system tick at each beat, noted by blink as it gives it. */
const beatTicks = new StaticArray<u32>(<i32>ROUNDS + 1);

function blinkMain(period: u32): void {
  for (let i: u32 = 1; ; i++) {
    threadSleep(period);
    if (i <= ROUNDS) unchecked((beatTicks[i] = ticks()));
    beat.give(); // past ROUNDS pending beats, Err.Overflow: nobody takes them
  }
}

export function main(): i32 {
  kputs("demo: system tick at ");
  kputu(tickRate());
  kputln(" Hz");
  // Counting: a beat given while main still prints waits its turn.
  if (beat.create(0, ROUNDS) != Err.Ok || threadCreate(blink, "blink", blinkMain, 2, 10, 1024) != Err.Ok) {
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
    kputu(unchecked(beatTicks[i]));
    kputln(")");
  }
  kputln("demo: done");
  return 0;
}
