/*
 * The host ABI of kernel/port.ts for Cortex-M (ARMv6-M and ARMv7-M).
 *
 * wasm2c calls each import as Z_ivtZ_<name>(struct Z_ivt_instance_t*, ...);
 * the instance pointer is unused: the hardware is the instance.
 */
#include <stdint.h>

#include "board.h"
#include "kernel.h"
#include "cortex-m.h"

#define ICSR (*(volatile uint32_t*)0xE000ED04u)
#define ICSR_PENDSVSET (1u << 28)

u32 Z_ivtZ_irq_save(struct Z_ivt_instance_t* h) {
  (void)h;
  uint32_t primask;
  __asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(primask)::"memory");
  return primask;
}

void Z_ivtZ_irq_restore(struct Z_ivt_instance_t* h, u32 state) {
  (void)h;
  __asm volatile("msr primask, %0" ::"r"(state) : "memory");
}

void Z_ivtZ_switch_request(struct Z_ivt_instance_t* h) {
  (void)h;
  ICSR = ICSR_PENDSVSET;
}

/* Called with interrupts masked: WFI still wakes on a pending interrupt,
 * which is taken when the kernel restores the mask. No lost wake-up.
 * IVT_IDLE_SPIN (board data) returns at once instead: the kernel's idle loop
 * then spins, for QEMU 7.2, which loses SysTick periods while the CPU waits
 * in WFI under -icount (tests/tools/qemu-quirks.test.js). */
void Z_ivtZ_idle(struct Z_ivt_instance_t* h) {
  (void)h;
#if !IVT_IDLE_SPIN
  __asm volatile("dsb\n\twfi" ::: "memory");
#endif
}

/* The MMIO gate: a driver may touch only the register windows its board
 * declares (board.json devices). Anything else is reported as a trap. */
static const struct {
  uint32_t base, size;
} windows[] = IVT_MMIO_WINDOWS;

static inline void mmio_check(uint32_t addr, uint32_t size) {
  for (unsigned i = 0; i < sizeof windows / sizeof windows[0]; i++) {
    if (addr - windows[i].base <= windows[i].size - size) return;
  }
  ivt_runtime_trap(IVT_TRAP_MMIO_FAULT, addr);
}

u32 Z_ivtZ_mmio_read8(struct Z_ivt_instance_t* h, u32 addr) {
  (void)h;
  mmio_check(addr, 1);
  return *(volatile uint8_t*)addr;
}

u32 Z_ivtZ_mmio_read16(struct Z_ivt_instance_t* h, u32 addr) {
  (void)h;
  mmio_check(addr, 2);
  return *(volatile uint16_t*)addr;
}

u32 Z_ivtZ_mmio_read32(struct Z_ivt_instance_t* h, u32 addr) {
  (void)h;
  mmio_check(addr, 4);
  return *(volatile uint32_t*)addr;
}

void Z_ivtZ_mmio_write8(struct Z_ivt_instance_t* h, u32 addr, u32 value) {
  (void)h;
  mmio_check(addr, 1);
  *(volatile uint8_t*)addr = (uint8_t)value;
}

void Z_ivtZ_mmio_write16(struct Z_ivt_instance_t* h, u32 addr, u32 value) {
  (void)h;
  mmio_check(addr, 2);
  *(volatile uint16_t*)addr = (uint16_t)value;
}

void Z_ivtZ_mmio_write32(struct Z_ivt_instance_t* h, u32 addr, u32 value) {
  (void)h;
  mmio_check(addr, 4);
  *(volatile uint32_t*)addr = value;
}

#if IVT_CYCLES_CAPTURE_COUNT
static const uint32_t cycles_capture[][2] = IVT_CYCLES_CAPTURE;
#endif

/* A counter that must be latched before it is read (board.json
 * cycle_counter.capture: an nRF51 TIMER's CAPTURE task copies the count to a
 * CC register) is latched and read with interrupts masked, so a handler's
 * own read between the two cannot hand the thread a later value. */
u32 Z_ivtZ_cycles(struct Z_ivt_instance_t* h) {
  (void)h;
#if IVT_CYCLES_CAPTURE_COUNT
  uint32_t primask;
  __asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(primask)::"memory");
  for (unsigned i = 0; i < IVT_CYCLES_CAPTURE_COUNT; i++) *(volatile uint32_t*)cycles_capture[i][0] = cycles_capture[i][1];
  uint32_t v = *(volatile uint32_t*)IVT_CYCLES_REG;
  __asm volatile("msr primask, %0" ::"r"(primask) : "memory");
#else
  uint32_t v = *(volatile uint32_t*)IVT_CYCLES_REG;
#endif
  return IVT_CYCLES_COUNTS_DOWN ? ~v : v;
}

void Z_ivtZ_panic_putc(struct Z_ivt_instance_t* h, u32 c) {
  (void)h;
  ivt_panic_putc((uint8_t)c);
}

void Z_ivtZ_exit(struct Z_ivt_instance_t* h, u32 code) {
  (void)h;
  ivt_exit((int32_t)code);
}
