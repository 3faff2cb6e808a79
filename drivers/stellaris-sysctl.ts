// TI Stellaris system control (LM3S "Sandstorm"/"Fury" parts): the system
// clock and the peripherals' clock gates.
//
//   +0x050 RIS    bit6 PLLLRIS: the PLL has locked
//   +0x058 MISC   write bit6: clear PLLLRIS
//   +0x060 RCC    bit0 MOSCDIS, bits 5:4 OSCSRC (0: main oscillator),
//                 bits 9:6 XTAL (the crystal), bit11 BYPASS (clock from the
//                 oscillator, not the PLL), bit12 OEN, bit13 PWRDN (PLL off),
//                 bit22 USESYSDIV, bits 26:23 SYSDIV (divisor - 1)
//   +0x070 RCC2   bit31 USERCC2: RCC2 overrides RCC (cleared here)
//   +0x100 RCGC0  run-mode clock gates (bit3 watchdog, ...)
//   +0x104 RCGC1  (bit0 UART0, bit1 UART1, bits 19:16 timers, ...)
//   +0x108 RCGC2  (bit n: GPIO port n)
//
// The PLL runs at 200 MHz from the main oscillator; the system clock is
// 200 MHz / SYSDIV, at most 50 MHz (divisor 4). QEMU's model computes the
// clock from SYSDIV alone and reports the lock when PWRDN is cleared.

import { DeviceRegs, Err } from "../kernel/ivt";

const RIS: u32 = 0x050;
const MISC: u32 = 0x058;
const RCC: u32 = 0x060;
const RCC2: u32 = 0x070;
const RCGC0: u32 = 0x100;

const RIS_PLLL: u32 = 1 << 6;
const RCC_MOSCDIS: u32 = 1 << 0;
const RCC_OSCSRC: u32 = 3 << 4;
const RCC_XTAL_SHIFT: u32 = 6;
const RCC_XTAL: u32 = 0xf << RCC_XTAL_SHIFT;
const RCC_BYPASS: u32 = 1 << 11;
const RCC_OEN: u32 = 1 << 12;
const RCC_PWRDN: u32 = 1 << 13;
const RCC_USESYSDIV: u32 = 1 << 22;
const RCC_SYSDIV_SHIFT: u32 = 23;
const RCC_SYSDIV: u32 = 0xf << RCC_SYSDIV_SHIFT;
const RCC2_USERCC2: u32 = 1 << 31;

const PLL_HZ: u32 = 200000000;
const MAX_SYSTEM_HZ: u32 = 50000000;
/** Polls of PLLLRIS before giving up: far beyond the PLL's lock time. */
const LOCK_POLLS: u32 = 100000;

/** Crystal frequencies the PLL accepts, in the order of RCC.XTAL from 4. */
const CRYSTALS: StaticArray<u32> = [
  3579545, 3686400, 4000000, 4096000, 4915200, 5000000,
  5120000, 6000000, 6144000, 7372800, 8000000, 8192000,
];
const FIRST_XTAL: u32 = 4;

@final export class StellarisSysctl {
  /** Thread context (board init). */
  constructor(public readonly regs: DeviceRegs) {}

  /** Runs the system clock at `hz` from the PLL, fed by a crystal of
   *  `crystalHz` on the main oscillator, in the datasheet's order: bypass,
   *  configure and power the PLL, wait for its lock, switch to it. Returns
   *  Err.Invalid when 200 MHz / `hz` is not a divisor from 4 to 16 or the
   *  crystal is not one the PLL takes, Err.Timeout when the PLL never locks
   *  (the clock then stays on the oscillator). Thread context (board init). */
  clockFromPll(hz: u32, crystalHz: u32): Err {
    if (hz == 0 || hz > MAX_SYSTEM_HZ || PLL_HZ % hz != 0 || PLL_HZ / hz > 16) return Err.Invalid;
    let xtal: u32 = 0;
    for (let i = 0; i < CRYSTALS.length; i++) {
      if (unchecked(CRYSTALS[i]) == crystalHz) xtal = FIRST_XTAL + <u32>i;
    }
    if (xtal == 0) return Err.Invalid;
    const r = this.regs;
    // 1. Run from the raw oscillator, PLL off, while it is reconfigured.
    let rcc = r.read32(RCC);
    rcc = (rcc | RCC_BYPASS | RCC_PWRDN) & ~RCC_USESYSDIV;
    r.write32(RCC, rcc);
    const rcc2 = r.read32(RCC2);
    if ((rcc2 & RCC2_USERCC2) != 0) r.write32(RCC2, rcc2 & ~RCC2_USERCC2);
    // 2. Main oscillator with this crystal; power the PLL (a fresh lock).
    r.write32(MISC, RIS_PLLL);
    rcc = (rcc & ~(RCC_MOSCDIS | RCC_OSCSRC | RCC_XTAL | RCC_OEN | RCC_PWRDN)) | (xtal << RCC_XTAL_SHIFT);
    r.write32(RCC, rcc);
    // 3. The divisor.
    rcc = (rcc & ~RCC_SYSDIV) | ((PLL_HZ / hz - 1) << RCC_SYSDIV_SHIFT) | RCC_USESYSDIV;
    r.write32(RCC, rcc);
    // 4. Wait for the lock; 5. switch to the PLL.
    for (let i: u32 = 0; i < LOCK_POLLS; i++) {
      if ((r.read32(RIS) & RIS_PLLL) != 0) {
        r.write32(RCC, rcc & ~RCC_BYPASS);
        return Err.Ok;
      }
    }
    return Err.Timeout;
  }

  /** Turns on the clocks of the peripherals whose bits are set in
   *  RCGC0/1/2 (`gate` 0, 1, 2), leaving the others as they are. A
   *  peripheral's registers are usable a few cycles later. Thread context. */
  enableClocks(gate: u32, bits: u32): void {
    const reg = RCGC0 + 4 * gate;
    this.regs.write32(reg, this.regs.read32(reg) | bits);
    this.regs.read32(reg); // the few cycles the datasheet asks before first use
  }
}
