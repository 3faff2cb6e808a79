// The interrupt code (kernel/irq.ts, kernel/irq/) on the host, with a fake
// interrupt controller that records what the kernel asks of it. The
// interrupt "arrives" by calling the dispatch function as an arch stub
// would.

import { Err } from "../../kernel/errors";
import { IrqChip } from "../../kernel/hal";
import {
  IrqFlags, IrqHandler, IrqReturn, dispatchInterrupt, irqAddChip, irqDesc, irqDisable,
  irqEnable, irqFree, irqPend, irqRequest, irqSpuriousCount, irqStormed,
} from "../../kernel/irq";
import { inInterrupt } from "../../kernel/context";
import { STORM_BURST, STORM_STILL_ASSERTED, STORM_UNHANDLED, STORM_WINDOW } from "../../kernel/config";
import { tickAdvance } from "../../kernel/ticks";

// The panic console's output, kept by the fake host (as-pect.config.js).
// @ts-ignore: decorator
@external("ivt_test", "panic_output_length") declare function panicOutputLength(): i32;
// @ts-ignore: decorator
@external("ivt_test", "panic_output_char") declare function panicOutputChar(i: i32): i32;
// @ts-ignore: decorator
@external("ivt_test", "panic_output_clear") declare function panicOutputClear(): void;

/** What the kernel wrote to the panic console since the last call. */
function panicOutput(): string {
  let s = "";
  for (let i = 0, n = panicOutputLength(); i < n; i++) s += String.fromCharCode(panicOutputChar(i));
  panicOutputClear();
  return s;
}

class FakeChip extends IrqChip {
  masks: u32 = 0;
  unmasks: u32 = 0;
  acks: u32 = 0;
  lastAck: u32 = 0;
  /** setPriority calls that changed a line (the chip took the value). */
  priorities: u32 = 0;
  /** Every line is pending again at once (a level device nobody quiets). */
  pendingAlways: bool = false;
  name(): string { return "fake"; }
  mask(vector: u32): void { this.masks++; }
  unmask(vector: u32): void { this.unmasks++; }
  ack(vector: u32): void { this.acks++; this.lastAck = vector; }
  setPriority(vector: u32, priority: u32): Err {
    if (priority >= 4) return Err.Invalid;
    this.priorities++;
    return Err.Ok;
  }
  pend(vector: u32): void {}
  unpend(vector: u32): void {}
  isPending(vector: u32): bool { return this.pendingAlways; }
  inServiceVector(): i32 { return -1; }
}

let order = "";

class Probe extends IrqHandler {
  calls: u32 = 0;
  wasInInterrupt: bool = false;
  constructor(public tag: string, public reply: IrqReturn) { super(); }
  top(vector: u32): IrqReturn {
    this.calls++;
    this.wasInInterrupt = inInterrupt();
    order += this.tag;
    return this.reply;
  }
}

/** Pends its own line from its top half while `pendAgain`; claims the
 *  interrupt while `claim`. */
class SelfPender extends IrqHandler {
  pendAgain: bool = false;
  claim: bool = true;
  top(vector: u32): IrqReturn {
    if (this.pendAgain) irqPend(vector);
    return this.claim ? IrqReturn.Handled : IrqReturn.None;
  }
}

/** Frees itself from its own top half: the chain must survive. */
class SelfRemover extends IrqHandler {
  result: Err = Err.Ok;
  top(vector: u32): IrqReturn {
    this.result = irqFree(vector, this);
    return IrqReturn.Handled;
  }
}

const chip = new FakeChip(32, 16);
const chipAdded = irqAddChip(chip);

describe("irqAddChip", () => {
  test("puts the chip's vectors under it, masked, with no descriptor until first use", () => {
    expect(chipAdded).toBe(Err.Ok);
    expect(chip.masks).toBe(16);
    expect(irqDesc(32)).toBeNull();
    expect(irqDesc(47)).toBeNull();
  });
  test("a line's first disable makes its descriptor; a vector no chip serves gets none", () => {
    expect(irqDisable(47)).toBe(Err.Ok);
    expect(irqDesc(47)).not.toBeNull();
    expect(irqDesc(47)!.disableDepth).toBe(1);
    expect(irqEnable(47)).toBe(Err.Ok);
    expect(irqDisable(48)).toBe(Err.Invalid);
    expect(irqDesc(48)).toBeNull();
  });
  test("refuses overlapping and out-of-range chips", () => {
    expect(irqAddChip(new FakeChip(40, 4))).toBe(Err.Busy);
    expect(irqAddChip(new FakeChip(250, 10))).toBe(Err.Invalid);
  });
});

describe("dispatch", () => {
  test("runs the chain in order and acknowledges exactly once", () => {
    const a = new Probe("a", IrqReturn.None);
    const b = new Probe("b", IrqReturn.Handled);
    expect(irqRequest(33, a, IrqFlags.Shared)).toBe(Err.Ok);
    expect(irqRequest(33, b, IrqFlags.Shared)).toBe(Err.Ok);
    const acks = chip.acks;
    order = "";
    dispatchInterrupt(33);
    expect(order).toBe("ab");
    expect(chip.acks - acks).toBe(1);
    expect(chip.lastAck).toBe(33);
    expect(a.wasInInterrupt).toBe(true);
    expect(inInterrupt()).toBe(false);
    expect(irqDesc(33)!.handled).toBe(1);
    irqFree(33, a);
    irqFree(33, b);
  });
  test("counts an interrupt nobody claims as unhandled, and still acknowledges it", () => {
    const a = new Probe("a", IrqReturn.None);
    irqRequest(34, a);
    const acks = chip.acks;
    dispatchInterrupt(34);
    expect(irqDesc(34)!.unhandled).toBe(1);
    expect(chip.acks - acks).toBe(1);
    irqFree(34, a);
  });
  test("counts a vector without a descriptor as spurious, without an ack", () => {
    const before = irqSpuriousCount();
    const acks = chip.acks;
    dispatchInterrupt(5);
    dispatchInterrupt(1000);
    expect(irqSpuriousCount() - before).toBe(2);
    expect(chip.acks).toBe(acks);
  });
  test("an interrupt on a served line never used is spurious: masked, acknowledged once, reported once", () => {
    panicOutput();
    const before = irqSpuriousCount();
    const masks = chip.masks;
    const acks = chip.acks;
    dispatchInterrupt(44);
    dispatchInterrupt(44);
    expect(irqSpuriousCount() - before).toBe(2);
    expect(chip.masks - masks).toBe(2);
    expect(chip.acks - acks).toBe(2);
    expect(chip.lastAck).toBe(44);
    expect(irqDesc(44)).toBeNull(); // no allocation in a handler
    expect(panicOutput()).toBe("*** ivt IRQ vector 44: interrupt on a line with no handler; masked, counted, not reported again\n");
  });
  test("a handler freeing itself from its top half is refused (interrupt context)", () => {
    const h = new SelfRemover();
    irqRequest(35, h);
    dispatchInterrupt(35);
    expect(h.result).toBe(Err.InInterrupt);
    expect(irqFree(35, h)).toBe(Err.Ok);
  });
});

describe("registration", () => {
  test("unmasks on the first handler and masks when the last one leaves", () => {
    const a = new Probe("a", IrqReturn.Handled);
    const b = new Probe("b", IrqReturn.Handled);
    const unmasks = chip.unmasks;
    const masks = chip.masks;
    irqRequest(36, a, IrqFlags.Shared);
    irqRequest(36, b, IrqFlags.Shared);
    expect(chip.unmasks - unmasks).toBe(1);
    irqFree(36, a);
    expect(chip.masks - masks).toBe(0);
    irqFree(36, b);
    expect(chip.masks - masks).toBe(1);
  });
  test("refuses sharing unless both sides ask for it", () => {
    const a = new Probe("a", IrqReturn.Handled);
    const b = new Probe("b", IrqReturn.Handled);
    const c = new Probe("c", IrqReturn.Handled);
    expect(irqRequest(37, a, IrqFlags.Shared)).toBe(Err.Ok);
    expect(irqRequest(37, b)).toBe(Err.Busy);
    irqFree(37, a);
    expect(irqRequest(37, b)).toBe(Err.Ok);
    expect(irqRequest(37, c, IrqFlags.Shared)).toBe(Err.Busy);
    irqFree(37, b);
  });
  test("a refused request leaves the line's priority alone", () => {
    const owner = new Probe("o", IrqReturn.Handled);
    const other = new Probe("x", IrqReturn.Handled);
    const shared = new Probe("s", IrqReturn.Handled);
    expect(irqRequest(42, owner, 0, 1)).toBe(Err.Ok);
    const set = chip.priorities;
    // Another driver's line: refused, and its priority must stay the owner's.
    expect(irqRequest(42, other, IrqFlags.Shared, 3)).toBe(Err.Busy);
    expect(irqRequest(43, other, IrqFlags.Oneshot, 3)).toBe(Err.Invalid);
    expect(irqRequest(42, owner, 0, 3)).toBe(Err.Exists);
    expect(irqRequest(43, shared, IrqFlags.Shared, 2)).toBe(Err.Ok);
    expect(irqRequest(43, other, IrqFlags.Shared | IrqFlags.Edge, 3)).toBe(Err.Invalid);
    expect(irqRequest(43, other, 0x100, 3)).toBe(Err.Invalid);
    expect(chip.priorities - set).toBe(1); // the one request that succeeded
    irqFree(42, owner);
    irqFree(43, shared);
  });
  test("refuses a handler registered twice, even on another vector", () => {
    const a = new Probe("a", IrqReturn.Handled);
    expect(irqRequest(38, a)).toBe(Err.Ok);
    expect(irqRequest(39, a)).toBe(Err.Exists);
    expect(irqFree(39, a)).toBe(Err.NotFound);
    expect(irqFree(38, a)).toBe(Err.Ok);
  });
  test("removes a handler from the middle of a chain", () => {
    const a = new Probe("a", IrqReturn.Handled);
    const b = new Probe("b", IrqReturn.Handled);
    const c = new Probe("c", IrqReturn.Handled);
    irqRequest(40, a, IrqFlags.Shared);
    irqRequest(40, b, IrqFlags.Shared);
    irqRequest(40, c, IrqFlags.Shared);
    irqFree(40, b);
    order = "";
    dispatchInterrupt(40);
    expect(order).toBe("ac");
    irqFree(40, a);
    irqFree(40, c);
  });
  test("disable/enable nest and keep a line without handlers masked", () => {
    const a = new Probe("a", IrqReturn.Handled);
    irqRequest(41, a);
    const unmasks = chip.unmasks;
    expect(irqDisable(41)).toBe(Err.Ok);
    expect(irqDisable(41)).toBe(Err.Ok);
    expect(irqEnable(41)).toBe(Err.Ok);
    expect(chip.unmasks).toBe(unmasks);
    expect(irqEnable(41)).toBe(Err.Ok);
    expect(chip.unmasks - unmasks).toBe(1);
    expect(irqEnable(41)).toBe(Err.Invalid);
    irqFree(41, a);
    irqDisable(41);
    irqEnable(41);
    expect(chip.unmasks - unmasks).toBe(1);
  });
});

/** `n` as the bugcheck record prints it: 0x and 8 hex digits. */
function hex8(n: u32): string {
  return "0x" + n.toString(16).padStart(8, "0");
}

/** The report line `line`, then the storm's bugcheck record (docs/crash.md:
 *  0x107, vector, the rule's threshold, the rule). */
function expectStormReport(out: string, line: string, vector: u32, threshold: u32, rule: u32): void {
  expect(out.startsWith(line)).toBe(true);
  expect(out.includes("*** ivt BUGCHECK 0x00000107 INTERRUPT_STORM (" + hex8(vector) + ", " + hex8(threshold) + ", " + hex8(rule) + ", 0x00000000)\n")).toBe(true);
}

describe("storm reports", () => {
  const DISABLED = "; line disabled, irqRearm re-enables it\n";
  test("never quieted: the count in a row comes from STORM_STILL_ASSERTED", () => {
    const h = new Probe("q", IrqReturn.Handled);
    irqRequest(44, h);
    panicOutput();
    chip.pendingAlways = true;
    for (let i: u32 = 0; i <= STORM_STILL_ASSERTED; i++) dispatchInterrupt(44);
    chip.pendingAlways = false;
    expect(irqStormed(44)).toBe(true);
    expectStormReport(panicOutput(), "*** ivt IRQ vector 44: storm (still asserted after its handler, " + STORM_STILL_ASSERTED.toString() + " times in a row: never quieted)" + DISABLED, 44, STORM_STILL_ASSERTED, 2);
    irqFree(44, h);
  });
  test("burst: the count between two ticks comes from STORM_BURST", () => {
    const h = new Probe("b", IrqReturn.Handled);
    irqRequest(45, h);
    panicOutput();
    for (let i: u32 = 0; i <= STORM_BURST; i++) dispatchInterrupt(45);
    expect(irqStormed(45)).toBe(true);
    expectStormReport(panicOutput(), "*** ivt IRQ vector 45: storm (more than " + STORM_BURST.toString() + " interrupts between two ticks)" + DISABLED, 45, STORM_BURST, 3);
    irqFree(45, h);
  });
  test("a new first handler on a line a storm rule disabled starts it afresh, as Linux's request_irq", () => {
    expect(irqStormed(45)).toBe(true); // the burst test freed its handler with the line disabled
    const unmasks = chip.unmasks;
    const h = new Probe("r", IrqReturn.Handled);
    expect(irqRequest(45, h)).toBe(Err.Ok);
    expect(irqStormed(45)).toBe(false);
    expect(chip.unmasks).toBe(unmasks + 1); // the line unmasked for the new handler
    tickAdvance();
    for (let i: u32 = 0; i < 10; i++) dispatchInterrupt(45);
    expect(irqStormed(45)).toBe(false); // the burst count started again from zero
    irqFree(45, h);
  });
  test("nobody cared: the share comes from STORM_UNHANDLED and STORM_WINDOW", () => {
    const h = new Probe("n", IrqReturn.None);
    irqRequest(46, h);
    panicOutput();
    for (let i: u32 = 0; i < STORM_WINDOW; i++) {
      if (i % (STORM_BURST / 2) == 0) tickAdvance(); // no burst
      dispatchInterrupt(46);
    }
    expect(irqStormed(46)).toBe(true);
    expectStormReport(panicOutput(), "*** ivt IRQ vector 46: nobody cared (more than " + STORM_UNHANDLED.toString() + " of the last " + STORM_WINDOW.toString() + " unclaimed)" + DISABLED, 46, STORM_UNHANDLED, 1);
    irqFree(46, h);
  });
  test("nobody cared: fires at the first unclaimed interrupt past STORM_UNHANDLED, not before, and is reported once", () => {
    const h = new Probe("n2", IrqReturn.None);
    irqRequest(47, h);
    panicOutput();
    for (let i: u32 = 0; i < STORM_UNHANDLED; i++) {
      if (i % (STORM_BURST / 2) == 0) tickAdvance(); // no burst
      dispatchInterrupt(47);
    }
    expect(irqStormed(47)).toBe(false);
    expect(irqDesc(47)!.count).toBe(STORM_UNHANDLED);
    expect(irqDesc(47)!.unhandled).toBe(STORM_UNHANDLED);
    dispatchInterrupt(47);
    expect(irqStormed(47)).toBe(true);
    // Interrupts already on their way when the line was masked: no second report.
    for (let i = 0; i < 10; i++) dispatchInterrupt(47);
    const out = panicOutput();
    expectStormReport(out, "*** ivt IRQ vector 47: nobody cared (more than " + STORM_UNHANDLED.toString() + " of the last " + STORM_WINDOW.toString() + " unclaimed)" + DISABLED, 47, STORM_UNHANDLED, 1);
    expect(out.split("*** ivt BUGCHECK ").length).toBe(2); // one record
    irqFree(47, h);
  });
  test("nobody cared: claimed interrupts within the window count in its length, not against the rule", () => {
    const h = new Probe("n3", IrqReturn.None);
    irqRequest(32, h);
    panicOutput();
    const handled = irqDesc(32)!.handled;
    // 50 claimed among 99,901 unclaimed: 99,951 interrupts, one window.
    for (let i: u32 = 0; i <= STORM_UNHANDLED; i++) {
      if (i % (STORM_BURST / 2) == 0) tickAdvance();
      if (i % 2000 == 500) {
        h.reply = IrqReturn.Handled;
        dispatchInterrupt(32);
        h.reply = IrqReturn.None;
      }
      dispatchInterrupt(32);
    }
    expect(irqDesc(32)!.handled - handled).toBe(50);
    expect(irqStormed(32)).toBe(true);
    panicOutput();
    irqFree(32, h);
  });
  test("nobody cared: the window opens at the line's first unclaimed interrupt, not at its first interrupt", () => {
    const h = new Probe("w", IrqReturn.Handled);
    irqRequest(35, h);
    panicOutput();
    const start = irqDesc(35)!.count; // the line was used by an earlier test
    for (let i: u32 = 0; i < STORM_WINDOW / 2; i++) {
      if (i % (STORM_BURST / 2) == 0) tickAdvance(); // no burst
      dispatchInterrupt(35);
    }
    h.reply = IrqReturn.None;
    for (let i: u32 = 0; i < STORM_UNHANDLED; i++) {
      if (i % (STORM_BURST / 2) == 0) tickAdvance();
      dispatchInterrupt(35);
    }
    expect(irqStormed(35)).toBe(false);
    dispatchInterrupt(35); // unclaimed number STORM_UNHANDLED + 1, all within one window
    expect(irqStormed(35)).toBe(true);
    expect(irqDesc(35)!.count - start).toBe(STORM_WINDOW / 2 + STORM_UNHANDLED + 1);
    panicOutput();
    irqFree(35, h);
  });
  test("never quieted where the controller is not read (the NVIC): a top half's pend of its own line counts, a break in the row starts the count again, an unclaimed interrupt clears it", () => {
    // A controller like the NVIC: a held level line does not show as
    // pending while active, so only irqPend's note counts (one word of
    // the descriptor, kernel/irq/descriptors.ts IrqDesc.still).
    const nvicLike = new FakeChip(64, 4);
    nvicLike.heldLevelPends = false;
    nvicLike.pendingAlways = true; // never read: a read would storm at once
    expect(irqAddChip(nvicLike)).toBe(Err.Ok);
    const h = new SelfPender();
    expect(irqRequest(65, h)).toBe(Err.Ok);
    panicOutput();
    for (let round = 0; round < 3; round++) {
      tickAdvance(); // no burst: the rounds stay under STORM_BURST a tick
      h.pendAgain = true;
      for (let i: u32 = 0; i < STORM_STILL_ASSERTED; i++) dispatchInterrupt(65);
      h.pendAgain = false;
      dispatchInterrupt(65); // two without a pend: the row ends
      dispatchInterrupt(65);
    }
    expect(irqStormed(65)).toBe(false);
    // An unclaimed interrupt also ends the row (and the note).
    tickAdvance();
    h.pendAgain = true;
    for (let i: u32 = 0; i < STORM_STILL_ASSERTED; i++) dispatchInterrupt(65);
    h.claim = false;
    dispatchInterrupt(65);
    h.claim = true;
    for (let i: u32 = 0; i < STORM_STILL_ASSERTED; i++) dispatchInterrupt(65);
    expect(irqStormed(65)).toBe(false);
    expect(panicOutput()).toBe("");
    // One more in the row is the rule's count: disabled, reported.
    dispatchInterrupt(65);
    expect(irqStormed(65)).toBe(true);
    expectStormReport(panicOutput(), "*** ivt IRQ vector 65: storm (still asserted after its handler, " + STORM_STILL_ASSERTED.toString() + " times in a row: never quieted)" + DISABLED, 65, STORM_STILL_ASSERTED, 2);
    irqFree(65, h);
  });
  test("never quieted: an edge line that is pending again is not a level line stuck (a burst would catch it)", () => {
    const h = new Probe("e", IrqReturn.Handled);
    irqRequest(38, h, IrqFlags.Edge);
    panicOutput();
    chip.pendingAlways = true;
    for (let i: u32 = 0; i <= STORM_STILL_ASSERTED * 2; i++) dispatchInterrupt(38);
    chip.pendingAlways = false;
    expect(irqStormed(38)).toBe(false);
    expect(panicOutput()).toBe("");
    irqFree(38, h);
  });
});
