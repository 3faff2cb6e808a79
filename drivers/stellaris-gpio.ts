// TI Stellaris GPIO port (a PL061 with pin-mux and pad registers): only
// what a board needs to hand pins to another peripheral.
//
//   +0x420 AFSEL  bit n: pin n driven by its alternate function (UART, ...)
//   +0x51C DEN    bit n: pin n's digital function enabled

import { DeviceRegs } from "../kernel/ivt";

const AFSEL: u32 = 0x420;
const DEN: u32 = 0x51c;

@final export class StellarisGpio {
  /** The port's clock must be on (StellarisSysctl.enableClocks). Thread context. */
  constructor(public readonly regs: DeviceRegs) {}

  /** Gives the pins set in `pins` to their alternate function, as digital
   *  pins. Thread context (board init). */
  useAlternate(pins: u32): void {
    this.regs.write32(AFSEL, this.regs.read32(AFSEL) | pins);
    this.regs.write32(DEN, this.regs.read32(DEN) | pins);
  }
}
