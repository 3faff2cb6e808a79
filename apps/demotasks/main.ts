// Demo tasks in the style of FreeRTOS's Demo/Common set, all in one image
// on every board (microbit's 16 KiB included), as a new user's first
// multi-task program would be: five threads at one priority sharing the
// CPU by time slicing, beside main.
//
//   "blockq-tx" / "blockq-rx"  a blocking queue of 2: the sender counts up,
//                              the receiver must see 0, 1, 2, ... (BlockQ.c)
//   "pollq"                    sends and receives on its own queue without
//                              blocking, then sleeps a tick (PollQ.c)
//   "sem-a" / "sem-b"          take a binary semaphore and a mutex, update a
//                              shared count in two steps with a yield
//                              between, give both back (semtest.c)
//
// After RUN_TICKS main checks that every task made progress and none saw an
// error, prints one line and exits 0 (1 on any failure).

import {
  Err, FOREVER, kputln, kputs, kputu, MIN_STACK_BYTES, Mutex, Queue, Semaphore, Thread, threadCreate, threadSleep,
  threadYield,
} from "../../kernel/ivt";

const RUN_TICKS: u32 = 300;
/** Every task's priority: equal, so time slicing shares the CPU. */
const PRIORITY: u32 = 20;
/** Every task's stack: the board's smallest (FreeRTOS's demos give theirs
 *  configMINIMAL_STACK_SIZE), which is sized for a thread making ordinary
 *  calls like these (kernel/config.ts MIN_STACK_BYTES): 512 bytes by
 *  default, 768 on mcf5208evb, 448 on microbit. */
const STACK: u32 = MIN_STACK_BYTES;

const blockq = new Queue();
const pollq = new Queue();
const sem = new Semaphore();
const mutex = new Mutex();
const threads = [new Thread(), new Thread(), new Thread(), new Thread(), new Thread()];

let sent: u32 = 0;
let received: u32 = 0;
let polled: u32 = 0;
let shared: u32 = 0;
let rounds: StaticArray<u32> = new StaticArray<u32>(2);
let errors: u32 = 0;

function blockqSender(arg: u32): void {
  for (;;) {
    if (blockq.sendValue<u32>(sent, FOREVER) == Err.Ok) sent++;
    else errors++;
  }
}

function blockqReceiver(arg: u32): void {
  const item = memory.data(4);
  for (;;) {
    if (blockq.receive(item, FOREVER) != Err.Ok || load<u32>(item) != received) errors++;
    received++;
  }
}

function pollqTask(arg: u32): void {
  const item = memory.data(4);
  for (let n: u32 = 0; ; n++) {
    if (pollq.sendValue<u32>(n, 0) != Err.Ok) errors++;
    if (pollq.receive(item, 0) != Err.Ok || load<u32>(item) != n) errors++;
    polled++;
    threadSleep(1);
  }
}

function semTask(which: u32): void {
  for (;;) {
    if (sem.take(FOREVER) != Err.Ok || mutex.lock(FOREVER) != Err.Ok) errors++;
    const before = shared;
    threadYield(); // the other task must not get in: it waits on the semaphore
    shared = before + 1;
    rounds[which]++;
    if (mutex.unlock() != Err.Ok || sem.give() != Err.Ok) errors++;
    threadYield();
  }
}

/** Creates the five tasks. Returns the first error. */
function start(): Err {
  let e = blockq.create(4, 2);
  if (e == Err.Ok) e = pollq.create(4, 1);
  if (e == Err.Ok) e = sem.create(1, 1);
  if (e == Err.Ok) e = mutex.create();
  if (e == Err.Ok) e = threadCreate(threads[0], "blockq-tx", blockqSender, 0, PRIORITY, STACK);
  if (e == Err.Ok) e = threadCreate(threads[1], "blockq-rx", blockqReceiver, 0, PRIORITY, STACK);
  if (e == Err.Ok) e = threadCreate(threads[2], "pollq", pollqTask, 0, PRIORITY, STACK);
  if (e == Err.Ok) e = threadCreate(threads[3], "sem-a", semTask, 0, PRIORITY, STACK);
  if (e == Err.Ok) e = threadCreate(threads[4], "sem-b", semTask, 1, PRIORITY, STACK);
  return e;
}

export function main(): i32 {
  const e = start();
  if (e != Err.Ok) {
    kputs("demotasks: cannot start: error ");
    kputu(<u32>e);
    kputln("");
    return 1;
  }
  threadSleep(RUN_TICKS);
  // Hold the semaphore while reading: a sem task updates the count and its
  // rounds inside it, and main (more urgent) may have woken between the two.
  if (sem.take(FOREVER) != Err.Ok) errors++;
  kputs("demotasks: blockq ");
  kputu(received);
  kputs(", pollq ");
  kputu(polled);
  kputs(", sem ");
  kputu(rounds[0]);
  kputs("+");
  kputu(rounds[1]);
  kputs(", errors ");
  kputu(errors);
  kputln("");
  const lost = shared != rounds[0] + rounds[1];
  if (lost) kputln("demotasks: the shared count lost updates");
  const ok = errors == 0 && !lost && received > 0 && polled > 0 && rounds[0] > 0 && rounds[1] > 0;
  kputln(ok ? "demotasks: ok" : "demotasks: FAILED");
  return ok ? 0 : 1;
}
