import { boardSpareVector, Err, FOREVER, IrqHandler, irqPend, irqRequest, IrqReturn, Semaphore } from "../../kernel/ivt";

const sem = new Semaphore();
let count: u32 = 0;
class Handler extends IrqHandler {
  top(v: u32): IrqReturn {
    count++;
    sem.give();
    return IrqReturn.Handled;
  }
}
const handler = new Handler();

@inline function mark(): void {
  count++;
}

export function main(): i32 {
  sem.create(0, 1);
  const v = <u32>boardSpareVector(0);
  if (irqRequest(v, handler) != Err.Ok) return 1;
  for (let i = 0; i < 300; i++) {
    irqPend(v);
    if (sem.take(FOREVER) != Err.Ok) return 2;
  }
  return 0;
}
