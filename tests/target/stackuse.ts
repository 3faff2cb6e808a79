// Stack use: threadStackUnused is a high-water mark. A thread that goes
// DEPTH calls deeper has that much less unused (at least a word a call:
// the return address on a board, the call's index in sim's save area), and
// the figure never grows back when the thread returns to shallow code.

import { test, check, checkEq } from "./harness";
import { STACK, joinThread, pool, spawn } from "./util";
import { MAIN_PRIORITY, portCycles, threadStackUnused, ThreadState, threadState, threadYield } from "../../kernel/ivt";

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

export function stackuseTests(): void {
  test("stack use: threadStackUnused falls by at least a word a call as a thread goes deeper, and never grows back", () => {
    deeper = deep;
    phase = 0;
    goDeep = false;
    stop = false;
    const t = spawn(0, "deep", user, DEPTH, MAIN_PRIORITY);
    const fresh = threadStackUnused(t);
    check(fresh > 0 && fresh <= STACK, "a new thread's stack is mostly unused, and no more than its size");
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
