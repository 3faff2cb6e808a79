// Stacks: runaway recursion in a thread that never switches is caught
// where it happens (on boards the stack-limit check on entry to every
// translated function, arch/wasm-rt/ivt-stack.h; on sim the engine's stack
// limit), and only that thread ends. tests/target/threads.ts covers the
// recursion that switches on the way down (the check at each switch).

import { test, check, checkEq, checkSeq, seq, seqReset } from "./harness";
import { STACK, joinThread, pool, spawn } from "./util";
import { MAIN_PRIORITY, stackArenaFree, ThreadState, threadState, threadYield } from "../../kernel/ivt";
import { recurseForever, recurseReached, recurseReset, recurseSink } from "./recurse";

function runaway(arg: u32): void {
  recurseForever();
  seq("!"); // never: the recursion does not come back
}

let peerRounds: u32 = 0;
let peerStop = false;
function peer(arg: u32): void {
  while (!peerStop) {
    peerRounds++;
    threadYield();
  }
}

export function stackTests(): void {
  test("stack: runaway recursion that never switches ends its thread alone, with a report", () => {
    const free = stackArenaFree();
    seqReset();
    recurseReset();
    peerRounds = 0;
    peerStop = false;
    const other = spawn(0, "peer", peer, 0, MAIN_PRIORITY);
    // More urgent than main: it runs at once and never lets anyone else in.
    const t = spawn(1, "recurse", runaway, 1, MAIN_PRIORITY - 1, STACK);
    check(joinThread(t, 100), "the recursing thread ended");
    checkEq(threadState(t), ThreadState.Free, "its slot is free again");
    check(recurseReached > 8, "it recursed before it was stopped");
    checkSeq("", "the recursion never came back");
    checkEq(recurseSink, 7, "no level of it returned");
    const before = peerRounds;
    threadYield();
    threadYield();
    check(peerRounds > before, "the other thread still runs");
    peerStop = true;
    check(joinThread(other), "the other thread ended");
    checkEq(stackArenaFree(), free, "every stack came back to the arena");
  });
}
