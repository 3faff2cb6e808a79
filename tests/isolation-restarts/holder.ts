// tests/isolation-restarts' "holder" (restart once): its main holds a
// mutex that a thread of it waits for, another thread waits on a queue,
// and a third traps. The whole application ends: no waiter may run on
// after the fault (it would print "woke"), the fault's report counts all
// four threads and both objects, and the same happens after the restart.

import { Err, FOREVER, Mutex, Queue, Thread, kputln, threadCreate, threadSleep } from "ivt-user";
import { MIN_STACK_BYTES } from "ivt-user";

const m = new Mutex();
const q = new Queue();
const a = new Thread();
const b = new Thread();
const c = new Thread();
const item = memory.data(8);

function lockIt(arg: u32): void {
  const e = m.lock(FOREVER);
  kputln("holder: FAILED: mutex waiter woke, " + e.toString());
}

function receive(arg: u32): void {
  const e = q.receive(item, FOREVER);
  kputln("holder: FAILED: queue waiter woke, " + e.toString());
}

function trap(arg: u32): void {
  threadSleep(5);
  unreachable();
}

export function main(): i32 {
  kputln("holder: start");
  const r = setUp();
  if (r != 0) kputln("holder: FAILED: set-up step " + r.toString());
  threadSleep(FOREVER);
  kputln("holder: FAILED: main woke");
  return 0;
}

function setUp(): i32 {
  if (m.create() != Err.Ok || m.lock(FOREVER) != Err.Ok) return 1;
  if (q.create(8, 1) != Err.Ok) return 2;
  if (threadCreate(a, "locker", lockIt, 0, 12, MIN_STACK_BYTES) != Err.Ok) return 3;
  if (threadCreate(b, "receiver", receive, 0, 12, MIN_STACK_BYTES) != Err.Ok) return 4;
  if (threadCreate(c, "trapper", trap, 0, 14, MIN_STACK_BYTES) != Err.Ok) return 5;
  return 0;
}
