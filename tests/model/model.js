// The reference model of the kernel for the model-based random test: given
// the ops the host sends to tests/model/main.ts, predicts every line the
// kernel writes back (results in the order threads run, then the state).
//
// It is written from the documented semantics (docs/kernel.md and the doc
// comments of kernel/*.ts), with the same data structures where order is
// observable: ready lists FIFO per priority with the running thread at the
// head of its level; wait queues by priority, FIFO among equals; the
// timeout list by deadline, FIFO among equals.
//
// Kept out of the random mix, because issue 9 changes them: timeouts of
// 2^31 and more, sleep(FOREVER), waits from interrupts with a non-zero
// timeout, mutex cycles (the app enforces a lock order), time slicing (ticks
// come only while the interpreter runs, so no slice ends under a worker).

export const FOREVER = 0xffffffff;

/** Err values (kernel/errors.ts). */
export const E = {
  Ok: 0, Invalid: 1, InInterrupt: 2, Busy: 5, Unsupported: 7, Timeout: 8, WouldBlock: 9, Deleted: 10,
  NotOwner: 11, OwnerDied: 12, Overflow: 13, Exists: 3, NotFound: 4,
};

/** Op codes (tests/model/main.ts). */
export const OP = {
  CREATE: 1, DELETE: 2, SUSPEND: 3, RESUME: 4, SETPRIO: 5, TICK: 6, ODEL: 7, OCREATE: 8,
  SEM_TAKE: 10, SEM_GIVE: 11, MTX_LOCK: 12, MTX_UNLOCK: 13, Q_SEND: 14, Q_FRONT: 15, Q_RECV: 16, Q_PEEK: 17,
  EV_SET: 18, EV_CLEAR: 19, EV_WAIT: 20, NOTIFY: 21, N_TAKE: 22, N_WAIT: 23, SLEEP: 24, EXIT: 25,
  TM_START: 26, TM_STOP: 27, TM_PERIOD: 28,
  W_DELETE: 60, W_SUSPEND: 61, W_RESUME: 62, W_SETPRIO: 63,
  I_SEM_GIVE: 30, I_SEM_TAKE: 31, I_Q_SEND: 32, I_Q_RECV: 33, I_EV_SET: 34, I_NOTIFY: 35, I_MTX_LOCK: 36,
  I_Q_PEEK: 37, I_EV_CLEAR: 38, I_TM_START: 39, I_TM_STOP: 40,
  IRQ_REQ: 50, IRQ_FREE: 51, IRQ_PEND: 52,
  END: 99,
};
export const OP_NAME = Object.fromEntries(Object.entries(OP).map(([k, v]) => [v, k]));

export const WORKERS = 4;
export const SEMS = 2;
export const MUTEXES = 3;
export const QUEUE_CAPACITY = 3;

const EV_ALL = 1;
const EV_CLEAR_ON_EXIT = 2;

class WaitQueue {
  constructor(mutex = null) {
    this.list = [];
    this.mutex = mutex;
  }
}

/** Predicts the kernel's output for `ops` (arrays of up to five numbers).
 *  Returns the lines after the ">" line, ending with ".". */
export function predict(ops) {
  const m = new Model();
  const lines = [];
  for (const op of ops) lines.push(m.step(op));
  lines.push(".");
  return lines;
}

export class Model {
  constructor() {
    this.now = 0;
    this.tokens = [];
    this.running = null; // the worker running an atomic op, else the interpreter (null)
    this.levels = new Map(); // priority -> ready workers, FIFO
    this.timeouts = [];
    this.threads = [];
    for (let i = 0; i < WORKERS; i++) {
      this.threads.push({
        i, state: "F", base: 0, prio: 0, suspended: false, notifyValue: 0, notifyPending: false,
        held: [], waitingMutex: null, queue: null, deadline: null, idle: false, mailbox: new WaitQueue(),
        next: null, waitResult: 0, op: null, done: null, value: 0, waitKind: null, qFlags: 0, evMask: 0, evMode: 0,
      });
    }
    this.sems = [0, 1].map((k) => ({ live: false, count: 0, max: 0, q: new WaitQueue() }));
    this.sems.forEach((_, k) => this.semCreate(k));
    this.mutexes = [0, 1, 2].map(() => {
      const mx = { live: false, owner: null, depth: 0, died: false };
      mx.q = new WaitQueue(mx);
      return mx;
    });
    this.mutexes.forEach((mx) => this.mutexCreate(mx));
    this.queue = { live: true, items: [], senders: new WaitQueue(), receivers: new WaitQueue() };
    this.events = { live: true, flags: 0, q: new WaitQueue() };
    // Timer k gives semaphore k when it fires; 0 is one-shot (2 ticks), 1 periodic (3).
    this.timers = [
      { k: 0, period: 2, periodic: false, expiry: 0, active: false },
      { k: 1, period: 3, periodic: true, expiry: 0, active: false },
    ];
    this.timerList = []; // active timers by expiry, FIFO among equals
    this.lineRequested = false;
  }

  // ---- scheduler -----------------------------------------------------------

  level(p) {
    if (!this.levels.has(p)) this.levels.set(p, []);
    return this.levels.get(p);
  }
  readyInsert(t) {
    this.level(t.prio).push(t);
  }
  readyRemove(t) {
    const l = this.level(t.prio);
    const k = l.indexOf(t);
    if (k >= 0) l.splice(k, 1);
  }
  highestReady() {
    let best = null;
    for (const [p, l] of this.levels) if (l.length && (best === null || p < best)) best = p;
    return best === null ? null : this.levels.get(best)[0];
  }
  live(t) {
    return t.state !== "F" && t.state !== "D";
  }

  qInsert(q, t) {
    t.queue = q;
    let k = q.list.findIndex((w) => w.prio > t.prio);
    if (k < 0) k = q.list.length;
    q.list.splice(k, 0, t);
  }
  qRemove(q, t) {
    q.list.splice(q.list.indexOf(t), 1);
    t.queue = null;
  }

  timeoutAdd(t, deadline) {
    t.deadline = deadline;
    let k = this.timeouts.findIndex((w) => w.deadline > deadline);
    if (k < 0) k = this.timeouts.length;
    this.timeouts.splice(k, 0, t);
  }
  timeoutRemove(t) {
    const k = this.timeouts.indexOf(t);
    if (k >= 0) this.timeouts.splice(k, 1);
    t.deadline = null;
  }

  /** The running worker blocks on `q` (or nothing) for `timeout` ticks. */
  block(t, q, timeout) {
    this.readyRemove(t);
    t.state = "B";
    t.waitResult = E.Timeout;
    if (q) {
      this.qInsert(q, t);
      if (q.mutex) {
        t.waitingMutex = q.mutex;
        if (q.mutex.owner) this.priorityChanged(q.mutex.owner);
      }
    }
    if (timeout !== FOREVER) this.timeoutAdd(t, this.now + timeout + 1);
    t.next = "finish";
  }

  wake(t, result) {
    if (t.queue) {
      const q = t.queue;
      this.qRemove(q, t);
      if (result !== E.Ok && q.mutex && q.mutex.owner) this.priorityChanged(q.mutex.owner);
    }
    if (t.deadline !== null) this.timeoutRemove(t);
    t.waitResult = result;
    t.waitingMutex = null;
    if (t.suspended) {
      t.state = "S";
    } else {
      t.state = "R";
      this.readyInsert(t);
    }
  }

  priorityChanged(t) {
    let p = t.base;
    for (const mx of t.held) {
      const w = mx.q.list[0];
      if (w && w.prio < p) p = w.prio;
    }
    if (p !== t.prio) this.setEffective(t, p);
  }

  setEffective(t, p) {
    if (t.state === "R") {
      this.readyRemove(t);
      t.prio = p;
      if (t === this.running) this.level(p).unshift(t);
      else this.readyInsert(t);
      return;
    }
    t.prio = p;
    if (t.queue) {
      const q = t.queue;
      this.qRemove(q, t);
      this.qInsert(q, t);
      if (q.mutex && q.mutex.owner) this.priorityChanged(q.mutex.owner);
    }
  }

  /** Runs ready workers, most urgent first, until none is ready: what the
   *  kernel does before the interpreter (priority 30) runs again. */
  schedule() {
    for (;;) {
      const t = this.highestReady();
      if (!t) return;
      const what = t.next;
      t.next = null;
      if (what === "op") {
        this.running = t;
        this.workerOp(t);
        this.running = null;
        if (t.state === "R" && t.next === null) t.next = "finish";
      } else {
        if (what === "finish") this.emitFinish(t);
        this.toMailbox(t);
      }
    }
  }

  toMailbox(t) {
    this.readyRemove(t);
    t.state = "B";
    t.idle = true;
    t.op = null;
    this.qInsert(t.mailbox, t);
  }

  /** The worker runs again after its call returned: the rest of the call
   *  (a notification take reads the value now), then its result line. */
  emitFinish(t) {
    if (t.done) {
      const { r, value } = t.done;
      t.done = null;
      this.tokens.push(`w${t.i}:${r}${value === null ? "" : ":" + value}`);
      return;
    }
    const op = t.op;
    let r = t.waitResult;
    let value = null;
    switch (op[0]) {
      case OP.Q_RECV:
      case OP.Q_PEEK:
      case OP.EV_WAIT:
        if (r === E.Ok) value = t.value;
        break;
      case OP.N_TAKE:
      case OP.N_WAIT:
        if (r === E.Ok) value = op[0] === OP.N_TAKE ? this.notifyTakeNow(t, op[1] !== 0) : this.notifyWaitNow(t, op[1]);
        break;
      case OP.SLEEP:
        if (r === E.Timeout) r = E.Ok;
        break;
    }
    this.tokens.push(`w${t.i}:${r}${value === null ? "" : ":" + value}`);
  }

  // ---- a step ---------------------------------------------------------------

  step(op) {
    this.tokens = [];
    const [code, a = 0, b = 0, c = 0, d = 0] = op;
    if ((code >= OP.SEM_TAKE && code <= OP.TM_PERIOD) || (code >= OP.W_DELETE && code <= OP.W_SETPRIO)) {
      this.post(a, [code, b, c, d]);
    } else if (code >= OP.I_SEM_GIVE && code <= OP.I_TM_STOP) {
      this.isrOp(code, a, b, c);
      this.schedule();
    } else if (code === OP.TICK) {
      for (let k = 0; k < a; k++) this.tick();
    } else {
      const e = this.interpreterOp(code, a, b);
      this.schedule();
      this.tokens.push(`c:${e}`);
    }
    return this.tokens.map((t) => t + " ").join("") + "|" + this.stateItems().map((s) => " " + s).join("");
  }

  stateItems() {
    const items = [];
    for (const t of this.threads) {
      if (t.state === "F") {
        items.push("F");
        continue;
      }
      items.push(`${t.state}${t.prio}${t.suspended ? "s" : ""}n${t.notifyValue}${t.notifyPending ? "p" : ""}`);
    }
    // A deleted semaphore or flags read 0 (kernel/sem.ts available, events.ts get).
    for (const s of this.sems) items.push(`s${s.live ? s.count : 0}`);
    for (const mx of this.mutexes) items.push(mx.owner ? `m${mx.owner.i}x${mx.depth}` : "m-");
    items.push(`q${this.queue.items.length}`, `e${this.events.live ? this.events.flags >>> 0 : 0}`);
    for (const tm of this.timers) items.push(`t${tm.active ? 1 : 0}`);
    items.push("!0");
    return items;
  }

  post(w, op) {
    const t = this.threads[w];
    let why = null;
    if (!this.live(t)) why = "d";
    else if (t.suspended) why = "s";
    else if (!t.idle) why = "b";
    else if (op[0] === OP.MTX_LOCK) {
      for (let j = op[1] + 1; j < MUTEXES; j++) if (this.mutexes[j].owner === t) why = "o";
    }
    if (why) {
      this.tokens.push("x" + why);
      return;
    }
    t.op = op;
    t.idle = false;
    this.wake(t, E.Ok); // from its mailbox
    t.next = "op";
    this.schedule();
  }

  tick() {
    this.now++;
    while (this.timeouts.length && this.timeouts[0].deadline <= this.now) this.wake(this.timeouts[0], E.Timeout);
    // The timer thread (priority 1) runs before every worker the tick woke.
    while (this.timerList.length && this.timerList[0].expiry <= this.now) {
      const tm = this.timerList.shift();
      tm.active = false;
      if (tm.periodic) {
        tm.expiry += tm.period;
        this.timerInsert(tm);
      }
      this.tokens.push(`T${tm.k}:${this.semGive(this.sems[tm.k])}`);
    }
    this.schedule();
  }

  timerInsert(tm) {
    tm.active = true;
    let k = this.timerList.findIndex((o) => o.expiry > tm.expiry);
    if (k < 0) k = this.timerList.length;
    this.timerList.splice(k, 0, tm);
  }
  timerStop(tm) {
    if (tm.active) {
      this.timerList.splice(this.timerList.indexOf(tm), 1);
      tm.active = false;
    }
    return E.Ok;
  }
  timerStart(tm) {
    this.timerStop(tm);
    tm.expiry = this.now + tm.period;
    this.timerInsert(tm);
    return E.Ok;
  }
  timerSetPeriod(tm, p) {
    tm.period = p;
    return tm.active ? this.timerStart(tm) : E.Ok;
  }

  // ---- interpreter ops ------------------------------------------------------

  interpreterOp(code, a, b) {
    switch (code) {
      case OP.CREATE: return this.create(this.threads[a], b);
      case OP.DELETE: {
        const t = this.threads[a];
        if (!this.live(t)) return E.Invalid;
        this.retire(t);
        t.state = "F";
        return E.Ok;
      }
      case OP.SUSPEND: {
        const t = this.threads[a];
        if (!this.live(t)) return E.Invalid;
        if (!t.suspended) {
          t.suspended = true;
          if (t.state === "R") {
            this.readyRemove(t);
            t.state = "S";
          }
        }
        return E.Ok;
      }
      case OP.RESUME: {
        const t = this.threads[a];
        if (!this.live(t)) return E.Invalid;
        if (t.suspended) {
          t.suspended = false;
          if (t.state === "S") {
            t.state = "R";
            this.readyInsert(t);
          }
        }
        return E.Ok;
      }
      case OP.SETPRIO: {
        const t = this.threads[a];
        if (!this.live(t)) return E.Invalid;
        t.base = b;
        this.priorityChanged(t);
        return E.Ok;
      }
      case OP.ODEL: return this.objectDelete(a, b);
      case OP.IRQ_REQ:
        if (this.lineRequested) return E.Exists;
        this.lineRequested = true;
        return E.Ok;
      case OP.IRQ_FREE:
        if (!this.lineRequested) return E.NotFound;
        this.lineRequested = false;
        return E.Ok;
      case OP.IRQ_PEND:
        // With no handler the line is masked and the pend is dropped at the next request.
        if (this.lineRequested) this.tokens.push(`h:${this.semGive(this.sems[1])}`);
        return E.Ok;
      case OP.OCREATE: return this.objectCreate(a, b);
      default: return E.Unsupported;
    }
  }

  create(t, prio) {
    if (t.state !== "F") return E.Busy;
    Object.assign(t, {
      base: prio, prio, suspended: false, held: [], waitingMutex: null, notifyValue: 0, notifyPending: false,
      idle: false, op: null, queue: null, deadline: null, waitKind: null,
    });
    t.state = "R";
    this.readyInsert(t);
    t.next = "start"; // runs to its mailbox
    return E.Ok;
  }

  /** Takes `t` out of every list and hands on its mutexes (OwnerDied). */
  retire(t) {
    if (t.state === "R") this.readyRemove(t);
    if (t.queue) {
      const q = t.queue;
      this.qRemove(q, t);
      if (q.mutex && q.mutex.owner) this.priorityChanged(q.mutex.owner);
    }
    if (t.deadline !== null) this.timeoutRemove(t);
    t.waitingMutex = null;
    const held = t.held;
    t.held = [];
    for (const mx of held) this.passOn(mx, E.OwnerDied);
    t.state = "D";
    t.next = null;
  }

  semCreate(k) {
    const s = this.sems[k];
    if (s.live) return E.Busy;
    Object.assign(s, { live: true, count: k === 0 ? 0 : 1, max: k === 0 ? 3 : 1 });
    return E.Ok;
  }
  mutexCreate(mx) {
    if (mx.live) return E.Busy;
    Object.assign(mx, { live: true, owner: null, depth: 0, died: false });
    return E.Ok;
  }

  wakeAll(q, result) {
    while (q.list.length) this.wake(q.list[0], result);
  }

  objectDelete(kind, k) {
    if (kind === 0) {
      const s = this.sems[k];
      if (!s.live) return E.Invalid;
      s.live = false;
      this.wakeAll(s.q, E.Deleted);
    } else if (kind === 1) {
      const mx = this.mutexes[k];
      if (!mx.live) return E.Invalid;
      mx.live = false;
      this.wakeAll(mx.q, E.Deleted);
      const o = mx.owner;
      if (o) {
        o.held.splice(o.held.indexOf(mx), 1);
        mx.owner = null;
        this.priorityChanged(o);
      }
    } else if (kind === 2) {
      const q = this.queue;
      if (!q.live) return E.Invalid;
      q.live = false;
      this.wakeAll(q.senders, E.Deleted);
      this.wakeAll(q.receivers, E.Deleted);
      q.items = [];
    } else {
      const ev = this.events;
      if (!ev.live) return E.Invalid;
      ev.live = false;
      this.wakeAll(ev.q, E.Deleted);
    }
    return E.Ok;
  }

  objectCreate(kind, k) {
    if (kind === 0) return this.semCreate(k);
    if (kind === 1) return this.mutexCreate(this.mutexes[k]);
    if (kind === 2) {
      if (this.queue.live) return E.Busy;
      this.queue.live = true;
      this.queue.items = [];
      return E.Ok;
    }
    if (this.events.live) return E.Busy;
    this.events.live = true;
    this.events.flags = 0;
    return E.Ok;
  }

  // ---- object operations (me: the calling worker, or null in an interrupt) ----

  semTake(s, timeout, me) {
    if (!s.live) return E.Invalid;
    if (s.count > 0) {
      s.count--;
      return E.Ok;
    }
    return this.waitOrFail(me, s.q, timeout);
  }
  semGive(s) {
    if (!s.live) return E.Invalid;
    if (s.q.list.length) this.wake(s.q.list[0], E.Ok);
    else if (s.count === s.max) return E.Overflow;
    else s.count++;
    return E.Ok;
  }

  /** Blocks `me` (returns null: the result comes at its wake) or fails. */
  waitOrFail(me, q, timeout) {
    if (timeout === 0) return E.WouldBlock;
    if (!me) return E.InInterrupt;
    this.block(me, q, timeout);
    return null;
  }

  giveTo(mx, t) {
    mx.owner = t;
    mx.depth = 1;
    t.held.unshift(mx);
  }
  passOn(mx, result) {
    mx.owner = null;
    mx.depth = 0;
    const w = mx.q.list[0];
    if (!w) {
      if (result === E.OwnerDied) mx.died = true;
      return;
    }
    this.wake(w, result);
    this.giveTo(mx, w);
    this.priorityChanged(w);
  }
  mutexLock(mx, timeout, me) {
    if (!mx.live) return E.Invalid;
    if (!me) return E.InInterrupt;
    if (mx.owner === null) {
      this.giveTo(mx, me);
      const died = mx.died;
      mx.died = false;
      return died ? E.OwnerDied : E.Ok;
    }
    if (mx.owner === me) {
      mx.depth++;
      return E.Ok;
    }
    if (timeout === 0) return E.WouldBlock;
    this.block(me, mx.q, timeout);
    return null;
  }
  mutexUnlock(mx, me) {
    if (!mx.live) return E.Invalid;
    if (mx.owner !== me) return E.NotOwner;
    if (--mx.depth === 0) {
      me.held.splice(me.held.indexOf(mx), 1);
      this.passOn(mx, E.Ok);
      this.priorityChanged(me);
    }
    return E.Ok;
  }

  /** Returns [err, value]; err null: `me` blocked. */
  queuePut(v, timeout, front, me) {
    const q = this.queue;
    if (!q.live) return [E.Invalid];
    for (const w of [...q.receivers.list]) {
      w.value = v;
      const peeker = (w.qFlags & 2) !== 0;
      this.wake(w, E.Ok);
      if (!peeker) return [E.Ok];
    }
    if (q.items.length < QUEUE_CAPACITY) {
      if (front) q.items.unshift(v);
      else q.items.push(v);
      return [E.Ok];
    }
    if (timeout !== 0 && me) {
      me.value = v;
      me.qFlags = front ? 1 : 0;
    }
    return [this.waitOrFail(me, q.senders, timeout)];
  }
  queueGet(timeout, peek, me) {
    const q = this.queue;
    if (!q.live) return [E.Invalid];
    if (q.items.length) {
      if (peek) return [E.Ok, q.items[0]];
      const v = q.items.shift();
      const w = q.senders.list[0];
      if (w) {
        if (w.qFlags & 1) q.items.unshift(w.value);
        else q.items.push(w.value);
        this.wake(w, E.Ok);
      }
      return [E.Ok, v];
    }
    if (timeout !== 0 && me) me.qFlags = peek ? 2 : 0;
    return [this.waitOrFail(me, q.receivers, timeout)];
  }

  satisfied(mask, mode) {
    const f = this.events.flags;
    return mode & EV_ALL ? (f & mask) >>> 0 === mask : (f & mask) !== 0;
  }
  eventsSet(bits) {
    const ev = this.events;
    if (!ev.live) return E.Invalid;
    ev.flags = (ev.flags | bits) >>> 0;
    let clear = 0;
    for (const w of [...ev.q.list]) {
      if (this.satisfied(w.evMask, w.evMode)) {
        if (w.evMode & EV_CLEAR_ON_EXIT) clear |= w.evMask;
        w.value = ev.flags;
        this.wake(w, E.Ok);
      }
    }
    ev.flags = (ev.flags & ~clear) >>> 0;
    return E.Ok;
  }
  eventsClear(bits) {
    const ev = this.events;
    if (!ev.live) return E.Invalid;
    ev.flags = (ev.flags & ~bits) >>> 0;
    return E.Ok;
  }
  eventsWait(mask, mode, timeout, me) {
    const ev = this.events;
    if (!ev.live || mask === 0) return [E.Invalid];
    if (this.satisfied(mask, mode)) {
      const v = ev.flags;
      if (mode & EV_CLEAR_ON_EXIT) ev.flags = (ev.flags & ~mask) >>> 0;
      return [E.Ok, v];
    }
    if (timeout !== 0 && me) {
      me.evMask = mask;
      me.evMode = mode;
    }
    return [this.waitOrFail(me, ev.q, timeout)];
  }

  notify(t, value, action) {
    if (!this.live(t)) return E.Invalid;
    switch (action) {
      case 0: t.notifyValue = (t.notifyValue | value) >>> 0; break;
      case 1: t.notifyValue = (t.notifyValue + 1) >>> 0; break;
      case 2: t.notifyValue = value >>> 0; break;
      case 3:
        if (t.notifyPending) return E.Busy;
        t.notifyValue = value >>> 0;
        break;
      default: return E.Invalid;
    }
    t.notifyPending = true;
    // A take waits for a non-zero value; a wait for any notification.
    if (t.state === "B" && t.queue === null && ((t.waitKind === "ntake" && t.notifyValue !== 0) || t.waitKind === "nwait")) {
      t.waitKind = null;
      this.wake(t, E.Ok);
    }
    return E.Ok;
  }
  notifyTakeNow(t, clear) {
    const v = t.notifyValue;
    t.notifyValue = clear ? 0 : (v - 1) >>> 0;
    t.notifyPending = t.notifyValue !== 0;
    return v;
  }
  notifyWaitNow(t, clearBits) {
    const v = t.notifyValue;
    t.notifyValue = (t.notifyValue & ~clearBits) >>> 0;
    t.notifyPending = false;
    return v;
  }

  // ---- ops in a worker and in an interrupt -----------------------------------

  /** Runs the posted op of `t` (the running thread). A result that is
   *  known now is stored for its result line; a call that blocks leaves
   *  t.waitResult to whoever wakes it. */
  workerOp(t) {
    const [code, a, b, c] = t.op;
    let r = E.Unsupported;
    let value = null;
    t.waitKind = null;
    t.done = null;
    switch (code) {
      case OP.SEM_TAKE: r = this.semTake(this.sems[a], b, t); break;
      case OP.SEM_GIVE: r = this.semGive(this.sems[a]); break;
      case OP.MTX_LOCK: r = this.mutexLock(this.mutexes[a], b, t); break;
      case OP.MTX_UNLOCK: r = this.mutexUnlock(this.mutexes[a], t); break;
      case OP.Q_SEND:
      case OP.Q_FRONT:
        [r] = this.queuePut(a, b, code === OP.Q_FRONT, t);
        break;
      case OP.Q_RECV:
      case OP.Q_PEEK:
        [r, value] = this.queueGet(a, code === OP.Q_PEEK, t);
        break;
      case OP.EV_SET: r = this.eventsSet(a); break;
      case OP.EV_CLEAR: r = this.eventsClear(a); break;
      case OP.EV_WAIT:
        [r, value] = this.eventsWait(a, b, c, t);
        break;
      case OP.NOTIFY: r = this.notify(this.threads[a], b, c); break;
      case OP.N_TAKE:
        if (t.notifyValue === 0) {
          r = b === 0 ? E.WouldBlock : this.blockNotify(t, "ntake", b);
        } else {
          r = E.Ok;
          value = this.notifyTakeNow(t, a !== 0);
        }
        break;
      case OP.N_WAIT:
        if (!t.notifyPending) {
          r = b === 0 ? E.WouldBlock : this.blockNotify(t, "nwait", b);
        } else {
          r = E.Ok;
          value = this.notifyWaitNow(t, a);
        }
        break;
      case OP.SLEEP:
        if (a === 0) {
          r = E.Ok;
        } else {
          this.block(t, null, a);
          t.waitKind = "sleep";
          r = null;
        }
        break;
      case OP.TM_START: r = this.timerStart(this.timers[a]); break;
      case OP.TM_STOP: r = this.timerStop(this.timers[a]); break;
      case OP.TM_PERIOD: r = this.timerSetPeriod(this.timers[a], b); break;
      case OP.W_DELETE:
        if (this.threads[a] !== t) {
          r = this.interpreterOp(OP.DELETE, a, b);
          break;
        }
      // falls through: deleting itself is exiting
      case OP.EXIT:
        this.retire(t);
        t.state = "F";
        return;
      case OP.W_SUSPEND: r = this.interpreterOp(OP.SUSPEND, a, b); break;
      case OP.W_RESUME: r = this.interpreterOp(OP.RESUME, a, b); break;
      case OP.W_SETPRIO: r = this.interpreterOp(OP.SETPRIO, a, b); break;
    }
    if (r === null || r === undefined) {
      t.next = "finish"; // blocked: the waker sets waitResult
      return;
    }
    // Done at once: the result line needs nothing more from the kernel.
    t.done = { r, value: value === undefined ? null : value };
    t.next = "finish";
  }

  blockNotify(t, kind, timeout) {
    this.block(t, null, timeout);
    t.waitKind = kind;
    return null;
  }

  isrOp(code, a, b, c) {
    let r;
    let value = null;
    switch (code) {
      case OP.I_SEM_GIVE: r = this.semGive(this.sems[a]); break;
      case OP.I_SEM_TAKE: r = this.semTake(this.sems[a], 0, null); break;
      case OP.I_Q_SEND: [r] = this.queuePut(a, 0, false, null); break;
      case OP.I_Q_RECV: [r, value] = this.queueGet(0, false, null); break;
      case OP.I_Q_PEEK: [r, value] = this.queueGet(0, true, null); break;
      case OP.I_EV_SET: r = this.eventsSet(a); break;
      case OP.I_EV_CLEAR: r = this.eventsClear(a); break;
      case OP.I_NOTIFY: r = this.notify(this.threads[a], b, c); break;
      case OP.I_MTX_LOCK: r = this.mutexLock(this.mutexes[a], 0, null); break;
      case OP.I_TM_START: r = this.timerStart(this.timers[a]); break;
      case OP.I_TM_STOP: r = this.timerStop(this.timers[a]); break;
      default: r = E.Unsupported;
    }
    this.tokens.push(`i:${r}${r === E.Ok && value !== null && value !== undefined ? ":" + value : ""}`);
  }
}
