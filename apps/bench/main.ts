// Kernel benchmarks: each measured ITERATIONS times with the host's cycle
// counter, one sample per operation, reported as median/min/max.
//
//   yield              switch between two equal-priority threads that yield
//   sem_handoff        semaphore ping-pong between two equal-priority threads, per hand-off
//   sem_wake_higher    a give that wakes a more urgent waiting thread, until it runs
//   mutex_uncontended  lock + unlock with nobody waiting
//   sem_give_take      give + take of a semaphore in one thread, no switch
//   queue_send_receive send + receive of a 16-byte item in one thread, no switch
//                      (these two are apps/bench-app's app_* figures made
//                      in the kernel: the difference is the system calls')
//   queue_roundtrip    send + receive of a 16-byte item between two threads
//   irq_to_handler     from making an interrupt pending to the first line of its top half
//   irq_to_bottom_half from making it pending to the first line of a threaded bottom half
//   irq_chain_extra_none  the extra cost of a handler answering None ahead of the one that handles it
//   workqueue_latency  from queueing a work item in a top half to its run()
//
// The interrupt figures subtract the cost of the pend call itself (measured
// on the same line while it is disabled, where nothing is delivered): they
// start at the store that makes the line pending.
// A sample starts with a stamp taken just before the operation in one
// thread and ends when the other thread observes the effect.
//
// Each benchmark proves its samples (stats.ts expect/checked): a pair's
// threads are both ready before the first sample (main outranks them while
// it creates them), every sample ends in a different thread from the one
// that stamped it (so a switch happened), hand-offs alternate, a wake ran
// the woken thread before the waker went on, and each pend ran its handler
// (and bottom half or work item) exactly once. A sample that breaks this
// fails the run rather than lowering the median.

import {
  boardSpareVector, Err, FOREVER, IrqFlags, irqDisable, irqEnable, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn,
  kputln, MAIN_PRIORITY, MIN_STACK_BYTES, Mutex, portCycles, Queue, Semaphore, Thread,
  threadCreate, threadCurrent, threadSetPriority, threadSleep, ThreadState, threadState, threadYield, Work,
  WorkQueue,
} from "../../kernel/ivt";
import { ITERATIONS, Samples, benchFailed, benchSetup, checked, counterOverhead, expect } from "./stats";

const samples = new Samples();
const qItem = memory.data(16);
const qBack = memory.data(16);
const a = new Thread();
const b = new Thread();
let stamp: u32 = 0;
/** Which pair thread (0 or 1) took `stamp`. */
let stamper: u32 = 0;
let rounds: i32 = 0;
/** Samples that ended in the other thread than the one that stamped. */
let crossed: i32 = 0;

/** Stack of each benchmark thread: twice the kernel's minimum (1024 bytes
 *  with the default MIN_STACK_BYTES). */
const STACK: u32 = 2 * MIN_STACK_BYTES;

/** Starts a and b (args 0 and 1) with main more urgent than both, so that
 *  neither runs until both are ready; then main steps back and they run. */
function startPair(ea: (arg: u32) => void, eb: (arg: u32) => void, pa: u32, pb: u32): void {
  const me = threadCurrent()!;
  threadSetPriority(me, (pa < pb ? pa : pb) - 1);
  crossed = 0;
  if (threadCreate(a, "bench-a", ea, 0, pa, STACK) != Err.Ok || threadCreate(b, "bench-b", eb, 1, pb, STACK) != Err.Ok) {
    kputln("bench: cannot create its threads");
  }
  threadSetPriority(me, MAIN_PRIORITY);
}

function joinPair(): void {
  while (threadState(a) != ThreadState.Free || threadState(b) != ThreadState.Free) threadSleep(1);
}

/** Runs the pair benchmark `name` (its objects made by the caller): a and
 *  b at `pa` and `pb` until both end, then checks ITERATIONS samples, each
 *  crossing threads (checkPair, `what` its proof), and reports them. */
function runPair(name: string, ea: (arg: u32) => void, eb: (arg: u32) => void, pa: u32, pb: u32, what: string, overhead: u32): void {
  samples.reset();
  startPair(ea, eb, pa, pb);
  joinPair();
  checkPair(name, ITERATIONS, what);
  samples.report(name, overhead);
}

@inline function mark(me: u32): void {
  stamper = me;
  stamp = portCycles();
}

/** Ends a sample in pair thread `me`: it must have been stamped by the
 *  other one. */
@inline function sampleIn(me: u32, name: string): void {
  const t = portCycles();
  expect(stamper != me, name, "a sample ended in the thread that started it (no switch)");
  if (stamper != me) crossed++;
  samples.add(t - stamp);
}

// yield ---------------------------------------------------------------------
function yielder(me: u32): void {
  while (rounds > 0) {
    mark(me);
    threadYield();
    if (rounds <= 0) break; // the other thread took the last sample and ended
    sampleIn(me, "yield");
    rounds--;
  }
}

// sem_handoff ---------------------------------------------------------------
const ping = new Semaphore();
const pong = new Semaphore();
/** 1: the pinger gave ping; 2: the ponger gave pong. */
let turn: u32 = 0;
function pinger(me: u32): void {
  for (let i = 0; i < ITERATIONS / 2; i++) {
    turn = 1;
    mark(me);
    ping.give();
    expect(pong.take(FOREVER) == Err.Ok && turn == 2, "sem_handoff", "pong taken without the ponger's give");
    sampleIn(me, "sem_handoff");
  }
  ping.give();
}
function ponger(me: u32): void {
  for (let i = 0; i < ITERATIONS / 2; i++) {
    expect(ping.take(FOREVER) == Err.Ok && turn == 1, "sem_handoff", "ping taken without the pinger's give");
    sampleIn(me, "sem_handoff");
    turn = 2;
    mark(me);
    pong.give();
  }
  ping.take(FOREVER);
}

// sem_wake_higher -------------------------------------------------------------
const wake = new Semaphore();
let woken: i32 = 0;
function higher(me: u32): void {
  for (let i = 0; i < ITERATIONS; i++) {
    expect(wake.take(FOREVER) == Err.Ok, "sem_wake_higher", "take failed");
    sampleIn(me, "sem_wake_higher");
    woken++;
  }
}
function lower(me: u32): void {
  for (let i = 0; i < ITERATIONS; i++) {
    mark(me);
    expect(wake.give() == Err.Ok, "sem_wake_higher", "give failed");
    expect(woken == i + 1, "sem_wake_higher", "the give did not run the woken thread before the giver went on");
  }
}

// queue_roundtrip -------------------------------------------------------------
const there = new Queue();
const back = new Queue();
function sender(me: u32): void {
  const item = memory.data(16);
  for (let i = 0; i < ITERATIONS / 2; i++) {
    store<u32>(item, <u32>i);
    mark(me);
    there.send(item, FOREVER);
    expect(back.receive(item, FOREVER) == Err.Ok && load<u32>(item) == <u32>i + 1000000, "queue_roundtrip", "the echo is not the item sent");
    sampleIn(me, "queue_roundtrip");
  }
}
function echoer(me: u32): void {
  const item = memory.data(16);
  for (let i = 0; i < ITERATIONS / 2; i++) {
    expect(there.receive(item, FOREVER) == Err.Ok && load<u32>(item) == <u32>i, "queue_roundtrip", "received another item than sent");
    sampleIn(me, "queue_roundtrip");
    store<u32>(item, <u32>i + 1000000);
    mark(me);
    back.send(item, FOREVER);
  }
}

// interrupts ------------------------------------------------------------------
/** Top halves, bottom halves and work items run in the current benchmark. */
let tops: i32 = 0;
let bottoms: i32 = 0;
let declined: i32 = 0;

class StampTop extends IrqHandler {
  top(vector: u32): IrqReturn {
    samples.add(portCycles() - stamp);
    tops++;
    return IrqReturn.Handled;
  }
}
class Declines extends IrqHandler {
  top(vector: u32): IrqReturn {
    declined++;
    return IrqReturn.None;
  }
}
class StampBottom extends IrqHandler {
  top(vector: u32): IrqReturn {
    tops++;
    return IrqReturn.WakeThread;
  }
  bottom(vector: u32): void {
    samples.add(portCycles() - stamp);
    bottoms++;
  }
}
class StampJob extends Work {
  run(): void {
    samples.add(portCycles() - stamp);
    bottoms++;
  }
}
const wq = new WorkQueue();
const job = new StampJob();
class QueuesWork extends IrqHandler {
  top(vector: u32): IrqReturn {
    tops++;
    stamp = portCycles();
    wq.queue(job);
    return IrqReturn.Handled;
  }
}

/** The cost of stamp + irqPend on line `v` while it is disabled (nothing
 *  is delivered): the part of an interrupt sample before the line is
 *  pending. The disable makes the line's descriptor first, so that irqPend
 *  goes the way it goes in the samples (a line with none yet looks its
 *  chip up: 26 instructions more, which the interrupt figures lost when
 *  descriptors came to be made at first use). */
function pendOverhead(v: u32): u32 {
  expect(irqDisable(v) == Err.Ok, "irq_to_handler", "the line to pend could not be disabled");
  samples.reset();
  while (!samples.full()) {
    stamp = portCycles();
    irqPend(v);
    samples.add(portCycles() - stamp);
  }
  expect(irqEnable(v) == Err.Ok, "irq_to_handler", "the line to pend could not be enabled again");
  return samples.median();
}

/** Pends `v` ITERATIONS times, letting each interrupt (and its bottom half
 *  or work) finish before the next; each pend must add exactly one sample. */
function pendAll(v: u32, name: string): void {
  samples.reset();
  tops = 0;
  bottoms = 0;
  declined = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const before = samples.count;
    stamp = portCycles();
    irqPend(v);
    for (let w = 0; samples.count == before && w < 1000; w++) threadYield();
    for (let w = 0; samples.count == before && w < 100; w++) threadSleep(1);
    expect(samples.count == before + 1, name, "a pend did not give exactly one sample");
  }
}

/** Checks that each of the ITERATIONS pends ran `tops` top halves and
 *  `bottoms` bottom halves or work items, and prints the proof. */
function checkIrq(name: string, declines: bool, threaded: bool, what: string): void {
  expect(tops == ITERATIONS, name, "top halves run differ from the pends");
  expect(!declines || declined == ITERATIONS, name, "the declining handler did not run at every interrupt");
  expect(!threaded || bottoms == ITERATIONS, name, "bottom halves or work items run differ from the pends");
  checked(name, samples.count, what);
}

function interruptBenchmarks(overhead: u32): void {
  const v = <u32>boardSpareVector(0);
  const pend = pendOverhead(v) - overhead;

  const single = new StampTop();
  irqRequest(v, single);
  pendAll(v, "irq_to_handler");
  const singleMedian = samples.median();
  checkIrq("irq_to_handler", false, false, "pends, each running the top half once");
  samples.report("irq_to_handler", overhead + pend);
  irqFree(v, single);

  const first = new Declines();
  irqRequest(v, first, IrqFlags.Shared);
  irqRequest(v, single, IrqFlags.Shared); // the same handler again, second on the chain
  pendAll(v, "irq_chain_extra_none");
  checkIrq("irq_chain_extra_none", true, false, "pends, each through both handlers");
  samples.report("irq_chain_extra_none", singleMedian);
  irqFree(v, first);
  irqFree(v, single);

  const threaded = new StampBottom();
  irqRequest(v, threaded, IrqFlags.Threaded);
  pendAll(v, "irq_to_bottom_half");
  checkIrq("irq_to_bottom_half", false, true, "pends, each running the top and bottom half once");
  samples.report("irq_to_bottom_half", overhead + pend);
  irqFree(v, threaded);

  wq.create("bench-wq", MAIN_PRIORITY - 4, STACK);
  const queuer = new QueuesWork();
  irqRequest(v, queuer);
  pendAll(v, "workqueue_latency");
  checkIrq("workqueue_latency", false, true, "pends, each running the top half and the work item once");
  samples.report("workqueue_latency", overhead);
  irqFree(v, queuer);
}

/** Checks a pair benchmark's samples: as many as asked, each crossing
 *  from one thread to the other. */
function checkPair(name: string, expected: i32, what: string): void {
  expect(samples.count == expected, name, "fewer samples than rounds");
  expect(crossed == samples.count, name, "a sample did not cross threads");
  checked(name, crossed, what);
}

/** The benchmarks of one thread alone, each in a function of its own,
 *  called through the function table (ALONE) so that neither Binaryen nor
 *  GCC inlines it into main: its loop's registers are then its own, and a
 *  change elsewhere in main (a kernel call inlined there growing) cannot
 *  add spills to it. (Inlined, a queue change once cost sem_give_take two
 *  reloads in main's loop with the semaphore's code unchanged.) */
function mutexUncontended(overhead: u32): void {
  samples.reset();
  const m = new Mutex();
  m.create();
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = portCycles();
    const locked = m.lock(FOREVER);
    const unlocked = m.unlock();
    samples.add(portCycles() - t0);
    expect(locked == Err.Ok && unlocked == Err.Ok, "mutex_uncontended", "lock or unlock failed");
  }
  checked("mutex_uncontended", samples.count, "lock + unlock pairs, each Ok");
  samples.report("mutex_uncontended", overhead);
}

function semGiveTake(overhead: u32): void {
  samples.reset();
  const s = new Semaphore();
  s.create(0, 1);
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = portCycles();
    const given = s.give();
    const taken = s.take(0);
    samples.add(portCycles() - t0);
    expect(given == Err.Ok && taken == Err.Ok, "sem_give_take", "give or take failed");
  }
  checked("sem_give_take", samples.count, "give + take pairs, each Ok");
  samples.report("sem_give_take", overhead);
}

function queueSendReceive(overhead: u32): void {
  samples.reset();
  const q = new Queue();
  q.create(16, 1);
  for (let i = 0; i < ITERATIONS; i++) {
    for (let j = 0; j < 16; j++) store<u8>(qItem + j, <u8>(i + j));
    const t0 = portCycles();
    const sent = q.send(qItem, 0);
    const got = q.receive(qBack, 0);
    samples.add(portCycles() - t0);
    expect(sent == Err.Ok && got == Err.Ok && memory.compare(qItem, qBack, 16) == 0, "queue_send_receive", "send or receive failed, or the item changed");
  }
  checked("queue_send_receive", samples.count, "send + receive pairs, each Ok and the item intact");
  samples.report("queue_send_receive", overhead);
}

const ALONE: StaticArray<(overhead: u32) => void> = [mutexUncontended, semGiveTake, queueSendReceive];

export function main(): i32 {
  benchSetup(samples);
  const overhead = counterOverhead(samples);

  rounds = ITERATIONS;
  runPair("yield", yielder, yielder, MAIN_PRIORITY - 2, MAIN_PRIORITY - 2, "yields, each switching to the other thread", overhead);

  ping.create(0, 1);
  pong.create(0, 1);
  runPair("sem_handoff", pinger, ponger, MAIN_PRIORITY - 2, MAIN_PRIORITY - 2, "hand-offs, alternating between the threads", overhead);

  wake.create(0, 1);
  woken = 0;
  runPair("sem_wake_higher", higher, lower, MAIN_PRIORITY - 4, MAIN_PRIORITY - 2, "gives, each running the woken thread before the giver", overhead);

  for (let i = 0; i < ALONE.length; i++) unchecked(ALONE[i])(overhead);

  there.create(16, 4);
  back.create(16, 4);
  runPair("queue_roundtrip", sender, echoer, MAIN_PRIORITY - 2, MAIN_PRIORITY - 2, "items, each echoed by the other thread", overhead);

  interruptBenchmarks(overhead);

  if (benchFailed()) {
    kputln("bench: FAILED (above)");
    return 1;
  }
  kputln("bench: done");
  return 0;
}
