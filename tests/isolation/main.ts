// The isolation test's first application, "victim" (tests/isolation/app.json):
// the API of user/ivt.ts over system calls, and every kind of bad input
// the kernel must refuse with Err.Invalid, never a trap inside the kernel.
// Meanwhile the second application, "rogue" (rogue.ts), faults twice;
// the victim must not notice. Exits with the number of failed checks.

import {
  Err, EventFlags, EventWait, FOREVER, Mutex, MutexKind, NO_WAIT, Queue, Semaphore, Thread, consoleWrite, errName, kputln,
  kputs, kputu, notifyGive, notifyTake, rawSemTake, SoftTimer, threadCreate, threadDelete, threadJoin, threadSleep, threadWaitValue,
  threadResume, threadSuspend, ticks, TimerCallback,
} from "ivt-user";
import { APP_MAX_HANDLES, MIN_STACK_BYTES } from "ivt-user";
import { check, checksFor, checksSummary, expectErr } from "./checks";

@external("ivt_sys", "thread_join") declare function rawThreadJoin(h: i32, timeout: u32): i32;

/** Every thread of this test: the board's smallest stack. */
const STACK: u32 = MIN_STACK_BYTES;

// ---- the API over system calls ---------------------------------------------------

const ITEM: u32 = 16;
const ITEMS: u32 = 20;
const q = new Queue();
const qDone = new Semaphore();
const consumer = new Thread();
let received: u32 = 0;
let intact: bool = true;
const rx = memory.data(16);
const tx = memory.data(16);

function consume(arg: u32): void {
  for (let i: u32 = 0; i < arg; i++) {
    if (q.receive(rx, FOREVER) != Err.Ok) break;
    for (let j: u32 = 0; j < ITEM; j++) if (load<u8>(rx + j) != <u8>(i * 7 + j)) intact = false;
    received++;
  }
  qDone.give();
}

function apiChecks(): void {
  expectErr("queue create", q.create(ITEM, 4), Err.Ok);
  expectErr("semaphore create", qDone.create(0, 1), Err.Ok);
  expectErr("thread create", threadCreate(consumer, "consumer", consume, ITEMS, 10, STACK), Err.Ok);
  for (let i: u32 = 0; i < ITEMS; i++) {
    for (let j: u32 = 0; j < ITEM; j++) store<u8>(tx + j, <u8>(i * 7 + j));
    if (q.send(tx, FOREVER) != Err.Ok) check("queue send", false);
  }
  expectErr("consumer done", qDone.take(FOREVER), Err.Ok);
  expectErr("join the consumer", threadJoin(consumer, 100), Err.Ok);
  check("every item received, intact", received == ITEMS && intact);

  const m = new Mutex();
  expectErr("mutex create", m.create(MutexKind.Recursive), Err.Ok);
  expectErr("mutex lock", m.lock(FOREVER), Err.Ok);
  expectErr("mutex lock again (recursive)", m.lock(NO_WAIT), Err.Ok);
  expectErr("mutex unlock", m.unlock(), Err.Ok);
  expectErr("mutex unlock", m.unlock(), Err.Ok);
  expectErr("mutex unlock when not held", m.unlock(), Err.NotOwner);
  expectErr("mutex delete", m.delete(), Err.Ok);

  const t0 = ticks();
  expectErr("sleep", threadSleep(3), Err.Ok);
  check("sleep 3 ticks takes 3 ticks or more", ticks() - t0 >= 3);
  expectErr("semaphore take with timeout", qDone.take(2), Err.Timeout);
}

// ---- event flags, notifications, join ------------------------------------------------

const events = new EventFlags();
const waiter = new Thread();

function waitThenSignal(arg: u32): void {
  // Woken by a notification (a light semaphore), answers with two bits.
  if (notifyTake(true, FOREVER) != Err.Ok || threadWaitValue() != 1) return;
  events.set(0x5);
}

function signalChecks(): void {
  expectErr("event flags create", events.create(), Err.Ok);
  expectErr("a thread to notify", threadCreate(waiter, "waiter", waitThenSignal, 0, 10, STACK), Err.Ok);
  expectErr("notify it", notifyGive(waiter), Err.Ok);
  expectErr("wait for both bits it sets", events.wait(0x5, EventWait.All | EventWait.ClearOnExit, 100), Err.Ok);
  check("the flags seen are the ones set", threadWaitValue() == 0x5);
  expectErr("join it", threadJoin(waiter, 100), Err.Ok);
  // Its handle is freed: the Thread is free again, and a join of a free
  // thread returns at once, as the kernel's; the freed handle itself is stale.
  const freed = waiter.handle;
  expectErr("join it again: free, at once", threadJoin(waiter, NO_WAIT), Err.Ok);
  expectErr("its old handle is stale", <Err>rawThreadJoin(freed, NO_WAIT), Err.Invalid);
  expectErr("notify a joined thread", notifyGive(waiter), Err.Invalid);
  // A thread that ended before its join keeps its handle until then.
  expectErr("a thread that ends at once", threadCreate(waiter, "brief", idleBriefly, 0, 10, STACK), Err.Ok);
  threadSleep(2);
  expectErr("join after it ended", threadJoin(waiter, NO_WAIT), Err.Ok);
  expectErr("wait with nothing set", events.wait(0x1, EventWait.Any, NO_WAIT), Err.WouldBlock);
  expectErr("event flags delete", events.delete(), Err.Ok);
  expectErr("deleted flags", events.set(1), Err.Invalid);
}

function idleBriefly(arg: u32): void {}

// ---- software timers (user/ivt.ts: the application's own timer thread) ----------------

class Count extends TimerCallback {
  runs: u32 = 0;
  fire(timer: SoftTimer): void {
    this.runs++;
  }
}

function timerChecks(): void {
  const once = new SoftTimer();
  const every = new SoftTimer();
  const never = new SoftTimer();
  const c1 = new Count();
  const c2 = new Count();
  const c3 = new Count();
  expectErr("a timer of period 0", once.create(c1, 0, false), Err.Invalid);
  expectErr("start before create", never.start(), Err.Invalid);
  expectErr("one-shot create", once.create(c1, 3, false), Err.Ok);
  expectErr("periodic create", every.create(c2, 2, true), Err.Ok);
  expectErr("a timer to stop", never.create(c3, 4, false), Err.Ok);
  expectErr("start", once.start(), Err.Ok);
  const started = ticks();
  expectErr("start", every.start(), Err.Ok);
  expectErr("start", never.start(), Err.Ok);
  expectErr("stop before it expires", never.stop(), Err.Ok);
  threadSleep(11);
  // The other applications' faults may keep this thread off the CPU past
  // its 11 ticks: the periodic timer must have run once per 2 ticks of
  // however long it really was (a late run catches up).
  const slept = ticks() - started;
  check("the one-shot ran once and is no longer active", c1.runs == 1 && !once.isActive());
  const due = slept / 2;
  const periodicOk = c2.runs + 1 >= due && c2.runs <= due + 1 && every.isActive();
  check("the periodic one ran once per 2 ticks", periodicOk);
  if (!periodicOk) {
    kputs("  ran ");
    kputu(c2.runs);
    kputs(" times, active ");
    kputu(every.isActive() ? 1 : 0);
    kputs(", slept ");
    kputu(slept);
    kputln("");
  }
  check("the stopped one never ran", c3.runs == 0);
  expectErr("stop the periodic one", every.stop(), Err.Ok);
  const after = c2.runs;
  threadSleep(5);
  check("a stopped periodic timer runs no more", c2.runs == after);
  expectErr("delete", once.delete(), Err.Ok);
  expectErr("start after delete", once.start(), Err.Invalid);
}

// ---- handles -------------------------------------------------------------------------

/** Handle layout (kernel/handles.ts): slot | kind << 8 | generation << 12. */
const SEMAPHORE_KIND: i32 = 2;

function handleChecks(): void {
  const s = new Semaphore();
  expectErr("semaphore create", s.create(1, 1), Err.Ok);
  const mine = s.handle;
  // Forged numbers.
  expectErr("handle 0", rawSemTake(0, NO_WAIT), Err.Invalid);
  expectErr("handle -1", rawSemTake(-1, NO_WAIT), Err.Invalid);
  expectErr("handle 2^31-1", rawSemTake(0x7fffffff, NO_WAIT), Err.Invalid);
  expectErr("handle -2^31", rawSemTake(<i32>0x80000000, NO_WAIT), Err.Invalid);
  expectErr("slot past the table", rawSemTake((mine & ~0xff) | 0xff, NO_WAIT), Err.Invalid);
  expectErr("generation changed", rawSemTake(mine + (1 << 12), NO_WAIT), Err.Invalid);
  // A queue's handle used as a semaphore's.
  expectErr("a queue's handle as a semaphore", rawSemTake(q.handle, NO_WAIT), Err.Invalid);
  const m = new Mutex();
  expectErr("mutex create", m.create(), Err.Ok);
  expectErr("a mutex handle as a semaphore", rawSemTake(m.handle, NO_WAIT), Err.Invalid);
  const forged = new Semaphore();
  forged.handle = m.handle;
  expectErr("give through a mutex handle", forged.give(), Err.Invalid);
  expectErr("mutex delete", m.delete(), Err.Ok);
  // Stale: deleted, then the slot taken again.
  expectErr("own handle works", rawSemTake(mine, NO_WAIT), Err.Ok);
  expectErr("semaphore delete", s.delete(), Err.Ok);
  expectErr("deleted handle", rawSemTake(mine, NO_WAIT), Err.Invalid);
  const again = new Semaphore();
  expectErr("semaphore create", again.create(0, 1), Err.Ok);
  expectErr("stale handle after the slot is reused", rawSemTake(mine, NO_WAIT), Err.Invalid);
  expectErr("semaphore delete", again.delete(), Err.Ok);
  expectErr("delete twice", again.delete(), Err.Invalid);
  // Every semaphore handle another application could hold (rogue holds
  // one now): slots 0-31 of the first 16 generations.
  let others: u32 = 0;
  for (let slot = 0; slot < 32; slot++) {
    for (let gen = 1; gen <= 16; gen++) {
      const h = slot | (SEMAPHORE_KIND << 8) | (gen << 12);
      if (h == qDone.handle) continue;
      if (rawSemTake(h, NO_WAIT) != Err.Invalid) others++;
    }
  }
  check("no other application's semaphore is reachable", others == 0);
}

// ---- memory crossing -------------------------------------------------------------------

function memoryChecks(): void {
  const top = <u32>memory.size() << 16;
  expectErr("send from address 0 (the null guard)", q.send(0, NO_WAIT), Err.Invalid);
  expectErr("send from 8 (the null guard)", q.send(8, NO_WAIT), Err.Invalid);
  expectErr("send across the end of memory", q.send(top - 8, NO_WAIT), Err.Invalid);
  expectErr("send from past the end", q.send(top, NO_WAIT), Err.Invalid);
  expectErr("send from 2^32-8 (wraps)", q.send(0xfffffff8, NO_WAIT), Err.Invalid);
  expectErr("send from 2^31", q.send(0x80000000, NO_WAIT), Err.Invalid);
  expectErr("send of a good item", q.send(tx, NO_WAIT), Err.Ok);
  expectErr("receive into past the end", q.receive(top - 4, NO_WAIT), Err.Invalid);
  expectErr("receive into 2^32-1", q.receive(0xffffffff, NO_WAIT), Err.Invalid);
  expectErr("the item is still queued: receive it", q.receive(rx, NO_WAIT), Err.Ok);
  // The last bytes of the memory the application really has (board.json
  // app_memory; the page on sim): a 16-byte item there crosses by one
  // test of constants (the image's apps-copy.h few_words_inside), one 4 bytes
  // further by the exact tests, which refuse it. One check, one string:
  // lm3s6965evb's victim has no room for more.
  const end = isDefined(BOARD_APP_MEMORY) ? <u32>BOARD_APP_MEMORY : top;
  for (let j: u32 = 0; j < ITEM; j++) store<u8>(end - ITEM + j, <u8>(0xc0 + j));
  let ok = q.send(end - ITEM, NO_WAIT) == Err.Ok;
  memory.fill(end - ITEM, 0, ITEM);
  ok = ok && q.receive(end - ITEM + 4, NO_WAIT) == Err.Invalid && q.receive(end - ITEM, NO_WAIT) == Err.Ok;
  for (let j: u32 = 0; j < ITEM; j++) if (load<u8>(end - ITEM + j) != <u8>(0xc0 + j)) ok = false;
  ok = ok && q.send(end - 12, NO_WAIT) == Err.Invalid;
  // Unaligned, near the end: the exact tests pass it.
  ok = ok && q.send(end - ITEM - 1, NO_WAIT) == Err.Ok && q.receive(end - ITEM - 3, NO_WAIT) == Err.Ok;
  check("items at its memory's end", ok);
  expectErr("console write past the end", consoleWrite(top - 2, 4), Err.Invalid);
  expectErr("console write of 2^32-1 bytes", consoleWrite(64, 0xffffffff), Err.Invalid);
  expectErr("console write of 0 bytes", consoleWrite(64, 0), Err.Ok);
}

// ---- threads and exhaustion -----------------------------------------------------------

const spare = new Thread();
function idle(arg: u32): void {
  threadSleep(FOREVER);
}

function threadChecks(): void {
  for (let p: u32 = 0; p < 5; p++) expectErr("a priority above the applications' range", threadCreate(spare, "x", idle, 0, p, STACK), Err.Invalid);
  expectErr("the idle priority", threadCreate(spare, "x", idle, 0, 31, STACK), Err.Invalid);
  expectErr("a stack of 16 bytes", threadCreate(spare, "x", idle, 0, 10, 16), Err.Invalid);
  expectErr("a stack of 2^32-1 bytes", threadCreate(spare, "x", idle, 0, 10, 0xffffffff), Err.Invalid);
  expectErr("an empty name", threadCreate(spare, "", idle, 0, 10, STACK), Err.Invalid);
  expectErr("a name of 16 characters", threadCreate(spare, "0123456789abcdef", idle, 0, 10, STACK), Err.Invalid);
  expectErr("a thread to delete", threadCreate(spare, "spare", idle, 0, 10, STACK), Err.Ok);
  expectErr("delete it", threadDelete(spare), Err.Ok);
  expectErr("delete it again", threadDelete(spare), Err.Invalid);
}

/** Room for every handle the application may hold (it holds six already)
 *  and the one refused: no more, the victim's memory is full on lm3s6965evb. */
const pile = new StaticArray<Semaphore>(<i32>APP_MAX_HANDLES - 5);

function exhaustionChecks(): void {
  let made = 0;
  let e = Err.Ok;
  for (; made < pile.length; made++) {
    const s = new Semaphore();
    unchecked((pile[made] = s));
    e = s.create(0, 1);
    if (e != Err.Ok) break;
  }
  expectErr("handles run out", e, Err.NoSpace);
  // It holds six already: the queue, qDone, its main thread's, and its
  // timers' lock, semaphore and thread (user/ivt.ts).
  check("an application holds at most APP_MAX_HANDLES handles", <u32>made == APP_MAX_HANDLES - 6);
  if (<u32>made != APP_MAX_HANDLES - 6) {
    kputs("  made ");
    kputu(made);
    kputln("");
  }
  for (let i = 0; i < made; i++) expectErr("delete", unchecked(pile[i]).delete(), Err.Ok);
  let ok = true;
  for (let i = 0; i < 300; i++) {
    const s = unchecked(pile[0]);
    if (s.create(0, 1) != Err.Ok || s.delete() != Err.Ok) ok = false;
  }
  check("300 create/delete rounds leave the handles free", ok);
  pinnedSlotChecks();
}

/** What the waiter's wait answered (0xff: nothing yet). */
let stuckSaw: i32 = 0xff;

/** Waits for ever on `events` (an event-flags wait pins its handle's slot
 *  for the call; a semaphore's take needs no pin: kernel/sys.ts). */
function waitStuck(arg: u32): void {
  stuckSaw = events.wait(0x1, EventWait.Any, FOREVER);
}

/** Semaphores made in pile[0 ..] until the handles run out, all deleted
 *  again. */
function makeUntilRefused(): i32 {
  let made = 0;
  for (; made < pile.length; made++) {
    if (unchecked(pile[made]).create(0, 1) != Err.Ok) break;
  }
  for (let i = 0; i < made; i++) unchecked(pile[i]).delete();
  return made;
}

/** A thread suspended while it waits inside a call keeps that call's
 *  handle slot (its pin) after a sibling deletes the object: the slot may
 *  not be taken again while the call may still act on it. It is charged
 *  to this application, so hoarding them takes from its own share
 *  (APP_MAX_HANDLES), not from the other applications'. The objects are
 *  signalChecks' and exhaustionChecks' (this application's memory is
 *  tight on small boards). */
function pinnedSlotChecks(): void {
  const before = makeUntilRefused();
  expectErr("pin: flags", events.create(), Err.Ok);
  expectErr("pin: thread", threadCreate(spare, "spare", waitStuck, 0, 10, STACK), Err.Ok);
  threadSleep(2); // it waits inside its call
  expectErr("pin: suspend", threadSuspend(spare), Err.Ok);
  expectErr("pin: delete", events.delete(), Err.Ok);
  // Its thread's handle and the slot it still pins: two fewer.
  const pinned = makeUntilRefused();
  // Descriptions kept short: the victim's memory is full on lm3s6965evb.
  check("pin: charged to its app", pinned == before - 2);
  if (pinned != before - 2) {
    kputs("  made ");
    kputu(pinned);
    kputln("");
  }
  expectErr("pin: resume", threadResume(spare), Err.Ok);
  threadSleep(2);
  check("pin: wait ended", stuckSaw == Err.Deleted || stuckSaw == Err.Invalid);
  threadDelete(spare);
  check("pin: slot free again", makeUntilRefused() == before);
}

export function main(): i32 {
  checksFor("isolation");
  kputln("victim: start");
  threadSleep(2); // rogue makes its semaphore
  apiChecks();
  signalChecks();
  handleChecks(); // before the timers: their semaphore would be one of its own it cannot tell
  timerChecks();
  memoryChecks();
  threadChecks();
  exhaustionChecks();
  // rogue faults twice meanwhile (once more after its restart). 200
  // ticks, not 40: with 40 the victim once ended the program before
  // rogue's second end was printed (mps2-an385, with other runs beside it
  // on a loaded host; alone it passed each time). Each fault prints a
  // report; the likely cause, not confirmed, is output held back while
  // the host read the console slowly.
  threadSleep(200);
  expectErr("the victim's own objects still work", qDone.give(), Err.Ok);
  expectErr("after rogue's faults", qDone.take(NO_WAIT), Err.Ok);
  return checksSummary();
}
