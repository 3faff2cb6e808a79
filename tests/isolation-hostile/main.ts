// tests/isolation-hostile: a hostile user's checks of the isolation
// promises (docs/isolation.md). "victim" is the primary and exits with the
// number of failed checks; "thief" (thief.ts) attacks it.

import { Err, FOREVER, NO_WAIT, Semaphore, Thread, errName, kputln, kputs, kputu, threadCreate, threadDelete, threadSleep, ticks } from "ivt-user";
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

export function main(): i32 {
  kputln("victim: start");
  raceChecks();
  joinRaceChecks();
  kputs("hostile: ");
  kputu(checks - failed);
  kputs(" of ");
  kputu(checks);
  kputln(" checks passed");
  return <i32>failed;
}
