// tests/isolation-race, its first application "victim": a system call on
// an object looks the handle up and then acts on the object; between the
// two, the caller may be preempted. The racer (racer.ts) gives its
// semaphore S and sends to its queue Q flat out from a thread at priority
// 20, and every round, at one tick, deletes both from its main thread at
// priority 10, which the tick wakes: the tick often finds the giver inside
// a call, past the lookup. The victim's main thread (priority 12) wakes at the
// same tick, after the deleter, and makes its semaphore T and queue U,
// whose creates take free handle slots and the objects kept for them: S's
// and Q's, before the kernel pinned slots in use (kernel/handles.ts). A
// tick later the victim checks that T and U are still empty: nothing of
// its own gave or sent, so a count means a call of the racer's that named
// S or Q landed on T or U. Then the victim deletes them and, a tick later,
// the racer makes S and Q again.
//
//   tick FIRST_TICK + 3r      racer deletes S and Q; victim makes T and U
//   tick FIRST_TICK + 3r + 1  victim checks T's and U's counts, deletes them
//   tick FIRST_TICK + 3r + 2  racer makes S and Q again

import { Err, errName, kputln, kputs, Queue, Semaphore, threadSelf, threadSetPriority, threadSleep, threadSleepUntil, WakeTime } from "ivt-user";
import { FIRST_TICK, ITEM_BYTES, QUEUE_ITEMS, ROUNDS } from "./rounds";

const t = new Semaphore();
const u = new Queue();
let stolen: u32 = 0;
let late: u32 = 0;
let errors: u32 = 0;

const wake = new WakeTime();

/** Sleeps until tick `at` (threadSleep(n) would wake at the tick after
 *  now + n: n full periods); counts a step that came too late for it. */
function sleepTo(at: u32): void {
  wake.tick = at - 1;
  if (threadSleepUntil(wake, 1) != Err.Ok) late++;
}

/** Whether a create went well; prints why not (texts kept short: they
 *  are UTF-16 in micro:bit's 1.5 KiB of application memory). */
function made(e: Err): bool {
  if (e == Err.Ok) return true;
  kputln("victim: FAILED: create " + errName(e));
  errors++;
  return false;
}

function check(): void {
  for (let r: u32 = 0; r < ROUNDS; r++) {
    sleepTo(FIRST_TICK + 3 * r);
    const a = made(t.create(0, 0xffff));
    const b = made(u.create(ITEM_BYTES, QUEUE_ITEMS));
    sleepTo(FIRST_TICK + 3 * r + 1);
    if (t.available() != 0) stolen++;
    if (u.count() != 0) stolen++;
    if (a && t.delete() != Err.Ok) errors++;
    if (b && u.delete() != Err.Ok) errors++;
  }
}

export function main(): i32 {
  kputln("victim: start");
  // Two threads of its own would not fit beside the racer's on micro:bit.
  const me = threadSelf();
  const e = me === null ? Err.NoThread : threadSetPriority(me, 12);
  if (e != Err.Ok) {
    kputln("victim: FAILED: priority " + errName(e));
    return 1;
  }
  check();
  threadSleep(5); // the racer's last words
  kputs("victim: ");
  kputs(ROUNDS.toString());
  kputs(" rounds, ");
  kputs(stolen.toString());
  kputln(" calls landed on its objects");
  if (late != 0) kputln("victim: FAILED: late " + late.toString());
  if (stolen != 0 || errors != 0) kputln("victim: FAILED");
  return stolen != 0 || errors != 0 || late != 0 ? 1 : 0;
}
