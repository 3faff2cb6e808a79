// Kernel benchmarks: each measured ITERATIONS times with the host's cycle
// counter, one sample per operation, reported as median/min/max.
//
//   yield              switch between two equal-priority threads that yield
//   sem_handoff        semaphore ping-pong between two equal-priority threads, per hand-off
//   sem_wake_higher    a give that wakes a more urgent waiting thread, until it runs
//   mutex_uncontended  lock + unlock with nobody waiting
//   queue_roundtrip    send + receive of a 16-byte item between two threads
//   irq_to_handler     from making an interrupt pending to the first line of its top half
//   irq_to_bottom_half from making it pending to the first line of a threaded bottom half
//   irq_chain_extra_none  the extra cost of a handler answering None ahead of the one that handles it
//   workqueue_latency  from queueing a work item in a top half to its run()
//
// The interrupt figures subtract the cost of the pend call itself (measured
// on a line with no handler, where nothing is delivered): they start at the
// store that makes the line pending.
// A sample starts with a stamp taken just before the operation in one
// thread and ends when the other thread observes the effect.

import {
  boardSpareVector, Err, FOREVER, IrqFlags, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn,
  kputln, MAIN_PRIORITY, MIN_STACK_BYTES, Mutex, portCycles, Queue, Semaphore, Thread,
  threadCreate, threadSleep, ThreadState, threadState, threadYield, Work, WorkQueue,
} from "../../kernel/ivt";
import { ITERATIONS, Samples, benchSetup, counterOverhead } from "./stats";

const samples = new Samples();
const a = new Thread();
const b = new Thread();
let stamp: u32 = 0;
let rounds: i32 = 0;

/** Stack of each benchmark thread: twice the kernel's minimum (1024 bytes
 *  with the default MIN_STACK_BYTES). */
const STACK: u32 = 2 * MIN_STACK_BYTES;

function startPair(ea: (arg: u32) => void, eb: (arg: u32) => void, pa: u32, pb: u32): void {
  if (threadCreate(a, "bench-a", ea, 0, pa, STACK) != Err.Ok || threadCreate(b, "bench-b", eb, 0, pb, STACK) != Err.Ok) {
    kputln("bench: cannot create its threads");
  }
}

function joinPair(): void {
  while (threadState(a) != ThreadState.Free || threadState(b) != ThreadState.Free) threadSleep(1);
}

// yield ---------------------------------------------------------------------
function yielder(arg: u32): void {
  while (rounds > 0) {
    stamp = portCycles();
    threadYield();
    samples.add(portCycles() - stamp);
    rounds--;
  }
}

// sem_handoff ---------------------------------------------------------------
const ping = new Semaphore();
const pong = new Semaphore();
function pinger(arg: u32): void {
  for (let i = 0; i < ITERATIONS / 2; i++) {
    stamp = portCycles();
    ping.give();
    pong.take(FOREVER);
    samples.add(portCycles() - stamp);
  }
  ping.give();
}
function ponger(arg: u32): void {
  for (let i = 0; i < ITERATIONS / 2; i++) {
    ping.take(FOREVER);
    samples.add(portCycles() - stamp);
    stamp = portCycles();
    pong.give();
  }
  ping.take(FOREVER);
}

// sem_wake_higher -------------------------------------------------------------
const wake = new Semaphore();
function higher(arg: u32): void {
  for (let i = 0; i < ITERATIONS; i++) {
    wake.take(FOREVER);
    samples.add(portCycles() - stamp);
  }
}
function lower(arg: u32): void {
  for (let i = 0; i < ITERATIONS; i++) {
    stamp = portCycles();
    wake.give();
  }
}

// queue_roundtrip -------------------------------------------------------------
const there = new Queue();
const back = new Queue();
function sender(arg: u32): void {
  const item = memory.data(16);
  for (let i = 0; i < ITERATIONS / 2; i++) {
    stamp = portCycles();
    there.send(item, FOREVER);
    back.receive(item, FOREVER);
    samples.add(portCycles() - stamp);
  }
}
function echoer(arg: u32): void {
  const item = memory.data(16);
  for (let i = 0; i < ITERATIONS / 2; i++) {
    there.receive(item, FOREVER);
    samples.add(portCycles() - stamp);
    stamp = portCycles();
    back.send(item, FOREVER);
  }
}

// interrupts ------------------------------------------------------------------
class StampTop extends IrqHandler {
  top(vector: u32): IrqReturn {
    samples.add(portCycles() - stamp);
    return IrqReturn.Handled;
  }
}
class Declines extends IrqHandler {
  top(vector: u32): IrqReturn {
    return IrqReturn.None;
  }
}
class StampBottom extends IrqHandler {
  top(vector: u32): IrqReturn {
    return IrqReturn.WakeThread;
  }
  bottom(vector: u32): void {
    samples.add(portCycles() - stamp);
  }
}
class StampJob extends Work {
  run(): void {
    samples.add(portCycles() - stamp);
  }
}
const wq = new WorkQueue();
const job = new StampJob();
class QueuesWork extends IrqHandler {
  top(vector: u32): IrqReturn {
    stamp = portCycles();
    wq.queue(job);
    return IrqReturn.Handled;
  }
}

/** The cost of stamp + irqPend on a line with no handler (nothing is
 *  delivered): the part of an interrupt sample before the line is pending. */
function pendOverhead(v: u32): u32 {
  samples.reset();
  while (!samples.full()) {
    stamp = portCycles();
    irqPend(v);
    samples.add(portCycles() - stamp);
  }
  return samples.median();
}

/** Pends `v` ITERATIONS times, letting each interrupt (and its bottom half
 *  or work) finish before the next. */
function pendAll(v: u32): void {
  samples.reset();
  for (let i = 0; i < ITERATIONS; i++) {
    const before = samples.count;
    stamp = portCycles();
    irqPend(v);
    while (samples.count == before) threadYield();
  }
}

function interruptBenchmarks(overhead: u32): void {
  const v = <u32>boardSpareVector(0);
  const pend = pendOverhead(v) - overhead;

  const single = new StampTop();
  irqRequest(v, single);
  pendAll(v);
  const singleMedian = samples.median();
  samples.report("irq_to_handler", overhead + pend);
  irqFree(v, single);

  const first = new Declines();
  irqRequest(v, first, IrqFlags.Shared);
  irqRequest(v, single, IrqFlags.Shared); // the same handler again, second on the chain
  pendAll(v);
  samples.report("irq_chain_extra_none", singleMedian);
  irqFree(v, first);
  irqFree(v, single);

  const threaded = new StampBottom();
  irqRequest(v, threaded, IrqFlags.Threaded);
  pendAll(v);
  samples.report("irq_to_bottom_half", overhead + pend);
  irqFree(v, threaded);

  wq.create("bench-wq", MAIN_PRIORITY - 4, STACK);
  const queuer = new QueuesWork();
  irqRequest(v, queuer);
  pendAll(v);
  samples.report("workqueue_latency", overhead);
  irqFree(v, queuer);
}

export function main(): i32 {
  benchSetup(samples);
  const overhead = counterOverhead(samples);

  samples.reset();
  rounds = ITERATIONS;
  startPair(yielder, yielder, MAIN_PRIORITY - 2, MAIN_PRIORITY - 2);
  joinPair();
  samples.report("yield", overhead);

  samples.reset();
  ping.create(0, 1);
  pong.create(0, 1);
  startPair(pinger, ponger, MAIN_PRIORITY - 2, MAIN_PRIORITY - 2);
  joinPair();
  samples.report("sem_handoff", overhead);

  samples.reset();
  wake.create(0, 1);
  startPair(higher, lower, MAIN_PRIORITY - 4, MAIN_PRIORITY - 2);
  joinPair();
  samples.report("sem_wake_higher", overhead);

  samples.reset();
  const m = new Mutex();
  m.create();
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = portCycles();
    m.lock(FOREVER);
    m.unlock();
    samples.add(portCycles() - t0);
  }
  samples.report("mutex_uncontended", overhead);

  samples.reset();
  there.create(16, 4);
  back.create(16, 4);
  startPair(sender, echoer, MAIN_PRIORITY - 2, MAIN_PRIORITY - 2);
  joinPair();
  samples.report("queue_roundtrip", overhead);

  interruptBenchmarks(overhead);

  kputln("bench: done");
  return 0;
}
