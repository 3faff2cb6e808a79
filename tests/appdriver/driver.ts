// The application-driver test's second application, "driver": board.json
// grants it a timer (sim: timer1, a sim-timer; MPS2: timer0, a CMSDK
// timer). It serves the timer's interrupt in its own thread as Linux's UIO
// does (wait, clear the device, unmask), five times, then writes past the
// end of its device's window, the timer still running: the kernel must end
// it with an MMIO VIOLATION report and free its line, masked; restarted
// (once), it finds the timer running, attaches again and serves three more.

import { Device, Err, kputln, kputs, kputu, threadSleep } from "ivt-user";

const INTERRUPTS: u32 = 5;
const dev = new Device();

function fail(what: string): i32 {
  kputs("driver: FAILED: ");
  kputln(what);
  return 1;
}

/** Starts the timer at about 1 kHz; `sim` says which register layout. */
function start(sim: bool): void {
  if (sim) {
    const hz = dev.read32(0x10); // the sim timer tells its clock
    dev.write32(0x04, hz / 1000); // period
    dev.write32(0x00, 3); // enable, interrupt enable
  } else {
    dev.write32(0x00, 0);
    dev.write32(0x08, 25000 - 1); // RELOAD: 1 kHz at the 25 MHz APB clock
    dev.write32(0x04, 25000 - 1); // VALUE
    dev.write32(0x0c, 1); // INTCLEAR
    dev.write32(0x00, 1 | 8); // enable, interrupt enable
  }
}

function clear(sim: bool): void {
  dev.write32(0x0c, 1); // both: write 1 at +0x0C clears the interrupt
}

export function main(): i32 {
  let sim = true;
  if (dev.open("timer1") != Err.Ok) {
    sim = false;
    if (dev.open("timer0") != Err.Ok) return fail("no timer granted (board.json grants.driver)");
  }
  // The timer keeps running across the application's fault and restart:
  // found running, this is the restart.
  if ((dev.read32(0x00) & 1) != 0) return afterRestart(sim);
  if (dev.irqAttach() != Err.Ok) return fail("irqAttach");
  if (dev.irqAttach() != Err.Exists) return fail("a second irqAttach must say Exists");
  if (dev.irqUnmask() != Err.Invalid) return fail("irqUnmask before any interrupt must say Invalid");
  start(sim);
  let served: u32 = 0;
  for (let i: u32 = 0; i < INTERRUPTS; i++) {
    const e = dev.irqWait(1000);
    if (e != Err.Ok) return fail("no interrupt within 1000 ticks");
    // Both timers show their interrupt status at +0x0C: a wake with none
    // pending would be a stale pend, not this timer's interrupt.
    if ((dev.read32(0x0c) & 1) == 0) return fail("woken with no interrupt pending at the timer");
    clear(sim);
    served++;
    if (dev.irqUnmask() != Err.Ok) return fail("irqUnmask");
  }
  kputs("driver: ");
  kputu(served);
  kputln(" interrupts served in thread 'driver'");
  // The timer is left running: its line must stay masked while nobody
  // serves it, and come back with the restarted application's irqAttach.
  kputln("driver: writing past the end of its device");
  dev.write32(0x1000, 1);
  return fail("the write past the end of the device returned");
}

/** The restarted application: the timer kept interrupting while the line
 *  was masked for the dead one; attaching unmasks it, and its pending
 *  interrupt comes at once. */
function afterRestart(sim: bool): i32 {
  kputln("driver: restarted, its timer still running");
  // A while with the line asserted and nobody attached: masked, it costs
  // nothing; unmasked, it would be taken again and again (the storm rules
  // would report it).
  threadSleep(50);
  if (dev.irqAttach() != Err.Ok) return fail("irqAttach after the restart");
  for (let i = 0; i < 3; i++) {
    if (dev.irqWait(1000) != Err.Ok) return fail("no interrupt after the restart");
    if ((dev.read32(0x0c) & 1) == 0) return fail("woken after the restart with no interrupt pending");
    clear(sim);
    if (dev.irqUnmask() != Err.Ok) return fail("irqUnmask after the restart");
  }
  dev.write32(0x00, 0); // stop
  kputln("driver: 3 interrupts served after the restart");
  return 0;
}
