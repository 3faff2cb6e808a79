/*
 * Cortex-M vector table and the one interrupt entry stub.
 *
 * Every external interrupt and SysTick vector to ivt_irq_entry, which
 * passes the exception number (IPSR) to the kernel's ivthandleinterrupt:
 * the same few instructions for every vector, and no C function per
 * vector. The hardware has already stacked r0-r3, r12, lr, pc and xPSR;
 * popping the EXC_RETURN value saved from lr into pc ends the interrupt.
 * Around the call the stub loads the interrupt stack's limit into r9,
 * where Cortex-M keeps ivt_stack_limit (the translated code's check on
 * function entry, arch/wasm-rt/ivt-stack.h), and puts the interrupted
 * code's back after: handlers nest, each keeps what it found on its own
 * stack (ARMv7-M pushes r9 itself; ARMv6-M, which can push only low
 * registers, moves it through r4), so the value is right at every instant.
 * The limit is a link-time constant (IVT_IRQ_STACK_LIMIT), one literal.
 * The switch saves and restores a thread's r9 with its other registers.
 */
#include "board.h"
#include "ivt-stack-layout.h"
#include "ivt-switch-state.h"

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
#if defined(__ARM_ARCH_6M__)
    push {r4, lr}               /* ARMv6-M pushes only r0-r7 and lr */
    mov r4, r9                  /* the interrupted code's limit (r9: ivt-stack.h) */
    ldr r3, =IVT_IRQ_STACK_LIMIT
    mov r9, r3
    ldr r0, =ivt_kernel_instance
    mrs r1, ipsr
    bl Z_kernelZ_ivthandleinterrupt
    mov r9, r4
    pop {r4, pc}
#else
    push {r9, lr}               /* the interrupted code's limit (r9: ivt-stack.h) */
    ldr r9, =IVT_IRQ_STACK_LIMIT
    ldr r0, =ivt_kernel_instance
    mrs r1, ipsr
    bl Z_kernelZ_ivthandleinterrupt
    pop {r9, pc}
#endif
    .size ivt_irq_entry, . - ivt_irq_entry

/* ivt_stack_exhausted: a translated function's frame went below
 * ivt_stack_limit (arch/wasm-rt/ivt-stack.h). Its caller's frames are
 * never returned to: the SP moves up to the limit before any push, so
 * nothing is written below the red zone, and C takes over with the
 * function's address (lr) as where it happened. */
    .thumb_func
    .globl ivt_stack_exhausted
    .type ivt_stack_exhausted, %function
ivt_stack_exhausted:
    mov r0, lr
    mov sp, r9                  /* the limit (r9: ivt-stack.h) */
    ldr r2, =ivt_stack_exhausted_at
    bx r2
    .size ivt_stack_exhausted, . - ivt_stack_exhausted

/* void ivt_arch_call_on_stack(sp, kind, where, fn): a stack that ran out
 * is abandoned; fn(kind, where) runs from `sp` (the active stack pointer:
 * PSP in a thread, MSP in a handler or at boot) and does not return. */
    .thumb_func
    .globl ivt_arch_call_on_stack
    .type ivt_arch_call_on_stack, %function
ivt_arch_call_on_stack:
    mov sp, r0
    mov r0, r1
    mov r1, r2
    bx r3
    .size ivt_arch_call_on_stack, . - ivt_arch_call_on_stack

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

/*
 * PendSV: the context switch, at the lowest exception priority, so it runs
 * only when no other handler is active (the kernel pends it from threads
 * and from interrupt handlers alike). Threads run on the process stack:
 *
 *   PSP -> | r4-r11 (saved here) | r0-r3 r12 lr pc xPSR (stacked by hardware) |
 *
 * The outgoing SP is stored and its red zone and canary word checked. When
 * the kernel already chose the next thread (switch_to: ivt_next_id >= 0)
 * and the stack is sound, PendSV only swaps stacks; otherwise it asks the
 * kernel (ivtswitch, on the interrupt stack, with 1 + the id of a thread
 * found overflowed). Interrupts are masked meanwhile: handlers change the
 * ready queue the kernel reads. ivt_running_id is -1 before the first
 * switch: there is nothing to save. Each thread's r9, its stack limit
 * (ivt-stack.h), is among the registers saved and restored here.
 *
 * ARMv7-M does it all here; ARMv6-M, with fewer instructions to do it
 * with, calls ivt_switch (arch/native/threads.c), which does the same in C.
 */
    .thumb_func
    .globl ivt_pendsv_entry
    .type ivt_pendsv_entry, %function
ivt_pendsv_entry:
    cpsid i
    mrs r0, psp
#if defined(__ARM_ARCH_6M__)
    ldr r2, =ivt_switch_state
    ldr r1, [r2, #IVT_SWITCH_RUNNING_ID]
    cmp r1, #0
    blt 1f
    subs r0, #32
    stmia r0!, {r4-r7}
    mov r4, r8
    mov r5, r9
    mov r6, r10
    mov r7, r11
    stmia r0!, {r4-r7}
    subs r0, #32
1:  bl ivt_switch
    adds r0, #16
    ldmia r0!, {r4-r7}
    mov r8, r4
    mov r9, r5
    mov r10, r6
    mov r11, r7
    msr psp, r0
    subs r0, #32
    ldmia r0!, {r4-r7}
    ldr r0, =0xFFFFFFFD
    cpsie i
    bx r0
#else
    /* r3: the saved SPs; the running id and the kernel's choice just below
     * them (arch/native/ivt-switch-state.h). */
    ldr r3, =ivt_switch_state + IVT_SWITCH_SAVED_SP
    ldr r1, [r3, #(IVT_SWITCH_RUNNING_ID - IVT_SWITCH_SAVED_SP)]
    cmp r1, #0
    blt 3f                          /* the first switch: nothing to save */
    stmdb r0!, {r4-r11}
    str r0, [r3, r1, lsl #2]
    ldr r4, =ivt_stack_bottom
    ldr r4, [r4, r1, lsl #2]
    addw r5, r4, #IVT_KERNEL_RED_ZONE_BYTES
    cmp r0, r5
    blo 2f                          /* the SP in the red zone */
    ldr r5, [r4, #(IVT_CANARY_WORDS - 1) * 4]
    ldr r6, =IVT_STACK_CANARY
    cmp r5, r6
    bne 2f                          /* the canary word nearest the stack broken */
    /* The kernel's choice is not reset here: every pend of PendSV writes
     * it first (ivt-port-inline.h), and the first switch never reads it. */
    ldr r12, [r3, #(IVT_SWITCH_NEXT_ID - IVT_SWITCH_SAVED_SP)]
    cmp r12, #0
    blt 3f                          /* no choice made: ask the kernel */
    /* lr is EXC_RETURN for a thread on the process stack, as it came in. */
5:  str r12, [r3, #(IVT_SWITCH_RUNNING_ID - IVT_SWITCH_SAVED_SP)]
    ldr r0, [r3, r12, lsl #2]
    ldmia r0!, {r4-r11}
    msr psp, r0
    cpsie i
    bx lr
2:  adds r1, r1, #1                 /* ivtswitch(1 + the overflowed thread's id) */
    b 4f
3:  movs r1, #0
4:  ldr r9, =IVT_IRQ_STACK_LIMIT   /* the kernel runs on the interrupt stack */
    ldr r0, =ivt_kernel_instance
    bl Z_kernelZ_ivtswitch
    mov r12, r0
    ldr r3, =ivt_switch_state + IVT_SWITCH_SAVED_SP
    ldr lr, =0xFFFFFFFD             /* return to thread mode, process stack */
    b 5b
#endif
    .size ivt_pendsv_entry, . - ivt_pendsv_entry

/*
 * Ends the boot context: the main stack is reset (boot's frames are never
 * returned to; interrupts use the whole main stack from now on), PendSV is
 * pended and interrupts enabled, so the first switch runs at once.
 */
    .thumb_func
    .globl ivt_start_threads
    .type ivt_start_threads, %function
ivt_start_threads:
    ldr r0, =_estack
    msr msp, r0
    ldr r1, =0xE000ED04   /* ICSR */
    ldr r2, =0x10000000   /* PENDSVSET */
    str r2, [r1]
    dsb
    isb
    cpsie i
2:  b 2b
    .size ivt_start_threads, . - ivt_start_threads
