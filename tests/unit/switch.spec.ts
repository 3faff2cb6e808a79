// The switch an interrupt handler asks for is made, or handed to the host,
// at the end of the outermost interrupt (kernel/sched.ts), on every way
// out of the dispatch: here a nested interrupt readies a more urgent
// thread while the outer one is a line that has no handler (the spurious
// path, which returns early, and hands the switch to the host's
// switch_request). The nesting is made by the fake chip's mask(), which
// the spurious path calls. The fake host counts switch_request calls
// (module ivt_test).

import { Err } from "../../kernel/errors";

// @ts-ignore: decorator
@external("ivt_test", "switch_requests") declare function switchRequests(): i32;
import { QuietChip } from "./quiet-chip";
import { IrqHandler, IrqReturn, dispatchInterrupt, irqAddChip, irqFree, irqRequest } from "../../kernel/irq";
import { kernelLock, kernelUnlock } from "../../kernel/lock";
import { Thread, ThreadState } from "../../kernel/tcb";
import {
  readyInsertLocked, recordSwitchLocked, rescheduleLocked, schedulerStart, switchAskedInInterrupt, threadCurrent,
} from "../../kernel/sched";

/** Runs interrupt `nestedVector` (once) from inside its mask(). */
class NestingChip extends QuietChip {
  nestedVector: i32 = -1;
  mask(vector: u32): void {
    const v = this.nestedVector;
    this.nestedVector = -1;
    if (v >= 0) dispatchInterrupt(<u32>v);
  }
}

/** Makes `t` ready, as a give that wakes it would, and asks for the switch. */
class Readies extends IrqHandler {
  constructor(public t: Thread) { super(); }
  top(vector: u32): IrqReturn {
    const s = kernelLock();
    this.t.state = ThreadState.Ready;
    readyInsertLocked(this.t);
    rescheduleLocked();
    kernelUnlock(s);
    return IrqReturn.Handled;
  }
}

function thread(id: u32, priority: u32): Thread {
  const t = new Thread();
  t.id = id;
  t.priority = priority;
  t.basePriority = priority;
  t.state = ThreadState.Ready;
  return t;
}

describe("a switch asked for in a nested interrupt", () => {
  test("is handed to the host as the outer interrupt ends, even when the outer one had no handler", () => {
    const chip = new NestingChip(200, 16);
    expect(irqAddChip(chip)).toBe(Err.Ok);
    const low = thread(1, 20);
    const urgent = thread(2, 3);
    const s = kernelLock();
    readyInsertLocked(low);
    recordSwitchLocked(null, ThreadState.Free, low);
    kernelUnlock(s);
    schedulerStart();
    const h = new Readies(urgent);
    expect(irqRequest(201, h)).toBe(Err.Ok);
    chip.nestedVector = 201;
    const before = switchRequests();
    dispatchInterrupt(200); // no handler on 200: spurious, masked, and 201 nests
    expect(chip.nestedVector).toBe(-1); // the nested interrupt ran
    expect(switchAskedInInterrupt()).toBe(false);
    expect(switchRequests() - before).toBe(1); // the host is asked to switch
    expect(threadCurrent()).toBe(low); // and will ask ivtswitch who runs
    expect(irqFree(201, h)).toBe(Err.Ok);
  });
});
