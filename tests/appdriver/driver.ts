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

import { Device, Err, kputln, kputs, kputu, threadSleep } from "ivt-user";

const INTERRUPTS: u32 = 5;
const dev = new Device();

/** Which device was granted: each has its own registers. */
const SIM: u32 = 0;
const CMSDK: u32 = 1;
const GPTM: u32 = 2;
const NRF51: u32 = 3;
const STM32: u32 = 4;
const MCF_UART: u32 = 5;
/** The ColdFire UART's registers (8 bits; drivers/mcf-uart.ts). */
const USR: u32 = 0x04;
const UCR: u32 = 0x08;
const UISR_UIMR: u32 = 0x14;
const TXRDY: u32 = 0x04;
const INT_TX: u32 = 0x01;
let kind: u32 = SIM;

/** Reports failed step `step` (numbered at each call below: on micro:bit
 *  the application has 1.5 KiB, and a text per step did not fit). */
function fail(step: u32): i32 {
  kputs("driver: FAILED step ");
  kputu(step);
  kputln("");
  return 1;
}

/** Opens whichever timer this board grants; false if none. */
function openTimer(): bool {
  if (dev.open("timer1") == Err.Ok) kind = SIM;
  else if (dev.open("timer0") == Err.Ok) kind = CMSDK;
  else if (dev.open("gptm0") == Err.Ok) kind = GPTM;
  else if (dev.open("timer2") == Err.Ok) kind = NRF51;
  else if (dev.open("tim3") == Err.Ok) kind = STM32;
  else if (dev.open("uart2") == Err.Ok) kind = MCF_UART;
  else return false;
  return true;
}

/** Starts the timer at about 1 kHz (the UART: its transmitter on, and
 *  its interrupt, which the ready transmitter asserts at once). */
function start(): void {
  if (kind == MCF_UART) {
    dev.write8(UCR, 0x30); // reset the transmitter
    dev.write8(UCR, 0x04); // enable it: ready
    dev.write8(UISR_UIMR, INT_TX);
  } else if (kind == SIM) {
    const hz = dev.read32(0x10); // the sim timer tells its clock
    dev.write32(0x04, hz / 1000); // period
    dev.write32(0x00, 3); // enable, interrupt enable
  } else if (kind == CMSDK) {
    dev.write32(0x00, 0);
    dev.write32(0x08, 25000 - 1); // RELOAD: 1 kHz at the 25 MHz APB clock
    dev.write32(0x04, 25000 - 1); // VALUE
    dev.write32(0x0c, 1); // INTCLEAR
    dev.write32(0x00, 1 | 8); // enable, interrupt enable
  } else if (kind == STM32) {
    dev.write32(0x00, 0); // CR1: stopped while it is set up
    dev.write32(0x28, 999); // PSC: QEMU's 1 GHz timer clock / 1000 (the real chip's 60 MHz: 60 kHz)
    dev.write32(0x2c, 999); // ARR: an update every 1000 counts, 1 kHz under QEMU
    dev.write32(0x14, 1); // EGR UG: load the prescaler
    dev.write32(0x10, 0); // SR: clear UIF (the update just made sets it on the real chip)
    dev.write32(0x0c, 1); // DIER: update interrupt
    dev.write32(0x00, 1); // CR1: CEN
  } else if (kind == NRF51) {
    dev.write32(0x004, 1); // TASKS_STOP
    dev.write32(0x504, 0); // MODE: timer
    dev.write32(0x508, 0); // BITMODE: 16 bits (TIMER2's widest)
    dev.write32(0x510, 4); // PRESCALER: 16 MHz / 2^4 = 1 MHz
    dev.write32(0x540, 1000); // CC[0]: 1 kHz
    dev.write32(0x200, 1); // SHORTS: COMPARE[0] clears the count
    dev.write32(0x140, 0); // EVENTS_COMPARE[0]: a stale one
    dev.write32(0x304, 1 << 16); // INTENSET: COMPARE[0]
    dev.write32(0x00c, 1); // TASKS_CLEAR
    dev.write32(0x000, 1); // TASKS_START
  } else {
    dev.write32(0x0c, 0); // GPTMCTL: timer A off while it is set up
    dev.write32(0x00, 0); // GPTMCFG: one 32-bit timer
    dev.write32(0x04, 2); // GPTMTAMR: periodic
    dev.write32(0x28, 50000 - 1); // GPTMTAILR: 1 kHz at the 50 MHz system clock
    dev.write32(0x24, 1); // GPTMICR: clear a stale time-out
    dev.write32(0x18, 1); // GPTMIMR: time-out interrupt
    dev.write32(0x0c, 1); // GPTMCTL: timer A on
  }
}

/** Whether the timer is counting (found so, this is the restart). The
 *  nRF51 TIMER has no status to read: its compare value, which stop
 *  clears, says it was started. */
function running(): bool {
  if (kind == MCF_UART) return (dev.read8(USR) & TXRDY) != 0; // the transmitter on
  if (kind == NRF51) return dev.read32(0x540) != 0;
  return (dev.read32(kind == GPTM ? 0x0c : 0x00) & 1) != 0; // GPTMCTL; CTRL, CR1 CEN
}

/** Whether the timer shows its interrupt: a wake with none would be a
 *  stale pend, not this timer's interrupt. */
function pending(): bool {
  if (kind == MCF_UART) return (dev.read8(UISR_UIMR) & INT_TX) != 0; // UISR: transmitter ready
  if (kind == NRF51) return dev.read32(0x140) != 0; // EVENTS_COMPARE[0]
  if (kind == STM32) return (dev.read32(0x10) & 1) != 0; // SR UIF
  return (dev.read32(kind == GPTM ? 0x1c : 0x0c) & 1) != 0; // GPTMRIS; INTSTATUS
}

function clear(): void {
  if (kind == MCF_UART) dev.write8(UISR_UIMR, 0); // UIMR: the interrupt off, the line drops
  else if (kind == NRF51) dev.write32(0x140, 0);
  else if (kind == STM32) dev.write32(0x10, 0); // SR: UIF is cleared by writing 0
  else dev.write32(kind == GPTM ? 0x24 : 0x0c, 1); // GPTMICR; INTCLEAR (sim: the same)
}

/** After an unmask: a UART's interrupt is enabled again, for the next one
 *  (a timer's next period comes by itself). */
function rearm(): void {
  if (kind == MCF_UART) dev.write8(UISR_UIMR, INT_TX);
}

function stop(): void {
  if (kind == MCF_UART) {
    dev.write8(UISR_UIMR, 0);
    dev.write8(UCR, 0x08); // disable the transmitter: no longer "running"
  } else if (kind == NRF51) {
    dev.write32(0x004, 1); // TASKS_STOP
    dev.write32(0x540, 0); // CC[0]: no longer "running" to the next start
  } else {
    dev.write32(kind == GPTM ? 0x0c : 0x00, 0);
  }
}

export function main(): i32 {
  if (!openTimer()) return fail(1); // no device granted (board.json grants.driver)
  // The device keeps running across the application's fault and restart:
  // found running, this is the restart.
  if (running()) return afterRestart();
  if (dev.irqAttach() != Err.Ok) return fail(2); // irqAttach
  if (dev.irqAttach() != Err.Exists) return fail(3); // a second irqAttach must say Exists
  if (dev.irqUnmask() != Err.Invalid) return fail(4); // irqUnmask before any interrupt must say Invalid
  start();
  let served: u32 = 0;
  for (let i: u32 = 0; i < INTERRUPTS; i++) {
    const e = dev.irqWait(1000);
    if (e != Err.Ok) return fail(5); // no interrupt within 1000 ticks
    if (!pending()) return fail(6); // woken with no interrupt pending at the timer
    clear();
    served++;
    if (dev.irqUnmask() != Err.Ok) return fail(7); // irqUnmask
    rearm();
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
    if (!pending()) return fail(11); // woken after the restart with no interrupt pending
    clear();
    if (dev.irqUnmask() != Err.Ok) return fail(12); // irqUnmask after the restart
    rearm();
  }
  stop();
  kputln("driver: 3 interrupts served after the restart");
  return 0;
}
