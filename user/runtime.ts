// The AssemblyScript runtime of an application module (user/asconfig.json
// "runtime"): a bump allocator in the application's own memory, as the
// kernel's (kernel/runtime.ts, kernel/bump.ts), bounded by the memory the
// board really gives the application. An allocation that does not fit
// takes nothing and goes to the kernel as a system call, out_of_memory:
// the kernel reports it (`*** ivt OUT OF MEMORY in app ...`) and ends the
// application, as a trap does. AssemblyScript's stub runtime checked only
// the 64 KiB wasm page: on a board, whose application memory is smaller,
// an allocation past it returned memory that trapped at its first use,
// reported as an out-of-bounds trap far from its cause.
//
// The allocator is not the kernel's own: that one reports through
// kernel/panic.ts and the host ABI, which an application module may not
// import (tools/ivt/isolated.js checkAppImports). The objects' headers and
// the collector's hooks are shared (kernel/heap-layout.ts,
// kernel/rt-objects.ts).
//
// asc parses this file as an entry: it exports nothing.
import { BLOCK, BLOCK_MAXSIZE, BLOCK_OVERHEAD } from "~lib/rt/common";
import { blockPayload, firstBlockAt, OBJECT_HEADER, objectMade, objectResized, objectSize } from "../kernel/heap-layout";
import "../kernel/rt-objects"; // the collector's hooks

/** The system call (kernel/sys.ts sys_out_of_memory): reports that
 *  `needed` bytes were asked with `free` left and ends the application.
 *  Does not return. */
@external("ivt_sys", "out_of_memory")
declare function sysOutOfMemory(needed: u32, free: u32): void;

/** Where the first block starts. */
// @ts-ignore: decorator
@lazy const heapStart: usize = firstBlockAt(__heap_base);
/** The next block's header. */
// @ts-ignore: decorator
@lazy let top: usize = heapStart;
/** The application's memory: board.json app_memory on a board (asc
 *  --use BOARD_APP_MEMORY), the module's page on sim. */
// @ts-ignore: decorator
@lazy const heapEnd: usize = isDefined(BOARD_APP_MEMORY) ? <usize>BOARD_APP_MEMORY : <usize>memory.size() << 16;

function heapFree(): u32 {
  return heapEnd > top ? <u32>(heapEnd - top) : 0;
}

/** Moves the bump pointer to `end`, or ends the application if it does
 *  not fit (`needed`: the bytes asked). */
function take(end: usize, needed: usize): void {
  // A wrapped end (a size near 4 GiB) lies below the heap's start.
  if (end > heapEnd || end < heapStart) tooBig(needed);
  top = end;
}

/** Ends the application: `needed` bytes do not fit. Does not return. */
function tooBig(needed: usize): void {
  sysOutOfMemory(<u32>needed, heapFree());
  unreachable();
}

// @ts-ignore: decorator
@unsafe @global
function __alloc(size: usize): usize {
  if (size > BLOCK_MAXSIZE) tooBig(size);
  const block = changetype<BLOCK>(top);
  const ptr = top + BLOCK_OVERHEAD;
  const payload = blockPayload(size);
  take(ptr + payload, payload + BLOCK_OVERHEAD);
  block.mmInfo = payload;
  return ptr;
}

// @ts-ignore: decorator
@unsafe @global
function __realloc(ptr: usize, size: usize): usize {
  const block = changetype<BLOCK>(ptr - BLOCK_OVERHEAD);
  const actual = block.mmInfo;
  const isLast = ptr + actual == top;
  if (size > BLOCK_MAXSIZE) tooBig(size);
  const payload = blockPayload(size);
  if (size > actual) {
    if (!isLast) {
      const newPtr = __alloc(max<usize>(payload, actual << 1));
      memory.copy(newPtr, ptr, actual);
      return newPtr;
    }
    take(ptr + payload, payload - actual);
    block.mmInfo = payload;
  } else if (isLast) {
    take(ptr + payload, 0);
    block.mmInfo = payload;
  }
  return ptr;
}

// @ts-ignore: decorator
@unsafe @global
function __free(ptr: usize): void {
  const block = changetype<BLOCK>(ptr - BLOCK_OVERHEAD);
  if (ptr + block.mmInfo == top) take(changetype<usize>(block), 0);
}

// @ts-ignore: decorator
@unsafe @global
function __new(size: usize, id: u32): usize {
  if (size > BLOCK_MAXSIZE - OBJECT_HEADER) tooBig(size);
  return objectMade(__alloc(OBJECT_HEADER + size), size, id);
}

// @ts-ignore: decorator
@unsafe @global
function __renew(oldPtr: usize, size: usize): usize {
  if (size > BLOCK_MAXSIZE - OBJECT_HEADER) tooBig(size);
  const oldSize = objectSize(oldPtr);
  return objectResized(__realloc(oldPtr - OBJECT_HEADER, OBJECT_HEADER + size), oldSize, size);
}
