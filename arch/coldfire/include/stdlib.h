/* <stdlib.h> as far as wasm-rt.h needs it: abort only. */
#ifndef IVT_STDLIB_H
#define IVT_STDLIB_H
#include <stddef.h>
__attribute__((noreturn)) void abort(void);
#endif
