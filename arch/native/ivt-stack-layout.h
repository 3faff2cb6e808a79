/*
 * The layout of a thread's stack on a native board (arch/native/threads.c),
 * as plain defines so that an arch's assembly switch can test the same
 * canary (arch/cortex-m/vectors.S). The red zone's size is the kernel
 * setting RED_ZONE_BYTES (board.h IVT_KERNEL_RED_ZONE_BYTES).
 */
#ifndef IVT_STACK_LAYOUT_H
#define IVT_STACK_LAYOUT_H

/* Words at the bottom of every thread stack holding IVT_STACK_CANARY. */
#define IVT_CANARY_WORDS 4
#define IVT_STACK_CANARY 0xC0DEFEED

/* The interrupt stack's limit (ivt-stack.h): its bottom, the link script's
 * _sstack, plus the red zone. A link-time constant, so that an interrupt
 * entry or the switch sets the limit with one load of a literal rather
 * than a load of a variable too. Needs board.h (the red zone's size). */
#ifdef __ASSEMBLER__
#define IVT_IRQ_STACK_LIMIT (_sstack + IVT_KERNEL_RED_ZONE_BYTES)
#else
#define IVT_IRQ_STACK_LIMIT ((uintptr_t)_sstack + IVT_KERNEL_RED_ZONE_BYTES)
#endif

#endif
