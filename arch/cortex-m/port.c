/*
 * The host ABI of kernel/port.ts for Cortex-M (ARMv6-M and ARMv7-M): the
 * part that differs per architecture (critical sections, the switch
 * request, idle, exit, the first frame of a thread, the fault report).
 * The rest is shared with other native architectures, in arch/native/.
 *
 * wasm2c calls each import as Z_ivtZ_<name>(struct Z_ivt_instance_t*, ...);
 * the instance pointer is unused: the hardware is the instance.
 */
#include <stdint.h>

#include "board.h"
#include "ivt-native.h"
#include "ivt-port-inline.h"

#define SHPR3 (*(volatile uint32_t*)0xE000ED20u)
#define XPSR_THUMB 0x01000000u

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
  Z_ivtZ_irq_restore(0, state);
}

void Z_ivtZ_switch_request(struct Z_ivt_instance_t* h) {
  ivt_port_switch_request(h);
}

void Z_ivtZ_switch_to(struct Z_ivt_instance_t* h, u32 id) {
  ivt_port_switch_to(h, id);
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

void ivt_arch_init(void) {
  /* PendSV at the lowest priority: it must never preempt a handler. */
  SHPR3 |= 0x00FF0000u;
}

/* The frame PendSV's return path pops: r4-r11 (software), then r0-r3, r12,
 * lr, pc, xPSR (hardware). The thread starts in ivt_thread_trampoline with
 * its id in r0. */
uint32_t* ivt_arch_first_frame(uint32_t* top, uint32_t id, uintptr_t limit) {
  uint32_t* sp = top - 16;
  for (int i = 0; i < 8; i++) sp[i] = 0;                             /* r4-r11 */
  sp[5] = limit;                                                      /* r9: the stack limit */
  sp[8] = id;                                                         /* r0 */
  sp[9] = sp[10] = sp[11] = sp[12] = 0;                               /* r1-r3, r12 */
  sp[13] = 0xFFFFFFFFu;                                               /* lr: faults if ever used */
  sp[14] = (uint32_t)(uintptr_t)ivt_thread_trampoline & ~1u;          /* pc */
  sp[15] = XPSR_THUMB;                                                /* xPSR */
  return sp;
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

static const char* const fault_names[] = {
    "?", "reset", "nmi", "hard-fault", "memmanage-fault", "bus-fault", "usage-fault",
    "?", "?", "?", "?", "svcall", "debug-monitor", "?", "pendsv", "systick",
};

/* Registers a CPU fault's record holds (crash.c fault_reg): the first four
 * are what every arch gives (kernel/bugcheck.ts BugCode.CpuFault), then the
 * stacked frame and the fault status registers. */
const char* const ivt_fault_reg_names[IVT_FAULT_REGS] = {
    "exception", "pc", "cfsr", "fault-address", "r0", "r1", "r2", "r3", "r12", "lr", "xpsr", "hfsr", "exc-return", "sp",
};

/* The old one-line report, for a fault inside the fault report itself. */
static void fault_line(const uint32_t* frame, uint32_t exception) {
  ivt_panic_puts("\n*** ivt FAULT ");
  ivt_panic_puts(exception < 16 ? fault_names[exception] : "irq");
  ivt_panic_puts(" pc=");
  ivt_panic_hex(frame[6]);
  ivt_panic_puts(" lr=");
  ivt_panic_hex(frame[5]);
  ivt_panic_puts(" xpsr=");
  ivt_panic_hex(frame[7]);
  ivt_panic_puts("\n");
}

/* Whether a fault may end just the thread that took it: taken in thread
 * mode on the thread's stack (EXC_RETURN 0x...D), with interrupts enabled
 * (PRIMASK clear: not inside the kernel's lock or a driver's critical
 * section, whose data may be half changed), its exception frame stacked
 * whole (no stacking error), in a thread that is not reporting a fault
 * already. The kernel then decides (main, idle and the timer thread still
 * stop the system). */
static int fault_in_thread(uint32_t exc_return, uint32_t cfsr) {
  uint32_t primask;
  __asm volatile("mrs %0, primask" : "=r"(primask));
  if ((exc_return & 0xFu) != 0xDu || (primask & 1u)) return 0;
  if (cfsr & ((1u << 12) | (1u << 4))) return 0; /* STKERR, MSTKERR */
  return ivt_cpu_fault_containable();
}

/* A CPU fault outside the module's control (a bus error on MMIO, a bad
 * instruction in the port). frame: r0-r3, r12, lr, pc, xPSR as stacked;
 * exc_return: the handler's LR. The registers and a backtrace go to the
 * kernel, which reports the fault (`*** ivt TRAP cpu-fault ...` and a
 * bugcheck record). Taken in a thread that may end alone
 * (fault_in_thread), the handler returns into the thread and the report
 * runs there (ivt_cpu_fault_resume): the kernel ends the thread. Anywhere
 * else the report runs here and stops the system; a fault while it runs
 * gets the one-line report alone. */
void ivt_fault(uint32_t* frame, uint32_t exception, uint32_t exc_return) {
  static int reporting;
  uint32_t cfsr = 0, hfsr = 0, addr = 0;
#if !defined(__ARM_ARCH_6M__)
  cfsr = *(volatile uint32_t*)0xE000ED28u;
  hfsr = *(volatile uint32_t*)0xE000ED2Cu;
  /* BFAR when CFSR says it is valid (BFARVALID), else MMFAR (MMARVALID). */
  if (cfsr & (1u << 15)) addr = *(volatile uint32_t*)0xE000ED38u;
  else if (cfsr & (1u << 7)) addr = *(volatile uint32_t*)0xE000ED34u;
#endif
  if (reporting) {
    fault_line(frame, exception);
    ivt_panic_puts("*** ivt halted, exit 5\n");
    ivt_exit(IVT_EXIT_FAULT);
  }
  const int in_thread = fault_in_thread(exc_return, cfsr);
  if (!in_thread) reporting = 1;
  ivt_crash_fault_reg(0, exception);
  ivt_crash_fault_reg(1, frame[6]);
  ivt_crash_fault_reg(2, cfsr);
  ivt_crash_fault_reg(3, addr);
  for (uint32_t i = 0; i < 6; i++) ivt_crash_fault_reg(4 + i, frame[i]);
  ivt_crash_fault_reg(10, frame[7]);
  ivt_crash_fault_reg(11, hfsr);
  ivt_crash_fault_reg(12, exc_return);
  ivt_crash_fault_reg(13, (uint32_t)(uintptr_t)(frame + 8));
  /* Frame 0 the faulting pc, then the stacked lr (a leaf function's
   * return) and the stack above the exception frame. The pc as stacked (no
   * Thumb bit): the kernel keeps a host function as frame 0 only when it is
   * the report's pc, compared as given. */
  ivt_crash_capture_to(frame + 5, 0, frame[6], 0);
  if (!in_thread) ivt_trap_report(IVT_TRAP_CPU_FAULT, frame[6]);
  /* Back to the thread, in ivt_cpu_fault_resume: the kernel ends it from
   * thread context. xPSR keeps bit 9 (the frame's alignment padding, which
   * the exception return undoes) and the Thumb bit only (no IT state). */
  ivt_cpu_fault_contain(frame[6]);
#if !defined(__ARM_ARCH_6M__)
  *(volatile uint32_t*)0xE000ED28u = cfsr; /* the status bits are sticky: clear them for the next fault */
  *(volatile uint32_t*)0xE000ED2Cu = hfsr;
#endif
  frame[6] = (uint32_t)(uintptr_t)ivt_cpu_fault_resume & ~1u;
  frame[7] = (frame[7] & (1u << 9)) | (1u << 24);
}

/* A return address in Thumb code follows a BL (32 bits: 11110 S imm10,
 * then 11 J1 1 J2 imm11; the target is the return address plus the
 * sign-extended S:I1:I2:imm10:imm11:0, I = NOT(J XOR S)) or a BLX to a
 * register (16 bits: 010001111...; target unknown). */
int ivt_arch_call_before(uint32_t word, uint32_t* target) {
  if (!(word & 1u)) return 0;
  uint32_t ra = word & ~1u;
  const uint16_t* a = (const uint16_t*)(uintptr_t)ra;
  if ((a[-1] & 0xFF87u) == 0x4780u) {
    *target = 0;
    return 1;
  }
  uint32_t hi = a[-2], lo = a[-1];
  if ((hi & 0xF800u) != 0xF000u || (lo & 0xD000u) != 0xD000u) return 0;
  uint32_t s = (hi >> 10) & 1u, j1 = (lo >> 13) & 1u, j2 = (lo >> 11) & 1u;
  uint32_t i1 = !(j1 ^ s), i2 = !(j2 ^ s);
  uint32_t off = (s << 24) | (i1 << 23) | (i2 << 22) | ((hi & 0x3FFu) << 12) | ((lo & 0x7FFu) << 1);
  if (s) off |= 0xFE000000u;
  *target = ra + off;
  return 1;
}

/* SYSRESETREQ through AIRCR (with its key): the whole chip resets, RAM
 * keeps its contents. */
void ivt_arch_reset(void) {
  __asm volatile("dsb sy" ::: "memory");
  *(volatile uint32_t*)0xE000ED0Cu = 0x05FA0004u;
  __asm volatile("dsb sy" ::: "memory");
  for (;;) __asm volatile("nop");
}

/* The test-only import regs_check (docs/abi.md, tests/target/regs.ts):
 * regs.S fills the registers, spins and stores them; here they are compared.
 * Returns a mask of the registers that changed: bit i for r0-r12, bit 13
 * for lr; each is also named on the panic console. */
uint32_t ivt_regs_fill_check(uint32_t pattern, uint32_t spins, uint32_t unmask);

static const char* const reg_names[] = {"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7",
                                        "r8", "r9", "r10", "r11", "r12", "lr"};

/* saved: r8-r12, lr, then r0-r7 (regs.S); register i held pattern + i. */
uint32_t ivt_regs_mask(const uint32_t* saved, uint32_t pattern) {
  uint32_t mask = 0;
  for (uint32_t i = 0; i < 14; i++) {
    uint32_t got = i < 8 ? saved[6 + i] : saved[i - 8];
    mask |= ivt_regs_compare(reg_names[i], got, pattern + i) << i;
  }
  return mask;
}

u32 Z_ivtZ_regs_check(struct Z_ivt_instance_t* h, u32 pattern, u32 spins, u32 unmask) {
  (void)h;
  return ivt_regs_fill_check(pattern, spins, unmask);
}

/* The test-only import fault_test (docs/abi.md, tests/target/cpu-fault.ts):
 * an instruction every Cortex-M refuses (UDF: a UsageFault, or a HardFault
 * on the M0 and where UsageFault is off), so that the CPU fault path runs
 * on purpose. Does not return: ivt_fault reports it, and ends the thread or
 * stops the system. */
u32 Z_ivtZ_fault_test(struct Z_ivt_instance_t* h, u32 kind) {
  (void)h;
  (void)kind;
  __asm volatile("udf #0x42" ::: "memory");
  return 0;
}

/* Reset: the hardware loaded the main stack pointer from the vector table. */
__attribute__((noreturn)) void ivt_reset(void) {
  ivt_boot();
}
