// The isolation test cut to a 16 KiB board (micro:bit, Cortex-M0; it runs
// on every board): two applications, five threads in all. "small" makes
// system calls and checks the kernel refuses its bad input (forged and
// stale handles, addresses outside its memory, a kernel priority) while
// "scanner" reads its way up through its address space until it traps,
// ends alone, restarts once and traps again. Exits with the failures.

import { Err, FOREVER, NO_WAIT, Queue, Semaphore, Thread, consoleWrite, kputln, kputu, rawSemTake, threadCreate, threadSleep } from "ivt-user";
import { MIN_STACK_BYTES } from "ivt-user";

let failed: u32 = 0;

function check(n: u32, ok: bool): void {
  if (ok) return;
  failed++;
  kputln("small: FAILED check");
  kputu(n);
  kputln("");
}

function nothing(arg: u32): void {}

export function main(): i32 {
  kputln("small: start");
  const s = new Semaphore();
  const q = new Queue();
  const item = memory.data(8);
  check(1, s.create(0, 1) == Err.Ok && q.create(8, 2) == Err.Ok);
  check(2, s.give() == Err.Ok && s.take(NO_WAIT) == Err.Ok && s.take(2) == Err.Timeout);
  check(3, q.send(item, NO_WAIT) == Err.Ok && q.receive(item, NO_WAIT) == Err.Ok);
  const top = <u32>memory.size() << 16;
  check(4, q.send(0, NO_WAIT) == Err.Invalid && q.send(top - 4, NO_WAIT) == Err.Invalid && q.send(0xfffffffc, NO_WAIT) == Err.Invalid);
  check(5, consoleWrite(0x20000000, 4) == Err.Invalid && consoleWrite(0xe000ed0c, 4) == Err.Invalid);
  check(6, rawSemTake(0, NO_WAIT) == Err.Invalid && rawSemTake(-1, NO_WAIT) == Err.Invalid && rawSemTake(q.handle, NO_WAIT) == Err.Invalid);
  check(7, rawSemTake(s.handle + (1 << 12), NO_WAIT) == Err.Invalid);
  const t = new Thread();
  check(8, threadCreate(t, "k", nothing, 0, 0, MIN_STACK_BYTES) == Err.Invalid);
  const old = s.handle;
  check(9, s.delete() == Err.Ok && rawSemTake(old, NO_WAIT) == Err.Invalid);
  // Every semaphore handle of the first slots and generations: none is
  // another application's to reach.
  let others: u32 = 0;
  for (let slot = 0; slot < 16; slot++) {
    for (let gen = 1; gen <= 8; gen++) if (rawSemTake(slot | (2 << 8) | (gen << 12), NO_WAIT) != Err.Invalid) others++;
  }
  check(10, others == 0);
  // Every kind and slot with the generation bits of a live
  // semaphore's handle and of the queue's: only the semaphore's own handle
  // names a semaphore (the kernel tests the kind and the slot in one
  // compare where the slots are not a power of two, micro:bit's 12:
  // kernel/handles.ts handleSlot).
  const live = new Semaphore();
  let wrong: u32 = live.create(1, 1) == Err.Ok ? 0 : 1;
  for (let i = 0; i < 2; i++) {
    const base = <u32>(i == 0 ? live.handle : q.handle) & ~0xfff;
    for (let k: u32 = 0; k < 16; k++) {
      for (let sl: u32 = 0; sl < 256; sl++) {
        const h = <i32>(base | (k << 8) | sl);
        if (h != live.handle && rawSemTake(h, NO_WAIT) != Err.Invalid) wrong++;
      }
    }
  }
  check(12, wrong == 0 && rawSemTake(live.handle, NO_WAIT) == Err.Ok);
  threadSleep(100); // scanner faults twice meanwhile
  check(11, q.send(item, NO_WAIT) == Err.Ok && q.receive(item, FOREVER) == Err.Ok);
  kputln(failed == 0 ? "small: all checks passed" : "small: some checks failed");
  return <i32>failed;
}
