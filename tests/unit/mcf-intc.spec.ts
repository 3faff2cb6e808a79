// The ColdFire interrupt controller's soft-pended lines (drivers/mcf-intc.ts)
// on the host: two slots, each line's SoftPend made by the board's maker at
// the line's first use from a thread, never in a handler. The fake host's
// MMIO reads 0 and drops writes (as-pect.config.js), so only the SoftPends
// say what happened.

import { Err } from "../../kernel/errors";
import { DeviceRegs } from "../../kernel/devregs";
import { enterInterrupt, leaveInterrupt } from "../../kernel/context";
import { McfIntc, SoftPend } from "../../drivers/mcf-intc";

const FIRST: u32 = 64;

/** A SoftPend that records its calls. */
class RecordingPend extends SoftPend {
  raises: u32 = 0;
  lowers: u32 = 0;
  up: bool = false;
  raise(): void {
    this.raises++;
    this.up = true;
  }
  lower(): void {
    this.lowers++;
    this.up = false;
  }
  raised(): bool {
    return this.up;
  }
}

let made0: u32 = 0;
let made1: u32 = 0;
let pend0: RecordingPend | null = null;
let pend1: RecordingPend | null = null;

function makePend0(): SoftPend {
  made0++;
  const p = new RecordingPend();
  pend0 = p;
  return p;
}

function makePend1(): SoftPend {
  made1++;
  const p = new RecordingPend();
  pend1 = p;
  return p;
}

function fresh(): McfIntc {
  made0 = 0;
  made1 = 0;
  pend0 = null;
  pend1 = null;
  return new McfIntc(new DeviceRegs(0xfc048000, 0x100), 32);
}

describe("McfIntc soft-pended lines", () => {
  it("refuses a vector it does not serve, the same vector twice, and a third line", () => {
    const c = fresh();
    expect(c.useSoftPend(FIRST - 1, makePend0)).toBe(Err.Invalid);
    expect(c.useSoftPend(FIRST + 32, makePend0)).toBe(Err.Invalid);
    expect(c.useSoftPend(FIRST + 27, makePend0)).toBe(Err.Ok);
    expect(c.useSoftPend(FIRST + 27, makePend1)).toBe(Err.Invalid);
    expect(c.useSoftPend(FIRST + 28, makePend1)).toBe(Err.Ok);
    expect(c.useSoftPend(FIRST + 29, makePend1)).toBe(Err.NoSpace);
    expect(made0 + made1).toBe(0, "nothing made when the lines are named");
  });

  it("makes a line's SoftPend at its first pend from a thread, once, and pends through it", () => {
    const c = fresh();
    c.useSoftPend(FIRST + 27, makePend0);
    c.useSoftPend(FIRST + 28, makePend1);
    c.pend(FIRST + 28);
    expect(made1).toBe(1);
    expect(made0).toBe(0, "the other line's is not made");
    expect(pend1!.raises).toBe(1);
    expect(c.isPending(FIRST + 28)).toBe(true);
    c.ack(FIRST + 28);
    expect(pend1!.lowers).toBe(1, "the end of interrupt lowers it");
    expect(c.isPending(FIRST + 28)).toBe(false);
    c.pend(FIRST + 28);
    expect(made1).toBe(1, "made once");
    expect(pend1!.raises).toBe(2);
  });

  it("makes it at an unpend or a pending test from a thread too (a request unpends its line)", () => {
    const c = fresh();
    c.useSoftPend(FIRST + 27, makePend0);
    c.useSoftPend(FIRST + 28, makePend1);
    c.unpend(FIRST + 27);
    expect(made0).toBe(1);
    expect(pend0!.lowers).toBe(1);
    expect(c.isPending(FIRST + 28)).toBe(false);
    expect(made1).toBe(1);
  });

  it("makes nothing in a handler: the pend goes to the force register", () => {
    const c = fresh();
    c.useSoftPend(FIRST + 27, makePend0);
    const outer = enterInterrupt(FIRST + 4);
    c.pend(FIRST + 27);
    c.ack(FIRST + 27);
    const pending = c.isPending(FIRST + 27);
    leaveInterrupt(outer);
    expect(made0).toBe(0);
    expect(pending).toBe(false);
    c.pend(FIRST + 27);
    expect(made0).toBe(1, "made at the next use from a thread");
    expect(pend0!.raises).toBe(1);
  });

  it("leaves a line that is not soft-pended to the force register", () => {
    const c = fresh();
    c.useSoftPend(FIRST + 27, makePend0);
    c.pend(FIRST + 4);
    c.ack(FIRST + 4);
    expect(c.isPending(FIRST + 4)).toBe(false);
    expect(made0).toBe(0);
  });
});
