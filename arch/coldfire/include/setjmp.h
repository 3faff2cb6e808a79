/* wasm-rt.h names jmp_buf in a declaration; the bare-metal runtime never
 * unwinds (traps go to the kernel's report), so nothing here is called. */
#ifndef IVT_SETJMP_H
#define IVT_SETJMP_H
typedef long jmp_buf[16];
#endif
