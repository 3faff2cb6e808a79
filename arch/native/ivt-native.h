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

/* Trap kind for an MMIO access outside the board's windows (kernel/panic.ts). */
#define IVT_TRAP_MMIO_FAULT 9u

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

/* mmio.c: starts the board's cycle counter (board.json cycle_counter.init). */
void ivt_cycles_start(void);

/* threads.c: the stack arena, thread switch bookkeeping. */
uint32_t ivt_stack_arena_bytes(void);
/* Called by the arch's switch code with the outgoing thread's saved SP
 * (NULL for the first switch); returns the incoming thread's. Interrupts
 * masked. */
uint32_t* ivt_switch(uint32_t* sp);
/* A thread's first C code, on its own stack. Does not return. */
__attribute__((noreturn)) void ivt_thread_trampoline(uint32_t id);

/* arch: builds a new thread's first frame below `top` so that the arch's
 * switch code resumes it in ivt_thread_trampoline(id); returns its SP. */
uint32_t* ivt_arch_first_frame(uint32_t* top, uint32_t id);
/* arch: ends the boot context and resumes the first thread. */
__attribute__((noreturn)) void ivt_start_threads(void);
/* arch: one-time set-up before the kernel boots (priorities, VBR, ...). */
void ivt_arch_init(void);
/* arch: stops the program with `code` (semihosting under QEMU). */
__attribute__((noreturn)) void ivt_exit(int32_t code);
#endif
