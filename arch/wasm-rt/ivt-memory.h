/* The module's linear memory, as the translated module reaches it.
 *
 * Board memory is fixed at build time, so tools/ivt/build.js rewrites
 * wasm2c's loads and stores (specializeMemoryAccess): each access checks
 * its address with ivt_ea, which sees the instruction's base and constant
 * offset apart, and indexes this static buffer. The check is one compare
 * of the base with a constant, instead of two loads from the instance and
 * 64-bit arithmetic per access; it stays exact (an access traps exactly
 * when wasm says it must). wasm-rt-ivt.c gives the instance the same
 * buffer and size, for memory.fill/copy and the host's reads. */
#ifndef IVT_MEMORY_H
#define IVT_MEMORY_H
#include <stdint.h>
#include <string.h>

#include "board.h"
#include "wasm-rt.h"

/* Bytes of linear memory the module may reach: the board's module memory,
 * at most the one 64 KiB page the module declares. */
#define IVT_MODULE_LIMIT \
  (IVT_MODULE_MEMORY_BYTES < 65536u ? IVT_MODULE_MEMORY_BYTES : 65536u)

/* A module memory's alignment, stated where it is declared as where it is
 * defined (wasm-rt-ivt.c, the image's apps.c), on a core without unaligned
 * access (ARMv6-M, ivt-memcpy.h): GCC then knows an access at a constant
 * or word-aligned offset is aligned and drops the test of the memory's own
 * address that each such load and store made (micro:bit: yield 290 -> 262,
 * irq_to_bottom_half 1435 -> 1313, docs/build.md "micro:bit's memory known
 * aligned"). Elsewhere the access is the same either way, and the
 * attribute only moved GCC's choices: Thread-Metric cooperative 129.37 ->
 * 134.39 on mps2-an385. */
#if defined(__arm__) && !defined(__ARM_FEATURE_UNALIGNED)
#define IVT_MEMORY_ALIGNMENT __attribute__((aligned(8)))
#else
#define IVT_MEMORY_ALIGNMENT
#endif
extern uint8_t ivt_module_memory[] IVT_MEMORY_ALIGNMENT;

/* The address of a wasm access of `len` bytes at `base` + `offset`
 * (`offset` is the instruction's constant, so the first test folds away
 * and the second compares `base` with a constant); traps as wasm does
 * when any byte lies past the end. The sum cannot wrap: both terms are
 * bounded by the limit when the tests pass. */
static inline uint64_t ivt_ea_in(uint32_t limit, uint32_t base, uint32_t offset, uint32_t len) {
  if (UNLIKELY(offset > limit - len || base > limit - len - offset)) {
    wasm_rt_trap(WASM_RT_TRAP_OOB);
  }
  return (uint64_t)base + offset;
}

/* The kernel's accesses: its memory is the board's module memory. An
 * application module of an isolated image uses ivt_ea_in with its own
 * memory's size (tools/ivt/build.js appModuleC). */
static inline uint64_t ivt_ea(uint32_t base, uint32_t offset, uint32_t len) {
  return ivt_ea_in(IVT_MODULE_LIMIT, base, offset, len);
}

/* The kernel's accesses in an image whose applications run in their own
 * modules: trusted, unchecked (tools/ivt/build.js trustKernelAccesses). */
static inline uint64_t ivt_ea_trusted(uint32_t base, uint32_t offset, uint32_t len) {
  (void)len;
  return (uint64_t)base + offset;
}

/* An access inside a loop whose range test, run once before the loop,
 * proved it in bounds for every iteration (tools/ivt/loops.js); the
 * loop's unproved twin, with every check, runs when the test fails. */
static inline uint64_t ivt_ea_verified(uint32_t base, uint32_t offset, uint32_t len) {
  (void)len;
  return (uint64_t)base + offset;
}

/* A data segment of `bytes` at `offset` (both constants: the test folds
 * away) must lie inside memory; wasm traps at instantiation otherwise. */
#define IVT_SEGMENT_CHECK_IN(limit, offset, bytes) \
  if ((uint64_t)(offset) + (bytes) > (limit)) wasm_rt_trap(WASM_RT_TRAP_OOB)
#define IVT_SEGMENT_CHECK(offset, bytes) IVT_SEGMENT_CHECK_IN(IVT_MODULE_LIMIT, offset, bytes)

/* memory.copy's and memory.fill's range test (tools/ivt/build.js
 * specializeMemoryAccess): `n` bytes at `addr` must lie in a memory of
 * `size` bytes. In 32 bits: every memory here is at most one 64 KiB page
 * (wasm-rt-ivt.c), where wasm2c's test adds in 64. Exact as wasm's. */
static inline void ivt_range_check(uint64_t size, uint32_t addr, uint32_t n) {
  uint32_t bytes = (uint32_t)size;
  if (UNLIKELY(n > bytes || addr > bytes - n)) wasm_rt_trap(WASM_RT_TRAP_OOB);
}

/* A move of memory.copy's (ivt_memory_copy; between two modules' memories,
 * ivt_copy_words below). A queue's item, a message or a small object is
 * usually a few aligned words, and newlib-nano's memmove spends about 40
 * instructions on 16 bytes choosing how to copy them: such a copy (at most
 * 16 bytes, both ends and the length word-aligned) is done here in
 * registers, every word loaded before any is stored, so an overlapping
 * move ends as memmove's does. Anything else is memmove's. */
typedef uint32_t __attribute__((may_alias)) ivt_word_t;
/* Moves `n` bytes (at most 16, a multiple of 4) between word-aligned
 * `d` and `s`, every word loaded before any is stored. */
static inline void ivt_move_words(uint8_t* d, const uint8_t* s, uint32_t n) {
  const ivt_word_t* from = (const ivt_word_t*)(const void*)s;
  ivt_word_t* to = (ivt_word_t*)(void*)d;
  uint32_t w0, w1, w2, w3;
  switch (n >> 2) {
    case 4: w0 = from[0]; w1 = from[1]; w2 = from[2]; w3 = from[3];
            to[0] = w0; to[1] = w1; to[2] = w2; to[3] = w3; return;
    case 3: w0 = from[0]; w1 = from[1]; w2 = from[2];
            to[0] = w0; to[1] = w1; to[2] = w2; return;
    case 2: w0 = from[0]; w1 = from[1]; to[0] = w0; to[1] = w1; return;
    case 1: to[0] = from[0]; return;
    default: return;
  }
}
static inline void ivt_memmove(uint8_t* d, const uint8_t* s, uint32_t n) {
  if (n <= 16 && (((uintptr_t)d | (uintptr_t)s | n) & 3u) == 0) {
    ivt_move_words(d, s, n);
    return;
  }
  memmove(d, s, n);
}

/* Moves `n` bytes (at most 16, a multiple of 4) from word-aligned `s` to
 * word-aligned `d` in another module's memory, which no copy between two
 * modules overlaps (the image's apps-copy.h: a system call's item or message).
 * On ColdFire one `move.l (a0)+,(a1)+` a word, each case falling into the
 * next: ivt_move_words, which loads every word before it stores any,
 * compiled there to a compare chain and an address rebuilt for each word
 * (a 16-byte app_copy_in 51 instructions in a single-step trace of
 * apps/bench-app; a loop of move.l made it 48, this 46 with the one
 * test, docs/build.md "A system call's copy tested once"). Elsewhere
 * ivt_move_words' registers are the shorter way. */
static inline void ivt_copy_words(uint8_t* d, const uint8_t* s, uint32_t n) {
#if defined(__mcoldfire__)
  const ivt_word_t* from = (const ivt_word_t*)(const void*)s;
  ivt_word_t* to = (ivt_word_t*)(void*)d;
  switch (n >> 2) {
    case 4: *to++ = *from++; /* fall through */
    case 3: *to++ = *from++; /* fall through */
    case 2: *to++ = *from++; /* fall through */
    case 1: *to = *from; /* fall through */
    default: return;
  }
#else
  ivt_move_words(d, s, n);
#endif
}

/* memory.copy of `n` bytes from `s` to `d` within one module's memory,
 * `mem`, of `limit` bytes (tools/ivt/build.js specializeMemoryAccess
 * rewrites wasm2c's memory_copy to this, with the module's constant size:
 * wasm2c's reads the size from the instance). A queue item or message
 * (at most 16 bytes, both ends and the length word-aligned) that lies at
 * least 16 bytes before the end at both ends is in range whatever its
 * length: two compares with a constant, then the words move in registers
 * (ivt_move_words). Anything else takes the exact test, so a copy traps
 * exactly when wasm says it must. `m` is the memory's wasm2c record. */
static inline void ivt_memory_copy(const wasm_rt_memory_t* m, uint8_t* mem, uint32_t limit, uint32_t d, uint32_t s, uint32_t n) {
#if defined(__ARM_ARCH_6M__)
  /* ARMv6-M (micro:bit): the exact test against the instance's size and
   * data, as before this function. Measured there with `make bench`, the
   * constant size and address, each a literal-pool load on this core, made
   * Thread-Metric message 575.70 -> 629.19 instructions (send and receive
   * inlined into its loop) for queue_send_receive 458 -> 418. */
  (void)mem;
  (void)limit;
  ivt_range_check(m->size, d, n);
  ivt_range_check(m->size, s, n);
  ivt_memmove(m->data + d, m->data + s, n);
#else
  (void)m;
  if (LIKELY(n <= 16 && d <= limit - 16 && s <= limit - 16 && ((d | s | n | limit) & 3u) == 0)) {
    /* A module's memory is 8-aligned (wasm-rt-ivt.c, the image's apps.c),
     * and `limit` a constant (its test folds away): word-aligned addresses
     * are word-aligned pointers, tested once, here. */
#if WABT_BIG_ENDIAN
    ivt_move_words(mem + limit - d - n, mem + limit - s - n, n);
#else
    ivt_move_words(mem + d, mem + s, n);
#endif
    return;
  }
  ivt_range_check(limit, d, n);
  ivt_range_check(limit, s, n);
#if WABT_BIG_ENDIAN
  memmove(mem + limit - d - n, mem + limit - s - n, n);
#else
  memmove(mem + d, mem + s, n);
#endif
#endif
}

/* memory.fill of `n` bytes of `val` from `d` in the module memory `m`
 * (tools/ivt/build.js specializeMemoryAccess rewrites wasm2c's
 * memory_fill to this). On a big-endian CPU wasm2c keeps the memory
 * mirrored (address a at data[size - 1 - a]), so the range is the block
 * ending at size - d; wabt 1.0.32's own memory_fill sets data + d there,
 * other bytes than wasm names. */
static inline void ivt_memory_fill(const wasm_rt_memory_t* m, uint32_t d, uint32_t val, uint32_t n) {
  uint32_t size = (uint32_t)m->size;
  ivt_range_check(size, d, n);
#if WABT_BIG_ENDIAN
  memset(m->data + size - d - n, (int)val, n);
#else
  memset(m->data + d, (int)val, n);
#endif
}

/* Gives an application module of an isolated image its memory: `bytes` at
 * `data` (its own static buffer), zeroed (wasm-rt-ivt.c). */
void ivt_app_memory_init(wasm_rt_memory_t* mem, uint8_t* data, uint32_t bytes);

#endif
