// Crash reports: WebAssembly traps, AssemblyScript aborts, host faults.
//
// Every report goes out through the host's polled panic console (no driver,
// no interrupt), in one stable format that tools/ivt/symbolize.js reads:
//
//   *** ivt TRAP <kind> in <context> at <where>
//   *** ivt ABORT in <context>: <message> at <file>:<line>:<col>
//   *** ivt halted, exit <code>
//
// <where> is a host code address (native PC, or the wasm function index on
// sim); the host tool turns it into a function name.

import { portExit, portPanicPutc } from "./port";
import { writeDec, writeHex, writeStr, writeWord } from "./format";
import { writeContext } from "./context";

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
   *  register windows; <where> is the address. */
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

function halt(code: i32): void {
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

/** AssemblyScript's abort (failed assert, bounds check of a checked array
 *  access, explicit abort()): report and stop. Wired in with asc's
 *  `--use abort=kernel/panic/ivtAbort`. Any context. Does not return. */
export function ivtAbort(
  message: string | null = null,
  file: string | null = null,
  line: u32 = 0,
  column: u32 = 0,
): void {
  writeStr(out, "\n*** ivt ABORT in ");
  writeContext(out);
  writeStr(out, ": ");
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
  halt(ExitCode.Abort);
  unreachable();
}
