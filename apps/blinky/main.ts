// blinky: the board's user LEDs count in binary, one step every 250 ms,
// through its LED driver (board.json "leds": the MPS2 FPGA I/O block's two
// LEDs on mps2-an385/an386 and sim). Each step is read back from the device
// and printed for the first 8 steps; `quit` on the console ends it with a
// count of the steps and of any that did not read back as written.

import {
  Err, FOREVER, kputln, kputs, kputu, Leds, MAIN_PRIORITY, Semaphore, ShellCommands, ShellLine, shellStart, Thread,
  threadCreate, threadSleep, tickRate,
} from "../../kernel/ivt";
import { boardLeds } from "ivt-board/leds";

const STEP_MS: u32 = 250;
const PRINTED_STEPS: u32 = 8;

const done = new Semaphore();
const blinker = new Thread();
let leds: Leds | null = null;
let steps: u32 = 0;
let mismatches: u32 = 0;

/** Shows `value` on the LEDs, one bit each; false if the device reads back
 *  anything else. */
function show(l: Leds, value: u32): bool {
  for (let i: u32 = 0; i < l.count(); i++) l.set(i, ((value >> i) & 1) != 0);
  return l.state() == (value & ((1 << l.count()) - 1));
}

function putBits(v: u32, n: u32): void {
  for (let i = <i32>n - 1; i >= 0; i--) kputs(((v >> <u32>i) & 1) != 0 ? "1" : "0");
}

function blinkMain(arg: u32): void {
  const l = leds!;
  const ticksPerStep = max<u32>(1, (STEP_MS * tickRate()) / 1000);
  for (let v: u32 = 1; ; v++) {
    const ok = show(l, v);
    steps++;
    if (!ok) mismatches++;
    if (steps <= PRINTED_STEPS) {
      kputs("blinky: leds ");
      putBits(l.state(), l.count());
      kputln(ok ? "" : " (not as written)");
    }
    threadSleep(ticksPerStep);
  }
}

class Commands extends ShellCommands {
  run(line: ShellLine): bool {
    if (!line.is("quit")) return false;
    done.give();
    return true;
  }
  names(): string {
    return "quit";
  }
}

export function main(): i32 {
  done.create(0, 1);
  const l = boardLeds();
  if (l === null) {
    kputln("blinky: this board has no user LEDs (board.json \"leds\"; mps2-an385, mps2-an386 and sim have them)");
    return 1;
  }
  leds = l;
  kputs("blinky: ");
  kputu(l.count());
  kputs(" LEDs, buttons ");
  putBits(l.buttons(), 2);
  kputln("");
  let e = threadCreate(blinker, "blinky", blinkMain, 0, MAIN_PRIORITY - 1, 1024);
  if (e == Err.Ok) e = shellStart(new Commands());
  if (e != Err.Ok) {
    kputln("blinky: could not start");
    return 1;
  }
  done.take(FOREVER);
  show(l, 0);
  kputs("blinky: ");
  kputu(steps);
  kputs(" steps, ");
  kputu(mismatches);
  kputln(" not read back as written; LEDs off");
  return 0;
}
