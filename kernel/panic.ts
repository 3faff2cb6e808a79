// Crash reports: WebAssembly traps, AssemblyScript aborts, host faults.
//
// Every report goes out through the host's polled panic console (no driver,
// no interrupt), in one stable format that tools/ivt/symbolize.js reads:
//
//   *** ivt TRAP <kind> in <context> at <where>
//   *** ivt ABORT in <context>: <message> at <file>:<line>:<col>
//   *** ivt OUT OF MEMORY in <context> (needed <n> bytes, <f> free)
//   *** ivt halted, exit <code>
//
// <where> is a host code address (native PC, or the wasm function index on
// sim); the host tool turns it into a function name.
//
// An abort or an allocation that does not fit happens inside the thread's
// own code. In an application thread it ends that thread alone, the way a
// trap does, by trapping: after its report it executes `unreachable`, the
// host catches the trap as any other (on its stack on a board, by throwing
// out of the module on sim) and calls ivttrap, which ends the thread without
// a second report. Calling threadExit here instead would work on a
// board, but on sim asyncify would then have to instrument every function
// that can abort (nearly all: every checked access) to unwind through it.

import { portExit, portPanicPutc } from "./port";
import { writeDec, writeHex, writeStr, writeWord } from "./format";
import { inInterrupt, runningThreadName, writeContext } from "./context";
import { SHORT_MESSAGES, TRACE_DUMP_AT_EXIT } from "./config";
import { Err, writeErrName } from "./errors";

/** Trap kinds of the host ABI; the numbers match wabt's wasm_rt_trap_t. */
export enum Trap {
  OutOfBounds = 1,
  IntOverflow = 2,
  DivByZero = 3,
  InvalidConversion = 4,
  Unreachable = 5,
  CallIndirect = 6,
  UncaughtException = 7,
  StackExhausted = 8,
  /** Not a wasm trap: the host refused an MMIO access outside the board's
   *  register windows, or a driver's access outside its device's window
   *  (kernel/devregs.ts) was stopped; <where> is the address. */
  MmioFault = 9,
}

/** Exit codes seen by a test runner (QEMU semihosting or the sim host). */
export enum ExitCode {
  Ok = 0,
  TestsFailed = 1,
  Abort = 2,
  Trap = 3,
}

/** Short, stable names of the trap kinds, by number from 1: one string
 *  (format.ts writeWord). */
const TRAP_NAMES =
  "out-of-bounds integer-overflow divide-by-zero invalid-conversion unreachable bad-indirect-call uncaught-exception stack-exhausted mmio-outside-windows";

/** Writes the short, stable name of a trap kind. Allocation-free. Any context. */
export function writeTrapName(sink: (c: u32) => void, kind: u32): void {
  if (kind == 0) writeStr(sink, "unknown");
  else writeWord(sink, TRAP_NAMES, kind - 1, "unknown");
}

function out(c: u32): void {
  portPanicPutc(c);
}

function noHaltHook(sink: (c: u32) => void): void {}

/** What runs after a report that stops the system, before its last line,
 *  writing to the panic console: the trace dump when the kernel setting
 *  TRACE_DUMP_AT_EXIT asks for it (boot sets it). A hook rather than an
 *  import: importing the trace here would pull the scheduler into the
 *  abort path's compile order (see below). */
// @ts-ignore: decorator
@lazy let haltHook: (sink: (c: u32) => void) => void = noHaltHook;

/** Sets the hook that runs as the system halts after a report (above).
 *  Boot only. */
export function panicSetHaltHook(hook: (sink: (c: u32) => void) => void): void {
  haltHook = hook;
}

function halt(code: i32): void {
  // Off, the hook is not compiled in: no global, no table entry (RAM).
  if (TRACE_DUMP_AT_EXIT) haltHook(out);
  writeStr(out, "*** ivt halted, exit ");
  writeDec(out, code);
  out(10);
  portExit(code);
}

/** Reports a trap the host caught; if `fatal`, stops the system, else
 *  returns so the caller can end just the trapping thread. Called by the
 *  host (export ivttrap), from whatever context trapped. */
export function reportTrap(kind: u32, where: u32, fatal: bool): void {
  writeStr(out, "\n*** ivt TRAP ");
  writeTrapName(out, kind);
  writeStr(out, " in ");
  writeContext(out);
  writeStr(out, " at ");
  writeHex(out, where);
  out(10);
  if (fatal) halt(ExitCode.Trap);
  writeThreadEnded();
}

/** "*** ivt thread ended; the system goes on": one string for both reports
 *  that end a thread (strings take module memory). */
function writeThreadEnded(): void {
  writeStr(out, "*** ivt thread ended; the system goes on\n");
}

/** Reports that thread `name` overflowed its stack (the host found its
 *  canary broken at a switch, or its stack pointer below the limit on
 *  entry to a function: trap StackExhausted); if `fatal`, stops the
 *  system, else the caller ends the thread. Any context. */
export function reportStackOverflow(name: string, fatal: bool = false): void {
  writeStr(out, "\n*** ivt STACK OVERFLOW in thread '");
  writeStr(out, name);
  out(39); // '
  out(10);
  if (fatal) halt(ExitCode.Trap);
  writeThreadEnded();
}

// The abort path runs from the runtime's allocator, which asc compiles
// before the scheduler's globals exist: it reads only context.ts (as
// writeContext does) and @lazy globals of its own.

/** The name of the thread whose abort or out-of-memory report is out and
 *  whose `unreachable` the host will report as a trap (compared by
 *  identity; threads usually have names of their own). */
// @ts-ignore: decorator
@lazy let reportedName: usize = 0;

/** Called by ivttrap: true (once) if the trap is the `unreachable` that
 *  ends a thread whose fault was already reported. Any context. */
export function trapAlreadyReported(): bool {
  const name = runningThreadName();
  if (inInterrupt() || name === null || changetype<usize>(name) != reportedName) return false;
  reportedName = 0;
  return true;
}

/** Ends an abort or out-of-memory report: in an interrupt handler or
 *  before threads run, stops the system; in a thread, traps, and ivttrap
 *  ends the thread (or stops the system, for the kernel's own threads and
 *  main: kernel/exports.ts). */
function endAfterReport(): void {
  const name = runningThreadName();
  if (inInterrupt() || name === null) halt(ExitCode.Abort);
  reportedName = changetype<usize>(name);
  unreachable();
}

/** After trapAlreadyReported: stops the system if `fatal` (exit 2, the
 *  report's code), else says that only the thread ends. Any context. */
export function endReportedFault(fatal: bool): void {
  if (fatal) halt(ExitCode.Abort);
  writeThreadEnded();
}

/** AssemblyScript's abort (failed assert, `throw`, a checked array access
 *  out of range, `!` on null, explicit abort()): reports it; in an
 *  application thread only that thread ends, elsewhere the system stops
 *  (exit 2; see endAfterReport). Wired in with asc's
 *  `--use abort=kernel/panic/ivtAbort`. `file:line:col` is where
 *  AssemblyScript raised it, inside ~lib for the standard library's checks:
 *  the caller outside ~lib follows (writeAbortSite on a board; the sim host
 *  prints the wasm backtrace). Any context. Does not return. */
export function ivtAbort(
  message: string | null = null,
  file: string | null = null,
  line: u32 = 0,
  column: u32 = 0,
): void {
  writeAbortStart();
  writeStr(out, message !== null ? message : "abort");
  if (file !== null) {
    writeStr(out, " at ");
    writeStr(out, file);
    out(58);
    writeDec(out, line);
    out(58);
    writeDec(out, column);
  }
  out(10);
  writeAbortSite(file);
  endAfterReport();
}

/** Stops the boot with `*** ivt ABORT in <context>: board init: <step>:
 *  <error>` (kernel/board.ts boardCheck). It prints the pieces where
 *  ivtAbort would get them joined: nothing is allocated, so a step that
 *  failed for want of memory is still reported, and `step` may be 8-bit
 *  text (tools/ivt/text8-transform.js). Does not return. */
export function abortBoardInit(step: string, err: Err): void {
  writeAbortStart();
  writeStr(out, "board init: ");
  writeStr(out, step);
  writeStr(out, ": ");
  writeErrName(out, err);
  out(10);
  writeAbortSite(null);
  endAfterReport();
}

/** Writes `\n*** ivt ABORT in <context>: `, every abort report's start.
 *  Any context. */
function writeAbortStart(): void {
  writeStr(out, "\n*** ivt ABORT in ");
  writeContext(out);
  writeStr(out, ": ");
}

/** On a board, the wasm index + 1 of the last function outside ~lib that
 *  called into a ~lib function that can abort (code the build adds,
 *  tools/ivt/abort-site.js, sets it); 0 or SITE_UNSET: none. Two values
 *  for "none", because Binaryen folds a global whose every write stores its
 *  initial value into a constant, before the build can add the marks. */
// @ts-ignore: decorator
@inline const SITE_UNSET: u32 = 0xffffffff;
// @ts-ignore: decorator
@lazy let abortSite: u32 = SITE_UNSET;

/** For an abort inside ~lib that the build marked, writes "    called from
 *  wasm function N" (the host tool adds the function's name). */
function writeAbortSite(file: string | null): void {
  const site = abortSite;
  abortSite = 0;
  if (site == 0 || site == SITE_UNSET || file === null || !file.startsWith("~lib/")) return;
  writeStr(out, "    called from wasm function ");
  writeDec(out, site - 1);
  out(10);
}

/** A kernel driver reached outside its device's register window
 *  (kernel/devregs.ts), or a window was made with fewer than 4 bytes: the
 *  access does not happen. Reported as the host's MMIO gate reports an
 *  address outside the board's windows, `*** ivt TRAP mmio-outside-windows
 *  in <context> at <base + offset>`, then (unless SHORT_MESSAGES) the
 *  window and the access. In a thread only that thread ends, elsewhere the
 *  system stops (exit 2), as for an abort. Any context. Does not return. */
export function deviceWindowFault(base: u32, size: u32, offset: u32, width: u32): void {
  writeStr(out, "\n*** ivt TRAP ");
  writeTrapName(out, Trap.MmioFault);
  writeStr(out, " in ");
  writeContext(out);
  writeStr(out, " at ");
  writeHex(out, base + offset);
  out(10);
  if (!SHORT_MESSAGES) {
    writeStr(out, "    outside its device's register window ");
    writeHex(out, base);
    writeStr(out, " + ");
    writeHex(out, size);
    writeStr(out, ": ");
    writeDec(out, width);
    writeStr(out, " bytes at offset ");
    writeHex(out, offset);
    out(10);
  }
  endAfterReport();
}

/** The runtime's allocator could not fit a block of `needed` bytes (header
 *  and alignment included) in the `free` bytes the heap has left: reports
 *  it; in an application thread only that thread ends, elsewhere the
 *  system stops (exit 2). The heap is left as it was. Any context. Does
 *  not return. */
export function outOfMemory(needed: usize, free: u32): void {
  writeOutOfMemory(needed, free);
  endAfterReport();
}

/** Writes `*** ivt OUT OF MEMORY in <context> (needed <n> bytes, <f>
 *  free)`, the report of outOfMemory and of an application's allocator
 *  (kernel/sys.ts sys_out_of_memory). Any context. */
export function writeOutOfMemory(needed: usize, free: u32): void {
  writeStr(out, "\n*** ivt OUT OF MEMORY in ");
  writeContext(out);
  writeStr(out, " (needed ");
  writeDec(out, <u32>needed);
  writeStr(out, " bytes, ");
  writeDec(out, free);
  writeStr(out, " free)\n");
}
