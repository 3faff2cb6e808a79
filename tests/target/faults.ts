// Fault injection (sim only): the sim's fault device makes the interrupt
// controller misbehave, and each test shows the kernel survives, reports
// it, and loses no deferred work.

import * as cfg from "ivt-board/config";
import { test, check, checkEq, finish } from "./harness";
import { spare } from "./irqutil";
import {
  DeviceRegs,
  deferCall, Err, IrqFlags, irqFree, IrqHandler, irqPend, irqRearm, irqRequest, IrqReturn,
  irqSetPriority, irqStormed, moduleMemoryBytes, SoftTimer, threadSleep, TimerCallback, Work,
} from "../../kernel/ivt";
// Internals test: reads per-vector descriptors and the spurious and
// lost-EOI counters of kernel/irq.ts.
import { irqDesc, irqLostEoiCount, irqSpuriousCount } from "../../kernel/irq";
import { SimFaults } from "../../drivers/sim-faults";
// And the bugcheck record a storm leaves (kernel/bugcheck.ts).
import { W_ARGS, W_CODE, W_FLAGS } from "../../kernel/bugcheck";
import { crashClear, crashWord } from "../../kernel/ivt";

const faults = new SimFaults(new DeviceRegs(cfg.FAULTS_BASE, cfg.FAULTS_SIZE), cfg.IRQ_FIRST_VECTOR);

function lineOf(vector: u32): u32 {
  return vector - cfg.IRQ_FIRST_VECTOR;
}

class Counter extends IrqHandler {
  calls: u32 = 0;
  constructor(public reply: IrqReturn) {
    super();
  }
  top(vector: u32): IrqReturn {
    this.calls++;
    return this.reply;
  }
}

// Work that must not be lost while a storm rages elsewhere.
let queuedEvents: u32 = 0;
let seenEvents: u32 = 0;
class Collect extends Work {
  run(): void {
    seenEvents = queuedEvents;
  }
}
const collect = new Collect();
class Every extends TimerCallback {
  fire(timer: SoftTimer): void {
    queuedEvents++;
    deferCall(collect);
  }
}

class DyingBottom extends IrqHandler {
  top(vector: u32): IrqReturn {
    return IrqReturn.WakeThread;
  }
  bottom(vector: u32): void {
    load<u32>(moduleMemoryBytes() + 4); // traps
  }
}

/** A bottom half that is still asleep when irqFree comes, and then traps. */
class SlowDyingBottom extends IrqHandler {
  top(vector: u32): IrqReturn {
    return IrqReturn.WakeThread;
  }
  bottom(vector: u32): void {
    threadSleep(3);
    load<u32>(moduleMemoryBytes() + 4); // traps
  }
}

export function main(): i32 {
  test("faults: spurious vectors are counted and reported once each", () => {
    const before = irqSpuriousCount();
    for (let i = 0; i < 5; i++) faults.spurious(200);
    faults.spurious(201);
    threadSleep(1);
    checkEq(irqSpuriousCount() - before, 6, "six spurious interrupts counted");
  });

  test("faults: a lost end of interrupt is found by the idle thread and given again", () => {
    const v = spare(0);
    const h = new Counter(IrqReturn.Handled);
    checkEq(irqSetPriority(v, 5), Err.Ok, "priority below the tick's");
    checkEq(irqRequest(v, h), Err.Ok, "request");
    faults.dropAcks(1);
    const lost = irqLostEoiCount();
    irqPend(v);
    threadSleep(1);
    checkEq(h.calls, 1, "first interrupt handled (its ACK lost)");
    irqPend(v);
    threadSleep(3);
    checkEq(irqLostEoiCount() - lost, 1, "the lost EOI was found");
    checkEq(h.calls, 2, "the line works again");
    checkEq(irqFree(v, h), Err.Ok, "free");
  });

  test("faults: a level line its handler never quiets is stopped as a storm", () => {
    const v = spare(1);
    const h = new Counter(IrqReturn.Handled); // claims it, never clears the device
    h.name = "faults-level";
    checkEq(irqRequest(v, h), Err.Ok, "request");
    crashClear();
    faults.levelHold(lineOf(v));
    threadSleep(2);
    check(irqStormed(v), "line disabled by the storm rule");
    checkEq(crashWord(W_CODE), 0x107, "recorded: INTERRUPT_STORM");
    checkEq(crashWord(W_ARGS), v, "its vector");
    check(crashWord(W_ARGS + 2) == 2 || crashWord(W_ARGS + 2) == 3, "its rule: never quieted, or a burst between two ticks");
    checkEq(crashWord(W_ARGS + 3), <u32>changetype<usize>(h.name), "the handler's name, for the bucket");
    checkEq(crashWord(W_FLAGS), 0, "contained: the line is disabled, the system goes on");
    check(h.calls > 1000, "it was a storm: over a thousand interrupts");
    faults.levelRelease(lineOf(v));
    checkEq(irqRearm(v), Err.Ok, "re-arm once the device is quiet");
    const calls = h.calls;
    irqPend(v);
    threadSleep(1);
    checkEq(h.calls, calls + 1, "the line works again");
    checkEq(irqRearm(v), Err.NotFound, "re-arm of a healthy line");
    checkEq(irqFree(v, h), Err.Ok, "free");
  });

  test("faults: a storm nobody claims is disabled (nobody cared); other deferred work goes on", () => {
    const v = spare(2);
    const h = new Counter(IrqReturn.None);
    checkEq(irqRequest(v, h), Err.Ok, "request");
    crashClear();
    const timer = new SoftTimer();
    const every = new Every();
    queuedEvents = 0;
    seenEvents = 0;
    checkEq(timer.create(every, 10, true), Err.Ok, "periodic timer");
    timer.start();
    faults.storm(lineOf(v), 2000);
    let waited: u32 = 0;
    while (!irqStormed(v) && waited < 5000) {
      threadSleep(50);
      waited += 50;
    }
    faults.stormStop();
    check(irqStormed(v), "line disabled");
    checkEq(crashWord(W_CODE), 0x107, "recorded: INTERRUPT_STORM");
    checkEq(crashWord(W_ARGS), v, "its vector");
    checkEq(crashWord(W_ARGS + 2), 1, "its rule: nobody cared");
    checkEq(crashWord(W_ARGS + 3), 0, "no handler on the line has a name");
    const d = irqDesc(v)!;
    check(d.unhandled >= 99900, "nearly every interrupt unclaimed");
    threadSleep(30);
    timer.stop();
    threadSleep(2);
    check(queuedEvents > 100, "the timer kept firing through the storm");
    checkEq(seenEvents, queuedEvents, "deferred work saw every event");
    checkEq(irqFree(v, h), Err.Ok, "free");
  });

  test("faults: a bottom half that traps ends its thread; its line is disabled and reported", () => {
    const v = spare(3);
    const h = new DyingBottom();
    checkEq(irqRequest(v, h, IrqFlags.Threaded), Err.Ok, "request");
    irqPend(v);
    threadSleep(2);
    check(irqStormed(v), "line disabled after its bottom half died");
    checkEq(irqFree(v, h), Err.Ok, "free after the death");
    const again = new Counter(IrqReturn.Handled);
    checkEq(irqRequest(v, again), Err.Ok, "the vector can be used again");
    check(!irqStormed(v), "a new first handler starts the line afresh (Linux's request_irq)");
    checkEq(irqRearm(v), Err.NotFound, "nothing left to re-arm");
    irqPend(v);
    threadSleep(1);
    checkEq(again.calls, 1, "and works");
    checkEq(irqFree(v, again), Err.Ok, "free");
  });

  test("faults: a bottom half that traps while irqFree waits for it does not hang irqFree", () => {
    const v = spare(3);
    const h = new SlowDyingBottom();
    checkEq(irqRequest(v, h, IrqFlags.Threaded), Err.Ok, "request");
    irqPend(v);
    threadSleep(1); // the bottom half runs and sleeps
    check(h.bhBusy, "the bottom half is running");
    checkEq(irqFree(v, h), Err.Ok, "free returns once the bottom half died");
    check(!h.bhBusy, "the bottom half is not running any more");
    checkEq(irqRearm(v), Err.Ok, "re-arm the line its death disabled");
  });

  return finish();
}
