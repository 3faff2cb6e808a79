// The Cortex-M NVIC with SysTick (ARMv6-M and ARMv7-M).
//
// Vectors are exception numbers: 15 is SysTick, 16 + n is external IRQ n.
// A core without SysTick (it is optional on ARMv6-M) gets a chip without
// vector 15, whose registers are then never touched.
// Exception return is the end of interrupt, so ack() has nothing to write.
// Word accesses only: ARMv6-M faults on byte access to the priority registers.
// Offsets in the System Control Space (board.json device "scs", 0xE000E000):
//
//   +0x010 SYST_CSR   bit1 TICKINT (SysTick's mask)
//   +0x100 ISER[n]    write 1s: enable     +0x180 ICER[n] disable
//   +0x200 ISPR[n]    write 1s: pend       +0x280 ICPR[n] unpend
//   +0x400 IPR[n]     8 bits per IRQ, top `priorityBits` used
//   +0xD04 ICSR       bit26 PENDSTSET (SysTick pending)
//   +0xD20 SHPR3      bits 31:24 SysTick priority

import { DeviceRegs, Err, IrqChip } from "../kernel/ivt";

const SYST_CSR: u32 = 0x010;
const ISER: u32 = 0x100;
const ICER: u32 = 0x180;
const ISPR: u32 = 0x200;
const ICPR: u32 = 0x280;
const IPR: u32 = 0x400;
const ICSR: u32 = 0xd04;
const SHPR3: u32 = 0xd20;
const SYSTICK: u32 = 15;
const FIRST_IRQ: u32 = 16;
const TICKINT: u32 = 2;
const PENDSTSET: u32 = 1 << 26;
const PENDSTCLR: u32 = 1 << 25;

@final export class Nvic extends IrqChip {
  /** Serves SysTick (unless `systick` is false) and `irqLines` external
   *  lines through `regs`, the System Control Space. Thread context (board
   *  init). */
  constructor(public readonly regs: DeviceRegs, irqLines: u32, public readonly priorityBits: u32, systick: bool = true) {
    super(systick ? SYSTICK : FIRST_IRQ, (systick ? 1 : 0) + irqLines);
    // A line becomes pending when its signal is high and its interrupt is
    // not active, at a rising edge, or by a write to ISPR (ARM Cortex-M3/M4
    // Devices Generic User Guide, 4.2.9): a level line held high pends
    // again only after exception return, so ISPR read in the handler shows
    // only edges and software pends.
    this.heldLevelPends = false;
    this.ackNeeded = false; // exception return is the end of interrupt
  }

  name(): string {
    return "nvic";
  }

  mask(vector: u32): void {
    if (vector == SYSTICK) {
      this.regs.write32(SYST_CSR, this.regs.read32(SYST_CSR) & ~TICKINT);
      return;
    }
    const irq = vector - FIRST_IRQ;
    this.regs.write32(ICER + 4 * (irq >> 5), 1 << (irq & 31));
  }

  unmask(vector: u32): void {
    if (vector == SYSTICK) {
      this.regs.write32(SYST_CSR, this.regs.read32(SYST_CSR) | TICKINT);
      return;
    }
    const irq = vector - FIRST_IRQ;
    this.regs.write32(ISER + 4 * (irq >> 5), 1 << (irq & 31));
  }

  ack(vector: u32): void {
    // Exception return ends the interrupt on Cortex-M.
  }

  setPriority(vector: u32, priority: u32): Err {
    if (priority >= <u32>(1 << this.priorityBits)) return Err.Invalid;
    const value = priority << (8 - this.priorityBits);
    if (vector == SYSTICK) {
      this.regs.write32(SHPR3, (this.regs.read32(SHPR3) & 0x00ffffff) | (value << 24));
      return Err.Ok;
    }
    const irq = vector - FIRST_IRQ;
    const reg = IPR + 4 * (irq >> 2);
    const shift = 8 * (irq & 3);
    this.regs.write32(reg, (this.regs.read32(reg) & ~(0xff << shift)) | (value << shift));
    return Err.Ok;
  }

  pend(vector: u32): void {
    this.regs.write32(this.pendOffset(vector), this.pendValue(vector));
  }

  /** Every line pends by one write of 1s: ISPR, or ICSR's PENDSTSET for
   *  SysTick. */
  pendRegs(vector: u32): DeviceRegs | null {
    return this.regs;
  }

  pendOffset(vector: u32): u32 {
    return vector == SYSTICK ? ICSR : ISPR + 4 * ((vector - FIRST_IRQ) >> 5);
  }

  pendValue(vector: u32): u32 {
    return vector == SYSTICK ? PENDSTSET : 1 << ((vector - FIRST_IRQ) & 31);
  }

  unpend(vector: u32): void {
    if (vector == SYSTICK) {
      this.regs.write32(ICSR, PENDSTCLR);
      return;
    }
    const irq = vector - FIRST_IRQ;
    this.regs.write32(ICPR + 4 * (irq >> 5), 1 << (irq & 31));
  }

  inServiceVector(): i32 {
    return -1; // exception return is the end of interrupt: it cannot be lost
  }

  isPending(vector: u32): bool {
    if (vector == SYSTICK) return (this.regs.read32(ICSR) & PENDSTSET) != 0;
    const irq = vector - FIRST_IRQ;
    return (this.regs.read32(ISPR + 4 * (irq >> 5)) & (1 << (irq & 31))) != 0;
  }
}
