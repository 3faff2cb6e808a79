import { Err, FOREVER, Semaphore, Thread, kputln, kputu, threadCreate, threadSleep } from "ivt-user";

const done = new Semaphore();
const worker = new Thread();
let rounds: u32 = 0;

function work(arg: u32): void {
  for (let i: u32 = 0; i < arg; i++) {
    rounds++;
    threadSleep(1);
  }
  done.give();
}

export function main(): i32 {
  kputln("victim: start");
  if (done.create(0, 1) != Err.Ok) return 1;
  if (threadCreate(worker, "worker", work, 5, 10, 1024) != Err.Ok) return 2;
  if (done.take(FOREVER) != Err.Ok) return 3;
  kputs2("victim: rounds ", rounds);
  return rounds == 5 ? 0 : 4;
}

function kputs2(s: string, n: u32): void {
  kputln(s);
  kputu(n);
  kputln("");
}
