// A deliberately hung app: a thread masks interrupts and spins forever
// without calling anything. On sim no host call ever happens, yet the
// build's loop budget still gives the host control, and the virtual-time
// limit (ivt sim --max-cycles) ends the run with a report naming the
// thread and the function, exit 4 (tests/tools/sim-hang.test.js).

import { Err, kputln, portIrqSave, Thread, threadCreate, threadSleep } from "../../kernel/ivt";

const spinner = new Thread();
let spins: u32 = 0;

function spinMasked(arg: u32): void {
  portIrqSave();
  while (spins != 0xffffffff) spins = (spins + 1) & 0x7fffffff;
}

export function main(): i32 {
  kputln("spin-forever: a thread masks interrupts and spins");
  if (threadCreate(spinner, "spinner", spinMasked, 0, 2, 2048) != Err.Ok) return 2;
  threadSleep(1000);
  kputln("spin-forever: main ran again");
  return 1;
}
