// tests/isolation-race, its second application "racer" (main.ts says
// what the test shows): `giver` gives S and sends to Q without pause;
// the main thread, more urgent, deletes both at the tick each round starts
// with and makes them again two ticks later. A give, and a send to a
// queue with room, look the handle up and act under one hold of the
// kernel lock (kernel/sys.ts): no window. Every other send goes to the
// queue's front, which always takes the pinned path (a lookup, the
// item's copy, then the queue's lock): that window is what the test
// catches when the pins are gone (docs/isolation.md, Handles).

import { Err, errName, kputln, Queue, Semaphore, Thread, threadCreate, threadSelf, threadSetPriority, threadSleepUntil, ticks, WakeTime, MIN_STACK_BYTES } from "ivt-user";
import { FIRST_TICK, ITEM_BYTES, QUEUE_ITEMS, ROUNDS } from "./rounds";

const s = new Semaphore();
const q = new Queue();
const item = memory.data(ITEM_BYTES);
const giver = new Thread();
let stop = false;
/** Calls that S or Q took, and calls refused (deleted, or Q full). */
let taken: u32 = 0;
let refused: u32 = 0;

/** Work between calls that varies from one to the next, so that the tick
 *  finds the giver at another point of its call each round: the whole
 *  system is deterministic (QEMU -icount, sim's clock of host calls), and
 *  a loop of equal calls met the tick at the same instruction every
 *  round. The amount is pseudo-random (a linear congruential sequence),
 *  not a short cycle: with work of n % 3 and n % 11 steps, a change of
 *  15 instructions in the kernel's interrupt path put netduino2's ticks
 *  in step with the giver's calls, and no call landed in 150 rounds with
 *  the pins off (tests/isolation-race-unpinned failed). ticks() is a host
 *  call on sim. */
let sink: u32 = 0;
let seed: u32 = 0x2545f491;

function give(arg: u32): void {
  let n: u32 = 0;
  while (!stop) {
    n++;
    // A full queue is emptied now and then, so that sends keep landing.
    if (n % 7 == 0) q.reset();
    const e = (n & 1) != 0 ? s.give() : (n & 2) != 0 ? q.send(item, 0) : q.sendToFront(item, 0);
    if (e == Err.Ok) taken++;
    else refused++;
    seed = seed * 1664525 + 1013904223;
    for (let j: u32 = 0; j < (seed >>> 30); j++) sink += ticks();
    for (let j: u32 = 0; j < ((seed >>> 24) & 31); j++) sink += j;
  }
}

const wake = new WakeTime();

/** Sleeps until tick `at` (as the victim's). */
function sleepTo(at: u32): void {
  wake.tick = at - 1;
  threadSleepUntil(wake, 1);
}

function make(): void {
  const a = s.create(0, 0xffff);
  const b = q.create(ITEM_BYTES, QUEUE_ITEMS);
  // Texts kept short: UTF-16 in micro:bit's 1.5 KiB of application memory.
  if (a != Err.Ok || b != Err.Ok) kputln("racer: FAILED: create " + errName(a != Err.Ok ? a : b));
}

function deleteAndMake(): void {
  for (let r: u32 = 0; r < ROUNDS; r++) {
    sleepTo(FIRST_TICK + 3 * r);
    s.delete();
    q.delete();
    sleepTo(FIRST_TICK + 3 * r + 2);
    make();
  }
  stop = true;
  kputln("racer: " + taken.toString() + " taken, " + refused.toString() + " refused");
}

export function main(): i32 {
  kputln("racer: start");
  make();
  const me = threadSelf();
  const e = me === null ? Err.NoThread : threadSetPriority(me, 10);
  const g = e != Err.Ok ? e : threadCreate(giver, "giver", give, 0, 20, MIN_STACK_BYTES);
  if (g != Err.Ok) {
    kputln("racer: FAILED: set-up " + errName(g));
    return 1;
  }
  deleteAndMake();
  return 0;
}
