// tests/isolation-objects' second application, "leaker" (restart: 3, so
// four runs): each run makes a stream buffer of a quarter of the kernel
// heap, a message buffer, a pool and a queue set holding a queue, then
// traps holding them. Were their
// kernel storage not given back when the application ends, the fourth
// run would find no room (four quarters and the rest), and the owner's
// check after the four runs (a stream of three quarters) would fail too.

import { Err, errName, KERNEL_HEAP_BYTES, kputln, kputs, MessageBuffer, Pool, Queue, QueueSet, StreamBuffer } from "ivt-user";

const stream = new StreamBuffer();
const message = new MessageBuffer();
const pool = new Pool();
const blocks = memory.data(16, 4);
const set = new QueueSet();
const member = new Queue();

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
  const d = made("queue set", set.create(2)) && made("its queue", member.create(4, 2)) && made("the queue in the set", set.add(member));
  if (a && b && c && d) kputln("leaker: made a stream buffer, a message buffer, a pool and a queue set with a queue");
  // Ends holding all three: an access past the end of its memory.
  return <i32>load<u32>(0xfffffff0);
}
