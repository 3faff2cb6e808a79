// The compact dump of the trace ring (docs/trace.md), for `ivt trace`: the
// ring (kernel/trace.ts) and the thread table, as lines the host tool reads
// back. Kept apart from the ring itself because it reads the scheduler's
// thread table, and the scheduler records its events in the ring: one
// file would make an import circle.

import { MAX_THREADS, TRACE_ENABLED, TRACE_EVENTS } from "./config";
import { portCycles, portIrqRestore, portIrqSave } from "./port";
import { kputc } from "./console";
import { writeDec, writeHexDigits, writeStr, writeWord } from "./format";
import { boardCycleBits, boardCycleHz, boardNameOf } from "./board";
import { threadCurrent, threadTable } from "./sched";
import { DUMP_FORMAT, stampAt, traceCount, wordAt } from "./trace";

/** Every line of the dump starts with this, the crash reports' prefix. */
const DUMP_PREFIX = "*** ivt trace ";
/** The line kinds, one string (format.ts writeWord: a literal each would
 *  cost module memory, scarce on microbit). */
const DUMP_WORDS = "begin thread data end";
/** Records per data line. */
@inline const PER_LINE: u32 = 4;
/** FNV-1a over the records' words: the end line's checksum. */
@inline const FNV_OFFSET: u32 = 2166136261;
@inline const FNV_PRIME: u32 = 16777619;

/** Starts a dump line: the prefix and the i-th word of DUMP_WORDS. */
function lineStart(sink: (c: u32) => void, word: u32): void {
  writeStr(sink, DUMP_PREFIX);
  writeWord(sink, DUMP_WORDS, word, "?");
}

/** The copy a dump prints from: a console, real or under QEMU, prints far
 *  slower than events arrive, and printing from the ring itself lost most
 *  of it to the events written meanwhile. Static data, in an image only if
 *  it prints a dump (@lazy: compiled at its first use). */
// @ts-ignore: decorator
@lazy const SNAPSHOT = memory.data(<i32>(TRACE_EVENTS * 8), 8);
/** Events copied per stretch with interrupts masked: 8 keep the stretch
 *  near a hundred instructions. */
@inline const COPY_CHUNK: u32 = 8;

/** Copies the events written before `end` into SNAPSHOT, newest first,
 *  COPY_CHUNK at a time with interrupts masked. Stops at one already
 *  overwritten (so is every older one). Returns the events copied. Any
 *  context. */
function snapshot(end: u32): u32 {
  const held = end < TRACE_EVENTS ? end : TRACE_EVENTS;
  let n: u32 = 0;
  while (n < held) {
    const s = portIrqSave();
    const stop = n + COPY_CHUNK < held ? n + COPY_CHUNK : held;
    for (; n < stop; n++) {
      const k = end - 1 - n;
      if (traceCount() - k > TRACE_EVENTS) break;
      store<u32>(SNAPSHOT + n * 8, stampAt(k));
      store<u32>(SNAPSHOT + n * 8, wordAt(k), 4);
    }
    portIrqRestore(s);
    if (n < stop) break;
  }
  return n;
}

/** Adds a word to an FNV-1a checksum. */
@inline function fnv(sum: u32, w: u32): u32 {
  return (sum ^ w) * FNV_PRIME;
}

/** The thread table, one line per thread: id, priority, state
 *  (ThreadState), name. */
function dumpThreads(sink: (c: u32) => void): void {
  for (let i = 0; i < <i32>MAX_THREADS; i++) {
    const s = portIrqSave(); // the thread keeps its name while we read it
    const t = unchecked(threadTable[i]);
    portIrqRestore(s);
    if (t === null) continue;
    lineStart(sink, 1);
    sink(32);
    writeDec(sink, t.id);
    sink(32);
    writeDec(sink, t.priority);
    sink(32);
    writeDec(sink, <u32>t.state);
    sink(32);
    writeStr(sink, t.name);
    sink(10);
  }
}

/** Writes the ring to `sink` in the compact form `ivt trace` reads:
 *
 *    *** ivt trace begin <format> <enabled> <now> <cycle hz> <counter bits> <written> <capacity> <running> <board>
 *    *** ivt trace thread <id> <priority> <state> <name>       (one per thread)
 *    *** ivt trace data <stamp><word> ...                       (4 a line, newest first)
 *    *** ivt trace end <records> <checksum>
 *
 *  <enabled> is 0 when TRACE_ENABLED compiled the trace out; <now> the
 *  cycle counter at the dump (8 hex digits), where the picture ends;
 *  <running> the id of the thread that runs the dump (255: none).
 *  Records are 16 hex digits (stamp, then kind and argument), newest
 *  first, from a copy of the ring taken first (snapshot): events written
 *  while it prints are not in it and cost it nothing. The end line's count
 *  and checksum (FNV-1a of the words in printed order) let the reader see
 *  a dump cut short. Returns the records written. Any context; with
 *  interrupts enabled, other output may come between its lines. */
export function traceDumpTo(sink: (c: u32) => void): u32 {
  const s = portIrqSave();
  const end = traceCount();
  const now = portCycles();
  portIrqRestore(s);
  const copied = snapshot(end); // before the slow printing
  lineStart(sink, 0);
  sink(32);
  writeDec(sink, DUMP_FORMAT);
  sink(32);
  writeDec(sink, TRACE_ENABLED ? 1 : 0);
  sink(32);
  writeHexDigits(sink, now);
  sink(32);
  writeDec(sink, boardCycleHz());
  sink(32);
  writeDec(sink, boardCycleBits());
  sink(32);
  writeDec(sink, end);
  sink(32);
  writeDec(sink, TRACE_EVENTS);
  sink(32);
  const me = threadCurrent();
  writeDec(sink, me === null ? 255 : me.id);
  sink(32);
  writeStr(sink, boardNameOf());
  sink(10);
  dumpThreads(sink);
  let sum = FNV_OFFSET;
  let n: u32 = 0;
  for (; n < copied; n++) {
    if (n % PER_LINE == 0) {
      if (n != 0) sink(10);
      lineStart(sink, 2);
    }
    const stamp = load<u32>(SNAPSHOT + n * 8);
    const w = load<u32>(SNAPSHOT + n * 8, 4);
    sink(32);
    writeHexDigits(sink, stamp);
    writeHexDigits(sink, w);
    sum = fnv(fnv(sum, stamp), w);
  }
  if (n != 0) sink(10);
  lineStart(sink, 3);
  sink(32);
  writeDec(sink, n);
  sink(32);
  writeHexDigits(sink, sum);
  sink(10);
  return n;
}

/** Prints the trace ring on the console in the compact form that `ivt
 *  trace` turns into pictures (docs/trace.md): the thread table, then the
 *  events, newest first, with a count and checksum at the end. An
 *  application calls it where it wants the picture to end (before main
 *  returns); the kernel setting TRACE_DUMP_AT_EXIT makes the kernel call
 *  it at exit. Arguments: none. Returns the events printed (0 with
 *  TRACE_ENABLED false: the dump then has none). Errors: none. Any
 *  context; it copies the ring first (snapshot: interrupts masked 8
 *  events at a time) and prints the copy with interrupts enabled. */
export function traceDumpCompact(): u32 {
  return traceDumpTo(kputc);
}

/** The dump at the end of the program (kernel setting TRACE_DUMP_AT_EXIT):
 *  to `sink` (the console, or the panic console after a crash report),
 *  with interrupts masked throughout, so that nothing overwrites the ring
 *  or prints between its lines: the system is ending anyway. Any context. */
export function traceDumpAtExit(sink: (c: u32) => void): void {
  const s = portIrqSave();
  traceDumpTo(sink);
  portIrqRestore(s);
}
