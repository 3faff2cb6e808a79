/* What arch-neutral C (arch/wasm-rt/ivt-stack.h) needs to know of ColdFire. */
#ifndef IVT_ARCH_H
#define IVT_ARCH_H
#include <stdint.h>

/* The current stack pointer (A7): one instruction. Not volatile: within one
 * function it moves only by the arguments pushed for a call, a few bytes. */
#define IVT_STACK_POINTER()                 \
  __extension__({                           \
    uintptr_t sp_;                          \
    __asm__("move.l %%sp, %0" : "=r"(sp_)); \
    sp_;                                    \
  })

#endif
