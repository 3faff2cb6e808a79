// The console: the kernel's shell on the board's UART, fed by its receive
// interrupt. Type irq, trace, threads, console or help; quit ends the program.

import { ShellCommands, shellStart } from "../../kernel/shell";
import { kputln } from "../../kernel/console";
import { Semaphore } from "../../kernel/sem";
import { Err } from "../../kernel/errors";
import { FOREVER } from "../../kernel/config";

const done = new Semaphore();

class Quit extends ShellCommands {
  run(line: string): bool {
    if (line != "quit") return false;
    done.give();
    return true;
  }
}

export function main(): i32 {
  done.create(0, 1);
  if (shellStart(new Quit()) != Err.Ok) {
    kputln("console: this board has no console input");
    return 1;
  }
  kputln("console: ready (irq, trace, threads, console, help, quit)");
  done.take(FOREVER);
  kputln("console: bye");
  return 0;
}
