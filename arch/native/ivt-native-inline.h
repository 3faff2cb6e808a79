/*
 * The MMIO gate's accessors and the cycle counter's read, inline: the
 * translated kernel calls these instead of mmio.c's Z_ivtZ_* functions
 * (tools/ivt/build.js inlinePortCalls rewrites the calls), which saves a
 * call, a return and the instance pointer's load on every interrupt's way
 * (the pending reads, the acknowledge, the time stamps; docs/build.md,
 * "Fast paths"). mmio.c's Z_ivtZ_* are these same bodies, for everything
 * else. Needs the board's board.h (IVT_MMIO_WINDOWS, IVT_CYCLES_*).
 */
#ifndef IVT_NATIVE_INLINE_H
#define IVT_NATIVE_INLINE_H

#include <stdint.h>

#include "board.h"

/* mmio.c: the other windows searched, out of line; reports an access
 * outside every window as a trap. */
void ivt_mmio_check_rest(uint32_t addr, uint32_t size);

static const struct {
  uint32_t base, size;
} ivt_mmio_windows[] = IVT_MMIO_WINDOWS;

/* A driver may touch only the register windows its board declares
 * (board.json devices). Registers are read and written in the CPU's own
 * byte order, as the device expects. The first window (the interrupt
 * controller's, which every interrupt reads and writes) is tested inline;
 * the others out of line, which keeps each access site a few instructions
 * (all windows inline cost 0.5-1 KB of text; docs/build.md). */
static inline __attribute__((always_inline)) int ivt_mmio_in_window(unsigned i, uint32_t addr, uint32_t size) {
  /* size first: a window smaller than the access would wrap the difference
   * (folded away at build time for the constant windows). */
  return ivt_mmio_windows[i].size >= size && addr - ivt_mmio_windows[i].base <= ivt_mmio_windows[i].size - size;
}

static inline __attribute__((always_inline)) void ivt_mmio_check(uint32_t addr, uint32_t size) {
  if (__builtin_expect(ivt_mmio_in_window(0, addr, size), 1)) return;
  ivt_mmio_check_rest(addr, size);
}

/* Each body is a compiler barrier, as the call it replaces was: kernel
 * state in memory is written before a device is told of it and read
 * again after, and a loop whose only call reads the cycle counter still
 * reloads what it polls. Without it GCC kept `while (!stop) { n++;
 * cycles(); }` (tests/target/threads.ts, time slicing) in registers: `n`
 * never reached memory and `stop` was never read again, the "polled flag
 * never seen on boards" of an earlier review. No instruction is emitted. */
#define IVT_COMPILER_BARRIER() __asm volatile("" ::: "memory")

#define IVT_MMIO_ACCESSORS(bits)                                                                            \
  static inline __attribute__((always_inline)) uint32_t ivt_port_mmio_read##bits(const void* h, uint32_t addr) { \
    (void)h;                                                                                                \
    ivt_mmio_check(addr, bits / 8);                                                                         \
    IVT_COMPILER_BARRIER();                                                                                 \
    uint32_t v = *(volatile uint##bits##_t*)addr;                                                           \
    IVT_COMPILER_BARRIER();                                                                                 \
    return v;                                                                                               \
  }                                                                                                         \
  static inline __attribute__((always_inline)) void ivt_port_mmio_write##bits(const void* h, uint32_t addr,     \
                                                                             uint32_t value) {               \
    (void)h;                                                                                                \
    ivt_mmio_check(addr, bits / 8);                                                                         \
    IVT_COMPILER_BARRIER();                                                                                 \
    *(volatile uint##bits##_t*)addr = (uint##bits##_t)value;                                                \
    IVT_COMPILER_BARRIER();                                                                                 \
  }
IVT_MMIO_ACCESSORS(8)
IVT_MMIO_ACCESSORS(16)
IVT_MMIO_ACCESSORS(32)
#undef IVT_MMIO_ACCESSORS

/* A plain 32-bit counter is one load; one that must be latched first or
 * is narrower than 32 bits keeps state in mmio.c and is called there. */
#if IVT_CYCLES_WIDTH == 32 && !IVT_CYCLES_CAPTURE_COUNT
static inline __attribute__((always_inline)) uint32_t ivt_port_cycles(const void* h) {
  (void)h;
  IVT_COMPILER_BARRIER();
  uint32_t v = *(volatile IVT_CYCLES_REG_TYPE*)IVT_CYCLES_REG;
  IVT_COMPILER_BARRIER();
  return IVT_CYCLES_COUNTS_DOWN ? ~v : v;
}
#define IVT_CYCLES_INLINE 1
#else
#define ivt_port_cycles(h) Z_ivtZ_cycles(h)
#define IVT_CYCLES_INLINE 0
#endif

#endif
