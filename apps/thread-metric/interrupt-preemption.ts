// Thread-Metric interrupt preemption processing
// (tm_interrupt_preemption_processing_test.c): thread 1 at priority 10
// loops { pend the interrupt; counter1++ }; the handler counts and resumes
// thread 0 (priority 3, created suspended), which preempts thread 1 as the
// interrupt returns, counts and suspends itself. An iteration is one
// interrupt (the handler's counter); the three counters must stay within 1
// of their average.

import {
  Err, errName, IrqHandler, irqPend, IrqReturn, threadResume, threadSuspend,
} from "../../kernel/ivt";
import { TEST_THREADS, TmTest, withinOneOfAverage } from "./harness";

const counters = new StaticArray<u32>(3); // [thread 0, thread 1, handler]
const thread0 = TEST_THREADS[0];
let vector: u32 = 0;
let test: InterruptPreemption | null = null;

class Handler extends IrqHandler {
  top(v: u32): IrqReturn {
    unchecked(counters[2]++);
    const e = threadResume(thread0);
    if (e != Err.Ok) test!.fail("resume from the handler: " + errName(e));
    return IrqReturn.Handled;
  }
}
const handler = new Handler();

function entry0(arg: u32): void {
  while (true) {
    unchecked(counters[0]++);
    threadSuspend(thread0);
  }
}

function entry1(arg: u32): void {
  while (true) {
    irqPend(vector);
    unchecked(counters[1]++);
  }
}

export class InterruptPreemption extends TmTest {
  constructor() {
    super("interrupt_preemption");
  }
  start(): void {
    test = this;
    vector = this.spareLine(handler);
    if (this.broken !== null) return;
    this.spawn(entry0, 0, 3);
    threadSuspend(thread0);
    this.spawn(entry1, 0, 10);
  }
  iterations(): u32 {
    return counters[2];
  }
  check(): string | null {
    return withinOneOfAverage(counters) ? null : "the two threads' and the handler's counters are not within 1 of their average";
  }
}
