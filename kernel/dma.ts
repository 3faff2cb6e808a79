// The DMA guard: a driver hands memory to a device only through a grant
// (dmaMap), which the kernel checks against what a device may be given,
// and takes it back with dmaUnmap. docs/crash.md "The DMA guard" says what
// is and is not covered on each board.
//
//   dmaAlloc     the only memory a device may be given: a DmaBuffer, taken
//                from the heap for that purpose and listed by the guard,
//                so never the kernel's static data, its objects or its
//                tables (which are heap objects too: a check of an
//                object's type could not tell a grant table from a
//                driver's buffer).
//   dmaMap       the bytes must lie inside one DmaBuffer, be non-null, not
//                wrap, be aligned as the device registered; a grant slot
//                is taken and, where the board has an IOMMU, programmed
//                into it.
//   dmaCheck     the driver asks before it programs a transfer: every
//                address the device will touch must lie in a live grant of
//                that device, in that direction. A transfer that does not
//                is refused (Err.Invalid) and recorded (bugcheck 0xE6,
//                contained): nothing reached the device.
//   IOMMU fault  a transfer the device made outside its grants anyway (a
//                driver that skipped dmaCheck or wrote the descriptor
//                after it) is blocked by the IOMMU, whose fault interrupt
//                ends here: bugcheck 0xE6, fatal, with the device's driver,
//                the address, the direction and its grant table.
//
// An isolated application's memory is never a device's: the grants name
// kernel module memory only, which no application can reach, and
// applications have no DMA system call.

import { Err } from "./errors";
import { DeviceRegs } from "./devregs";
import { Iommu } from "./hal";
import { IrqHandler, IrqReturn } from "./irq/descriptors";
import { irqRequest } from "./irq/manage";
import { portIrqRestore, portIrqSave } from "./port";
import { heapFree } from "./bump";
import { blockPayload, HEAP_ALIGN, OBJECT_HEADER } from "./heap-layout";
import { inInterrupt } from "./context";
import { schedulerStarted } from "./sched";
import { BLOCK_OVERHEAD } from "~lib/rt/common";
import { BugCode, bugcheck, bugcheckSetDmaNames } from "./bugcheck";
import { writeDec, writeHex, writeStr } from "./format";
import { dmaViolationHalt } from "./panic";
import { portPanicPutc } from "./port";

/** Which way a transfer moves memory. */
export enum DmaDir {
  /** The device reads memory (memory to device). */
  ToDevice = 1,
  /** The device writes memory (device to memory). */
  FromDevice = 2,
  /** Both. */
  Both = 3,
}

/** Grants live at once, over every DMA device. */
// @ts-ignore: decorator
@inline export const DMA_GRANTS: i32 = 8;
/** DMA devices the kernel knows (dmaDeviceAdd). */
// @ts-ignore: decorator
@inline export const DMA_DEVICES: i32 = 4;

/** A grant a driver holds: filled by dmaMap, emptied by dmaUnmap. The
 *  driver owns the object (a static, as a Thread is). */
export class DmaGrant {
  /** The grant's handle: slot + 1 | generation << 8 (0: none). */
  handle: u32 = 0;
  /** The device's window base (its identity for the IOMMU). */
  device: u32 = 0;
  /** The memory granted: the address the device is given, and its bytes. */
  address: u32 = 0;
  length: u32 = 0;
  dir: DmaDir = DmaDir.ToDevice;
}

/** Memory a device may be given (dmaAlloc makes one): `length` bytes at
 *  `address`, aligned as asked, never freed (the heap is a bump
 *  allocator: allocate a driver's buffers once, at set-up). The
 *  accessors check the offset: one past the buffer aborts the caller's
 *  thread (an AssemblyScript RangeError), as an array index would. */
@final export class DmaBuffer {
  /** The guard's list of every DmaBuffer (newest first). */
  nextBuffer: DmaBuffer | null = null;
  /** Thread context; only dmaAlloc makes one the guard accepts. */
  constructor(public readonly address: usize, public readonly length: u32) {}

  /** The byte at `offset`. Any context. */
  read8(offset: u32): u8 {
    this.bounds(offset, 1);
    return load<u8>(this.address + offset);
  }

  /** Writes the byte at `offset`. Any context. */
  write8(offset: u32, value: u8): void {
    this.bounds(offset, 1);
    store<u8>(this.address + offset, value);
  }

  /** The 32-bit word at byte `offset` (little-endian). Any context. */
  read32(offset: u32): u32 {
    this.bounds(offset, 4);
    return load<u32>(this.address + offset);
  }

  /** Writes the 32-bit word at byte `offset`. Any context. */
  write32(offset: u32, value: u32): void {
    this.bounds(offset, 4);
    store<u32>(this.address + offset, value);
  }

  private bounds(offset: u32, bytes: u32): void {
    if (offset > this.length || this.length - offset < bytes) throw new RangeError("DmaBuffer offset out of range");
  }
}

/** The largest alignment dmaAlloc gives. */
// @ts-ignore: decorator
@inline export const DMA_ALIGN_MAX: u32 = 4096;

// @ts-ignore: decorator
@lazy let buffers: DmaBuffer | null = null;

/** Allocates a buffer of `bytes` that devices may be given, its first
 *  byte aligned to `align` (a power of two, 1 to DMA_ALIGN_MAX; 16 if
 *  omitted). Returns it, or null for zero bytes, an alignment that is not
 *  a power of two or is above DMA_ALIGN_MAX, a heap without room (nothing
 *  is taken then), or a call from interrupt context. Thread context. */
export function dmaAlloc(bytes: u32, align: u32 = 16): DmaBuffer | null {
  if (bytes == 0 || align == 0 || (align & (align - 1)) != 0 || align > DMA_ALIGN_MAX || inInterrupt()) return null;
  const free = heapFree();
  // A block's payload is HEAP_ALIGN-aligned: a larger alignment takes more.
  if (bytes > free) return null;
  const asked = <usize>bytes + (<usize>align > HEAP_ALIGN ? <usize>align - HEAP_ALIGN : 0); // no wrap: bytes <= free
  if (asked > free) return null;
  const need: usize = 2 * BLOCK_OVERHEAD + blockPayload(asked) + blockPayload(OBJECT_HEADER + offsetof<DmaBuffer>());
  if (need > <usize>free) return null;
  // Before the scheduler starts (a driver's statics) nothing else runs and
  // the host may not take interrupt locks yet (sim: during instantiation).
  const locked = schedulerStarted();
  const saved = locked ? portIrqSave() : 0;
  const raw = heap.alloc(asked);
  const b = new DmaBuffer((raw + align - 1) & ~(<usize>align - 1), bytes);
  b.nextBuffer = buffers;
  buffers = b;
  if (locked) portIrqRestore(saved);
  memory.fill(b.address, 0, bytes);
  return b;
}

// The grant table: per slot device, address, length, dir (0: free), generation.
// @ts-ignore: decorator
@lazy const table = new StaticArray<u32>(DMA_GRANTS * 5);
// The devices: base and alignment, and the driver's name (for reports).
// @ts-ignore: decorator
@lazy const deviceBase = new StaticArray<u32>(DMA_DEVICES);
// @ts-ignore: decorator
@lazy const deviceAlign = new StaticArray<u32>(DMA_DEVICES);
// @ts-ignore: decorator
@lazy const deviceDriver = new StaticArray<string | null>(DMA_DEVICES);
// @ts-ignore: decorator
@lazy let devices: i32 = 0;
// @ts-ignore: decorator
@lazy let iommu: Iommu | null = null;

/** Registers a DMA-capable device: its register window (its identity),
 *  the name of its driver's file (`sim-dma`: reports and crash buckets name
 *  it) and the alignment its transfers need (a power of two, at least 1).
 *  Returns Err.Ok; Err.Invalid for an alignment that is not a power of two;
 *  Err.Exists if the device is known; Err.NoSpace past DMA_DEVICES. Thread
 *  context (board or driver set-up). */
export function dmaDeviceAdd(regs: DeviceRegs, driver: string, align: u32): Err {
  if (align == 0 || (align & (align - 1)) != 0) return Err.Invalid;
  bugcheckSetDmaNames(dmaDriverOf);
  const saved = portIrqSave();
  let e = Err.Ok;
  if (deviceIndex(regs.base) >= 0) e = Err.Exists;
  else if (devices == DMA_DEVICES) e = Err.NoSpace;
  else {
    deviceBase[devices] = regs.base;
    deviceAlign[devices] = align;
    deviceDriver[devices] = driver;
    devices++;
  }
  portIrqRestore(saved);
  return e;
}

function deviceIndex(base: u32): i32 {
  for (let i = 0; i < devices; i++) if (deviceBase[i] == base) return i;
  return -1;
}

/** The name of the driver of the DMA device at `base`, or null. Any
 *  context. */
export function dmaDriverOf(base: u32): string | null {
  const i = deviceIndex(base);
  return i < 0 ? null : deviceDriver[i];
}

/** Hands the board's IOMMU to the guard: every grant is programmed into it
 *  from now on, and its fault interrupt (a transfer it blocked) ends in
 *  bugcheck 0xE6. Returns Err.Ok; Err.Invalid for a unit with fewer than
 *  DMA_GRANTS slots (a grant it could not hold would block its device);
 *  Err.Exists if one is attached; or irqRequest's error for its fault
 *  line. Thread context (board set-up). */
export function dmaAttachIommu(unit: Iommu): Err {
  if (unit.slots() < <u32>DMA_GRANTS) return Err.Invalid;
  if (iommu !== null) return Err.Exists;
  const e = irqRequest(unit.faultVector(), new IommuFault(unit));
  if (e != Err.Ok) return e;
  iommu = unit;
  return Err.Ok;
}

/** Grants `device` the `length` bytes at `buffer` for transfers `dir`, into
 *  `grant`. `buffer` is a DmaBuffer's address (dmaAlloc) or an address
 *  inside one, with `length` bytes of it from there. Errors: Err.Invalid
 *  for a null, zero-length or wrapping buffer, one not inside one
 *  DmaBuffer (the kernel's static data, its objects and its tables never
 *  are), one not aligned as the device registered, an unknown device or
 *  direction, or a grant already live; Err.NoSpace when DMA_GRANTS are
 *  live. Any context (no blocking). */
export function dmaMap(grant: DmaGrant, device: DeviceRegs, buffer: usize, length: u32, dir: DmaDir): Err {
  if (dir < DmaDir.ToDevice || dir > DmaDir.Both) return Err.Invalid;
  const saved = portIrqSave();
  const d = deviceIndex(device.base);
  if (grant.handle != 0 || d < 0 || !mayGive(<u32>buffer, length, deviceAlign[d])) {
    portIrqRestore(saved);
    return Err.Invalid;
  }
  let slot = -1;
  for (let i = 0; i < DMA_GRANTS; i++) {
    if (table[i * 5 + 3] == 0) {
      slot = i;
      break;
    }
  }
  if (slot < 0) {
    portIrqRestore(saved);
    return Err.NoSpace;
  }
  const gen = (table[slot * 5 + 4] + 1) & 0xffffff;
  table[slot * 5] = device.base;
  table[slot * 5 + 1] = <u32>buffer;
  table[slot * 5 + 2] = length;
  table[slot * 5 + 3] = dir;
  table[slot * 5 + 4] = gen;
  grant.handle = (<u32>slot + 1) | (gen << 8);
  grant.device = device.base;
  grant.address = <u32>buffer;
  grant.length = length;
  grant.dir = dir;
  const unit = iommu;
  if (unit !== null) unit.program(<u32>slot, device.base, <u32>buffer, length, dir);
  portIrqRestore(saved);
  return Err.Ok;
}

/** Takes back a grant: the device may no longer reach that memory (the
 *  IOMMU's slot is cleared). Returns Err.Ok; Err.Invalid for a grant that
 *  is not live (never mapped, unmapped already, or a stale copy). Any
 *  context. */
export function dmaUnmap(grant: DmaGrant): Err {
  const slot = <i32>(grant.handle & 0xff) - 1;
  if (slot < 0 || slot >= DMA_GRANTS) return Err.Invalid;
  const saved = portIrqSave();
  if (table[slot * 5 + 3] == 0 || table[slot * 5 + 4] != grant.handle >>> 8) {
    portIrqRestore(saved);
    return Err.Invalid;
  }
  table[slot * 5 + 3] = 0;
  const unit = iommu;
  if (unit !== null) unit.program(<u32>slot, 0, 0, 0, 0);
  grant.handle = 0;
  portIrqRestore(saved);
  return Err.Ok;
}

/** The check before a driver programs a transfer: whether `device` may
 *  touch the `length` bytes at `address` in direction `dir` (inside one
 *  live grant of that device that allows it). Returns Err.Ok; otherwise
 *  Err.Invalid, and the attempt is recorded as a contained DMA violation
 *  (bugcheck 0xE6, the system goes on): the driver must not start the
 *  transfer. A direction that is none of DmaDir is Err.Invalid too, not
 *  recorded (it names no transfer). Any context. */
export function dmaCheck(device: DeviceRegs, address: u32, length: u32, dir: DmaDir): Err {
  if (dir < DmaDir.ToDevice || dir > DmaDir.Both) return Err.Invalid; // no transfer to check
  const saved = portIrqSave();
  const ok = covered(device.base, address, length, dir);
  portIrqRestore(saved);
  if (ok) return Err.Ok;
  reportViolation(device.base, address, dir, length, false);
  return Err.Invalid;
}

/** Whether a live grant of `device` holds [address, address + length) for
 *  `dir`. */
function covered(device: u32, address: u32, length: u32, dir: u32): bool {
  if (length == 0 || address + length < address) return false;
  for (let i = 0; i < DMA_GRANTS; i++) {
    const d = table[i * 5 + 3];
    if (d == 0 || table[i * 5] != device || (d & dir) != dir) continue;
    const start = table[i * 5 + 1];
    if (address >= start && address + length <= start + table[i * 5 + 2]) return true;
  }
  return false;
}

/** Whether the `length` bytes at `buffer` may be handed to a device with
 *  alignment `align` (dmaMap's rules). */
function mayGive(buffer: u32, length: u32, align: u32): bool {
  if (buffer == 0 || length == 0 || buffer + length < buffer) return false;
  if ((buffer & (align - 1)) != 0) return false;
  return insideDmaBuffer(buffer, length);
}

/** Whether [buffer, buffer + length) lies inside one DmaBuffer. */
function insideDmaBuffer(buffer: u32, length: u32): bool {
  let b = buffers;
  while (b !== null) {
    const start = <u32>b.address;
    if (buffer >= start && buffer - start <= b.length && length <= b.length - (buffer - start)) return true;
    b = b.nextBuffer;
  }
  return false;
}

/** The IOMMU's fault interrupt: a transfer it blocked. */
class IommuFault extends IrqHandler {
  constructor(public unit: Iommu) {
    super();
    this.name = "iommu";
  }
  top(vector: u32): IrqReturn {
    if (!this.unit.faultPending()) return IrqReturn.None;
    const u = this.unit;
    reportViolation(u.faultDevice(), u.faultAddress(), u.faultDir(), u.faultLength(), true);
    u.faultClear();
    return IrqReturn.Handled;
  }
}

function out(c: u32): void {
  portPanicPutc(c);
}

/** `*** ivt DMA VIOLATION ...`, the device's grant table, then bugcheck
 *  0xE6 (fatal: the system stops). */
function reportViolation(device: u32, address: u32, dir: u32, length: u32, fatal: bool): void {
  writeStr(out, "\n*** ivt DMA VIOLATION: device ");
  writeHex(out, device);
  writeStr(out, " (driver ");
  const driver = dmaDriverOf(device);
  writeStr(out, driver !== null ? driver : "unknown");
  writeStr(out, fatal ? ") reached " : ") was to reach ");
  writeDec(out, length);
  writeStr(out, dir == DmaDir.ToDevice ? " bytes (read) at " : dir == DmaDir.FromDevice ? " bytes (write) at " : " bytes at ");
  writeHex(out, address);
  writeStr(out, fatal ? ", outside its grants: blocked by the IOMMU\n" : ", outside its grants: refused before it started\n");
  writeStr(out, "    grants of the device:");
  let n = 0;
  for (let i = 0; i < DMA_GRANTS; i++) {
    const d = table[i * 5 + 3];
    if (d == 0 || table[i * 5] != device) continue;
    writeStr(out, "\n      #");
    writeDec(out, i);
    out(32);
    writeHex(out, table[i * 5 + 1]);
    writeStr(out, " + ");
    writeDec(out, table[i * 5 + 2]);
    writeStr(out, d == DmaDir.ToDevice ? " to-device" : d == DmaDir.FromDevice ? " from-device" : " both");
    n++;
  }
  if (n == 0) writeStr(out, " none");
  out(10);
  bugcheck(BugCode.DmaViolation, device, address, dir, length, 0, fatal);
  if (fatal) dmaViolationHalt();
}
