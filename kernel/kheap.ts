// The kernel heap: storage that objects take at create and give back at
// delete (queue buffers), so create/delete loops leak nothing. One slice of
// linear memory, taken from the boot-time allocator at first use; its size
// is KERNEL_HEAP_BYTES (a board may change it: board.json "kernel").

import { KERNEL_HEAP_BLOCKS, KERNEL_HEAP_BYTES } from "./config";
import { Region } from "./region";
import { assertLocked, kernelLock, kernelUnlock } from "./lock";

let kernelHeap: Region | null = null;

function theHeap(): Region {
  if (kernelHeap === null) kernelHeap = new Region(<u32>heap.alloc(KERNEL_HEAP_BYTES), KERNEL_HEAP_BYTES, <i32>KERNEL_HEAP_BLOCKS);
  return kernelHeap!;
}

/** Allocates `bytes`; returns the address, or 0 when the heap is full.
 *  Kernel lock held. */
export function kallocLocked(bytes: u32): usize {
  assertLocked();
  const a = theHeap().alloc(bytes);
  return a == 0xffffffff ? 0 : <usize>a;
}

/** Frees what kallocLocked returned. Kernel lock held. */
export function kfreeLocked(addr: usize): void {
  assertLocked();
  theHeap().free(<u32>addr);
}

/** kallocLocked for a caller that does not hold the kernel lock: takes
 *  it for the allocation only. Returns the address, or 0 when the heap is
 *  full. Any context. */
export function kalloc(bytes: u32): usize {
  const s = kernelLock();
  const a = kallocLocked(bytes);
  kernelUnlock(s);
  return a;
}

/** kfreeLocked for a caller that does not hold the kernel lock. Any context. */
export function kfree(addr: usize): void {
  const s = kernelLock();
  kfreeLocked(addr);
  kernelUnlock(s);
}

/** Free bytes of the kernel heap. Any context. */
export function kheapFree(): u32 {
  return theHeap().freeBytes();
}
