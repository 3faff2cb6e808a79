// The DMA guard (kernel/dma.ts) on sim's copy engine and IOMMU
// (drivers/sim-dma.ts, drivers/sim-iommu.ts; board.json devices dma0,
// iommu0): what a driver may map, copies that work, a transfer outside its
// grants refused before it starts (a contained bugcheck 0xE6). The IOMMU
// stopping a device the driver let loose is tests/target/dma-iommu.ts (it
// stops the system).
//
// Internals test: reads the kept bugcheck record (kernel/bugcheck.ts).

import * as cfg from "ivt-board/config";
import { test, check, checkEq, finish } from "./harness";
import {
  DMA_GRANTS, DeviceRegs, DmaBuffer, DmaDir, DmaGrant, Err, Thread, crashClear, crashWord, dmaAlloc, dmaAttachIommu, dmaCheck, dmaDeviceAdd, dmaMap,
  dmaUnmap, moduleMemoryBytes,
} from "../../kernel/ivt";
import { SimIommu } from "../../drivers/sim-iommu";
import { W_ARGS, W_CODE, W_FLAGS } from "../../kernel/bugcheck";
import { SimDma } from "../../drivers/sim-dma";

const regs = new DeviceRegs(cfg.DMA0_BASE, cfg.DMA0_SIZE);
const engine = new SimDma(regs, cfg.IRQ_FIRST_VECTOR + cfg.DMA0_IRQ);
const src = dmaAlloc(64)!;
const dst = dmaAlloc(64)!;
const bytes = dmaAlloc(33)!;
const notDma = new StaticArray<u32>(16);
const grant = new DmaGrant();
const grants = new StaticArray<DmaGrant | null>(DMA_GRANTS + 1);
const aThread = new Thread();

const at = (a: DmaBuffer): usize => a.address;

export function main(): i32 {
  test("dma: the engine registers with the guard once", () => {
    checkEq(engine.init(), Err.Ok, "init");
    checkEq(dmaDeviceAdd(regs, "sim-dma", 4), Err.Exists, "a second registration");
    checkEq(dmaDeviceAdd(new DeviceRegs(cfg.DMA0_BASE + 0x100, 4), "x", 3), Err.Invalid, "an alignment not a power of two");
    const second = new SimIommu(new DeviceRegs(cfg.IOMMU0_BASE, cfg.IOMMU0_SIZE), cfg.IRQ_FIRST_VECTOR + cfg.IOMMU0_IRQ);
    check(second.slots() >= <u32>DMA_GRANTS, "the IOMMU says it has a slot per grant");
    checkEq(dmaAttachIommu(second), Err.Exists, "a second IOMMU attached");
  });

  test("dma: a copy through grants moves the bytes and leaves no grant live", () => {
    for (let i: u32 = 0; i < 16; i++) src.write32(i * 4, 0xa5000000 + i);
    checkEq(engine.copy(at(dst), at(src), 64), Err.Ok, "copy");
    let same = true;
    for (let i: u32 = 0; i < 16; i++) if (dst.read32(i * 4) != src.read32(i * 4)) same = false;
    check(same, "destination holds the source");
    checkEq(engine.copied(), 64, "bytes the engine says it copied");
    // Part of a buffer: from inside the object, to its end exactly.
    checkEq(engine.copy(at(dst) + 32, at(src), 32), Err.Ok, "copy into the second half");
    // All grants were given back: DMA_GRANTS can be mapped again.
    let n = 0;
    for (let i = 0; i < DMA_GRANTS; i++) {
      const g = new DmaGrant();
      grants[i] = g;
      if (dmaMap(g, regs, at(src), 4, DmaDir.ToDevice) == Err.Ok) n++;
    }
    checkEq(n, DMA_GRANTS, "grants mapped after the copies");
    checkEq(dmaMap(new DmaGrant(), regs, at(src), 4, DmaDir.ToDevice), Err.NoSpace, "one more than DMA_GRANTS");
    for (let i = 0; i < DMA_GRANTS; i++) checkEq(dmaUnmap(grants[i]!), Err.Ok, "unmap");
  });

  test("dma: a buffer a device may not be given is refused with Err.Invalid", () => {
    checkEq(dmaMap(grant, regs, 0, 16, DmaDir.ToDevice), Err.Invalid, "null");
    checkEq(dmaMap(grant, regs, at(src), 0, DmaDir.ToDevice), Err.Invalid, "zero length");
    checkEq(dmaMap(grant, regs, at(src), 0xfffffff0, DmaDir.ToDevice), Err.Invalid, "wrapping");
    checkEq(dmaMap(grant, regs, moduleMemoryBytes() - 4, 8, DmaDir.ToDevice), Err.Invalid, "past module memory");
    checkEq(dmaMap(grant, regs, at(src), 68, DmaDir.ToDevice), Err.Invalid, "past the end of its object");
    checkEq(dmaMap(grant, regs, at(bytes) + 1, 4, DmaDir.ToDevice), Err.Invalid, "not 4-aligned");
    checkEq(dmaMap(grant, regs, 64, 16, DmaDir.ToDevice), Err.Invalid, "the kernel's static data");
    checkEq(dmaMap(grant, regs, changetype<usize>(aThread), 16, DmaDir.FromDevice), Err.Invalid, "a kernel object (a Thread)");
    checkEq(dmaMap(grant, regs, changetype<usize>(notDma), 16, DmaDir.FromDevice), Err.Invalid, "a StaticArray that is no DmaBuffer");
    checkEq(engine.copy(changetype<usize>(notDma), at(src), 16), Err.Invalid, "a copy into it starts nothing");
    checkEq(dmaMap(grant, regs, at(src), 16, <DmaDir>0), Err.Invalid, "no direction");
    checkEq(dmaMap(grant, regs, at(src), 16, <DmaDir>4), Err.Invalid, "an unknown direction");
    checkEq(dmaMap(grant, new DeviceRegs(0x40007000, 4), at(src), 16, DmaDir.ToDevice), Err.Invalid, "a device never registered");
    checkEq(engine.copy(at(dst), 0, 16), Err.Invalid, "a copy from null starts nothing");
  });

  test("dma: unmap refuses a grant that is not live, and a stale copy", () => {
    checkEq(dmaUnmap(grant), Err.Invalid, "never mapped");
    checkEq(dmaMap(grant, regs, at(src), 16, DmaDir.Both), Err.Ok, "map");
    checkEq(dmaMap(grant, regs, at(src), 16, DmaDir.Both), Err.Invalid, "map a live grant again");
    const stale = new DmaGrant();
    stale.handle = grant.handle;
    checkEq(dmaUnmap(grant), Err.Ok, "unmap");
    checkEq(dmaUnmap(grant), Err.Invalid, "twice");
    checkEq(dmaMap(grant, regs, at(dst), 16, DmaDir.Both), Err.Ok, "the slot used again");
    checkEq(dmaUnmap(stale), Err.Invalid, "a stale copy of the first grant (its generation is old)");
    checkEq(dmaUnmap(grant), Err.Ok, "unmap the second");
  });

  test("dma: a transfer outside the grants is refused before it starts, and recorded as a contained 0xE6", () => {
    crashClear();
    checkEq(dmaMap(grant, regs, at(src), 32, DmaDir.ToDevice), Err.Ok, "map 32 bytes");
    checkEq(dmaCheck(regs, <u32>at(src), 32, DmaDir.ToDevice), Err.Ok, "inside");
    checkEq(dmaCheck(regs, <u32>at(src) + 16, 32, DmaDir.ToDevice), Err.Invalid, "past the grant's end");
    checkEq(crashWord(W_CODE), 0xe6, "the record's code");
    checkEq(crashWord(W_ARGS), cfg.DMA0_BASE, "its device");
    checkEq(crashWord(W_ARGS + 1), <u32>at(src) + 16, "its address");
    checkEq(crashWord(W_ARGS + 2), DmaDir.ToDevice, "its direction");
    checkEq(crashWord(W_ARGS + 3), 32, "its length");
    checkEq(crashWord(W_FLAGS), 0, "contained");
    checkEq(dmaCheck(regs, <u32>at(src), 32, DmaDir.FromDevice), Err.Invalid, "the wrong direction");
    checkEq(dmaUnmap(grant), Err.Ok, "unmap");
    checkEq(dmaCheck(regs, <u32>at(src), 4, DmaDir.ToDevice), Err.Invalid, "after the unmap");
    crashClear();
  });

  return finish();
}
