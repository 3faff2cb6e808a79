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
  }
  return "unknown";
}
