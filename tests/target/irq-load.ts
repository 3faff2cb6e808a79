// EOI and nesting under load: two spare lines at different priorities,
// raised back to back for LOAD_SECONDS of virtual time at the highest rate
// the board sustains, with the system tick running underneath.
//
//   thread:  pend low ──────────────────────────────▶ pend low ...
//   low  (priority 1):   ( pend high ─▶ [high runs nested] ◀─ )
//   high (priority 0):                  depth 2, counts
//
// The urgent line shares priority 0 with the tick on boards whose tick
// line keeps the controller's default (0): the tick then nests inside the
// low line as the high one does, never inside the high one, so nesting
// stays two deep (microbit's 768-byte interrupt stack holds no more).
//
// Every round must deliver exactly one low and one high interrupt, the high
// one nested inside the low one (depth 2), and each must be acknowledged
// exactly once: a counting wrapper stands between each line's descriptor
// and the board's interrupt controller and counts the kernel's ack calls.
// Nothing may be lost, doubled or left in service. The summary line gives
// the rate and the longest pend-to-handler latency (make soak reads it).

import { test, check, checkEq, finish } from "./harness";
import { CountingChip, spare } from "./irqutil";
import {
  Err, interruptDepth, irqDisable, irqEnable, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn,
  irqRearm, irqRunCycles, irqSetPriority, irqStormed, kputln, kputs, kputu, portCycles, tickDiff, tickRate, ticks,
} from "../../kernel/ivt";
// Internals test: reads per-vector descriptors and the spurious and
// lost-EOI counters of kernel/irq.ts.
import { irqDesc, irqLostEoiCount, irqSpuriousCount } from "../../kernel/irq";
import { chipFor } from "../../kernel/irq/descriptors";
// and fills the heap (kernel/bump.ts) to see a descriptor refused.
import { heapFree } from "../../kernel/bump";
import { MAX_VECTORS } from "../../kernel/config";

/** Virtual seconds of load: 10, or the board's "irq_load_seconds". */
const LOAD_SECONDS: u32 = isDefined(IRQ_LOAD_SECONDS) ? <u32>IRQ_LOAD_SECONDS : 10;
/** Host calls a pended line may take to arrive: on hardware it arrives at
 *  once, on sim at the next host call. More means it was lost. */
const SETTLE_CALLS = 100;


/** The urgent line: counts, and records the depth it ran at. */
@final class HighHandler extends IrqHandler {
  calls: u32 = 0;
  badDepth: u32 = 0;
  top(vector: u32): IrqReturn {
    this.calls++;
    if (interruptDepth() != 2) this.badDepth++;
    return IrqReturn.Handled;
  }
}

/** The less urgent line: pends the urgent one and waits for it to nest. */
@final class LowHandler extends IrqHandler {
  calls: u32 = 0;
  badDepth: u32 = 0;
  /** Rounds in which the high line did not run inside this handler. */
  notNested: u32 = 0;
  /** Cycle stamp of the thread's pend, and the longest pend-to-entry time. */
  pendedAt: u32 = 0;
  worstLatency: u32 = 0;
  highVector: u32 = 0;
  high: HighHandler | null = null;
  top(vector: u32): IrqReturn {
    const latency = portCycles() - this.pendedAt;
    if (latency > this.worstLatency) this.worstLatency = latency;
    this.calls++;
    if (interruptDepth() != 1) this.badDepth++;
    const h = this.high!;
    const want = h.calls + 1;
    irqPend(this.highVector);
    for (let i = 0; i < SETTLE_CALLS && h.calls != want; i++) portCycles();
    if (h.calls != want) this.notNested++;
    return IrqReturn.Handled;
  }
}

function interposeCounter(vector: u32): CountingChip {
  const d = irqDesc(vector)!;
  const c = new CountingChip(d.chip);
  d.chip = c;
  return c;
}

function loadTest(): void {
  const lowV = spare(2);
  const highV = spare(3);
  const low = new LowHandler();
  const high = new HighHandler();
  low.high = high;
  low.highVector = highV;
  checkEq(irqSetPriority(lowV, 1), Err.Ok, "low priority");
  checkEq(irqSetPriority(highV, 0), Err.Ok, "high priority");
  checkEq(irqRequest(lowV, low), Err.Ok, "request low");
  checkEq(irqRequest(highV, high), Err.Ok, "request high");
  const lowChip = interposeCounter(lowV);
  const highChip = interposeCounter(highV);
  const lowCount0 = irqDesc(lowV)!.count;
  const highCount0 = irqDesc(highV)!.count;
  const lostEoi0 = irqLostEoiCount();
  const spurious0 = irqSpuriousCount();

  const hz = tickRate();
  const start = ticks();
  const end = start + LOAD_SECONDS * hz;
  let rounds: u32 = 0;
  let lost: u32 = 0;
  while (tickDiff(end, ticks()) > 0) {
    rounds++;
    low.pendedAt = portCycles();
    irqPend(lowV);
    for (let i = 0; i < SETTLE_CALLS && low.calls != rounds; i++) portCycles();
    if (low.calls != rounds) {
      lost++;
      break; // a lost interrupt: the counts below say how far it got
    }
  }
  const elapsed = <u32>tickDiff(ticks(), start);

  checkEq(lost, 0, "every low interrupt pended was delivered");
  checkEq(low.calls, rounds, "low deliveries = rounds");
  checkEq(high.calls, rounds, "high deliveries = rounds");
  checkEq(low.notNested, 0, "high ran inside low every round");
  checkEq(low.badDepth, 0, "low ran at depth 1");
  checkEq(high.badDepth, 0, "high ran at depth 2");
  checkEq(lowChip.acks, rounds, "low acknowledged exactly once per delivery");
  checkEq(highChip.acks, rounds, "high acknowledged exactly once per delivery");
  checkEq(irqDesc(lowV)!.count - lowCount0, rounds, "low descriptor count");
  checkEq(irqDesc(highV)!.count - highCount0, rounds, "high descriptor count");
  checkEq(irqLostEoiCount() - lostEoi0, 0, "no end of interrupt lost");
  checkEq(irqSpuriousCount() - spurious0, 0, "no spurious interrupt");
  check(rounds > LOAD_SECONDS, "the load ran (more than a round per second)");
  check(elapsed >= LOAD_SECONDS * hz, "the tick kept counting under load");
  check(interruptDepth() == 0, "back at thread level");

  // Put the board's controller back before freeing.
  irqDesc(lowV)!.chip = lowChip.inner;
  irqDesc(highV)!.chip = highChip.inner;
  checkEq(irqFree(lowV, low), Err.Ok, "free low");
  checkEq(irqFree(highV, high), Err.Ok, "free high");

  kputs("irq-load: ");
  kputu(rounds);
  kputs(" rounds in ");
  kputu(elapsed);
  kputs(" ticks (");
  kputu(rounds / LOAD_SECONDS);
  kputs(" per s, 2 interrupts each), worst latency ");
  kputu(low.worstLatency);
  kputln(" cycles");
}

/** Counts its interrupts. */
@final class CountsCalls extends IrqHandler {
  calls: u32 = 0;
  top(vector: u32): IrqReturn {
    this.calls++;
    return IrqReturn.Handled;
  }
}

/** The dispatch calls a chip's ack once per interrupt when the chip says
 *  it needs one (IrqChip.ackNeeded, the default), never when it says it
 *  does not (the NVIC: exception return is the end of interrupt); the
 *  descriptor's copy of the setting follows a chip put in its place. Only
 *  where the board's own chip needs no ack is one that says so tried:
 *  elsewhere skipping it would leave the controller waiting. */
function ackOnlyWhenNeeded(): void {
  const v = spare(2);
  const h = new CountsCalls();
  checkEq(irqRequest(v, h), Err.Ok, "request");
  const d = irqDesc(v)!;
  const inner = d.chip;
  const counting = new CountingChip(inner); // ackNeeded: true
  d.chip = counting;
  pendThrice(v);
  checkEq(h.calls, 3, "three interrupts delivered");
  checkEq(counting.acks, 3, "a chip that needs an ack is called once per interrupt");
  if (!inner.ackNeeded) {
    const quiet = new CountingChip(inner);
    quiet.ackNeeded = false;
    d.chip = quiet;
    pendThrice(v);
    checkEq(h.calls, 6, "three more delivered");
    checkEq(quiet.acks, 0, "a chip that needs none is never called for it");
  }
  d.chip = inner;
  checkEq(irqFree(v, h), Err.Ok, "free");
}

/** irqPend makes the one write the board's chip names (IrqChip.pendRegs:
 *  the NVIC's and sim's do, ColdFire's does not), kept in the line's
 *  descriptor, with no call into the chip; the copy follows a chip put
 *  in its place, and one that names no write (CountingChip) has its
 *  pend() called. Each way, every pend arrives. */
function pendThroughTheDescriptor(): void {
  const v = spare(2);
  const h = new CountsCalls();
  checkEq(irqRequest(v, h), Err.Ok, "request");
  const d = irqDesc(v)!;
  const inner = d.chip;
  const named = inner.pendRegs(v);
  const addr = named !== null ? named.base + inner.pendOffset(v) : 0;
  checkEq(d.pendAddr, addr, "the descriptor keeps the chip's pend register's address");
  if (named !== null) checkEq(d.pendValue, inner.pendValue(v), "its value");
  pendThrice(v);
  checkEq(h.calls, 3, "three pends through the board's chip arrive");
  const counting = new CountingChip(inner);
  d.chip = counting;
  checkEq(d.pendAddr, 0, "a chip that names no pend write replaces the kept one");
  pendThrice(v);
  checkEq(counting.pends, 3, "its pend() is called for each");
  checkEq(h.calls, 6, "and each arrives");
  d.chip = inner;
  checkEq(d.pendAddr, addr, "putting the board's chip back keeps its write again");
  pendThrice(v);
  checkEq(counting.pends, 3, "the replaced chip is not called any more");
  checkEq(h.calls, 9, "three more arrive");
  checkEq(irqFree(v, h), Err.Ok, "free");
}

/** Pends `v` three times, each given time to arrive. Thread context. */
function pendThrice(v: u32): void {
  for (let i = 0; i < 3; i++) {
    irqPend(v);
    letArrive();
  }
}

/** Gives a pended line time to arrive: a tick's wait (on sim each host
 *  call is a chance for it). Thread context. */
function letArrive(): void {
  const t0 = ticks();
  while (tickDiff(ticks(), t0) < 2) portCycles();
}

/** A line no handler was ever requested on has no descriptor (docs/
 *  interrupts.md): an interrupt on it (here the controller is unmasked
 *  behind the kernel's back, as a stray write or a race might) is
 *  spurious: counted once, the line masked again (a second pend is not
 *  delivered) and acknowledged, and no descriptor is made in the handler.
 *  First in this image: the spare line has not been used yet. */
function neverUsedLine(): void {
  const v = spare(0);
  check(irqDesc(v) === null, "the spare line has no descriptor before its first use");
  const chip = chipFor(v)!;
  const before = irqSpuriousCount();
  chip.unmask(v);
  chip.pend(v);
  letArrive();
  checkEq(irqSpuriousCount() - before, 1, "one spurious interrupt counted");
  check(irqDesc(v) === null, "no descriptor made in the handler");
  chip.pend(v);
  letArrive();
  checkEq(irqSpuriousCount() - before, 1, "masked by the kernel: a second pend is not delivered");
  chip.unpend(v);
}

/** From its top half, disables a line never used. */
class DisablesNeverUsed extends IrqHandler {
  result: Err = Err.Ok;
  ran: bool = false;
  constructor(public other: u32) {
    super();
  }
  top(vector: u32): IrqReturn {
    this.result = irqDisable(this.other);
    this.ran = true;
    return IrqReturn.Handled;
  }
}

/** A handler never allocates (docs/interrupts.md): irqDisable of a line
 *  never used answers NoSpace there, and makes its descriptor from a
 *  thread. Second in this image: spare(1) has not been used yet. */
function disableFromHandler(): void {
  const v = spare(0);
  const other = spare(1);
  check(irqDesc(other) === null, "the other spare line has no descriptor yet");
  const h = new DisablesNeverUsed(other);
  checkEq(irqRequest(v, h), Err.Ok, "request");
  irqPend(v);
  letArrive();
  check(h.ran, "the top half ran");
  checkEq(h.result, Err.NoSpace, "disabling a line never used, from a handler");
  check(irqDesc(other) === null, "no descriptor made in the handler");
  checkEq(irqDisable(other), Err.Ok, "from a thread the descriptor is made");
  check(irqDesc(other) !== null, "made");
  checkEq(irqEnable(other), Err.Ok, "enable");
  checkEq(irqFree(v, h), Err.Ok, "free");
}

/** From its top half, makes the calls that need no descriptor on a line
 *  never used. */
class CallsNeverUsed extends IrqHandler {
  enable: Err = Err.Ok;
  rearm: Err = Err.Ok;
  free: Err = Err.Ok;
  cycles: u64 = 1;
  ran: bool = false;
  constructor(public other: u32, public h: IrqHandler) {
    super();
  }
  top(vector: u32): IrqReturn {
    this.enable = irqEnable(this.other);
    this.rearm = irqRearm(this.other);
    this.free = irqFree(this.other, this.h);
    this.cycles = irqRunCycles(this.other);
    this.ran = true;
    return IrqReturn.Handled;
  }
}

/** The first line a chip serves that has no descriptor, or 0xffffffff. */
function neverUsed(): u32 {
  for (let i: u32 = 0; i < MAX_VECTORS; i++) {
    if (chipFor(i) !== null && irqDesc(i) === null) return i;
  }
  return 0xffffffff;
}

/** What a vector no chip serves answers: Invalid everywhere, no
 *  descriptor, no cycles. */
function checkUnserved(v: u32, h: IrqHandler): void {
  checkEq(irqRequest(v, h), Err.Invalid, "request of a vector no chip serves");
  checkEq(irqDisable(v), Err.Invalid, "disable of a vector no chip serves");
  checkEq(irqEnable(v), Err.Invalid, "enable of a vector no chip serves");
  checkEq(irqFree(v, h), Err.Invalid, "free of a vector no chip serves");
  checkEq(irqPend(v), Err.Invalid, "pend of a vector no chip serves");
  checkEq(irqRearm(v), Err.Invalid, "rearm of a vector no chip serves");
  checkEq(irqSetPriority(v, 0), Err.Invalid, "priority of a vector no chip serves");
  check(irqRunCycles(v) == 0, "no cycles on a vector no chip serves");
  check(!irqStormed(v), "a vector no chip serves is not stormed");
  check(irqDesc(v) === null, "and has no descriptor");
}

/** Enable, rearm, free and the counters on a line never used answer
 *  without making its descriptor (docs/interrupts.md: a line gets one at
 *  its first request or disable), from a thread and from a handler; a
 *  vector out of range or that no chip serves is Invalid everywhere. */
function neverUsedCalls(): void {
  const v = neverUsed();
  check(v != 0xffffffff, "a served line never used");
  const h = new DisablesNeverUsed(v);
  checkEq(irqEnable(v), Err.Invalid, "enable of a line never used");
  checkEq(irqRearm(v), Err.NotFound, "rearm of a line never used");
  checkEq(irqFree(v, h), Err.NotFound, "free of a line never used");
  check(irqRunCycles(v) == 0, "no cycles on a line never used");
  check(!irqStormed(v), "a line never used is not stormed");
  const top = new CallsNeverUsed(v, h);
  const line = spare(0);
  checkEq(irqRequest(line, top), Err.Ok, "request a spare line");
  irqPend(line);
  letArrive();
  check(top.ran, "the top half ran");
  checkEq(top.enable, Err.Invalid, "enable of a line never used, from a handler");
  checkEq(top.rearm, Err.NotFound, "rearm of a line never used, from a handler");
  checkEq(top.free, Err.InInterrupt, "free from a handler");
  check(top.cycles == 0, "no cycles on a line never used, from a handler");
  checkEq(irqFree(line, top), Err.Ok, "free the spare line");
  check(irqDesc(v) === null, "none of these made a descriptor");
  checkUnserved(MAX_VECTORS, h);
  checkUnserved(0x80000000, h);
  checkUnserved(0xffffffff, h);
  if (chipFor(0) === null) checkUnserved(0, h);
  if (chipFor(15) === null) checkUnserved(15, h);
  check(h.vector < 0, "the handler is registered nowhere");
}

/** With the heap too full for a descriptor, a line's first request and
 *  disable answer NoSpace and change nothing (docs/interrupts.md). Last in
 *  this image: it takes the heap, then gives it back (the allocator frees
 *  its last block). */
function requestWithHeapFull(): void {
  let v: u32 = 0xffffffff;
  for (let i: u32 = 0; i < MAX_VECTORS && v == 0xffffffff; i++) {
    if (chipFor(i) !== null && irqDesc(i) === null) v = i;
  }
  check(v != 0xffffffff, "a served line never used");
  const h = new DisablesNeverUsed(v);
  const left: usize = 48; // less than a descriptor's block (96 bytes)
  const filler = heap.alloc(<usize>heapFree() - left - 16);
  check(heapFree() < 96, "the heap is too full for a descriptor");
  const requested = irqRequest(v, h);
  const disabled = irqDisable(v);
  const described = irqDesc(v) !== null;
  heap.free(filler);
  checkEq(requested, Err.NoSpace, "a line's first request with the heap full");
  checkEq(disabled, Err.NoSpace, "a line's first disable with the heap full");
  check(!described, "no descriptor");
  check(h.vector < 0, "the handler is not registered");
}

export function main(): i32 {
  test("irq: an interrupt on a line never used is counted once and the line masked", neverUsedLine);
  test("irq: disabling a line never used from a handler is NoSpace; from a thread it works", disableFromHandler);
  test("irq: enable, rearm, free and counters on a line never used make no descriptor; a vector out of range is Invalid", neverUsedCalls);
  test("irq load: two nested lines back to back: exact counts, one ack each", loadTest);
  test("irq: a chip's ack is called once per interrupt if it needs one, never if it does not", ackOnlyWhenNeeded);
  test("irq: irqPend makes the chip's pend write kept in the descriptor, or calls a chip that names none", pendThroughTheDescriptor);
  test("irq: a line's first request or disable with the heap full is NoSpace", requestWithHeapFull);
  return finish();
}
