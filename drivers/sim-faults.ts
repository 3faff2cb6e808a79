// The sim board's fault injector (arch/sim/devices.js SimFaults): lets a
// test on sim make the interrupt controller misbehave on purpose.
//
//   +0x00 STORM_LINE  +0x04 STORM_PERIOD  +0x08 SPURIOUS  +0x0C LEVEL_SET
//   +0x10 LEVEL_CLR   +0x14 DROP_ACKS     +0x18 PULSES (read)

import { DeviceRegs } from "../kernel/ivt";

@final export class SimFaults {
  /** Thread context. */
  constructor(public readonly regs: DeviceRegs, public readonly firstVector: u32) {}

  /** Pends `line` every `period` cycles until stormStop. */
  storm(line: u32, period: u32): void {
    this.regs.write32(0x04, period);
    this.regs.write32(0x00, line);
  }

  stormStop(): void {
    this.regs.write32(0x00, 0xffffffff);
  }

  /** Pulses generated so far. */
  pulses(): u32 {
    return this.regs.read32(0x18);
  }

  /** Delivers `vector` raw, as a glitching controller would. */
  spurious(vector: u32): void {
    this.regs.write32(0x08, vector);
  }

  /** Holds `line` asserted (level) until levelRelease. */
  levelHold(line: u32): void {
    this.regs.write32(0x0c, line);
  }

  levelRelease(line: u32): void {
    this.regs.write32(0x10, line);
  }

  /** The controller loses the next `n` ends of interrupt. */
  dropAcks(n: u32): void {
    this.regs.write32(0x14, n);
  }
}
