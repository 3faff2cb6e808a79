/*
 * The kernel lock and the switch requests for ColdFire V2, inline: the
 * translated kernel calls these instead of the Z_ivtZ_* functions in
 * port.c (tools/ivt/build.js inlinePortCalls rewrites the calls), which
 * saves a call, a return and the instance pointer's load per use
 * (docs/build.md, "Fast paths"). port.c's Z_ivtZ_* are these same bodies,
 * for everything else.
 */
#ifndef IVT_PORT_INLINE_H
#define IVT_PORT_INLINE_H

#include <stdint.h>

#define SR_IPL_MASK 0x0700u
#define SR_MASK_ALL 0x2700u     /* supervisor, level 7: every maskable level off */
#define SR_THREAD 0x2000u       /* supervisor, level 0 */

/* Outermost-interrupt bookkeeping shared with vectors.S (port.c). */
extern volatile uint32_t ivt_irq_nesting;
extern volatile uint32_t ivt_switch_pending;
/* ivt_next_id: the thread the kernel chose for the pending switch, or -1. */
#include "ivt-switch-state.h"

static inline __attribute__((always_inline)) uint32_t sr_read(void) {
  uint16_t sr;
  __asm volatile("move.w %%sr, %0" : "=d"(sr));
  return sr;
}

static inline __attribute__((always_inline)) void sr_write(uint32_t sr) {
  __asm volatile("move.w %0, %%sr" ::"d"((uint16_t)sr) : "memory", "cc");
}

/* The state is the interrupt mask alone (0: every level enabled), as the
 * ABI asks; the supervisor bit is always set and the condition codes do
 * not matter across the call. */
static inline __attribute__((always_inline)) uint32_t ivt_port_irq_save(const void* h) {
  (void)h;
  uint32_t sr = sr_read();
  sr_write(SR_MASK_ALL);
  return sr & SR_IPL_MASK;
}

/* A switch the kernel asked for inside a thread's critical section is
 * taken when the section ends (as PendSV would be). */
static inline __attribute__((always_inline)) void ivt_port_switch_if_due(void) {
  if (ivt_switch_pending && ivt_irq_nesting == 0 && (sr_read() & SR_IPL_MASK) == 0) {
    __asm volatile("trap #0" ::: "memory");
  }
}

static inline __attribute__((always_inline)) void ivt_port_irq_restore(const void* h, uint32_t state) {
  (void)h;
  sr_write(SR_THREAD | (state & SR_IPL_MASK));
  ivt_port_switch_if_due();
}

/* From an interrupt the switch waits for the outermost one to return
 * (vectors.S); from a thread it happens now, or when its critical section
 * ends. */
static inline __attribute__((always_inline)) void ivt_port_switch_request(const void* h) {
  (void)h;
  __asm volatile("" ::: "memory"); /* a compiler barrier, as the call it replaces was */
  ivt_next_id = -1; /* the switch asks the kernel who runs next (ivtswitch) */
  ivt_switch_pending = 1;
  ivt_port_switch_if_due();
}

/* As ivt_port_switch_request, with the next thread already chosen and made
 * the running one by the kernel: the switch only swaps stacks. */
static inline __attribute__((always_inline)) void ivt_port_switch_to(const void* h, uint32_t id) {
  (void)h;
  __asm volatile("" ::: "memory");
  ivt_next_id = (int32_t)id;
  ivt_switch_pending = 1;
  ivt_port_switch_if_due();
}

#endif
