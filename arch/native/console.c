/*
 * The panic console: polled output through the registers board.json names
 * ("panic_console"), usable before any driver and after a crash.
 */
#include <stdint.h>

#include "board.h"
#include "ivt-native.h"

typedef volatile IVT_PANIC_REG_TYPE panic_reg_t;

static const uint32_t panic_init[][2] = IVT_PANIC_INIT;
static int panic_ready;

#if IVT_PANIC_DONE_CLEAR_COUNT
static const uint32_t panic_done_clear[][2] = IVT_PANIC_DONE_CLEAR;
#endif

/* board.json gives a busy bit (set while the transmitter is full), a ready
 * bit (set while it can take a byte), or neither (a UART that signals each
 * byte sent instead: "done"). */
static int panic_busy(void) {
  if (!IVT_PANIC_READY_MASK && !IVT_PANIC_BUSY_MASK) return 0;
  IVT_PANIC_REG_TYPE status = *(panic_reg_t*)IVT_PANIC_STATUS;
  return IVT_PANIC_READY_MASK ? (status & IVT_PANIC_READY_MASK) == 0 : (status & IVT_PANIC_BUSY_MASK) != 0;
}

/* A UART that signals each byte sent (nRF51 TXDRDY): wait for the signal
 * after the write, then clear it. */
static void panic_wait_done(void) {
#if IVT_PANIC_DONE
  while (!(*(volatile uint32_t*)IVT_PANIC_DONE_STATUS & IVT_PANIC_DONE_MASK)) {
  }
#if IVT_PANIC_DONE_CLEAR_COUNT
  for (unsigned i = 0; i < IVT_PANIC_DONE_CLEAR_COUNT; i++) *(volatile uint32_t*)panic_done_clear[i][0] = panic_done_clear[i][1];
#endif
#endif
}

/* Whether the console driver has already enabled the UART (board.json
 * "panic_console.enabled"). Its set-up then stands: the init list would
 * undo what the driver added to it (on MPS2, CTRL=0x3 cleared the receive
 * interrupt enable, and the shell heard nothing after a crash report). */
static int panic_uart_enabled(void) {
  if (!IVT_PANIC_ENABLED_MASK) return 0;
  return (*(panic_reg_t*)IVT_PANIC_ENABLED_REG & IVT_PANIC_ENABLED_MASK) == IVT_PANIC_ENABLED_MASK;
}

static void panic_putc_masked(uint8_t c);

/* One byte, with interrupts masked from the write to the UART's signal
 * that it went out: a handler that writes the UART in between (the shell's
 * answer, through the console driver, when a line is typed during a crash
 * report) would otherwise take the one signal this byte waits for. On the
 * nRF51 (TXDRDY, an event that software clears) the report's thread then
 * waited for it forever, at its own priority, and every less urgent thread
 * starved: make test's microbit "shell still answers after a crash report"
 * (apps/console/test.json) hung when "help" arrived mid-report, which
 * happens only when QEMU runs slowly (a loaded host). The console drivers
 * mask interrupts around their own write and wait for the same reason. */
void ivt_panic_putc(uint8_t c) {
  uint32_t saved = ivt_arch_irq_mask();
  panic_putc_masked(c);
  ivt_arch_irq_unmask(saved);
}

static void panic_putc_masked(uint8_t c) {
  if (!panic_ready) {
    if (!panic_uart_enabled()) {
      for (unsigned i = 0; i < sizeof panic_init / sizeof panic_init[0]; i++) {
        *(panic_reg_t*)panic_init[i][0] = (IVT_PANIC_REG_TYPE)panic_init[i][1];
      }
    }
    panic_ready = 1;
  }
  while (panic_busy()) {
  }
  *(panic_reg_t*)IVT_PANIC_DATA = c;
  panic_wait_done();
}

void ivt_panic_puts(const char* s) {
  while (*s) {
    if (*s == '\n') ivt_panic_putc('\r');
    ivt_panic_putc((uint8_t)*s++);
  }
}

void ivt_panic_hex(uint32_t v) {
  ivt_panic_puts("0x");
  for (int shift = 28; shift >= 0; shift -= 4) ivt_panic_putc("0123456789abcdef"[(v >> shift) & 15]);
}

uint32_t ivt_regs_compare(const char* name, uint32_t got, uint32_t want) {
  if (got == want) return 0;
  ivt_panic_puts("*** regs_check: ");
  ivt_panic_puts(name);
  ivt_panic_puts(" changed to ");
  ivt_panic_hex(got);
  ivt_panic_puts(", expected ");
  ivt_panic_hex(want);
  ivt_panic_puts("\n");
  return 1;
}

void Z_ivtZ_panic_putc(struct Z_ivt_instance_t* h, u32 c) {
  (void)h;
  ivt_panic_putc((uint8_t)c);
}
