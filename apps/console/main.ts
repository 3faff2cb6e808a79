// The console: the kernel's shell on the board's UART, fed by its receive
// interrupt. Type irq, trace, threads, console or help; quit ends the
// program; fault starts a thread that traps, to show a crash report (and
// that the shell still answers after one: make test types a command after it);
// `trace dump` prints the trace ring in the compact form `ivt trace` turns
// into pictures (docs/trace.md): save the session's output to a file and
// run `make trace LOG=<file>`.

import {
  Err, FOREVER, kputln, MIN_STACK_BYTES, moduleMemoryBytes, Semaphore, ShellCommands, ShellLine,
  shellStart, Thread, threadCreate, traceDumpCompact,
} from "../../kernel/ivt";

const done = new Semaphore();
/** Made at the first `fault`: an image that is never asked to crash keeps
 *  the memory (microbit's module memory has no room for it at boot). */
let crasher: Thread | null = null;

/** A thread that reads past the end of module memory: a wasm trap, which
 *  the kernel reports on the panic console and survives by ending it. */
function readPastMemory(arg: u32): void {
  load<u32>(moduleMemoryBytes() + arg);
}

class Commands extends ShellCommands {
  run(line: ShellLine): bool {
    if (line.is("quit")) {
      done.give();
    } else if (line.is("trace dump")) {
      traceDumpCompact();
    } else if (line.is("trap")) {
      // The command itself traps, in the shell's own thread: the console
      // must come back (its bottom half is restarted, kernel/shell.ts).
      readPastMemory(8);
    } else if (line.is("fault")) {
      // Busy until the kernel has reclaimed the last one.
      if (crasher === null) crasher = new Thread();
      if (threadCreate(crasher!, "crasher", readPastMemory, 4, 10, MIN_STACK_BYTES) != Err.Ok) kputln("fault: cannot start the thread");
    } else {
      return false;
    }
    return true;
  }

  names(): string {
    return "trace dump, fault, trap, quit";
  }
}

export function main(): i32 {
  done.create(0, 1);
  if (shellStart(new Commands()) != Err.Ok) {
    kputln("console: this board has no console input");
    return 1;
  }
  kputln("console: ready (type help)");
  done.take(FOREVER);
  kputln("console: bye");
  return 0;
}
