// Containment: an AssemblyScript abort (a checked access out of range,
// `throw`, `!` on null) or an allocation the heap cannot fit ends only the
// application thread that made it, with a report (the host runner checks
// the report lines: tools/ivt/test.js); the others go on, and a mutex the
// thread held passes on with Err.OwnerDied.

import { test, check, checkEq, checkSeq, seq, seqReset } from "./harness";
import { cleanup, joinThread, spawn } from "./util";
import { Err } from "../../kernel/errors";
import { FOREVER, MAIN_PRIORITY, NO_WAIT } from "../../kernel/config";
import { Thread, ThreadState, threadState, threadYield } from "../../kernel/thread";
import { Mutex } from "../../kernel/mutex";
import { heapFree } from "../../kernel/bump";

let counter: u32 = 0;
let stopCounting = false;
function countForever(arg: u32): void {
  while (!stopCounting) {
    counter++;
    threadYield();
  }
}

const held = new Mutex();
const table = new StaticArray<u32>(4);
let index: i32 = 4; // a global, so the compiler cannot prove the access out of range
let nobody: Thread | null = null;

/** Takes `held`, then aborts the way `kind` says; records "!" if it ever
 *  gets past the abort. */
function abortHolding(kind: u32): void {
  held.lock(FOREVER);
  seq("A");
  if (kind == 0) counter = table[index]; // checked access: index out of range
  else if (kind == 1) throw new Error("contained");
  else counter = nobody!.id; // `!` on null
  seq("!");
}

export function containTests(): void {
  test("contain: an abort in a thread (index out of range, throw, null) ends it alone; its mutex passes on", () => {
    checkEq(held.create(), Err.Ok, "create the mutex");
    for (let kind: u32 = 0; kind <= 2; kind++) {
      seqReset();
      counter = 0;
      stopCounting = false;
      const worker = spawn(0, "worker", countForever, 0, MAIN_PRIORITY);
      const name = kind == 0 ? "outofrange" : kind == 1 ? "thrower" : "nuller";
      const bad = spawn(1, name, abortHolding, kind, MAIN_PRIORITY);
      check(joinThread(bad, 50), "the aborting thread ended");
      checkSeq("A", "it stopped at the abort");
      const before = counter;
      threadYield();
      check(counter > before, "the worker still runs");
      checkEq(threadState(worker), ThreadState.Ready, "the worker is alive");
      checkEq(held.lock(NO_WAIT), Err.OwnerDied, "the dead owner's mutex passes on with OwnerDied");
      checkEq(held.unlock(), Err.Ok, "and is ours to unlock");
      stopCounting = true;
      check(joinThread(worker), "the worker ended");
    }
    checkEq(held.delete(), Err.Ok, "delete the mutex");
    cleanup();
  });

  test("contain: a thread that allocates until the heap runs out ends alone; the heap is left as it was", () => {
    seqReset();
    counter = 0;
    stopCounting = false;
    const freeBefore = heapFree();
    // Chunks of about 1/64 of what is left: the leak needs some 64 of them.
    chunk = max<u32>(freeBefore >> 6, 16);
    chunks = 0;
    const worker = spawn(0, "worker", countForever, 0, MAIN_PRIORITY);
    const leaker = spawn(1, "leaker", leak, 0, MAIN_PRIORITY);
    check(joinThread(leaker, 200), "the leaking thread ended");
    checkSeq("L", "it stopped at the allocation that did not fit");
    check(chunks > 0 && chunks < <i32>MAX_CHUNKS, "it took some chunks first");
    // A chunk takes its 4-byte header, rounded up to 16: it failed only
    // when that no longer fitted.
    const needed = ((chunk + 4 + 15) & ~15);
    check(freeSeen < needed, "the allocation failed only when it did not fit");
    checkEq(heapFree(), freeSeen, "the failed allocation took nothing");
    const before = counter;
    threadYield();
    check(counter > before, "the worker still runs");
    stopCounting = true;
    check(joinThread(worker), "the worker ended");
    // The last block comes back at each free: the heap is as before, for
    // the tests after this one.
    for (let i = chunks - 1; i >= 0; i--) heap.free(unchecked(taken[i]));
    checkEq(heapFree(), freeBefore, "freed in reverse, the heap is whole again");
    cleanup();
  });
}

const MAX_CHUNKS: u32 = 128;
const taken = new StaticArray<usize>(MAX_CHUNKS);
let chunks: i32 = 0;
let chunk: u32 = 0;
let freeSeen: u32 = 0;

/** Allocates chunks until the heap runs out; records "!" if it ever gets
 *  past the allocation that does not fit (or runs out of room to record). */
function leak(arg: u32): void {
  seq("L");
  while (chunks < <i32>MAX_CHUNKS) {
    freeSeen = heapFree();
    unchecked((taken[chunks] = heap.alloc(chunk)));
    chunks++;
  }
  seq("!");
}
