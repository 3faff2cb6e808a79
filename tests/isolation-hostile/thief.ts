// The hostile test's second application, "thief": tries to get a handle
// to the victim's semaphore through a race between two deletes of its
// own semaphore's handle (tests/isolation-hostile/main.ts says what the
// victim checks).
//
//   - `deleter` (priority 25) deletes semaphore S; the delete wakes
//     `waker` (priority 10), waiting on S, which runs before the delete
//     has freed S's handle slot;
//   - `waker` deletes S again: the second delete used to free the slot
//     too (and return Invalid), so the victim's next create took that
//     slot and its kept object;
//   - `spinner` (priority 24) keeps `deleter` off the CPU until the
//     victim has made its semaphore there and a thread of it waits on it;
//   - `deleter` resumes and frees the slot: the victim's handle went
//     stale, and the thief's next create took the slot, with the victim's
//     live semaphore behind it (create's Busy was not looked at), and
//     gave it: the victim's thread woke for a give it never made.

import { Err, errName, FOREVER, Semaphore, Thread, kputln, threadCreate, threadDelete, threadJoin, threadSleep, ticks } from "ivt-user";
import { MIN_STACK_BYTES } from "ivt-user";

const STACK: u32 = MIN_STACK_BYTES;

const s = new Semaphore();
const stolen = new Semaphore();
const deleter = new Thread();
const waker = new Thread();
const spinner = new Thread();
const go = new Semaphore();

/** Ticks until which the spinner keeps the deleter off the CPU. */
export const SPIN_UNTIL: u32 = 30;

function spin(arg: u32): void {
  go.take(FOREVER);
  while (ticks() < SPIN_UNTIL) {}
}

function wake(arg: u32): void {
  const e = s.take(FOREVER); // Deleted, woken by the deleter's delete
  if (e != Err.Deleted) kputln("thief: FAILED: the waker did not see Deleted");
  // The deleter is inside its delete and has not freed S's slot yet.
  const again = s.delete();
  if (again != Err.Invalid) kputln("thief: FAILED: the second delete was not Invalid");
  go.give(); // not a create: that would take the freed slot itself
}

function del(arg: u32): void {
  s.delete();
  // Back here after the spinner: the victim has its semaphore by now.
  if (stolen.create(0, 1) != Err.Ok) {
    kputln("thief: FAILED: no semaphore");
    return;
  }
  const e = stolen.give();
  kputln("thief: gave " + (e == Err.Ok ? "Ok" : "an error"));
}

// ---- a join and a delete of one thread handle (from tick 60) ---------------------
//
// `killer` (25) deletes `target`, which frees its slot at once and wakes
// `joiner` (26), waiting to join it; `spinner2` (24) keeps the joiner off
// the CPU while the victim makes a thread, which reuses that slot and its
// kept Thread object; then the joiner's join returns Ok and frees the slot
// if it still names that object: the victim's thread handle went stale.

const target = new Thread();
const joiner = new Thread();
const killer = new Thread();
const spinner2 = new Thread();
const go2 = new Semaphore();
export const SPIN2_UNTIL: u32 = 90;

function sleepForever(arg: u32): void {
  threadSleep(FOREVER);
}

function join(arg: u32): void {

  const e = threadJoin(target, FOREVER);
  if (e != Err.Ok) kputln("thief: FAILED: join not Ok");
}

function spin2(arg: u32): void {
  go2.take(FOREVER);
  while (ticks() < SPIN2_UNTIL) {}
}

function kill(arg: u32): void {
  const now = ticks();
  if (now < 60) threadSleep(60 - now);

  if (threadDelete(target) != Err.Ok) kputln("thief: FAILED: delete not Ok");
  go2.give();
}

export function main(): i32 {
  kputln("thief: start");
  const r = setUp();
  if (r != 0) kputln("thief: FAILED: set-up step " + r.toString());
  // Returning ends nothing but gives its stack back: the sim's stack arena
  // (about 15 KiB) is shared by five applications' threads.
  return r;
}

function setUp(): i32 {
  if (s.create(0, 1) != Err.Ok) return 1;
  if (go.create(0, 1) != Err.Ok) return 4;
  if (threadCreate(spinner, "spinner", spin, 0, 24, STACK) != Err.Ok) return 5;
  const ew = threadCreate(waker, "waker", wake, 0, 10, STACK);
  if (ew != Err.Ok) { kputln("thief: waker " + errName(ew)); return 2; }
  if (threadCreate(deleter, "deleter", del, 0, 25, STACK) != Err.Ok) return 3;
  if (go2.create(0, 1) != Err.Ok) return 6;
  if (threadCreate(target, "target", sleepForever, 0, 20, STACK) != Err.Ok) return 7;
  if (threadCreate(spinner2, "spinner2", spin2, 0, 24, STACK) != Err.Ok) return 8;
  if (threadCreate(joiner, "joiner", join, 0, 26, STACK) != Err.Ok) return 9;
  if (threadCreate(killer, "killer", kill, 0, 25, STACK) != Err.Ok) return 10;
  return 0;
}
