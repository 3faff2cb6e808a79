// Polling: a value a thread reads in a loop while an interrupt changes it
// (ticks()) is read afresh at every iteration, and a thread that never
// calls anything is still interrupted and preempted (on a board by the
// hardware; on sim by the build's loop budget). Written against the
// package "ivt": the kernel's suite runs it, and so does the application
// suite (tests/suite-app-sync), where both threads are an application's.
// A flag set by a top half is poll-irq.ts's: an application has none.

import { test, check, checkEq, checkSeq, seq, seqReset } from "./harness";
import { cleanup, joinThread, spawn } from "./util";
import { Err, MAIN_PRIORITY, portCycles, Semaphore, ticks, TIME_SLICE_TICKS } from "ivt";

/** Below main, so that main, sleeping, still gets the CPU back. */
export const SPIN_PRIORITY: u32 = MAIN_PRIORITY + 4;

// --- ticks() in a tight loop ---------------------------------------------

let tickSpinDone = false;
let tickSpinAdvance: u32 = 0;
function spinOnTicks(arg: u32): void {
  const start = ticks();
  while (ticks() - start < 3) {} // no sleep, no yield: only ticks()
  tickSpinAdvance = ticks() - start;
  tickSpinDone = true;
}

// --- preemption of a thread that calls nothing --------------------------

let spinIterations: u32 = 0;
let spinResult: u32 = 0;
const spinDone = new Semaphore();
/** Far more than the spin takes anywhere. */
const JOIN_TICKS: u32 = 30000;

/** A pseudo-random chain no compiler folds into a closed form: the loop
 *  runs its full length and calls nothing, not even the host. */
function chain(x: u32, n: u32): u32 {
  for (let i: u32 = 0; i < n; i++) x = x * 1103515245 + 12345;
  return x;
}

/** Cycles of one tick, timed from a tick's edge to the next (the board's
 *  counter rate over its tick rate, measured: the application library has
 *  neither rate's source). */
function cyclesPerTick(): u32 {
  let t = ticks();
  while (ticks() == t) {}
  t = ticks();
  const c0 = portCycles();
  while (ticks() == t) {}
  return portCycles() - c0;
}

/** Iterations of chain() that take at least `slices` time slices here,
 *  measured on a short run (sim charges a cycle per loop iteration; a
 *  board runs at its own speed). Capped: on a sim without a loop budget
 *  the chain costs no virtual time at all. u32 arithmetic only: ColdFire
 *  links no 64-bit division (issue 9, item 14). */
function iterationsFor(slices: u32): u32 {
  const probe: u32 = 20000;
  const cap: u32 = 1 << 28;
  const c0 = portCycles();
  spinResult = chain(1, probe);
  const spent = max<u32>(portCycles() - c0, 1);
  const cycles = cyclesPerTick() * TIME_SLICE_TICKS * slices;
  const ratio = cycles / spent + 1; // rounded up: never fewer slices
  return ratio > cap / probe ? cap : probe * ratio;
}

function spinWithoutCalls(arg: u32): void {
  spinResult = chain(arg, spinIterations);
  seq("A");
  spinDone.give();
}

function peer(arg: u32): void {
  seq("B");
  spinDone.give();
}

export function pollTests(): void {
  test("poll: a thread polling ticks() in a tight loop sees it advance", () => {
    tickSpinDone = false;
    const t = spawn(0, "tickspin", spinOnTicks, 0, SPIN_PRIORITY);
    check(joinThread(t, 100), "the polling thread ends (ticks() read afresh)");
    check(tickSpinDone, "the loop ended");
    check(tickSpinAdvance >= 3, "ticks() advanced by at least 3");
    cleanup();
  });

  test("poll: the time slice preempts a thread that calls nothing; its equal peer runs", () => {
    seqReset();
    spinIterations = iterationsFor(4);
    checkEq(spinDone.create(0, 2), Err.Ok, "create the semaphore");
    spawn(0, "spinner", spinWithoutCalls, 1, SPIN_PRIORITY);
    spawn(1, "peer", peer, 0, SPIN_PRIORITY);
    // One long wait: waking main every tick would give the spinner a fresh
    // slice at each return (issue 9, item 12).
    checkEq(spinDone.take(JOIN_TICKS), Err.Ok, "first thread done");
    checkEq(spinDone.take(JOIN_TICKS), Err.Ok, "second thread done");
    checkSeq("BA", "the peer ran before the spinner finished");
    check(spinResult != 0, "the spin computed its chain");
    checkEq(spinDone.delete(), Err.Ok, "delete the semaphore");
    cleanup();
  });
}
