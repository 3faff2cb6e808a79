// The MPS2 boards' own test (their board.json "tests"): the CMSDK TIMER0's
// real interrupt (IRQ 8) through a threaded handler, against the system
// tick. 2 kHz for 50 system ticks (1 kHz) must give 100 interrupts, give or
// take one at each end.

import * as cfg from "ivt-board/config";
import { test, check, checkEq, finish } from "../harness";
import {
  DeviceRegs,
  Err, IrqFlags, irqFree, IrqHandler, irqRequest, IrqReturn, threadSleep, ticks,
} from "../../../kernel/ivt";
// Internals test: reads the timer line's descriptor (kernel/irq.ts irqDesc).
import { irqDesc } from "../../../kernel/irq";
import { CmsdkTimer } from "../../../drivers/cmsdk-timer";

const VECTOR = cfg.IRQ_FIRST_VECTOR + cfg.TIMER0_IRQ;
const timer = new CmsdkTimer(new DeviceRegs(cfg.TIMER0_BASE, cfg.TIMER0_SIZE), cfg.CLOCK_HZ, VECTOR);

class TimerIrq extends IrqHandler {
  tops: u32 = 0;
  bottoms: u32 = 0;
  top(vector: u32): IrqReturn {
    timer.clearInterrupt();
    this.tops++;
    return IrqReturn.WakeThread;
  }
  bottom(vector: u32): void {
    this.bottoms++;
  }
}

export function main(): i32 {
  test("mps2: CMSDK timer interrupts at 2 kHz reach a threaded handler", () => {
    const h = new TimerIrq();
    checkEq(irqRequest(VECTOR, h, IrqFlags.Threaded), Err.Ok, "request IRQ 8");
    threadSleep(1);
    const t0 = ticks();
    checkEq(timer.startPeriodic(2000), Err.Ok, "start at 2 kHz");
    threadSleep(50);
    timer.stop();
    const elapsed = ticks() - t0;
    threadSleep(2);
    check(h.tops >= 2 * elapsed - 2 && h.tops <= 2 * elapsed + 2, "two timer interrupts per system tick");
    check(h.bottoms > 0 && h.bottoms <= h.tops, "bottom halves ran");
    checkEq(irqDesc(VECTOR)!.handled, h.tops, "every interrupt handled");
    checkEq(irqFree(VECTOR, h), Err.Ok, "free");
  });
  return finish();
}
