/*
 * The context switch's state, shared by arch/native/threads.c (ivt_switch,
 * the C switch), the arch's switch requests (ivt-port-inline.h) and
 * ARMv7-M's PendSV (arch/cortex-m/vectors.S): one object, so that PendSV
 * reaches the running thread's id, the kernel's choice and every saved SP
 * from one base address (one literal load where it took three).
 *
 *   ivt_switch_state:  | running_id | next_id | saved_sp[0 .. MAX_THREADS-1] |
 *                                              ^ IVT_SWITCH_SAVED_SP
 *
 * The offsets below are the assembly's; a static assertion in threads.c
 * keeps them and the struct in step.
 */
#ifndef IVT_SWITCH_STATE_H
#define IVT_SWITCH_STATE_H

#include "board.h"

/* Byte offsets in ivt_switch_state, for assembly. */
#define IVT_SWITCH_RUNNING_ID 0
#define IVT_SWITCH_NEXT_ID 4
#define IVT_SWITCH_SAVED_SP 8

#ifndef __ASSEMBLER__
#include <stdint.h>

struct ivt_switch_state {
  /* The thread whose registers the CPU holds (-1 before the first switch). */
  int32_t running_id;
  /* The thread the kernel made the running one for the pending switch
   * (switch_to), or -1: ask the kernel (ivtswitch). Written by the arch's
   * ivt_port_switch_to and ivt_port_switch_request with every pend. */
  volatile int32_t next_id;
  /* Per thread: the SP its last switch saved. */
  uint32_t* saved_sp[IVT_KERNEL_MAX_THREADS];
};

extern struct ivt_switch_state ivt_switch_state;

#define ivt_running_id (ivt_switch_state.running_id)
#define ivt_next_id (ivt_switch_state.next_id)
#define ivt_saved_sp (ivt_switch_state.saved_sp)
#endif

#endif
