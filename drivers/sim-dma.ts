// The sim board's copy engine (arch/sim/devices.js SimDma): copies memory
// by a chain of 16-byte descriptors { source, destination, length, next }
// in module memory, and interrupts when the chain is done or an access was
// blocked. Every buffer it is given goes through the DMA guard
// (kernel/dma.ts): the descriptor, the source and the destination are
// DmaBuffers (dmaAlloc), mapped, and the transfer is checked before it is
// started.
//
//   +0x00 CTRL    bit0 START (write 1), bit1 interrupt enable
//   +0x04 DESC    the first descriptor's address
//   +0x08 STATUS  bit0 busy, bit1 done, bit2 error (write 1s: clear)
//   +0x0C BYTES   bytes copied by the last chain

import {
  DeviceRegs, DmaBuffer, DmaDir, DmaGrant, Err, FOREVER, IrqHandler, IrqReturn, Semaphore, dmaAlloc, dmaCheck, dmaDeviceAdd, dmaMap, dmaUnmap, irqRequest,
} from "../kernel/ivt";

const CTRL: u32 = 0x00;
const DESC: u32 = 0x04;
const STATUS: u32 = 0x08;
const BYTES: u32 = 0x0c;

/** What a finished copy reports. */
export enum DmaResult {
  Done = 0,
  /** The engine stopped at an access outside its grants. */
  Blocked = 1,
}

@final export class SimDma extends IrqHandler {
  /** The descriptor the engine reads (a DmaBuffer: the guard maps it);
   *  null until init. */
  desc: DmaBuffer | null = null;
  private readonly done: Semaphore = new Semaphore();
  private readonly descGrant: DmaGrant = new DmaGrant();
  private readonly srcGrant: DmaGrant = new DmaGrant();
  private readonly dstGrant: DmaGrant = new DmaGrant();
  /** The last copy's status (STATUS bits 1-2). */
  status: u32 = 0;

  /** Thread context (set-up). */
  constructor(public readonly regs: DeviceRegs, public readonly irqVector: u32) {
    super();
    this.name = "sim-dma";
  }

  /** Allocates the descriptor, registers the device with the DMA guard
   *  (4-byte aligned transfers) and requests its interrupt. Returns
   *  Err.Ok; Err.NoMemory if the descriptor does not fit; or their error.
   *  Thread context. */
  init(): Err {
    if (this.desc === null) this.desc = dmaAlloc(16);
    if (this.desc === null) return Err.NoMemory;
    let e = this.done.create(0, 1);
    if (e != Err.Ok) return e;
    e = dmaDeviceAdd(this.regs, "sim-dma", 4);
    if (e != Err.Ok) return e;
    return irqRequest(this.irqVector, this);
  }

  top(vector: u32): IrqReturn {
    const s = this.regs.read32(STATUS);
    if ((s & 6) == 0) return IrqReturn.None;
    this.status = s & 6;
    this.regs.write32(STATUS, 6);
    this.done.give();
    return IrqReturn.Handled;
  }

  /** Copies `length` bytes from `src` to `dst` (each a DmaBuffer's
   *  address, or inside one; 4-byte aligned) and waits for the engine.
   *  Returns Err.Ok; a dmaMap error for a buffer the device may not be
   *  given (nothing is started); Err.Invalid if the transfer fails the
   *  guard's check; Err.Aborted if the engine reported a blocked access.
   *  Err.Invalid before init. Thread context. */
  copy(dst: usize, src: usize, length: u32): Err {
    const desc = this.desc;
    if (desc === null) return Err.Invalid;
    let e = dmaMap(this.descGrant, this.regs, desc.address, 16, DmaDir.ToDevice);
    if (e != Err.Ok) return e;
    e = dmaMap(this.srcGrant, this.regs, src, length, DmaDir.ToDevice);
    if (e == Err.Ok) {
      e = dmaMap(this.dstGrant, this.regs, dst, length, DmaDir.FromDevice);
      if (e == Err.Ok) {
        e = this.run(<u32>dst, <u32>src, length);
        dmaUnmap(this.dstGrant);
      }
      dmaUnmap(this.srcGrant);
    }
    dmaUnmap(this.descGrant);
    return e;
  }

  /** Fills the descriptor, checks the transfer with the guard, starts the
   *  engine and waits for its interrupt. */
  private run(dst: u32, src: u32, length: u32): Err {
    this.fill(dst, src, length);
    if (dmaCheck(this.regs, src, length, DmaDir.ToDevice) != Err.Ok) return Err.Invalid;
    if (dmaCheck(this.regs, dst, length, DmaDir.FromDevice) != Err.Ok) return Err.Invalid;
    return this.startAndWait();
  }

  /** Writes the one-descriptor chain. After init. Any context. */
  fill(dst: u32, src: u32, length: u32): void {
    const desc = this.desc!;
    desc.write32(0, src);
    desc.write32(4, dst);
    desc.write32(8, length);
    desc.write32(12, 0);
  }

  /** Starts the chain at `desc` as it stands and waits for the engine:
   *  Err.Ok when it finished, Err.Aborted when it stopped at a blocked
   *  access. Skips the guard's check: for a test that plays a driver with
   *  that bug (the IOMMU must still stop the device). Thread context. */
  startAndWait(): Err {
    this.regs.write32(DESC, <u32>this.desc!.address);
    this.regs.write32(CTRL, 3);
    this.done.take(FOREVER);
    return this.status == 2 ? Err.Ok : Err.Aborted;
  }

  /** Bytes the last chain copied. Any context. */
  copied(): u32 {
    return this.regs.read32(BYTES);
  }
}
