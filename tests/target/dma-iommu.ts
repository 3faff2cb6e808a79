// The IOMMU stops a device that its driver let loose (tests/target/test.json
// "a DMA transfer outside the grants"): the driver maps its buffers and
// checks the transfer with the guard (kernel/dma.ts), then, as a buggy
// driver would, rewrites the descriptor's destination to the kernel's own
// data before it starts the engine. The IOMMU blocks the write; its fault
// interrupt ends in bugcheck 0xE6 naming the driver (sim-dma), the device,
// the address, the direction and the driver's grant table, and the system
// stops (exit 5). sim only: the IOMMU and the copy engine are sim's devices.

import * as cfg from "ivt-board/config";
import { DeviceRegs, DmaDir, DmaGrant, Err, dmaAlloc, dmaCheck, dmaMap, kputln } from "../../kernel/ivt";
import { SimDma } from "../../drivers/sim-dma";

const engine = new SimDma(new DeviceRegs(cfg.DMA0_BASE, cfg.DMA0_SIZE), cfg.IRQ_FIRST_VECTOR + cfg.DMA0_IRQ);
const src = dmaAlloc(64)!;
const dst = dmaAlloc(64)!;
const descGrant = new DmaGrant();
const srcGrant = new DmaGrant();
const dstGrant = new DmaGrant();

export function main(): i32 {
  if (engine.init() != Err.Ok) return 1;
  const s = <u32>src.address;
  const d = <u32>dst.address;
  if (dmaMap(descGrant, engine.regs, engine.desc!.address, 16, DmaDir.ToDevice) != Err.Ok) return 1;
  if (dmaMap(srcGrant, engine.regs, s, 64, DmaDir.ToDevice) != Err.Ok) return 1;
  if (dmaMap(dstGrant, engine.regs, d, 64, DmaDir.FromDevice) != Err.Ok) return 1;
  engine.fill(d, s, 64);
  if (dmaCheck(engine.regs, s, 64, DmaDir.ToDevice) != Err.Ok || dmaCheck(engine.regs, d, 64, DmaDir.FromDevice) != Err.Ok) return 1;
  kputln("dma-iommu: checked; now the descriptor's destination is moved to the kernel's data");
  engine.desc!.write32(4, 0x100);
  const e = engine.startAndWait();
  kputln(e == Err.Aborted ? "dma-iommu: the engine stopped, but the system went on" : "dma-iommu: the engine wrote the kernel's data");
  return 1;
}
