// A deliberately broken driver: its top half reads past the end of module
// memory. A trap in interrupt context stops the system with a crash report
// naming the vector; the runner expects it and exit code 3.

import {
  boardSpareVector, IrqHandler, irqPend, irqRequest, IrqReturn, kputln, moduleMemoryBytes,
  threadSleep,
} from "../../kernel/ivt";

class Broken extends IrqHandler {
  top(vector: u32): IrqReturn {
    return <IrqReturn>load<u32>(moduleMemoryBytes() + 4);
  }
}

export function main(): i32 {
  const v = <u32>boardSpareVector(0);
  irqRequest(v, new Broken());
  kputln("irq-trap: pending a vector whose top half traps");
  irqPend(v);
  threadSleep(2);
  kputln("irq-trap: the top half did not trap");
  return 0;
}
