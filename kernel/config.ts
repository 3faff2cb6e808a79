// Kernel-wide limits and defaults. `@inline const` so that a changed value
// recompiles away, with no preprocessor.

/** Threads that can exist at once (the idle and timer threads included). */
@inline export const MAX_THREADS: u32 = 32;

/** Priority levels: 0 is the most urgent, PRIORITIES - 1 the idle thread's. */
@inline export const PRIORITIES: u32 = 32;

/** The idle thread's priority: nothing else may use it. */
@inline export const IDLE_PRIORITY: u32 = PRIORITIES - 1;

/** The software-timer thread's priority. */
@inline export const TIMER_THREAD_PRIORITY: u32 = 1;

/** The application's main thread's priority. */
@inline export const MAIN_PRIORITY: u32 = 16;

/** Round-robin time slice among ready threads of equal priority, in ticks;
 *  0 turns time slicing off. */
@inline export const TIME_SLICE_TICKS: u32 = 10;

/** Stack bytes of the kernel's own threads. */
@inline export const IDLE_STACK_BYTES: u32 = 512;
@inline export const TIMER_STACK_BYTES: u32 = 1024;
@inline export const MAIN_STACK_BYTES: u32 = 2048;

/** The lowest bytes of every stack, which a thread may not use: a switch
 *  finding its stack pointer there ends it as overflowed (the host checks;
 *  arch/cortex-m/threads.c). */
@inline export const RED_ZONE_BYTES: u32 = 256;

/** Smallest stack a thread may ask for: the red zone, the exception frame,
 *  saved registers and a little wasm2c code. */
@inline export const MIN_STACK_BYTES: u32 = 512;

/** Bytes of the kernel heap (queue storage), taken once at first use. */
@inline export const KERNEL_HEAP_BYTES: u32 = 8192;

/** Timeouts in ticks: poll (never block) and wait without limit. */
@inline export const NO_WAIT: u32 = 0;
@inline export const FOREVER: u32 = 0xffffffff;
