// Whichever interrupting device board.json grants an application for a
// driver test or a benchmark (docs/isolation.md, "Interrupts of
// application drivers"): a timer on every board but mcf5208evb (sim:
// timer1, a sim-timer; MPS2: timer0, a CMSDK timer; lm3s6965evb: gptm0, a
// Stellaris general-purpose timer; micro:bit: timer2, an nRF51 TIMER;
// netduino2: tim3, an STM32 general-purpose timer) and, on mcf5208evb,
// which has no timer to give, a UART (uart2: its transmitter-ready
// interrupt, asserted while the interrupt is enabled and the idle
// transmitter is ready). Each has its own registers; this gives them one
// face: start, pending, clear, rearm, running, stop. Used by
// tests/appdriver and apps/bench-app, in the application's own module.

import { Device, Err } from "ivt-user";

/** Which device was granted. */
export const SIM: u32 = 0;
export const CMSDK: u32 = 1;
export const GPTM: u32 = 2;
export const NRF51: u32 = 3;
export const STM32: u32 = 4;
export const MCF_UART: u32 = 5;

/** The ColdFire UART's registers (8 bits; drivers/mcf-uart.ts). */
const USR: u32 = 0x04;
const UCR: u32 = 0x08;
const UISR_UIMR: u32 = 0x14;
const TXRDY: u32 = 0x04;
const INT_TX: u32 = 0x01;

export class GrantedTimer {
  dev: Device = new Device();
  kind: u32 = SIM;

  /** Opens whichever device this board grants the application; false if
   *  none. */
  open(): bool {
    const d = this.dev;
    if (d.open("timer1") == Err.Ok) this.kind = SIM;
    else if (d.open("timer0") == Err.Ok) this.kind = CMSDK;
    else if (d.open("gptm0") == Err.Ok) this.kind = GPTM;
    else if (d.open("timer2") == Err.Ok) this.kind = NRF51;
    else if (d.open("tim3") == Err.Ok) this.kind = STM32;
    else if (d.open("uart2") == Err.Ok) this.kind = MCF_UART;
    else return false;
    return true;
  }

  /** Starts the timer at about 1 kHz (the UART: its transmitter on, and
   *  its interrupt, which the ready transmitter asserts at once).
   *  `offBeat`: a period 3.9% shorter, so that a benchmark's samples do
   *  not keep one place relative to a 1 kHz tick (always or never with a
   *  tick interrupt inside; apps/bench-app/main.ts PERIOD). */
  start(offBeat: bool = false): void {
    const d = this.dev;
    const kind = this.kind;
    const per: u32 = offBeat ? 961 : 1000; // thousandths of a millisecond's counts
    if (kind == MCF_UART) {
      d.write8(UCR, 0x30); // reset the transmitter
      d.write8(UCR, 0x04); // enable it: ready
      d.write8(UISR_UIMR, INT_TX);
    } else if (kind == SIM) {
      const hz = d.read32(0x10); // the sim timer tells its clock
      d.write32(0x04, hz / 1000 * per / 1000); // period
      d.write32(0x00, 3); // enable, interrupt enable
    } else if (kind == CMSDK) {
      d.write32(0x00, 0);
      d.write32(0x08, 25 * per - 1); // RELOAD: 1 kHz at the 25 MHz APB clock
      d.write32(0x04, 25 * per - 1); // VALUE
      d.write32(0x0c, 1); // INTCLEAR
      d.write32(0x00, 1 | 8); // enable, interrupt enable
    } else if (kind == STM32) {
      d.write32(0x00, 0); // CR1: stopped while it is set up
      d.write32(0x28, 999); // PSC: QEMU's 1 GHz timer clock / 1000 (the real chip's 60 MHz: 60 kHz)
      d.write32(0x2c, per - 1); // ARR: an update every 1000 counts, 1 kHz under QEMU
      d.write32(0x14, 1); // EGR UG: load the prescaler
      d.write32(0x10, 0); // SR: clear UIF (the update just made sets it on the real chip)
      d.write32(0x0c, 1); // DIER: update interrupt
      d.write32(0x00, 1); // CR1: CEN
    } else if (kind == NRF51) {
      d.write32(0x004, 1); // TASKS_STOP
      d.write32(0x504, 0); // MODE: timer
      d.write32(0x508, 0); // BITMODE: 16 bits (TIMER2's widest)
      d.write32(0x510, 4); // PRESCALER: 16 MHz / 2^4 = 1 MHz
      d.write32(0x540, per); // CC[0]: 1 kHz
      d.write32(0x200, 1); // SHORTS: COMPARE[0] clears the count
      d.write32(0x140, 0); // EVENTS_COMPARE[0]: a stale one
      d.write32(0x304, 1 << 16); // INTENSET: COMPARE[0]
      d.write32(0x00c, 1); // TASKS_CLEAR
      d.write32(0x000, 1); // TASKS_START
    } else {
      d.write32(0x0c, 0); // GPTMCTL: timer A off while it is set up
      d.write32(0x00, 0); // GPTMCFG: one 32-bit timer
      d.write32(0x04, 2); // GPTMTAMR: periodic
      d.write32(0x28, 50 * per - 1); // GPTMTAILR: 1 kHz at the 50 MHz system clock
      d.write32(0x24, 1); // GPTMICR: clear a stale time-out
      d.write32(0x18, 1); // GPTMIMR: time-out interrupt
      d.write32(0x0c, 1); // GPTMCTL: timer A on
    }
  }

  /** Whether the device is running (found so by a restarted
   *  application). The nRF51 TIMER has no status to read: its compare
   *  value, which stop clears, says it was started. */
  running(): bool {
    const d = this.dev;
    const kind = this.kind;
    if (kind == MCF_UART) return (d.read8(USR) & TXRDY) != 0; // the transmitter on
    if (kind == NRF51) return d.read32(0x540) != 0;
    return (d.read32(kind == GPTM ? 0x0c : 0x00) & 1) != 0; // GPTMCTL; CTRL, CR1 CEN
  }

  /** Whether the device shows its interrupt: a wake with none would be a
   *  stale pend, not this device's interrupt. */
  pending(): bool {
    const d = this.dev;
    const kind = this.kind;
    if (kind == MCF_UART) return (d.read8(UISR_UIMR) & INT_TX) != 0; // UISR: transmitter ready
    if (kind == NRF51) return d.read32(0x140) != 0; // EVENTS_COMPARE[0]
    if (kind == STM32) return (d.read32(0x10) & 1) != 0; // SR UIF
    return (d.read32(kind == GPTM ? 0x1c : 0x0c) & 1) != 0; // GPTMRIS; INTSTATUS
  }

  /** Clears the device's interrupt (the UART's: turned off, the line drops). */
  clear(): void {
    const d = this.dev;
    const kind = this.kind;
    if (kind == MCF_UART) d.write8(UISR_UIMR, 0);
    else if (kind == NRF51) d.write32(0x140, 0);
    else if (kind == STM32) d.write32(0x10, 0); // SR: UIF is cleared by writing 0
    else d.write32(kind == GPTM ? 0x24 : 0x0c, 1); // GPTMICR; INTCLEAR (sim: the same)
  }

  /** After an unmask: the UART's interrupt is enabled again, for the next
   *  one (a timer's next period comes by itself). */
  rearm(): void {
    if (this.kind == MCF_UART) this.dev.write8(UISR_UIMR, INT_TX);
  }

  /** Stops the device: no longer running, no more interrupts. */
  stop(): void {
    const d = this.dev;
    const kind = this.kind;
    if (kind == MCF_UART) {
      d.write8(UISR_UIMR, 0);
      d.write8(UCR, 0x08); // disable the transmitter: no longer "running"
    } else if (kind == NRF51) {
      d.write32(0x004, 1); // TASKS_STOP
      d.write32(0x540, 0); // CC[0]: no longer "running" to the next start
    } else {
      d.write32(kind == GPTM ? 0x0c : 0x00, 0);
    }
  }
}
