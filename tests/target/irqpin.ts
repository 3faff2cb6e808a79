// The logic-analyzer pin (board.json "irq_pin", kernel/irq/pin.ts): a test
// image of the boards that name one (their board.json "tests"), built with
// the pin on ("irq_pin.images" names it). The handlers read the pin's
// register back: high inside a top half, still high after a more urgent
// interrupt nested in it returned, low again in thread context; the
// register's other bits untouched. On MPS2 the pin is the FPGA IO block's
// LED0 (QEMU hw/misc/mps2-fpgaio.c keeps what is written and reads it back).

import * as cfg from "ivt-board/config";
import { test, check, checkEq, finish } from "./harness";
import { spare } from "./irqutil";
import {
  Err, interruptDepth, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn, irqSetPriority, portCycles,
} from "../../kernel/ivt";
// Internals test: whether the build compiled the pin in, and the pin's
// register read and written raw, as the kernel's pin code does.
import { IRQ_PIN } from "../../kernel/irq/pin";
import { mmioRead32, mmioWrite32 } from "../../kernel/port";

const REG: u32 = cfg.IRQ_PIN_READ; // the register that shows the pin
const MASK: u32 = cfg.IRQ_PIN_MASK;

function pinHigh(): bool {
  return (mmioRead32(REG) & MASK) == MASK;
}

/** The more urgent handler: reads the pin and the nesting depth. */
class Inner extends IrqHandler {
  calls: u32 = 0;
  high: bool = false;
  depth: u32 = 0;
  top(vector: u32): IrqReturn {
    this.calls++;
    this.high = pinHigh();
    this.depth = interruptDepth();
    return IrqReturn.Handled;
  }
}

/** The less urgent handler: reads the pin, pends the inner line, waits for
 *  it to run (nested: it is more urgent), reads the pin again. */
class Outer extends IrqHandler {
  calls: u32 = 0;
  highBefore: bool = false;
  highAfter: bool = false;
  innerVector: u32 = 0;
  inner: Inner | null = null;
  top(vector: u32): IrqReturn {
    this.calls++;
    this.highBefore = pinHigh();
    const inner = this.inner;
    if (inner !== null) {
      irqPend(this.innerVector);
      for (let i = 0; i < 100 && inner.calls == 0; i++) portCycles();
    }
    this.highAfter = pinHigh();
    return IrqReturn.Handled;
  }
}

/** Gives a pended interrupt the chance to arrive, until `h` ran. */
function settle(h: Outer): void {
  for (let i = 0; i < 100 && h.calls == 0; i++) portCycles();
}

export function main(): i32 {
  test("irq pin: compiled in, low in thread context", () => {
    check(IRQ_PIN, "the image was built with the pin on (board.json irq_pin.images)");
    check(!pinHigh(), "low before any interrupt");
  });

  test("irq pin: high in a top half, low after it", () => {
    const v = spare(0);
    const h = new Outer();
    checkEq(irqRequest(v, h), Err.Ok, "request");
    irqPend(v);
    settle(h);
    checkEq(h.calls, 1, "the handler ran");
    check(h.highBefore, "high inside the top half");
    check(!pinHigh(), "low again in thread context");
    checkEq(irqFree(v, h), Err.Ok, "free");
  });

  test("irq pin: nesting keeps it high until the outermost exit", () => {
    const low = spare(0);
    const high = spare(1);
    const outer = new Outer();
    const inner = new Inner();
    outer.innerVector = high;
    outer.inner = inner;
    checkEq(irqSetPriority(low, 3), Err.Ok, "low priority");
    checkEq(irqSetPriority(high, 1), Err.Ok, "high priority");
    checkEq(irqRequest(low, outer), Err.Ok, "request low");
    checkEq(irqRequest(high, inner), Err.Ok, "request high");
    irqPend(low);
    settle(outer);
    checkEq(inner.calls, 1, "the inner handler ran");
    checkEq(inner.depth, 2, "nested in the outer one");
    check(outer.highBefore, "high in the outer handler");
    check(inner.high, "high in the nested handler");
    check(outer.highAfter, "still high after the nested handler returned");
    check(!pinHigh(), "low after the outermost exit");
    checkEq(irqFree(low, outer), Err.Ok, "free low");
    checkEq(irqFree(high, inner), Err.Ok, "free high");
  });

  test("irq pin: the register's other bits are kept", () => {
    const other = ~MASK & 0x2; // another LED of the same register
    mmioWrite32(REG, other);
    const v = spare(0);
    const h = new Outer();
    checkEq(irqRequest(v, h), Err.Ok, "request");
    irqPend(v);
    settle(h);
    check(h.highBefore, "high inside the top half");
    checkEq(mmioRead32(REG), other, "the other bit kept, the pin low");
    mmioWrite32(REG, 0);
    checkEq(irqFree(v, h), Err.Ok, "free");
  });
  return finish();
}
