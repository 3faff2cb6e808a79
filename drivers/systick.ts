// The Cortex-M SysTick timer as the system tick (vector 15). Offsets in the
// System Control Space (board.json device "scs", 0xE000E000):
//
//   +0x010 SYST_CSR  bit0 ENABLE, bit1 TICKINT, bit2 CLKSOURCE (1 = CPU clock)
//   +0x014 SYST_RVR  reload value, 24 bits
//   +0x018 SYST_CVR  current value; any write clears it
//
// TICKINT is the line's mask and belongs to the Nvic driver; this driver
// keeps it as it finds it.

import { DeviceRegs, Err, Timer, timerRateOk } from "../kernel/ivt";

const CSR: u32 = 0x010;
const RVR: u32 = 0x014;
const CVR: u32 = 0x018;
const ENABLE: u32 = 1;
const CLKSOURCE: u32 = 4;
const MAX_RELOAD: u32 = 0x00ffffff;

@final export class SysTick extends Timer {
  /** `regs` is the System Control Space, `clockHz` the CPU clock. Thread
   *  context (board init). */
  constructor(public readonly regs: DeviceRegs, public readonly clockHz: u32) {
    super();
  }

  startPeriodic(hz: u32): Err {
    if (!timerRateOk(this.clockHz, hz)) return Err.Invalid;
    const reload = this.clockHz / hz - 1;
    if (reload == 0 || reload > MAX_RELOAD) return Err.Invalid;
    this.regs.write32(RVR, reload);
    this.regs.write32(CVR, 0);
    this.regs.write32(CSR, (this.regs.read32(CSR) & 2) | CLKSOURCE | ENABLE);
    return Err.Ok;
  }

  stop(): void {
    this.regs.write32(CSR, this.regs.read32(CSR) & ~ENABLE);
  }

  clearInterrupt(): void {
    // SysTick's pending bit clears on exception entry; nothing latched.
  }

  vector(): u32 {
    return 15;
  }
}
