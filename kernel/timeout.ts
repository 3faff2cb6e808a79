// The timeout list: blocked threads with a deadline, in deadline order, so
// the tick looks only at the head. Deadlines are tick counts compared with
// wrap-safe differences (timeouts must stay under 2^31 ticks).
//
// A wait of n ticks gets the deadline now + n + 1: the current tick period
// is already partly gone, so waking at now + n could be up to one period
// early. With the +1 it is never early and at most one period late.

import { Thread } from "./tcb";
import { alignedObject } from "./heap-layout";
import { tickNow } from "./ticks";
import { assertLocked } from "./lock";

let head: Thread | null = null;

/** The deadline of a wait of `timeout` full tick periods starting now. Any context. */
export function deadlineAfter(timeout: u32): u32 {
  return tickNow() + timeout + 1;
}

/** Puts `sleeper` on the list, due at tick `deadline`. Lock held. */
export function timeoutAddLocked(sleeper: Thread, deadline: u32): void {
  assertLocked();
  const t = alignedObject(sleeper);
  t.deadline = deadline;
  t.timed = true;
  let p = head;
  if (p === null || <i32>(t.deadline - p.deadline) < 0) {
    t.tnext = p;
    t.tprev = null;
    if (p !== null) p.tprev = t;
    head = t;
    return;
  }
  while (p.tnext !== null && <i32>(p.tnext!.deadline - t.deadline) <= 0) p = p.tnext!;
  t.tnext = p.tnext;
  t.tprev = p;
  if (p.tnext !== null) p.tnext!.tprev = t;
  p.tnext = t;
}

/** Takes `sleeper` off the list. Lock held. */
export function timeoutRemoveLocked(sleeper: Thread): void {
  assertLocked();
  const t = alignedObject(sleeper);
  if (t.tprev !== null) t.tprev!.tnext = t.tnext;
  else head = t.tnext;
  if (t.tnext !== null) t.tnext!.tprev = t.tprev;
  t.tnext = null;
  t.tprev = null;
  t.timed = false;
}

/** The first thread whose deadline has come at tick `now`, or null. Lock held. */
export function timeoutDueLocked(now: u32): Thread | null {
  assertLocked();
  const h = head;
  return h !== null && <i32>(now - h.deadline) >= 0 ? h : null;
}
