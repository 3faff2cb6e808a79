// The small isolation test's second application (restart once): holds a
// semaphore, then reads every byte of its memory and the first one past
// it, where the bounds check traps. Its main thread ends, its semaphore is
// deleted, it restarts once and traps again.

import { Err, Semaphore, kputln } from "ivt-user";

const held = new Semaphore();
let sum: u32 = 0;

export function main(): i32 {
  kputln("scanner: start");
  if (held.create(0, 1) != Err.Ok) return 1;
  for (let a: usize = 0; ; a += 4) sum += load<u32>(a);
  return 0;
}
