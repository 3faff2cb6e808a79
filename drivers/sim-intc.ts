// The sim board's interrupt controller (arch/sim/devices.ts models it).
// Lines 0..31 arrive as vectors first..first+31; 0 is the most urgent of
// 8 priority levels; a line stays in service until its ACK.
//
//   +0x00 PENDING     read: pending lines
//   +0x04 ENABLE_SET  write 1s: unmask
//   +0x08 ENABLE_CLR  write 1s: mask
//   +0x0C PEND_SET    write 1s: pend by software
//   +0x10 PEND_CLR    write 1s: clear latched pending
//   +0x14 ACK         write line number: end of interrupt
//   +0x18 ACTIVE      read: lines in service (delivered, not yet acknowledged)
//   +0x20 + 4n        PRIORITY of line n (0..7)

import { DeviceRegs, Err, IrqChip } from "../kernel/ivt";

const PENDING: u32 = 0x00;
const ENABLE_SET: u32 = 0x04;
const ENABLE_CLR: u32 = 0x08;
const PEND_SET: u32 = 0x0c;
const PEND_CLR: u32 = 0x10;
const ACK: u32 = 0x14;
const ACTIVE: u32 = 0x18;
const PRIORITY: u32 = 0x20;
const LEVELS: u32 = 8;

@final export class SimIntc extends IrqChip {
  /** Thread context (board init). */
  constructor(public readonly regs: DeviceRegs, first: u32, lines: u32) {
    super(first, lines);
  }

  name(): string {
    return "sim-intc";
  }

  mask(vector: u32): void {
    this.regs.write32(ENABLE_CLR, this.bit(vector));
  }

  unmask(vector: u32): void {
    this.regs.write32(ENABLE_SET, this.bit(vector));
  }

  ack(vector: u32): void {
    this.regs.write32(ACK, vector - this.first);
  }

  setPriority(vector: u32, priority: u32): Err {
    if (priority >= LEVELS) return Err.Invalid;
    this.regs.write32(PRIORITY + 4 * (vector - this.first), priority);
    return Err.Ok;
  }

  pend(vector: u32): void {
    this.regs.write32(PEND_SET, this.bit(vector));
  }

  /** A pend is one write of the line's bit to PEND_SET. */
  pendRegs(vector: u32): DeviceRegs | null {
    return this.regs;
  }

  pendOffset(vector: u32): u32 {
    return PEND_SET;
  }

  pendValue(vector: u32): u32 {
    return this.bit(vector);
  }

  unpend(vector: u32): void {
    this.regs.write32(PEND_CLR, this.bit(vector));
  }

  inServiceVector(): i32 {
    const active = this.regs.read32(ACTIVE);
    return active == 0 ? -1 : <i32>(this.first + ctz(active));
  }

  isPending(vector: u32): bool {
    return (this.regs.read32(PENDING) & this.bit(vector)) != 0;
  }

  @inline private bit(vector: u32): u32 {
    return 1 << (vector - this.first);
  }
}
