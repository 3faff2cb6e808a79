// The sim board's periodic timer (arch/sim/devices.ts models it).
//
//   +0x00 CTRL    bit0 enable, bit1 interrupt enable
//   +0x04 PERIOD  cycles between expiries
//   +0x08 COUNT   read: cycles left until the next expiry
//   +0x0C INTCLR  write 1: clear the latched expiry flag (drops the line)
//   +0x10 FREQ    read: cycles per second of the sim clock

import { Err, mmioRead32, mmioWrite32, Timer, timerRateOk } from "../kernel/ivt";

const CTRL: u32 = 0x00;
const PERIOD: u32 = 0x04;
const INTCLR: u32 = 0x0c;
const FREQ: u32 = 0x10;

@final export class SimTimer extends Timer {
  /** Thread context (board init). */
  constructor(public readonly base: u32, public readonly irqVector: u32) {
    super();
  }

  startPeriodic(hz: u32): Err {
    const freq = mmioRead32(this.base + FREQ);
    if (!timerRateOk(freq, hz)) return Err.Invalid;
    mmioWrite32(this.base + PERIOD, freq / hz);
    mmioWrite32(this.base + CTRL, 3);
    return Err.Ok;
  }

  stop(): void {
    mmioWrite32(this.base + CTRL, 0);
    mmioWrite32(this.base + INTCLR, 1);
  }

  clearInterrupt(): void {
    mmioWrite32(this.base + INTCLR, 1);
  }

  vector(): u32 {
    return this.irqVector;
  }
}
