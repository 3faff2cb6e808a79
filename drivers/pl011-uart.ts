// ARM PrimeCell UART (PL011), as in the TI Stellaris parts and many others.
//
//   +0x000 DR    write: byte to send; read: byte received (bits 11:8 errors)
//   +0x018 FR    bit4 RXFE receive FIFO empty, bit5 TXFF transmit FIFO full, bit3 BUSY
//   +0x024 IBRD  integer part of clock / (16 * baud)
//   +0x028 FBRD  fractional part, in 64ths
//   +0x02C LCRH  bit4 FEN (FIFOs on), bits 6:5 WLEN (3: 8 bits); writing it
//                latches IBRD/FBRD
//   +0x030 CR    bit0 UARTEN, bit8 TXE, bit9 RXE
//   +0x034 IFLS  FIFO levels that raise the interrupts (0: 1/8 full)
//   +0x038 IMSC  interrupt mask: bit4 RX, bit6 RT (receive timeout)
//   +0x044 ICR   write 1s: clear interrupts
//
// Receiving raises RX when the FIFO reaches its level and RT when bytes
// below that level sit unread for 32 bit times, so both are enabled and
// cleared together: the console sees an interrupt for every byte, however
// few arrive. (QEMU's model raises RX for any byte and never RT.)

import { DeviceRegs, Uart } from "../kernel/ivt";

const DR: u32 = 0x000;
const FR: u32 = 0x018;
const IBRD: u32 = 0x024;
const FBRD: u32 = 0x028;
const LCRH: u32 = 0x02c;
const CR: u32 = 0x030;
const IFLS: u32 = 0x034;
const IMSC: u32 = 0x038;
const ICR: u32 = 0x044;

const FR_BUSY: u32 = 1 << 3;
const FR_RXFE: u32 = 1 << 4;
const FR_TXFF: u32 = 1 << 5;
const LCRH_FEN: u32 = 1 << 4;
const LCRH_WLEN8: u32 = 3 << 5;
const CR_UARTEN: u32 = 1 << 0;
const CR_TXE: u32 = 1 << 8;
const CR_RXE: u32 = 1 << 9;
const INT_RX: u32 = 1 << 4;
const INT_RT: u32 = 1 << 6;
const INT_ALL: u32 = 0x7ff;

@final export class Pl011Uart extends Uart {
  /** Sets 8 data bits, no parity, one stop bit at `baud` from a UART clock
   *  of `clockHz`, FIFOs on, interrupts masked; enables transmitter and
   *  receiver. Thread context (board init). */
  constructor(public readonly regs: DeviceRegs, clockHz: u32, baud: u32) {
    super();
    // Let anything already written (the panic console) go out first, then
    // program the UART while it is off, as the PL011 requires.
    while ((regs.read32(FR) & FR_BUSY) != 0) {}
    regs.write32(CR, 0);
    // Divisor in 64ths of clock / (16 * baud), rounded to nearest.
    const div64 = <u32>(((<u64>clockHz * 8) / <u64>baud + 1) >> 1);
    regs.write32(IBRD, div64 >> 6);
    regs.write32(FBRD, div64 & 63);
    regs.write32(LCRH, LCRH_WLEN8 | LCRH_FEN);
    regs.write32(IFLS, 0);
    regs.write32(IMSC, 0);
    regs.write32(ICR, INT_ALL);
    regs.write32(CR, CR_UARTEN | CR_TXE | CR_RXE);
  }

  putc(c: u32): void {
    while ((this.regs.read32(FR) & FR_TXFF) != 0) {}
    this.regs.write32(DR, c & 0xff);
  }

  getc(): i32 {
    if ((this.regs.read32(FR) & FR_RXFE) != 0) return -1;
    return <i32>(this.regs.read32(DR) & 0xff);
  }

  setRxInterrupt(on: bool): void {
    const imsc = this.regs.read32(IMSC);
    this.regs.write32(IMSC, on ? imsc | INT_RX | INT_RT : imsc & ~(INT_RX | INT_RT));
  }

  clearRxInterrupt(): void {
    this.regs.write32(ICR, INT_RX | INT_RT);
  }
}
