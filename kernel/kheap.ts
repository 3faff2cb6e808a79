// The kernel heap: storage that objects take at create and give back at
// delete (queue buffers), so create/delete loops leak nothing. One slice of
// linear memory, taken from the boot-time allocator at first use; its size
// is KERNEL_HEAP_BYTES unless the board set another (kheapSetSize).

import { KERNEL_HEAP_BYTES } from "./config";
import { Err } from "./errors";
import { Region } from "./region";

let kernelHeap: Region | null = null;
let heapBytes: u32 = KERNEL_HEAP_BYTES;

function theHeap(): Region {
  if (kernelHeap === null) kernelHeap = new Region(<u32>heap.alloc(heapBytes), heapBytes, 64);
  return kernelHeap!;
}

/** Sets the kernel heap's size, for boards whose module memory is too small
 *  to give KERNEL_HEAP_BYTES to queues. Returns Err.Invalid for 0,
 *  Err.Busy once the heap is in use. Thread context (board init). */
export function kheapSetSize(bytes: u32): Err {
  if (bytes == 0) return Err.Invalid;
  if (kernelHeap !== null) return Err.Busy;
  heapBytes = bytes;
  return Err.Ok;
}

/** Allocates `bytes`; returns the address, or 0 when the heap is full.
 *  Kernel lock held. */
export function kalloc(bytes: u32): usize {
  const a = theHeap().alloc(bytes);
  return a == 0xffffffff ? 0 : <usize>a;
}

/** Frees what kalloc returned. Kernel lock held. */
export function kfree(addr: usize): void {
  theHeap().free(<u32>addr);
}

/** Free bytes of the kernel heap. Any context. */
export function kheapFree(): u32 {
  return theHeap().freeBytes();
}
