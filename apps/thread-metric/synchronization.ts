// Thread-Metric synchronization processing
// (tm_synchronization_processing_test.c): one thread at priority 10 loops
// { take a semaphore (count 1); give it back; counter++ }, checking both
// calls succeed. An iteration is one take and one give.

import { Err, errName, FOREVER, Semaphore } from "../../kernel/ivt";
import { TmTest } from "./harness";

const sem = new Semaphore();
let counter: u32 = 0;
let test: Synchronization | null = null;

function entry(arg: u32): void {
  while (true) {
    let e = sem.take(FOREVER);
    if (e != Err.Ok) return test!.fail("take: " + errName(e));
    e = sem.give();
    if (e != Err.Ok) return test!.fail("give: " + errName(e));
    counter++;
  }
}

export class Synchronization extends TmTest {
  constructor() {
    super("synchronization");
  }
  start(): void {
    test = this;
    const e = sem.create(1, 1);
    if (e != Err.Ok) return this.fail("semaphore create: " + errName(e));
    this.spawn(entry, 0, 10);
  }
  iterations(): u32 {
    return counter;
  }
}
