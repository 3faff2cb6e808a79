/* What the bare-metal wasm runtime needs from the arch port. */
#ifndef IVT_RUNTIME_H
#define IVT_RUNTIME_H
#include <stdint.h>

#include "wasm-rt.h"

/* A wasm trap of `kind` (wasm_rt_trap_t) at code address `where`: report it
 * through the kernel. Does not return. */
__attribute__((noreturn)) void ivt_runtime_trap(uint32_t kind, uint32_t where);

/* The same, from the top of the running context's own stack: the trapping
 * frames are abandoned, so the report never runs short of stack. What
 * wasm_rt_trap calls. Does not return. */
__attribute__((noreturn)) void ivt_trap_on_fresh_stack(uint32_t kind, uint32_t where);

/* The runtime cannot host this module (a table or type limit): say why on the
 * panic console and stop. Does not return. */
__attribute__((noreturn)) void ivt_runtime_fail(const char* why);

/* Byte `addr` of the module's linear memory as the module sees it. C that
 * reads linear memory must come through here: wasm2c built with
 * WABT_BIG_ENDIAN (big-endian CPUs) keeps the memory mirrored, address a at
 * data[size - 1 - a]. An address past the end is a runtime failure. */
uint8_t ivt_module_byte(const wasm_rt_memory_t* mem, uint32_t addr);

/* The boot check every host makes: the module's ivtbyteorder export wrote
 * 0x04030201 at `mark`; its bytes must read 01 02 03 04 through
 * ivt_module_byte. A host built with the wrong WABT_BIG_ENDIAN setting
 * stops here with a report instead of corrupting shared data later. */
void ivt_check_byte_order(const wasm_rt_memory_t* mem, uint32_t mark);

#endif
