// The heap's layout, shared by the kernel's AssemblyScript runtime
// (kernel/runtime.ts, kernel/bump.ts) and an application module's
// (user/runtime.ts): blocks, an object's header, the zeroing of new
// objects. It imports nothing of the kernel but its settings
// (config.ts): an application module compiles it too, and may import only
// system calls. (The collector's
// hooks are apart, in kernel/rt-objects.ts: they are globals, which a
// unit test's runtime defines too.)
//
//   | size | rtId | rtSize | fields ... | pad | size | ...
//          ^ payload      ^ object (8-aligned)
//
// A block is a 4-byte header (BLOCK.mmInfo: its payload bytes) and a
// payload whose end keeps the next payload 8-aligned. An object's payload
// starts with the two header words the compiled code reads (the class id
// at object - 8, for instanceof and virtual calls; the size at object - 4,
// for String#length and ArrayBuffer#byteLength). ~lib/rt/common's OBJECT
// also has two words for a garbage collector and aligns to 16 (for v128,
// which the kernel does not use): 12 bytes an object here, where a heap
// holds a few dozen objects and a small board counts its RAM. (Static
// objects in data segments keep the compiler's own layout; nothing reads
// their first words.)

import { BLOCK_OVERHEAD } from "~lib/rt/common";
import { STRICT_ALIGNMENT } from "./config";

/** Bytes before an object in its block's payload: rtId and rtSize. */
// @ts-ignore: decorator
@inline export const OBJECT_HEADER: usize = 8;
/** Alignment of every payload and object (i64 fields stay aligned). */
// @ts-ignore: decorator
@inline export const HEAP_ALIGN: usize = 8;

/** Where the first block's header goes for a heap starting at `base`
 *  (__heap_base): its payload aligned. Any context. (Not inline: a lazy
 *  global's initializer has no function to hold an inlined call's locals,
 *  and asc 0.27 then fails an assertion in Binaryen.) */
export function firstBlockAt(base: usize): usize {
  return blockPayload(base); // the same rounding: header + payload aligned
}

/** Payload bytes of a block asked `size` bytes: at least `size`, and the
 *  next block's payload stays aligned. Any context. */
// @ts-ignore: decorator
@inline export function blockPayload(size: usize): usize {
  return ((size + BLOCK_OVERHEAD + HEAP_ALIGN - 1) & ~(HEAP_ALIGN - 1)) - BLOCK_OVERHEAD;
}

/** Makes the block payload at `ptr` (from __alloc, OBJECT_HEADER +
 *  `size` bytes) an object of class `id` and `size` bytes, zeroed (a freed
 *  last block may be reused); returns the object's address. Any context. */
// @ts-ignore: decorator
@inline export function objectMade(ptr: usize, size: usize, id: u32): usize {
  store<u32>(ptr, id);
  store<u32>(ptr, <u32>size, 4);
  memory.fill(ptr + OBJECT_HEADER, 0, size);
  return ptr + OBJECT_HEADER;
}

/** The size in bytes of the object at `ptr`. Any context. */
// @ts-ignore: decorator
@inline export function objectSize(ptr: usize): usize {
  return <usize>load<u32>(ptr - 4);
}

/** The object of `oldSize` bytes, now in the block payload at `newPtr`
 *  (from __realloc, OBJECT_HEADER + `size` bytes), becomes `size` bytes,
 *  what it gained zeroed; returns its address. Any context. */
// @ts-ignore: decorator
@inline export function objectResized(newPtr: usize, oldSize: usize, size: usize): usize {
  store<u32>(newPtr, <u32>size, 4);
  if (size > oldSize) memory.fill(newPtr + OBJECT_HEADER + oldSize, 0, size - oldSize);
  return newPtr + OBJECT_HEADER;
}

/** Makes the bounds check of every field of `o` one check: loads the
 *  object's last byte and drops it. A load's bounds check covers only the
 *  offsets below its own, so a hot function that reads an object's fields
 *  from the lowest offset up paid a check for each; after this one, GCC
 *  drops the others (the load itself goes, its check stays: the build
 *  does not force dead loads, tools/ivt/build.js). For hot paths that
 *  read several fields of one object (kernel/sched.ts, kernel/notify.ts,
 *  kernel/irq/threaded.ts). An `o` whose fields pass the end of memory
 *  traps here rather than at its first field; a null one passes, as its
 *  fields' loads would (low addresses are inside memory). Any context. */
// @ts-ignore: decorator
@inline export function fieldsChecked<T>(o: T): void {
  load<u8>(changetype<usize>(o), offsetof<T>() - 1);
}

/** `ptr`, an object's address (or 0), told to the C compiler as
 *  word-aligned, which every object is (8-aligned, above). On a core that
 *  faults on an unaligned access (STRICT_ALIGNMENT, kernel/config.ts) each
 *  load and store of a field whose address GCC cannot prove aligned tests
 *  the address first, two instructions; clearing the two low bits where a
 *  hot path gets its object (a handle's object, an operation's `this`, the
 *  running thread, a woken one, an interrupt's descriptor and handlers)
 *  proves every field at a word offset from it aligned, one instruction
 *  for all (docs/build.md "Objects known aligned on the Cortex-M0").
 *  Elsewhere `ptr` unchanged: the mask would cost an instruction and save
 *  none. Any context. */
// @ts-ignore: decorator
@inline export function knownAligned(ptr: usize): usize {
  return STRICT_ALIGNMENT ? ptr & ~(<usize>3) : ptr;
}

/** Object `o` (or null) as knownAligned tells it: for an operation's
 *  entry (`const self = alignedObject(this)` in a semaphore's give, a
 *  queue's send) and a pointer a hot path loads. Any context. */
// @ts-ignore: decorator
@inline export function alignedObject<T>(o: T): T {
  return changetype<T>(knownAligned(changetype<usize>(o)));
}
