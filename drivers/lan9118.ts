// SMSC LAN9118 (and the software-compatible LAN9220 of the MPS2 boards):
// a 10/100 Ethernet MAC and PHY behind 32-bit data FIFOs. QEMU models it
// (hw/net/lan9118.c) on mps2-an385/an386; arch/sim/devices.js models the
// same registers for sim, so this one driver runs on both.
//
// Registers used (offsets in the device's window; the datasheet's names):
//   +0x00 RX_DATA_FIFO    read: the next word of the current frame
//   +0x20 TX_DATA_FIFO    write: TX command A, command B, then the frame's words
//   +0x40 RX_STATUS_FIFO  read: pop a frame's status (length in 29:16, ES bit 15)
//   +0x48 TX_STATUS_FIFO  read: pop a sent frame's status (ES bit 15)
//   +0x54 IRQ_CFG         IRQ_EN bit 8, IRQ_POL bit 4, IRQ_TYPE bit 0
//   +0x58 INT_STS         pending causes; write 1 to clear
//   +0x5c INT_EN          enabled causes (SW_INT_EN 31 raises SW_INT at once)
//   +0x64 BYTE_TEST       reads 0x87654321
//   +0x6c RX_CFG, +0x70 TX_CFG (TX_ON bit 1), +0x74 HW_CFG (SRST bit 0)
//   +0x7c RX_FIFO_INF     frames waiting (status words) in 23:16
//   +0x80 TX_FIFO_INF     TX status words in 23:16, free data bytes in 15:0
//   +0x84 PMT_CTRL        READY bit 0 once out of reset
//   +0xa0 RX_DROP         frames the device dropped (clears on read)
//   +0xa4 MAC_CSR_CMD, +0xa8 MAC_CSR_DATA: the MAC's own registers
//         (MAC_CR 1, ADDRH 2, ADDRL 3, MII_ACC 6, MII_DATA 7)
//
// Interrupts, NAPI style: the top half takes the receive interrupt, masks
// the device's receive causes and wakes the bottom half (a threaded
// handler), which reads up to `budget` frames a round, sleeps a tick after
// a full round, and unmasks only once the FIFO is empty. Under load one interrupt
// serves many frames; with `moderation` off the bottom half takes one frame
// per interrupt.

import {
  DeviceRegs, Err, IrqFlags, IrqHandler, IrqReturn, irqRequest, threadSleep,
} from "../kernel/ivt";
import { MAX_FRAME, MIN_FRAME, NetDevice } from "../net/netdev";

const RX_DATA: u32 = 0x00;
const TX_DATA: u32 = 0x20;
const RX_STATUS: u32 = 0x40;
const TX_STATUS: u32 = 0x48;
const IRQ_CFG: u32 = 0x54;
const INT_STS: u32 = 0x58;
const INT_EN: u32 = 0x5c;
const BYTE_TEST: u32 = 0x64;
const FIFO_INT: u32 = 0x68;
const RX_CFG: u32 = 0x6c;
const TX_CFG: u32 = 0x70;
const HW_CFG: u32 = 0x74;
const RX_FIFO_INF: u32 = 0x7c;
const TX_FIFO_INF: u32 = 0x80;
const PMT_CTRL: u32 = 0x84;
const RX_DROP: u32 = 0xa0;
const MAC_CSR_CMD: u32 = 0xa4;
const MAC_CSR_DATA: u32 = 0xa8;

const BYTE_TEST_VALUE: u32 = 0x87654321;
/** IRQ_CFG: the pin enabled, push-pull, active high (a level line). */
const IRQ_CFG_ON: u32 = (1 << 8) | (1 << 4) | 1;
const HW_CFG_SRST: u32 = 1;
/** HW_CFG after reset: a 5 KiB TX FIFO (TX_FIF_SZ 5) and the must-be-one bit 20. */
const HW_CFG_RUN: u32 = (5 << 16) | (1 << 20);
const PMT_READY: u32 = 1;
const TX_ON: u32 = 1 << 1;
/** INT_STS / INT_EN causes. */
const RSFL: u32 = 1 << 3; // a frame's status arrived (RX status FIFO above its level, 0)
const TXE: u32 = 1 << 13; // transmitter error
const RXE: u32 = 1 << 14; // receiver error (a read past a frame)
const SW_INT: u32 = 1 << 31; // software interrupt: frames were left, interrupt again
const ERROR_CAUSES: u32 = TXE | RXE;
const RX_CAUSES: u32 = RSFL | SW_INT;

const CSR_BUSY: u32 = 1 << 31;
const CSR_READ: u32 = 1 << 30;
const MAC_CR: u32 = 1;
const MAC_ADDRH: u32 = 2;
const MAC_ADDRL: u32 = 3;
const MAC_MII_ACC: u32 = 6;
const MAC_MII_DATA: u32 = 7;
/** MAC_CR: receive and transmit on, full duplex; broadcast accepted, no
 *  promiscuous mode (the device filters by station address). */
const MAC_CR_RUN: u32 = (1 << 20) | (1 << 3) | (1 << 2);
/** The internal PHY's MII address; its basic status register and link bit. */
const PHY_ADDR: u32 = 1;
const PHY_BMSR: u32 = 1;
const BMSR_LINK: u32 = 1 << 2;

/** Receive status: frame length (with its 4-byte CRC) in 29:16, error summary bit 15. */
const RXS_ERROR: u32 = 1 << 15;
/** TX command A: first and last segment (a whole frame in one buffer); command B's tag. */
const TXA_WHOLE: u32 = (1 << 13) | (1 << 12);
const TXS_ERROR: u32 = 1 << 15;

/** Polls of a register that should settle at once (a MAC CSR access, the
 *  end of reset): a device that never settles is an error, not a hang. */
const SETTLE_POLLS: u32 = 100000;

/** Frame buffer: MAX_FRAME and the CRC's 4 bytes, rounded up to words. */
const RX_BUFFER_BYTES: i32 = ((MAX_FRAME + 4 + 3) & ~3);

/** The threaded handler the driver registers on its line. */
@final class Lan9118Irq extends IrqHandler {
  constructor(public readonly dev: Lan9118) {
    super();
  }
  top(vector: u32): IrqReturn {
    return this.dev.serviceTop();
  }
  bottom(vector: u32): void {
    this.dev.serviceBottom();
  }
}

@final export class Lan9118 extends NetDevice {
  private readonly rx: StaticArray<u8> = new StaticArray<u8>(RX_BUFFER_BYTES);
  /** Priority of the bottom-half thread (0 most urgent); set before start(). */
  bhPriority: u32 = 4;
  private started: bool = false;

  /** `regs`: the device's window (at least 0x100 bytes); `vector`: its
   *  interrupt. Thread context (board or application set-up). */
  constructor(public readonly regs: DeviceRegs, public readonly vector: u32, private readonly ifName: string = "eth0") {
    super();
  }

  name(): string {
    return this.ifName;
  }

  /** As NetDevice.start. Err.Busy if started already. */
  start(): Err {
    if (this.started) return Err.Busy;
    if (this.regs.read32(BYTE_TEST) != BYTE_TEST_VALUE) return Err.NotFound;
    const e = this.reset();
    if (e != Err.Ok) return e;
    const irq = new Lan9118Irq(this);
    irq.name = "lan9118";
    irq.bhPriority = this.bhPriority;
    const r = irqRequest(this.vector, irq, IrqFlags.Threaded);
    if (r != Err.Ok) return r;
    this.started = true;
    // Receive interrupts from here on: the status FIFO's level 0 means any frame.
    this.regs.write32(INT_STS, 0xffffffff);
    this.regs.write32(INT_EN, RSFL | ERROR_CAUSES);
    return Err.Ok;
  }

  /** Soft reset, then the MAC and the FIFOs set up for running. */
  private reset(): Err {
    this.regs.write32(INT_EN, 0);
    this.regs.write32(HW_CFG, HW_CFG_SRST);
    if (!this.settle(HW_CFG, HW_CFG_SRST, 0) || !this.settle(PMT_CTRL, PMT_READY, PMT_READY)) return Err.Timeout;
    this.regs.write32(HW_CFG, HW_CFG_RUN);
    this.regs.write32(IRQ_CFG, IRQ_CFG_ON);
    this.regs.write32(FIFO_INT, 0x48000000); // RX status level 0, TX data available level 0x48 (unused)
    this.regs.write32(RX_CFG, 0); // no offset, 4-byte end alignment
    const lo = this.macRead(MAC_ADDRL);
    const hi = this.macRead(MAC_ADDRH);
    if (lo < 0 || hi < 0) return Err.Timeout;
    for (let i = 0; i < 4; i++) this.mac[i] = <u8>(<u32>lo >> (8 * i));
    this.mac[4] = <u8>hi;
    this.mac[5] = <u8>(<u32>hi >> 8);
    if (!this.macWrite(MAC_CR, MAC_CR_RUN)) return Err.Timeout;
    this.regs.write32(TX_CFG, TX_ON);
    return Err.Ok;
  }

  /** Waits until (register & mask) == want, at most SETTLE_POLLS reads. */
  private settle(reg: u32, mask: u32, want: u32): bool {
    for (let i: u32 = 0; i < SETTLE_POLLS; i++) if ((this.regs.read32(reg) & mask) == want) return true;
    return false;
  }

  /** A MAC register through the CSR port: its value, or -1 if the port
   *  stayed busy. */
  private macRead(reg: u32): i64 {
    if (!this.settle(MAC_CSR_CMD, CSR_BUSY, 0)) return -1;
    this.regs.write32(MAC_CSR_CMD, CSR_BUSY | CSR_READ | reg);
    if (!this.settle(MAC_CSR_CMD, CSR_BUSY, 0)) return -1;
    return <i64>this.regs.read32(MAC_CSR_DATA);
  }

  private macWrite(reg: u32, value: u32): bool {
    if (!this.settle(MAC_CSR_CMD, CSR_BUSY, 0)) return false;
    this.regs.write32(MAC_CSR_DATA, value);
    this.regs.write32(MAC_CSR_CMD, CSR_BUSY | reg);
    return this.settle(MAC_CSR_CMD, CSR_BUSY, 0);
  }

  linkUp(): bool {
    if (!this.started) return false;
    // MII_ACC: PHY address 15:11, register 10:6, read (bit 1 clear), busy bit 0.
    if (!this.macWrite(MAC_MII_ACC, (PHY_ADDR << 11) | (PHY_BMSR << 6) | 1)) return false;
    const v = this.macRead(MAC_MII_DATA);
    return v >= 0 && (<u32>v & BMSR_LINK) != 0;
  }

  // ---- receive -------------------------------------------------------------

  /** Frames waiting in the receive FIFO. Any context. */
  private rxWaiting(): u32 {
    return (this.regs.read32(RX_FIFO_INF) >> 16) & 0xff;
  }

  /** Top half: errors are counted and cleared here; a receive cause masks
   *  receive interrupts and wakes the bottom half. None when the device
   *  does not assert (a shared line). Interrupt context. */
  serviceTop(): IrqReturn {
    const causes = this.regs.read32(INT_STS) & this.regs.read32(INT_EN);
    if (causes == 0) return IrqReturn.None;
    if (causes & TXE) this.counters.txErrors++;
    if (causes & RXE) this.counters.rxErrors++;
    if ((causes & RX_CAUSES) == 0) {
      this.regs.write32(INT_STS, causes);
      return IrqReturn.Handled;
    }
    this.counters.interrupts++;
    this.regs.write32(INT_EN, ERROR_CAUSES); // receive masked until the FIFO is drained
    this.regs.write32(INT_STS, causes);
    return IrqReturn.WakeThread;
  }

  /** Bottom half: takes frames up to `budget` a round (one per interrupt
   *  without moderation), sleeping a tick after a full round, then
   *  unmasks receive. Thread context (the handler's thread). */
  serviceBottom(): void {
    const budget = this.moderation ? max<u32>(this.budget, 1) : 1;
    for (;;) {
      this.counters.rounds++;
      let n: u32 = 0;
      while (n < budget && this.rxWaiting() > 0) {
        this.receiveOne();
        n++;
      }
      this.counters.rxDropped += this.regs.read32(RX_DROP);
      if (n < budget || !this.moderation) break;
      this.counters.fullRounds++;
      // A full round: the device has more than a budget's worth. Step aside
      // for a tick, as Linux hands a busy NAPI poll to ksoftirqd: at this
      // thread's priority a flood would otherwise keep every less urgent
      // thread (the one reading the frames among them) off the CPU for
      // good, a receive livelock. Frames wait in the device's FIFO
      // meanwhile, and what overflows it is counted there.
      threadSleep(1);
    }
    this.unmaskReceive();
  }

  /** Receive interrupts on again. A frame that came after the last look
   *  sets RSFL, which interrupts once enabled; frames left behind (one
   *  frame per interrupt without moderation) ask for SW_INT, which
   *  interrupts at once. */
  private unmaskReceive(): void {
    this.regs.write32(INT_STS, RX_CAUSES);
    const more = this.rxWaiting() > 0 ? SW_INT : 0;
    this.regs.write32(INT_EN, RSFL | ERROR_CAUSES | more);
  }

  /** Pops one frame: delivers it, or drops and counts it (flagged bad by the
   *  device, shorter than an Ethernet header, longer than MAX_FRAME). */
  private receiveOne(): void {
    const status = this.regs.read32(RX_STATUS);
    const length = (status >> 16) & 0x3fff; // with the CRC
    const words = (length + 3) >> 2;
    const ok = (status & RXS_ERROR) == 0 && length >= 14 + 4 && length - 4 <= MAX_FRAME;
    const buf = changetype<usize>(this.rx);
    if (!ok) {
      for (let i: u32 = 0; i < words; i++) this.regs.read32(RX_DATA);
      this.counters.rxErrors++;
      return;
    }
    for (let i: u32 = 0; i < words; i++) store<u32>(buf + (<usize>i << 2), this.regs.read32(RX_DATA));
    this.counters.rxFrames++;
    this.counters.rxBytes += length - 4;
    const to = this.receiver;
    if (to !== null) to.receive(buf, length - 4);
  }

  // ---- transmit ------------------------------------------------------------

  transmit(frame: usize, len: u32): Err {
    if (len < MIN_FRAME || len > MAX_FRAME) return Err.Invalid;
    if (!this.started) return Err.Unsupported;
    this.reapTxStatus();
    if ((this.regs.read32(TX_FIFO_INF) & 0xffff) < len + 8) {
      this.counters.txBusy++;
      return Err.Busy;
    }
    this.regs.write32(TX_DATA, TXA_WHOLE | len);
    this.regs.write32(TX_DATA, (len << 16) | len); // tag = length, packet length
    const words = (len + 3) >> 2;
    // The frame's last word may take up to 3 bytes past `len`: the
    // interface's transmit buffer is a whole number of words.
    for (let i: u32 = 0; i < words; i++) this.regs.write32(TX_DATA, load<u32>(frame + (<usize>i << 2)));
    this.counters.txFrames++;
    this.counters.txBytes += len;
    return Err.Ok;
  }

  /** Pops the status of frames sent, counting the failed ones. */
  private reapTxStatus(): void {
    let n = (this.regs.read32(TX_FIFO_INF) >> 16) & 0xff;
    while (n-- > 0) if (this.regs.read32(TX_STATUS) & TXS_ERROR) this.counters.txErrors++;
  }
}
