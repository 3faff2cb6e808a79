// The host ABI: everything kernel.wasm needs from whatever runs it.
//
// Every import lives in the WebAssembly module "ivt". A host implements
// all of them: arch/sim/ in JavaScript for Node (host.js), arch/cortex-m/
// and arch/coldfire/ in C (with arch/native/) for wasm2c output.
// docs/abi.md is the contract in prose; this file is the contract in code
// and the only place the kernel touches a host.
//
// Context column in docs/abi.md says from where each may be called; the
// host guarantees each import returns (except exit) and never re-enters
// the module, except idle(), irq_restore() and poll(), which may deliver
// pending interrupts through ivthandleinterrupt before they return.

/** Masks interrupts. Returns: the previous mask state, for portIrqRestore. Any context. */
@external("ivt", "irq_save")
export declare function portIrqSave(): u32;

/** Restores the mask state returned by portIrqSave. Any context. */
@external("ivt", "irq_restore")
export declare function portIrqRestore(state: u32): void;

/** Asks the host to run the scheduler's switch at the first point where no
 *  interrupt is active (PendSV on Cortex-M). Any context. */
@external("ivt", "switch_request")
export declare function portSwitchRequest(): void;

/** As portSwitchRequest, when the kernel has already made thread `id` the
 *  running one (its choice, statistics and trace done): the host's switch
 *  only saves the outgoing thread's registers and loads `id`'s, without
 *  calling ivtswitch, unless a switch_request came after, or it finds the
 *  outgoing thread's stack overflowed. Thread context, kernel lock held,
 *  with interrupts enabled once it is released; or the outermost
 *  interrupt's end (the dispatch), kernel lock held. */
@external("ivt", "switch_to")
export declare function portSwitchTo(id: u32): void;

/** Sleeps until an interrupt is pending (WFI). Called with interrupts masked
 *  by portIrqSave and returns with them still masked; the caller's
 *  portIrqRestore then takes the interrupt, so no wake-up is lost. Thread context. */
@external("ivt", "idle")
export declare function portIdle(): void;

/** A poll point: the host may deliver pending interrupts here, and the
 *  compiler must read any memory or global afresh after it (a native host
 *  implements it as an external function the C compiler cannot see into,
 *  so a load in a polling loop is never hoisted out of the loop). Cheap:
 *  a call that returns at once on a board. Any context. */
@external("ivt", "poll")
export declare function portPoll(): void;

/** Reads a device register. Errors: an address outside the board's register
 *  windows is a fatal MMIO fault reported by the host. Any context. */
@external("ivt", "mmio_read8")
export declare function mmioRead8(addr: u32): u32;
@external("ivt", "mmio_read16")
export declare function mmioRead16(addr: u32): u32;
@external("ivt", "mmio_read32")
export declare function mmioRead32(addr: u32): u32;

/** Writes a device register (same window rule as the reads). Any context. */
@external("ivt", "mmio_write8")
export declare function mmioWrite8(addr: u32, value: u32): void;
@external("ivt", "mmio_write16")
export declare function mmioWrite16(addr: u32, value: u32): void;
@external("ivt", "mmio_write32")
export declare function mmioWrite32(addr: u32, value: u32): void;

/** A free-running 32-bit counter of CPU cycles (instructions under QEMU
 *  -icount, virtual cycles on sim). Wraps; subtract as u32. Any context. */
@external("ivt", "cycles")
export declare function portCycles(): u32;

/** Writes one byte to the last-resort console, polled, with no driver and no
 *  interrupt. Used by crash reports only. Any context. */
@external("ivt", "panic_putc")
export declare function portPanicPutc(c: u32): void;

/** Prepares thread `id`'s stack in the host's stack arena, bytes
 *  [offset, offset + bytes), so that the first switch to `id` calls
 *  ivtthreadentry(id). Kernel lock held. Thread context. */
@external("ivt", "thread_init")
export declare function portThreadInit(id: u32, offset: u32, bytes: u32): void;

/** Bytes of thread `id`'s stack that nothing has written since its
 *  thread_init: the stack grows down, so this is the part between its
 *  bottom (past a board's canary) and the deepest point it has reached.
 *  On a board, the words still holding the paint thread_init wrote; on sim,
 *  the save area's size less the most any switch saved into it. 0 for an id
 *  with no stack. Any context. */
@external("ivt", "stack_unused")
export declare function portStackUnused(id: u32): u32;

/** Ends the boot context: from now on the host runs threads, asking
 *  ivtswitch which one at every switch. Does not return. Thread context (boot). */
@external("ivt", "thread_start")
export declare function portThreadStart(): void;

/** Ends the program with a status code (tests: QEMU exits via semihosting,
 *  sim exits Node). Does not return. Any context. */
@external("ivt", "exit")
export declare function portExit(code: i32): void;

// ---- crash records (kernel/bugcheck.ts, docs/crash.md) ----------------------
// The host keeps one record of RECORD_WORDS words in memory that a warm
// reset does not clear (a board's no-init RAM; sim's host memory, kept over
// sim's reset), with a checksum of its own.

/** Writes word `index` of the record being made (ignored past the host's
 *  area). Any context. */
@external("ivt", "crash_put")
export declare function portCrashPut(index: u32, word: u32): void;

/** Word `index` of the record (0 past the host's area). Any context. */
@external("ivt", "crash_get")
export declare function portCrashGet(index: u32): u32;

/** Makes the first `words` words the kept record: the host stores their
 *  count and checksum beside them. Any context. */
@external("ivt", "crash_seal")
export declare function portCrashSeal(words: u32): void;

/** The words of the kept record; 0 when there is none; -1 when the area
 *  held one whose checksum is wrong (the host clears it). Any context. */
@external("ivt", "crash_saved")
export declare function portCrashSaved(): i32;

/** Forgets the kept record. Any context. */
@external("ivt", "crash_clear")
export declare function portCrashClear(): void;

/** Code address of frame `depth` (0 innermost) of the fault being
 *  reported, 0 past the last. The host captures the frames when it
 *  catches a trap or a CPU fault; for a fault the kernel finds itself
 *  (an abort, a stack overflow found at a switch), a call with depth 0
 *  captures the caller's own stack. Any context. */
@external("ivt", "crash_frame")
export declare function portCrashFrame(depth: u32): u32;

/** Character `index` of the name of the function holding code address
 *  `where` (a wasm function's path, "kernel/sched/threadYield", or a host
 *  function's name); 0 past its end or when the host has no name for it.
 *  Any context. */
@external("ivt", "code_name")
export declare function portCodeName(where: u32, index: u32): u32;

/** Offset of `where` from the start of its function; 0xffffffff when
 *  unknown. Any context. */
@external("ivt", "code_offset")
export declare function portCodeOffset(where: u32): u32;

/** The number of characters of text reference `text` (TEXT_TAG | id, put
 *  in the code by the build for a literal passed to a print function:
 *  kernel/format.ts); 0 for an id the image has no text for. Any context. */
@external("ivt", "text_length")
export declare function portTextLength(text: usize): u32;

/** Character `index` (0 <= index < portTextLength(text)) of text reference
 *  `text`, one byte; 0 outside. Any context. */
@external("ivt", "text_char")
export declare function portTextChar(text: usize, index: i32): u32;

/** Register `index` of the CPU fault being reported: `what` 0 its value,
 *  1 + k character k of its name (the arch's, the same after a reset: the
 *  kept record's registers are named by it too; 0 past the end). Index
 *  0xffffffff with `what` 0: how many registers the fault being reported
 *  has (0 for a fault the CPU did not raise). Registers 0 to 3 are the
 *  exception or vector number, the pc, the fault status and the fault
 *  address; the arch's others follow. Any context. */
@external("ivt", "fault_reg")
export declare function portFaultReg(index: u32, what: u32): u32;

/** The image's build id: the first 32 bits of the SHA-256 of kernel.wasm.
 *  Any context. */
@external("ivt", "build_id")
export declare function portBuildId(): u32;

/** Resets the system as the chip's reset does (what a board's `on_fatal:
 *  "reset"` asks for after a report); the no-init area survives. Does not
 *  return. Any context. */
@external("ivt", "reset")
export declare function portReset(): void;

// ---- applications in their own modules (docs/isolation.md) ----------------
// Imported only by images with isolated applications (kernel/apps.ts): an
// image without them does not import these, and its host need not give them.

/** Calls into application `app` (0-based, in the image's order) on the
 *  running thread: `fn` 0 runs the application's main and returns its
 *  result; otherwise `fn` is a function reference of the application's
 *  (an entry it gave thread_create), called with `arg`, and the result is
 *  0. A trap in the application does not come back here: the host reports
 *  it through ivttrap. Thread context. */
@external("ivt", "app_enter")
export declare function portAppEnter(app: u32, fn: u32, arg: u32): i32;

/** Copies `len` bytes from address `from` of application `app`'s memory
 *  to kernel address `to`. Returns 1, or 0 (nothing copied) if
 *  [from, from + len) is not inside the application's memory. Any context. */
@external("ivt", "app_copy_in")
export declare function portAppCopyIn(app: u32, from: u32, to: usize, len: u32): u32;

/** Copies `len` bytes from kernel address `from` to address `to` of
 *  application `app`'s memory. Returns 1, or 0 (nothing copied) if
 *  [to, to + len) is not inside the application's memory. Any context. */
@external("ivt", "app_copy_out")
export declare function portAppCopyOut(app: u32, from: usize, to: u32, len: u32): u32;

/** Bytes of application `app`'s linear memory: addresses at or past it
 *  are outside. Any context. */
@external("ivt", "app_memory_bytes")
export declare function portAppMemoryBytes(app: u32): u32;

/** Puts application `app` back as it was at boot: a fresh instance (its
 *  memory, globals and data re-made, its start function run again), for a
 *  restart after a fault. None of its code may be running on any stack
 *  that will run again. Returns 1, or 0 if the host cannot. Thread context. */
@external("ivt", "app_reset")
export declare function portAppReset(app: u32): u32;
