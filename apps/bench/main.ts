// Kernel benchmarks: each measured ITERATIONS times with the host's cycle
// counter, one sample per operation, reported as median/min/max.
//
//   yield              switch between two equal-priority threads that yield
//   sem_handoff        semaphore ping-pong between two equal-priority threads, per hand-off
//   sem_wake_higher    a give that wakes a more urgent waiting thread, until it runs
//   mutex_uncontended  lock + unlock with nobody waiting
//   queue_roundtrip    send + receive of a 16-byte item between two threads
//
// A sample starts with a stamp taken just before the operation in one
// thread and ends when the other thread observes the effect.

import { kputln } from "../../kernel/console";
import { portCycles } from "../../kernel/port";
import { Err } from "../../kernel/errors";
import { FOREVER, MAIN_PRIORITY } from "../../kernel/config";
import { Thread, threadCreate, threadSleep, threadState, ThreadState, threadYield } from "../../kernel/thread";
import { Semaphore } from "../../kernel/sem";
import { Mutex } from "../../kernel/mutex";
import { Queue } from "../../kernel/queue";
import { ITERATIONS, Samples, counterOverhead } from "./stats";

const samples = new Samples();
const a = new Thread();
const b = new Thread();
let stamp: u32 = 0;
let rounds: i32 = 0;

function startPair(ea: (arg: u32) => void, eb: (arg: u32) => void, pa: u32, pb: u32): void {
  if (threadCreate(a, "bench-a", ea, 0, pa, 1024) != Err.Ok) kputln("bench: cannot create thread a");
  if (threadCreate(b, "bench-b", eb, 0, pb, 1024) != Err.Ok) kputln("bench: cannot create thread b");
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

export function main(): i32 {
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

  kputln("bench: done");
  return 0;
}
