// The sim board's periodic timer (arch/sim/devices.ts models it).
//
//   +0x00 CTRL    bit0 enable, bit1 interrupt enable
//   +0x04 PERIOD  cycles between expiries
//   +0x08 COUNT   read: cycles left until the next expiry
//   +0x0C INTCLR  write 1: clear the latched expiry flag (drops the line)
//   +0x10 FREQ    read: cycles per second of the sim clock

import { DeviceRegs, Err, Timer, timerRateOk } from "../kernel/ivt";

const CTRL: u32 = 0x00;
const PERIOD: u32 = 0x04;
const INTCLR: u32 = 0x0c;
const FREQ: u32 = 0x10;

@final export class SimTimer extends Timer {
  /** Thread context (board init). */
  constructor(public readonly regs: DeviceRegs, public readonly irqVector: u32) {
    super();
  }

  startPeriodic(hz: u32): Err {
    const freq = this.regs.read32(FREQ);
    if (!timerRateOk(freq, hz)) return Err.Invalid;
    this.regs.write32(PERIOD, freq / hz);
    this.regs.write32(CTRL, 3);
    return Err.Ok;
  }

  stop(): void {
    this.regs.write32(CTRL, 0);
    this.regs.write32(INTCLR, 1);
  }

  clearInterrupt(): void {
    this.regs.write32(INTCLR, 1);
  }

  vector(): u32 {
    return this.irqVector;
  }
}
