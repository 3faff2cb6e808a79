/* The few <string.h> functions the wasm2c output and the runtime use;
 * implemented in arch/coldfire/libc.c (no C library on this target). */
#ifndef IVT_STRING_H
#define IVT_STRING_H
#include <stddef.h>
void* memcpy(void* dst, const void* src, size_t n);
void* memmove(void* dst, const void* src, size_t n);
void* memset(void* dst, int c, size_t n);
int memcmp(const void* a, const void* b, size_t n);
size_t strlen(const char* s);
#endif
