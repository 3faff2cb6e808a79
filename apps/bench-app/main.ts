// The cost of a system call: the same operations as apps/bench's
// sem_give_take, queue_send_receive and sem_handoff, made by an application
// in its own module (docs/isolation.md), one sample per operation,
// reported in apps/bench's line format under the names app_<name>:
//
//   app_sem_give_take       give + take of a semaphore in one thread (two calls, no switch)
//   app_queue_send_receive  send + receive of a 16-byte item in one thread (two calls, two copies each way)
//   app_sem_handoff         semaphore ping-pong between two application threads, per hand-off
//   app_irq_to_thread       from a granted timer's wrap (its interrupt) to the application's
//                           thread running after irqWait, the read of the timer's count included
//                           (MPS2 only: a CMSDK timer, whose count since the wrap is readable)
//   app_irq_top_to_thread   from the kernel's top half taking the granted device's interrupt
//                           (irqStamp) to the application's thread reading the counter after
//                           irqWait, that read's system call included (every board whose
//                           board.json grants.bench names a device: granted-timer.ts)
//
// Each sample is proved as apps/bench's are: both calls answered Ok and
// the item came back intact; each hand-off ran in the other thread; each
// interrupt sample followed a wait that answered Ok, with the device's
// interrupt status set (and, for app_irq_top_to_thread, a stamp that
// irqStamp answered Ok).

import { Box, Err, FOREVER, MIN_STACK_BYTES, NO_WAIT, Queue, Semaphore, Thread, cycles, kputln, kputs, kputu, threadCreate } from "ivt-user";
import { CMSDK, GrantedTimer } from "./granted-timer";

/** Samples per benchmark: 200, or 48 in an application memory under 8
 *  KiB (micro:bit's split, 3.5 KiB: as apps/bench takes 48 in a small
 *  module memory). */
const N: i32 = (isDefined(BOARD_APP_MEMORY) ? <u64>BOARD_APP_MEMORY : <u64>memory.size() << 16) < 8192 ? 48 : 200;
const values = new StaticArray<u32>(N);
let count: i32 = 0;
let failures: u32 = 0;

function add(v: u32): void {
  if (count < N) unchecked((values[count++] = v));
}

let lastFailed: string = "";

/** Records a failed check; prints it once per benchmark. */
function fail(name: string, what: string): void {
  failures++;
  if (lastFailed == name) return;
  lastFailed = name;
  kputs("bench ");
  kputs(name);
  kputs(" FAILED: ");
  kputln(what);
}

/** Sorts the samples in place (insertion sort: 200 at most). */
function sortSamples(): void {
  for (let i = 1; i < count; i++) {
    const x = unchecked(values[i]);
    let j = i - 1;
    while (j >= 0 && unchecked(values[j]) > x) {
      unchecked((values[j + 1] = values[j]));
      j--;
    }
    unchecked((values[j + 1] = x));
  }
}

/** Prints `bench <name> median m min a max b n count`, less `overhead`
 *  (apps/bench's line, which tools/ivt/bench.js reads). */
function report(name: string, overhead: u32): void {
  sortSamples();
  const sub = (x: u32, o: u32): u32 => (x > o ? x - o : 0);
  kputs("bench ");
  kputs(name);
  kputs(" median ");
  kputu(sub(unchecked(values[count >> 1]), overhead));
  kputs(" min ");
  kputu(sub(unchecked(values[0]), overhead));
  kputs(" max ");
  kputu(sub(unchecked(values[count - 1]), overhead));
  kputs(" n ");
  kputu(<u32>count);
  kputln("");
  count = 0;
}

function median(): u32 {
  sortSamples();
  return unchecked(values[count >> 1]);
}

/** Two reads of the counter back to back (itself a system call here):
 *  subtracted from every sample. */
function overhead(): u32 {
  count = 0;
  while (count < N) {
    const a = cycles();
    const b = cycles();
    add(b - a);
  }
  const m = median();
  count = 0;
  return m;
}

const sem = new Semaphore();
const q = new Queue();
const item = memory.data(16);
const back = memory.data(16);

function semGiveTake(o: u32): void {
  while (count < N) {
    const t0 = cycles();
    const g = sem.give();
    const t = sem.take(NO_WAIT);
    const t1 = cycles();
    if (g != Err.Ok || t != Err.Ok) fail("app_sem_give_take", "give or take failed");
    add(t1 - t0);
  }
  report("app_sem_give_take", o);
}

function queueSendReceive(o: u32): void {
  while (count < N) {
    for (let j: u32 = 0; j < 16; j++) store<u8>(item + j, <u8>(count + j));
    const t0 = cycles();
    const s = q.send(item, NO_WAIT);
    const r = q.receive(back, NO_WAIT);
    const t1 = cycles();
    if (s != Err.Ok || r != Err.Ok || memory.compare(item, back, 16) != 0) fail("app_queue_send_receive", "send or receive failed, or the item changed");
    add(t1 - t0);
  }
  report("app_queue_send_receive", o);
}

const ping = new Semaphore();
const pong = new Semaphore();
const ponger = new Thread();
let turn: u32 = 0;
let stamp: u32 = 0;

function pongerMain(arg: u32): void {
  for (let i = 0; i < N / 2; i++) {
    if (ping.take(FOREVER) != Err.Ok || turn != 1) fail("app_sem_handoff", "ping taken without the pinger's give");
    add(cycles() - stamp);
    turn = 2;
    stamp = cycles();
    pong.give();
  }
}

function semHandoff(o: u32): void {
  // The ponger outranks main until it waits: both are ready before the first sample.
  if (threadCreate(ponger, "ponger", pongerMain, 0, 15, MIN_STACK_BYTES) != Err.Ok) {
    fail("app_sem_handoff", "cannot create the ponger");
    return;
  }
  for (let i = 0; i < N / 2; i++) {
    turn = 1;
    stamp = cycles();
    ping.give();
    if (pong.take(FOREVER) != Err.Ok || turn != 2) fail("app_sem_handoff", "pong taken without the ponger's give");
    add(cycles() - stamp);
  }
  report("app_sem_handoff", o);
}

/** A CMSDK timer's registers (drivers/cmsdk-timer.ts). */
const CTRL: u32 = 0x00;
const VALUE: u32 = 0x04;
const RELOAD: u32 = 0x08;
const INTSTATUS: u32 = 0x0c;
/** Just under 1 ms at MPS2's 25 MHz APB clock (the timer counts at the
 *  cycle counter's rate, so its count since the wrap is in the same
 *  units): not the tick's period (1 kHz), so that the two drift apart by
 *  999 cycles a sample and the tick falls inside a sample's window in a
 *  few samples only. With the same period the tick kept one place
 *  relative to every wrap, inside every window or outside every one
 *  depending on the code run before: the same path measured 688 or 976
 *  (a tick interrupt more) after a change elsewhere. */
const PERIOD: u32 = 24001;

const granted = new GrantedTimer();

/** app_irq_to_thread: MPS2's CMSDK timer, whose count since its wrap the
 *  thread reads. The line is attached (main). */
function irqToThread(): void {
  const timer = granted.dev;
  timer.write32(CTRL, 0);
  timer.write32(RELOAD, PERIOD - 1);
  timer.write32(VALUE, PERIOD - 1);
  timer.write32(INTSTATUS, 1);
  timer.write32(CTRL, 1 | 8);
  count = 0;
  while (count < N) {
    if (timer.irqWait(FOREVER) != Err.Ok) fail("app_irq_to_thread", "irqWait");
    const left = timer.read32(VALUE);
    if ((timer.read32(INTSTATUS) & 1) == 0) fail("app_irq_to_thread", "woken, device not pending");
    timer.write32(INTSTATUS, 1);
    add(PERIOD - 1 - left);
    timer.irqUnmask();
  }
  timer.write32(CTRL, 0);
  report("app_irq_to_thread", 0);
}

const irqStampBox = new Box<u32>();

/** app_irq_top_to_thread: whichever device the board grants, started at
 *  about 1 kHz (the UART interrupts as soon as it is rearmed); each
 *  sample from the kernel's stamp to the thread's read after the wake. */
function irqTopToThread(): void {
  const dev = granted.dev;
  granted.start(true);
  count = 0;
  while (count < N) {
    if (dev.irqWait(FOREVER) != Err.Ok) fail("app_irq_top_to_thread", "irqWait");
    const now = cycles();
    if (dev.irqStamp(irqStampBox) != Err.Ok) fail("app_irq_top_to_thread", "irqStamp");
    if (!granted.pending()) fail("app_irq_top_to_thread", "woken, device not pending");
    granted.clear();
    add(now - irqStampBox.value);
    dev.irqUnmask();
    granted.rearm();
  }
  granted.stop();
  report("app_irq_top_to_thread", 0);
}

/** The interrupt benchmarks, where board.json grants this application a
 *  device (grants.bench). */
function irqBenchmarks(): void {
  if (!granted.open()) {
    kputln("bench app_irq_*: skipped, no device granted (board.json grants.bench)");
    return;
  }
  if (granted.dev.irqAttach() != Err.Ok) {
    fail("app_irq_top_to_thread", "irqAttach");
    return;
  }
  if (granted.kind == CMSDK) irqToThread();
  irqTopToThread();
}

export function main(): i32 {
  if (sem.create(0, 1) != Err.Ok || q.create(16, 1) != Err.Ok || ping.create(0, 1) != Err.Ok || pong.create(0, 1) != Err.Ok) {
    kputln("bench-app: FAILED: cannot create its objects");
    return 1;
  }
  const o = overhead();
  semGiveTake(o);
  queueSendReceive(o);
  semHandoff(o);
  irqBenchmarks();
  if (failures != 0) {
    kputln("bench-app: FAILED (above)");
    return 1;
  }
  kputln("bench-app: done");
  return 0;
}
