// Nordic nRF51 TIMER as a periodic timer: counts up at 16 MHz >> PRESCALER;
// compare channel 0 raises its event (and interrupt) when the counter
// reaches CC[0], and the COMPARE0_CLEAR short restarts the count from 0.
//
//   +0x000 TASKS_START      +0x004 TASKS_STOP      +0x00C TASKS_CLEAR
//   +0x140 EVENTS_COMPARE[0]                       write 0: clear
//   +0x200 SHORTS           bit0 COMPARE0_CLEAR
//   +0x304 INTENSET         +0x308 INTENCLR        bit16 COMPARE0
//   +0x504 MODE             0: timer
//   +0x508 BITMODE          3: 32 bits
//   +0x510 PRESCALER        f = 16 MHz >> PRESCALER (0..9)
//   +0x540 CC[0]

import { DeviceRegs, Err, Timer, timerRateOk } from "../kernel/ivt";

const TASKS_START: u32 = 0x000;
const TASKS_STOP: u32 = 0x004;
const TASKS_CLEAR: u32 = 0x00c;
const EVENTS_COMPARE0: u32 = 0x140;
const SHORTS: u32 = 0x200;
const INTENSET: u32 = 0x304;
const INTENCLR: u32 = 0x308;
const MODE: u32 = 0x504;
const BITMODE: u32 = 0x508;
const PRESCALER: u32 = 0x510;
const CC0: u32 = 0x540;

const MODE_TIMER: u32 = 0;
const BITMODE_32: u32 = 3;
const SHORT_COMPARE0_CLEAR: u32 = 1;
const INT_COMPARE0: u32 = 1 << 16;

@final export class Nrf51Timer extends Timer {
  /** `clockHz` is the timer's input clock (16 MHz on the nRF51);
   *  `irqVector` its interrupt. Thread context. */
  constructor(public readonly regs: DeviceRegs, public readonly clockHz: u32, public readonly irqVector: u32) {
    super();
  }

  /** A 32-bit count at the full input clock (PRESCALER 0): any rate from
   *  1 Hz up to the clock, exact when `hz` divides it. */
  startPeriodic(hz: u32): Err {
    if (!timerRateOk(this.clockHz, hz)) return Err.Invalid;
    this.stop();
    this.regs.write32(MODE, MODE_TIMER);
    this.regs.write32(BITMODE, BITMODE_32);
    this.regs.write32(PRESCALER, 0);
    this.regs.write32(CC0, this.clockHz / hz);
    this.regs.write32(SHORTS, SHORT_COMPARE0_CLEAR);
    this.regs.write32(TASKS_CLEAR, 1);
    this.regs.write32(INTENSET, INT_COMPARE0);
    this.regs.write32(TASKS_START, 1);
    return Err.Ok;
  }

  stop(): void {
    this.regs.write32(TASKS_STOP, 1);
    this.regs.write32(INTENCLR, INT_COMPARE0);
    this.clearInterrupt();
  }

  /** Clears the compare event and reads it back: the write must have
   *  reached the peripheral before the handler returns, or the still-set
   *  event would raise the interrupt again. */
  clearInterrupt(): void {
    this.regs.write32(EVENTS_COMPARE0, 0);
    this.regs.read32(EVENTS_COMPARE0);
  }

  vector(): u32 {
    return this.irqVector;
  }
}
