/* Shared between the Cortex-M port's C files. */
#ifndef IVT_CORTEX_M_H
#define IVT_CORTEX_M_H
#include <stdint.h>
#include "ivt-runtime.h"

/* Trap kind for an MMIO access outside the board's windows (kernel/panic.ts). */
#define IVT_TRAP_MMIO_FAULT 9u

/* Exit codes beyond the kernel's (kernel/panic.ts ExitCode). */
#define IVT_EXIT_FAULT 5
#define IVT_EXIT_RUNTIME 6

extern Z_kernel_instance_t ivt_kernel_instance;

void ivt_threads_init(void);
uint32_t ivt_stack_arena_bytes(void);
void ivt_panic_putc(uint8_t c);
void ivt_panic_puts(const char* s);
__attribute__((noreturn)) void ivt_exit(int32_t code);
#endif
