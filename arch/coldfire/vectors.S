/*
 * ColdFire (V2, ISA_A+) vector table, the one interrupt entry stub, the
 * context switch and the fault entry.
 *
 * A V2 core has one stack pointer (A7) and runs everything in supervisor
 * mode, so the port keeps the Cortex-M shape by hand:
 *   - every interrupt vector goes to ivt_irq_entry, which reads the vector
 *     number from the exception frame and calls ivthandleinterrupt; the
 *     outermost interrupt moves to the interrupt stack (_estack) and back;
 *     around the call, every interrupt loads the interrupt stack's limit
 *     into ivt_stack_limit (the translated code's check on function entry,
 *     arch/wasm-rt/ivt-stack.h) and puts the interrupted code's back;
 *   - a switch requested while interrupts were active happens when the
 *     outermost one returns (PendSV's rule), one requested from a thread
 *     happens at once through TRAP #0;
 *   - the boot context runs on the interrupt stack with ivt_irq_nesting = 1,
 *     so an interrupt during boot nests on it instead of resetting it.
 *
 * A thread switched out keeps on its own stack (lowest address first):
 *
 *   SP -> | d2-d7 a2-a6 (44 B) | d0 d1 a0 a1 (16 B) | format/vector/SR | PC |
 *
 * the same for a thread preempted by an interrupt and for one that trapped.
 */
#include "board.h"
#include "ivt-stack-layout.h"

    .section .isr_vector, "a"
    .align 4
    .globl ivt_vector_table
ivt_vector_table:
    .long _estack               /* 0: initial SP (unused: -kernel starts at the entry) */
    .long ivt_reset             /* 1: reset */
    .rept 22
    .long ivt_fault_entry       /* 2-23: access/address error, illegal, divide by zero, ... */
    .endr
    .rept 8
    .long ivt_irq_entry         /* 24: spurious, 25-31: autovectored levels */
    .endr
    .long ivt_switch_trap       /* 32: TRAP #0, a switch asked from a thread */
    .rept 31
    .long ivt_fault_entry       /* 33-47: TRAP #1-15, 48-63: reserved */
    .endr
    .rept 192
    .long ivt_irq_entry         /* 64-255: interrupt controller sources */
    .endr

    .text

/* Reset: supervisor mode, interrupts masked, the interrupt stack, VBR at
 * the table; then C. */
    .globl ivt_reset
    .type ivt_reset, @function
ivt_reset:
    move.w #0x2700, %sr
    lea _estack, %sp
    move.l #ivt_vector_table, %d0
    movec %d0, %vbr
    jmp ivt_reset_c
    .size ivt_reset, . - ivt_reset

/* Every interrupt: vector = bits 25-18 of the frame's first long word. */
    .globl ivt_irq_entry
    .type ivt_irq_entry, @function
ivt_irq_entry:
    lea -16(%sp), %sp
    movem.l %d0-%d1/%a0-%a1, (%sp)
    move.l 16(%sp), %d0
    moveq #18, %d1
    lsr.l %d1, %d0
    andi.l #0xff, %d0
    move.w %sr, %d1                 /* this interrupt's level */
    move.w #0x2700, %sr
    movea.l ivt_irq_nesting, %a1
    addq.l #1, %a1
    move.l %a1, ivt_irq_nesting
    cmpa.l #1, %a1
    bne.s 1f
    movea.l %sp, %a0                /* outermost: to the interrupt stack */
    lea _estack, %sp
    move.l %a0, -(%sp)
1:  move.l ivt_stack_limit, -(%sp)  /* the interrupted code's limit */
    lea IVT_IRQ_STACK_LIMIT, %a0    /* (ColdFire's move has no #imm to absolute) */
    move.l %a0, ivt_stack_limit
    move.w %d1, %sr                 /* more urgent levels may nest now */
    move.l %d0, -(%sp)
    pea ivt_kernel_instance
    jsr Z_kernelZ_ivthandleinterrupt
    addq.l #8, %sp
    move.w #0x2700, %sr
    move.l (%sp)+, ivt_stack_limit
    subq.l #1, ivt_irq_nesting
    bne.s 2f
    movea.l (%sp), %sp              /* outermost: back to the thread's stack */
    tst.l ivt_switch_pending
    bne.s ivt_do_switch
2:  movem.l (%sp), %d0-%d1/%a0-%a1
    lea 16(%sp), %sp
    rte
    .size ivt_irq_entry, . - ivt_irq_entry

/* TRAP #0: a thread asks for a switch (Z_ivtZ_switch_request, irq_restore). */
    .globl ivt_switch_trap
    .type ivt_switch_trap, @function
ivt_switch_trap:
    move.w #0x2700, %sr
    lea -16(%sp), %sp
    movem.l %d0-%d1/%a0-%a1, (%sp)
    /* fall through */

/* The switch, interrupts masked, on the outgoing thread's stack with its
 * scratch registers and exception frame saved. ivt_switch (C, on the
 * interrupt stack) stores the SP, asks the kernel who runs next and
 * returns that thread's SP. */
ivt_do_switch:
    clr.l ivt_switch_pending        /* this switch answers every request so far */
    lea -44(%sp), %sp
    movem.l %d2-%d7/%a2-%a6, (%sp)
    move.l %sp, %d0
    lea _estack, %sp
    move.l %d0, -(%sp)
    jsr ivt_switch
    movea.l %d0, %sp
ivt_resume:
    movem.l (%sp), %d2-%d7/%a2-%a6
    lea 44(%sp), %sp
    movem.l (%sp), %d0-%d1/%a0-%a1
    lea 16(%sp), %sp
    rte
    .size ivt_switch_trap, . - ivt_switch_trap

/* Ends the boot context: the interrupt stack is reset (boot's frames are
 * never returned to), nesting drops to 0, and the first thread resumes. */
    .globl ivt_start_threads
    .type ivt_start_threads, @function
ivt_start_threads:
    move.w #0x2700, %sr
    lea _estack, %sp
    clr.l ivt_irq_nesting
    clr.l ivt_switch_pending
    clr.l -(%sp)
    jsr ivt_switch
    movea.l %d0, %sp
    bra.s ivt_resume
    .size ivt_start_threads, . - ivt_start_threads

/* ivt_stack_exhausted: a translated function's frame went below
 * ivt_stack_limit (arch/wasm-rt/ivt-stack.h). Its caller's frames are
 * never returned to: the SP moves up to the limit before any push, so
 * nothing is written below the red zone, and C takes over with the return
 * address (in the function that ran out) as where it happened. */
    .globl ivt_stack_exhausted
    .type ivt_stack_exhausted, @function
ivt_stack_exhausted:
    move.l (%sp), %d0
    movea.l ivt_stack_limit, %sp
    move.l %d0, -(%sp)
    jsr ivt_stack_exhausted_at
    .size ivt_stack_exhausted, . - ivt_stack_exhausted

/* void ivt_arch_call_on_stack(sp, kind, where, fn): a stack that ran out
 * is abandoned; fn(kind, where) runs from `sp` and does not return. */
    .globl ivt_arch_call_on_stack
    .type ivt_arch_call_on_stack, @function
ivt_arch_call_on_stack:
    movea.l 16(%sp), %a1
    move.l 12(%sp), %d1
    move.l 8(%sp), %d0
    movea.l 4(%sp), %sp
    move.l %d1, -(%sp)
    move.l %d0, -(%sp)
    jsr (%a1)
    .size ivt_arch_call_on_stack, . - ivt_arch_call_on_stack

/* A new thread's first instruction: its id is in d2 (threads.c). */
    .globl ivt_thread_start
    .type ivt_thread_start, @function
ivt_thread_start:
    move.l %d2, -(%sp)
    jsr ivt_thread_trampoline
    .size ivt_thread_start, . - ivt_thread_start

/* CPU exceptions (access error, illegal instruction, ...): all registers
 * and the frame go to the C reporter. It returns only for a fault a thread
 * may end alone, having pointed the frame's pc at ivt_cpu_fault_resume:
 * the registers come back and the exception returns there. */
    .globl ivt_fault_entry
    .type ivt_fault_entry, @function
ivt_fault_entry:
    move.w #0x2700, %sr
    lea -60(%sp), %sp
    movem.l %d0-%d7/%a0-%a6, (%sp)
    move.l %sp, -(%sp)
    jsr ivt_fault
    addq.l #4, %sp
    movem.l (%sp), %d0-%d7/%a0-%a6
    lea 60(%sp), %sp
    rte
    .size ivt_fault_entry, . - ivt_fault_entry

/* uint32_t ivt_semihost(uint32_t nr, void* args): QEMU's m68k semihosting
 * call is HALT preceded by a NOP and followed by the magic long word, with
 * the NOP on a 4-byte boundary. */
    .globl ivt_semihost
    .type ivt_semihost, @function
ivt_semihost:
    move.l 4(%sp), %d0
    move.l 8(%sp), %d1
    .balignw 4, 0x4e71
    nop
    halt
    .long 0x4e7bf000
    rts
    .size ivt_semihost, . - ivt_semihost
