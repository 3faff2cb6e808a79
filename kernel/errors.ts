// Errors returned by every kernel call that can fail. Zero is success, so
// `if (err != Err.Ok)` reads the same everywhere; never an out-parameter.

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
}

/** Returns a short, stable name for an error, for reports and tests. Any context. */
export function errName(e: Err): string {
  switch (e) {
    case Err.Ok: return "ok";
    case Err.Invalid: return "invalid";
    case Err.InInterrupt: return "in-interrupt";
    case Err.Exists: return "exists";
    case Err.NotFound: return "not-found";
    case Err.Busy: return "busy";
    case Err.NoSpace: return "no-space";
    case Err.Unsupported: return "unsupported";
    case Err.Timeout: return "timeout";
    case Err.WouldBlock: return "would-block";
    case Err.Deleted: return "deleted";
    case Err.NotOwner: return "not-owner";
    case Err.OwnerDied: return "owner-died";
    case Err.Overflow: return "overflow";
    case Err.Masked: return "masked";
    case Err.NoThread: return "no-thread";
  }
  return "unknown";
}
