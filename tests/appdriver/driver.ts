// The application-driver test's second application, "driver": board.json
// grants it a timer (sim: timer1, a sim-timer; MPS2: timer0, a CMSDK
// timer; lm3s6965evb: gptm0, a Stellaris general-purpose timer; micro:bit:
// timer2, an nRF51 TIMER; netduino2: tim3, an STM32 general-purpose timer)
// or, on mcf5208evb, which has no timer to give, a UART (uart2: its
// transmitter-ready interrupt, asserted while the interrupt is enabled
// and the idle transmitter is ready). It serves the device's interrupt in
// its own thread as Linux's UIO does (wait, clear the device, unmask),
// five times, then writes past the end of its device's window, the device
// still interrupting: the kernel must end it with an MMIO VIOLATION report
// and free its line, masked; restarted (once), it finds the device
// running, attaches again and serves three more.

import { Box, Err, cycles, kputln, kputs, kputu, threadSleep } from "ivt-user";
import { GrantedTimer } from "../../apps/bench-app/granted-timer";

const INTERRUPTS: u32 = 5;
const timer = new GrantedTimer();
const dev = timer.dev;
const stamp = new Box<u32>();
/** The most cycles from the kernel's top half taking the interrupt to the
 *  driver's thread reading the counter after irqWait: a few thousand
 *  instructions at worst (a tick between); a stale or garbage stamp is
 *  far off. */
const STAMP_AGE_MAX: u32 = 1000000;

/** The system call under Device.irqStamp, for pointers the library would
 *  not pass. */
@external("ivt_sys", "irq_stamp")
declare function sysIrqStamp(h: i32, ptr: usize): i32;

/** Whether irq_stamp refuses a pointer outside the caller's memory (past
 *  its end, or in the null guard) with Invalid, writing nothing. */
function stampRefusesBadPointers(): bool {
  const end: usize = isDefined(BOARD_APP_MEMORY) ? <usize>BOARD_APP_MEMORY : <usize>memory.size() << 16;
  store<u16>(end - 2, 0xa5a5); // the memory's last bytes, which the straddling write must leave
  const refused = sysIrqStamp(dev.handle, end - 2) == Err.Invalid && sysIrqStamp(dev.handle, 0) == Err.Invalid && sysIrqStamp(dev.handle, 0xfffffffc) == Err.Invalid;
  return refused && load<u16>(end - 2) == 0xa5a5;
}

/** Whether irqStamp names this wake's interrupt: Ok, and taken just now. */
function stampFresh(): bool {
  const now = cycles();
  return dev.irqStamp(stamp) == Err.Ok && now - stamp.value < STAMP_AGE_MAX;
}

/** Reports failed step `step` (numbered at each call below: on micro:bit
 *  the application has 1.5 KiB, and a text per step did not fit). */
function fail(step: u32): i32 {
  kputs("driver: FAILED step ");
  kputu(step);
  kputln("");
  return 1;
}

export function main(): i32 {
  if (!timer.open()) return fail(1); // no device granted (board.json grants.driver)
  // The device keeps running across the application's fault and restart:
  // found running, this is the restart.
  if (timer.running()) return afterRestart();
  if (dev.irqAttach() != Err.Ok) return fail(2); // irqAttach
  if (dev.irqAttach() != Err.Exists) return fail(3); // a second irqAttach must say Exists
  if (dev.irqUnmask() != Err.Invalid) return fail(4); // irqUnmask before any interrupt must say Invalid
  if (dev.irqStamp(stamp) != Err.WouldBlock) return fail(13); // irqStamp before any interrupt must say WouldBlock
  timer.start();
  let served: u32 = 0;
  for (let i: u32 = 0; i < INTERRUPTS; i++) {
    const e = dev.irqWait(1000);
    if (e != Err.Ok) return fail(5); // no interrupt within 1000 ticks
    if (!timer.pending()) return fail(6); // woken with no interrupt pending at the timer
    if (!stampFresh()) return fail(14); // irqStamp: not Ok, or not this interrupt's
    if (i == 0 && !stampRefusesBadPointers()) return fail(16); // irq_stamp took a pointer outside the application's memory
    timer.clear();
    served++;
    if (dev.irqUnmask() != Err.Ok) return fail(7); // irqUnmask
    timer.rearm();
  }
  kputs("driver: ");
  kputu(served);
  kputln(" interrupts served in thread 'driver'");
  // The device is left running: its line must stay masked while nobody
  // serves it, and come back with the restarted application's irqAttach.
  kputln("driver: writing past the end of its device");
  dev.write32(0x1000, 1);
  return fail(8); // the write past the end of the device returned
}

/** The restarted application: the timer kept interrupting while the line
 *  was masked for the dead one; attaching unmasks it, and its pending
 *  interrupt comes at once. */
function afterRestart(): i32 {
  kputln("driver: restarted, its device still running");
  // A while with the line asserted and nobody attached: masked, it costs
  // nothing; unmasked, it would be taken again and again (the storm rules
  // would report it).
  threadSleep(50);
  if (dev.irqAttach() != Err.Ok) return fail(9); // irqAttach after the restart
  for (let i = 0; i < 3; i++) {
    if (dev.irqWait(1000) != Err.Ok) return fail(10); // no interrupt after the restart
    if (!timer.pending()) return fail(11); // woken after the restart with no interrupt pending
    if (!stampFresh()) return fail(15); // irqStamp after the restart: not Ok, or not this interrupt's
    timer.clear();
    if (dev.irqUnmask() != Err.Ok) return fail(12); // irqUnmask after the restart
    timer.rearm();
  }
  timer.stop();
  kputln("driver: 3 interrupts served after the restart");
  return 0;
}
