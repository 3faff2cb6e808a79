// The kernel side of the model-based random test (sim only; the host side
// is tests/model/model.js, the runner tests/model/run.js).
//
// The host sends one operation per line on the UART ("op a b c d", decimal)
// and predicts every byte this app writes back. The main thread is the
// interpreter: it drops to priority 30, below every worker, so whenever it
// runs every worker is quiescent (waiting for its next op, blocked in one,
// or suspended). Each op runs where it belongs:
//   - thread management, object create/delete and ticks: in the interpreter;
//   - sync calls, and thread management by a thread on itself or another:
//     in worker w (the interpreter posts it; w runs at once);
//   - interrupt-context calls: in a spare line's top half (pended);
//   - a second spare line's handler (requested, freed and pended by ops) and
//     two software timers' callbacks give semaphores.
// Every completed call writes "<who>:<err>[:<value>] " in the order the
// threads really ran; the step ends with "| <state> !<invariants>\n":
// each worker's state, effective priority and notification, the objects,
// and kernelInvariants() (kernel/check.ts), which the model expects to be 0.
//
// Ticks come only from the op stream ("tick"): the board's timer is
// stopped and the tick's line pended by software, so timeouts and their
// order are a function of the ops, not of host speed.

import * as cfg from "ivt-board/config";
import {
  DeviceRegs,
  boardSpareVector, Err, EventFlags, FOREVER, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn,
  kputc, kputu, Mutex, notify, NotifyAction, notifyTake, notifyWait, Queue, Semaphore, SoftTimer,
  Thread, threadCreate, threadCurrent, threadDelete, threadExit, threadResume, threadSetPriority,
  threadSleep, ThreadState, threadSuspend, threadWaitValue, TimerCallback,
} from "../../kernel/ivt";
// Internals test: checks the scheduler's invariants after every step
// (kernel/check.ts) and reads the console driver (kernel/console.ts).
import { consoleUart } from "../../kernel/console";
import { kernelInvariants } from "../../kernel/check";
import { SimTimer } from "../../drivers/sim-timer";

// Op codes: keep in step with tests/model/model.js OP.
const CREATE: u32 = 1, DELETE: u32 = 2, SUSPEND: u32 = 3, RESUME: u32 = 4, SETPRIO: u32 = 5, TICK: u32 = 6, ODEL: u32 = 7, OCREATE: u32 = 8;
const SEM_TAKE: u32 = 10, SEM_GIVE: u32 = 11, MTX_LOCK: u32 = 12, MTX_UNLOCK: u32 = 13, Q_SEND: u32 = 14, Q_FRONT: u32 = 15, Q_RECV: u32 = 16,
  Q_PEEK: u32 = 17, EV_SET: u32 = 18, EV_CLEAR: u32 = 19, EV_WAIT: u32 = 20, NOTIFY: u32 = 21, N_TAKE: u32 = 22, N_WAIT: u32 = 23, SLEEP: u32 = 24, EXIT: u32 = 25;
const I_SEM_GIVE: u32 = 30, I_SEM_TAKE: u32 = 31, I_Q_SEND: u32 = 32, I_Q_RECV: u32 = 33, I_EV_SET: u32 = 34, I_NOTIFY: u32 = 35, I_MTX_LOCK: u32 = 36,
  I_Q_PEEK: u32 = 37, I_EV_CLEAR: u32 = 38, I_TM_START: u32 = 39, I_TM_STOP: u32 = 40;
const TM_START: u32 = 26, TM_STOP: u32 = 27, TM_PERIOD: u32 = 28;
const W_DELETE: u32 = 60, W_SUSPEND: u32 = 61, W_RESUME: u32 = 62, W_SETPRIO: u32 = 63;
const IRQ_REQ: u32 = 50, IRQ_FREE: u32 = 51, IRQ_PEND: u32 = 52;
/** The last line: the host's input is complete. */
const END: u32 = 99;

const WORKERS = 4;
const SEMS = 2;
const MUTEXES = 3;
const WORKER_STACK: u32 = 1024;
const INTERPRETER_PRIORITY: u32 = 30;

const workers: StaticArray<Thread> = [new Thread(), new Thread(), new Thread(), new Thread()];
const NAMES: StaticArray<string> = ["w0", "w1", "w2", "w3"];
/** Each worker waits for its next op on its own mailbox (not a tested object). */
const mailbox: StaticArray<Semaphore> = [new Semaphore(), new Semaphore(), new Semaphore(), new Semaphore()];
const idle = new StaticArray<bool>(WORKERS);
/** The op a worker runs next: code and four arguments. */
const slot = new StaticArray<u32>(WORKERS * 5);
/** Queue buffers: a blocked sender's item and a blocked receiver's
 *  destination stay valid while it waits, so one of each per worker. */
const srcBuf = memory.data(4 * WORKERS);
const dstBuf = memory.data(4 * WORKERS);
const isrBuf = memory.data(4);

const sems: StaticArray<Semaphore> = [new Semaphore(), new Semaphore()];
const mutexes: StaticArray<Mutex> = [new Mutex(), new Mutex(), new Mutex()];
const queue = new Queue();
const events = new EventFlags();

/** Timer k's callback gives semaphore k and writes "T<k>:<err> ". It runs
 *  in the timer thread (priority 1), before any worker it wakes. */
@final class GiveSem extends TimerCallback {
  constructor(public k: u32) {
    super();
  }
  fire(timer: SoftTimer): void {
    const e = sems[this.k].give();
    kputc(84); // 'T'
    kputu(this.k);
    kputc(58);
    kputu(<u32>e);
    kputc(32);
  }
}
/** A one-shot timer of 2 ticks and a periodic one of 3. */
const timers: StaticArray<SoftTimer> = [new SoftTimer(), new SoftTimer()];
const timerCallbacks: StaticArray<GiveSem> = [new GiveSem(0), new GiveSem(1)];

/** The second spare line's handler, requested and freed by ops: gives
 *  semaphore 1 and writes "h:<err> ". */
@final class LineHandler extends IrqHandler {
  top(vector: u32): IrqReturn {
    const e = sems[1].give();
    kputc(104); // 'h'
    kputc(58);
    kputu(<u32>e);
    kputc(32);
    return IrqReturn.Handled;
  }
}
const lineHandler = new LineHandler();

/** Semaphore k's create arguments: a counting one (0 of 3) and a binary one (1 of 1). */
function semCreate(k: u32): Err {
  return k == 0 ? sems[0].create(0, 3) : sems[1].create(1, 1);
}

/** Queue items are u32; capacity 3 so that full and empty both happen. */
function queueCreate(): Err {
  return queue.create(4, 3);
}

// ---- output ---------------------------------------------------------------

function result(who: u32, index: u32, e: Err, hasValue: bool, value: u32): void {
  kputc(who);
  if (who == 119) kputu(index); // 'w'
  kputc(58);
  kputu(<u32>e);
  if (hasValue) {
    kputc(58);
    kputu(value);
  }
  kputc(32);
}

/** The state after a step: workers, objects, then the kernel's own check. */
function writeState(): void {
  kputc(124); // '|'
  for (let i = 0; i < WORKERS; i++) {
    const t = workers[i];
    kputc(32);
    const s = t.state;
    if (s == ThreadState.Free) {
      kputc(70); // F
      continue;
    }
    kputc(s == ThreadState.Ready ? 82 : s == ThreadState.Blocked ? 66 : s == ThreadState.Suspended ? 83 : 68);
    kputu(t.priority);
    if (t.suspended) kputc(115); // s
    kputc(110); // n
    kputu(t.notifyValue);
    if (t.notifyPending) kputc(112); // p
  }
  for (let k = 0; k < SEMS; k++) {
    kputc(32);
    kputc(115);
    kputu(sems[k].available());
  }
  for (let k = 0; k < MUTEXES; k++) {
    kputc(32);
    kputc(109);
    const o = mutexes[k].ownerThread();
    if (o === null) {
      kputc(45);
    } else {
      kputu(workerIndex(o));
      kputc(120);
      kputu(mutexes[k].depth);
    }
  }
  kputc(32);
  kputc(113);
  kputu(queue.count());
  kputc(32);
  kputc(101);
  kputu(events.get());
  for (let k = 0; k < 2; k++) {
    kputc(32);
    kputc(116); // t
    kputc(timers[k].isActive() ? 49 : 48);
  }
  kputc(32);
  kputc(33); // '!'
  kputu(<u32>kernelInvariants());
  kputc(10);
}

function workerIndex(t: Thread): u32 {
  for (let i = 0; i < WORKERS; i++) if (workers[i] === t) return <u32>i;
  return 9;
}

// ---- ops in a worker --------------------------------------------------------

function workerMain(i: u32): void {
  for (;;) {
    unchecked((idle[i] = true));
    mailbox[i].take(FOREVER);
    workerOp(i);
  }
}

function workerOp(i: u32): void {
  const op = slot[i * 5];
  const a = slot[i * 5 + 1];
  const b = slot[i * 5 + 2];
  const c = slot[i * 5 + 3];
  let e: Err = Err.Ok;
  let hasValue = false;
  let value: u32 = 0;
  const src = srcBuf + 4 * i;
  const dst = dstBuf + 4 * i;
  switch (op) {
    case SEM_TAKE: e = sems[a].take(b); break;
    case SEM_GIVE: e = sems[a].give(); break;
    case MTX_LOCK: e = mutexes[a].lock(b); break;
    case MTX_UNLOCK: e = mutexes[a].unlock(); break;
    case Q_SEND:
    case Q_FRONT:
      store<u32>(src, a);
      e = op == Q_SEND ? queue.send(src, b) : queue.sendToFront(src, b);
      break;
    case Q_RECV:
    case Q_PEEK:
      e = op == Q_RECV ? queue.receive(dst, a) : queue.peek(dst, a);
      hasValue = e == Err.Ok;
      value = load<u32>(dst);
      break;
    case EV_SET: e = events.set(a); break;
    case EV_CLEAR: e = events.clear(a); break;
    case EV_WAIT:
      e = events.wait(a, b, c);
      hasValue = e == Err.Ok;
      value = threadWaitValue();
      break;
    case NOTIFY: e = notify(workers[a], b, <NotifyAction>c); break;
    case N_TAKE:
    case N_WAIT:
      e = op == N_TAKE ? notifyTake(a != 0, b) : notifyWait(a, b);
      hasValue = e == Err.Ok;
      value = threadWaitValue();
      break;
    case SLEEP: e = threadSleep(a); break;
    case TM_START: e = timers[a].start(); break;
    case TM_STOP: e = timers[a].stop(); break;
    case TM_PERIOD: e = timers[a].setPeriod(b); break;
    case W_DELETE: e = threadDelete(workers[a]); break; // itself: exits, no result
    case W_SUSPEND: e = threadSuspend(workers[a]); break; // itself: the result comes after a resume
    case W_RESUME: e = threadResume(workers[a]); break;
    case W_SETPRIO: e = threadSetPriority(workers[a], b); break;
    case EXIT: threadExit(); break;
    default: e = Err.Unsupported;
  }
  result(119, i, e, hasValue, value);
}

// ---- ops in an interrupt handler ---------------------------------------------

const isrSlot = new StaticArray<u32>(5);

@final class IsrOps extends IrqHandler {
  top(vector: u32): IrqReturn {
    const op = isrSlot[0];
    const a = isrSlot[1];
    const b = isrSlot[2];
    const c = isrSlot[3];
    let e: Err = Err.Ok;
    let hasValue = false;
    switch (op) {
      case I_SEM_GIVE: e = sems[a].give(); break;
      case I_SEM_TAKE: e = sems[a].take(0); break;
      case I_Q_SEND:
        store<u32>(isrBuf, a);
        e = queue.send(isrBuf, 0);
        break;
      case I_Q_RECV:
      case I_Q_PEEK:
        e = op == I_Q_RECV ? queue.receive(isrBuf, 0) : queue.peek(isrBuf, 0);
        hasValue = e == Err.Ok;
        break;
      case I_EV_SET: e = events.set(a); break;
      case I_EV_CLEAR: e = events.clear(a); break;
      case I_NOTIFY: e = notify(workers[a], b, <NotifyAction>c); break;
      case I_MTX_LOCK: e = mutexes[a].lock(0); break;
      case I_TM_START: e = timers[a].start(); break;
      case I_TM_STOP: e = timers[a].stop(); break;
      default: e = Err.Unsupported;
    }
    result(105, 0, e, hasValue, hasValue ? load<u32>(isrBuf) : 0); // 'i'
    return IrqReturn.Handled;
  }
}

const isrOps = new IsrOps();

// ---- the interpreter ---------------------------------------------------------

/** Posts an op to worker w if it can take one now; otherwise says why not:
 *  xd (not live), xs (suspended), xb (blocked in its last op), xo (a lock
 *  that breaks the lock order: it holds a higher-numbered mutex). */
function post(w: u32, op: u32, a: u32, b: u32, c: u32): void {
  const t = workers[w];
  let why: u32 = 0;
  if (t.state == ThreadState.Free || t.state == ThreadState.Dead) why = 100; // d
  else if (t.suspended) why = 115; // s
  else if (!idle[w]) why = 98; // b
  else if (op == MTX_LOCK) {
    // Locks in index order only: random locking would otherwise build
    // mutex cycles, whose outcome (hang today, Err.Deadlock later) is
    // tested on its own, not here.
    for (let j = a + 1; j < <u32>MUTEXES; j++) if (mutexes[j].ownerThread() === t) why = 111; // o
  }
  if (why != 0) {
    kputc(120);
    kputc(why);
    kputc(32);
    return;
  }
  slot[w * 5] = op;
  slot[w * 5 + 1] = a;
  slot[w * 5 + 2] = b;
  slot[w * 5 + 3] = c;
  idle[w] = false;
  mailbox[w].give(); // w is more urgent: it runs now, until it finishes or blocks
}

let lineVector: u32 = 0;

function interpreterOp(op: u32, a: u32, b: u32, c: u32, d: u32, tickVector: u32, isrVector: u32): void {
  let e: Err = Err.Ok;
  switch (op) {
    case CREATE: e = threadCreate(workers[a], NAMES[a], workerMain, a, b, WORKER_STACK); break;
    case DELETE: e = threadDelete(workers[a]); break;
    case SUSPEND: e = threadSuspend(workers[a]); break;
    case RESUME: e = threadResume(workers[a]); break;
    case SETPRIO: e = threadSetPriority(workers[a], b); break;
    case TICK:
      for (let k: u32 = 0; k < a; k++) irqPend(tickVector); // each tick is taken at once
      return;
    case ODEL:
      e = a == 0 ? sems[b].delete() : a == 1 ? mutexes[b].delete() : a == 2 ? queue.delete() : events.delete();
      break;
    case OCREATE:
      e = a == 0 ? semCreate(b) : a == 1 ? mutexes[b].create() : a == 2 ? queueCreate() : events.create();
      break;
    case IRQ_REQ: e = irqRequest(lineVector, lineHandler); break;
    case IRQ_FREE: e = irqFree(lineVector, lineHandler); break;
    case IRQ_PEND: e = irqPend(lineVector); break; // a line with no handler stays masked
    default:
      if ((op >= SEM_TAKE && op <= TM_PERIOD) || (op >= W_DELETE && op <= W_SETPRIO)) {
        post(a, op, b, c, d);
        return;
      }
      if (op >= I_SEM_GIVE && op <= I_TM_STOP) {
        isrSlot[0] = op;
        isrSlot[1] = a;
        isrSlot[2] = b;
        isrSlot[3] = c;
        irqPend(isrVector); // the top half runs at once, then whoever it woke
        return;
      }
      e = Err.Unsupported;
  }
  result(99, 0, e, false, 0); // 'c'
}

/** Polls with no byte arriving before the input counts as ended: the
 *  host queues every byte before boot (and a paced UART delivers the next
 *  within a few thousand cycles), so this is far past any real gap. */
const QUIET_POLLS: u32 = 1000000;

/** Reads one line of up to five decimal numbers; returns how many, or -1
 *  when the input ended without the END op. */
function readLine(nums: StaticArray<u32>): i32 {
  const u = consoleUart()!;
  let n = 0;
  let inNum = false;
  let quiet: u32 = 0;
  for (;;) {
    const ch = u.getc();
    if (ch < 0) {
      if (++quiet >= QUIET_POLLS) return -1;
      continue;
    }
    quiet = 0;
    if (ch == 10) return n + (inNum ? 1 : 0);
    if (ch >= 48 && ch <= 57) {
      if (!inNum) {
        if (n == 5) continue;
        nums[n] = 0;
        inNum = true;
      }
      nums[n] = nums[n] * 10 + <u32>(ch - 48);
    } else if (inNum) {
      inNum = false;
      n++;
    }
  }
  return n;
}

export function main(): i32 {
  const tickVector = cfg.IRQ_FIRST_VECTOR + cfg.TIMER0_IRQ;
  // The model owns time: no tick but those the op stream asks for.
  new SimTimer(new DeviceRegs(cfg.TIMER0_BASE, cfg.TIMER0_SIZE), tickVector).stop();
  const isrVector = <u32>boardSpareVector(0);
  if (irqRequest(isrVector, isrOps) != Err.Ok) return 2;
  lineVector = <u32>boardSpareVector(1);
  timers[0].create(timerCallbacks[0], 2, false);
  timers[1].create(timerCallbacks[1], 3, true);
  for (let i = 0; i < WORKERS; i++) mailbox[i].create(0, 1);
  for (let k: u32 = 0; k < <u32>SEMS; k++) semCreate(k);
  for (let k = 0; k < MUTEXES; k++) mutexes[k].create();
  queueCreate();
  events.create();
  threadSetPriority(threadCurrent()!, INTERPRETER_PRIORITY);
  kputc(62); // '>': ready for the first op
  kputc(10);
  const nums = new StaticArray<u32>(5);
  for (;;) {
    const n = readLine(nums);
    if (n < 0) return 5; // the input ended early: the host sees the exit code
    if (n == 0) continue;
    if (nums[0] == END) break;
    for (let k = n; k < 5; k++) nums[k] = 0;
    interpreterOp(nums[0], nums[1], nums[2], nums[3], nums[4], tickVector, isrVector);
    writeState();
  }
  kputc(46); // '.'
  kputc(10);
  return 0;
}
