// The smallest useful image: main and one more thread, handing a semaphore
// back and forth ten times. `make bench` reports its size.

import { FOREVER, Semaphore, Thread, threadCreate } from "../../kernel/ivt";

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
  threadCreate(other, "other", otherMain, 0, 10, 768);
  for (let i = 0; i < 10; i++) {
    go.give();
    done.take(FOREVER);
  }
  return 0;
}
