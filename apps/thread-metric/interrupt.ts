// Thread-Metric interrupt processing (tm_interrupt_processing_test.c): a
// thread at priority 10 takes a semaphore (initially 1), then loops { pend
// the interrupt; take the semaphore; counter++ }, and the interrupt handler
// counts and gives the semaphore. The interrupt is a spare line of the
// board (boardSpareVector), pended from the thread as the published ports
// pend an NVIC line. An iteration is one interrupt (the handler's
// counter); the thread's and the handler's counters must stay within 1.

import {
  Err, errName, FOREVER, IrqHandler, irqPend, IrqReturn, Semaphore,
} from "../../kernel/ivt";
import { TmTest, withinOneOfAverage } from "./harness";

const counters = new StaticArray<u32>(2); // [thread, handler]
const sem = new Semaphore();
let vector: u32 = 0;
let test: Interrupt | null = null;

class Handler extends IrqHandler {
  top(v: u32): IrqReturn {
    unchecked(counters[1]++);
    const e = sem.give();
    if (e != Err.Ok) test!.fail("give from the handler: " + errName(e));
    return IrqReturn.Handled;
  }
}
const handler = new Handler();

function entry(arg: u32): void {
  if (sem.take(FOREVER) != Err.Ok) return test!.fail("first take");
  while (true) {
    irqPend(vector);
    const e = sem.take(FOREVER);
    if (e != Err.Ok) return test!.fail("take: " + errName(e));
    unchecked(counters[0]++);
  }
}

export class Interrupt extends TmTest {
  constructor() {
    super("interrupt");
  }
  start(): void {
    test = this;
    if (sem.create(1, 1) != Err.Ok) return this.fail("semaphore create");
    vector = this.spareLine(handler);
    if (this.broken !== null) return;
    this.spawn(entry, 0, 10);
  }
  iterations(): u32 {
    return counters[1];
  }
  check(): string | null {
    return withinOneOfAverage(counters) ? null : "the thread's and the handler's counters differ by more than 1";
  }
}
