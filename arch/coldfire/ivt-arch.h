/* What arch-neutral C (arch/wasm-rt/ivt-stack.h) needs to know of ColdFire. */
#ifndef IVT_ARCH_H
#define IVT_ARCH_H
#include <stdint.h>

/* The current stack pointer (A7): one instruction. SP is an operand, not
 * just a name in the template, so GCC reads it after the prologue has made
 * the function's frame. Not volatile: within one function it moves only by
 * the arguments pushed for a call, a few bytes. */
#define IVT_STACK_POINTER()                          \
  __extension__({                                    \
    register uintptr_t sp_in_ __asm__("sp");         \
    uintptr_t sp_;                                   \
    __asm__("" : "=r"(sp_) : "0"(sp_in_));           \
    sp_;                                             \
  })

#endif
