// The invariant check of kernel/check.ts (used by the model test after every
// step) on hand-made kernel states: it passes a consistent state and names
// each kind of corruption.
import { Thread, ThreadState, WaitQueue } from "../../kernel/tcb";
import { readyInsertLocked, readyRemoveLocked, threadTable } from "../../kernel/sched";
import { Broken, kernelInvariants } from "../../kernel/check";
import { Mutex } from "../../kernel/mutex";

let nextId: u32 = 20; // ids past the other specs' threads

function thread(priority: u32, state: ThreadState = ThreadState.Ready): Thread {
  const t = new Thread();
  t.priority = priority;
  t.basePriority = priority;
  t.state = state;
  t.id = nextId++;
  threadTable[t.id] = t;
  if (state == ThreadState.Ready) readyInsertLocked(t);
  return t;
}

/** Takes `t` back out of the table and the ready lists. */
function drop(t: Thread): void {
  if (t.state == ThreadState.Ready && t.next !== null) readyRemoveLocked(t);
  threadTable[t.id] = null;
}

describe("kernelInvariants", () => {
  test("a consistent state: ready threads, waiters in priority order, an owner with inheritance", () => {
    const a = thread(5);
    const b = thread(5);
    const q = new WaitQueue();
    const w1 = thread(3, ThreadState.Blocked);
    const w2 = thread(9, ThreadState.Blocked);
    q.insert(w2);
    q.insert(w1);
    expect(kernelInvariants()).toBe(Broken.None);
    const m = new Mutex();
    m.create();
    m.owner = a;
    a.heldMutexes = m;
    const w3 = thread(2, ThreadState.Blocked);
    m.waiters().insert(w3);
    w3.waitingMutex = m;
    expect(kernelInvariants()).toBe(Broken.Inheritance); // a must run at 2
    readyRemoveLocked(a);
    a.priority = 2;
    readyInsertLocked(a);
    expect(kernelInvariants()).toBe(Broken.None);
    a.heldMutexes = null;
    expect(kernelInvariants()).toBe(Broken.Inheritance); // now nothing raises it
    m.owner = b;
    a.heldMutexes = m;
    expect(kernelInvariants()).toBe(Broken.Owner);
    drop(a);
    drop(b);
    drop(w1);
    drop(w2);
    drop(w3);
    expect(kernelInvariants()).toBe(Broken.None);
  });
  test("a ready thread missing from its list is lost", () => {
    const a = thread(6);
    readyRemoveLocked(a);
    expect(kernelInvariants()).toBe(Broken.ThreadLost);
    threadTable[a.id] = null;
    expect(kernelInvariants()).toBe(Broken.None);
  });
  test("a thread on the ready list at another priority, or not Ready", () => {
    const a = thread(7);
    a.priority = 8;
    expect(kernelInvariants()).toBe(Broken.ReadyList);
    a.priority = 7;
    a.state = ThreadState.Suspended;
    expect(kernelInvariants()).toBe(Broken.ReadyList);
    a.state = ThreadState.Ready;
    drop(a);
    expect(kernelInvariants()).toBe(Broken.None);
  });
  test("a waiter not in the queue it names, and a queue out of priority order", () => {
    const q = new WaitQueue();
    const w = thread(4, ThreadState.Blocked);
    w.queue = q;
    expect(kernelInvariants()).toBe(Broken.WaitQueue);
    w.queue = null;
    q.insert(w);
    const v = thread(6, ThreadState.Blocked);
    q.insert(v);
    expect(kernelInvariants()).toBe(Broken.None);
    w.priority = 8; // changed without repositioning
    expect(kernelInvariants()).toBe(Broken.WaitOrder);
    drop(w);
    drop(v);
  });
  test("a suspended thread on a wait queue, and a table slot with the wrong id", () => {
    const q = new WaitQueue();
    const s = thread(4, ThreadState.Suspended);
    s.suspended = true;
    expect(kernelInvariants()).toBe(Broken.None);
    q.insert(s);
    expect(kernelInvariants()).toBe(Broken.State);
    q.remove(s);
    s.id = 3;
    expect(kernelInvariants()).toBe(Broken.Table);
    threadTable[nextId - 1] = null;
    expect(kernelInvariants()).toBe(Broken.None);
  });
});
