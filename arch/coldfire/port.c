/*
 * The host ABI of kernel/port.ts for ColdFire V2 (the rest is shared, in
 * arch/native/): critical sections through the status register's
 * interrupt priority mask, the switch request, idle, exit, thread frames
 * and the fault report.
 *
 * wasm2c calls each import as Z_ivtZ_<name>(struct Z_ivt_instance_t*, ...);
 * the instance pointer is unused: the hardware is the instance.
 */
#include <stdint.h>

#include "board.h"
#include "ivt-native.h"
#include "ivt-port-inline.h"

#define FRAME_FORMAT 0x40000000u /* format 4: SP was 4-byte aligned */

/* Outermost-interrupt bookkeeping shared with vectors.S. Boot counts as
 * nested: it runs on the interrupt stack (see vectors.S). */
volatile uint32_t ivt_irq_nesting = 1;
volatile uint32_t ivt_switch_pending;

void ivt_thread_start(void); /* vectors.S */
uint32_t ivt_semihost(uint32_t nr, volatile void* args);

/* The bodies are in ivt-port-inline.h, which the translated kernel inlines. */
u32 Z_ivtZ_irq_save(struct Z_ivt_instance_t* h) {
  return ivt_port_irq_save(h);
}

void Z_ivtZ_irq_restore(struct Z_ivt_instance_t* h, u32 state) {
  ivt_port_irq_restore(h, state);
}

uint32_t ivt_arch_irq_mask(void) {
  return Z_ivtZ_irq_save(0);
}

void ivt_arch_irq_unmask(uint32_t state) {
  sr_write(SR_THREAD | (state & SR_IPL_MASK));
}

void Z_ivtZ_switch_request(struct Z_ivt_instance_t* h) {
  ivt_port_switch_request(h);
}

void Z_ivtZ_switch_to(struct Z_ivt_instance_t* h, u32 id) {
  ivt_port_switch_to(h, id);
}

/* Called with interrupts masked. STOP loads the status register and waits
 * in one instruction, so an interrupt that arrives between the kernel's
 * check and the wait is not lost; the handler runs inside, and the mask is
 * put back before returning to the kernel. IVT_IDLE_SPIN returns at once. */
void Z_ivtZ_idle(struct Z_ivt_instance_t* h) {
  (void)h;
#if !IVT_IDLE_SPIN
  __asm volatile("stop #0x2000" ::: "memory");
  sr_write(SR_MASK_ALL);
#endif
}

void ivt_arch_init(void) {
}

/* The frame vectors.S's resume path pops: d2-d7 a2-a6, d0 d1 a0 a1, the
 * exception frame. The thread starts in ivt_thread_start with its id in
 * d2, at level 0. */
uint32_t* ivt_arch_first_frame(uint32_t* top, uint32_t id, uintptr_t limit) {
  (void)limit; /* ColdFire keeps the limit in memory: ivt_switch sets it */
  uint32_t* sp = top - 17;
  for (int i = 0; i < 15; i++) sp[i] = 0;
  sp[0] = id;                                     /* d2 */
  sp[15] = FRAME_FORMAT | SR_THREAD;              /* format/vector/SR */
  sp[16] = (uint32_t)(uintptr_t)ivt_thread_start; /* PC */
  return sp;
}

/* QEMU's m68k semihosting (-semihosting-config enable=on). Its exit call
 * (HOSTED_EXIT) ignores the status in QEMU 7.2 and always exits 0
 * (target/m68k/m68k-semi.c passes d0, the call number, to exit()), so a
 * non-zero status is first written to the host's stderr as
 * "ivt-exit-status N", which tools/ivt/run.js turns into the exit code.
 * tests/tools/qemu-quirks.test.js notices when QEMU is fixed. */
#define HOSTED_EXIT 0
#define HOSTED_WRITE 5

static void semihosting_exit(int32_t code) {
  static char msg[] = "ivt-exit-status 000\n";
  static volatile uint32_t args[3];
  uint32_t c = (uint32_t)code & 0xff;
  msg[16] = (char)('0' + c / 100);
  msg[17] = (char)('0' + c / 10 % 10);
  msg[18] = (char)('0' + c % 10);
  args[0] = 2;
  args[1] = (uint32_t)(uintptr_t)msg;
  args[2] = sizeof msg - 1;
  ivt_semihost(HOSTED_WRITE, args);
  args[0] = (uint32_t)code;
  ivt_semihost(HOSTED_EXIT, args);
}

void ivt_exit(int32_t code) {
  sr_write(SR_MASK_ALL);
#if IVT_SEMIHOSTING
  semihosting_exit(code);
#endif
  for (;;) __asm volatile("stop #0x2700");
}

void abort(void) {
  ivt_runtime_fail("abort");
}

static const char* const fault_names[] = {
    "?", "?", "access-error", "address-error", "illegal-instruction", "divide-by-zero",
    "?", "?", "privilege-violation", "trace", "line-a", "line-f", "debug", "?", "format-error",
};

/* Registers a CPU fault's record holds (crash.c fault_reg): the first four
 * are what every arch gives (kernel/bugcheck.ts BugCode.CpuFault; ColdFire
 * keeps no fault address register), then the frame's status register and
 * the data and address registers the compiler uses most. */
const char* const ivt_fault_reg_names[IVT_FAULT_REGS] = {
    "vector", "pc", "fault-status", "fault-address", "sr", "d0", "d1", "d2", "a0", "a1", "a2", "a5", "a6", "sp",
};

/* Whether a fault may end just the thread that took it: taken in thread
 * context (no interrupt being handled, the boot context counts as one)
 * with every interrupt level enabled in the frame's SR (not inside the
 * kernel's lock or a driver's critical section, whose data may be half
 * changed; the switch runs at level 7 too), in a thread that is not
 * reporting a fault already. The kernel then decides (main, idle and the
 * timer thread still stop the system). */
static int fault_in_thread(uint32_t sr) {
  if (ivt_irq_nesting != 0 || (sr & SR_IPL_MASK) != 0) return 0;
  return ivt_cpu_fault_containable();
}

/* A CPU exception outside the module's control (a bus error on MMIO, a bad
 * instruction in the port). regs: d0-d7, a0-a6, then the exception frame
 * (format word, pc). The registers and a backtrace go to the kernel,
 * which reports the fault (`*** ivt TRAP cpu-fault ...` and a bugcheck
 * record). Taken in a thread that may end alone (fault_in_thread), the
 * handler returns into the thread and the report runs there
 * (ivt_cpu_fault_resume): the kernel ends the thread. Anywhere else the
 * report runs here and stops the system; a fault while it runs gets the
 * one-line report alone. */
void ivt_fault(uint32_t* regs) {
  static int reporting;
  uint32_t format = regs[15];
  uint32_t vector = (format >> 18) & 0xff;
  uint32_t fs = ((format >> 24) & 0xc) | ((format >> 16) & 3);
  if (reporting) {
    ivt_panic_puts("\n*** ivt FAULT ");
    ivt_panic_puts(vector < sizeof fault_names / sizeof fault_names[0] ? fault_names[vector] : "trap");
    ivt_panic_puts(" vector=");
    ivt_panic_hex(vector);
    ivt_panic_puts(" pc=");
    ivt_panic_hex(regs[16]);
    ivt_panic_puts("\n*** ivt halted, exit 5\n");
    ivt_exit(IVT_EXIT_FAULT);
  }
  const int in_thread = fault_in_thread(format & 0xffffu);
  if (!in_thread) reporting = 1;
  ivt_crash_fault_reg(0, vector);
  ivt_crash_fault_reg(1, regs[16]);
  ivt_crash_fault_reg(2, fs);
  ivt_crash_fault_reg(3, 0);
  ivt_crash_fault_reg(4, format & 0xffff);
  ivt_crash_fault_reg(5, regs[0]);
  ivt_crash_fault_reg(6, regs[1]);
  ivt_crash_fault_reg(7, regs[2]);
  ivt_crash_fault_reg(8, regs[8]);
  ivt_crash_fault_reg(9, regs[9]);
  ivt_crash_fault_reg(10, regs[10]);
  ivt_crash_fault_reg(11, regs[13]);
  ivt_crash_fault_reg(12, regs[14]);
  ivt_crash_fault_reg(13, (uint32_t)(uintptr_t)(regs + 17));
  ivt_crash_capture_to(regs + 17, 0, regs[16], 0);
  if (!in_thread) ivt_trap_report(IVT_TRAP_CPU_FAULT, regs[16]);
  /* Back to the thread (vectors.S restores the registers and returns from
   * the exception), in ivt_cpu_fault_resume: the kernel ends it from
   * thread context. The frame's SR (level 0) is kept. */
  ivt_cpu_fault_contain(regs[16]);
  regs[16] = (uint32_t)(uintptr_t)ivt_cpu_fault_resume;
}

/* A return address follows a JSR or a BSR: JSR (An) one word before it
 * (target unknown), BSR.B one word 0x61dd (target: the return address +
 * dd); two words: JSR d16(An) or d8(An,Xi) (unknown), abs.W, d16(PC),
 * BSR.W; three: JSR abs.L, BSR.L. */
int ivt_arch_call_before(uint32_t word, uint32_t* target) {
  if (word & 1u) return 0;
  const uint16_t* a = (const uint16_t*)(uintptr_t)word;
  uint16_t w1 = a[-1], w2 = a[-2], w3 = a[-3];
  *target = 0;
  if ((w1 & 0xFFF8u) == 0x4E90u) return 1;
  if ((w1 & 0xFF00u) == 0x6100u && (w1 & 0xFFu) != 0 && (w1 & 0xFFu) != 0xFFu) {
    *target = word + (uint32_t)(int32_t)(int8_t)(w1 & 0xFFu);
    return 1;
  }
  if ((w2 & 0xFFF8u) == 0x4EA8u || (w2 & 0xFFF8u) == 0x4EB0u || w2 == 0x4EBBu) return 1;
  if (w2 == 0x4EB8u) {
    *target = (uint32_t)(int32_t)(int16_t)w1;
    return 1;
  }
  if (w2 == 0x4EBAu || w2 == 0x6100u) {
    *target = word - 2u + (uint32_t)(int32_t)(int16_t)w1;
    return 1;
  }
  if (w3 == 0x4EB9u) {
    *target = ((uint32_t)w2 << 16) | w1;
    return 1;
  }
  if (w3 == 0x61FFu) {
    *target = word - 4u + (((uint32_t)w2 << 16) | w1);
    return 1;
  }
  return 0;
}

/* A warm restart through the reset vector, with interrupts masked: QEMU
 * 7.2's mcf5208evb models no reset controller (RCR), so the chip's own
 * software reset cannot be asked for there; the boot puts every device it
 * uses back as it wants it. The no-init area is not touched. */
void ivt_arch_reset(void) {
  sr_write(SR_MASK_ALL);
  __asm volatile("jmp ivt_reset" ::: "memory");
  for (;;) {
  }
}

/* The test-only import regs_check (docs/abi.md, tests/target/regs.ts):
 * regs.S fills the registers, spins and stores them; here they are compared.
 * Returns a mask of the registers that changed: bits 0-7 for d0-d7, 8-14
 * for a0-a6; each is also named on the panic console. */
uint32_t ivt_regs_fill_check(uint32_t pattern, uint32_t spins, uint32_t unmask);

static const char* const reg_names[] = {"d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7",
                                        "a0", "a1", "a2", "a3", "a4", "a5", "a6"};

/* saved: d0-d7, a0-a6 (regs.S); register i held pattern + i. */
uint32_t ivt_regs_mask(const uint32_t* saved, uint32_t pattern) {
  uint32_t mask = 0;
  for (uint32_t i = 0; i < 15; i++) mask |= ivt_regs_compare(reg_names[i], saved[i], pattern + i) << i;
  return mask;
}

u32 Z_ivtZ_regs_check(struct Z_ivt_instance_t* h, u32 pattern, u32 spins, u32 unmask) {
  (void)h;
  return ivt_regs_fill_check(pattern, spins, unmask);
}

/* The test-only import fault_test (docs/abi.md, tests/target/cpu-fault.ts):
 * the ILLEGAL instruction (vector 4), so that the CPU fault path runs on
 * purpose. Does not return: ivt_fault reports it, and ends the thread or
 * stops the system. */
u32 Z_ivtZ_fault_test(struct Z_ivt_instance_t* h, u32 kind) {
  (void)h;
  (void)kind;
  __asm volatile("illegal" ::: "memory");
  return 0;
}

__attribute__((noreturn)) void ivt_reset_c(void) {
  ivt_boot();
}
