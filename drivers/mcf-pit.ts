// The MCF5208 programmable interrupt timer (PIT0/PIT1): a 16-bit down
// counter at the bus clock (core clock / 2) / 2^prescale, reloading from PMR, with an
// interrupt flag at each wrap. 16-bit registers:
//
//   +0x00 PCSR   bit0 EN, bit1 RLD, bit2 PIF (write 1: clear), bit3 PIE,
//                bit4 OVW, bits 11-8 prescale (2^n)
//   +0x02 PMR    modulus
//   +0x04 PCNTR  count (read)

import { DeviceRegs, Err, Timer, timerRateOk } from "../kernel/ivt";

const PCSR: u32 = 0x00;
const PMR: u32 = 0x02;
const EN: u32 = 0x01;
const RLD: u32 = 0x02;
const PIF: u32 = 0x04;
const PIE: u32 = 0x08;
const OVW: u32 = 0x10;
const PRESCALE_SHIFT: u32 = 8;
const MAX_PRESCALE: u32 = 15;

@final export class McfPit extends Timer {
  private pcsr: u32 = 0;

  /** `inputHz` is the counter's clock before the prescaler (the bus
   *  clock); `irqVector` its interrupt. Thread context. */
  constructor(public readonly regs: DeviceRegs, public readonly inputHz: u32, public readonly irqVector: u32) {
    super();
  }

  /** Picks the smallest prescaler whose modulus fits 16 bits. */
  startPeriodic(hz: u32): Err {
    if (hz == 0 || hz > this.inputHz) return Err.Invalid;
    let prescale: u32 = 0;
    while (prescale <= MAX_PRESCALE && (this.inputHz >> prescale) / hz > 0x10000) prescale++;
    if (prescale > MAX_PRESCALE) return Err.Invalid;
    if (!timerRateOk(this.inputHz >> prescale, hz)) return Err.Invalid;
    const modulus = (this.inputHz >> prescale) / hz - 1;
    this.regs.write16(PCSR, 0);
    this.pcsr = EN | RLD | PIE | OVW | (prescale << PRESCALE_SHIFT);
    this.regs.write16(PCSR, this.pcsr & ~EN);
    this.regs.write16(PMR, modulus);
    this.regs.write16(PCSR, this.pcsr | PIF);
    return Err.Ok;
  }

  stop(): void {
    this.pcsr = 0;
    this.regs.write16(PCSR, PIF);
  }

  clearInterrupt(): void {
    this.regs.write16(PCSR, this.pcsr | PIF);
  }

  vector(): u32 {
    return this.irqVector;
  }

}
