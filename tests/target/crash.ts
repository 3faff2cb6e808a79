// One image for the crash tests of tests/target/test.json: the crash to
// provoke is typed on the console once it says it is ready, so the eight
// crashes cost one build per board instead of eight. Each crash stays the
// `main` of its own file (trap-boot.ts, mmio-fault.ts, ...), which still
// builds and runs alone by that name (`make run APP=trap-boot`).
//
// Internals test: reads the console's UART (kernel/console.ts consoleUart)
// by polling, without the shell, which microbit's RAM has no room for
// beside the crashes.
//
// The crash runs in the main thread, as in its own image. The crashes are
// called through a table so that the optimizer cannot inline them into
// this main: their reports name their own functions
// (tests/target/trap-boot/main, ...).

import { kputln, threadSleep } from "../../kernel/ivt";
import { consoleUart } from "../../kernel/console";
import { main as trapBoot } from "./trap-boot";
import { main as mmioFault } from "./mmio-fault";
import { main as abortMain } from "./abort-main";
import { main as irqTrap } from "./irq-trap";
import { main as stackMain } from "./stack-main";
import { main as stackIrq } from "./stack-irq";
import { main as initFail } from "./init-fail";
import { main as timerTrap } from "./timer-trap";

const NAMES = "trap-boot mmio-fault abort-main irq-trap stack-main stack-irq init-fail timer-trap";
const crashes: StaticArray<() => i32> = [trapBoot, mmioFault, abortMain, irqTrap, stackMain, stackIrq, initFail, timerTrap];

/** The line being typed: the heap is a bump allocator that never frees,
 *  so the line is read into a fixed buffer, not grown as a string. */
const line = new StaticArray<u8>(16);
let lineLength: i32 = 0;

/** Reads the next line typed on the console into `line`, polling the
 *  UART (no shell: microbit's RAM has no room for it beside the crashes).
 *  Thread context. */
function readLine(): void {
  const uart = consoleUart()!;
  lineLength = 0;
  let c = uart.getc();
  while (c != 10) {
    if (c < 0) threadSleep(1);
    else if (c != 13 && lineLength < line.length) line[lineLength++] = <u8>c;
    c = uart.getc();
  }
}

/** Which crash the line names: its index in NAMES, or -1. */
function chosen(): i32 {
  let word = 0;
  let at = 0; // where the word starts in NAMES
  for (let i = 0; i <= NAMES.length; i++) {
    if (i < NAMES.length && NAMES.charCodeAt(i) != 32) continue;
    if (i - at == lineLength) {
      let same = true;
      for (let k = 0; k < lineLength; k++) same = same && NAMES.charCodeAt(at + k) == <i32>line[k];
      if (same) return word;
    }
    word++;
    at = i + 1;
  }
  return -1;
}

export function main(): i32 {
  if (consoleUart() === null) {
    kputln("crash: this board has no console input");
    return 1;
  }
  kputln("crash: ready (type one of: trap-boot mmio-fault abort-main irq-trap stack-main stack-irq init-fail timer-trap)");
  readLine();
  let i = chosen();
  while (i < 0) {
    kputln("crash: no such crash");
    readLine();
    i = chosen();
  }
  return crashes[i]();
}
