/*
 * A bare-metal probe of one QEMU quirk, outside the kernel: SysTick at 1 kHz
 * (25 MHz / 25000), the CPU waiting in WFI between interrupts, and a
 * free-running CMSDK timer counting at 25 MHz. After 20 SysTick interrupts
 * the timer should have counted 20 * 25000. It prints "cycles-per-tick N"
 * and exits through semihosting.
 */
#include <stdint.h>

#define TIMER1 ((volatile uint32_t*)0x40001000u)
#define SYST ((volatile uint32_t*)0xE000E010u)
#define UART0 ((volatile uint32_t*)0x40004000u)

static volatile uint32_t tick_count;

static void put(char c) {
  while (UART0[1] & 1) {
  }
  UART0[0] = (uint32_t)c;
}

static void put_dec(uint32_t v) {
  char buf[12];
  int n = 0;
  do {
    buf[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  while (n) put(buf[--n]);
}

void systick(void) {
  tick_count++;
}

void reset(void);
__attribute__((section(".vectors"), used)) static const void* const vectors[16] = {
    (void*)0x20010000u, (void*)reset, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (void*)systick,
};

void reset(void) {
  UART0[2] = 1;
  TIMER1[2] = 0xFFFFFFFFu;
  TIMER1[1] = 0xFFFFFFFFu;
  TIMER1[0] = 1;
  SYST[1] = 25000 - 1;
  SYST[2] = 0;
  SYST[0] = 7; /* enable, interrupt, CPU clock */
  while (tick_count == 0) __asm volatile("wfi");
  uint32_t start = TIMER1[1];
  uint32_t first = tick_count;
  while (tick_count < first + 20) __asm volatile("wfi");
  uint32_t cycles = start - TIMER1[1];
  const char* label = "cycles-per-tick ";
  while (*label) put(*label++);
  put_dec(cycles / 20);
  put('\n');
  register uint32_t r0 __asm("r0") = 0x18;      /* SYS_EXIT */
  register uint32_t r1 __asm("r1") = 0x20026;   /* ApplicationExit */
  __asm volatile("bkpt 0xab" ::"r"(r0), "r"(r1));
  for (;;) {
  }
}
