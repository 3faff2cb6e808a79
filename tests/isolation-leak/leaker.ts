// tests/isolation-leak's second application, "leaker" (restart: 3, so
// four runs): each run makes a stream buffer of a quarter of the kernel
// heap, a message buffer, a pool and a queue set holding a semaphore,
// then traps holding them. Were their kernel storage not given back when
// the application ends, the fourth run would find no room (four quarters
// and the rest), and the watcher's stream of three quarters would never
// fit.

import { Err, errName, KERNEL_HEAP_BYTES, kputln, kputs, MessageBuffer, Pool, QueueSet, Semaphore, StreamBuffer } from "ivt-user";

const stream = new StreamBuffer();
const message = new MessageBuffer();
const pool = new Pool();
const blocks = memory.data(16, 4);
const set = new QueueSet();
const member = new Semaphore();

/** Prints `what`'s error unless it is Ok; returns whether it is. */
function made(what: string, e: Err): bool {
  if (e == Err.Ok) return true;
  kputs("leaker: FAILED: ");
  kputs(what);
  kputs(": ");
  kputln(errName(e));
  return false;
}

export function main(): i32 {
  const a = made("stream buffer", stream.create(KERNEL_HEAP_BYTES / 4, 1));
  const b = made("message buffer", message.create(8));
  const c = made("pool", pool.create(blocks, 8, 2));
  // The set and its semaphore not on micro:bit (a kernel heap of 256
  // bytes): its kernel memory holds no more kept objects beside the
  // others; tests/isolation-objects-small makes sets there.
  const d = KERNEL_HEAP_BYTES < 512 ||
    (made("queue set", set.create(1)) && made("its semaphore", member.create(0, 1)) && made("the semaphore in the set", set.add(member)));
  if (a && b && c && d) kputln("leaker: made its objects");
  // Ends holding all three: an access past the end of its memory.
  return <i32>load<u32>(0xfffffff0);
}
