// One image for the crash tests of tests/target/test.json: the crash to
// provoke is typed on the console once it says it is ready, so the six
// crashes cost one build per board instead of six. Each crash stays the
// `main` of its own file (trap-boot.ts, mmio-fault.ts, ...), which still
// builds and runs alone by that name (`make run APP=trap-boot`).
//
// The crash runs in the main thread, as in its own image: the shell only
// says which one and wakes main. The crashes are called through a table
// so that the optimizer cannot inline them into this main: their reports
// name their own functions (tests/target/trap-boot/main, ...).

import { Err, FOREVER, kputln, Semaphore, ShellCommands, ShellLine, shellStart } from "../../kernel/ivt";
import { main as trapBoot } from "./trap-boot";
import { main as mmioFault } from "./mmio-fault";
import { main as abortMain } from "./abort-main";
import { main as irqTrap } from "./irq-trap";
import { main as stackMain } from "./stack-main";
import { main as stackIrq } from "./stack-irq";

const NAMES = "trap-boot, mmio-fault, abort-main, irq-trap, stack-main, stack-irq";
const crashes: StaticArray<() => i32> = [trapBoot, mmioFault, abortMain, irqTrap, stackMain, stackIrq];

let chosen: i32 = -1;
const go = new Semaphore();

class Pick extends ShellCommands {
  run(line: ShellLine): bool {
    const names = NAMES.split(", ");
    for (let i = 0; i < names.length; i++) {
      if (line.is(names[i])) {
        chosen = i;
        go.give();
        return true;
      }
    }
    return false;
  }

  names(): string {
    return NAMES;
  }
}

export function main(): i32 {
  go.create(0, 1);
  if (shellStart(new Pick()) != Err.Ok) {
    kputln("crash: this board has no console input");
    return 1;
  }
  kputln("crash: ready (type one of " + NAMES + ")");
  go.take(FOREVER);
  return crashes[chosen]();
}
