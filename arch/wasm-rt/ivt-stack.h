/*
 * The stack-limit check on entry to every translated function: wasm2c's
 * FUNC_PROLOGUE, put in place by tools/ivt/build.js (checkStackOnEntry).
 *
 * One load, one compare and one branch: the stack pointer (IVT_STACK_POINTER)
 * against ivt_stack_limit, which the arch keeps
 * equal to the lowest address the running context may use: the running
 * thread's stack bottom plus its red zone, or the interrupt stack's while
 * an interrupt handler, the switch or boot runs (arch/native/threads.c).
 * Below it, ivt_stack_exhausted ends the thread or stops the system with a
 * report. The check runs after the function's frame is made, so a frame
 * may reach below the limit by its own size before it is caught: the red
 * zone takes that (docs/kernel.md "Threads that end badly").
 */
#ifndef IVT_STACK_H
#define IVT_STACK_H
#include <stdint.h>

/* The current stack pointer (Cortex-M: MSP in a handler, PSP in a thread;
 * ColdFire: A7), one instruction on every GCC target here, whose stack
 * pointer register is named "sp". SP is an operand, not a name in an asm
 * template, so GCC reads it after the prologue has made the function's
 * frame (a bare "mov %0, sp" was scheduled before it: the body then ran
 * with its frame below the limit). Not volatile: within one function it
 * moves only by a call's pushed arguments, a few bytes. An arch whose
 * compiler needs another way defines IVT_STACK_POINTER in its cflags. */
#ifndef IVT_STACK_POINTER
#define IVT_STACK_POINTER()                          \
  __extension__({                                    \
    register uintptr_t sp_in_ __asm__("sp");         \
    uintptr_t sp_;                                   \
    __asm__("" : "=r"(sp_) : "0"(sp_in_));           \
    sp_;                                             \
  })
#endif

/* Declared const here, in the translated module only, on purpose: the value
 * never changes during one activation of a function (whenever a thread's
 * code runs, the limit is that thread's; a handler's code, the interrupt
 * stack's), so GCC may keep one load for the checks of the functions it
 * inlines into one another, across their stores to linear memory. The arch
 * code that changes it (threads.c, vectors.S) sees it as a plain variable. */
#if IVT_STACK_LIMIT_IN_R9
/* Cortex-M keeps the limit in r9, reserved for it in every C file
 * (-ffixed-r9, arch/cortex-m/arch.json): the check is then a compare and a
 * branch, no load. A thread's r9 is saved and restored with its other
 * registers at a switch; the interrupt entry sets the interrupt stack's
 * and puts the interrupted code's back (arch/cortex-m/vectors.S). Library
 * code built without -ffixed-r9 saves r9 before any use (AAPCS: callee
 * saved) and never calls translated code. */
register uintptr_t ivt_stack_limit __asm__("r9");
#else
extern const uintptr_t ivt_stack_limit;
#endif

/* Stack exhausted: does not return (arch/native/threads.c). */
__attribute__((noreturn, cold)) void ivt_stack_exhausted(void);

#define IVT_STACK_CHECK()                                              \
  do {                                                                 \
    if (__builtin_expect(IVT_STACK_POINTER() < ivt_stack_limit, 0))    \
      ivt_stack_exhausted();                                           \
  } while (0)

#endif
