// ARM CMSDK APB UART (the UARTs of the MPS2 boards).
//
//   +0x00 DATA      write: byte to send; read: byte received
//   +0x04 STATE     bit0 TX buffer full, bit1 RX buffer full
//   +0x08 CTRL      bit0 TX enable, bit1 RX enable, bit2 TX irq, bit3 RX irq
//   +0x0C INTSTATUS read: bit0 TX, bit1 RX pending; write 1: clear
//   +0x10 BAUDDIV   input clock / baud rate (minimum 16)

import { DeviceRegs, Uart } from "../kernel/ivt";

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
  constructor(public readonly regs: DeviceRegs, clockHz: u32, baud: u32) {
    super();
    const div = clockHz / baud;
    regs.write32(BAUDDIV, div < 16 ? 16 : div);
    regs.write32(CTRL, CTRL_TX_EN | CTRL_RX_EN);
  }

  putc(c: u32): void {
    while ((this.regs.read32(STATE) & STATE_TX_FULL) != 0) {}
    this.regs.write32(DATA, c & 0xff);
  }

  getc(): i32 {
    if ((this.regs.read32(STATE) & STATE_RX_FULL) == 0) return -1;
    return <i32>(this.regs.read32(DATA) & 0xff);
  }

  setRxInterrupt(on: bool): void {
    const ctrl = this.regs.read32(CTRL);
    this.regs.write32(CTRL, on ? ctrl | CTRL_RX_IRQ : ctrl & ~CTRL_RX_IRQ);
  }

  clearRxInterrupt(): void {
    this.regs.write32(INTSTATUS, INT_RX);
  }
}
