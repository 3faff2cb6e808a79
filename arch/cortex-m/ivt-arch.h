/* What arch-neutral C (arch/wasm-rt/ivt-stack.h) needs to know of Cortex-M. */
#ifndef IVT_ARCH_H
#define IVT_ARCH_H
#include <stdint.h>

/* The current stack pointer (MSP in a handler, PSP in a thread): one
 * instruction. SP is an operand, not a name in an asm template, so GCC
 * reads it after the prologue has made the function's frame (a bare
 * "mov %0, sp" was scheduled before it: the body then ran with its frame
 * below the limit). Not volatile: within one function SP does not move. */
#define IVT_STACK_POINTER()                          \
  __extension__({                                    \
    register uintptr_t sp_in_ __asm__("sp");         \
    uintptr_t sp_;                                   \
    __asm__("" : "=r"(sp_) : "0"(sp_in_));           \
    sp_;                                             \
  })

#endif
