// The demo: after the kernel's banner, wait for five system ticks, each one
// an interrupt from the board's timer through ivthandleinterrupt, and say
// so on the console; then finish with exit code 0.

import { kputln, kputs, kputu } from "../../kernel/console";
import { portIdle, portIrqRestore, portIrqSave } from "../../kernel/port";
import { tickRate, ticks } from "../../kernel/time";
import { irqDesc } from "../../kernel/irq";

const TICKS_TO_SHOW: u32 = 5;

/** Sleeps until the tick count moves: idle with interrupts masked, so a
 *  tick that arrives between the check and the sleep is not missed. */
function waitForTick(seen: u32): u32 {
  let now: u32;
  do {
    const s = portIrqSave();
    now = ticks();
    if (now == seen) portIdle();
    portIrqRestore(s);
  } while (now == seen);
  return now;
}

export function main(): i32 {
  kputs("demo: system tick at ");
  kputu(tickRate());
  kputln(" Hz");
  let seen = ticks();
  for (let i: u32 = 1; i <= TICKS_TO_SHOW; i++) {
    seen = waitForTick(seen);
    kputs("demo: tick ");
    kputu(seen);
    kputln("");
  }
  kputln("demo: done");
  return 0;
}
