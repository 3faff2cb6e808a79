// The ColdFire UART (MCF5208 UART0-2; a 68681-style DUART channel), 8-bit
// registers:
//
//   +0x00 UMR1/UMR2   mode (8N1 after reset)
//   +0x04 USR  read   bit0 RXRDY, bit2 TXRDY       UCSR write: clock source
//   +0x08 UCR  write  commands: 0x01 RX enable, 0x04 TX enable,
//                     0x20 reset RX, 0x30 reset TX, 0x40 reset errors
//   +0x0C URB read / UTB write: data
//   +0x14 UISR read / UIMR write: bit0 TXRDY, bit1 RXRDY interrupt
//   +0x18 UBG1, +0x1C UBG2: baud divider = clock / (32 * baud)

import { DeviceRegs, Uart } from "../kernel/ivt";
import { SoftPend } from "./mcf-intc";

const USR: u32 = 0x04;
const UCSR: u32 = 0x04;
const UCR: u32 = 0x08;
const UBUF: u32 = 0x0c;
const UIMR: u32 = 0x14;
const UBG1: u32 = 0x18;
const UBG2: u32 = 0x1c;
const RXRDY: u32 = 0x01;
const TXRDY: u32 = 0x04;
const CMD_RX_ENABLE: u32 = 0x01;
const CMD_TX_ENABLE: u32 = 0x04;
const CMD_RESET_RX: u32 = 0x20;
const CMD_RESET_TX: u32 = 0x30;
const CMD_RESET_ERRORS: u32 = 0x40;
const INT_TX: u32 = 0x01;
const INT_RX: u32 = 0x02;
const CLOCK_SELECT_TIMER: u32 = 0xdd; // both directions from the baud generator

@final export class McfUart extends Uart {
  private imr: u32 = 0;

  /** Resets the channel and enables it at `baud` from the bus clock
   *  `clockHz`. Thread context (board init). */
  constructor(public readonly regs: DeviceRegs, clockHz: u32, baud: u32) {
    super();
    regs.write8(UCR, CMD_RESET_RX);
    regs.write8(UCR, CMD_RESET_TX);
    regs.write8(UCR, CMD_RESET_ERRORS);
    regs.write8(UCSR, CLOCK_SELECT_TIMER);
    const div = clockHz / (32 * baud);
    regs.write8(UBG1, (div >> 8) & 0xff);
    regs.write8(UBG2, div & 0xff);
    regs.write8(UIMR, 0);
    regs.write8(UCR, CMD_RX_ENABLE | CMD_TX_ENABLE);
  }

  putc(c: u32): void {
    while ((this.regs.read8(USR) & TXRDY) == 0) {}
    this.regs.write8(UBUF, c & 0xff);
  }

  getc(): i32 {
    if ((this.regs.read8(USR) & RXRDY) == 0) return -1;
    return <i32>this.regs.read8(UBUF);
  }

  setRxInterrupt(on: bool): void {
    this.setImr(on ? this.imr | INT_RX : this.imr & ~INT_RX);
  }

  clearRxInterrupt(): void {
    // The request follows RXRDY: reading the data clears it.
  }

  /** UIMR is write-only: the driver keeps its copy. Any context. */
  setImr(bits: u32): void {
    this.imr = bits;
    this.regs.write8(UIMR, bits);
  }

  txInterruptEnabled(): bool {
    return (this.imr & INT_TX) != 0;
  }
}

/** An idle channel's transmitter-ready interrupt used as a software-
 *  pendable line: the transmitter is always ready, so enabling its
 *  interrupt asserts the source at once and disabling it deasserts it.
 *  For controllers whose force register does not work (see the board). */
@final export class McfUartTxPend extends SoftPend {
  constructor(public readonly uart: McfUart) {
    super();
  }

  raise(): void {
    this.uart.setImr(INT_TX);
  }

  lower(): void {
    this.uart.setImr(0);
  }

  raised(): bool {
    return this.uart.txInterruptEnabled();
  }
}
