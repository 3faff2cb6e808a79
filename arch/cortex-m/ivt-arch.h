/* What arch-neutral C (arch/wasm-rt/ivt-stack.h) needs to know of Cortex-M. */
#ifndef IVT_ARCH_H
#define IVT_ARCH_H
#include <stdint.h>

/* The current stack pointer (MSP in a handler, PSP in a thread): one
 * instruction. Not volatile: within one function it does not change. */
#define IVT_STACK_POINTER()                 \
  __extension__({                           \
    uintptr_t sp_;                          \
    __asm__("mov %0, sp" : "=r"(sp_));      \
    sp_;                                    \
  })

#endif
