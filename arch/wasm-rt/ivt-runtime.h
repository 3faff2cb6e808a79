/* What the bare-metal wasm runtime needs from the arch port. */
#ifndef IVT_RUNTIME_H
#define IVT_RUNTIME_H
#include <stdint.h>

/* A wasm trap of `kind` (wasm_rt_trap_t) at code address `where`: report it
 * through the kernel. Does not return. */
__attribute__((noreturn)) void ivt_runtime_trap(uint32_t kind, uint32_t where);

/* The runtime cannot host this module (a table or type limit): say why on the
 * panic console and stop. Does not return. */
__attribute__((noreturn)) void ivt_runtime_fail(const char* why);

#endif
