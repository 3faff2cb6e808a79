// The console shell: lines typed on the console UART, read by its receive
// interrupt, run as commands in thread context.
//
//   UART RX interrupt -> top half: bytes into a small ring, clear the device
//                     -> bottom half (its own thread): assemble lines, run
//
// Flow control: when the ring is full the top half leaves the bytes in the
// device and turns its receive interrupt off; the device's FIFO fills and
// holds the sender back (QEMU's serial back end waits for room, the sim
// UART models RTS, a real terminal needs RTS/CTS wired). The bottom half
// turns it back on once it has made room. So typing ahead loses nothing;
// what is still lost (bytes past LINE_MAX in one line, a full ring)
// is counted and shown by the `console` command.
//
// Commands: irq (per-vector counters), trace (the trace ring), threads,
// top (CPU use, refreshed), console (receive counters), crash (the kept
// crash record, then cleared), help. An
// application may add its own with a ShellCommands object.

import { Err } from "./errors";
import { IrqFlags, IrqHandler, IrqReturn, irqDump, irqPend, irqRequest } from "./irq";
import { consoleRxVector, consoleUart, kputc, kputln, kputs, kputu } from "./console";
import { traceDump } from "./trace";
import { threadTable } from "./sched";
import { MAX_THREADS } from "./config";
import { ThreadState } from "./tcb";
import { threadSleep, threadStackUnused } from "./thread";
import { interruptRunCycles, threadRunCycles, uptimeCycles } from "./stats";
import { percentTenths, writePercent } from "./format";
import { tickRate } from "./ticks";
import { ByteRing, isSaturated, satInc } from "./ring";
import { SHELL_LINE_BYTES, SHELL_RX_BYTES } from "./config";
import { portIrqRestore, portIrqSave } from "./port";
import { crashShowAndClear } from "./bugcheck";

/** Receive ring bytes, a power of two (kernel/config.ts SHELL_RX_BYTES). */
const RX_RING: u32 = SHELL_RX_BYTES;
const LINE_MAX = SHELL_LINE_BYTES;

/** One typed line, as the shell holds it: bytes in a fixed buffer, no
 *  string made. The runtime never frees (kernel/runtime.ts), so a string per
 *  line would leak on every command; match with `is` and `startsWith`, read
 *  arguments with `byteAt`. Valid only during the `run` it is passed to. */
@final export class ShellLine {
  bytes: StaticArray<u8> = new StaticArray<u8>(LINE_MAX);
  /** Bytes in the line (at most SHELL_LINE_BYTES; longer lines are cut). */
  length: i32 = 0;

  /** The byte at `i`, or -1 when `i` is outside the line. Any context. */
  byteAt(i: i32): i32 {
    if (<u32>i >= <u32>this.length) return -1;
    return <i32>unchecked(this.bytes[i]);
  }

  /** Whether the line starts with `prefix` (each UTF-16 unit compared with
   *  one byte). Any context. */
  startsWith(prefix: string): bool {
    const n = prefix.length;
    if (n > this.length) return false;
    for (let i = 0; i < n; i++) {
      if (<u32>unchecked(this.bytes[i]) != <u32>prefix.charCodeAt(i)) return false;
    }
    return true;
  }

  /** Whether the line is exactly `word`. Any context. */
  is(word: string): bool {
    return this.length == word.length && this.startsWith(word);
  }

  /** The line as a new string, one character per byte. Allocates (and the
   *  runtime never frees): for an application that must keep the line, not
   *  for matching it. Thread context. */
  toString(): string {
    const s = changetype<string>(__new(<usize>this.length << 1, idof<string>()));
    for (let i = 0; i < this.length; i++) store<u16>(changetype<usize>(s) + (<usize>i << 1), unchecked(this.bytes[i]));
    return s;
  }
}

/** An application's own commands: what the shell does with a line it does
 *  not know. */
export abstract class ShellCommands {
  /** Runs `line` (valid only during the call). Returns true if it was one
   *  of the application's commands. Thread context (the shell's thread). */
  abstract run(line: ShellLine): bool;
  /** The application's command names, for `help` (", "-separated; "" for
   *  none). Thread context. */
  names(): string {
    return "";
  }
}

@final class ConsoleRx extends IrqHandler {
  ring: ByteRing = new ByteRing(RX_RING);
  line: ShellLine = new ShellLine();
  extra: ShellCommands | null = null;
  /** The top half found the ring full and turned the receive interrupt
   *  off; the bottom half turns it back on. */
  paused: bool = false;
  /** A line's command is running (runLine). */
  running: bool = false;
  // Counters (satInc: they stop at the top rather than wrap).
  /** Bytes taken from the UART. */
  rxBytes: u32 = 0;
  /** Lines run. */
  lines: u32 = 0;
  /** Bytes cut off lines longer than LINE_MAX. */
  tooLong: u32 = 0;
  /** Times the ring was full and input was held back in the device. */
  held: u32 = 0;
  /** `top`'s last run cycles per thread id. */
  topLast: StaticArray<u64> | null = null;

  top(vector: u32): IrqReturn {
    const u = consoleUart();
    if (u === null) return IrqReturn.None;
    // Cleared before the FIFO is read, not after: a byte that arrives after
    // the last read sets the latch again and raises another interrupt.
    // Cleared after, it was left in the FIFO with no interrupt to come, and
    // the end of typed-ahead input waited for a key (a hang seen once in
    // make test's type-ahead run on mps2-an385).
    u.clearRxInterrupt();
    let got = false;
    while (!this.ring.isFull()) {
      const c = u.getc();
      if (c < 0) break;
      this.ring.push(<u32>c);
      this.rxBytes = satInc(this.rxBytes);
      got = true;
    }
    if (this.ring.isFull() && !this.paused) {
      // Leave the rest in the device (its FIFO fills and holds the sender)
      // rather than read it into nowhere; a level line would also fire
      // again at once.
      u.setRxInterrupt(false);
      this.paused = true;
      this.held = satInc(this.held);
      got = true;
    }
    return got ? IrqReturn.WakeThread : IrqReturn.None;
  }

  bottom(vector: u32): void {
    // A line whose command trapped (its thread ended in runLine, and a new
    // one runs this: IrqHandler.bhRestart) is done with, not added to.
    if (this.running) {
      this.running = false;
      this.line.length = 0;
    }
    for (let c = this.ring.pop(); c >= 0; c = this.ring.pop()) {
      const line = this.line;
      if (c == 13 || c == 10) {
        this.running = true;
        if (line.length > 0) this.runLine();
        this.running = false;
        line.length = 0;
      } else if (line.length < LINE_MAX) {
        unchecked((line.bytes[line.length++] = <u8>c));
      } else {
        this.tooLong = satInc(this.tooLong);
      }
    }
    if (this.paused) this.resume(vector);
  }

  /** Turns receive back on after a pause: the ring has room again. Bytes
   *  that came while it was off raised no interrupt (the top half cleared
   *  the latch): look once by software. */
  private resume(vector: u32): void {
    const u = consoleUart();
    if (u === null) return;
    const s = portIrqSave();
    this.paused = false;
    u.setRxInterrupt(true);
    portIrqRestore(s);
    irqPend(vector);
  }

  /** Prints the receive counters: bytes taken, bytes dropped (ring full),
   *  bytes cut off over-long lines, times input was held back in the
   *  device (flow control), lines run. A count followed by `+` stopped at
   *  0xffffffff. The shell's thread. */
  private dump(): void {
    kputs("console: rx ");
    putCount(this.rxBytes);
    kputs(" bytes, dropped ");
    putCount(this.ring.dropped);
    kputs(", cut from long lines ");
    putCount(this.tooLong);
    kputs(", held back ");
    putCount(this.held);
    kputs(" times, lines ");
    putCount(this.lines);
    kputln("");
  }

  /** `top [n]`: every second, each thread's and the interrupts' share of
   *  the CPU over that second; n refreshes (typing meanwhile waits its
   *  turn), or with no n until a key is typed (the typed line is then run
   *  as usual). Each refresh prints a new table:
   *  no screen control codes, so a log of it stays readable. The shell's
   *  thread. */
  private topCommand(line: ShellLine): void {
    let rounds: u32 = 0;
    // Counted with a ceiling, not modulo 2^32: a long number is refused,
    // not taken as some other count (it would hold the shell for years).
    for (let i = 4; line.byteAt(i) >= 48 && line.byteAt(i) <= 57; i++) rounds = min(rounds * 10 + <u32>(line.byteAt(i) - 48), TOP_MAX_ROUNDS + 1);
    if (line.length > 3 && (rounds == 0 || rounds > TOP_MAX_ROUNDS)) {
      kputln("top: usage: top [refreshes, 1 to 3600]");
      return;
    }
    if (tickRate() == 0) {
      kputln("top: no system tick to time a refresh by");
      return;
    }
    // Made once: the runtime never frees.
    if (this.topLast === null) this.topLast = new StaticArray<u64>(<i32>MAX_THREADS);
    const last = this.topLast!;
    for (let i = 0; i < <i32>MAX_THREADS; i++) {
      const t = unchecked(threadTable[i]);
      unchecked((last[i] = t === null ? 0 : threadRunCycles(t)));
    }
    let lastUp = uptimeCycles();
    let lastIrq = interruptRunCycles();
    for (let n: u32 = 0; rounds == 0 || n < rounds; n++) {
      if (!this.waitSecondOrKey(rounds == 0)) return;
      const up = uptimeCycles();
      const irq = interruptRunCycles();
      topRefresh(last, up - lastUp, irq - lastIrq);
      lastUp = up;
      lastIrq = irq;
    }
  }

  /** Sleeps a second (tickRate ticks); with `keyEnds`, in slices of
   *  about 50 ms, returning false as soon as a key has been typed. The
   *  shell's thread. */
  private waitSecondOrKey(keyEnds: bool): bool {
    const rate = tickRate();
    if (!keyEnds) {
      threadSleep(rate);
      return true;
    }
    const slice = rate >= 20 ? rate / 20 : 1;
    for (let slept: u32 = 0; slept < rate; slept += slice) {
      if (this.ring.count() != 0) return false;
      threadSleep(slice);
    }
    return this.ring.count() == 0;
  }

  /** Lists the shell's commands, then the application's. */
  private help(): void {
    kputs("commands: irq, trace, threads, top, console, crash, help");
    const extra = this.extra;
    if (extra !== null) {
      const names = extra.names();
      if (names.length > 0) {
        kputs(", ");
        kputs(names);
      }
    }
    kputln("");
  }

  private runLine(): void {
    const line = this.line;
    kputs("> ");
    for (let i = 0; i < line.length; i++) {
      const c = <u32>unchecked(line.bytes[i]);
      kputc(c < 128 ? c : 63);
    }
    kputc(10);
    this.lines = satInc(this.lines);
    if (line.is("irq")) {
      irqDump();
      this.dump();
    } else if (line.is("trace")) traceDump();
    else if (line.is("threads")) threadsDump();
    else if (line.is("top") || line.startsWith("top ")) this.topCommand(line);
    else if (line.is("console")) this.dump();
    else if (line.is("crash")) crashShowAndClear(kputc);
    else if (line.is("help")) this.help();
    else if (this.extra === null || !this.extra!.run(line)) kputln("unknown command (try help)");
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

/** Prints one `top` table: the threads' and interrupts' shares of `span`
 *  cycles, of which `irq` in interrupts, each thread's from its run
 *  cycles less `last[id]` (its count at the previous refresh, updated
 *  here). The shell's thread. */
function topRefresh(last: StaticArray<u64>, span: u64, irq: u64): void {
  kputs("top: last second: threads ");
  writePercent(kputc, percentTenths(span - irq, span));
  kputs(", interrupts ");
  writePercent(kputc, percentTenths(irq, span));
  kputln("");
  kputln("top: id     cpu  state  name");
  for (let i = 0; i < <i32>MAX_THREADS; i++) {
    const t = unchecked(threadTable[i]);
    if (t === null) continue;
    const now = threadRunCycles(t);
    // A thread created again since the last refresh counts from 0.
    const used = now >= unchecked(last[i]) ? now - unchecked(last[i]) : now;
    unchecked((last[i] = now));
    if (t.state == ThreadState.Free) continue;
    kputs("top: ");
    kputu(t.id);
    writePercent(kputc, percentTenths(used, span), 8);
    kputs("  ");
    kputs(stateName(t.state));
    kputs("  ");
    kputln(t.name);
  }
}

/** Prints every thread: id, priority (effective and base), state, stack
 *  used at its peak / stack size in bytes (threadStackUnused), its share
 *  of the CPU since threads started (threadRunCycles over uptimeCycles;
 *  0.0% with RUN_STATS off), name. Thread context. */
export function threadsDump(): void {
  const up = uptimeCycles();
  kputln("threads: id prio base state      stack        cpu  name");
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
    kputu(t.stackBytes - threadStackUnused(t));
    kputc(47); // '/'
    kputu(t.stackBytes);
    writePercent(kputc, percentTenths(threadRunCycles(t), up), 7);
    kputs("  ");
    kputln(t.name);
  }
}

/** The shell's receive state, made when it starts: an image that never
 *  starts the shell (every image but the console app's) pays nothing for
 *  it, though kernel/ivt.ts names this file. */
// @ts-ignore: decorator
@lazy let rx: ConsoleRx | null = null;

/** The most refreshes `top` takes: an hour, one a second. */
const TOP_MAX_ROUNDS: u32 = 3600;

/** Prints a counter; a `+` after it says it stopped at its top (satInc). */
function putCount(n: u32): void {
  kputu(n);
  if (isSaturated(n)) kputc(43);
}

/** Starts the shell on the console: its receive interrupt wakes a bottom
 *  half (its own thread) that runs each line. Arguments: `extra`, the
 *  application's commands, asked for each line the shell does not know
 *  (null: none). Returns Err.Ok; Err.Unsupported when the board gave no
 *  console receive vector; Err.Exists if the shell already runs; the
 *  other errors of irqRequest. Thread context. */
export function shellStart(extra: ShellCommands | null = null): Err {
  const v = consoleRxVector();
  const u = consoleUart();
  if (v < 0 || u === null) return Err.Unsupported;
  if (rx === null) rx = new ConsoleRx();
  const r = rx!;
  r.name = "console";
  r.bhRestart = true; // a shell command that traps must not take the console with it
  r.extra = extra;
  const e = irqRequest(<u32>v, r, IrqFlags.Threaded);
  if (e != Err.Ok) return e;
  u.setRxInterrupt(true);
  // Bytes that arrived before the interrupt was on raised none (a UART
  // latches its receive interrupt on reception): look once by software.
  irqPend(<u32>v);
  return Err.Ok;
}

