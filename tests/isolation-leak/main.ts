// tests/isolation-leak's first application, "watcher": while "leaker"
// (leaker.ts) makes a quarter of the kernel heap's worth of objects and
// dies holding them, four times, it asks each tick for a stream buffer of
// three quarters of the kernel heap. That fits only when the dead leaker's
// storage came back; were it kept, it never would (and the leaker's later
// runs would find no room, which test.json counts).

import { Err, KERNEL_HEAP_BYTES, kputln, StreamBuffer, threadSleep } from "ivt-user";

export function main(): i32 {
  kputln("watcher: start");
  const big = new StreamBuffer();
  for (let t = 0; t < 1000; t++) {
    threadSleep(1);
    if (big.create(KERNEL_HEAP_BYTES / 4 * 3, 1) != Err.Ok) continue;
    big.delete();
    kputln("watcher: three quarters of the kernel heap fit");
    // The leaker's last runs: each ends with a bugcheck record printed,
    // which on microbit (a 16 MHz Cortex-M0) took the 50 ticks this waited.
    threadSleep(200);
    return 0;
  }
  kputln("watcher: FAILED: three quarters of the kernel heap never fit");
  return 1;
}
