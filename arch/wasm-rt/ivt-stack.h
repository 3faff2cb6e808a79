/*
 * The stack-limit check on entry to every translated function: wasm2c's
 * FUNC_PROLOGUE, put in place by tools/ivt/build.js (checkStackOnEntry).
 *
 * One load, one compare and one branch: the stack pointer (IVT_STACK_POINTER,
 * from the arch's ivt-arch.h) against ivt_stack_limit, which the arch keeps
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

#include "ivt-arch.h"

/* Declared const here, in the translated module only, on purpose: the value
 * never changes during one activation of a function (whenever a thread's
 * code runs, the limit is that thread's; a handler's code, the interrupt
 * stack's), so GCC may keep one load for the checks of the functions it
 * inlines into one another, across their stores to linear memory. The arch
 * code that changes it (threads.c, vectors.S) sees it as a plain variable. */
extern const uintptr_t ivt_stack_limit;

/* Stack exhausted: does not return (arch/native/threads.c). */
__attribute__((noreturn, cold)) void ivt_stack_exhausted(void);

#define IVT_STACK_CHECK()                                              \
  do {                                                                 \
    if (__builtin_expect(IVT_STACK_POINTER() < ivt_stack_limit, 0))    \
      ivt_stack_exhausted();                                           \
  } while (0)

#endif
