// A deliberately broken driver: its top half recurses without end. Stack
// exhausted in interrupt context stops the system with a crash report
// naming the vector; the runner expects it and exit code 3, instead of a
// lockup (Cortex-M), a hang (ColdFire) or a host crash (sim).

import {
  boardSpareVector, IrqHandler, irqPend, irqRequest, IrqReturn, kputln, threadSleep,
} from "../../kernel/ivt";
import { recurseForever, recurseReached, recurseReset, recurseSink } from "./recurse";

class Deep extends IrqHandler {
  top(vector: u32): IrqReturn {
    recurseForever();
    return IrqReturn.Handled;
  }
}

export function main(): i32 {
  recurseReset();
  const v = <u32>boardSpareVector(0);
  irqRequest(v, new Deep());
  kputln("stack-irq: pending a vector whose top half recurses without end");
  irqPend(v);
  threadSleep(2);
  kputln("stack-irq: the top half came back");
  return <i32>(recurseSink ^ recurseReached);
}
