/*
 * Cortex-M reset, exit, faults and the panic console.
 *
 * Reset: copy .data, zero .bss, start the board's cycle counter, then host
 * the kernel: initialise the wasm runtime, instantiate kernel.wasm (its
 * start function wires board and app) and call ivtboot.
 */
#include <stdint.h>
#include <string.h>

#include "board.h"
#include "kernel.h"
#include "cortex-m.h"

Z_kernel_instance_t ivt_kernel_instance;

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss;

static void write_pairs(const uint32_t (*pairs)[2], unsigned n) {
  for (unsigned i = 0; i < n; i++) *(volatile uint32_t*)pairs[i][0] = pairs[i][1];
}

static const uint32_t cycles_init[][2] = IVT_CYCLES_INIT;
static const uint32_t panic_init[][2] = IVT_PANIC_INIT;
static int panic_ready;

#if IVT_PANIC_DONE_CLEAR_COUNT
static const uint32_t panic_done_clear[][2] = IVT_PANIC_DONE_CLEAR;
#endif

/* Waits while the transmitter is busy, writes the byte, and (a UART that
 * signals each byte sent, board.json panic_console.done) waits for that
 * signal and clears it. */
void ivt_panic_putc(uint8_t c) {
  if (!panic_ready) {
    write_pairs(panic_init, sizeof panic_init / sizeof panic_init[0]);
    panic_ready = 1;
  }
  while (IVT_PANIC_BUSY_MASK && (*(volatile uint32_t*)IVT_PANIC_STATUS & IVT_PANIC_BUSY_MASK)) {
  }
  *(volatile uint32_t*)IVT_PANIC_DATA = c;
#if IVT_PANIC_DONE
  while (!(*(volatile uint32_t*)IVT_PANIC_DONE_STATUS & IVT_PANIC_DONE_MASK)) {
  }
#if IVT_PANIC_DONE_CLEAR_COUNT
  write_pairs(panic_done_clear, IVT_PANIC_DONE_CLEAR_COUNT);
#endif
#endif
}

void ivt_panic_puts(const char* s) {
  while (*s) {
    if (*s == '\n') ivt_panic_putc('\r');
    ivt_panic_putc((uint8_t)*s++);
  }
}

static void panic_hex(uint32_t v) {
  ivt_panic_puts("0x");
  for (int shift = 28; shift >= 0; shift -= 4) ivt_panic_putc("0123456789abcdef"[(v >> shift) & 15]);
}

/* Semihosting SYS_EXIT_EXTENDED: QEMU (-semihosting-config enable=on) and
 * debuggers end the session with `code` as the exit status. */
static void semihosting_exit(int32_t code) {
  static volatile uint32_t block[2];
  block[0] = 0x20026; /* ADP_Stopped_ApplicationExit */
  block[1] = (uint32_t)code;
  register uint32_t r0 __asm("r0") = 0x20; /* SYS_EXIT_EXTENDED */
  register volatile uint32_t* r1 __asm("r1") = block;
  __asm volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
}

void ivt_exit(int32_t code) {
  __asm volatile("cpsid i" ::: "memory");
#if IVT_SEMIHOSTING
  semihosting_exit(code);
#endif
  for (;;) __asm volatile("wfi");
}

void ivt_runtime_trap(uint32_t kind, uint32_t where) {
  Z_kernelZ_ivttrap(&ivt_kernel_instance, kind, where);
  ivt_exit(3); /* the kernel's report ends in exit; this is the backstop */
}

void ivt_runtime_fail(const char* why) {
  ivt_panic_puts("\n*** ivt RUNTIME ");
  ivt_panic_puts(why);
  ivt_panic_puts("\n");
  ivt_exit(IVT_EXIT_RUNTIME);
}

static const char* const fault_names[] = {
    "?", "reset", "nmi", "hard-fault", "memmanage-fault", "bus-fault", "usage-fault",
    "?", "?", "?", "?", "svcall", "debug-monitor", "?", "pendsv", "systick",
};

/* A CPU fault outside the module's control (a bus error on MMIO, a bad
 * instruction in the port). frame: r0-r3, r12, lr, pc, xPSR as stacked. */
void ivt_fault(const uint32_t* frame, uint32_t exception) {
  ivt_panic_puts("\n*** ivt FAULT ");
  ivt_panic_puts(exception < 16 ? fault_names[exception] : "irq");
  ivt_panic_puts(" pc=");
  panic_hex(frame[6]);
  ivt_panic_puts(" lr=");
  panic_hex(frame[5]);
  ivt_panic_puts(" xpsr=");
  panic_hex(frame[7]);
#if !defined(__ARM_ARCH_6M__)
  ivt_panic_puts(" cfsr=");
  panic_hex(*(volatile uint32_t*)0xE000ED28u);
  ivt_panic_puts(" hfsr=");
  panic_hex(*(volatile uint32_t*)0xE000ED2Cu);
  ivt_panic_puts(" bfar=");
  panic_hex(*(volatile uint32_t*)0xE000ED38u);
#endif
  ivt_panic_puts("\n*** ivt halted, exit 5\n");
  ivt_exit(IVT_EXIT_FAULT);
}

__attribute__((noreturn)) void ivt_reset(void) {
  memcpy(&_sdata, &_sidata, (uintptr_t)&_edata - (uintptr_t)&_sdata);
  memset(&_sbss, 0, (uintptr_t)&_ebss - (uintptr_t)&_sbss);
  write_pairs(cycles_init, sizeof cycles_init / sizeof cycles_init[0]);

  ivt_threads_init();

  wasm_rt_init();
  Z_kernel_init_module();
  Z_kernel_instantiate(&ivt_kernel_instance, NULL);
  int32_t code = (int32_t)Z_kernelZ_ivtboot(&ivt_kernel_instance, IVT_MODULE_MEMORY_BYTES, ivt_stack_arena_bytes());
  ivt_exit(code);
}
