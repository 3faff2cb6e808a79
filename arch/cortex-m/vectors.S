/*
 * Cortex-M vector table and the one interrupt entry stub.
 *
 * Every external interrupt and SysTick vector to ivt_irq_entry, which
 * passes the exception number (IPSR) to the kernel's ivthandleinterrupt
 * as a tail call: three instructions, the same for every vector, and no
 * C function per vector. The hardware has already stacked r0-r3, r12, lr,
 * pc and xPSR; returning from ivthandleinterrupt with the EXC_RETURN value
 * still in lr ends the interrupt.
 */
#include "board.h"

    .syntax unified
    .thumb

    .section .isr_vector, "a", %progbits
    .align 2
    .globl ivt_vector_table
ivt_vector_table:
    .word _estack            /* 0: initial main stack pointer */
    .word ivt_reset          /* 1: reset */
    .word ivt_fault_entry    /* 2: NMI */
    .word ivt_fault_entry    /* 3: HardFault */
    .word ivt_fault_entry    /* 4: MemManage */
    .word ivt_fault_entry    /* 5: BusFault */
    .word ivt_fault_entry    /* 6: UsageFault */
    .word 0, 0, 0, 0         /* 7-10: reserved */
    .word ivt_fault_entry    /* 11: SVCall (unused: reported as a fault) */
    .word ivt_fault_entry    /* 12: DebugMonitor */
    .word 0                  /* 13: reserved */
    .word ivt_pendsv_entry   /* 14: PendSV: the context switch */
    .word ivt_irq_entry      /* 15: SysTick */
    .rept IVT_IRQ_LINES
    .word ivt_irq_entry      /* 16 + n: IRQ n */
    .endr

    .text

    .thumb_func
    .globl ivt_irq_entry
    .type ivt_irq_entry, %function
ivt_irq_entry:
    ldr r0, =ivt_kernel_instance
    mrs r1, ipsr
#if defined(__ARM_ARCH_6M__)
    ldr r2, =Z_kernelZ_ivthandleinterrupt  /* v6-M: b reaches only 2 KiB */
    bx r2
#else
    b Z_kernelZ_ivthandleinterrupt
#endif
    .size ivt_irq_entry, . - ivt_irq_entry

/* Faults: pass the stacked frame (from whichever stack was in use), the
 * exception number and EXC_RETURN to the C reporter. */
    .thumb_func
    .globl ivt_fault_entry
    .type ivt_fault_entry, %function
ivt_fault_entry:
    mov r2, lr
    movs r3, #4
    tst r2, r3
    bne 1f
    mrs r0, msp
    b 2f
1:  mrs r0, psp
2:  mrs r1, ipsr
    ldr r3, =ivt_fault
    bx r3
    .size ivt_fault_entry, . - ivt_fault_entry

/* PendSV: the context switch lands here (threads come with the scheduler). */
    .thumb_func
    .weak ivt_pendsv_entry
    .type ivt_pendsv_entry, %function
ivt_pendsv_entry:
    bx lr
    .size ivt_pendsv_entry, . - ivt_pendsv_entry
