// The AssemblyScript runtime of kernel.wasm (asconfig.json "runtime"):
// ~lib/rt/stub.ts's bump allocator (no GC; never frees but the last block)
// bounded by the bytes of module memory the host really gives, which may be
// less than the one 64 KiB page wasm sees (kernel/bump.ts).
//
// The stub checks only against the wasm page: on a board an allocation
// past the real memory returned memory that trapped at its first use (on
// sim: `unreachable` in __alloc), and its bump pointer stayed past the
// end, so the next allocation of any other thread trapped too. Here an
// allocation that does not fit takes nothing and goes to outOfMemory
// (kernel/panic.ts): a report, and only the allocating thread ends (the
// system stops outside an application thread).
//
// asc parses this file as an entry: it exports nothing, or the module
// would export it. asc treats any runtime given by path as a garbage
// collector of the incremental kind, which costs twice the code: a shadow
// stack it keeps with every call (turned off by asconfig.json's
// "stackSize": -1, the only value that does: 0 means "the default"), and
// it trusts the runtime to zero new objects, which __new and __renew do
// here (the standard library zeroes them itself only for the stub).

import { BLOCK, BLOCK_MAXSIZE, BLOCK_OVERHEAD } from "~lib/rt/common";
import { heapFree, heapTake, heapTop } from "./bump";
import { outOfMemory } from "./panic";
import { blockPayload, OBJECT_HEADER, objectMade, objectResized, objectSize } from "./heap-layout";
import "./rt-objects"; // the collector's hooks

// @ts-ignore: decorator
@unsafe @global
function __alloc(size: usize): usize {
  if (size > BLOCK_MAXSIZE) outOfMemory(size, heapFree());
  const block = changetype<BLOCK>(heapTop());
  const ptr = changetype<usize>(block) + BLOCK_OVERHEAD;
  const payloadSize = blockPayload(size);
  heapTake(ptr + payloadSize, payloadSize + BLOCK_OVERHEAD);
  block.mmInfo = payloadSize;
  return ptr;
}

// @ts-ignore: decorator
@unsafe @global
function __realloc(ptr: usize, size: usize): usize {
  const block = changetype<BLOCK>(ptr - BLOCK_OVERHEAD);
  const actualSize = block.mmInfo;
  const isLast = ptr + actualSize == heapTop();
  if (size > BLOCK_MAXSIZE) outOfMemory(size, heapFree());
  const payloadSize = blockPayload(size);
  if (size > actualSize) {
    if (!isLast) {
      // elsewhere: a copy at least twice the size
      const newPtr = __alloc(max<usize>(payloadSize, actualSize << 1));
      memory.copy(newPtr, ptr, actualSize);
      return newPtr;
    }
    heapTake(ptr + payloadSize, payloadSize - actualSize); // the last block grows in place
    block.mmInfo = payloadSize;
  } else if (isLast) {
    heapTake(ptr + payloadSize, 0); // shrinks: always fits
    block.mmInfo = payloadSize;
  }
  return ptr;
}

// @ts-ignore: decorator
@unsafe @global
function __free(ptr: usize): void {
  const block = changetype<BLOCK>(ptr - BLOCK_OVERHEAD);
  if (ptr + block.mmInfo == heapTop()) heapTake(changetype<usize>(block), 0); // only the last block comes back
}

// @ts-ignore: decorator
@unsafe @global
function __new(size: usize, id: u32): usize {
  if (size > BLOCK_MAXSIZE - OBJECT_HEADER) outOfMemory(size, heapFree());
  return objectMade(__alloc(OBJECT_HEADER + size), size, id);
}

// @ts-ignore: decorator
@unsafe @global
function __renew(oldPtr: usize, size: usize): usize {
  if (size > BLOCK_MAXSIZE - OBJECT_HEADER) outOfMemory(size, heapFree());
  const oldSize = objectSize(oldPtr);
  return objectResized(__realloc(oldPtr - OBJECT_HEADER, OBJECT_HEADER + size), oldSize, size);
}
