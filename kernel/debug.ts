// What a debugger needs to read the kernel's data out of module memory
// without knowing how this build laid it out: a table of field offsets,
// limits and static addresses, written by the compiler (offsetof, the
// settings of kernel/config.ts), exported as the wasm global `ivtdebuginfo`
// so that no optimization drops it. tools/gdb/ivt.py reads it; the
// objects themselves it finds through module globals by name (wasm2c makes
// each a field of the instance: threadTable is
// ivt_kernel_instance.w2c_kernel_sched_threadTable).
//
//   word  what                          word  what
//   0     magic 0x44545649 ("IVTD")     12    IrqDesc.unhandled
//   1     layout version (1)            13    IrqDesc.spurious
//   2     MAX_THREADS                   14    IrqDesc.worstTop
//   3     Thread.id                     15    IrqDesc.worstLatency
//   4     Thread.name (a string)        16    IrqDesc.disableDepth
//   5     Thread.state (u8 enum)        17    IrqDesc.stormed (bool)
//   6     Thread.priority               18    IrqDesc.chain
//   7     Thread.basePriority           19    IrqHandler.next
//   8     Thread.stackBytes             20    IrqHandler.flags
//   9     Thread.suspended (bool)       21    trace ring address (0: off)
//   10    MAX_VECTORS                   22    TRACE_EVENTS (8 bytes each)
//   11    IrqDesc.handled               23    IrqFlags.Threaded

import { MAX_THREADS, MAX_VECTORS, TRACE_ENABLED, TRACE_EVENTS } from "./config";
import { Thread } from "./tcb";
import { IrqDesc, IrqFlags, IrqHandler } from "./irq/descriptors";
import { RING } from "./trace";

/** The address of the debug table in module memory. Read by debuggers
 *  only (exported by every image's entry, tools/ivt/gen.js). */
export const ivtdebuginfo: usize = memory.data<u32>([
  0x44545649, 1, MAX_THREADS,
  offsetof<Thread>("id"), offsetof<Thread>("name"), offsetof<Thread>("state"), offsetof<Thread>("priority"),
  offsetof<Thread>("basePriority"), offsetof<Thread>("stackBytes"), offsetof<Thread>("suspended"),
  MAX_VECTORS,
  offsetof<IrqDesc>("handled"), offsetof<IrqDesc>("unhandled"), offsetof<IrqDesc>("spurious"),
  offsetof<IrqDesc>("worstTop"), offsetof<IrqDesc>("worstLatency"), offsetof<IrqDesc>("disableDepth"),
  offsetof<IrqDesc>("stormed"), offsetof<IrqDesc>("chain"),
  offsetof<IrqHandler>("next"), offsetof<IrqHandler>("flags"),
  TRACE_ENABLED ? <u32>RING : 0, TRACE_ENABLED ? TRACE_EVENTS : 0,
  IrqFlags.Threaded,
]);
