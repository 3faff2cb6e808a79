// The smallest useful image: main and one more thread, handing a semaphore
// back and forth ten times. `make bench` reports its size.

import { Err, FOREVER, Semaphore, Thread, threadCreate } from "../../kernel/ivt";

const other = new Thread();
const go = new Semaphore();
const done = new Semaphore();

function otherMain(arg: u32): void {
  for (;;) {
    go.take(FOREVER);
    done.give();
  }
}

export function main(): i32 {
  go.create(0, 1);
  done.create(0, 1);
  // Not made (the stack arena too small for it): fail, rather than wait
  // for a thread that does not exist.
  if (threadCreate(other, "other", otherMain, 0, 10, 768) != Err.Ok) return 1;
  for (let i = 0; i < 10; i++) {
    go.give();
    done.take(FOREVER);
  }
  return 0;
}
