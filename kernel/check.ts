// The scheduler's invariants, checked from outside: a debug aid for tests
// (the model-based random test, tests/model) that walk the kernel's lists
// after every step. Nothing in a normal image imports it, so it costs them
// no memory (AssemblyScript compiles only what is reachable).

import { MAX_THREADS, PRIORITIES } from "./config";
import { Thread, ThreadState, WaitQueue, MutexLink } from "./tcb";
import { threadCurrent, readyBitmapLocked, readyListHeadLocked, threadTable } from "./sched";
import { kernelLock, kernelUnlock } from "./lock";

/** What kernelInvariants found broken (the first one). */
export enum Broken {
  None = 0,
  /** A readyMap bit disagrees with whether its list is empty. */
  ReadyMap = 1,
  /** A ready list's links are not a ring, or a member is not Ready at that priority. */
  ReadyList = 2,
  /** A Ready thread is missing from its list, or a list holds a thread twice or one not in the table. */
  ThreadLost = 3,
  /** A waiter is not in the queue it names exactly once, or a queue member names another queue. */
  WaitQueue = 4,
  /** A wait queue is not ordered by priority. */
  WaitOrder = 5,
  /** A thread's state disagrees with its lists (a Suspended thread on a list, a Blocked one on the ready list). */
  State = 6,
  /** A held mutex names another owner, or a waiting mutex is not the queue the thread is on. */
  Owner = 7,
  /** A thread's effective priority is not the most urgent of its base and its held mutexes' waiters. */
  Inheritance = 8,
  /** threadTable[i] has another id, or is Free. */
  Table = 9,
}

/** Walks the ready lists, every thread's wait queue and held mutexes, and
 *  returns the first broken invariant (Broken.None if all hold):
 *  readyMap equals the non-empty lists; every Ready thread is on its
 *  priority's list exactly once; every waiter is on exactly the one queue
 *  it names, ordered by priority; owners and inherited priorities agree.
 *  Any context; takes the kernel lock; O(threads^2). */
export function kernelInvariants(): Broken {
  const s = kernelLock();
  const r = check();
  kernelUnlock(s);
  return r;
}

function check(): Broken {
  const map = readyBitmapLocked();
  let onLists = 0;
  for (let p: u32 = 0; p < PRIORITIES; p++) {
    const h = readyListHeadLocked(p);
    if ((h !== null) != ((map & (1 << p)) != 0)) return Broken.ReadyMap;
    if (h === null) continue;
    let t = h;
    let n = 0;
    do {
      if (t.state != ThreadState.Ready || t.priority != p || t.queue !== null) return Broken.ReadyList;
      if (t.next === null || t.next!.prev !== t) return Broken.ReadyList;
      if (!inTable(t)) return Broken.ThreadLost;
      if (++n > <i32>MAX_THREADS) return Broken.ThreadLost;
      t = t.next!;
    } while (t !== h);
    onLists += n;
  }
  let ready = 0;
  for (let i: u32 = 0; i < MAX_THREADS; i++) {
    const t = unchecked(threadTable[i]);
    if (t === null) continue;
    if (t.id != i || t.state == ThreadState.Free) return Broken.Table;
    if (t.state == ThreadState.Ready) ready++;
    const e = checkThread(t);
    if (e != Broken.None) return e;
  }
  return ready == onLists ? Broken.None : Broken.ThreadLost;
}

function inTable(t: Thread): bool {
  return t.id < MAX_THREADS && unchecked(threadTable[t.id]) === t;
}

/** One thread's waiting, state and ownership invariants. */
function checkThread(t: Thread): Broken {
  if (t.state == ThreadState.Suspended && (t.queue !== null || t.next !== null || !t.suspended)) return Broken.State;
  if (t.state == ThreadState.Dead && t !== threadCurrent()) return Broken.State;
  const q = t.queue;
  if (q !== null) {
    if (t.state != ThreadState.Blocked) return Broken.State;
    const e = checkQueue(q, t);
    if (e != Broken.None) return e;
  } else if (t.state == ThreadState.Blocked && t.next !== null) {
    return Broken.State;
  }
  const wm = t.waitingMutex;
  if (wm !== null && (t.state != ThreadState.Blocked || t.queue !== wm.waiters())) return Broken.Owner;
  let p = t.basePriority;
  let m: MutexLink | null = t.heldMutexes;
  let n = 0;
  while (m !== null) {
    if (m.owner !== t || ++n > 64) return Broken.Owner;
    const w = m.waiters().head;
    if (w !== null && w.priority < p) p = w.priority;
    m = m.nextHeld;
  }
  return p == t.priority ? Broken.None : Broken.Inheritance;
}

/** `t` appears exactly once in `q`, whose members all name `q`, in
 *  priority order with consistent back links. */
function checkQueue(q: WaitQueue, t: Thread): Broken {
  let seen = 0;
  let prev: Thread | null = null;
  let w = q.head;
  let n = 0;
  while (w !== null) {
    if (w.queue !== q || w.prev !== prev || !inTable(w)) return Broken.WaitQueue;
    if (prev !== null && prev.priority > w.priority) return Broken.WaitOrder;
    if (w === t) seen++;
    if (++n > <i32>MAX_THREADS) return Broken.WaitQueue;
    prev = w;
    w = w.next;
  }
  return seen == 1 ? Broken.None : Broken.WaitQueue;
}
