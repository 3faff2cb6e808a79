// The ready queue (bitmap + circular lists) and the timeout list, on the host.
import { Thread, ThreadState } from "../../kernel/tcb";
import { checkTimeout, highestReady, readyInsert, readyRemove, readyRequeue } from "../../kernel/sched";
import { threadYield } from "../../kernel/thread";
import { Err } from "../../kernel/errors";
import { FOREVER, TIME_SLICE_TICKS } from "../../kernel/config";
import { timeoutAdd, timeoutDue, timeoutRemove } from "../../kernel/timeout";

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
    readyInsert(a);
    readyInsert(c);
    readyInsert(b);
    expect(highestReady()).toBe(b);
    readyRemove(b);
    expect(highestReady()).toBe(a);
    readyRemove(a);
    expect(highestReady()).toBe(c);
    readyRemove(c);
    expect(highestReady()).toBeNull();
  });
  test("equal priorities are served in insertion order", () => {
    const a = thread(7);
    const b = thread(7);
    const c = thread(7);
    readyInsert(a);
    readyInsert(b);
    readyInsert(c);
    expect(highestReady()).toBe(a);
    readyRemove(a);
    expect(highestReady()).toBe(b);
    readyRemove(c);
    expect(highestReady()).toBe(b);
    readyRemove(b);
    expect(highestReady()).toBeNull();
  });
  test("every one of the 32 levels works, including 0 and 31", () => {
    const ts = new Array<Thread>();
    for (let p: u32 = 0; p < 32; p++) {
      const t = thread(31 - p);
      ts.push(t);
      readyInsert(t);
    }
    for (let p: u32 = 0; p < 32; p++) {
      const h = highestReady()!;
      expect(h.priority).toBe(p);
      readyRemove(h);
    }
    expect(highestReady()).toBeNull();
  });
  test("requeue moves a thread to its new level", () => {
    const a = thread(10);
    const b = thread(12);
    readyInsert(a);
    readyInsert(b);
    readyRequeue(b, 5);
    expect(highestReady()).toBe(b);
    expect(b.priority).toBe(5);
    readyRemove(a);
    readyRemove(b);
    expect(highestReady()).toBeNull();
  });
});

describe("timeout list", () => {
  test("the earliest deadline comes out first, equal deadlines in order", () => {
    const a = thread(1);
    const b = thread(1);
    const c = thread(1);
    timeoutAdd(a, 30);
    timeoutAdd(b, 10);
    timeoutAdd(c, 30);
    expect(timeoutDue(9)).toBeNull();
    expect(timeoutDue(10)).toBe(b);
    timeoutRemove(b);
    expect(timeoutDue(29)).toBeNull();
    expect(timeoutDue(30)).toBe(a);
    timeoutRemove(a);
    expect(timeoutDue(31)).toBe(c);
    timeoutRemove(c);
    expect(timeoutDue(0xffffffff)).toBeNull();
  });
  test("deadlines across the u32 wrap keep their order", () => {
    const late = thread(1);
    const early = thread(1);
    timeoutAdd(late, 5);           // after the wrap
    timeoutAdd(early, 0xfffffff0); // before it
    expect(timeoutDue(0xfffffff0)).toBe(early);
    timeoutRemove(early);
    expect(timeoutDue(0xfffffff8)).toBeNull();
    expect(timeoutDue(5)).toBe(late);
    timeoutRemove(late);
  });
  test("removing from the middle keeps the rest linked", () => {
    const a = thread(1);
    const b = thread(1);
    const c = thread(1);
    timeoutAdd(a, 1);
    timeoutAdd(b, 2);
    timeoutAdd(c, 3);
    timeoutRemove(b);
    expect(b.timed).toBe(false);
    expect(timeoutDue(3)).toBe(a);
    timeoutRemove(a);
    expect(timeoutDue(3)).toBe(c);
    timeoutRemove(c);
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
    readyInsert(a);
    expect(a.sliceLeft).toBe(TIME_SLICE_TICKS);
    readyRemove(a);
  });
});
