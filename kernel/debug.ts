// What a debugger needs to read the kernel's data out of module memory
// without knowing how this build laid it out: a table of field offsets,
// limits and static addresses, written by the compiler (offsetof, the
// settings of kernel/config.ts), exported as the wasm global `ivtdebuginfo`
// so that no optimization drops it. Words of 16 bits (52 bytes of static
// data): module memory is one 64 KiB page at most, so every offset and
// address fits. tools/gdb/ivt.py reads it; the
// objects themselves it finds through module globals by name (wasm2c makes
// each a field of the instance: threadTable is
// ivt_kernel_instance.w2c_kernel_sched_threadTable).
//
//   word  what                          word  what
//   0     magic 0x5644 ("DV")           12    IrqDesc.unhandled
//   1     layout version (3)            13    IrqDesc.spurious
//   2     MAX_THREADS                   14    IrqDesc.worstTop
//   3     Thread.id                     15    IrqDesc.worstLatency
//   4     Thread.name (a string)        16    IrqDesc.disableDepth
//   5     Thread.state (i32 enum)       17    IrqDesc.stormed (bool)
//   6     Thread.priority               18    IrqDesc.chain
//   7     Thread.basePriority           19    IrqHandler.next
//   8     Thread.stackBytes             20    IrqHandler.flags
//   9     Thread.suspended (bool)       21    trace ring address (0: off)
//   10    MAX_VECTORS                   22    TRACE_EVENTS (8 bytes each)
//   11    IrqDesc.handled               23    IrqFlags.Threaded
//                                       24    the descriptor table's address
//                                             (a word per vector from
//                                             FIRST_VECTOR to MAX_VECTORS
//                                             - 1: an IrqDesc address or 0)
//                                       25    FIRST_VECTOR

import { FIRST_VECTOR, MAX_THREADS, MAX_VECTORS, TRACE_ENABLED, TRACE_EVENTS } from "./config";
import { Thread } from "./tcb";
import { IRQ_DESC_TABLE, IrqDesc, IrqFlags, IrqHandler } from "./irq/descriptors";
import { RING } from "./trace";

/** The address of the debug table in module memory. Read by debuggers
 *  only (exported by every image's entry, tools/ivt/gen.js). */
export const ivtdebuginfo: usize = memory.data<u16>([
  0x5644, 3, <u16>MAX_THREADS,
  <u16>offsetof<Thread>("id"), <u16>offsetof<Thread>("name"), <u16>offsetof<Thread>("state"), <u16>offsetof<Thread>("priority"),
  <u16>offsetof<Thread>("basePriority"), <u16>offsetof<Thread>("stackBytes"), <u16>offsetof<Thread>("suspended"),
  <u16>MAX_VECTORS,
  <u16>offsetof<IrqDesc>("handled"), <u16>offsetof<IrqDesc>("unhandled"), <u16>offsetof<IrqDesc>("spurious"),
  <u16>offsetof<IrqDesc>("worstTop"), <u16>offsetof<IrqDesc>("worstLatency"), <u16>offsetof<IrqDesc>("disableDepth"),
  <u16>offsetof<IrqDesc>("stormed"), <u16>offsetof<IrqDesc>("chain"),
  <u16>offsetof<IrqHandler>("next"), <u16>offsetof<IrqHandler>("flags"),
  TRACE_ENABLED ? <u16>RING : 0, TRACE_ENABLED ? <u16>TRACE_EVENTS : 0,
  <u16>IrqFlags.Threaded,
  <u16>IRQ_DESC_TABLE,
  <u16>FIRST_VECTOR,
]);
