// tests/isolation-hostile: a hostile user's checks of the isolation
// promises (docs/isolation.md). "victim" is the primary and exits with the
// number of failed checks; "thief" (thief.ts) attacks it.

import {
  Err, EventFlags, EventWait, FOREVER, Mutex, NO_WAIT, Queue, Semaphore, Thread, errName, kputln, kputs, kputu, notifyTake, threadCreate,
  threadDelete, threadJoin, threadSleep, ticks,
} from "ivt-user";
import { MIN_STACK_BYTES } from "ivt-user";

const STACK: u32 = MIN_STACK_BYTES;

let failed: u32 = 0;
let checks: u32 = 0;

function check(what: string, ok: bool): void {
  checks++;
  if (ok) return;
  failed++;
  kputs("hostile: FAILED: ");
  kputln(what);
}

function expectErr(what: string, got: Err, want: Err): void {
  check(what, got == want);
  if (got != want) {
    kputs("  got ");
    kputs(errName(got));
    kputs(", expected ");
    kputln(errName(want));
  }
}

// ---- the thief's double-delete race (thief.ts) -----------------------------------

const mine = new Semaphore();
const sleeper = new Thread();
let woke: u32 = 0;
let wokeWith: Err = Err.Ok;

function waitMine(arg: u32): void {
  wokeWith = mine.take(FOREVER);
  woke = ticks();
}

function raceChecks(): void {
  // The thief has set its race up by now and its spinner runs until tick 30.
  threadSleep(10);
  expectErr("semaphore create during the thief's race", mine.create(0, 1), Err.Ok);
  expectErr("a waiter on it", threadCreate(sleeper, "waiter", waitMine, 0, 12, STACK), Err.Ok);
  threadSleep(40); // the thief's deleter runs at tick 30
  check("no other application's give woke my waiter", woke == 0);
  expectErr("my handle still mine after the thief's deletes", mine.give(), Err.Ok);
  threadSleep(1);
  expectErr("my waiter woken by my give", wokeWith, Err.Ok);
}

// ---- the thief's join and delete of one handle (thief.ts, from tick 60) ----------

const worker = new Thread();

function idle(arg: u32): void {
  threadSleep(FOREVER);
}

function joinRaceChecks(): void {
  const now = ticks();
  if (now < 70) threadSleep(70 - now);
  expectErr("thread create during the thief's join race", threadCreate(worker, "worker", idle, 0, 12, STACK), Err.Ok);
  threadSleep(40); // the thief's joiner runs at tick 90
  expectErr("my thread handle still mine after the thief's join", threadDelete(worker), Err.Ok);
}

// ---- objects of every kind under the forger's brute force (forger.ts) ------------

const vs = new Semaphore();
const vm = new Mutex();
const vq = new Queue();
const ve = new EventFlags();
const wSem = new Thread();
const wEv = new Thread();
const wNote = new Thread();
let wokeSem: bool = false;
let wokeEv: bool = false;
let wokeNote: bool = false;
const vItem = memory.data(32);

function onSem(arg: u32): void {
  vs.take(FOREVER);
  wokeSem = true;
}

function onEv(arg: u32): void {
  ve.wait(0xffffffff, EventWait.Any, FOREVER);
  wokeEv = true;
}

function onNote(arg: u32): void {
  notifyTake(true, FOREVER);
  wokeNote = true;
}

/** Until the forger's two rounds are done (its test.json lines say so). */
export const HOLD_UNTIL: u32 = 1000;

function forgeChecks(): void {
  expectErr("semaphore", vs.create(0, 1), Err.Ok);
  expectErr("mutex", vm.create(), Err.Ok);
  expectErr("queue", vq.create(32, 1), Err.Ok);
  expectErr("event flags", ve.create(), Err.Ok);
  store<u32>(vItem, 0xfeedf00d);
  expectErr("an item queued", vq.send(vItem, NO_WAIT), Err.Ok);
  expectErr("mutex locked", vm.lock(NO_WAIT), Err.Ok);
  expectErr("semaphore waiter", threadCreate(wSem, "wsem", onSem, 0, 12, STACK), Err.Ok);
  expectErr("events waiter", threadCreate(wEv, "wev", onEv, 0, 12, STACK), Err.Ok);
  expectErr("notify waiter", threadCreate(wNote, "wnote", onNote, 0, 12, STACK), Err.Ok);
  const now = ticks();
  if (now < HOLD_UNTIL) threadSleep(HOLD_UNTIL - now);
  check("semaphore waiter not woken by a forged handle", !wokeSem);
  check("events waiter not woken by a forged handle", !wokeEv);
  check("notify waiter not woken by a forged handle", !wokeNote);
  store<u32>(vItem, 0);
  expectErr("my item still queued", vq.receive(vItem, NO_WAIT), Err.Ok);
  check("and intact", load<u32>(vItem) == 0xfeedf00d);
  expectErr("my mutex still mine", vm.unlock(), Err.Ok);
  expectErr("my semaphore's waiter woken by me", vs.give(), Err.Ok);
  expectErr("my events' waiter woken by me", ve.set(1), Err.Ok);
  expectErr("joined", threadJoin(wSem, 10), Err.Ok);
  expectErr("joined", threadJoin(wEv, 10), Err.Ok);
  expectErr("delete the notify waiter", threadDelete(wNote), Err.Ok);
  expectErr("semaphore delete", vs.delete(), Err.Ok);
  expectErr("mutex delete", vm.delete(), Err.Ok);
  expectErr("queue delete", vq.delete(), Err.Ok);
  expectErr("event flags delete", ve.delete(), Err.Ok);
}

export function main(): i32 {
  kputln("victim: start");
  raceChecks();
  joinRaceChecks();
  forgeChecks();
  kputs("hostile: ");
  kputu(checks - failed);
  kputs(" of ");
  kputu(checks);
  kputln(" checks passed");
  return <i32>failed;
}
