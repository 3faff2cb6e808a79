/*
 * The kernel lock and the switch requests for Cortex-M, inline: the
 * translated kernel calls these instead of the Z_ivtZ_* functions in
 * port.c (tools/ivt/build.js inlinePortCalls rewrites the calls). A call
 * through the host ABI cost a branch, a return and the instance pointer's
 * load each time, twice per lock (docs/build.md, "Fast paths").
 * port.c's Z_ivtZ_* are these same bodies, for everything else.
 */
#ifndef IVT_PORT_INLINE_H
#define IVT_PORT_INLINE_H

#include <stdint.h>

/* PRIMASK: 0 while interrupts are enabled, as the ABI asks. */
static inline __attribute__((always_inline)) uint32_t ivt_port_irq_save(const void* h) {
  (void)h;
  uint32_t primask;
  __asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(primask)::"memory");
  return primask;
}

static inline __attribute__((always_inline)) void ivt_port_irq_restore(const void* h, uint32_t state) {
  (void)h;
  __asm volatile("msr primask, %0" ::"r"(state) : "memory");
}

/* ivt_next_id: the thread the kernel chose for the pending switch, or -1. */
#include "ivt-switch-state.h"

/* PendSV runs at the lowest priority: when no handler is active and
 * interrupts are unmasked. It asks the kernel who runs next (ivtswitch). */
static inline __attribute__((always_inline)) void ivt_port_switch_request(const void* h) {
  (void)h;
  /* A compiler barrier on each side, as the call it replaces was. */
  __asm volatile("" ::: "memory");
  ivt_next_id = -1;
  *(volatile uint32_t*)0xE000ED04u = 1u << 28; /* ICSR.PENDSVSET */
  __asm volatile("" ::: "memory");
}

/* As ivt_port_switch_request, with the next thread already chosen and
 * made the running one by the kernel: PendSV only swaps stacks. */
static inline __attribute__((always_inline)) void ivt_port_switch_to(const void* h, uint32_t id) {
  (void)h;
  __asm volatile("" ::: "memory");
  ivt_next_id = (int32_t)id;
  *(volatile uint32_t*)0xE000ED04u = 1u << 28; /* ICSR.PENDSVSET */
  __asm volatile("" ::: "memory");
}

#endif
