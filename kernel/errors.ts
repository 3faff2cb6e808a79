// Errors returned by every kernel call that can fail. Zero is success, so
// `if (err != Err.Ok)` reads the same everywhere; never an out-parameter.

import { textSlice, wordSpan, writeWord } from "./format";

export enum Err {
  /** The call did what it said. */
  Ok = 0,
  /** An argument is out of range or names nothing (bad vector, null handler). */
  Invalid = 1,
  /** The call may block or change shared structure and was made from an
   *  interrupt handler. */
  InInterrupt = 2,
  /** The object is already registered (the same handler twice). */
  Exists = 3,
  /** The object to remove or act on is not registered. */
  NotFound = 4,
  /** The resource is held in a way that excludes this use (a shared
   *  request on an exclusive line, or the reverse). */
  Busy = 5,
  /** A fixed-size pool or table is full. */
  NoSpace = 6,
  /** The operation is not provided by this device or board. */
  Unsupported = 7,
  /** A wait ended because its timeout expired. */
  Timeout = 8,
  /** The call would have to wait and was asked not to (timeout 0). */
  WouldBlock = 9,
  /** The object was deleted while the caller waited on it. */
  Deleted = 10,
  /** Only the owner may do this (unlocking a mutex another thread holds). */
  NotOwner = 11,
  /** The mutex is now the caller's, but its previous owner died holding it:
   *  what it protects may be inconsistent. */
  OwnerDied = 12,
  /** A count would pass its maximum (giving a full semaphore). */
  Overflow = 13,
  /** A blocking call made with interrupts masked: it could never be woken. */
  Masked = 14,
  /** A blocking call made outside any thread (during boot, before the
   *  scheduler runs). */
  NoThread = 15,
  /** Waiting would close a cycle of threads each waiting for a mutex the
   *  next one holds: none of them could ever run again. */
  Deadlock = 16,
  /** The AssemblyScript heap (module memory) has no room for an object. */
  NoMemory = 17,
  /** A periodic wait's wake tick had already passed: the period overran
   *  (threadSleepUntil did not sleep). */
  Missed = 18,
  /** The wait was ended by another thread or a handler (threadAbortWait). */
  Aborted = 19,
}

/** The names of Err's values, in order: one string (format.ts wordSpan).
 *  The build stores it one byte per character, since only functions that
 *  take 8-bit text use it (tools/ivt/text8-transform.js): errName makes
 *  its string with textSlice. */
const ERR_NAMES =
  "ok invalid in-interrupt exists not-found busy no-space unsupported timeout would-block deleted not-owner owner-died overflow masked no-thread deadlock no-memory missed aborted";

/** Writes errName(e) to `sink` without making a string (a report that must
 *  not allocate). Any context. */
export function writeErrName(sink: (c: u32) => void, e: Err): void {
  writeWord(sink, ERR_NAMES, <u32>e, "unknown");
}

/** Returns a short, stable name for an error, for reports and tests. Any
 *  context, but it allocates the string: not in an interrupt handler. */
export function errName(e: Err): string {
  const span = wordSpan(ERR_NAMES, <u32>e);
  return span < 0 ? "unknown" : textSlice(ERR_NAMES, span >>> 16, span & 0xffff);
}
