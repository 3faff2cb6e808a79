// Bugcheck records: one record for every fatal or contained fault, printed
// as text and as one line a host tool parses back (`ivt decode`), and kept
// by the host in memory that a warm reset does not clear, so the next boot
// can say what happened. docs/crash.md is the reference: the codes, every
// field, how to read a report.
//
// The record lives in the host, not in module memory: the kernel writes it
// word by word (crash_put), the host checksums it (crash_seal) and keeps it
// in its no-init area. So it costs module memory nothing, a fault that ran
// out of memory can still be recorded, and the printer reads the same words
// whether the fault happened a moment ago or before the last reset.
//
// The abort path reaches this file from the runtime's allocator, compiled
// before most of the kernel: it imports only leaf files, and what it needs
// from the scheduler and the trace ring comes through hooks that boot sets
// (bugcheckSetSources).

import {
  portBuildId, portCodeName, portCodeOffset, portCrashClear, portCrashFrame, portCrashGet, portCrashPut,
  portCrashSaved, portCrashSeal, portFaultReg, portPanicPutc,
} from "./port";
import { textCharAt, textLength, wordSpan, writeDec, writeHex, writeHexDigits, writeStr, writeWord } from "./format";
import { CRASH_RECORD_WORDS } from "./config";
import { interruptDepth, interruptVector, runningThreadName } from "./context";
import { KERNEL_VERSION } from "./version";

/** Bugcheck codes (docs/crash.md has the table with every argument). */
export enum BugCode {
  /** A device's DMA transfer reached memory outside any live grant (the
   *  Windows code of the same meaning, DRIVER_VERIFIER_DMA_VIOLATION). */
  DmaViolation = 0xe6,
  /** A WebAssembly trap: 1 kind (kernel/panic.ts Trap), 2 code address. */
  WasmTrap = 0x101,
  /** An AssemblyScript abort (throw, failed assert, checked access, `!` on
   *  null) outside the kernel: 1 line, 2 column, 3 message, 4 file. */
  Abort = 0x102,
  /** A thread overran its stack: 1 thread id, 2 how it was found (1 the
   *  red zone or canary at a switch, 2 the stack check on a function's
   *  entry), 3 code address (2 only). */
  StackOverflow = 0x103,
  /** An allocation did not fit: 1 bytes needed, 2 bytes free, 3 0 the
   *  kernel's heap, 1 an isolated application's. */
  OutOfMemory = 0x104,
  /** An access outside the register windows: 1 address, 2 width in bytes
   *  (0 unknown), 3 the device window's base, 4 its size (0 0: the board's
   *  windows). */
  MmioViolation = 0x105,
  /** A CPU exception the kernel did not cause on purpose: 1 exception or
   *  vector number, 2 pc, 3 fault status, 4 fault address (per CPU:
   *  docs/crash.md). */
  CpuFault = 0x106,
  /** A storm rule disabled an interrupt line: 1 vector, 2 the rule's
   *  threshold (kernel/config.ts), 3 the rule (1 nobody cared, 2 never
   *  quieted, 3 a burst between two ticks), 4 the name of the line's first
   *  named handler (a static string's address; 0: none). */
  InterruptStorm = 0x107,
  /** Interrupts kept threads off the CPU: 1 vector, 2 ticks, 3 that
   *  vector's share of the interrupts in percent, 4 as InterruptStorm's. */
  InterruptLoad = 0x108,
  /** A check inside the kernel failed (an abort raised in kernel/): 1
   *  line, 2 column, 3 message, 4 file. */
  KernelAssertion = 0x109,
}

/** The code's short name (docs/crash.md), for the text report. */
export function writeBugName(sink: (c: u32) => void, code: u32): void {
  if (code == BugCode.DmaViolation) writeStr(sink, "DMA_VIOLATION");
  else if (code > 0x100 && code <= 0x109)
    writeWord(sink, "WASM_TRAP ABORT STACK_OVERFLOW OUT_OF_MEMORY MMIO_VIOLATION CPU_FAULT INTERRUPT_STORM INTERRUPT_LOAD KERNEL_ASSERTION", code - 0x101, "?");
  else writeStr(sink, "UNKNOWN");
}

// ---- the record's words (docs/crash.md "The record") ----------------------

/** Word 0: "IVB" and the format's version. */
// @ts-ignore: decorator
@inline export const RECORD_FORMAT: u32 = 0x49564201;
// @ts-ignore: decorator
@inline export const W_FORMAT: u32 = 0;
// @ts-ignore: decorator
@inline export const W_CODE: u32 = 1;
/** Words 2-5: the four arguments. */
// @ts-ignore: decorator
@inline export const W_ARGS: u32 = 2;
/** The code address the fault is charged to (0: none). */
// @ts-ignore: decorator
@inline export const W_WHERE: u32 = 6;
/** Context: bits 0-1 kind (Ctx), 8-15 interrupt nesting, 16-31 vector. */
// @ts-ignore: decorator
@inline export const W_CONTEXT: u32 = 7;
// @ts-ignore: decorator
@inline export const W_THREAD_ID: u32 = 8;
// @ts-ignore: decorator
@inline export const W_BUILD_ID: u32 = 9;
/** Faults recorded since the record was last cleared (this one included). */
// @ts-ignore: decorator
@inline export const W_SEQUENCE: u32 = 10;
/** Bit 0: the system stopped (else only a thread or a line was lost). */
// @ts-ignore: decorator
@inline export const W_FLAGS: u32 = 11;
/** Kernel version: major << 16 | minor << 8 | patch. */
// @ts-ignore: decorator
@inline export const W_VERSION: u32 = 12;
/** Words 13-16: the thread's name, 16 bytes of 8-bit text, 0-padded. */
// @ts-ignore: decorator
@inline export const W_THREAD_NAME: u32 = 13;
/** Words 17-20: the board's name, the same way. */
// @ts-ignore: decorator
@inline export const W_BOARD: u32 = 17;
/** The count of backtrace frames, then their code addresses (innermost
 *  first). */
// @ts-ignore: decorator
@inline export const W_FRAMES: u32 = 21;
// @ts-ignore: decorator
@inline export const MAX_FRAMES: u32 = 10;
/** The count of register words, then the words. */
// @ts-ignore: decorator
@inline export const W_REGS: u32 = W_FRAMES + 1 + MAX_FRAMES; // 32
// @ts-ignore: decorator
@inline export const MAX_REGS: u32 = 14;
/** The count of trace events, then (stamp, word) pairs, oldest first. */
// @ts-ignore: decorator
@inline export const W_EVENTS: u32 = W_REGS + 1 + MAX_REGS; // 47
// @ts-ignore: decorator
@inline export const MAX_EVENTS: u32 = 8;
/** Words in a record: the host's area (kernel/config.ts CRASH_RECORD_WORDS,
 *  64 unless a board has little RAM). The layout above stays; a smaller
 *  record keeps fewer of the frames, registers and events, the last
 *  sections, each with the count it really holds. */
// @ts-ignore: decorator
@inline export const RECORD_WORDS: u32 = CRASH_RECORD_WORDS;

/** How many of `max` entries of `width` words fit after the count word at
 *  `at`, in a record of RECORD_WORDS. */
function fits(at: u32, max: u32, width: u32): u32 {
  if (at + 1 >= RECORD_WORDS) return 0;
  return min(max, (RECORD_WORDS - at - 1) / width);
}

/** Context kinds (W_CONTEXT bits 0-1). */
export enum Ctx {
  Boot = 0,
  Thread = 1,
  Interrupt = 2,
}

/** Flags (W_FLAGS). */
// @ts-ignore: decorator
@inline export const FLAG_FATAL: u32 = 1;

// ---- what boot wires in --------------------------------------------------

/** What bugcheckSetSource's function answers. */
export enum Source {
  /** Trace events written since boot. */
  EventCount = 0,
  /** The stamp of the n-th newest trace event. */
  EventStamp = 1,
  /** The word of the n-th newest trace event. */
  EventWord = 2,
  /** The running thread's id (0xffffffff: none). */
  ThreadId = 3,
  /** 1 if a fault of the running thread stops the system. */
  Stops = 4,
}

function noSource(what: Source, n: u32): u32 {
  return what == Source.ThreadId ? 0xffffffff : 0;
}

// @ts-ignore: decorator
@lazy let source: (what: Source, n: u32) => u32 = noSource;
// @ts-ignore: decorator
@lazy let boardName: string = "";

/** Gives the record what this file may not import (see the top): the
 *  trace ring's events, the running thread's id, whether a fault of the
 *  running thread stops the system (Source). Boot only. */
export function bugcheckSetSource(fn: (what: Source, n: u32) => u32): void {
  source = fn;
}

/** Whether a fault here (an abort, running out of memory) stops the
 *  system: in an interrupt handler, before threads run, or in a thread the
 *  system cannot lose. Any context. */
export function faultStopsSystem(): bool {
  if (CRASH_RECORD_WORDS == 0) return false; // only a record says it
  return interruptDepth() != 0 || runningThreadName() === null || source(Source.Stops, 0) != 0;
}

// @ts-ignore: decorator
@lazy let dmaDriverName: (base: u32) => string | null = noDriver;

function noDriver(base: u32): string | null {
  return null;
}

/** Gives the record the names of DMA devices' drivers (kernel/dma.ts,
 *  which imports this file): a DMA violation's bucket names the driver.
 *  Thread context (the first DMA device's registration). */
export function bugcheckSetDmaNames(fn: (base: u32) => string | null): void {
  dmaDriverName = fn;
}

/** The board's name for records (kernel/board.ts boardDescribe). Boot only. */
export function bugcheckSetBoard(name: string): void {
  boardName = name;
}

// ---- recording -------------------------------------------------------------

/** Writes the record of a fault into the host's no-init area and prints it
 *  (printRecord): the code and its four arguments (docs/crash.md), the
 *  code address it is charged to (0: the backtrace decides), whether it
 *  stops the system. The context (thread or interrupt), the build, the
 *  CPU's registers for a CPU fault, a backtrace and the last trace events
 *  are added here. Allocation-free; never blocks. Any context. */
export function bugcheck(code: u32, a1: u32, a2: u32, a3: u32, a4: u32, where: u32, fatal: bool, victim: string | null = null, victimId: u32 = 0): void {
  // A board with no room for records (CRASH_RECORD_WORDS 0) has the
  // one-line reports only: none of this file is compiled in.
  if (CRASH_RECORD_WORDS == 0) return;
  // A record still kept from before counts on: "3 faults since cleared".
  let sequence: u32 = 1;
  if (portCrashSaved() > <i32>W_SEQUENCE && portCrashGet(W_FORMAT) == RECORD_FORMAT) sequence = portCrashGet(W_SEQUENCE) + 1;
  for (let i: u32 = 0; i < RECORD_WORDS; i++) portCrashPut(i, 0);
  portCrashPut(W_FORMAT, RECORD_FORMAT);
  portCrashPut(W_CODE, code);
  portCrashPut(W_ARGS, a1);
  portCrashPut(W_ARGS + 1, a2);
  portCrashPut(W_ARGS + 2, a3);
  portCrashPut(W_ARGS + 3, a4);
  portCrashPut(W_WHERE, where);
  // The backtrace first: the fewer calls made before it, the fewer stale
  // return addresses a board's stack scan meets. A fault found in a thread
  // that was not running (`victim`: a stack overflow found at a switch)
  // has none: the stack at hand is the switch's.
  if (victim === null) recordFrames();
  recordContext();
  if (victim !== null) {
    portCrashPut(W_CONTEXT, Ctx.Thread);
    portCrashPut(W_THREAD_ID, victimId);
    putText(W_THREAD_NAME, victim);
  }
  portCrashPut(W_BUILD_ID, portBuildId());
  portCrashPut(W_SEQUENCE, sequence);
  portCrashPut(W_FLAGS, fatal ? FLAG_FATAL : 0);
  putText(W_BOARD, boardName);
  portCrashPut(W_VERSION, versionWord());
  recordRegisters(code);
  recordEvents();
  portCrashSeal(RECORD_WORDS);
  printRecord(panicOut, false);
}

function panicOut(c: u32): void {
  portPanicPutc(c);
}

/** The context word, the thread's id and name. */
function recordContext(): void {
  const depth = interruptDepth();
  const name = runningThreadName();
  let kind: u32 = Ctx.Boot;
  if (depth != 0) kind = Ctx.Interrupt;
  else if (name !== null) kind = Ctx.Thread;
  portCrashPut(W_CONTEXT, kind | (min(depth, 255) << 8) | (depth != 0 ? interruptVector() << 16 : 0));
  portCrashPut(W_THREAD_ID, name !== null ? source(Source.ThreadId, 0) : 0xffffffff);
  if (name !== null) putText(W_THREAD_NAME, name);
}

/** Puts up to 16 characters of `s` (8-bit, '?' past 127) at words
 *  `w`..`w + 3`. */
function putText(w: u32, s: string): void {
  const n = min(textLength(s), 16);
  for (let k: i32 = 0; k < 4; k++) {
    let word: u32 = 0;
    for (let b: i32 = 0; b < 4; b++) {
      const i = k * 4 + b;
      if (i < n) {
        const c = textCharAt(s, i);
        word |= (c < 128 ? c : 63) << (b * 8);
      }
    }
    portCrashPut(w + <u32>k, word);
  }
}

/** The CPU's registers at a CPU fault, as the host gives them; none for
 *  any other code (the host keeps the last CPU fault's registers after a
 *  contained one: they are not this record's). */
function recordRegisters(code: u32): void {
  const n = code == BugCode.CpuFault ? min(portFaultReg(0xffffffff, 0), fits(W_REGS, MAX_REGS, 1)) : 0;
  for (let i: u32 = 0; i < n; i++) portCrashPut(W_REGS + 1 + i, portFaultReg(i, 0));
  portCrashPut(W_REGS, n);
}

/** The backtrace the host captured (code addresses, innermost first). */
function recordFrames(): void {
  const where = portCrashGet(W_WHERE);
  let n: u32 = 0;
  let last: u32 = 0;
  let hostBetween = false;
  const most = fits(W_FRAMES, MAX_FRAMES, 1);
  for (let depth: u32 = 0; n < most && depth < 64; depth++) {
    const w = portCrashFrame(depth);
    if (w == 0) break;
    // Left out: the crash path's own frames, which come first when the
    // kernel found the fault itself; the host's (C, the runtime's trap
    // entry) but for a CPU fault's pc; and the copy of a frame that a host
    // frame's spilled register makes (a recursion's repeats stay).
    if (n == 0 && isCrashPath(w) && w != where) continue;
    if (portCodeName(w, 0) != 0 && !hasSlash(w) && !(n == 0 && w == where)) {
      hostBetween = true;
      continue;
    }
    if (w == last && hostBetween) continue;
    portCrashPut(W_FRAMES + 1 + n, w);
    last = w;
    hostBetween = false;
    n++;
  }
  portCrashPut(W_FRAMES, n);
}

function isCrashPath(where: u32): bool {
  if (portCodeName(where, 0) == 0) return false;
  // recordSource: a stale return address from the record's own calls.
  return nameStarts(where, P_BUGCHECK) || nameStarts(where, P_PANIC) || nameStarts(where, P_SOURCE) || !hasSlash(where);
}

/** Whether the name of `where`'s function is a path (a wasm function's),
 *  not a host function's. */
function hasSlash(where: u32): bool {
  for (let i: u32 = 0; i < 200; i++) {
    const c = portCodeName(where, i);
    if (c == 0) return false;
    if (c == 47) return true;
  }
  return false;
}

/** The newest MAX_EVENTS trace events, oldest first. */
function recordEvents(): void {
  const n = min(source(Source.EventCount, 0), fits(W_EVENTS, MAX_EVENTS, 2));
  for (let i: u32 = 0; i < n; i++) {
    const age = n - 1 - i;
    portCrashPut(W_EVENTS + 1 + 2 * i, source(Source.EventStamp, age));
    portCrashPut(W_EVENTS + 2 + 2 * i, source(Source.EventWord, age));
  }
  portCrashPut(W_EVENTS, n);
}

/** KERNEL_VERSION "a.b.c" as a << 16 | b << 8 | c. */
function versionWord(): u32 {
  let word: u32 = 0;
  let part: u32 = 0;
  for (let i = 0; i < KERNEL_VERSION.length; i++) {
    const c = <u32>KERNEL_VERSION.charCodeAt(i);
    if (c == 46) {
      word = (word << 8) | (part & 0xff);
      part = 0;
    } else part = part * 10 + (c - 48);
  }
  return (word << 8) | (part & 0xff);
}

// ---- the saved record --------------------------------------------------------

/** What the host's no-init area holds (crashSaved). */
export enum Saved {
  None = 0,
  Record = 1,
  /** The area held a record whose checksum or format was wrong: the host
   *  cleared it; nothing of it is printed. */
  Corrupt = 2,
}

/** Whether a record is kept. A record that fails its checksum, or is of a
 *  format this kernel does not read, is cleared and reported as Corrupt.
 *  Any context. */
export function crashSaved(): Saved {
  if (CRASH_RECORD_WORDS == 0) return Saved.None;
  const n = portCrashSaved();
  if (n == 0) return Saved.None;
  if (n < 0 || <u32>n < RECORD_WORDS || portCrashGet(W_FORMAT) != RECORD_FORMAT) {
    portCrashClear();
    return Saved.Corrupt;
  }
  return Saved.Record;
}

/** Forgets the kept record (the `crash` command). Any context. */
export function crashClear(): void {
  if (CRASH_RECORD_WORDS != 0) portCrashClear();
}

/** Word `i` of the kept record (0 when none). For tests and tools. Any
 *  context. */
export function crashWord(i: u32): u32 {
  return CRASH_RECORD_WORDS != 0 && i < RECORD_WORDS ? portCrashGet(i) : 0;
}

// ---- printing ----------------------------------------------------------------

/** Prints the kept record to `sink`: the headline (`*** ivt BUGCHECK`, or
 *  `crash: BUGCHECK` for the shell's `crash`, `shell` true), then code,
 *  name and arguments; the bucket; the offset, the build, the context,
 *  the message, the backtrace, the registers and the trace events; the
 *  compact line. docs/crash.md shows one. Any context. */
export function printRecord(sink: (c: u32) => void, shell: bool): void {
  const code = portCrashGet(W_CODE);
  writeStr(sink, shell ? "crash: " : "*** ivt ");
  writeStr(sink, "BUGCHECK ");
  writeHex(sink, code);
  sink(32);
  writeBugName(sink, code);
  writeStr(sink, " (");
  for (let i: u32 = 0; i < 4; i++) {
    if (i != 0) writeStr(sink, ", ");
    writeHex(sink, portCrashGet(W_ARGS + i));
  }
  writeStr(sink, ")\n    FAILURE_BUCKET_ID: ");
  const same = portCrashGet(W_BUILD_ID) == portBuildId();
  const charged = writeBucket(sink, code, same);
  sink(10);
  // A contained fault may repeat (an application restarted after each
  // fault): at the fault, its details stay in the compact line and the
  // kept record (`crash` prints them); a fatal one prints them at once.
  const fatal = (portCrashGet(W_FLAGS) & FLAG_FATAL) != 0;
  if (shell || fatal) printDetails(sink, code, charged, same);
  writeCompactLine(sink);
}

/** The readable fields after the bucket (printRecord). */
function printDetails(sink: (c: u32) => void, code: u32, charged: u32, same: bool): void {
  writeStr(sink, "    BUCKET_ID_FUNC_OFFSET: ");
  const off = charged != 0 && same ? portCodeOffset(charged) : 0xffffffff;
  if (off != 0xffffffff) writeHexShort(sink, off, false);
  else writeStr(sink, "unknown");
  writeStr(sink, "\n    OS_VERSION: ivt ");
  const v = portCrashGet(W_VERSION);
  writeDec(sink, v >>> 16);
  sink(46);
  writeDec(sink, (v >>> 8) & 0xff);
  sink(46);
  writeDec(sink, v & 0xff);
  writeStr(sink, "  BUILD_ID: ");
  writeHexDigits(sink, portCrashGet(W_BUILD_ID));
  if (!same) writeStr(sink, " (not this image's)");
  writeStr(sink, "  BOARD: ");
  writeSavedText(sink, W_BOARD);
  writeStr(sink, "\n    CONTEXT: ");
  writeSavedContext(sink);
  writeStr(sink, "\n    FAULT: ");
  writeStr(sink, (portCrashGet(W_FLAGS) & FLAG_FATAL) != 0 ? "fatal (the system stopped); " : "contained (the system went on); ");
  writeDec(sink, portCrashGet(W_SEQUENCE));
  writeStr(sink, " since cleared\n");
  if (same && (code == BugCode.Abort || code == BugCode.KernelAssertion)) writeSavedMessage(sink);
  writeSavedFrames(sink, same);
  writeSavedRegisters(sink);
  writeSavedEvents(sink);
}

/** `0x<code>_<module>!<function>` for the code address the record is
 *  charged to (its own, or the first backtrace frame outside the runtime
 *  and the crash path). Returns that address (0: none found). */
function writeBucket(sink: (c: u32) => void, code: u32, named: bool): u32 {
  writeHexShort(sink, code, true);
  sink(95); // _
  if (code == BugCode.DmaViolation) {
    // A device did it, not a function: charged to the device's driver,
    // `<driver>!device@<its window's base>`.
    const driver = dmaDriverName(portCrashGet(W_ARGS));
    writeStr(sink, driver !== null ? driver : "unknown");
    writeStr(sink, "!device@");
    writeHexDigits(sink, portCrashGet(W_ARGS));
    return 0;
  }
  if ((code == BugCode.InterruptStorm || code == BugCode.InterruptLoad) && named && isStaticString(portCrashGet(W_ARGS + 3))) {
    // A line's doing: charged to the handler that serves it, by the name
    // it gave (IrqHandler.name), `<name>!irq@<vector>`.
    writeStr(sink, changetype<string>(portCrashGet(W_ARGS + 3)));
    writeStr(sink, "!irq@");
    writeDec(sink, portCrashGet(W_ARGS));
    return 0;
  }
  const where = named ? chargedAddress() : 0;
  if (code == BugCode.StackOverflow && where == 0 && portCrashGet(W_WHERE) == 0 && portCrashGet(W_FRAMES) == 0 && (portCrashGet(W_CONTEXT) & 3) == Ctx.Thread) {
    // No code of the thread ran (found at a switch): charged to the thread.
    writeStr(sink, "thread!");
    writeSavedText(sink, W_THREAD_NAME);
    return 0;
  }
  if (where == 0) {
    writeStr(sink, "unknown!");
    const w = portCrashGet(W_WHERE) != 0 ? portCrashGet(W_WHERE) : (portCrashGet(W_FRAMES) != 0 ? portCrashGet(W_FRAMES + 1) : 0);
    writeHex(sink, w);
    return 0;
  }
  writeModule(sink, where);
  sink(33); // !
  writeCodeName(sink, where);
  return where;
}

/** The first of W_WHERE and the frames whose function is the program's
 *  own: named, and not the runtime's (~lib), the crash path's or the
 *  host's (a name without '/'). 0 if none is. */
function chargedAddress(): u32 {
  const where = portCrashGet(W_WHERE);
  if (where != 0 && isProgramCode(where)) return where;
  const n = min(portCrashGet(W_FRAMES), fits(W_FRAMES, MAX_FRAMES, 1));
  for (let i: u32 = 0; i < n; i++) {
    const w = portCrashGet(W_FRAMES + 1 + i);
    if (isProgramCode(w)) return w;
  }
  return 0;
}

function isProgramCode(where: u32): bool {
  if (portCodeName(where, 0) == 0) return false;
  if (nameStarts(where, P_LIB) || nameStarts(where, P_PANIC) || nameStarts(where, P_BUGCHECK)) return false;
  if (nameStarts(where, P_IVTTRAP)) return false;
  // The allocator: an allocation that does not fit is its caller's.
  if (nameStarts(where, P_RUNTIME) || nameStarts(where, P_BUMP)) return false;
  // An isolated application's abort or allocation failure, reported by
  // the system call it made (its allocator's, user/runtime.ts, for the
  // latter): the application's function that aborted or allocated is
  // charged, as in the kernel's own module.
  if (nameStarts(where, P_SYS_REPORT) || nameStarts(where, P_SYS_REPORT + 1) || nameStarts(where, P_SYS_REPORT + 2)) return false;
  // Its abort (`--use abort=`), when the optimizer did not inline it.
  if (nameStarts(where, P_SYS_REPORT + 3)) return false;
  return hasSlash(where);
}

/** Name prefixes the record tells apart: the runtime's, the crash path's,
 *  the trap entry, and the modules (writeModule). */
const PREFIXES = "~lib/ kernel/panic/ kernel/bugcheck/ kernel/exports/ivttrap drivers/ kernel/ boards/ kernel/boot/recordSource kernel/runtime/ kernel/bump/ kernel/sys/sys_abort kernel/sys/sys_out_of_memory user/runtime/ user/ivt/appAbort";
// @ts-ignore: decorator
@inline const P_LIB: u32 = 0;
// @ts-ignore: decorator
@inline const P_PANIC: u32 = 1;
// @ts-ignore: decorator
@inline const P_BUGCHECK: u32 = 2;
// @ts-ignore: decorator
@inline const P_IVTTRAP: u32 = 3;
// @ts-ignore: decorator
@inline const P_DRIVERS: u32 = 4;
// @ts-ignore: decorator
@inline const P_KERNEL: u32 = 5;
// @ts-ignore: decorator
@inline const P_BOARDS: u32 = 6;
// @ts-ignore: decorator
@inline const P_SOURCE: u32 = 7;
// @ts-ignore: decorator
@inline const P_RUNTIME: u32 = 8;
// @ts-ignore: decorator
@inline const P_BUMP: u32 = 9;
/** kernel/sys/sys_abort, then kernel/sys/sys_out_of_memory (word 11),
 *  an application's allocator, user/runtime/ (word 12), and its abort,
 *  user/ivt/appAbort (word 13). */
// @ts-ignore: decorator
@inline const P_SYS_REPORT: u32 = 10;

/** Whether the name of `where`'s function starts with PREFIXES word `i`. */
function nameStarts(where: u32, i: u32): bool {
  const span = wordSpan(PREFIXES, i);
  const start = span >>> 16;
  for (let k = start, end = span & 0xffff; k < end; k++) {
    if (portCodeName(where, <u32>(k - start)) != textCharAt(PREFIXES, k)) return false;
  }
  return true;
}

/** The module a function belongs to, from its path: `kernel`, a driver's
 *  file name (drivers/<name>), `board`, or `app` (an application's or a
 *  test's code). */
function writeModule(sink: (c: u32) => void, where: u32): void {
  if (nameStarts(where, P_DRIVERS)) {
    for (let i: u32 = 8; i < 200; i++) {
      const c = portCodeName(where, i);
      if (c == 0 || c == 47) break;
      sink(c);
    }
  } else if (nameStarts(where, P_KERNEL)) writeStr(sink, "kernel");
  else if (nameStarts(where, P_BOARDS)) writeStr(sink, "board");
  else writeStr(sink, "app");
}

function writeCodeName(sink: (c: u32) => void, where: u32): void {
  for (let i: u32 = 0; i < 200; i++) {
    const c = portCodeName(where, i);
    if (c == 0) break;
    sink(c);
  }
}

function writeSavedText(sink: (c: u32) => void, w: u32): void {
  for (let i: u32 = 0; i < 16; i++) {
    const c = (portCrashGet(w + (i >>> 2)) >>> ((i & 3) * 8)) & 0xff;
    if (c == 0) break;
    sink(c);
  }
}

function writeSavedContext(sink: (c: u32) => void): void {
  const ctx = portCrashGet(W_CONTEXT);
  const kind = ctx & 3;
  if (kind == Ctx.Interrupt) {
    writeStr(sink, "interrupt: vector ");
    writeDec(sink, ctx >>> 16);
    writeStr(sink, ", depth ");
    writeDec(sink, (ctx >>> 8) & 0xff);
    if (portCrashGet(W_THREAD_ID) == 0xffffffff) return;
    writeStr(sink, ", over ");
  } else if (kind == Ctx.Boot) {
    writeStr(sink, "boot");
    return;
  }
  writeStr(sink, "thread '");
  writeSavedText(sink, W_THREAD_NAME);
  writeStr(sink, "' (id ");
  writeDec(sink, portCrashGet(W_THREAD_ID));
  sink(41);
}

/** An abort's message and place, when both are static strings of this
 *  image (a message made at run time was in the heap, gone after a reset). */
function writeSavedMessage(sink: (c: u32) => void): void {
  const message = portCrashGet(W_ARGS + 2);
  const file = portCrashGet(W_ARGS + 3);
  if (!isStaticString(message) || !isStaticString(file)) return;
  writeStr(sink, "    MESSAGE: ");
  writeStr(sink, changetype<string>(message));
  writeStr(sink, " at ");
  writeStr(sink, changetype<string>(file));
  sink(58);
  writeDec(sink, portCrashGet(W_ARGS));
  sink(58);
  writeDec(sink, portCrashGet(W_ARGS + 1));
  sink(10);
}

/** The address of `s` when it is a string of the module's static data (a
 *  literal), which a kept record may name after a reset; 0 for any other
 *  (made at run time, in the heap). Any context. */
export function staticStringAddress(s: string): u32 {
  const p = <u32>changetype<usize>(s);
  return isStaticString(p) ? p : 0;
}

/** Whether `p` may be a string of the module's static data: below the
 *  heap, past the null guard, 4-aligned, its header's length within the
 *  static data. */
function isStaticString(p: u32): bool {
  if (p < 64 || p >= <u32>__heap_base || (p & 3) != 0) return false;
  const bytes = load<u32>(p - 4);
  return bytes < <u32>__heap_base - p;
}

function writeSavedFrames(sink: (c: u32) => void, named: bool): void {
  const n = min(portCrashGet(W_FRAMES), fits(W_FRAMES, MAX_FRAMES, 1));
  if (n == 0) return;
  writeStr(sink, "    STACK:\n");
  for (let i: u32 = 0; i < n; i++) {
    const w = portCrashGet(W_FRAMES + 1 + i);
    writeStr(sink, "      #");
    writeDec(sink, i);
    sink(32);
    writeHex(sink, w);
    if (named && portCodeName(w, 0) != 0) {
      sink(32);
      writeCodeName(sink, w);
      const off = portCodeOffset(w);
      if (off != 0xffffffff) {
        sink(43); // +
        writeHexShort(sink, off, false);
      }
    }
    sink(10);
  }
}

/** The registers, named by the host (an arch's own names). */
function writeSavedRegisters(sink: (c: u32) => void): void {
  const n = min(portCrashGet(W_REGS), fits(W_REGS, MAX_REGS, 1));
  if (n == 0) return;
  writeStr(sink, "    REGISTERS:");
  for (let i: u32 = 0; i < n; i++) {
    sink(32);
    for (let k: u32 = 1; k < 16; k++) {
      const c = portFaultReg(i, k);
      if (c == 0) break;
      sink(c);
    }
    sink(61); // =
    writeHexDigits(sink, portCrashGet(W_REGS + 1 + i));
  }
  sink(10);
}

function writeSavedEvents(sink: (c: u32) => void): void {
  const n = min(portCrashGet(W_EVENTS), fits(W_EVENTS, MAX_EVENTS, 2));
  if (n == 0) return;
  writeStr(sink, "    LAST EVENTS (stamp:word, oldest first):");
  for (let i: u32 = 0; i < n; i++) {
    sink(32);
    writeHexDigits(sink, portCrashGet(W_EVENTS + 1 + 2 * i));
    sink(58);
    writeHexDigits(sink, portCrashGet(W_EVENTS + 2 + 2 * i));
  }
  sink(10);
}

/** `*** ivt BUGCHECK-RECORD <the words in hex, comma-separated>
 *  sum=<checksum>`: the whole record on one line, for `ivt decode`. */
function writeCompactLine(sink: (c: u32) => void): void {
  writeStr(sink, "*** ivt BUGCHECK-RECORD ");
  // Zero words are empty fields, and the zeros at the end are left out:
  // a reader pads the record back to RECORD_WORDS. The checksum (FNV-1a
  // over the words written) lets a reader tell a line cut short or
  // garbled in a log from a record.
  let last: u32 = 0;
  for (let i: u32 = 0; i < RECORD_WORDS; i++) if (portCrashGet(i) != 0) last = i;
  let sum: u32 = 2166136261;
  for (let i: u32 = 0; i <= last; i++) {
    if (i != 0) sink(44);
    const w = portCrashGet(i);
    if (w != 0) writeHexShort(sink, w, false, false);
    sum = (sum ^ w) * 16777619;
  }
  writeStr(sink, " sum=");
  writeHexDigits(sink, sum);
  sink(10);
}

/** Writes `n` in hex with no leading zeros (`0x` first when `prefix`),
 *  upper case when `upper` (a bucket's code, as Windows writes it). */
function writeHexShort(sink: (c: u32) => void, n: u32, upper: bool, prefix: bool = true): void {
  if (prefix) {
    sink(48);
    sink(120);
  }
  let shift: i32 = 28;
  while (shift > 0 && ((n >>> shift) & 0xf) == 0) shift -= 4;
  for (; shift >= 0; shift -= 4) {
    const d = (n >>> shift) & 0xf;
    sink(d < 10 ? 48 + d : (upper ? 55 : 87) + d);
  }
}

/** At boot: `previous crash: <bucket> (<context>, <fatal or contained>; N
 *  since cleared)` and the compact line, when a record is kept; a line
 *  saying a corrupt one was found and cleared; nothing otherwise. Thread
 *  context (boot). */
export function printPreviousCrash(sink: (c: u32) => void): void {
  if (CRASH_RECORD_WORDS == 0) return;
  const saved = crashSaved();
  if (saved == Saved.None) return;
  writeStr(sink, "previous crash: ");
  if (saved == Saved.Corrupt) {
    writeStr(sink, "the kept record was corrupt (bad checksum or format); cleared\n");
    return;
  }
  writeBucket(sink, portCrashGet(W_CODE), portCrashGet(W_BUILD_ID) == portBuildId());
  writeStr(sink, (portCrashGet(W_FLAGS) & FLAG_FATAL) != 0 ? " (fatal" : " (contained");
  writeStr(sink, " in ");
  writeSavedContext(sink);
  writeStr(sink, "; ");
  writeDec(sink, portCrashGet(W_SEQUENCE));
  writeStr(sink, " since cleared)\n");
  writeCompactLine(sink);
}

/** Prints the kept record through `sink` and clears it, or says there is
 *  none (or that a corrupt one was cleared): the shell's `crash`. Thread
 *  context. */
export function crashShowAndClear(sink: (c: u32) => void = panicOut): void {
  if (CRASH_RECORD_WORDS == 0) {
    writeStr(sink, "crash: no records on this board\n");
    return;
  }
  const saved = crashSaved();
  if (saved == Saved.None) writeStr(sink, "crash: no record kept\n");
  else if (saved == Saved.Corrupt) writeStr(sink, "crash: the kept record was corrupt (bad checksum or format); cleared\n");
  else {
    printRecord(sink, true);
    portCrashClear();
    writeStr(sink, "crash: record cleared\n");
  }
}
