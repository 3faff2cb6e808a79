// What the kernel's AssemblyScript runtime (kernel/runtime.ts) and an
// application module's (user/runtime.ts) share: an object's header, the
// zeroing of new objects, and the garbage collector's hooks, which do
// nothing (there is no collector). It imports nothing of the kernel: an
// application module compiles it too, and may import only system calls.

import { BLOCK, BLOCK_OVERHEAD, OBJECT, OBJECT_OVERHEAD, TOTAL_OVERHEAD } from "~lib/rt/common";

/** Makes the block at `ptr` (from __alloc, OBJECT_OVERHEAD + `size`
 *  bytes) an object of class `id` and `size` bytes, zeroed (a freed last
 *  block may be reused); returns the object's address. Any context. */
// @ts-ignore: decorator
@inline export function objectMade(ptr: usize, size: usize, id: u32): usize {
  const object = changetype<OBJECT>(ptr - BLOCK_OVERHEAD);
  object.gcInfo = 0;
  object.gcInfo2 = 0;
  object.rtId = id;
  object.rtSize = <u32>size;
  memory.fill(ptr + OBJECT_OVERHEAD, 0, size);
  return ptr + OBJECT_OVERHEAD;
}

/** The size in bytes of the object at `ptr`. Any context. */
// @ts-ignore: decorator
@inline export function objectSize(ptr: usize): usize {
  return <usize>changetype<OBJECT>(ptr - TOTAL_OVERHEAD).rtSize;
}

/** The object of `oldSize` bytes, now in the block at `newPtr` (from
 *  __realloc, OBJECT_OVERHEAD + `size` bytes), becomes `size` bytes, what
 *  it gained zeroed; returns its address. Any context. */
// @ts-ignore: decorator
@inline export function objectResized(newPtr: usize, oldSize: usize, size: usize): usize {
  changetype<OBJECT>(newPtr - BLOCK_OVERHEAD).rtSize = <u32>size;
  if (size > oldSize) memory.fill(newPtr + OBJECT_OVERHEAD + oldSize, 0, size - oldSize);
  return newPtr + OBJECT_OVERHEAD;
}

// No garbage collector: the hooks the compiler calls do nothing.

// @ts-ignore: decorator
@unsafe @global
function __link(parentPtr: usize, childPtr: usize, expectMultiple: bool): void {}

// @ts-ignore: decorator
@unsafe @global
function __pin(ptr: usize): usize {
  return ptr;
}

// @ts-ignore: decorator
@unsafe @global
function __unpin(ptr: usize): void {}

// @ts-ignore: decorator
@unsafe @global
function __visit(ptr: usize, cookie: u32): void {}

// @ts-ignore: decorator
@unsafe @global
function __collect(): void {}
