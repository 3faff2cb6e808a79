/*
 * Probe of two QEMU 7.2 mcf5208evb quirks (tests/tools/qemu-quirks.test.js):
 *   - forcing source 27 through INTFRCL raises no interrupt: prints
 *     "forced 0" (1 if the handler ran);
 *   - the semihosting exit call ignores the status: exits with 7, which
 *     QEMU 7.2 turns into 0.
 */
    .text
    .globl _start
_start:
    move.w #0x2700, %sr
    lea stack_top, %sp
    move.l #table, %d0
    movec %d0, %vbr
    lea 0xFC048000, %a0         /* INTC0 */
    moveq #3, %d0
    move.b %d0, 0x40+27(%a0)    /* ICR27: level 3 */
    moveq #27, %d0
    move.b %d0, 0x1D(%a0)       /* CIMR: unmask source 27 */
    move.l #0x08000000, %d0
    move.l %d0, 0x14(%a0)       /* INTFRCL: force source 27 */
    move.w #0x2000, %sr         /* level 0: any pending source is taken */
    move.l #10000, %d1
1:  subq.l #1, %d1
    bne.s 1b
    move.w #0x2700, %sr
    lea 0xFC060000, %a1         /* UART0: "forced N\n" */
    moveq #4, %d0
    move.b %d0, 8(%a1)
    lea msg, %a2
2:  move.b (%a2)+, %d0
    beq.s 3f
    move.b %d0, 12(%a1)
    bra.s 2b
3:  move.l forced, %d0
    add.l #0x30, %d0
    move.b %d0, 12(%a1)
    moveq #10, %d0
    move.b %d0, 12(%a1)
    lea args, %a1               /* HOSTED_EXIT with status 7 in the block */
    move.l %a1, %d1
    moveq #0, %d0
    .balignw 4, 0x4e71
    nop
    halt
    .long 0x4e7bf000
4:  bra.s 4b

handler:
    moveq #1, %d0
    move.l %d0, forced
    lea 0xFC048000, %a0
    clr.l %d0
    move.l %d0, 0x14(%a0)       /* unforce */
    moveq #27, %d0
    move.b %d0, 0x1C(%a0)       /* SIMR: mask it */
    rte

    .data
msg: .asciz "forced "
    .align 4
args: .long 7
forced: .long 0

    .section .table, "aw"
    .align 4
table:
    .rept 256
    .long handler
    .endr
    .bss
    .align 4
    .space 1024
stack_top:
