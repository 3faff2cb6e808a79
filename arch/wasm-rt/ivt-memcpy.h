/*
 * Memory accesses of the translated module on cores without unaligned
 * access (ARMv6-M: Cortex-M0/M0+/M1).
 *
 * wasm2c reads and writes linear memory with wasm_rt_memcpy(dst, src, 1..8)
 * so that an unaligned wasm address is safe. Where the core can access
 * unaligned words GCC turns that into one load or store; on ARMv6-M it
 * cannot, and every i32.load becomes a call of the C library's memcpy (a
 * byte loop: about 100 instructions instead of 1). AssemblyScript code
 * accesses memory aligned nearly always, so here a constant-size copy
 * tests the two addresses' alignment and uses word (halfword) accesses when
 * it can, and memcpy only when an address really is unaligned. The aligned
 * case is marked the likely one: without the mark GCC laid it out of line,
 * two branches more on every access (a load was 7 instructions on the
 * aligned path instead of 3).
 *
 * Compiled into the module's translation unit before wasm2c's code
 * (arch.json module_cflags: -include); elsewhere it changes nothing.
 */
#ifndef IVT_MEMCPY_H
#define IVT_MEMCPY_H
#include "wasm-rt.h"

#if defined(__arm__) && !defined(__ARM_FEATURE_UNALIGNED)
#include <stdint.h>

typedef uint32_t __attribute__((may_alias, aligned(4))) ivt_u32_a;
typedef uint16_t __attribute__((may_alias, aligned(2))) ivt_u16_a;

static inline __attribute__((always_inline)) void ivt_memcpy(void* d, const void* s, size_t n) {
  uintptr_t both = (uintptr_t)d | (uintptr_t)s;
  if (__builtin_constant_p(n)) {
    if (n == 1) {
      *(uint8_t*)d = *(const uint8_t*)s;
      return;
    }
    if (n == 2 && __builtin_expect((both & 1) == 0, 1)) {
      *(ivt_u16_a*)d = *(const ivt_u16_a*)s;
      return;
    }
    if (n == 4 && __builtin_expect((both & 3) == 0, 1)) {
      *(ivt_u32_a*)d = *(const ivt_u32_a*)s;
      return;
    }
    if (n == 8 && __builtin_expect((both & 3) == 0, 1)) {
      ((ivt_u32_a*)d)[0] = ((const ivt_u32_a*)s)[0];
      ((ivt_u32_a*)d)[1] = ((const ivt_u32_a*)s)[1];
      return;
    }
  }
  __builtin_memcpy(d, s, n);
}

#undef wasm_rt_memcpy
#define wasm_rt_memcpy ivt_memcpy
#endif
#endif
