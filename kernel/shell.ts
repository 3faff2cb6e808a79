// The console shell: lines typed on the console UART, read by its receive
// interrupt, run as commands in thread context.
//
//   UART RX interrupt -> top half: bytes into a small ring, clear the device
//                     -> bottom half (its own thread): assemble lines, run
//
// Commands: irq (per-vector counters), trace (the trace ring), threads,
// help. An application may add its own with shellOnLine.

import { Err } from "./errors";
import { IrqFlags, IrqHandler, IrqReturn, irqDump, irqPend, irqRequest } from "./irq";
import { consoleRxVector, consoleUart, kputc, kputln, kputs, kputu } from "./console";
import { traceDump } from "./trace";
import { threadTable } from "./sched";
import { MAX_THREADS } from "./config";
import { ThreadState } from "./tcb";

const RX_RING = 64;
const LINE_MAX = 80;

/** What an application does with a line the shell does not know. Returns
 *  true if it handled it. Thread context (the shell's thread). */
export abstract class ShellCommands {
  abstract run(line: string): bool;
}

@final class ConsoleRx extends IrqHandler {
  ring: StaticArray<u8> = new StaticArray<u8>(RX_RING);
  head: u32 = 0;
  tail: u32 = 0;
  dropped: u32 = 0;
  line: StaticArray<u8> = new StaticArray<u8>(LINE_MAX);
  length: i32 = 0;
  extra: ShellCommands | null = null;

  top(vector: u32): IrqReturn {
    const u = consoleUart();
    if (u === null) return IrqReturn.None;
    let got = false;
    for (;;) {
      const c = u.getc();
      if (c < 0) break;
      got = true;
      if (this.head - this.tail < <u32>RX_RING) {
        unchecked((this.ring[this.head % RX_RING] = <u8>c));
        this.head++;
      } else {
        this.dropped++;
      }
    }
    u.clearRxInterrupt();
    return got ? IrqReturn.WakeThread : IrqReturn.None;
  }

  bottom(vector: u32): void {
    while (this.tail != this.head) {
      const c = <u32>unchecked(this.ring[this.tail % RX_RING]);
      this.tail++;
      if (c == 13 || c == 10) {
        if (this.length > 0) this.runLine();
        this.length = 0;
      } else if (this.length < LINE_MAX) {
        unchecked((this.line[this.length++] = <u8>c));
      }
    }
  }

  /** Whether the line is `word`. */
  private is(word: string): bool {
    if (this.length != word.length) return false;
    for (let i = 0; i < this.length; i++) {
      if (<u32>unchecked(this.line[i]) != <u32>word.charCodeAt(i)) return false;
    }
    return true;
  }

  /** The line as a string, one character per byte. Made only for the
   *  application's commands: the runtime never frees, so building a string
   *  for every line (let alone a byte at a time) would leak. */
  private text(): string {
    const s = changetype<string>(__new(<usize>this.length << 1, idof<string>()));
    for (let i = 0; i < this.length; i++) store<u16>(changetype<usize>(s) + (<usize>i << 1), unchecked(this.line[i]));
    return s;
  }

  private runLine(): void {
    kputs("> ");
    for (let i = 0; i < this.length; i++) {
      const c = <u32>unchecked(this.line[i]);
      kputc(c < 128 ? c : 63);
    }
    kputc(10);
    if (this.is("irq")) irqDump();
    else if (this.is("trace")) traceDump();
    else if (this.is("threads")) threadsDump();
    else if (this.is("help")) kputln("commands: irq, trace, threads, help");
    else if (this.extra === null || !this.extra!.run(this.text())) kputln("unknown command (try help)");
  }
}

function stateName(s: ThreadState): string {
  switch (s) {
    case ThreadState.Ready: return "ready";
    case ThreadState.Blocked: return "blocked";
    case ThreadState.Suspended: return "suspended";
    case ThreadState.Dead: return "dead";
  }
  return "free";
}

/** Prints every thread: id, priority (effective/base), state, name. Thread context. */
export function threadsDump(): void {
  kputln("threads: id prio base state      name");
  for (let i = 0; i < <i32>MAX_THREADS; i++) {
    const t = unchecked(threadTable[i]);
    if (t === null) continue;
    kputs("threads: ");
    kputu(t.id);
    kputs("  ");
    kputu(t.priority);
    kputs("   ");
    kputu(t.basePriority);
    kputs("   ");
    kputs(stateName(t.state));
    kputs("  ");
    kputln(t.name);
  }
}

const rx = new ConsoleRx();

/** Starts the shell on the console: its receive interrupt wakes a bottom
 *  half that runs each line. `extra` handles lines the shell does not know.
 *  Returns Err.Unsupported when the board gave no console receive vector,
 *  or the errors of irqRequest. Thread context. */
export function shellStart(extra: ShellCommands | null = null): Err {
  const v = consoleRxVector();
  const u = consoleUart();
  if (v < 0 || u === null) return Err.Unsupported;
  rx.extra = extra;
  const e = irqRequest(<u32>v, rx, IrqFlags.Threaded);
  if (e != Err.Ok) return e;
  u.setRxInterrupt(true);
  // Bytes that arrived before the interrupt was on raised none (a UART
  // latches its receive interrupt on reception): look once by software.
  irqPend(<u32>v);
  return Err.Ok;
}

