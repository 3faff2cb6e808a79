// The sim board's UART (arch/sim/devices.ts models it).
//
//   +0x00 DATA    write: byte to send; read: next received byte (pops it)
//   +0x04 STATUS  bit0 TX ready (always 1), bit1 RX byte waiting
//   +0x08 CTRL    bit0 RX interrupt enable (level: asserted while a byte waits)

import { DeviceRegs, Uart } from "../kernel/ivt";

const DATA: u32 = 0x00;
const STATUS: u32 = 0x04;
const CTRL: u32 = 0x08;
const STATUS_RX: u32 = 2;
const CTRL_RX_IRQ: u32 = 1;

@final export class SimUart extends Uart {
  /** Thread context (board init). */
  constructor(public readonly regs: DeviceRegs) {
    super();
    regs.write32(CTRL, 0);
  }

  putc(c: u32): void {
    this.regs.write32(DATA, c & 0xff);
  }

  getc(): i32 {
    if ((this.regs.read32(STATUS) & STATUS_RX) == 0) return -1;
    return <i32>(this.regs.read32(DATA) & 0xff);
  }

  setRxInterrupt(on: bool): void {
    this.regs.write32(CTRL, on ? CTRL_RX_IRQ : 0);
  }

  clearRxInterrupt(): void {
    // Level-triggered: the line drops when the last byte is read.
  }
}
