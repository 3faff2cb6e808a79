// tests/isolation-restarts: an application that faults and restarts for
// as long as the test runs (crashloop.ts, "always"), and one whose
// top-level code faults at every restart (topfault.ts). "steady", the
// primary, makes and deletes threads and queues the whole time: a restart
// that leaked a handle, a thread id, a stack or kernel heap would make
// one of them fail. Exits with the number of failed loops.

import { Err, Queue, Thread, errName, kputln, kputs, kputu, threadCreate, threadJoin, threadSleep, ticks } from "ivt-user";
import { MIN_STACK_BYTES } from "ivt-user";

function nothing(arg: u32): void {}

export function main(): i32 {
  kputln("steady: start");
  let failed: u32 = 0;
  const t = new Thread(); // reused: this module's heap never frees
  const q = new Queue();
  let rounds: u32 = 0;
  // After holder's two runs and topfault's four: until then their threads
  // take most of sim's 15 KiB stack arena (shared, as documented).
  threadSleep(50);
  // 2 s: crashloop's 50 restarts on the boards, each with its crash
  // record made and printed (docs/crash.md), took 1.1 s when records came;
  // with the printed texts read through the host (docs/build.md "Texts in
  // flash") only 49 fitted in 1.5 s on mps2-an386.
  while (ticks() < 2000) {
    let e = threadCreate(t, "churn", nothing, 0, 12, MIN_STACK_BYTES);
    if (e == Err.Ok) e = threadJoin(t, 10);
    if (e == Err.Ok) e = q.create(32, 32);
    if (e == Err.Ok) e = q.delete();
    if (e != Err.Ok) {
      failed++;
      kputs("steady: FAILED: ");
      kputln(errName(e));
    }
    rounds++;
    if ((rounds & 7) == 0) threadSleep(1);
  }
  // One write, one line: another application's fault report may come
  // between two writes (each goes out whole, kernel/sys.ts console_write).
  kputs("steady: " + rounds.toString() + " rounds, " + failed.toString() + " failed\n");
  return <i32>failed;
}
