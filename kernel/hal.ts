// Driver contracts: what the kernel needs from hardware, and nothing more.
// Drivers (drivers/) extend these classes and reach registers only through
// their device's register window (devregs.ts), which the board makes from
// board.json; the kernel never names a device. Calls that
// can fail return Err, as every kernel call does.

import { Err } from "./errors";
import { DeviceRegs } from "./devregs";

/** A serial port used as the console. */
export abstract class Uart {
  /** Sends one byte, waiting (polled) while the transmitter is full. Any context. */
  abstract putc(c: u32): void;
  /** Returns the next received byte, or -1 when none is waiting. Any context. */
  abstract getc(): i32;
  /** Turns the receive interrupt on or off. Any context. */
  abstract setRxInterrupt(on: bool): void;
  /** Clears the device's pending receive interrupt, if it has a latch. Any context. */
  abstract clearRxInterrupt(): void;
}

/** A periodic timer used as the system tick. */
export abstract class Timer {
  /** Starts interrupts at `hz` per second, or restarts them at that rate.
   *  Returns Err.Ok; Err.Invalid when the timer cannot produce that rate
   *  within 1% (its period is a whole number of counts: exact, or at
   *  least 100 counts, see timerRateOk), so that tickRate() is true.
   *  Thread context. */
  abstract startPeriodic(hz: u32): Err;
  /** Stops the timer and its interrupt. Any context. */
  abstract stop(): void;
  /** Clears the timer's interrupt condition; called once per tick from the
   *  tick's top half. Interrupt context. */
  abstract clearInterrupt(): void;
  /** The vector its interrupt arrives on. */
  abstract vector(): u32;
}

/** An interrupt controller serving a contiguous range of vectors. */
export abstract class IrqChip {
  /** Whether a level line still asserted after its handlers shows as
   *  pending while its interrupt is still active, so that the
   *  never-quieted storm rule can see it with isPending after every
   *  claimed interrupt (kernel/irq/storm.ts). A controller that pends a
   *  held level line again only at the end of interrupt (the NVIC) sets it
   *  false: the rule then skips that read and counts only the top halves
   *  that pend their own line (irqPend notes those). */
  heldLevelPends: bool = true;
  /** Whether ack has anything to do. A controller whose end of interrupt
   *  is the CPU's return from the interrupt (the NVIC: exception return)
   *  sets it false in its constructor, and the dispatch leaves out the
   *  call, whose virtual dispatch cost about 10 instructions an
   *  interrupt. */
  ackNeeded: bool = true;

  constructor(
    /** First vector this chip serves. */
    public readonly first: u32,
    /** Number of vectors it serves. */
    public readonly count: u32,
  ) {}
  /** Short name for reports ("nvic", "sim-intc"). */
  abstract name(): string;
  /** Stops the line from interrupting. Any context. */
  abstract mask(vector: u32): void;
  /** Lets the line interrupt again. Any context. */
  abstract unmask(vector: u32): void;
  /** Acknowledges (end of interrupt) after the handlers ran; called exactly
   *  once per delivered interrupt by ivthandleinterrupt. Interrupt context. */
  abstract ack(vector: u32): void;
  /** Sets the line's priority: 0 is the most urgent; the chip rounds to the
   *  levels it has. Returns Err.Ok; Err.Invalid when out of range. Any context. */
  abstract setPriority(vector: u32, priority: u32): Err;
  /** Makes the line pending by software. Any context. */
  abstract pend(vector: u32): void;
  /** Clears a latched pending state (a level source that is still asserted
   *  pends again). Any context. */
  abstract unpend(vector: u32): void;
  /** Whether the line is pending. Any context. */
  abstract isPending(vector: u32): bool;
  /** The register window in which one 32-bit write of pendValue(vector)
   *  at pendOffset(vector) pends `vector` (a write-1s-to-set register, as
   *  the NVIC's ISPR), or null where a pend takes more (a read-modify-
   *  write, a line pended in software): irqPend then calls pend(). A
   *  line's descriptor keeps the register's address (checked against the
   *  window then) and the value when it is made, and irqPend is then that
   *  write, with no call into the chip. Thread context. */
  pendRegs(vector: u32): DeviceRegs | null {
    return null;
  }
  /** With pendRegs: the pend register's offset in the window. */
  pendOffset(vector: u32): u32 {
    return 0;
  }
  /** With pendRegs: the value that pends `vector` there. */
  pendValue(vector: u32): u32 {
    return 0;
  }
  /** A vector the controller still holds in service, or -1. Asked from
   *  thread context, where no handler runs, so a vector in service there
   *  lost its end of interrupt. Controllers whose EOI is implicit (the
   *  NVIC: exception return) answer -1. Thread context. */
  abstract inServiceVector(): i32;
}

/** An IOMMU: hardware that checks every DMA access of the devices behind
 *  it against the grants programmed into it, blocks one outside them and
 *  raises its fault interrupt (kernel/dma.ts programs it, one slot per
 *  grant). */
export abstract class Iommu {
  /** Sets grant slot `slot` (below DMA_GRANTS): `device` (its window's
   *  base) may reach the `length` bytes at `address` in direction `dir`
   *  (DmaDir; 0 clears the slot). Any context. */
  abstract program(slot: u32, device: u32, address: u32, length: u32, dir: u32): void;
  /** How many grant slots it has (the guard needs DMA_GRANTS). Thread
   *  context. */
  abstract slots(): u32;
  /** The vector of its fault interrupt. */
  abstract faultVector(): u32;
  /** Whether a blocked access is latched. Interrupt context. */
  abstract faultPending(): bool;
  /** The latched access: the device, the address, the direction (DmaDir),
   *  the length in bytes. Interrupt context. */
  abstract faultDevice(): u32;
  abstract faultAddress(): u32;
  abstract faultDir(): u32;
  abstract faultLength(): u32;
  /** Clears the latch (the line drops). Interrupt context. */
  abstract faultClear(): void;
}

/** Whether a timer counting at `countHz` makes `hz` within 1%: a period of
 *  countHz / hz whole counts is exact, or at least 100 counts (the
 *  remainder dropped is then under 1% of it). For Timer drivers. Any
 *  context. */
export function timerRateOk(countHz: u32, hz: u32): bool {
  return hz != 0 && hz <= countHz && (countHz % hz == 0 || countHz / hz >= 100);
}

/** A board's user LEDs (and push-buttons, where it has them): what an
 *  application such as apps/blinky drives. The kernel itself never uses
 *  them; a board offers them through "ivt-board/leds". */
export abstract class Leds {
  /** How many LEDs there are (numbered from 0). */
  abstract count(): u32;
  /** Turns LED `i` on or off. Err.Invalid for `i` >= count(). Any context. */
  abstract set(i: u32, on: bool): Err;
  /** The LEDs' state as the device reports it, one bit each (bit i: LED i). Any context. */
  abstract state(): u32;
  /** The push-buttons held down, one bit each (0 on a board without buttons,
   *  or where the model does not have them). Any context. */
  abstract buttons(): u32;
}
