// Nordic nRF51 UART (the UART0 of the nRF51 series, without EasyDMA).
//
// Tasks start and stop the transmitter and receiver; events are registers
// that hardware sets to 1 and software clears by writing 0.
//
//   +0x000 TASKS_STARTRX    +0x008 TASKS_STARTTX    write 1: start
//   +0x108 EVENTS_RXDRDY    a byte is waiting in RXD (set again while more are)
//   +0x11C EVENTS_TXDRDY    the byte written to TXD has gone out
//   +0x304 INTENSET         +0x308 INTENCLR         bit2 RXDRDY
//   +0x500 ENABLE           4: enabled
//   +0x50C PSELTXD          +0x514 PSELRXD          GPIO pin numbers
//   +0x518 RXD              +0x51C TXD
//   +0x524 BAUDRATE         baud * 2^32 / 16 MHz, to a multiple of 0x1000
//
// No status says "transmitter free": a byte is sent by writing TXD, waiting
// for TXDRDY and clearing it, with interrupts masked so that a handler's
// byte cannot land in the middle of the thread's (TXD written twice before
// one TXDRDY loses a byte on the hardware).

import { DeviceRegs, portIrqRestore, portIrqSave, Uart } from "../kernel/ivt";

const TASKS_STARTRX: u32 = 0x000;
const TASKS_STARTTX: u32 = 0x008;
const EVENTS_RXDRDY: u32 = 0x108;
const EVENTS_TXDRDY: u32 = 0x11c;
const INTENSET: u32 = 0x304;
const INTENCLR: u32 = 0x308;
const ENABLE: u32 = 0x500;
const PSELTXD: u32 = 0x50c;
const PSELRXD: u32 = 0x514;
const RXD: u32 = 0x518;
const TXD: u32 = 0x51c;
const BAUDRATE: u32 = 0x524;

const ENABLED: u32 = 4;
const INT_RXDRDY: u32 = 1 << 2;

@final export class Nrf51Uart extends Uart {
  /** Connects TXD and RXD to GPIO pins `txPin` and `rxPin`, sets `baud`
   *  from the peripheral clock `clockHz` (16 MHz on the nRF51) and starts
   *  transmitter and receiver. Thread context (board init). */
  constructor(public readonly regs: DeviceRegs, clockHz: u32, baud: u32, txPin: u32, rxPin: u32) {
    super();
    const rate = <u32>((((<u64>baud << 32) / <u64>clockHz) + 0x800) & 0xfffff000);
    regs.write32(ENABLE, 0);
    regs.write32(PSELTXD, txPin);
    regs.write32(PSELRXD, rxPin);
    regs.write32(BAUDRATE, rate);
    regs.write32(ENABLE, ENABLED);
    regs.write32(EVENTS_TXDRDY, 0);
    regs.write32(EVENTS_RXDRDY, 0);
    regs.write32(TASKS_STARTTX, 1);
    regs.write32(TASKS_STARTRX, 1);
  }

  putc(c: u32): void {
    const s = portIrqSave();
    this.regs.write32(TXD, c & 0xff);
    while (this.regs.read32(EVENTS_TXDRDY) == 0) {}
    this.regs.write32(EVENTS_TXDRDY, 0);
    portIrqRestore(s);
  }

  /** Clears RXDRDY before it reads RXD: the UART sets it again at once if
   *  more bytes wait in its FIFO, so none is left without an event. */
  getc(): i32 {
    if (this.regs.read32(EVENTS_RXDRDY) == 0) return -1;
    this.regs.write32(EVENTS_RXDRDY, 0);
    return <i32>(this.regs.read32(RXD) & 0xff);
  }

  setRxInterrupt(on: bool): void {
    this.regs.write32((on ? INTENSET : INTENCLR), INT_RXDRDY);
  }

  clearRxInterrupt(): void {
    // getc cleared RXDRDY for each byte it took. Clearing it here as well
    // could lose the event of a byte that arrived after the last getc.
  }
}
