// The MPS2 FPGA I/O block's user LEDs and push-buttons (Arm's AN385/AN386
// application notes; QEMU hw/misc/mps2-fpgaio.c; arch/sim/devices.js
// models the same two registers for sim):
//
//   +0x00 LED0     bit i drives user LED i (2 LEDs); reads back as written
//   +0x08 BUTTON   bit i is push-button i, 1 while held (QEMU: always 0)
//
// On mps2 boards the logic-analyzer pin (board.json "irq_pin") is LED 0 of
// this register, set and cleared from interrupt entry: set() changes its
// bit with interrupts masked, so neither write undoes the other.

import { DeviceRegs, Err, Leds, portIrqRestore, portIrqSave } from "../kernel/ivt";

const LED0: u32 = 0x00;
const BUTTON: u32 = 0x08;

@final export class Mps2Leds extends Leds {
  /** `regs`: the FPGA I/O block's window; `leds`: how many LEDs it drives
   *  (2 on the MPS2). Thread context (set-up). */
  constructor(public readonly regs: DeviceRegs, public readonly leds: u32 = 2) {
    super();
  }

  count(): u32 {
    return this.leds;
  }

  set(i: u32, on: bool): Err {
    if (i >= this.leds) return Err.Invalid;
    const s = portIrqSave();
    const v = this.regs.read32(LED0);
    this.regs.write32(LED0, on ? v | (1 << i) : v & ~(1 << i));
    portIrqRestore(s);
    return Err.Ok;
  }

  state(): u32 {
    return this.regs.read32(LED0) & ((1 << this.leds) - 1);
  }

  buttons(): u32 {
    return this.regs.read32(BUTTON) & 0x3;
  }
}
