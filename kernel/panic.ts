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

import { portExit, portFaultReg, portPanicPutc, portReset } from "./port";
import { writeDec, writeHex, writeStr, writeWord } from "./format";
import { inInterrupt, runningThreadName, writeContext } from "./context";
import { CRASH_RECORD_WORDS, ON_FATAL_RESET, TRACE_DUMP_AT_EXIT } from "./config";
import { BugCode, bugcheck, faultStopsSystem } from "./bugcheck";
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
  /** Not a wasm trap: the CPU took an exception the kernel did not cause
   *  (a bus error on MMIO, a fault in the host's code); <where> is the pc.
   *  The host gives the exception number, pc, fault status and fault
   *  address as fault_reg 0 to 3 (docs/abi.md). Where the host reports it
   *  with this kind (a handler, interrupts masked), the system stops. */
  CpuFault = 10,
  /** A CPU fault a thread took with interrupts enabled, which the host
   *  reports from the thread itself: reported as CpuFault, and, like a
   *  wasm trap, it ends just that thread unless the thread is one the
   *  system cannot lose. */
  CpuFaultInThread = 11,
}

/** Exit codes seen by a test runner (QEMU semihosting or the sim host). */
export enum ExitCode {
  Ok = 0,
  TestsFailed = 1,
  Abort = 2,
  Trap = 3,
  /** A CPU fault (Trap.CpuFault): the code the hosts gave it before the
   *  kernel reported it (arch/native/ivt-native.h IVT_EXIT_FAULT). */
  Fault = 5,
}

/** Short, stable names of the trap kinds, by number from 1: one string
 *  (format.ts writeWord). */
const TRAP_NAMES =
  "out-of-bounds integer-overflow divide-by-zero invalid-conversion unreachable bad-indirect-call uncaught-exception stack-exhausted mmio-outside-windows cpu-fault";

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

/** Whether a report that stops the system resets it (board.json
 *  `on_fatal: "reset"`, or panicResetOnFatal) instead of halting. */
// @ts-ignore: decorator
@lazy let resetOnFatal: bool = ON_FATAL_RESET;

/** Chooses what a fault that stops the system does after its report:
 *  `reset` true resets the system (the board's no-init record survives and
 *  the next boot prints it), false halts with the exit status. The board's
 *  default is board.json `on_fatal`. Any context. */
export function panicResetOnFatal(reset: bool): void {
  resetOnFatal = reset;
}

function halt(code: i32): void {
  // Off, the hook is not compiled in: no global, no table entry (RAM).
  if (TRACE_DUMP_AT_EXIT) haltHook(out);
  if (resetOnFatal) {
    writeStr(out, "*** ivt reset (on_fatal), exit ");
    writeDec(out, code);
    out(10);
    portReset();
  }
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
  if (kind == Trap.MmioFault) bugcheck(BugCode.MmioViolation, where, 0, 0, 0, 0, fatal);
  else if (kind == Trap.CpuFault) {
    if (CRASH_RECORD_WORDS != 0) bugcheck(BugCode.CpuFault, portFaultReg(0, 0), where, portFaultReg(2, 0), portFaultReg(3, 0), where, fatal);
  }
  else bugcheck(BugCode.WasmTrap, kind, where, 0, 0, where, fatal);
  if (fatal) halt(kind == Trap.CpuFault ? ExitCode.Fault : ExitCode.Trap);
  writeThreadEnded();
}

/** Stops the system after a DMA violation's report (kernel/dma.ts): exit
 *  5, as a CPU fault (a device, not code, did it). Any context. */
export function dmaViolationHalt(): void {
  halt(ExitCode.Fault);
}

/** "*** ivt thread ended; the system goes on": one string for both reports
 *  that end a thread (strings take module memory). */
function writeThreadEnded(): void {
  writeStr(out, "*** ivt thread ended; the system goes on\n");
}

/** How a stack overflow was found (BugCode.StackOverflow's argument 2). */
export enum OverflowFound {
  /** The host found the red zone or canary broken at a switch. */
  AtSwitch = 1,
  /** A function's entry found the stack pointer below the limit (trap
   *  StackExhausted) at code address `where`. */
  OnEntry = 2,
}

/** Reports that thread `name` (id `id`) overflowed its stack, found `how`
 *  (at code address `where` for OnEntry); if `fatal`, stops the system,
 *  else the caller ends the thread. Any context. */
export function reportStackOverflow(name: string, id: u32, how: OverflowFound, where: u32, fatal: bool): void {
  writeStr(out, "\n*** ivt STACK OVERFLOW in thread '");
  writeStr(out, name);
  out(39); // '
  out(10);
  bugcheck(BugCode.StackOverflow, id, how, where, 0, where, fatal, how == OverflowFound.AtSwitch ? name : null, id);
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
  const kernel = file !== null && isKernelFile(file);
  bugcheck(kernel ? BugCode.KernelAssertion : BugCode.Abort, line, column, <u32>changetype<usize>(message), <u32>changetype<usize>(file), 0, faultStopsSystem());
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
  bugcheck(BugCode.Abort, 0, 0, 0, <u32>err, 0, faultStopsSystem());
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

/** Whether `file` (an abort's) is under kernel/: a failed check of the
 *  kernel's own. Compared character by character: a "kernel/" literal
 *  would take module memory on every board. */
function isKernelFile(file: string): bool {
  if (file.length < 7 || file.charCodeAt(6) != 47) return false; // '/'
  const k: u64 = 0x6c656e72656b; // "kernel", a byte each, little end first
  for (let i = 0; i < 6; i++) {
    if (<u64>file.charCodeAt(i) != ((k >> (<u64>i * 8)) & 0xff)) return false;
  }
  return true;
}

/** A kernel driver reached outside its device's register window
 *  (kernel/devregs.ts), or a window was made with fewer than 4 bytes: the
 *  access does not happen. Reported as the host's MMIO gate reports an
 *  address outside the board's windows, `*** ivt TRAP mmio-outside-windows
 *  in <context> at <base + offset>`, then the window and the access. In a thread only that thread ends, elsewhere the
 *  system stops (exit 2), as for an abort. Any context. Does not return. */
export function deviceWindowFault(base: u32, size: u32, offset: u32, width: u32): void {
  writeStr(out, "\n*** ivt TRAP ");
  writeTrapName(out, Trap.MmioFault);
  writeStr(out, " in ");
  writeContext(out);
  writeStr(out, " at ");
  writeHex(out, base + offset);
  out(10);
  writeStr(out, "    outside its device's register window ");
  writeHex(out, base);
  writeStr(out, " + ");
  writeHex(out, size);
  writeStr(out, ": ");
  writeDec(out, width);
  writeStr(out, " bytes at offset ");
  writeHex(out, offset);
  out(10);
  bugcheck(BugCode.MmioViolation, base + offset, width, base, size, 0, faultStopsSystem());
  endAfterReport();
}

/** The runtime's allocator could not fit a block of `needed` bytes (header
 *  and alignment included) in the `free` bytes the heap has left: reports
 *  it; in an application thread only that thread ends, elsewhere the
 *  system stops (exit 2). The heap is left as it was. Any context. Does
 *  not return. */
export function outOfMemory(needed: usize, free: u32): void {
  writeOutOfMemory(needed, free);
  bugcheck(BugCode.OutOfMemory, <u32>needed, free, 0, 0, 0, faultStopsSystem());
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
