// The MCF5208's interrupt controller (INTC0): 64 sources, vector 64 + n,
// each with a level 1-7 in its ICR. The CPU takes a level above the
// status register's mask, so higher levels nest over lower ones; the end
// of interrupt is the RTE that restores the mask, so the controller holds
// nothing in service.
//
//   +0x00 IPRH/IPRL     pending, sources 63-32 / 31-0 (read)
//   +0x08 IMRH/IMRL     mask, 1 = masked
//   +0x10 INTFRCH/L     force: 1 pends the source by software
//   +0x1C SIMR          write n: mask source n
//   +0x1D CIMR          write n: unmask source n
//   +0x40 + n ICRn      level of source n (0: the source never interrupts)
//
// Kernel priorities map to levels: 0 (most urgent) is level 6, 5 is level
// 1; level 7 is not maskable and is never used.

import { DeviceRegs, Err, inInterrupt, IrqChip } from "../kernel/ivt";

const IPRH: u32 = 0x00;
const INTFRCH: u32 = 0x10;
const SIMR: u32 = 0x1c;
const CIMR: u32 = 0x1d;
const ICR: u32 = 0x40;
const FIRST_VECTOR: u32 = 64;
const SOURCES: u32 = 64;
const TOP_LEVEL: u32 = 6;
/** Priority given to a source until setPriority: level 4. */
const DEFAULT_PRIORITY: u32 = 2;

/** Sources come in register pairs, high word first (IPRH/IPRL, INTFRCH/L):
 *  the offset of source `n`'s register from the pair's first, and its bit. */
@inline function pairOffset(n: u32): u32 {
  return (n & 32) != 0 ? 0 : 4;
}
@inline function pairBit(n: u32): u32 {
  return 1 << (n & 31);
}

/** A way to raise a source by software other than the force register,
 *  for controllers (or emulators) where forcing does not work. */
export abstract class SoftPend {
  /** Asserts the source. Any context. */
  abstract raise(): void;
  /** Deasserts it. Any context. */
  abstract lower(): void;
  /** Whether it is asserted. Any context. */
  abstract raised(): bool;
}

/** Makes a line's SoftPend; the controller calls it once, in thread
 *  context, when the line is first used (see McfIntc.useSoftPend). */
export type SoftPendMaker = () => SoftPend;

const NO_VECTOR: u32 = 0xffffffff;

@final export class McfIntc extends IrqChip {
  // Two slots, not a table of 64: a soft-pended line is rare (QEMU's
  // stand-in for the force register), and the table was 280 bytes of every
  // image's heap. Its SoftPend (with its UART, about 80 bytes) is made only
  // when the line is first used: an image that never pends such a line
  // (apps/minimal) holds none.
  private softVector0: u32 = NO_VECTOR;
  private softVector1: u32 = NO_VECTOR;
  private softMaker0: SoftPendMaker | null = null;
  private softMaker1: SoftPendMaker | null = null;
  private soft0: SoftPend | null = null;
  private soft1: SoftPend | null = null;

  /** Serves sources 0 to `sources` - 1 (vectors 64 onwards; at most 64).
   *  Every source starts masked at the default level. Thread context
   *  (board init). */
  constructor(public readonly regs: DeviceRegs, sources: u32) {
    super(FIRST_VECTOR, sources < SOURCES ? sources : SOURCES);
    for (let n: u32 = 0; n < this.count; n++) regs.write8(ICR + n, TOP_LEVEL - DEFAULT_PRIORITY);
  }

  name(): string {
    return "mcf-intc";
  }

  /** Pends `vector` through the SoftPend `make` returns instead of the
   *  force register. `make` runs once, at the line's first pend, unpend
   *  or pending test from a thread; a handler's request unpends its line
   *  (kernel/irq/manage.ts irqRequest), so a line with a handler has its
   *  SoftPend. Before that, a pend from a handler goes to the force
   *  register: the line has no handler, and such an interrupt would be
   *  spurious anyway. Arguments: a vector this
   *  controller serves; the maker (a top-level function: it captures
   *  nothing). Returns Err.Ok; Err.Invalid for a vector it does not serve
   *  or one already soft-pended; Err.NoSpace when both slots are taken.
   *  Thread context (board init). */
  useSoftPend(vector: u32, make: SoftPendMaker): Err {
    if (vector - FIRST_VECTOR >= this.count) return Err.Invalid;
    if (vector == this.softVector0 || vector == this.softVector1) return Err.Invalid;
    if (this.softVector0 == NO_VECTOR) {
      this.softVector0 = vector;
      this.softMaker0 = make;
    } else if (this.softVector1 == NO_VECTOR) {
      this.softVector1 = vector;
      this.softMaker1 = make;
    } else {
      return Err.NoSpace;
    }
    return Err.Ok;
  }

  /** The SoftPend of `vector`, or null: the force register pends it (or,
   *  in a handler, its SoftPend is not made yet). Any context. */
  // @ts-ignore: decorator
  @inline private softPendOf(vector: u32): SoftPend | null {
    let p: SoftPend | null = null;
    if (vector == this.softVector0) {
      p = this.soft0;
      if (p === null) p = this.makeSoftPend(true);
    } else if (vector == this.softVector1) {
      p = this.soft1;
      if (p === null) p = this.makeSoftPend(false);
    }
    return p;
  }

  /** Makes the SoftPend of the first slot's line (`first`) or the
   *  second's at its first use from a thread; null in a handler (which
   *  allocates nothing). Two threads racing here may each make one: the
   *  last stays, and both set the same device up the same way. Any
   *  context. */
  private makeSoftPend(first: bool): SoftPend | null {
    if (inInterrupt()) return null;
    const make = first ? this.softMaker0 : this.softMaker1;
    if (make === null) return null;
    const p = make();
    if (first) this.soft0 = p;
    else this.soft1 = p;
    return p;
  }

  mask(vector: u32): void {
    this.regs.write8(SIMR, vector - FIRST_VECTOR);
  }

  unmask(vector: u32): void {
    this.regs.write8(CIMR, vector - FIRST_VECTOR);
  }

  /** A forced source stays pending until cleared: the end of its
   *  interrupt clears the force (a device's own request is the device's
   *  to clear, in its top half). */
  ack(vector: u32): void {
    this.unpend(vector);
  }

  setPriority(vector: u32, priority: u32): Err {
    if (priority > TOP_LEVEL - 1) return Err.Invalid;
    this.regs.write8(ICR + vector - FIRST_VECTOR, TOP_LEVEL - priority);
    return Err.Ok;
  }

  pend(vector: u32): void {
    const n = vector - FIRST_VECTOR;
    const p = this.softPendOf(vector);
    if (p !== null) {
      p.raise();
      return;
    }
    const reg = INTFRCH + pairOffset(n);
    this.regs.write32(reg, this.regs.read32(reg) | pairBit(n));
  }

  unpend(vector: u32): void {
    const n = vector - FIRST_VECTOR;
    const p = this.softPendOf(vector);
    if (p !== null) {
      p.lower();
      return;
    }
    const reg = INTFRCH + pairOffset(n);
    const forced = this.regs.read32(reg);
    const bit = pairBit(n);
    if ((forced & bit) != 0) this.regs.write32(reg, forced & ~bit);
  }

  isPending(vector: u32): bool {
    const n = vector - FIRST_VECTOR;
    const p = this.softPendOf(vector);
    if (p !== null && p.raised()) return true;
    const off = pairOffset(n);
    const bits = this.regs.read32(IPRH + off) | this.regs.read32(INTFRCH + off);
    return (bits & pairBit(n)) != 0;
  }

  inServiceVector(): i32 {
    return -1; // RTE restores the mask: the end of interrupt cannot be lost
  }
}

