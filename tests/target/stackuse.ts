// Stack use: threads of MIN_STACK_BYTES make the simplest threads' calls,
// and threadStackUnused is a high-water mark. A thread that goes DEPTH
// calls deeper has that much less unused (at least a word a call: the
// return address on a board, the call's index in sim's save area), and
// the figure never grows back when the thread returns to shallow code.
// Written against the package "ivt": the kernel's suite and an
// application module (tests/suite-app-stackuse) run the same tests (an
// application's thread has STACK_EXTRA_BYTES, APP_STACK_EXTRA_BYTES
// there, more stack than it asked for, which the system calls' frames
// use; a kernel thread has what it asked for: 0 there).

import { test, check, checkEq } from "./harness";
import { STACK, joinThread, pool, spawn } from "./util";
import {
  Err, FOREVER, kputln, kputs, kputu, MAIN_PRIORITY, MIN_STACK_BYTES, Mutex, portCycles, Queue,
  Semaphore, STACK_EXTRA_BYTES, threadSleep, threadStackUnused, ThreadState, threadState, threadYield,
} from "ivt";

const DEPTH: u32 = 12;

// Yields at the bottom, so that sim's switch saves every frame (a board's
// paint sees them either way). The recursive call goes through a function
// reference (an indirect call): at -O3 GCC inlined six levels of a direct
// recursion into one frame of 8 bytes, which no call through a table can.
function bottom(depth: u32): u32 {
  return 0;
}
/** deep itself, set by the test: a call through a variable is indirect. */
let deeper: (depth: u32) => u32 = bottom;

function deep(depth: u32): u32 {
  if (depth == 0) {
    threadYield();
    return portCycles() & 1;
  }
  const below = deeper(depth - 1);
  return below + (portCycles() & 1);
}

let phase: u32 = 0;
let goDeep = false;
let stop = false;
let sink: u32 = 0;

function user(depth: u32): void {
  phase = 1;
  while (!goDeep) threadYield();
  sink = deep(depth);
  phase = 2;
  while (!stop) threadYield();
}

/** Yields until `user` reaches phase `p` (at most 100 times). */
function waitPhase(p: u32): bool {
  for (let i = 0; i < 100 && phase != p; i++) threadYield();
  return phase == p;
}

// Two threads of MIN_STACK_BYTES doing what the simplest threads do
// (FreeRTOS's demo tasks run on configMINIMAL_STACK_SIZE): a queue with a
// timeout, a semaphore, a mutex, sleep, yield and a line on the console.
const ROUNDS: u32 = 20;
const minQueue = new Queue();
const minSem = new Semaphore();
const minMutex = new Mutex();
const item = memory.data(8);
const got = memory.data(8);
let produced: u32 = 0;
let consumed: u32 = 0;
function minProducer(arg: u32): void {
  for (let i: u32 = 0; i < ROUNDS; i++) {
    store<u32>(item, i);
    if (minQueue.send(item, 50) != Err.Ok) return;
    minSem.give();
    minMutex.lock(FOREVER);
    produced++;
    minMutex.unlock();
    threadSleep(1);
  }
}
function minConsumer(arg: u32): void {
  for (let i: u32 = 0; i < ROUNDS; i++) {
    if (minQueue.receive(got, 50) != Err.Ok || load<u32>(got) != i) return;
    if (minSem.take(50) != Err.Ok) return;
    minMutex.lock(FOREVER);
    consumed++;
    minMutex.unlock();
    if (i == ROUNDS / 2) {
      kputs("stack use: consumer at round ");
      kputu(i);
      kputln("");
    }
    threadYield();
  }
}

export function stackuseTests(): void {
  test("stack use: threads of MIN_STACK_BYTES run queue, semaphore, mutex, sleep and console calls without overflowing", () => {
    produced = 0;
    consumed = 0;
    check(minQueue.create(8, 2) == Err.Ok && minSem.create(0, ROUNDS) == Err.Ok && minMutex.create() == Err.Ok, "objects created");
    const p = spawn(0, "minprod", minProducer, 0, MAIN_PRIORITY - 1, MIN_STACK_BYTES);
    const c = spawn(1, "mincons", minConsumer, 0, MAIN_PRIORITY - 1, MIN_STACK_BYTES);
    check(joinThread(p, 500) && joinThread(c, 500), "both ended");
    // An overflow ends its thread early, with a report: the rounds tell.
    checkEq(produced, ROUNDS, "the producer did every round");
    checkEq(consumed, ROUNDS, "the consumer did every round, each item intact");
    minQueue.delete();
    minSem.delete();
    minMutex.delete();
  });

  test("stack use: threadStackUnused falls by at least a word a call as a thread goes deeper, and never grows back", () => {
    deeper = deep;
    phase = 0;
    goDeep = false;
    stop = false;
    const t = spawn(0, "deep", user, DEPTH, MAIN_PRIORITY);
    const fresh = threadStackUnused(t);
    check(fresh > 0 && fresh <= STACK + STACK_EXTRA_BYTES, "a new thread's stack is mostly unused, and no more than its size");
    check(waitPhase(1), "the thread ran");
    const shallow = threadStackUnused(t);
    check(shallow <= fresh, "running used some of it");
    goDeep = true;
    check(waitPhase(2), "the thread came back from the recursion");
    const deeper = threadStackUnused(t);
    check(shallow >= deeper + DEPTH * 4, "DEPTH calls deeper: at least DEPTH words less unused");
    threadYield();
    threadYield();
    checkEq(threadStackUnused(t), deeper, "back in shallow code, the mark stays where the recursion left it");
    stop = true;
    check(joinThread(t), "the thread ended");
    checkEq(threadStackUnused(t), 0, "an ended thread has no stack");
    check(threadState(pool[1]) == ThreadState.Free, "pool[1] was never created here");
    checkEq(threadStackUnused(pool[1]), 0, "a thread never created has no stack");
  });
}
