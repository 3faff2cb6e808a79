/*
 * The register clobber check behind the test-only import regs_check
 * (tests/target/regs.ts, docs/abi.md): fills every general register but
 * the stack pointer with a pattern, spins while interrupts and thread
 * switches come and go, then stores them all for ivt_regs_mask (port.c)
 * to compare. Not in an image whose module does not import regs_check
 * (--gc-sections drops it).
 *
 * uint32_t ivt_regs_fill_check(uint32_t pattern, uint32_t spins, uint32_t unmask)
 *
 * d0-d7 hold pattern + 0..7 and a0-a6 pattern + 8..14 for the whole spin:
 * the round count lives in memory (subq to memory needs no register).
 * With `unmask`, interrupts (masked by the caller) are enabled once the
 * registers are filled, and a switch the kernel has pended is taken there
 * through TRAP #0, as irq_restore does: the path of a yield or of a thread
 * waking a more urgent one.
 */
    .text
    .globl ivt_regs_fill_check
    .type ivt_regs_fill_check, @function
ivt_regs_fill_check:
    lea -44(%sp), %sp
    movem.l %d2-%d7/%a2-%a6, (%sp)
    /* arguments: 48(sp) pattern, 52(sp) rounds (counted down in place), 56(sp) unmask */
    tst.l 52(%sp)
    bne.s 1f
    moveq #1, %d0
    move.l %d0, 52(%sp)
1:  move.l 48(%sp), %d0
    move.l %d0, %d1
    addq.l #1, %d1
    move.l %d0, %d2
    addq.l #2, %d2
    move.l %d0, %d3
    addq.l #3, %d3
    move.l %d0, %d4
    addq.l #4, %d4
    move.l %d0, %d5
    addq.l #5, %d5
    move.l %d0, %d6
    addq.l #6, %d6
    move.l %d0, %d7
    addq.l #7, %d7
    movea.l %d0, %a0
    lea 8(%a0), %a0
    lea 1(%a0), %a1
    lea 2(%a0), %a2
    lea 3(%a0), %a3
    lea 4(%a0), %a4
    lea 5(%a0), %a5
    lea 6(%a0), %a6
    tst.l 56(%sp)
    beq.s 3f
    move.w #0x2000, %sr         /* interrupts on: pending ones are taken now */
    tst.l ivt_switch_pending
    beq.s 3f
    trap #0                     /* a switch asked while masked (ivt-port-inline.h ivt_port_switch_if_due) */
3:  nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    subq.l #1, 52(%sp)
    bne.s 3b
    lea -60(%sp), %sp
    movem.l %d0-%d7/%a0-%a6, (%sp)  /* d0-d7 a0-a6, lowest address first */
    move.l 108(%sp), -(%sp)         /* pattern */
    pea 4(%sp)
    jsr ivt_regs_mask
    addq.l #8, %sp
    lea 60(%sp), %sp
    movem.l (%sp), %d2-%d7/%a2-%a6
    lea 44(%sp), %sp
    rts
    .size ivt_regs_fill_check, . - ivt_regs_fill_check
