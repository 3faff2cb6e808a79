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
import { writeDec, writeHex, writeStr } from "./format";
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

/** A short, stable name for a trap kind. Any context. */
export function trapName(kind: u32): string {
  switch (kind) {
    case Trap.OutOfBounds: return "out-of-bounds";
    case Trap.IntOverflow: return "integer-overflow";
    case Trap.DivByZero: return "divide-by-zero";
    case Trap.InvalidConversion: return "invalid-conversion";
    case Trap.Unreachable: return "unreachable";
    case Trap.CallIndirect: return "bad-indirect-call";
    case Trap.UncaughtException: return "uncaught-exception";
    case Trap.StackExhausted: return "stack-exhausted";
    case Trap.MmioFault: return "mmio-outside-windows";
  }
  return "unknown";
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
  writeStr(out, trapName(kind));
  writeStr(out, " in ");
  writeContext(out);
  writeStr(out, " at ");
  writeHex(out, where);
  out(10);
  if (fatal) halt(ExitCode.Trap);
  writeStr(out, "*** ivt thread ended; the system goes on\n");
}

/** Reports that thread `name` overflowed its stack (the host found its
 *  canary broken at a switch); the caller ends the thread. Any context. */
export function reportStackOverflow(name: string): void {
  writeStr(out, "\n*** ivt STACK OVERFLOW in thread '");
  writeStr(out, name);
  writeStr(out, "'\n*** ivt thread ended; the system goes on\n");
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
