// tests/isolation-spin's "deep" (restart once): a thread recurses
// through an indirect call (which neither clang nor Binaryen can turn
// into a loop) until its stack runs out: a STACK OVERFLOW that ends the
// whole application, twice, while the others go on. It yields at every
// level, so that every level's stack holds the application's frames, the
// system call's and the kernel's together, and a watcher of the same
// priority reads its threadStackUnused between levels: the overflow must
// be caught before the whole stack is used (on a board the entry check
// keeps the red zone; on sim the save area's limit does, counting every
// module's frames), so the watcher never reads 0 from a thread that is
// still alive: 0 is what a thread with no stack reads.

import { Err, FOREVER, Semaphore, Thread, ThreadState, kputln, threadCreate, threadSleep, threadStackUnused, threadState, threadYield } from "ivt-user";
import { MIN_STACK_BYTES } from "ivt-user";
const t = new Thread();
const watcher = new Thread();
const s = new Semaphore();
let depth: u32 = 0;
let fp: (n: u32, a: u64, b: u64, c: u64, d: u64) => u64 = (n: u32, a: u64, b: u64, c: u64, d: u64): u64 => 0;
function rec(n: u32, a: u64, b: u64, c: u64, d: u64): u64 {
  if (n == 0) return a;
  depth++;
  store<u32>(16 + (n & 1023) * 4, depth);
  threadYield();
  const r = fp(n - 1, a + 1, b ^ a, c + b, d * 3);
  return (r * b) ^ fp(0, c, d, a, b) ^ c ^ d;
}
let sink: u64 = 0;
function go(arg: u32): void {
  fp = rec;
  sink = rec(arg, 1, 2, 3, 4);
  kputln("deep: FAILED: recursion came back");
}
/** Reads the recurser's high-water mark between its levels. */
function watch(arg: u32): void {
  for (;;) {
    const unused = threadStackUnused(t);
    const state = threadState(t);
    if (unused == 0 && state != ThreadState.Dead && state != ThreadState.Free) {
      kputln("deep: FAILED: the recurser's whole stack is used and it runs on");
      return;
    }
    threadYield();
  }
}
export function main(): i32 {
  kputln("deep: start");
  if (s.create(0, 1) != Err.Ok) kputln("deep: FAILED: semaphore");
  if (threadCreate(watcher, "watcher", watch, 0, 20, MIN_STACK_BYTES) != Err.Ok) kputln("deep: FAILED: watcher");
  if (threadCreate(t, "recurser", go, 100000, 20, MIN_STACK_BYTES) != Err.Ok) kputln("deep: FAILED: thread");
  s.take(FOREVER);
  return 0;
}
