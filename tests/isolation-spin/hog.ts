// tests/isolation-spin's hog: one thread at APP_PRIORITY_FIRST that spins
// (no system call) from tick 1 to tick 200.
import { Thread, kputln, threadCreate, threadSleep, ticks } from "ivt-user";
import { APP_PRIORITY_FIRST, MIN_STACK_BYTES } from "ivt-user";

const t = new Thread();

function spin(arg: u32): void {
  threadSleep(1);
  let x: u32 = 0;
  while (ticks() < 200) x++;
  kputln("hog: done");
}

export function main(): i32 {
  kputln("hog: start");
  threadCreate(t, "hog", spin, 0, APP_PRIORITY_FIRST, MIN_STACK_BYTES);
  return 0;
}
