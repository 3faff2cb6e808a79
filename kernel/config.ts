// Kernel-wide limits and defaults. `@inline const` so that a changed value
// recompiles away, with no preprocessor.
//
// A board may change the settings that read a BOARD_<NAME> constant: its
// board.json "kernel" object names them, and the build passes each to asc as
// an integer constant (`--use BOARD_<NAME>=<value>`, tools/ivt/gen.js). The
// value after the `:` is everyone else's default.

/** Threads that can exist at once (the idle and timer threads included). */
@inline export const MAX_THREADS: u32 = isDefined(BOARD_MAX_THREADS) ? <u32>BOARD_MAX_THREADS : 32;

/** Priority levels: 0 is the most urgent, PRIORITIES - 1 the idle thread's. */
@inline export const PRIORITIES: u32 = 32;

/** The idle thread's priority: nothing else may use it. */
@inline export const IDLE_PRIORITY: u32 = PRIORITIES - 1;

/** The timer thread's priority: it runs software-timer callbacks and the
 *  deferred calls (deferCall, NAPI polls). */
@inline export const TIMER_THREAD_PRIORITY: u32 = 1;

/** The application's main thread's priority. */
@inline export const MAIN_PRIORITY: u32 = 16;

/** Round-robin time slice among ready threads of equal priority, in ticks;
 *  0 turns time slicing off (equal priorities then take turns only when
 *  the running one yields or blocks). A board chooses it with board.json
 *  "kernel" (the tick rate, board.json "tick_hz", sets how long a tick is). */
@inline export const TIME_SLICE_TICKS: u32 = isDefined(BOARD_TIME_SLICE_TICKS) ? <u32>BOARD_TIME_SLICE_TICKS : 10;

/** The fastest tick, in ticks per second, that a board's tick_hz and
 *  tickSetRate may ask for. The tick's handler is a few hundred
 *  instructions: at 35 kHz on a 25 MHz Cortex-M3 it took the whole CPU,
 *  and at rates a little below, the interrupt-load rule disabled the
 *  tick's own line, after which no timed wait ever ended. A board whose
 *  core is fast enough may raise it (board.json "kernel"). */
@inline export const MAX_TICK_HZ: u32 = isDefined(BOARD_MAX_TICK_HZ) ? <u32>BOARD_MAX_TICK_HZ : 10000;

/** Stack bytes of the kernel's own threads. */
@inline export const IDLE_STACK_BYTES: u32 = isDefined(BOARD_IDLE_STACK_BYTES) ? <u32>BOARD_IDLE_STACK_BYTES : 512;
@inline export const TIMER_STACK_BYTES: u32 = isDefined(BOARD_TIMER_STACK_BYTES) ? <u32>BOARD_TIMER_STACK_BYTES : 1024;
@inline export const MAIN_STACK_BYTES: u32 = isDefined(BOARD_MAIN_STACK_BYTES) ? <u32>BOARD_MAIN_STACK_BYTES : 2048;

/** The lowest bytes of every stack, which a thread may not use: a switch
 *  finding its stack pointer there ends it as overflowed (the host checks;
 *  arch/native/threads.c). */
@inline export const RED_ZONE_BYTES: u32 = isDefined(BOARD_RED_ZONE_BYTES) ? <u32>BOARD_RED_ZONE_BYTES : 256;

/** Smallest stack an application thread may ask for, and enough for one
 *  that makes the ordinary calls (a queue with a timeout, a semaphore, a
 *  mutex, sleep, yield, a line on the console; tests/target/stackuse.ts):
 *  the red zone, the exception frame, saved registers and the deepest of
 *  those calls. A board whose frames are larger sets more (mcf5208evb 768,
 *  microbit 448). The kernel's own threads have their own sizes. */
@inline export const MIN_STACK_BYTES: u32 = isDefined(BOARD_MIN_STACK_BYTES) ? <u32>BOARD_MIN_STACK_BYTES : 512;

/** Notification values per thread (FreeRTOS's
 *  configTASK_NOTIFICATION_ARRAY_ENTRIES): index 0 is notify/notifyTake's,
 *  1 up the indexed calls'. Each slot past the first costs a thread 8
 *  bytes of module memory. */
@inline export const NOTIFY_SLOTS: u32 = isDefined(BOARD_NOTIFY_SLOTS) ? <u32>BOARD_NOTIFY_SLOTS : 1;

/** Bytes of the kernel heap (queue storage), taken once at first use. */
@inline export const KERNEL_HEAP_BYTES: u32 = isDefined(BOARD_KERNEL_HEAP_BYTES) ? <u32>BOARD_KERNEL_HEAP_BYTES : 8192;

/** Blocks the kernel heap can hold at once (queue and buffer storage): 8
 *  bytes of module memory each (kernel/region.ts keeps a row per block in
 *  use; the free space is the gaps between them). */
@inline export const KERNEL_HEAP_BLOCKS: u32 = isDefined(BOARD_KERNEL_HEAP_BLOCKS) ? <u32>BOARD_KERNEL_HEAP_BLOCKS : 64;

/** Interrupt vectors the kernel can describe (its descriptor table):
 *  Cortex-M has 16 + 240, ColdFire 256. A board with fewer may say so; an
 *  interrupt on a vector past the table is counted as spurious. */
@inline export const MAX_VECTORS: u32 = isDefined(BOARD_MAX_VECTORS) ? <u32>BOARD_MAX_VECTORS : 256;

/** The lowest vector the descriptor table covers. A board whose
 *  interrupts start higher says so (ColdFire's start at 64: the vectors
 *  below are the CPU's exceptions) and keeps 4 bytes of static data per
 *  vector below it; an interrupt there is counted as spurious, and a
 *  controller serving a vector below it is refused (irqAddChip). Cortex-M
 *  boards keep 0: SysTick is vector 15, and the table's lookup on every
 *  interrupt is then one instruction shorter. */
@inline export const FIRST_VECTOR: u32 = isDefined(BOARD_FIRST_VECTOR) ? <u32>BOARD_FIRST_VECTOR : 0;

/** The shell's receive ring in bytes, a power of two. More than a line
 *  lets a typist run ahead of the shell; less still loses nothing, because
 *  a full ring stops the receive interrupt until the shell catches up
 *  (flow control, docs/interrupts.md). A board short of RAM may choose 16. */
@inline export const SHELL_RX_BYTES: u32 = isDefined(BOARD_SHELL_RX_BYTES) ? <u32>BOARD_SHELL_RX_BYTES : 128;

/** The longest line the shell takes; longer ones are cut (and counted). */
@inline export const SHELL_LINE_BYTES: i32 = isDefined(BOARD_SHELL_LINE_BYTES) ? <i32>BOARD_SHELL_LINE_BYTES : 80;


/** Debug: every `...Locked` function checks on entry that the kernel lock
 *  is held (kernel/lock.ts assertLocked) and aborts if not. It asks the
 *  host each time (two host calls), so it is off by default; the sim board
 *  turns it on (boards/sim/board.json "kernel"), so the sim suite, the
 *  model test and every sim image run with it. */
@inline export const ASSERT_LOCKED: bool = isDefined(BOARD_ASSERT_LOCKED) ? BOARD_ASSERT_LOCKED != 0 : false;

/** Timeouts in ticks: poll (never block) and wait without limit. */
@inline export const NO_WAIT: u32 = 0;
@inline export const FOREVER: u32 = 0xffffffff;
/** The longest timeout short of FOREVER: deadlines are compared with
 *  wrap-safe differences, which order two ticks only less than 2^31 apart. */
@inline export const MAX_TIMEOUT: u32 = 0x7fffffff;

/** The trace ring (kernel/trace.ts): true records events; false compiles
 *  every trace call away. */
@inline export const TRACE_ENABLED: bool = isDefined(BOARD_TRACE_ENABLED) ? BOARD_TRACE_ENABLED != 0 : true;

/** Run-time statistics (kernel/stats.ts): true counts the cycles each
 *  thread and each interrupt line uses (the shell's `threads`, `top` and
 *  `irq`); false compiles the counting away. */
@inline export const RUN_STATS: bool = isDefined(BOARD_RUN_STATS) ? BOARD_RUN_STATS != 0 : true;

/** Events the trace ring keeps (the newest overwrite the oldest). */
@inline export const TRACE_EVENTS: u32 = isDefined(BOARD_TRACE_EVENTS) ? <u32>BOARD_TRACE_EVENTS : 128;

/** The kernel prints the trace ring in its compact form (traceDumpCompact,
 *  docs/trace.md) when the program ends: main returns or the system stops
 *  after a crash report. `make trace` builds its images with it on. */
@inline export const TRACE_DUMP_AT_EXIT: bool = isDefined(BOARD_TRACE_DUMP_AT_EXIT) ? BOARD_TRACE_DUMP_AT_EXIT != 0 : false;

/** Words of the crash record the host keeps over a reset (kernel/bugcheck.ts;
 *  the C hosts size their no-init area from it): 64 hold every field; a
 *  board short of RAM may keep fewer, losing trace events, then registers,
 *  then backtrace frames (the last sections), at least 21. */
@inline export const CRASH_RECORD_WORDS: u32 = isDefined(BOARD_CRASH_RECORD_WORDS) ? <u32>BOARD_CRASH_RECORD_WORDS : 64;

/** After a report that stops the system, reset it (true) instead of
 *  halting: a field device comes back and its next boot prints the kept
 *  record (docs/crash.md). board.json `"on_fatal": "reset"` sets it;
 *  panicResetOnFatal changes it at run time. */
@inline export const ON_FATAL_RESET: bool = isDefined(BOARD_ON_FATAL_RESET) ? BOARD_ON_FATAL_RESET != 0 : false;

/** Storm rules (kernel/irq/storm.ts). Linux's "nobody cared": of the last
 *  STORM_WINDOW interrupts on a line, more than STORM_UNHANDLED unclaimed. */
@inline export const STORM_WINDOW: u32 = 100000;
@inline export const STORM_UNHANDLED: u32 = 99900;

/** A line that interrupts more than this many times between two ticks (or
 *  keeps the tick from running at all) is a storm, claimed or not: a level
 *  line its handler never quiets. */
@inline export const STORM_BURST: u32 = 20000;

/** A line pending again the moment its handlers claimed and acknowledged
 *  it, this many times in a row, is a level line nobody quiets: a storm. */
@inline export const STORM_STILL_ASSERTED: u32 = 1000;

/** Interrupt-load rule (kernel/irq/storm.ts, docs/interrupts.md): a window of
 *  this many ticks' worth of cycles in which interrupts took over three
 *  quarters of the CPU, over three quarters of them on one line, disables
 *  that line: threads got next to nothing. 0 turns the rule off (the
 *  interrupt-load test's image does: it runs two lines at the board's full
 *  rate on purpose). */
@inline export const IRQ_LOAD_TICKS: u32 = isDefined(BOARD_IRQ_LOAD_TICKS) ? <u32>BOARD_IRQ_LOAD_TICKS : 50;

/** Default priority and stack of a threaded handler's bottom-half thread. */
@inline export const IRQ_THREAD_PRIORITY: u32 = 4;
@inline export const IRQ_THREAD_STACK_BYTES: u32 = isDefined(BOARD_IRQ_THREAD_STACK_BYTES) ? <u32>BOARD_IRQ_THREAD_STACK_BYTES : 1024;


/** Applications in their own modules (docs/isolation.md): kernel objects
 *  an image's applications may hold at once, through handles
 *  (kernel/handles.ts), and how many of them one application may hold, so
 *  that one cannot take them all from the others. */
@inline export const MAX_HANDLES: u32 = isDefined(BOARD_MAX_HANDLES) ? <u32>BOARD_MAX_HANDLES : 32;
@inline export const APP_MAX_HANDLES: u32 = isDefined(BOARD_APP_MAX_HANDLES) ? <u32>BOARD_APP_MAX_HANDLES : 24;
/** Whether a handle's slot stays pinned while a system call works on its
 *  object, so that a create cannot take the slot (and the object kept for
 *  it) from under the call (kernel/handles.ts). Always on: only the image
 *  that shows the pins are needed switches it off
 *  (tests/isolation-race-unpinned, whose calls must then land on another
 *  application's objects, so that tests/isolation-race can fail). */
@inline export const HANDLE_PINS: bool = isDefined(BOARD_HANDLE_PINS) ? BOARD_HANDLE_PINS != 0 : true;
/** The most urgent priority an application's thread may have: below the
 *  kernel's timer thread and the interrupt bottom halves, so no
 *  application can keep them from running. */
@inline export const APP_PRIORITY_FIRST: u32 = IRQ_THREAD_PRIORITY + 1;
/** The largest queue item an application may use: items cross between its
 *  memory and the kernel's through a buffer of this size per thread. */
@inline export const APP_ITEM_BYTES: u32 = isDefined(BOARD_APP_ITEM_BYTES) ? <u32>BOARD_APP_ITEM_BYTES : 32;
/** Bytes threadCreate adds to the stack a kernel thread asks for: none (an
 *  application's library says APP_STACK_EXTRA_BYTES under the same name,
 *  user/ivt.ts, so code written for either API can size a stack bound). */
@inline export const STACK_EXTRA_BYTES: u32 = 0;

/** Bytes the kernel adds to every stack an application asks for: its
 *  threads run the application's frames, the system call's and the
 *  kernel's on one stack, so MIN_STACK_BYTES keeps meaning "room for
 *  ordinary calls" to an application (measured: tests/isolation on
 *  mcf5208evb overflowed a MIN_STACK_BYTES stack in a queue receive). */
@inline export const APP_STACK_EXTRA_BYTES: u32 = isDefined(BOARD_APP_STACK_EXTRA_BYTES) ? <u32>BOARD_APP_STACK_EXTRA_BYTES : 256;
/** Stack of an application's main thread. */
@inline export const APP_MAIN_STACK_BYTES: u32 = isDefined(BOARD_APP_MAIN_STACK_BYTES) ? <u32>BOARD_APP_MAIN_STACK_BYTES : 2048;
/** Whether the image has applications in their own modules (the build
 *  defines IVT_ISOLATED_APPS for their kernel): the fault path then ends a
 *  faulting thread's whole application (kernel/apps.ts). */
@inline export const ISOLATED_APPS: bool = isDefined(IVT_ISOLATED_APPS);
/** Whether the core faults on an unaligned word access (ARMv6-M: Cortex-M0,
 *  M0+, M1; the build defines IVT_STRICT_ALIGNMENT from board.json "cpu",
 *  tools/ivt/gen.js). There every translated load and store whose address
 *  GCC cannot prove aligned tests it first (arch/wasm-rt/ivt-memcpy.h), so
 *  the kernel says where an address is known aligned (knownAligned,
 *  kernel/heap-layout.ts). */
@inline export const STRICT_ALIGNMENT: bool = isDefined(IVT_STRICT_ALIGNMENT);
