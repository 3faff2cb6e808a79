// The exports of kernel.wasm: the host's only ways into the kernel.
// Documented in docs/abi.md; the generated entry module re-exports these.

import { boot, threadStopsSystem } from "./boot";
import { dispatchInterrupt } from "./irq";
import { OverflowFound, Trap, endReportedFault, reportStackOverflow, reportTrap, trapAlreadyReported } from "./panic";
import { threadCurrent, threadTable } from "./sched";
import { threadExit, switchThreads, threadEntry } from "./thread";
import { inInterrupt } from "./context";
import { appFault, appFaultStart } from "./apps";
import { CRASH_RECORD_WORDS, ISOLATED_APPS, MAX_THREADS } from "./config";
import { ThreadState } from "./tcb";
import { portCrashFrame } from "./port";

/** Boot entry. The host calls it once, after instantiation, with the bytes
 *  of linear memory and of stack arena it really provides. Runs the board
 *  init, creates the kernel's threads and hands over to the host's
 *  thread_start. Thread context (boot). */
export function ivtboot(memoryBytes: u32, stackArenaBytes: u32): i32 {
  return boot(memoryBytes, stackArenaBytes);
}

/** Every interrupt of every architecture enters here. The host's stub
 *  passes the vector number (on Cortex-M the exception number: 15 is
 *  SysTick, 16 + n is IRQ n). Interrupt context. */
export function ivthandleinterrupt(vector: u32): void {
  dispatchInterrupt(vector);
}

/** The host's context switch asks which thread runs next, when the kernel
 *  did not tell it already (switch_to) or the outgoing thread's stack was
 *  found overflowed. `overflowed` is 0, or 1 + the id of the thread the
 *  host is leaving whose red zone or canary was broken: an application
 *  thread ends, one of the kernel's own (or main) stops the system, as for
 *  a stack-exhausted trap. Returns the thread id. No interrupt active,
 *  interrupts masked by the host. */
export function ivtswitch(overflowed: u32): u32 {
  const victim = overflowed != 0 && overflowed <= MAX_THREADS ? unchecked(threadTable[overflowed - 1]) : null;
  if (victim !== null && victim.state != ThreadState.Dead && threadStopsSystem(victim)) reportStackOverflow(victim.name, victim.id, OverflowFound.AtSwitch, 0, true);
  return switchThreads(victim);
}

/** A thread's first code: the host calls it on the thread's own stack the
 *  first time the thread runs. Does not return. Thread context. */
export function ivtthreadentry(id: u32): void {
  threadEntry(id);
}

/** The host reports a trap it caught while running the module (kinds in
 *  kernel/panic.ts) with a host code address. In an application thread the
 *  thread ends with a report and the system goes on; in the main thread,
 *  an interrupt handler or boot, the system stops (and for a CPU fault the
 *  host did not report as Trap.CpuFaultInThread). StackExhausted in a
 *  thread is reported as a STACK OVERFLOW. Does not return. */
export function ivttrap(kind: u32, where: u32): void {
  const t = threadCurrent();
  // A CPU fault ends its thread alone only where the host says the thread
  // took it with interrupts enabled (Trap.CpuFaultInThread).
  const fatal = t === null || inInterrupt() || threadStopsSystem(t) || kind == Trap.CpuFault;
  if (kind == Trap.CpuFaultInThread) kind = Trap.CpuFault;
  if (ISOLATED_APPS && !fatal && t!.app != 0) appFaultStart(t!);
  // An abort or out-of-memory report ends its thread through a trap
  // (kernel/panic.ts): reported already. A thread that ran out of stack is
  // named as such, the same report as when a switch finds its canary broken.
  if (trapAlreadyReported()) {
    if (CRASH_RECORD_WORDS != 0) portCrashFrame(0xffffffff); // the record was made: drop the trap's backtrace
    endReportedFault(fatal);
  }
  else if (kind == Trap.StackExhausted && t !== null && !inInterrupt()) reportStackOverflow(t.name, t.id, OverflowFound.OnEntry, where, fatal);
  else reportTrap(kind, where, fatal);
  // A thread of an application in its own module: the whole application
  // ends (kernel/apps.ts), the rest of the system goes on.
  if (ISOLATED_APPS && t !== null && t.app != 0 && !inInterrupt()) appFault(t.app, t);
  threadExit();
}


const BYTE_ORDER_MARK = memory.data(4);

/** The host checks at boot that it reads linear memory as the module
 *  writes it: this stores 0x04030201 and returns its address, whose bytes
 *  must read 01 02 03 04 (WebAssembly memory is little-endian, whatever
 *  the CPU). Any context. */
export function ivtbyteorder(): u32 {
  store<u32>(BYTE_ORDER_MARK, 0x04030201);
  return <u32>BYTE_ORDER_MARK;
}
