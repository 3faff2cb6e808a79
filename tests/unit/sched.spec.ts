// The ready queue (bitmap + circular lists) and the timeout list, on the host.
import { Thread, ThreadState } from "../../kernel/tcb";
import {
  checkTimeout, highestReadyLocked, readyInsertLocked, readyRemoveLocked, readyRequeueLocked, recordSwitchLocked, sliceTickLocked,
} from "../../kernel/sched";
import { threadYield } from "../../kernel/thread";
import { Err } from "../../kernel/errors";
import { FOREVER, TIME_SLICE_TICKS } from "../../kernel/config";
import { timeoutAddLocked, timeoutDueLocked, timeoutRemoveLocked } from "../../kernel/timeout";

function thread(priority: u32): Thread {
  const t = new Thread();
  t.priority = priority;
  t.basePriority = priority;
  t.state = ThreadState.Ready;
  return t;
}

describe("ready queue", () => {
  test("the most urgent priority wins, whatever the insertion order", () => {
    const a = thread(20);
    const b = thread(3);
    const c = thread(31);
    readyInsertLocked(a);
    readyInsertLocked(c);
    readyInsertLocked(b);
    expect(highestReadyLocked()).toBe(b);
    readyRemoveLocked(b);
    expect(highestReadyLocked()).toBe(a);
    readyRemoveLocked(a);
    expect(highestReadyLocked()).toBe(c);
    readyRemoveLocked(c);
    expect(highestReadyLocked()).toBeNull();
  });
  test("equal priorities are served in insertion order", () => {
    const a = thread(7);
    const b = thread(7);
    const c = thread(7);
    readyInsertLocked(a);
    readyInsertLocked(b);
    readyInsertLocked(c);
    expect(highestReadyLocked()).toBe(a);
    readyRemoveLocked(a);
    expect(highestReadyLocked()).toBe(b);
    readyRemoveLocked(c);
    expect(highestReadyLocked()).toBe(b);
    readyRemoveLocked(b);
    expect(highestReadyLocked()).toBeNull();
  });
  test("every one of the 32 levels works, including 0 and 31", () => {
    const ts = new Array<Thread>();
    for (let p: u32 = 0; p < 32; p++) {
      const t = thread(31 - p);
      ts.push(t);
      readyInsertLocked(t);
    }
    for (let p: u32 = 0; p < 32; p++) {
      const h = highestReadyLocked()!;
      expect(h.priority).toBe(p);
      readyRemoveLocked(h);
    }
    expect(highestReadyLocked()).toBeNull();
  });
  test("requeue moves a thread to its new level", () => {
    const a = thread(10);
    const b = thread(12);
    readyInsertLocked(a);
    readyInsertLocked(b);
    readyRequeueLocked(b, 5);
    expect(highestReadyLocked()).toBe(b);
    expect(b.priority).toBe(5);
    readyRemoveLocked(a);
    readyRemoveLocked(b);
    expect(highestReadyLocked()).toBeNull();
  });
});

describe("timeout list", () => {
  test("the earliest deadline comes out first, equal deadlines in order", () => {
    const a = thread(1);
    const b = thread(1);
    const c = thread(1);
    timeoutAddLocked(a, 30);
    timeoutAddLocked(b, 10);
    timeoutAddLocked(c, 30);
    expect(timeoutDueLocked(9)).toBeNull();
    expect(timeoutDueLocked(10)).toBe(b);
    timeoutRemoveLocked(b);
    expect(timeoutDueLocked(29)).toBeNull();
    expect(timeoutDueLocked(30)).toBe(a);
    timeoutRemoveLocked(a);
    expect(timeoutDueLocked(31)).toBe(c);
    timeoutRemoveLocked(c);
    expect(timeoutDueLocked(0xffffffff)).toBeNull();
  });
  test("deadlines across the u32 wrap keep their order", () => {
    const late = thread(1);
    const early = thread(1);
    timeoutAddLocked(late, 5);           // after the wrap
    timeoutAddLocked(early, 0xfffffff0); // before it
    expect(timeoutDueLocked(0xfffffff0)).toBe(early);
    timeoutRemoveLocked(early);
    expect(timeoutDueLocked(0xfffffff8)).toBeNull();
    expect(timeoutDueLocked(5)).toBe(late);
    timeoutRemoveLocked(late);
  });
  test("removing from the middle keeps the rest linked", () => {
    const a = thread(1);
    const b = thread(1);
    const c = thread(1);
    timeoutAddLocked(a, 1);
    timeoutAddLocked(b, 2);
    timeoutAddLocked(c, 3);
    timeoutRemoveLocked(b);
    expect(b.timed).toBe(false);
    expect(timeoutDueLocked(3)).toBe(a);
    timeoutRemoveLocked(a);
    expect(timeoutDueLocked(3)).toBe(c);
    timeoutRemoveLocked(c);
  });
});

describe("timeouts and context, before threads run", () => {
  test("a timeout over 2^31 - 1 that is not FOREVER is Invalid", () => {
    expect(checkTimeout(0)).toBe(Err.Ok);
    expect(checkTimeout(0x7fffffff)).toBe(Err.Ok);
    expect(checkTimeout(FOREVER)).toBe(Err.Ok);
    expect(checkTimeout(0x80000000)).toBe(Err.Invalid);
    expect(checkTimeout(0xfffffffe)).toBe(Err.Invalid);
  });
  test("threadYield before the scheduler starts is NoThread", () => {
    expect(threadYield()).toBe(Err.NoThread);
  });
  test("a thread joining its ready list gets a full time slice", () => {
    const a = thread(9);
    a.sliceLeft = 1;
    readyInsertLocked(a);
    expect(a.sliceLeft).toBe(TIME_SLICE_TICKS);
    readyRemoveLocked(a);
  });
});

describe("time slices", () => {
  test("the running thread goes behind its equal after TIME_SLICE_TICKS ticks, not one sooner; alone, it stays", () => {
    const a = thread(11);
    const b = thread(11);
    readyInsertLocked(a);
    recordSwitchLocked(null, ThreadState.Free, a);
    for (let i: u32 = 0; i < 3 * TIME_SLICE_TICKS; i++) sliceTickLocked();
    expect(highestReadyLocked()).toBe(a); // alone at its level: no one to give way to
    readyInsertLocked(b);
    a.sliceLeft = TIME_SLICE_TICKS; // a fresh slice
    for (let i: u32 = 1; i < TIME_SLICE_TICKS; i++) {
      sliceTickLocked();
      expect(highestReadyLocked()).toBe(a);
    }
    sliceTickLocked();
    expect(highestReadyLocked()).toBe(b);
    expect(a.sliceLeft).toBe(TIME_SLICE_TICKS);
    readyRemoveLocked(a);
    readyRemoveLocked(b);
  });
});
