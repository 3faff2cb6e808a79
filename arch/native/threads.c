/*
 * Threads on a native board: stacks carved from the stack arena (the
 * kernel decides the offsets; the arch builds the first frame), overflow
 * checks, and the C half of every arch's context switch.
 *
 *   arena + offset                                  arena + offset + bytes
 *   | canary (16 B) | red zone | ...free... | first frame (arch) |
 *   |<-- RED_ZONE_BYTES ------>|            ^ saved SP
 *
 * Above the canary the stack is painted (IVT_STACK_PAINT) at thread_init,
 * so its peak use can be read off later: the words still painted were
 * never touched.
 *
 * A switch finding the SP inside the red zone, or the canary overwritten,
 * reports the outgoing thread as overflowed; the kernel ends it. The red
 * zone catches a thread on its way down before it writes past its stack.
 *
 * Between switches, every translated function checks the SP on entry
 * against ivt_stack_limit (arch/wasm-rt/ivt-stack.h): the running thread's
 * bottom + red zone, or the interrupt stack's while a handler, the switch
 * or boot runs on it (the arch sets it on interrupt entry and puts the
 * interrupted code's back on exit). Below it, ivt_stack_exhausted.
 */
#include <stdint.h>

#include "board.h"
#include "ivt-native.h"
#include "ivt-stack-layout.h"
#include "ivt-switch-state.h"

#define CANARY_WORDS IVT_CANARY_WORDS
#define CANARY ((uint32_t)IVT_STACK_CANARY)

/* kernel/config.ts MAX_THREADS and RED_ZONE_BYTES as this board's images
 * have them (its default or board.json "kernel"): the build writes every
 * such setting into board.h, so there is no copy to keep in step here. */
#define MAX_THREADS IVT_KERNEL_MAX_THREADS
#define RED_ZONE_BYTES IVT_KERNEL_RED_ZONE_BYTES
/* A thread whose SP is in the lowest RED_ZONE bytes at a switch has
 * overflowed. */
#define RED_ZONE_WORDS (RED_ZONE_BYTES / 4)

static uint8_t stack_arena[IVT_STACK_ARENA_BYTES] __attribute__((aligned(8), section(".stacks")));

struct ivt_switch_state ivt_switch_state = {.running_id = -1, .next_id = -1};
_Static_assert(__builtin_offsetof(struct ivt_switch_state, running_id) == IVT_SWITCH_RUNNING_ID &&
                   __builtin_offsetof(struct ivt_switch_state, next_id) == IVT_SWITCH_NEXT_ID &&
                   __builtin_offsetof(struct ivt_switch_state, saved_sp) == IVT_SWITCH_SAVED_SP,
               "ivt-switch-state.h: the assembly's offsets and the struct disagree");
/* Per thread: its stack's bottom (the canary's first word). Not static:
 * Cortex-M's PendSV (vectors.S) reads it, and the host tools find it by
 * name (tools/ivt/ramuse.js, tools/gdb/ivt.py). */
uint32_t* ivt_stack_bottom[MAX_THREADS];
static uint32_t* stack_top[MAX_THREADS];

/* The interrupt stack (the link script's .stack): reset, boot, every
 * interrupt handler and the switch run on it. */
extern uint32_t _sstack[], _estack[];

/* The limit of the code running now (see the top of this file); 0 before
 * boot sets it: no check. */
#if !IVT_STACK_LIMIT_IN_R9
uintptr_t ivt_stack_limit;
#endif
uint32_t ivt_stack_arena_bytes(void) {
  return sizeof stack_arena;
}

void ivt_thread_trampoline(uint32_t id) {
  Z_kernelZ_ivtthreadentry(&ivt_kernel_instance, id);
  ivt_runtime_fail("a thread's entry returned");
}

/* The thread reporting a CPU fault it took (-1: none), and the pc of the
 * fault. Cleared when a thread is made with that id again (thread_init):
 * the reporting thread never runs again after its report. */
static int32_t cpu_fault_thread = -1;
static uint32_t cpu_fault_pc;

void Z_ivtZ_thread_init(struct Z_ivt_instance_t* h, u32 id, u32 offset, u32 bytes) {
  (void)h;
  if (id >= MAX_THREADS || offset + bytes > sizeof stack_arena || offset + bytes < offset) {
    ivt_runtime_fail("thread_init outside the stack arena");
  }
  uint32_t* bottom = (uint32_t*)(stack_arena + offset);
  uint32_t* top = (uint32_t*)(stack_arena + offset + bytes);
  for (int i = 0; i < CANARY_WORDS; i++) bottom[i] = CANARY;
  ivt_paint_stack(bottom + CANARY_WORDS, top);
  ivt_saved_sp[id] = ivt_arch_first_frame(top, id, (uintptr_t)(bottom + RED_ZONE_WORDS));
  ivt_stack_bottom[id] = bottom;
  stack_top[id] = top;
  if ((int32_t)id == cpu_fault_thread) cpu_fault_thread = -1;
}

void ivt_paint_stack(uint32_t* from, uint32_t* to) {
  while (from < to) *from++ = IVT_STACK_PAINT;
}

void ivt_stack_limit_init(void) {
  ivt_stack_limit = IVT_IRQ_STACK_LIMIT;
}

/* A trap of `kind` (a wasm trap, an MMIO fault, or a stack overflow) at
 * code address `where` in the running context. None of its frames is ever
 * returned to, so the report runs on a fresh stack: in a thread, from the
 * top of the thread's own stack (the trap path ends just this thread, or
 * stops the system if the kernel cannot lose it); on the interrupt stack
 * (a handler, the switch, boot), from the top of that stack, and the kernel
 * stops the system. A thread with a small stack that traps deep down would
 * otherwise run the report in what is left of it, and the stack check
 * would cut the report short. The trap path starts with no limit (until
 * the next switch: a thread's trap path has its whole stack above the red
 * zone). */
static void report_on_fresh_stack(uint32_t kind, uint32_t where, void (*fn)(uint32_t, uint32_t));
static void capture_and_report(uint32_t kind, uint32_t where);
/* Where the trapping code's stack was left (ivt_trap_on_fresh_stack). */
static const uint32_t* trapped_sp;

void ivt_trap_on_fresh_stack(uint32_t kind, uint32_t where) {
  volatile uint32_t mark = where; /* its address: this frame's */
  trapped_sp = (const uint32_t*)&mark;
  /* The backtrace is taken here, below the frames it scans, when the stack
   * has room for the scan above its red zone (ivt_crash_capture_to). A
   * stack that ran out, or one too deep for the scan, has not: its scan
   * runs on the fresh stack (capture_and_report), whose own calls then
   * overwrite the outermost frames. */
  if (kind == IVT_TRAP_STACK_EXHAUSTED || !ivt_crash_capture_to(trapped_sp, 0, 0, (uint32_t)(uintptr_t)ivt_trap_on_fresh_stack)) {
    report_on_fresh_stack(kind, where, capture_and_report);
  }
  report_on_fresh_stack(kind, where, ivt_runtime_trap);
}

void ivt_trap_report(uint32_t kind, uint32_t where) {
  report_on_fresh_stack(kind, where, ivt_runtime_trap);
}

int ivt_cpu_fault_containable(void) {
  return ivt_running_id >= 0 && ivt_running_id != cpu_fault_thread;
}

void ivt_cpu_fault_contain(uint32_t pc) {
  cpu_fault_pc = pc;
}

void ivt_cpu_fault_resume(void) {
  cpu_fault_thread = ivt_running_id;
  report_on_fresh_stack(IVT_TRAP_CPU_FAULT_IN_THREAD, cpu_fault_pc, ivt_runtime_trap);
}

static void report_on_fresh_stack(uint32_t kind, uint32_t where, void (*fn)(uint32_t, uint32_t)) {
  int32_t id = ivt_running_id;
  if (id < 0 || ivt_stack_limit == IVT_IRQ_STACK_LIMIT) {
    ivt_stack_limit = 0;
    ivt_arch_call_on_stack(_estack, kind, where, fn);
  }
  ivt_stack_limit = 0;
  ivt_arch_call_on_stack(stack_top[id], kind, where, fn);
}

/* The report of a stack that ran out, on the fresh stack: the backtrace is
 * taken here, from the abandoned frames up to this function's own frame;
 * the outermost frames, which the scan's own calls overwrite from the top,
 * are lost (a full stack keeps the inner ones, which name the fault). */
static void capture_and_report(uint32_t kind, uint32_t where) {
  uint32_t here;
  ivt_crash_capture_to(trapped_sp, &here, 0, (uint32_t)(uintptr_t)ivt_trap_on_fresh_stack);
  ivt_runtime_trap(kind, where);
}

/* Which stack holds address `sp`: the id of the thread whose stack it is,
 * IRQ_STACK for the interrupt stack, NO_STACK for none. Always inlined:
 * ivt_stack_bottom_of is on the trap path's chain below a checked frame,
 * which the red zone holds (a frame of its own here made that chain 8
 * bytes deeper, tools/ivt/frames.js). */
#define IRQ_STACK (-1)
#define NO_STACK (-2)
static inline __attribute__((always_inline)) int32_t stack_holding(uintptr_t sp) {
  if (sp >= (uintptr_t)_sstack && sp < (uintptr_t)_estack) return IRQ_STACK;
  for (uint32_t id = 0; id < MAX_THREADS; id++) {
    if (ivt_stack_bottom[id] && sp >= (uintptr_t)ivt_stack_bottom[id] && sp < (uintptr_t)stack_top[id]) return (int32_t)id;
  }
  return NO_STACK;
}

const uint32_t* ivt_stack_bottom_of(uintptr_t sp) {
  int32_t s = stack_holding(sp);
  return s == IRQ_STACK ? (const uint32_t*)_sstack : s == NO_STACK ? 0 : ivt_stack_bottom[s];
}

const uint32_t* ivt_stack_top_of(uintptr_t sp) {
  int32_t s = stack_holding(sp);
  return s == IRQ_STACK ? _estack : s == NO_STACK ? (const uint32_t*)sp : stack_top[s];
}

/* A translated function at code address `where` found the SP below
 * ivt_stack_limit (ivt-stack.h); the arch's ivt_stack_exhausted moved the
 * SP up to the limit, so this runs on the abandoned frames, above the red
 * zone. */
void ivt_stack_exhausted_at(uint32_t where) {
  ivt_trap_on_fresh_stack(IVT_TRAP_STACK_EXHAUSTED, where);
}

u32 Z_ivtZ_stack_unused(struct Z_ivt_instance_t* h, u32 id) {
  (void)h;
  if (id >= MAX_THREADS || !ivt_stack_bottom[id]) return 0;
  const uint32_t* w = ivt_stack_bottom[id] + CANARY_WORDS;
  while (w < stack_top[id] && *w == IVT_STACK_PAINT) w++;
  return (u32)((uintptr_t)w - (uintptr_t)(ivt_stack_bottom[id] + CANARY_WORDS));
}

void Z_ivtZ_thread_start(struct Z_ivt_instance_t* h) {
  (void)h;
  ivt_start_threads();
}

/* Whether thread `id`, switched away from with stack pointer `sp`, has
 * overflowed: its SP in the red zone, or the canary word nearest the stack
 * (the first one a downward overflow reaches) overwritten. One word, not
 * four: this runs at every switch. */
static int overflowed(int32_t id, const uint32_t* sp) {
  const uint32_t* bottom = ivt_stack_bottom[id];
  return sp < bottom + RED_ZONE_WORDS || bottom[CANARY_WORDS - 1] != CANARY;
}

uint32_t* ivt_switch(uint32_t* sp) {
  int32_t cur = ivt_running_id;
  /* The thread the kernel chose already (switch_to), or -1 when a
   * switch_request came after: then the kernel is asked now, as it is
   * when the outgoing thread overflowed. */
  int32_t next = ivt_next_id;
  uint32_t broken = 0;
  if (cur >= 0 && sp) {
    ivt_saved_sp[cur] = sp;
    if (overflowed(cur, sp)) broken = (uint32_t)cur + 1;
  }
  if (next >= 0) ivt_next_id = -1;
  if (next < 0 || broken) {
    /* The kernel's part of the switch runs on the interrupt stack. */
    ivt_stack_limit = IVT_IRQ_STACK_LIMIT;
    next = (int32_t)Z_kernelZ_ivtswitch(&ivt_kernel_instance, broken);
  }
  ivt_running_id = next;
  ivt_stack_limit = (uintptr_t)(ivt_stack_bottom[next] + RED_ZONE_WORDS);
  return ivt_saved_sp[next];
}
