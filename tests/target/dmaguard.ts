// The DMA guard's checks (kernel/dma.ts) on every board: what dmaMap
// refuses, the grants' life, and a transfer outside them refused by
// dmaCheck before it starts, recorded as a contained bugcheck 0xE6. These
// are the whole guard on a board with no IOMMU (docs/crash.md "The DMA
// guard"); the device here is a window the guard only names (no register
// is touched). sim's IOMMU and copy engine: tests/target/dma.ts.
//
// Internals test: reads the kept bugcheck record (kernel/bugcheck.ts).

import { test, check, checkEq } from "./harness";
import { CRASH_RECORD_WORDS } from "../../kernel/config";
import { W_ARGS, W_CODE, W_FLAGS } from "../../kernel/bugcheck";
import { heapFree } from "../../kernel/bump";
import {
  DMA_ALIGN_MAX, DMA_GRANTS, DeviceRegs, DmaDir, DmaGrant, Err, Iommu, Thread, crashClear, crashWord, dmaAlloc, dmaAttachIommu, dmaCheck, dmaDeviceAdd,
  dmaMap, dmaUnmap, moduleMemoryBytes,
} from "../../kernel/ivt";

// A device the guard knows only by its window's base: nothing writes it.
const device = new DeviceRegs(0xdead0000, 16);
const buffer = dmaAlloc(32, 8)!;
const grant = new DmaGrant();
const other = new DmaGrant();
const notABuffer = new Thread();
// Heap objects a driver might pass by mistake: buffer-typed, but not DmaBuffers
// (the kernel's own tables are StaticArrays too).
const aTable = new StaticArray<u32>(8);
const anArrayBuffer = new ArrayBuffer(32);

/** The buffer's address (no closures in AssemblyScript: each test reads it). */
function bufferAt(): u32 {
  return <u32>buffer.address;
}

/** An IOMMU with too few slots for the guard's grants. */
class SmallIommu extends Iommu {
  program(slot: u32, device: u32, address: u32, length: u32, dir: u32): void {}
  slots(): u32 {
    return <u32>DMA_GRANTS - 1;
  }
  faultVector(): u32 {
    return 0;
  }
  faultPending(): bool {
    return false;
  }
  faultDevice(): u32 {
    return 0;
  }
  faultAddress(): u32 {
    return 0;
  }
  faultDir(): u32 {
    return 0;
  }
  faultLength(): u32 {
    return 0;
  }
  faultClear(): void {}
}

export function dmaGuardTests(): void {
  test("dma guard: a device registers once, with a power-of-two alignment", () => {
    checkEq(dmaDeviceAdd(device, "test-device", 3), Err.Invalid, "alignment 3");
    checkEq(dmaDeviceAdd(device, "test-device", 0), Err.Invalid, "alignment 0");
    checkEq(dmaDeviceAdd(device, "test-device", 8), Err.Ok, "register");
    checkEq(dmaDeviceAdd(device, "test-device", 8), Err.Exists, "again");
  });

  test("dma guard: dmaAlloc gives zeroed, aligned memory and refuses what it cannot give, taking nothing", () => {
    check(buffer.length == 32 && (buffer.address & 7) == 0, "32 bytes, 8-aligned");
    const wide = dmaAlloc(40, 256);
    check(wide !== null && (wide!.address & 255) == 0 && wide!.length == 40, "256-aligned");
    let zero = true;
    for (let i: u32 = 0; i < 40; i++) if (wide!.read8(i) != 0) zero = false;
    check(zero, "zeroed");
    wide!.write32(36, 0x11223344);
    checkEq(wide!.read8(39), 0x11, "its last byte, written as a word");
    const before = heapFree();
    check(dmaAlloc(0) === null, "zero bytes");
    check(dmaAlloc(16, 3) === null, "alignment 3");
    check(dmaAlloc(16, 0) === null, "alignment 0");
    check(dmaAlloc(16, DMA_ALIGN_MAX * 2) === null, "alignment past DMA_ALIGN_MAX");
    check(dmaAlloc(0xffffffff) === null, "4 GiB");
    check(dmaAlloc(0xffffffff, DMA_ALIGN_MAX) === null, "4 GiB, its alignment's extra wrapping past 0");
    check(dmaAlloc(0x80000000, DMA_ALIGN_MAX) === null, "2 GiB");
    check(dmaAlloc(before) === null, "every free byte (its headers do not fit)");
    checkEq(heapFree(), before, "nothing taken by the refusals");
  });

  test("dma guard: an IOMMU with fewer slots than DMA_GRANTS is refused", () => {
    checkEq(dmaAttachIommu(new SmallIommu()), Err.Invalid, "DMA_GRANTS - 1 slots");
  });

  test("dma guard: dmaMap refuses null, empty, wrapping, out-of-memory, misaligned and non-buffer memory", () => {
    const at = bufferAt();
    checkEq(dmaMap(grant, device, 0, 8, DmaDir.ToDevice), Err.Invalid, "null");
    checkEq(dmaMap(grant, device, at, 0, DmaDir.ToDevice), Err.Invalid, "zero length");
    checkEq(dmaMap(grant, device, at, 0xfffffff8, DmaDir.ToDevice), Err.Invalid, "wrapping");
    checkEq(dmaMap(grant, device, moduleMemoryBytes() - 8, 16, DmaDir.ToDevice), Err.Invalid, "past module memory");
    checkEq(dmaMap(grant, device, at + 4, 8, DmaDir.ToDevice), Err.Invalid, "not 8-aligned");
    checkEq(dmaMap(grant, device, at, 40, DmaDir.ToDevice), Err.Invalid, "past its buffer");
    checkEq(dmaMap(grant, device, 64, 8, DmaDir.FromDevice), Err.Invalid, "the kernel's static data");
    checkEq(dmaMap(grant, device, <u32>changetype<usize>(notABuffer), 8, DmaDir.FromDevice), Err.Invalid, "a kernel object");
    checkEq(dmaMap(grant, device, <u32>changetype<usize>(aTable), 8, DmaDir.FromDevice), Err.Invalid, "a StaticArray<u32> (a kernel table's type)");
    checkEq(dmaMap(grant, device, <u32>changetype<usize>(anArrayBuffer), 8, DmaDir.FromDevice), Err.Invalid, "an ArrayBuffer");
    checkEq(dmaMap(grant, device, at - 8, 8, DmaDir.ToDevice), Err.Invalid, "the 8 bytes before it");
    checkEq(dmaMap(grant, device, at + 32, 8, DmaDir.ToDevice), Err.Invalid, "the 8 bytes after it");
    checkEq(dmaMap(grant, device, at, 8, <DmaDir>7), Err.Invalid, "a direction that is none");
    checkEq(dmaMap(grant, new DeviceRegs(0xdead1000, 4), at, 8, DmaDir.ToDevice), Err.Invalid, "an unknown device");
    checkEq(grant.handle, 0, "no grant made");
  });

  test("dma guard: grants are taken back, a stale one is refused, DMA_GRANTS at once", () => {
    const at = bufferAt();
    checkEq(dmaMap(grant, device, at, 32, DmaDir.Both), Err.Ok, "map the whole buffer");
    check(grant.handle != 0 && grant.address == at && grant.length == 32, "the grant says what it holds");
    checkEq(dmaCheck(device, at + 8, 16, DmaDir.FromDevice), Err.Ok, "a transfer inside");
    const stale = new DmaGrant();
    stale.handle = grant.handle;
    checkEq(dmaUnmap(grant), Err.Ok, "unmap");
    checkEq(dmaUnmap(stale), Err.Invalid, "a copy of it");
    checkEq(dmaUnmap(other), Err.Invalid, "one never mapped");
    let n: i32 = 0;
    const held = new StaticArray<DmaGrant | null>(DMA_GRANTS);
    for (let i = 0; i < DMA_GRANTS; i++) {
      const g = new DmaGrant();
      held[i] = g;
      if (dmaMap(g, device, at, 8, DmaDir.ToDevice) == Err.Ok) n++;
    }
    checkEq(n, DMA_GRANTS, "DMA_GRANTS live");
    checkEq(dmaMap(other, device, at, 8, DmaDir.ToDevice), Err.NoSpace, "one more");
    for (let i = 0; i < DMA_GRANTS; i++) dmaUnmap(held[i]!);
  });

  test("dma guard: a transfer outside the grants is refused before it starts and recorded (contained 0xE6)", () => {
    const at = bufferAt();
    crashClear();
    checkEq(dmaMap(grant, device, at, 16, DmaDir.ToDevice), Err.Ok, "map 16 bytes, to the device");
    checkEq(dmaCheck(device, at + 8, 16, DmaDir.ToDevice), Err.Invalid, "8 bytes past the grant");
    if (CRASH_RECORD_WORDS != 0) {
      checkEq(crashWord(W_CODE), 0xe6, "recorded: its code");
      checkEq(crashWord(W_ARGS), 0xdead0000, "its device");
      checkEq(crashWord(W_ARGS + 1), at + 8, "its address");
      checkEq(crashWord(W_ARGS + 2), DmaDir.ToDevice, "its direction");
      checkEq(crashWord(W_ARGS + 3), 16, "its length");
      checkEq(crashWord(W_FLAGS), 0, "contained");
    }
    checkEq(dmaCheck(device, at, 16, DmaDir.FromDevice), Err.Invalid, "the other direction");
    checkEq(dmaCheck(device, at, 16, <DmaDir>0), Err.Invalid, "no direction");
    checkEq(dmaCheck(device, at, 16, <DmaDir>4), Err.Invalid, "a direction that is none");
    checkEq(dmaUnmap(grant), Err.Ok, "unmap");
    checkEq(dmaCheck(device, at, 4, DmaDir.ToDevice), Err.Invalid, "after the unmap");
    crashClear();
  });
}
