// The Cortex-M SysTick timer as the system tick (vector 15).
//
//   0xE000E010 SYST_CSR  bit0 ENABLE, bit1 TICKINT, bit2 CLKSOURCE (1 = CPU clock)
//   0xE000E014 SYST_RVR  reload value, 24 bits
//   0xE000E018 SYST_CVR  current value; any write clears it
//
// TICKINT is the line's mask and belongs to the Nvic driver; this driver
// keeps it as it finds it.

import { Err, mmioRead32, mmioWrite32, Timer, timerRateOk } from "../kernel/ivt";

const CSR: u32 = 0xe000e010;
const RVR: u32 = 0xe000e014;
const CVR: u32 = 0xe000e018;
const ENABLE: u32 = 1;
const CLKSOURCE: u32 = 4;
const MAX_RELOAD: u32 = 0x00ffffff;

@final export class SysTick extends Timer {
  /** `clockHz` is the CPU clock. Thread context (board init). */
  constructor(public readonly clockHz: u32) {
    super();
  }

  startPeriodic(hz: u32): Err {
    if (!timerRateOk(this.clockHz, hz)) return Err.Invalid;
    const reload = this.clockHz / hz - 1;
    if (reload == 0 || reload > MAX_RELOAD) return Err.Invalid;
    mmioWrite32(RVR, reload);
    mmioWrite32(CVR, 0);
    mmioWrite32(CSR, (mmioRead32(CSR) & 2) | CLKSOURCE | ENABLE);
    return Err.Ok;
  }

  stop(): void {
    mmioWrite32(CSR, mmioRead32(CSR) & ~ENABLE);
  }

  clearInterrupt(): void {
    // SysTick's pending bit clears on exception entry; nothing latched.
  }

  vector(): u32 {
    return 15;
  }
}
