// A device's register window: how a kernel driver reaches its device.
//
// The board hands each driver the window board.json declares for its
// device (`new DeviceRegs(cfg.UART0_BASE, cfg.UART0_SIZE)`), and the driver
// reads and writes registers by offset in it. An offset past the window is
// a driver bug: the access never goes out, the driver's context ends with a
// report (deviceWindowFault), and no other device is touched. The MMIO gate
// of the host still checks every access against the board's windows, as it
// does for the kernel's own raw mmioRead*/mmioWrite* (port.ts), which the
// public API (ivt.ts) does not offer: DeviceRegs is the way to a device.

import { mmioRead16, mmioRead32, mmioRead8, mmioWrite16, mmioWrite32, mmioWrite8 } from "./port";
import { deviceWindowFault } from "./panic";

// Unmanaged: 16 bytes of heap a window (a managed object takes 32, and
// micro:bit's suite has no 48 bytes to spare for its three).
// @ts-ignore: decorator
@final @unmanaged export class DeviceRegs {
  /** The window of `size` bytes at `base`: at least 4 bytes, not past the
   *  end of the address space. Errors: a window that is not is refused
   *  with an abort report, as a board's bad wiring is. Thread context (board
   *  set-up). */
  constructor(public readonly base: u32, public readonly size: u32) {
    if (size < 4 || base + size < base) deviceWindowFault(base, size, 0, 4);
  }

  /** Reads the 8-, 16- or 32-bit register at `offset` in the window.
   *  Errors: an offset whose bytes are not all inside the window ends the
   *  caller's context with a report and touches nothing. Any context. */
  // @ts-ignore: decorator
  @inline read8(offset: u32): u32 {
    this.check(offset, 1);
    return mmioRead8(this.base + offset);
  }
  // @ts-ignore: decorator
  @inline read16(offset: u32): u32 {
    this.check(offset, 2);
    return mmioRead16(this.base + offset);
  }
  // @ts-ignore: decorator
  @inline read32(offset: u32): u32 {
    this.check(offset, 4);
    return mmioRead32(this.base + offset);
  }

  /** Writes the 8-, 16- or 32-bit register at `offset` in the window
   *  (same rule as the reads). Any context. */
  // @ts-ignore: decorator
  @inline write8(offset: u32, value: u32): void {
    this.check(offset, 1);
    mmioWrite8(this.base + offset, value);
  }
  // @ts-ignore: decorator
  @inline write16(offset: u32, value: u32): void {
    this.check(offset, 2);
    mmioWrite16(this.base + offset, value);
  }
  // @ts-ignore: decorator
  @inline write32(offset: u32, value: u32): void {
    this.check(offset, 4);
    mmioWrite32(this.base + offset, value);
  }

  /** The address of the `width`-byte register at `offset` in the window,
   *  checked as the reads and writes check it, for a kernel structure that
   *  keeps one register's address and writes it later with no window at
   *  hand (an interrupt descriptor's pend register: kernel/irq/
   *  descriptors.ts). Errors: as the reads. Thread context. */
  // @ts-ignore: decorator
  @inline addressOf(offset: u32, width: u32): u32 {
    this.check(offset, width);
    return this.base + offset;
  }

  // The window is at least 4 bytes, so size - width cannot wrap.
  // @ts-ignore: decorator
  @inline private check(offset: u32, width: u32): void {
    if (offset > this.size - width) deviceWindowFault(this.base, this.size, offset, width);
  }
}
