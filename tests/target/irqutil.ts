// Interrupt helpers of the kernel's on-target suite: spare lines and
// top halves run once. An application module has neither (its interrupts
// are served in its own threads), so groups that use these run in the
// kernel's suite only.

import { boardSpareCount, boardSpareVector, Err, IrqChip, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn, portCycles } from "../../kernel/ivt";
import { check, checkEq } from "./harness";

/** Spare vector `i` (0-3) for an interrupt test. The suite needs two at
 *  once (one nesting in the other); a board with fewer than four reuses
 *  them, which is safe because every test frees its lines. */
export function spare(i: u32): u32 {
  const n = boardSpareCount();
  return n == 0 ? 0xffffffff : <u32>boardSpareVector(i % n);
}

/** A top half that does `once()` and records that it ran (runTopHalf). */
export abstract class TopHalfOnce extends IrqHandler {
  ran: bool = false;
  abstract once(): void;
  top(vector: u32): IrqReturn {
    this.once();
    this.ran = true;
    return IrqReturn.Handled;
  }
}

/** Runs `h`'s top half once, in interrupt context, on spare line 0:
 *  request the line, pend it, wait until it ran, free the line. */
export function runTopHalf(h: TopHalfOnce): void {
  const v = spare(0);
  h.ran = false;
  checkEq(irqRequest(v, h), Err.Ok, "request a spare line");
  irqPend(v);
  for (let i = 0; i < 100 && !h.ran; i++) portCycles();
  check(h.ran, "the top half ran");
  checkEq(irqFree(v, h), Err.Ok, "free the line");
}

/** Forwards to the board's controller and counts the acknowledgements. */
export class CountingChip extends IrqChip {
  acks: u32 = 0;
  pends: u32 = 0;
  constructor(public inner: IrqChip) {
    super(inner.first, inner.count);
    this.heldLevelPends = inner.heldLevelPends;
  }
  name(): string {
    return this.inner.name();
  }
  mask(vector: u32): void {
    this.inner.mask(vector);
  }
  unmask(vector: u32): void {
    this.inner.unmask(vector);
  }
  ack(vector: u32): void {
    this.acks++;
    this.inner.ack(vector);
  }
  setPriority(vector: u32, priority: u32): Err {
    return this.inner.setPriority(vector, priority);
  }
  pend(vector: u32): void {
    this.pends++;
    this.inner.pend(vector);
  }
  unpend(vector: u32): void {
    this.inner.unpend(vector);
  }
  isPending(vector: u32): bool {
    return this.inner.isPending(vector);
  }
  inServiceVector(): i32 {
    return this.inner.inServiceVector();
  }
}
