/*
 * What the shared native host code (arch/native/) and an architecture's
 * own code (arch/<arch>/) give each other. An architecture provides the
 * functions marked "arch"; arch/native provides the rest.
 */
#ifndef IVT_NATIVE_H
#define IVT_NATIVE_H
#include <stdint.h>

#include "ivt-runtime.h"
#include "kernel.h"

/* Trap kinds of kernel/panic.ts: a stack below its limit, an MMIO access
 * outside the board's windows. */
#define IVT_TRAP_STACK_EXHAUSTED 8u
#define IVT_TRAP_MMIO_FAULT 9u
/* A CPU exception the kernel did not cause (kernel/panic.ts Trap.CpuFault):
 * taken where the system must stop (a handler, interrupts masked). */
#define IVT_TRAP_CPU_FAULT 10u
/* The same, taken by a thread with interrupts enabled, reported from that
 * thread (Trap.CpuFaultInThread): the kernel may end just the thread. */
#define IVT_TRAP_CPU_FAULT_IN_THREAD 11u

/* Exit codes beyond the kernel's (kernel/panic.ts ExitCode). */
#define IVT_EXIT_FAULT 5
#define IVT_EXIT_RUNTIME 6

extern Z_kernel_instance_t ivt_kernel_instance;

/* boot.c: the C half of reset, once the arch has a stack. Does not return. */
__attribute__((noreturn)) void ivt_boot(void);

/* console.c: the panic console (polled, no driver, any context). */
void ivt_panic_putc(uint8_t c);
void ivt_panic_puts(const char* s);
void ivt_panic_hex(uint32_t v);
/* The register clobber test (regs_check): 0 if register `name` still held
 * `want`; else names it and both values on the panic console and returns 1. */
uint32_t ivt_regs_compare(const char* name, uint32_t got, uint32_t want);

/* mmio.c: starts the board's cycle counter (board.json cycle_counter.init). */
void ivt_cycles_start(void);

/* threads.c: the stack arena, thread switch bookkeeping. */
uint32_t ivt_stack_arena_bytes(void);
/* Every stack's free part holds this word until code uses it: thread
 * stacks from thread_init, the interrupt stack from reset (ivt_paint_stack),
 * so the words still holding it at any time are the part never used
 * (`make size` reads them: tools/ivt/ramuse.js). */
#define IVT_STACK_PAINT 0x5AC4ED57u
/* Fills [from, to) with IVT_STACK_PAINT. */
void ivt_paint_stack(uint32_t* from, uint32_t* to);
/* Called by the arch's switch code with the outgoing thread's saved SP
 * (NULL for the first switch); returns the incoming thread's. Interrupts
 * masked. */
uint32_t* ivt_switch(uint32_t* sp);
/* ivt_next_id: the thread the kernel already made the running one for
 * the pending switch (switch_to), or -1: ivt_switch asks ivtswitch. */
#include "ivt-switch-state.h"
/* A thread's first C code, on its own stack. Does not return. */
__attribute__((noreturn)) void ivt_thread_trampoline(uint32_t id);
/* Sets ivt_stack_limit (arch/wasm-rt/ivt-stack.h) for boot, which runs on
 * the interrupt stack. Called first thing at boot. */
void ivt_stack_limit_init(void);
/* The running code's stack limit, which the arch's interrupt entry sets
 * to the interrupt stack's (IVT_IRQ_STACK_LIMIT, ivt-stack-layout.h) around
 * the kernel's call and puts back after. */
#if IVT_STACK_LIMIT_IN_R9
register uintptr_t ivt_stack_limit __asm__("r9"); /* see ivt-stack.h */
#else
extern uintptr_t ivt_stack_limit;
#endif

/* arch: builds a new thread's first frame below `top` so that the arch's
 * switch code resumes it in ivt_thread_trampoline(id) with `limit` as its
 * stack limit (an arch that keeps it in a register restores it with the
 * others); returns its SP. */
uint32_t* ivt_arch_first_frame(uint32_t* top, uint32_t id, uintptr_t limit);

/* Masks interrupts and returns the previous state; ivt_arch_irq_unmask puts
 * it back. Unlike the ABI's irq_save/irq_restore, the restore never takes a
 * switch the thread asked for meanwhile (ColdFire's does): for the panic
 * console, which also runs in fault handlers. Any context. */
uint32_t ivt_arch_irq_mask(void);
void ivt_arch_irq_unmask(uint32_t state);
/* arch: ivt_stack_exhausted (ivt-stack.h), called from the translated
 * function at `where` whose frame went below ivt_stack_limit: without
 * touching the stack below, moves the stack pointer up to ivt_stack_limit
 * and calls this (threads.c), which does not return. */
__attribute__((noreturn)) void ivt_stack_exhausted_at(uint32_t where);
/* arch: moves the stack pointer to `sp` (the frames above are abandoned)
 * and calls fn(kind, where) there. For a stack that ran out. */
__attribute__((noreturn)) void ivt_arch_call_on_stack(uint32_t* sp, uint32_t kind, uint32_t where,
                                                      void (*fn)(uint32_t, uint32_t));
/* threads.c: the top of the stack that holds address `sp` (a thread's, or
 * the interrupt stack's), for a backtrace's scan; `sp` itself if none does. */
const uint32_t* ivt_stack_top_of(uintptr_t sp);
/* threads.c: reports a trap of `kind` at `where` through the kernel on a
 * fresh stack, with no backtrace captured here (the caller has). */
__attribute__((noreturn)) void ivt_trap_report(uint32_t kind, uint32_t where);
/* threads.c: CPU faults a thread may survive (the rest of the system, that
 * is: the thread ends). The arch's fault handler asks
 * ivt_cpu_fault_containable() when the CPU was in thread context with
 * interrupts enabled; if so it keeps the registers and backtrace as for
 * any fault, calls ivt_cpu_fault_contain(pc) and returns from the
 * exception into ivt_cpu_fault_resume (its frame's pc rewritten), which
 * reports the fault from the thread itself: a thread can be ended only
 * from thread context, never from inside the fault handler. A second fault
 * in that thread before it ends (in its own report) is not containable. */
int ivt_cpu_fault_containable(void);
void ivt_cpu_fault_contain(uint32_t pc);
__attribute__((noreturn)) void ivt_cpu_fault_resume(void);

/* threads.c: the bottom of the stack that holds address `sp` (a thread's,
 * or the interrupt stack's); NULL if none does. */
const uint32_t* ivt_stack_bottom_of(uintptr_t sp);
/* crash.c: captures a backtrace for the crash record (crash_frame): `first`
 * (if not 0) as frame 0, then the return addresses found on the stack
 * from `sp` up, stopping at `end` (if not NULL) before the stack's top,
 * starting with the caller of function `from` (0: any). The scan runs on
 * the caller's stack and needs IVT_CRASH_SCAN_ROOM bytes of it above the
 * red zone (arch.json "crash_scan_room_bytes"; the build checks the scan's
 * stack use against it, tools/ivt/frames.js): where that room is not
 * there it captures nothing and returns 0 (the caller may capture from a
 * fresh stack instead); else 1. Any context. */
int ivt_crash_capture_to(const uint32_t* sp, const uint32_t* end, uint32_t first, uint32_t from);
/* crash.c: keeps register `index` of the CPU's registers at a fault for
 * the record (fault_reg), given in order from 0 (index 0 starts a new
 * fault's set): exception or vector number, pc, fault status, fault
 * address, then the arch's others, as ivt_fault_reg_names names them. One
 * at a time, with no array on the fault handler's stack: its frame counts
 * against the red zone (tools/ivt/frames.js). */
void ivt_crash_fault_reg(uint32_t index, uint32_t value);
/* arch: the most registers a CPU fault's record holds, and their names. */
#define IVT_FAULT_REGS 14u
extern const char* const ivt_fault_reg_names[IVT_FAULT_REGS];
/* arch: whether `word`, a value found on a stack whose address (Thumb bit
 * aside) lies in the image's code, is a return address: it follows a call
 * instruction. If so, *target is the called function's address when the
 * instruction holds it, 0 for a call through a register. */
int ivt_arch_call_before(uint32_t word, uint32_t* target);
/* arch: resets the system as the chip's reset does; the no-init area
 * (crash.c) survives. Does not return. */
__attribute__((noreturn)) void ivt_arch_reset(void);

/* arch: ends the boot context and resumes the first thread. */
__attribute__((noreturn)) void ivt_start_threads(void);
/* arch: one-time set-up before the kernel boots (priorities, VBR, ...). */
void ivt_arch_init(void);
/* arch: stops the program with `code` (semihosting under QEMU). */
__attribute__((noreturn)) void ivt_exit(int32_t code);
#endif
