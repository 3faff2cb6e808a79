// Containment: an AssemblyScript abort (a checked access out of range,
// `throw`, `!` on null), a bad call through the function table, or an
// allocation the heap cannot fit ends only the
// application thread that made it, with a report (the host runner checks
// the report lines: tools/ivt/test.js); the others go on, and a mutex the
// thread held passes on with Err.OwnerDied.

import { test, check, checkEq, checkSeq, seq, seqReset } from "./harness";
import { cleanup, joinThread, spawn } from "./util";
import {
  Err, FOREVER, heapFree, MAIN_PRIORITY, Mutex, NO_WAIT, Thread, ThreadState, threadState,
  threadYield,
} from "../../kernel/ivt";

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
  // Short strings: they take module memory (UTF-16), and lm3s6965evb runs
  // the whole suite in one image with its heap nearly full.
  test("contain: an abort ends its thread alone; its mutex passes on", () => {
    checkEq(held.create(), Err.Ok, "create");
    for (let kind: u32 = 0; kind <= 2; kind++) {
      seqReset();
      counter = 0;
      stopCounting = false;
      const worker = spawn(0, "worker", countForever, 0, MAIN_PRIORITY);
      const name = kind == 0 ? "outofrange" : kind == 1 ? "thrower" : "nuller";
      const bad = spawn(1, name, abortHolding, kind, MAIN_PRIORITY);
      check(joinThread(bad, 50), "ended");
      checkSeq("A", "stopped at the abort");
      const before = counter;
      threadYield();
      check(counter > before, "worker runs");
      checkEq(threadState(worker), ThreadState.Ready, "worker alive");
      checkEq(held.lock(NO_WAIT), Err.OwnerDied, "OwnerDied");
      checkEq(held.unlock(), Err.Ok, "unlock");
      stopCounting = true;
      check(joinThread(worker), "worker ended");
    }
    checkEq(held.delete(), Err.Ok, "delete");
    cleanup();
  });

  test("contain: a bad indirect call (null, past the table, wrong type) ends its thread alone", () => {
    const f: (arg: u32) => void = recordCall;
    recordIndex = f.index;
    call_indirect<void>(recordIndex, 7);
    checkEq(calledThrough, 7, "a good indirect call");
    // Entry 0 (null), past the table's end, recordCall with a wrong type.
    for (let kind: u32 = 0; kind <= 2; kind++) {
      seqReset();
      wrongType = kind == 2;
      const index = kind == 0 ? 0 : kind == 1 ? 0x7fffffff : recordIndex;
      const bad = spawn(0, "indirect", callBadly, index, MAIN_PRIORITY);
      check(joinThread(bad, 50), "ended");
      checkSeq("I", "stopped at the call");
    }
    checkEq(calledThrough, 7, "nothing called");
    cleanup();
  });

  test("contain: a thread that exhausts the heap ends alone; the heap is left as it was", () => {
    seqReset();
    counter = 0;
    stopCounting = false;
    const freeBefore = heapFree();
    // Chunks of about 1/64 of what is left. Each takes its header and a
    // payload rounded up to keep the next one aligned: the blocks lie back
    // to back, `stride` apart.
    chunk = max<u32>(freeBefore >> 6, 16);
    chunks = 0;
    const worker = spawn(0, "worker", countForever, 0, MAIN_PRIORITY);
    const leaker = spawn(1, "leaker", leak, 0, MAIN_PRIORITY);
    check(joinThread(leaker, 200), "ended");
    checkSeq("L", "stopped at the allocation");
    check(chunks > 1, "took chunks first");
    const stride = <u32>(secondChunk - firstChunk);
    check(stride > chunk && stride <= chunk + 16, "back to back");
    check(freeSeen < stride, "failed only when it did not fit");
    checkEq(heapFree(), freeSeen, "the failure took nothing");
    const before = counter;
    threadYield();
    check(counter > before, "worker runs");
    stopCounting = true;
    check(joinThread(worker), "worker ended");
    // The last block comes back at each free: freed in reverse, the heap is
    // as before, for the tests after this one.
    for (let i = chunks - 1; i >= 0; i--) heap.free(firstChunk + <usize>i * stride);
    checkEq(heapFree(), freeBefore, "freed, heap whole");
    cleanup();
  });
}

let calledThrough: u32 = 0;
/** Reached only through the function table: records its argument. */
function recordCall(arg: u32): void {
  calledThrough = arg;
}
let recordIndex: u32 = 0;
let wrongType = false;

/** Calls through the function table at `index` (a thread's argument, so
 *  the optimizer cannot see it and put its own trap in the call's place),
 *  as a (u32) => void, or with `wrongType` as (u32, u32, u32) => u32;
 *  records "!" if it ever gets past the call. */
function callBadly(index: u32): void {
  seq("I");
  if (wrongType) counter = call_indirect<u32>(index, 1, 2, 3);
  else call_indirect<void>(index, 1);
  seq("!");
}

let chunks: i32 = 0;
let chunk: u32 = 0;
let firstChunk: usize = 0;
let secondChunk: usize = 0;
let freeSeen: u32 = 0;

/** Allocates chunks until the heap runs out; records "!" if it ever gets
 *  past the allocation that does not fit. */
function leak(arg: u32): void {
  seq("L");
  while (chunks < 0x100000) {
    freeSeen = heapFree();
    const p = heap.alloc(chunk);
    if (chunks == 0) firstChunk = p;
    if (chunks == 1) secondChunk = p;
    chunks++;
  }
  seq("!");
}
