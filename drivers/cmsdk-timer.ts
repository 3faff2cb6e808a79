// ARM CMSDK APB timer (the MPS2 boards' TIMER0/TIMER1): a 32-bit down
// counter at the APB clock, reloading, with an interrupt at each wrap.
//
//   +0x00 CTRL       bit0 enable, bit3 interrupt enable
//   +0x04 VALUE      current count
//   +0x08 RELOAD     value loaded at each wrap
//   +0x0C INTSTATUS  read: bit0 pending; write 1: clear

import { DeviceRegs, Err, Timer, timerRateOk } from "../kernel/ivt";

const CTRL: u32 = 0x00;
const VALUE: u32 = 0x04;
const RELOAD: u32 = 0x08;
const INTCLEAR: u32 = 0x0c;
const ENABLE: u32 = 1;
const IRQ_ENABLE: u32 = 8;

@final export class CmsdkTimer extends Timer {
  /** `clockHz` is the timer's input clock; `irqVector` its interrupt.
   *  Thread context. */
  constructor(public readonly regs: DeviceRegs, public readonly clockHz: u32, public readonly irqVector: u32) {
    super();
  }

  startPeriodic(hz: u32): Err {
    if (!timerRateOk(this.clockHz, hz)) return Err.Invalid;
    const reload = this.clockHz / hz - 1;
    this.regs.write32(CTRL, 0);
    this.regs.write32(RELOAD, reload);
    this.regs.write32(VALUE, reload);
    this.regs.write32(INTCLEAR, 1);
    this.regs.write32(CTRL, ENABLE | IRQ_ENABLE);
    return Err.Ok;
  }

  stop(): void {
    this.regs.write32(CTRL, 0);
    this.regs.write32(INTCLEAR, 1);
  }

  clearInterrupt(): void {
    this.regs.write32(INTCLEAR, 1);
  }

  vector(): u32 {
    return this.irqVector;
  }
}
