// The boot-time allocator's state: a bump pointer over module memory,
// bounded by the bytes the host really gives (kernel/runtime.ts is the
// AssemblyScript runtime built on it; asc parses a runtime file as an entry,
// whose exports would become the module's, so what the kernel calls lives
// here).
//
//   __heap_base         offset                       heapEnd
//   | block | block | ... |           free            |
//
// Each block: a 4-byte header (BLOCK.mmInfo: payload bytes), payload
// aligned to 8 (kernel/heap-layout.ts has the layout).

import { BLOCK_OVERHEAD } from "~lib/rt/common";
import { blockPayload, firstBlockAt, OBJECT_HEADER } from "./heap-layout";
import { outOfMemory } from "./panic";

/** Where the first block starts. */
// @ts-ignore: decorator
@lazy export const heapStart: usize = firstBlockAt(__heap_base);

/** The next block's header. */
// @ts-ignore: decorator
@lazy let offset: usize = heapStart;

/** End of the heap: the module memory the build was made for (board.json
 *  module_memory, passed as BOARD_MODULE_MEMORY), so that allocations in
 *  the start function are bounded too; ivtboot narrows it to what the host
 *  says it gives. */
// @ts-ignore: decorator
@lazy let heapEnd: usize = isDefined(BOARD_MODULE_MEMORY) ? <usize>BOARD_MODULE_MEMORY : <usize>memory.size() << 16;

/** Ends the heap at `bytes` of module memory, if that is less than before.
 *  Boot only. */
export function heapLimit(bytes: usize): void {
  if (bytes < heapEnd) heapEnd = bytes;
}

/** Bytes the heap has left (a block takes 4 more than its payload, rounded
 *  up to 8). Any context. */
export function heapFree(): u32 {
  return heapEnd > offset ? <u32>(heapEnd - offset) : 0;
}

/** Whether an object of `size` bytes (`offsetof<C>()`) fits in what the
 *  heap has left: a caller that would rather answer an error than end its
 *  thread in outOfMemory asks first. Thread context (nothing else
 *  allocates between the question and the `new` only if no interrupt
 *  handler allocates: none does). */
export function heapFitsObject(size: usize): bool {
  return BLOCK_OVERHEAD + blockPayload(OBJECT_HEADER + size) <= <usize>heapFree();
}

/** The next block's header address. Any context. */
export function heapTop(): usize {
  return offset;
}

/** Moves the bump pointer to `top` (a block's end; below: given back), or,
 *  if it does not fit, reports that `needed` bytes were asked for and ends
 *  the caller's thread (outOfMemory does not return). Any context. */
export function heapTake(top: usize, needed: usize): void {
  // A wrapped top (a size near 4 GiB) lies below the heap's start.
  if (top > heapEnd || top < heapStart) outOfMemory(needed, heapFree());
  offset = top;
}
