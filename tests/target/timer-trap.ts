// A deferred call that reads past the end of module memory. Deferred
// calls run in the timer thread, one of the kernel's own threads
// (kernel/exports.ts stopsSystem): a trap there stops the system with a
// report naming it, exit 3 (docs/abi.md, ivttrap), instead of ending the
// thread and leaving every timer and deferred call dead.

import { deferCall, kputln, moduleMemoryBytes, threadSleep, Work } from "../../kernel/ivt";

let sink: u32 = 0;

class Broken extends Work {
  run(): void {
    sink = load<u32>(moduleMemoryBytes() + 4);
  }
}

export function main(): i32 {
  kputln("timer-trap: a deferred call that reads past module memory");
  deferCall(new Broken());
  threadSleep(2);
  kputln("timer-trap: the deferred call did not trap");
  return <i32>sink;
}
