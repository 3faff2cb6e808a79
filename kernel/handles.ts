// Handles: how an application in its own module names a kernel object
// (docs/isolation.md). An application never holds a pointer into kernel
// memory; it holds a 31-bit number
//
//   bits 0-7 slot, 8-11 kind, 12-30 generation
//
// that the kernel looks up on every call and checks against the slot's
// kind, generation and owner. A forged number, a handle whose object was
// deleted (its slot's generation has moved on) or another application's
// handle all get Err.Invalid. Slots are few (MAX_HANDLES) and each
// application may hold at most APP_MAX_HANDLES of them, so one application
// cannot take them all from the others.
//
// The objects behind the slots are made once and kept: a slot freed and
// taken again for the same kind reuses its object, so create/delete loops
// by an application take no kernel memory (the runtime never frees).
//
// A call on an object looks its handle up and then acts on the object
// outside the kernel lock (the object takes the lock itself, and may
// block). In between, a sibling thread may delete the object and free the
// slot, and any application's create may take the slot again, with the
// same kept object: the first call would then act on another
// application's object. So a call pins the slot for its thread while it
// looks the handle up (handlePin, under the lock) and unpins it when done
// (handleUnpin): a pinned slot may be freed (the object is deleted, the
// handle goes stale and the call sees a deleted object), but no create
// takes it again until every pin on it is gone.

import { APP_MAX_HANDLES, HANDLE_PINS, ISOLATED_APPS, MAX_HANDLES, MAX_THREADS } from "./config";
import { knownAligned } from "./heap-layout";
import { kernelLock, kernelUnlock } from "./lock";

/** Handle slots: MAX_HANDLES, at most the 256 a handle's slot bits name. */
// @ts-ignore: decorator
@inline export const HANDLE_SLOTS: u32 = MAX_HANDLES < 256 ? MAX_HANDLES : 256;

/** What a handle names. */
export enum Kind {
  Free = 0,
  Thread = 1,
  Semaphore = 2,
  Mutex = 3,
  Queue = 4,
  /** A device granted to the application (kernel/grants.ts). */
  Device = 5,
  Events = 6,
  /** A memory pool of numbered blocks (kernel/sys.ts "memory pools"). */
  Pool = 7,
  Stream = 8,
  Message = 9,
  QueueSet = 10,
}
/** One past the last kind: the size of the per-kind object cache. */
const KINDS: u32 = 11;

const KIND_SHIFT: u32 = 8;
/** The owner bits of a slot word: the owning application, 1 to MAX_APPS
 *  (at most 127). */
const OWNER_MASK: u32 = 0x7f;
/** Set in a slot word's owner bits while its object is being made
 *  (handleReserve, until handlePublish): the compare in handleSlot puts
 *  the caller's application there, which never has this bit, so no handle
 *  matches a slot whose object is not made yet, and a call that finds its
 *  handle's slot has a made object without asking the object. */
const RESERVED: u32 = 0x80;
const GEN_SHIFT: u32 = 12;
const GEN_MASK: u32 = 0x7ffff; // 19 bits: a handle stays a positive i32

// The tables, made by handlesInit at boot of an image with isolated
// applications (the kernel's start function, before any application
// module exists); typed non-null so the hot path has no null checks. An
// image without applications makes no system calls and never reads them.
/** Per slot, two words: the handle it answers to with the owner in the
 *  slot bits (kind << 8 | generation << 12 | owner; kind 0, which no call
 *  asks for, while free, the owner bits then keeping the last owner,
 *  handleRelease; RESERVED added while the object is made, handleReserve),
 *  so that a call's check is one compare, the slot word
 *  against its handle with the slot bits replaced by the caller; then the
 *  object (as usize) for the slot's kind. In an image with isolated
 *  applications the table is static data at a constant address: a call
 *  finds both words from the slot alone, with no table address to load
 *  first (two loads and an add fewer a call). Elsewhere (the unit tests,
 *  which use handles without applications) handlesInit makes it on the
 *  heap, and an image without applications reserves nothing. */
const STATIC_SLOTS: usize = ISOLATED_APPS ? memory.data(<i32>(HANDLE_SLOTS * 8), 8) : 0;
let heapSlots: StaticArray<u32> = changetype<StaticArray<u32>>(0);
// @ts-ignore: decorator
@inline function slotAt(slot: i32): usize {
  return (ISOLATED_APPS ? STATIC_SLOTS : changetype<usize>(heapSlots)) + (<usize>slot << 3);
}
// @ts-ignore: decorator
@inline function slotWord(slot: i32): u32 {
  return load<u32>(slotAt(slot));
}
// @ts-ignore: decorator
@inline function setSlotWord(slot: i32, word: u32): void {
  store<u32>(slotAt(slot), word);
}
// @ts-ignore: decorator
@inline function objectAt(slot: i32): usize {
  return knownAligned(load<usize>(slotAt(slot), 4));
}
// @ts-ignore: decorator
@inline function setObjectAt(slot: i32, obj: usize): void {
  store<usize>(slotAt(slot), obj, 4);
}
/** Per kind: 0 until the first object of that kind is kept, then a table
 *  of HANDLE_SLOTS words: per slot the object made for that kind in that
 *  slot, kept for reuse. Made per kind at first use, so a kind an image
 *  never makes costs one word, not a table (micro:bit's isolated images
 *  count their kernel memory to the last hundred bytes). */
let cache: StaticArray<usize> = changetype<StaticArray<usize>>(0);
/** Per thread id, one word: the slots its thread's call is using, plus
 *  one, in its two halves (0: none). A call names at most two objects (a
 *  queue set and its member); the word clears both at once. After the
 *  MAX_THREADS words, PINNED_WORDS of handleTake's scratch: one bit per
 *  slot (markPinnedSlots; in this table, not a global of its own: a
 *  global is a word of C RAM in every image, and micro:bit's isolated
 *  images have none to spare). */
let pins: StaticArray<u32> = changetype<StaticArray<u32>>(0);
const PINNED_WORDS: i32 = <i32>((HANDLE_SLOTS + 31) >> 5);
const PINNED: i32 = <i32>MAX_THREADS;
let ready: bool = false;

/** Makes the tables. Boot only (kernel/apps.ts appDefine). */
export function handlesInit(): void {
  if (ready) return;
  if (!ISOLATED_APPS) heapSlots = new StaticArray<u32>(<i32>HANDLE_SLOTS * 2);
  cache = new StaticArray<usize>(<i32>KINDS);
  pins = new StaticArray<u32>(<i32>MAX_THREADS + PINNED_WORDS);
  ready = true;
}

/** Takes a free slot for an object of `kind` owned by application `owner`
 *  (1-based, at most OWNER_MASK). Returns the slot, or -1 when every slot is
 *  taken or the owner holds APP_MAX_HANDLES already. A slot freed while a
 *  call of the owner's still pins it counts as held: a thread kept inside
 *  its call (suspended or starved while it waits) keeps the slot from
 *  every application, so it is charged to the one whose call it is. The
 *  caller then gives the slot its object (handleSetObject) and its number
 *  (handleOf). Kernel lock held: one pass over the pins and one over the
 *  slots. */
export function handleTake(kind: Kind, owner: u32): i32 {
  markPinnedSlots();
  let free: i32 = -1;
  let reuse: i32 = -1;
  let held: u32 = 0;
  for (let i = 0; i < <i32>HANDLE_SLOTS; i++) {
    const s = slotWord(i);
    // A pinned free slot keeps its last owner in the owner bits
    // (handleRelease), so both cases charge the same way.
    if (((s >>> KIND_SHIFT) & 0xf) != Kind.Free || slotMarked(i)) {
      if ((s & OWNER_MASK) == owner) held++;
      continue;
    }
    if (free >= 0 && (reuse >= 0 || cachedObject(<Kind>kind, i) == 0)) continue;
    if (free < 0) free = i;
    if (reuse < 0 && cachedObject(<Kind>kind, i) != 0) reuse = i;
  }
  if (held >= APP_MAX_HANDLES || free < 0) return -1;
  const i = reuse >= 0 ? reuse : free;
  const gen = ((slotWord(i) >>> GEN_SHIFT) + 1) & GEN_MASK;
  setSlotWord(i, (<u32>kind << KIND_SHIFT) | ((gen == 0 ? 1 : gen) << GEN_SHIFT) | owner);
  setObjectAt(i, cachedObject(kind, i));
  return i;
}

/** Sets the scratch bit (pins[PINNED ..]) of every slot a thread's call pins, clearing the
 *  rest: one pass over the threads, so a create's scan costs slots plus
 *  threads, not their product, with interrupts masked. Kernel lock held. */
function markPinnedSlots(): void {
  for (let w = 0; w < PINNED_WORDS; w++) unchecked((pins[PINNED + w] = 0));
  if (!HANDLE_PINS) return; // tests/isolation-race-unpinned only
  for (let i = 0; i < <i32>MAX_THREADS; i++) {
    const w = unchecked(pins[i]);
    if (w == 0) continue;
    markSlot(w & 0xffff);
    markSlot(w >>> 16);
  }
}

/** Marks the slot a pin half names (slot + 1; 0: none). */
// @ts-ignore: decorator
@inline function markSlot(mark: u32): void {
  if (mark == 0) return;
  const slot = mark - 1;
  unchecked((pins[PINNED + <i32>(slot >>> 5)] |= 1 << (slot & 31)));
}

/** Whether markPinnedSlots found `slot` pinned. */
// @ts-ignore: decorator
@inline function slotMarked(slot: i32): bool {
  return (unchecked(pins[PINNED + (slot >>> 5)]) & (1 << (<u32>slot & 31))) != 0;
}

/** The object a live handle `h` of `kind` owned by `owner` names, with its
 *  slot pinned for thread id `tid` as pin `way` (0 or 1) until
 *  handleUnpin; 0 (nothing pinned) if the handle is not live. The lookup
 *  and the pin are one step under the kernel lock, so no delete and
 *  create can come between them. Any context. */
// @ts-ignore: decorator
@inline export function handlePin(h: i32, kind: Kind, owner: u32, tid: u32, way: u32): usize {
  const s = kernelLock();
  const slot = handleSlot(h, kind, owner);
  let obj: usize = 0;
  if (slot >= 0) {
    store<u16>(changetype<usize>(pins) + (<usize>tid << 2) + (<usize>way << 1), <u16>(slot + 1));
    obj = objectAt(slot);
  }
  kernelUnlock(s);
  return obj;
}

/** Drops thread id `tid`'s pins: its call is done with its objects. Only
 *  in an image with isolated applications, after a call pinned (the
 *  tables exist). Any context. */
// @ts-ignore: decorator
@inline export function handleUnpin(tid: u32): void {
  unchecked((pins[<i32>tid] = 0));
}

/** As handleUnpin, for a thread that ended (perhaps inside a call); does
 *  nothing before the tables exist. Kernel lock held. */
export function handleUnpinEnded(tid: u32): void {
  if (ready) handleUnpin(tid);
}

/** The object kept for `kind` in `slot`, or 0. Any context. */
export function cachedObject(kind: Kind, slot: i32): usize {
  const table = unchecked(cache[<i32>kind]);
  return table == 0 ? 0 : load<usize>(table + (<usize>slot << 2));
}

/** Gives `slot` its object, and keeps it for the slot's later uses by the
 *  same kind. Any context. */
export function handleSetObject(slot: i32, obj: usize): void {
  const kind = (slotWord(slot) >>> KIND_SHIFT) & 0xf;
  setObjectAt(slot, obj);
  let table = unchecked(cache[<i32>kind]);
  if (table == 0) {
    table = changetype<usize>(new StaticArray<usize>(<i32>HANDLE_SLOTS));
    unchecked((cache[<i32>kind] = table));
  }
  store<usize>(table + (<usize>slot << 2), obj);
}

/** Gives `slot` an object that is not the slot's to keep (an
 *  application's main thread, which the application's record owns; a
 *  granted device). Any context. */
export function handleLendObject(slot: i32, obj: usize): void {
  setObjectAt(slot, obj);
}

/** Keeps a taken slot from answering to its handle while its object is
 *  made outside the kernel lock: until handlePublish, every lookup of the
 *  handle fails as for a stale one. The slot stays its owner's (it counts
 *  to APP_MAX_HANDLES, and the owner's end frees it). Kernel lock held. */
export function handleReserve(slot: i32): void {
  setSlotWord(slot, slotWord(slot) | RESERVED);
}

/** Lets a reserved slot answer to its handle: its object is made. Kernel
 *  lock held. */
export function handlePublish(slot: i32): void {
  setSlotWord(slot, slotWord(slot) & ~RESERVED);
}

/** The handle number of a taken slot. Any context. */
export function handleOf(slot: i32): i32 {
  return <i32>((slotWord(slot) & ~0xff) | <u32>slot);
}

/** The handle of the slot of `owner`'s whose object is `obj` (a queue or
 *  semaphore a queue set answered with), or 0 if it has none now (deleted
 *  meanwhile). A walk of the table: select's answer only. Any context. */
export function handleOfObject(obj: usize, owner: u32): i32 {
  for (let i = 0; i < <i32>HANDLE_SLOTS; i++) {
    if (slotOwner(i) == owner && objectAt(i) == obj) return handleOf(i);
  }
  return 0;
}

/** The object a handle names, if the handle is live, of `kind` and owned
 *  by `owner`; else 0 (the caller answers Err.Invalid). The system calls'
 *  hot path. Any context. */
// @ts-ignore: decorator
@inline export function handleObject(h: i32, kind: Kind, owner: u32): usize {
  const slot = handleSlot(h, kind, owner);
  return slot < 0 ? 0 : objectAt(slot);
}

/** The slot of a live handle of `kind` owned by `owner`, or -1: the
 *  handle's slot is in the table, its kind is `kind`, and the slot's word
 *  is the handle with the owner in place of the slot (kind, generation,
 *  owner in one compare; a negative handle never matches, as no slot word
 *  has bit 31). Any context. */
// @ts-ignore: decorator
@inline export function handleSlot(h: i32, kind: Kind, owner: u32): i32 {
  if ((HANDLE_SLOTS & (HANDLE_SLOTS - 1)) == 0) {
    // A power of two (the default 32): the slot's range and the kind in one
    // test, the slot bits at or above HANDLE_SLOTS zero and the kind bits
    // equal (two tests took 5 instructions more a call on Cortex-M3).
    const slot = <u32>h & 0xff;
    if ((<u32>h & (0xf00 | (0xff & ~(HANDLE_SLOTS - 1)))) != <u32>kind << KIND_SHIFT) return -1;
    return slotWord(slot) == ((<u32>h & ~0xff) | owner) ? <i32>slot : -1;
  }
  // Any other count (micro:bit's 12): the kind bits and the slot less the
  // kind's are the slot if the kind matches, 256 or more (or wrapped) if
  // not, so one unsigned compare tests both (the two tests and the masks
  // took 4 instructions more a call on the Cortex-M0, which has no AND
  // with an immediate).
  const slot = (<u32>h & 0xfff) - (<u32>kind << KIND_SHIFT);
  if (slot >= HANDLE_SLOTS) return -1;
  return slotWord(slot) == ((<u32>h - slot) | owner) ? <i32>slot : -1;
}

/** Frees a slot: its handle goes stale (the generation stays, so the next
 *  taker's handle differs; the owner bits stay too, for handleTake to
 *  charge a slot still pinned to its owner: with kind Free no handle
 *  matches the word). Any context. */
export function handleRelease(slot: i32): void {
  setSlotWord(slot, slotWord(slot) & ((GEN_MASK << GEN_SHIFT) | OWNER_MASK));
  setObjectAt(slot, 0);
}

/** The kind of a slot (Kind.Free if not taken). Any context. */
export function slotKind(slot: i32): Kind {
  return <Kind>((slotWord(slot) >>> KIND_SHIFT) & 0xf);
}

/** The owner of a taken slot (0 if free). Any context. */
export function slotOwner(slot: i32): u32 {
  const s = slotWord(slot);
  return ((s >>> KIND_SHIFT) & 0xf) == Kind.Free ? 0 : s & OWNER_MASK;
}

/** The object of a taken slot. Any context. Inline: one load, on every
 *  system call's short path (micro:bit's flags keep GCC from inlining
 *  small functions, where the call cost more than the load). */
// @ts-ignore: decorator
@inline export function slotObject(slot: i32): usize {
  return objectAt(slot);
}

/** Frees `slot` if it still names `obj` (a thread reclaimed after its
 *  slot was freed and taken again keeps the new taker's). Kernel lock held. */
export function handleReleaseIf(slot: i32, obj: usize): void {
  if (ready && objectAt(slot) == obj) handleRelease(slot);
}
