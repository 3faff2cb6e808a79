/*
 * Crash records for a board (kernel/bugcheck.ts, docs/crash.md): the
 * no-init area the record is kept in, the backtrace, the names of code
 * addresses, the build id and the reset. The imports crash_*, code_*,
 * fault_reg, build_id and reset of docs/abi.md.
 *
 * The no-init area is the last IVT_NOINIT_BYTES of RAM, outside every
 * section of the image (the linker script keeps it out of RAM's region): so
 * neither the reset code (which zeroes .bss) nor QEMU, which at a system
 * reset loads the ELF's segments again and zero-fills their NOLOAD parts,
 * touches it. A warm reset keeps it; power-on leaves it random, which the
 * magic word and the checksum tell from a record.
 */
#include <stdint.h>

#include "board.h"
#include "ivt-native.h"

/* Words of the record the kernel writes (kernel/config.ts CRASH_RECORD_WORDS). */
#define CRASH_WORDS IVT_KERNEL_CRASH_RECORD_WORDS

#if CRASH_WORDS == 0
/* A board with no room for records (kernel/config.ts CRASH_RECORD_WORDS 0):
 * the kernel makes none and imports none of the calls below; a CPU fault
 * still reaches it, and its report needs nothing kept. */
int ivt_crash_capture_to(const uint32_t* sp, const uint32_t* end, uint32_t first, uint32_t from) {
  (void)sp;
  (void)end;
  (void)first;
  (void)from;
  return 1; /* nothing to capture: no need for a fresh stack */
}
void ivt_crash_fault_reg(uint32_t index, uint32_t value) {
  (void)index;
  (void)value;
}
#else
#define CRASH_MAGIC 0x49564352u /* "IVCR" */

struct crash_area {
  uint32_t magic;
  uint32_t words;
  uint32_t sum;
  uint32_t data[CRASH_WORDS];
};

/* The linker script places it (arch/<arch>/link.ld.in NOINIT). */
extern struct crash_area ivt_noinit_crash;
#define AREA (&ivt_noinit_crash)

/* FNV-1a over the count and the words, with the magic as a seed: a record
 * half written when a reset came, or RAM's power-on noise, fails it. */
static uint32_t crash_sum(uint32_t words) {
  uint32_t h = 2166136261u ^ CRASH_MAGIC;
  h = (h ^ words) * 16777619u;
  for (uint32_t i = 0; i < words && i < CRASH_WORDS; i++) h = (h ^ AREA->data[i]) * 16777619u;
  return h;
}

void Z_ivtZ_crash_put(struct Z_ivt_instance_t* h, u32 index, u32 word) {
  (void)h;
  if (index < CRASH_WORDS) AREA->data[index] = word;
}

u32 Z_ivtZ_crash_get(struct Z_ivt_instance_t* h, u32 index) {
  (void)h;
  return index < CRASH_WORDS ? AREA->data[index] : 0;
}

void Z_ivtZ_crash_seal(struct Z_ivt_instance_t* h, u32 words) {
  (void)h;
  if (words > CRASH_WORDS) words = CRASH_WORDS;
  AREA->words = words;
  AREA->sum = crash_sum(words);
  AREA->magic = CRASH_MAGIC;
}

void Z_ivtZ_crash_clear(struct Z_ivt_instance_t* h) {
  (void)h;
  AREA->magic = 0;
  AREA->words = 0;
  AREA->sum = 0;
  for (uint32_t i = 0; i < CRASH_WORDS; i++) AREA->data[i] = 0;
}

u32 Z_ivtZ_crash_saved(struct Z_ivt_instance_t* h) {
  if (AREA->magic != CRASH_MAGIC) return 0;
  if (AREA->words > CRASH_WORDS || AREA->sum != crash_sum(AREA->words)) {
    Z_ivtZ_crash_clear(h);
    return (u32)-1;
  }
  return AREA->words;
}

/* The image's symbol table (names of code addresses, below). */
struct ivt_symtab {
  uint32_t count;
  const uint32_t* addr; /* sorted, Thumb bit clear */
  const uint16_t* size;
  const uint16_t* name; /* offsets into names */
  const char* names;    /* NUL-terminated */
};

extern const struct ivt_symtab _ivt_symbols[], _ivt_symbols_end[];

/* ---- the backtrace: a scan of the stack for return addresses ------------
 * The translated code keeps no frame pointers, so the frames are found as
 * debuggers without unwind tables find them (and as CmBacktrace does on
 * Cortex-M): every word between the SP and the top of its stack that is a
 * code address just after a call instruction (ivt_arch_call_before) is
 * a candidate return address; ivt_crash_capture_to keeps those that chain
 * (each call going to the previous frame's function), which drops the
 * stale values earlier, deeper calls left in frames. */

#define MAX_CAPTURE 10u

static uint32_t frames[MAX_CAPTURE];
static uint32_t frame_count;
/* Set while frames hold a trap's or CPU fault's capture that no record has
 * used yet; a fault the kernel finds itself captures afresh. */
static int frames_pending;

extern uint32_t _stext[], _etext[];

static int in_text(uint32_t a) {
  return a >= (uint32_t)(uintptr_t)_stext + 8 && a < (uint32_t)(uintptr_t)_etext;
}

static int32_t symbol_of(uint32_t where);
/* The start of the function holding return address `ra`; 0 if unknown. */
static uint32_t function_start(uint32_t ra) {
  int32_t s = symbol_of(ra);
  return s < 0 ? 0 : _ivt_symbols->addr[s];
}

/* The next word from `w` (below `top`, within 64 words) that follows a
 * call: its call target through `target`; 0 if there is none. */
static uint32_t next_return_address(const uint32_t* w, const uint32_t* top, uint32_t* target) {
  for (const uint32_t* end = w + 64; w < top && w < end; w++) {
    uint32_t v = *w;
    if (in_text(v & ~1u) && ivt_arch_call_before(v, target)) return v;
  }
  return 0;
}

/* The scan of ivt_crash_capture_to, which keeps a chain: a return address
 * is taken when the call before it went to the function the previous
 * frame is in. Any other (a stale value an earlier, deeper call left in a
 * frame; a call through a register; the caller of a function that
 * tail-called) is taken only when the next return address calls its
 * function or calls through a register (a thread's entry is called so),
 * and as the first frame only if it is a call through a register. `from`:
 * the function whose caller comes first (0: any). Not inlined: its frame
 * must stay out of its guard's, which runs before the room is known. */
static __attribute__((noinline)) void crash_scan(const uint32_t* sp, const uint32_t* end, uint32_t first, uint32_t from) {
  const uint32_t* top = ivt_stack_top_of((uintptr_t)sp);
  if (end && end > sp && end < top) top = end;
  frame_count = 0;
  uint32_t cur = from & ~1u;
  if (first) {
    frames[frame_count++] = first;
    cur = function_start(first + 2u); /* a pc, not a return address */
  }
  for (const uint32_t* w = sp; w < top && frame_count < MAX_CAPTURE; w++) {
    uint32_t v = *w, target;
    if (!in_text(v & ~1u) || !ivt_arch_call_before(v, &target)) continue;
    if (cur && target != cur) {
      /* Not a call to the previous frame's function: a stale word, a link
       * a tail call left out, or a call through a register. Taken only
       * if the next return address calls its function; as the first frame
       * only a call through a register (a compiler may load the address
       * of a function it calls in a loop): stale words chain among
       * themselves too. */
      uint32_t fn = function_start(v), next_target;
      int first_frame = frame_count == (first ? 1u : 0u);
      if (first_frame && target) continue;
      if (!first_frame && (!fn || !next_return_address(w + 1, top, &next_target) || (next_target != fn && next_target != 0))) continue;
    }
    frames[frame_count++] = v;
    cur = function_start(v);
  }
  frames_pending = 1;
}

/* The scan runs below the frames it reads, on whatever stack the trap, the
 * fault or the kernel's request came on, maybe deep in it: the stack's red
 * zone must stay free for an exception taken meanwhile, so the scan runs
 * only with IVT_CRASH_SCAN_ROOM bytes above it. Without them nothing is
 * captured (a crash record then has no backtrace, or the trap path
 * captures from a fresh stack: threads.c). */
int ivt_crash_capture_to(const uint32_t* sp, const uint32_t* end, uint32_t first, uint32_t from) {
  uint32_t here;
  const uint32_t* bottom = ivt_stack_bottom_of((uintptr_t)&here);
  if (bottom && (uintptr_t)&here < (uintptr_t)bottom + IVT_KERNEL_RED_ZONE_BYTES + IVT_CRASH_SCAN_ROOM) {
    frame_count = 0;
    return 0;
  }
  crash_scan(sp, end, first, from);
  return 1;
}

u32 Z_ivtZ_crash_frame(struct Z_ivt_instance_t* h, u32 depth) {
  (void)h;
  if (depth == 0xFFFFFFFFu) {
    frames_pending = 0; /* a trap whose fault was recorded already */
    return 0;
  }
  if (depth == 0 && !frames_pending) {
    uint32_t here;
    ivt_crash_capture_to(&here, 0, 0, (uint32_t)(uintptr_t)Z_ivtZ_crash_frame);
  }
  if (depth == 0) frames_pending = 0;
  return depth < frame_count ? frames[depth] : 0;
}

/* ---- names of code addresses --------------------------------------------
 * The build links the image twice: the second time with a table of every
 * function's address, size and name (tools/ivt/build.js symbolTableC),
 * placed at the end of the flash so that no other address moves. The first
 * link has no table: every lookup then answers "unknown". */


static int is_fault_pc(uint32_t where);

/* The function holding return address or pc `where`, or -1. A return
 * address is looked up one byte back: a call to a function that does not
 * return may be its caller's last instruction. The pc of a CPU fault is
 * looked up as it is: it may be a function's first instruction. */
static int32_t symbol_of(uint32_t where) {
  if ((uintptr_t)_ivt_symbols == (uintptr_t)_ivt_symbols_end) return -1;
  const struct ivt_symtab* t = _ivt_symbols;
  uint32_t a = (where & ~1u) - (is_fault_pc(where) ? 0u : 1u);
  uint32_t lo = 0, hi = t->count;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (t->addr[mid] <= a) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return -1;
  uint32_t i = lo - 1;
  return a < t->addr[i] + t->size[i] ? (int32_t)i : -1;
}

/* The kernel reads a name a character at a call: the last name looked up
 * is kept, with its length, so each character costs no search. The three
 * words are read and written with interrupts masked: a handler's report
 * (a storm found in the dispatch) may look up another name between two
 * of a thread's calls, or in the middle of one, and must leave neither
 * reading half of the other's entry. */
static uint32_t last_where = 0xFFFFFFFFu;
static const char* last_name;
static uint32_t last_length;

u32 Z_ivtZ_code_name(struct Z_ivt_instance_t* h, u32 where, u32 index) {
  (void)h;
  uint32_t state = ivt_arch_irq_mask();
  if (where != last_where) {
    int32_t s = symbol_of(where);
    last_where = where;
    last_name = s < 0 ? "" : _ivt_symbols->names + _ivt_symbols->name[s];
    last_length = 0;
    while (last_name[last_length]) last_length++;
  }
  u32 c = index < last_length ? (uint8_t)last_name[index] : 0;
  ivt_arch_irq_unmask(state);
  return c;
}

u32 Z_ivtZ_code_offset(struct Z_ivt_instance_t* h, u32 where) {
  (void)h;
  int32_t s = symbol_of(where);
  return s < 0 ? 0xFFFFFFFFu : (where & ~1u) - _ivt_symbols->addr[s];
}

/* ---- the CPU's registers at a fault ------------------------------------- */

/* A record of fewer than 47 words (kernel/bugcheck.ts W_REGS + 15) keeps
 * no registers: then only the four its arguments take are kept here. */
#define REGS_KEPT (CRASH_WORDS >= 47u ? IVT_FAULT_REGS : 4u)
static uint32_t fault_regs[REGS_KEPT];
static uint32_t fault_reg_count;

void ivt_crash_fault_reg(uint32_t index, uint32_t value) {
  if (index == 0) fault_reg_count = 0; /* a new fault's first register */
  if (index >= REGS_KEPT) return;
  fault_regs[index] = value;
  if (index >= fault_reg_count) fault_reg_count = index + 1;
}

/* Whether `where` is the kept fault's pc (register 1 on every arch, see
 * ivt_fault_reg_names); the Thumb bit is not compared. */
static int is_fault_pc(uint32_t where) {
  return fault_reg_count > 1 && ((where ^ fault_regs[1]) & ~1u) == 0;
}

u32 Z_ivtZ_fault_reg(struct Z_ivt_instance_t* h, u32 index, u32 what) {
  (void)h;
  if (what == 0 && index == 0xFFFFFFFFu) return fault_reg_count;
  if (what == 0) return index < fault_reg_count ? fault_regs[index] : 0;
  if (index >= IVT_FAULT_REGS) return 0;
  /* Names are the arch's (ivt_fault_reg_names), so the kept record's
   * registers are named after a reset too. */
  const char* n = ivt_fault_reg_names[index];
  for (u32 i = 0; i < what - 1; i++)
    if (!n[i]) return 0;
  return (uint8_t)n[what - 1];
}

#endif

/* ---- build id and reset -------------------------------------------------- */

#ifndef IVT_BUILD_ID
#define IVT_BUILD_ID 0u
#endif

u32 Z_ivtZ_build_id(struct Z_ivt_instance_t* h) {
  (void)h;
  return IVT_BUILD_ID;
}

void Z_ivtZ_reset(struct Z_ivt_instance_t* h) {
  (void)h;
  ivt_arch_reset();
}
