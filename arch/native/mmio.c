/*
 * The MMIO gate, the cycle counter and the poll point: host ABI imports
 * whose code is the same on every native architecture.
 *
 * A driver may touch only the register windows its board declares
 * (board.json devices); anything else is reported as a trap. Device
 * registers are read and written in the CPU's own byte order, as the
 * device expects: the values cross the ABI as numbers, never as bytes of
 * linear memory.
 */
#include <stdint.h>

#include "board.h"
#include "ivt-native.h"
#include "ivt-native-inline.h"
#include "ivt-port-inline.h"

/* The accessors' bodies are in ivt-native-inline.h, which the translated
 * kernel inlines; these are for everything else. */
__attribute__((noinline, cold, noreturn)) static void mmio_fault(uint32_t addr) {
  ivt_trap_on_fresh_stack(IVT_TRAP_MMIO_FAULT, addr);
}

void ivt_mmio_check_rest(uint32_t addr, uint32_t size) {
  for (unsigned i = 1; i < sizeof ivt_mmio_windows / sizeof ivt_mmio_windows[0]; i++) {
    if (ivt_mmio_in_window(i, addr, size)) return;
  }
  mmio_fault(addr);
}

u32 Z_ivtZ_mmio_read8(struct Z_ivt_instance_t* h, u32 addr) {
  return ivt_port_mmio_read8(h, addr);
}

void Z_ivtZ_mmio_write8(struct Z_ivt_instance_t* h, u32 addr, u32 value) {
  ivt_port_mmio_write8(h, addr, value);
}

u32 Z_ivtZ_mmio_read16(struct Z_ivt_instance_t* h, u32 addr) {
  return ivt_port_mmio_read16(h, addr);
}

void Z_ivtZ_mmio_write16(struct Z_ivt_instance_t* h, u32 addr, u32 value) {
  ivt_port_mmio_write16(h, addr, value);
}

u32 Z_ivtZ_mmio_read32(struct Z_ivt_instance_t* h, u32 addr) {
  return ivt_port_mmio_read32(h, addr);
}

void Z_ivtZ_mmio_write32(struct Z_ivt_instance_t* h, u32 addr, u32 value) {
  ivt_port_mmio_write32(h, addr, value);
}

typedef volatile IVT_CYCLES_REG_TYPE cycles_reg_t;
static const uint32_t cycles_init[][2] = IVT_CYCLES_INIT;
#define CYCLES_MASK ((uint32_t)(((uint64_t)1 << IVT_CYCLES_WIDTH) - 1))

void ivt_cycles_start(void) {
  for (unsigned i = 0; i < sizeof cycles_init / sizeof cycles_init[0]; i++) {
    *(cycles_reg_t*)cycles_init[i][0] = (IVT_CYCLES_REG_TYPE)cycles_init[i][1];
  }
}

#if IVT_CYCLES_CAPTURE_COUNT
static const uint32_t cycles_capture[][2] = IVT_CYCLES_CAPTURE;
#endif

#if !IVT_CYCLES_INLINE
/* The counter as it reads; a counter that must be latched first (board.json
 * cycle_counter.capture: an nRF51 TIMER's CAPTURE task copies the count to
 * a CC register) is latched here, with interrupts masked by the caller so
 * a handler's own read between the two cannot hand it a later value. */
static uint32_t cycles_raw(void) {
#if IVT_CYCLES_CAPTURE_COUNT
  for (unsigned i = 0; i < IVT_CYCLES_CAPTURE_COUNT; i++) *(volatile uint32_t*)cycles_capture[i][0] = cycles_capture[i][1];
#endif
  uint32_t v = *(cycles_reg_t*)IVT_CYCLES_REG;
  return (IVT_CYCLES_COUNTS_DOWN ? ~v : v) & CYCLES_MASK;
}
#endif

#if IVT_CYCLES_INLINE
u32 Z_ivtZ_cycles(struct Z_ivt_instance_t* h) {
  return ivt_port_cycles(h);
}
#elif IVT_CYCLES_WIDTH == 32
u32 Z_ivtZ_cycles(struct Z_ivt_instance_t* h) {
  /* The arch's inline lock (ivt-port-inline.h): a call to Z_ivtZ_irq_save
   * and Z_ivtZ_irq_restore each cost about as much as the read itself on
   * ColdFire, where every switch and interrupt reads this counter. */
  u32 s = ivt_port_irq_save(h);
  uint32_t v = cycles_raw();
  ivt_port_irq_restore(h, s);
  return v;
}
#else
/* A counter narrower than 32 bits is extended here: each read adds the
 * counts since the previous one. Correct as long as it is read at least
 * once per wrap of the hardware counter (board.json says how long that
 * is; the system tick reads it on every interrupt). */
static uint32_t cycles_last, cycles_total;

u32 Z_ivtZ_cycles(struct Z_ivt_instance_t* h) {
  u32 s = ivt_port_irq_save(h); /* inline, as above */
  uint32_t now = cycles_raw();
  cycles_total += (now - cycles_last) & CYCLES_MASK;
  cycles_last = now;
  uint32_t total = cycles_total;
  ivt_port_irq_restore(h, s);
  return total;
}
#endif

/* A poll point (kernel/port.ts portPoll): only the call matters. Compiled
 * apart from the module (no LTO), it is a function the C compiler cannot
 * see into, so wasm2c code that reads a global or module memory after
 * calling it must load it again: a polling loop's load is never hoisted out
 * of the loop. The empty asm with a memory clobber keeps that true even if
 * this were ever inlined. Interrupts need no help: the CPU takes them. */
void Z_ivtZ_poll(struct Z_ivt_instance_t* h) {
  (void)h;
  __asm volatile("" ::: "memory");
}
