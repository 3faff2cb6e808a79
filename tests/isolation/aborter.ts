// The isolation test's third application, "aborter" (restart once): a
// thread less urgent than the kernel's supervisor fails an assertion. The
// abort must end the application alone, and its restart must not resume
// the aborting thread in the fresh module (it is made only once that
// thread has ended).

import { Err, FOREVER, MIN_STACK_BYTES, Thread, kputln, threadCreate, threadSleep } from "ivt-user";

const worker = new Thread();

function fail(arg: u32): void {
  threadSleep(3);
  assert(arg == 0, "aborter: on purpose");
}

export function main(): i32 {
  kputln("aborter: start");
  if (threadCreate(worker, "asserter", fail, 1, 20, MIN_STACK_BYTES) != Err.Ok) return 1;
  threadSleep(FOREVER);
  return 0;
}
