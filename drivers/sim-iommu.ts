// The sim board's IOMMU (arch/sim/devices.js SimIommu): checks every access
// of the DMA devices behind it against the grants kernel/dma.ts programs,
// one slot per grant; a blocked access latches a fault and raises its line.
//
//   +0x00 CTRL    bit0 enable
//   +0x04 SLOT    +0x08 DEVICE  +0x0C ADDRESS  +0x10 LENGTH
//   +0x14 DIR     write: sets SLOT from the three above (0: clears it)
//   +0x18 SLOTS   read: how many slots the unit has
//   +0x20 FAULT_STATUS  bit0 latched (write 1: clear)
//   +0x24 FAULT_DEVICE  +0x28 FAULT_ADDRESS  +0x2C FAULT_DIR  +0x30 FAULT_LENGTH

import { DeviceRegs, Iommu } from "../kernel/ivt";

const CTRL: u32 = 0x00;
const SLOT: u32 = 0x04;
const DEVICE: u32 = 0x08;
const ADDRESS: u32 = 0x0c;
const LENGTH: u32 = 0x10;
const DIR: u32 = 0x14;
const SLOTS: u32 = 0x18;
const FAULT_STATUS: u32 = 0x20;

@final export class SimIommu extends Iommu {
  /** Enables the unit (no grant yet: every DMA access is blocked until one
   *  is mapped). Thread context (board init). */
  constructor(public readonly regs: DeviceRegs, public readonly irqVector: u32) {
    super();
    regs.write32(CTRL, 1);
  }

  program(slot: u32, device: u32, address: u32, length: u32, dir: u32): void {
    this.regs.write32(SLOT, slot);
    this.regs.write32(DEVICE, device);
    this.regs.write32(ADDRESS, address);
    this.regs.write32(LENGTH, length);
    this.regs.write32(DIR, dir);
  }

  slots(): u32 {
    return this.regs.read32(SLOTS);
  }

  faultVector(): u32 {
    return this.irqVector;
  }

  faultPending(): bool {
    return (this.regs.read32(FAULT_STATUS) & 1) != 0;
  }

  faultDevice(): u32 {
    return this.regs.read32(0x24);
  }

  faultAddress(): u32 {
    return this.regs.read32(0x28);
  }

  faultDir(): u32 {
    return this.regs.read32(0x2c);
  }

  faultLength(): u32 {
    return this.regs.read32(0x30);
  }

  faultClear(): void {
    this.regs.write32(FAULT_STATUS, 1);
  }
}
