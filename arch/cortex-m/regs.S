/*
 * The register clobber check behind the test-only import regs_check
 * (tests/target/regs.ts, docs/abi.md): fills every general register with
 * a pattern, spins while interrupts and thread switches come and go, then
 * stores them all for ivt_regs_mask (port.c) to compare. Not in an image
 * whose module does not import regs_check (--gc-sections drops it).
 *
 * uint32_t ivt_regs_fill_check(uint32_t pattern, uint32_t spins, uint32_t unmask)
 *
 * Register i (r0-r12) holds pattern + i and lr pattern + 13 for the whole
 * spin, except r7 (ARMv6-M) or r12 (ARMv7-M) for the three instructions of
 * each round that count it down in memory: under QEMU an interrupt comes
 * at the end of a translation block, the round's branch, where every
 * register holds its pattern. With `unmask`, interrupts (masked by the
 * caller) are enabled once the registers are filled, so a switch the
 * kernel has pended happens at that point, from thread code: the path of a
 * yield or of a thread waking a more urgent one.
 *
 * Frame below the saved callee-saved registers: [sp] pattern, [sp+4]
 * rounds left, [sp+8] the value of the counting register.
 */
    .syntax unified
    .thumb
    .text

#if defined(__ARM_ARCH_6M__)
#define COUNTER r7
#define COUNTER_INDEX 7
#else
#define COUNTER r12
#define COUNTER_INDEX 12
#endif

/* Every register but the frame's base gets pattern + its number. */
    .macro FILL
    ldr r0, [sp]
    movs r4, r0
    adds r4, #8
    mov r8, r4
    adds r4, #1
    mov r9, r4
    adds r4, #1
    mov r10, r4
    adds r4, #1
    mov r11, r4
    adds r4, #1
    mov r12, r4
    adds r4, #1
    mov lr, r4
    adds r1, r0, #1
    adds r2, r0, #2
    adds r3, r0, #3
    adds r4, r0, #4
    adds r5, r0, #5
    adds r6, r0, #6
    adds r7, r0, #7
    .endm

    .thumb_func
    .globl ivt_regs_fill_check
    .type ivt_regs_fill_check, %function
ivt_regs_fill_check:
    push {r4-r7, lr}
    mov r4, r8
    mov r5, r9
    mov r6, r10
    mov r7, r11
    push {r4-r7}
    sub sp, #12
    str r0, [sp]
    cmp r1, #0
    bne 1f
    movs r1, #1
1:  str r1, [sp, #4]
    adds r0, #COUNTER_INDEX
    str r0, [sp, #8]
    cmp r2, #0
    beq 2f
    FILL
    cpsie i
    b 3f
2:  FILL
3:  nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    ldr COUNTER, [sp, #4]
    subs COUNTER, #1
    str COUNTER, [sp, #4]
    ldr COUNTER, [sp, #8]      /* no flags: bne sees the subs */
    bne 3b
    /* saved[0..5] = r8-r12, lr; saved[6..13] = r0-r7 */
    push {r0-r7}
    mov r0, r8
    mov r1, r9
    mov r2, r10
    mov r3, r11
    mov r4, r12
    mov r5, lr
    push {r0-r5}
    mov r0, sp
    ldr r1, [sp, #56]
    bl ivt_regs_mask
    add sp, #56
    add sp, #12
    pop {r4-r7}
    mov r8, r4
    mov r9, r5
    mov r10, r6
    mov r11, r7
    pop {r4-r7, pc}
    .size ivt_regs_fill_check, . - ivt_regs_fill_check
