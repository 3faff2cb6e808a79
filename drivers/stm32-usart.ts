// STM32F2/F4 USART (RM0033, "Universal synchronous asynchronous receiver
// transmitter"), as the console of the STM32F205 of the Netduino Plus 2 and
// QEMU's model of it (hw/char/stm32f2xx_usart.c):
//
//   +0x00 SR    bit7 TXE data register empty, bit6 TC, bit5 RXNE data received
//   +0x04 DR    write: byte to send; read: byte received (clears RXNE)
//   +0x08 BRR   clock / baud, 12.4 fixed point (mantissa, sixteenths)
//   +0x0C CR1   bit13 UE enable, bit5 RXNEIE, bit3 TE, bit2 RE
//
// Its interrupt is RXNE while RXNEIE: reading DR is what quiets it.

import { DeviceRegs, Uart } from "../kernel/ivt";

const SR: u32 = 0x00;
const DR: u32 = 0x04;
const BRR: u32 = 0x08;
const CR1: u32 = 0x0c;

const SR_TXE: u32 = 1 << 7;
const SR_RXNE: u32 = 1 << 5;
const CR1_UE: u32 = 1 << 13;
const CR1_RXNEIE: u32 = 1 << 5;
const CR1_TE: u32 = 1 << 3;
const CR1_RE: u32 = 1 << 2;

@final export class Stm32Usart extends Uart {
  /** 8 data bits, no parity, one stop bit at `baud` from the bus clock
   *  `clockHz` (16 times oversampling); transmitter and receiver on, the
   *  receive interrupt off. Thread context (board init). */
  constructor(public readonly regs: DeviceRegs, clockHz: u32, baud: u32) {
    super();
    // Let anything already written (the panic console) go out first.
    while ((regs.read32(SR) & SR_TXE) == 0) {}
    regs.write32(CR1, 0);
    // BRR = clock / baud in sixteenths of the 16x sample: the same number.
    regs.write32(BRR, (clockHz + (baud >> 1)) / baud);
    regs.write32(CR1, CR1_UE | CR1_TE | CR1_RE);
  }

  putc(c: u32): void {
    while ((this.regs.read32(SR) & SR_TXE) == 0) {}
    this.regs.write32(DR, c & 0xff);
  }

  getc(): i32 {
    if ((this.regs.read32(SR) & SR_RXNE) == 0) return -1;
    return <i32>(this.regs.read32(DR) & 0xff);
  }

  setRxInterrupt(on: bool): void {
    const cr1 = this.regs.read32(CR1);
    this.regs.write32(CR1, on ? cr1 | CR1_RXNEIE : cr1 & ~CR1_RXNEIE);
  }

  clearRxInterrupt(): void {
    // RXNE clears when DR is read: nothing to acknowledge apart.
  }
}
