// ARM CMSDK APB UART (the UARTs of the MPS2 boards).
//
//   +0x00 DATA      write: byte to send; read: byte received
//   +0x04 STATE     bit0 TX buffer full, bit1 RX buffer full
//   +0x08 CTRL      bit0 TX enable, bit1 RX enable, bit2 TX irq, bit3 RX irq
//   +0x0C INTSTATUS read: bit0 TX, bit1 RX pending; write 1: clear
//   +0x10 BAUDDIV   input clock / baud rate (minimum 16)

import { mmioRead32, mmioWrite32, Uart } from "../kernel/ivt";

const DATA: u32 = 0x00;
const STATE: u32 = 0x04;
const CTRL: u32 = 0x08;
const INTSTATUS: u32 = 0x0c;
const BAUDDIV: u32 = 0x10;

const STATE_TX_FULL: u32 = 1;
const STATE_RX_FULL: u32 = 2;
const CTRL_TX_EN: u32 = 1;
const CTRL_RX_EN: u32 = 2;
const CTRL_RX_IRQ: u32 = 8;
const INT_RX: u32 = 2;

@final export class CmsdkUart extends Uart {
  /** Enables transmitter and receiver at `baud` from an input clock of
   *  `clockHz`. Thread context (board init). */
  constructor(public readonly base: u32, clockHz: u32, baud: u32) {
    super();
    const div = clockHz / baud;
    mmioWrite32(base + BAUDDIV, div < 16 ? 16 : div);
    mmioWrite32(base + CTRL, CTRL_TX_EN | CTRL_RX_EN);
  }

  putc(c: u32): void {
    while ((mmioRead32(this.base + STATE) & STATE_TX_FULL) != 0) {}
    mmioWrite32(this.base + DATA, c & 0xff);
  }

  getc(): i32 {
    if ((mmioRead32(this.base + STATE) & STATE_RX_FULL) == 0) return -1;
    return <i32>(mmioRead32(this.base + DATA) & 0xff);
  }

  setRxInterrupt(on: bool): void {
    const ctrl = mmioRead32(this.base + CTRL);
    mmioWrite32(this.base + CTRL, on ? ctrl | CTRL_RX_IRQ : ctrl & ~CTRL_RX_IRQ);
  }

  clearRxInterrupt(): void {
    mmioWrite32(this.base + INTSTATUS, INT_RX);
  }
}
