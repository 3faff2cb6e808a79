/*
 * The C side of the code generation benchmark (apps/codegen/main.ts): the
 * same algorithms as the AssemblyScript workloads, as a C programmer would
 * write them, compiled at -O2 into the image (tools/ivt/build.js, an app's
 * native/*.c). The module calls them as imports (Z_ivtZ_codegen_*) with
 * offsets into its linear memory, so both sides work on the same bytes.
 *
 * Each function checks once, on entry, that its buffers lie inside module
 * memory (a bad offset traps as a wasm access would); the loops then run
 * unchecked, as plain C does.
 */
#include <stdint.h>

#include "ivt-memory.h"
#include "ivt-native.h"

/* Linear memory as the module sees it. A big-endian host (WABT_BIG_ENDIAN)
 * keeps it mirrored: byte a at [LIMIT - 1 - a], and the i32 at a is the
 * native word at [LIMIT - 4 - a] (arch/wasm-rt/ivt-runtime.h). */
#if WABT_BIG_ENDIAN
#define U8(a) (ivt_module_memory[IVT_MODULE_LIMIT - 1u - (uint32_t)(a)])
#define I32(a) (*(int32_t*)&ivt_module_memory[IVT_MODULE_LIMIT - 4u - (uint32_t)(a)])
#else
#define U8(a) (ivt_module_memory[(uint32_t)(a)])
#define I32(a) (*(int32_t*)&ivt_module_memory[(uint32_t)(a)])
#endif
#define U32(a) (*(uint32_t*)&I32(a))

/* Traps unless `bytes` at `base` lie inside module memory. */
static void inside(uint32_t base, uint32_t bytes) {
  if (base > IVT_MODULE_LIMIT || bytes > IVT_MODULE_LIMIT - base) wasm_rt_trap(WASM_RT_TRAP_OOB);
}

static int32_t fib(int32_t n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

u32 Z_ivtZ_codegen_fib(struct Z_ivt_instance_t* h, u32 n) {
  (void)h;
  return (u32)fib((int32_t)n);
}

u32 Z_ivtZ_codegen_crc32(struct Z_ivt_instance_t* h, u32 buf, u32 len, u32 table) {
  (void)h;
  inside(buf, len);
  inside(table, 256 * 4);
  uint32_t crc = 0xffffffffu;
  for (uint32_t i = 0; i < len; i++) crc = U32(table + ((crc ^ U8(buf + i)) & 0xff) * 4) ^ (crc >> 8);
  return ~crc;
}

/* The scheduler model's node (main.ts Node): offsets into linear memory,
 * 0 for none. The lists are 32 (head, tail) pairs. */
#define NEXT(n) U32((n) + 0)
#define PREV(n) U32((n) + 4)
#define PRIO(n) U32((n) + 8)
#define ID(n) U32((n) + 12)
#define HEAD(l, p) U32((l) + (p) * 8)
#define TAIL(l, p) U32((l) + (p) * 8 + 4)
#define NODES 64

static inline uint32_t xorshift(uint32_t x) {
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return x;
}

static inline uint32_t insert_tail(uint32_t lists, uint32_t bitmap, uint32_t n, uint32_t p) {
  uint32_t t = TAIL(lists, p);
  NEXT(n) = 0;
  PREV(n) = t;
  PRIO(n) = p;
  if (t) NEXT(t) = n;
  else HEAD(lists, p) = n;
  TAIL(lists, p) = n;
  return bitmap | (1u << p);
}

static inline uint32_t unlink_node(uint32_t lists, uint32_t bitmap, uint32_t n) {
  uint32_t p = PRIO(n), prev = PREV(n), next = NEXT(n);
  if (prev) NEXT(prev) = next;
  else HEAD(lists, p) = next;
  if (next) PREV(next) = prev;
  else TAIL(lists, p) = prev;
  return HEAD(lists, p) ? bitmap : bitmap & ~(1u << p);
}

u32 Z_ivtZ_codegen_sched(struct Z_ivt_instance_t* h, u32 nodes, u32 lists, u32 ops, u32 seed) {
  (void)h;
  inside(nodes, NODES * 16);
  inside(lists, 32 * 8);
  uint32_t bitmap = 0;
  for (uint32_t p = 0; p < 64; p++) U32(lists + p * 4) = 0;
  for (uint32_t i = 0; i < NODES; i++) {
    uint32_t n = nodes + i * 16;
    ID(n) = i;
    bitmap = insert_tail(lists, bitmap, n, (i * 7) & 31);
  }
  uint32_t x = seed, sum = 0;
  for (uint32_t k = 0; k < ops; k++) {
    x = xorshift(x);
    uint32_t n = (x & 3) == 0 ? nodes + ((x >> 8) & 63) * 16 : HEAD(lists, 31 - __builtin_clz(bitmap));
    bitmap = unlink_node(lists, bitmap, n);
    sum = sum * 31 + (ID(n) ^ (PRIO(n) << 8));
    bitmap = insert_tail(lists, bitmap, n, (x >> 16) & 31);
  }
  return sum ^ bitmap;
}

#define M 32

void Z_ivtZ_codegen_matmul(struct Z_ivt_instance_t* h, u32 a, u32 b, u32 c) {
  (void)h;
  inside(a, M * M * 4);
  inside(b, M * M * 4);
  inside(c, M * M * 4);
  for (uint32_t i = 0; i < M; i++) {
    for (uint32_t j = 0; j < M; j++) {
      int32_t s = 0;
      for (uint32_t k = 0; k < M; k++) s += I32(a + (i * M + k) * 4) * I32(b + (k * M + j) * 4);
      I32(c + (i * M + j) * 4) = s;
    }
  }
}

void Z_ivtZ_codegen_sort(struct Z_ivt_instance_t* h, u32 v, u32 n) {
  (void)h;
  inside(v, n * 4);
  for (int32_t i = 1; i < (int32_t)n; i++) {
    int32_t x = I32(v + i * 4);
    int32_t j = i - 1;
    while (j >= 0 && I32(v + j * 4) > x) {
      I32(v + (j + 1) * 4) = I32(v + j * 4);
      j--;
    }
    I32(v + (j + 1) * 4) = x;
  }
}

u32 Z_ivtZ_codegen_parse(struct Z_ivt_instance_t* h, u32 buf, u32 len) {
  (void)h;
  inside(buf, len);
  uint32_t hash = 0, i = 0;
  while (i < len) {
    int neg = 0;
    if (U8(buf + i) == '-') {
      neg = 1;
      i++;
    }
    int32_t v = 0;
    uint32_t c;
    while ((c = (uint32_t)U8(buf + i) - '0') < 10) {
      v = v * 10 + (int32_t)c;
      i++;
    }
    i++; /* the newline */
    hash = hash * 31 + (uint32_t)(neg ? -v : v);
  }
  return hash;
}

/* A byte loop, as the AssemblyScript side's: GCC would otherwise turn it
 * into a call to memcpy (-ftree-loop-distribute-patterns, on at -O2). */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
void Z_ivtZ_codegen_copy(struct Z_ivt_instance_t* h, u32 dst, u32 src, u32 n) {
  (void)h;
  inside(dst, n);
  inside(src, n);
  for (uint32_t i = 0; i < n; i++) U8(dst + i) = U8(src + i);
}
