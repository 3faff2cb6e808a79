/*
 * A bare-metal runtime for wasm2c (wabt 1.0.32) output.
 *
 * wabt's own wasm-rt-impl.c wants mmap, malloc, setjmp and a 64 KiB page.
 * This one is for microcontrollers:
 *   - linear memory is one static buffer of IVT_MODULE_MEMORY_BYTES (board
 *     data), which may be smaller than a WebAssembly page: mem->size is the
 *     true size, and the bounds checks (on for 32-bit targets; specialized
 *     to a constant bound, see ivt-memory.h) compare against it, so an
 *     access past the real end traps cleanly;
 *   - memory.grow always fails (everything is allocated at boot);
 *   - function types live in a fixed table, function tables in a fixed pool;
 *   - a trap goes to the arch (ivt_runtime_trap) with its kind and the code
 *     address that trapped; nothing unwinds, so no setjmp.
 */
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include "wasm-rt.h"
#include "board.h"
#include "ivt-runtime.h"
#include "ivt-memory.h"

#ifndef IVT_WASM_MAX_FUNC_TYPES
#define IVT_WASM_MAX_FUNC_TYPES 48
#endif
#ifndef IVT_WASM_MAX_TYPE_ARITY
#define IVT_WASM_MAX_TYPE_ARITY 12
#endif
#ifndef IVT_WASM_TABLE_ENTRIES
#define IVT_WASM_TABLE_ENTRIES 64
#endif

/* The module's linear memory: its own section so the size report can show
 * it apart from the kernel's C data. The translated module's accessors use
 * it directly (ivt-memory.h). */
uint8_t ivt_module_memory[IVT_MODULE_MEMORY_BYTES]
    __attribute__((aligned(8), section(".wasm_memory")));

static bool initialized;

void wasm_rt_init(void) {
  initialized = true;
}

bool wasm_rt_is_initialized(void) {
  return initialized;
}

void wasm_rt_free(void) {
  initialized = false;
}

WASM_RT_NO_RETURN void wasm_rt_trap(wasm_rt_trap_t kind) {
  /* The caller is the translated function that trapped: its address is the
   * "where" of the crash report, which the host tool symbolizes. */
  ivt_trap_on_fresh_stack((uint32_t)kind, (uint32_t)(uintptr_t)__builtin_return_address(0));
}

const char* wasm_rt_strerror(wasm_rt_trap_t trap) {
  (void)trap;
  return "wasm trap";
}

/* Function types: each is its parameter and result types, one byte each. */
typedef struct {
  uint8_t params, results;
  uint8_t types[IVT_WASM_MAX_TYPE_ARITY];
} func_type_t;

static func_type_t func_types[IVT_WASM_MAX_FUNC_TYPES];
static uint32_t func_type_count;

uint32_t wasm_rt_register_func_type(uint32_t params, uint32_t results, ...) {
  func_type_t t = {0};
  if (params + results > IVT_WASM_MAX_TYPE_ARITY) {
    ivt_runtime_fail("wasm-rt: a function type has more parameters than IVT_WASM_MAX_TYPE_ARITY");
  }
  t.params = (uint8_t)params;
  t.results = (uint8_t)results;
  va_list ap;
  va_start(ap, results);
  /* Read as int: wasm_rt_type_t may be a short enum (-fshort-enums, the
   * arm-none-eabi default), and va_arg of a promoted type is undefined. */
  for (uint32_t i = 0; i < params + results; i++) t.types[i] = (uint8_t)va_arg(ap, int);
  va_end(ap);
  for (uint32_t i = 0; i < func_type_count; i++) {
    if (memcmp(&func_types[i], &t, sizeof t) == 0) return i;
  }
  if (func_type_count == IVT_WASM_MAX_FUNC_TYPES) {
    ivt_runtime_fail("wasm-rt: more function types than IVT_WASM_MAX_FUNC_TYPES");
  }
  func_types[func_type_count] = t;
  return func_type_count++;
}

void wasm_rt_allocate_memory(wasm_rt_memory_t* mem, uint32_t initial_pages, uint32_t max_pages) {
  if (initial_pages != 1) {
    ivt_runtime_fail("wasm-rt: the module must declare exactly one page of memory");
  }
  mem->data = ivt_module_memory;
  mem->pages = initial_pages;
  mem->max_pages = max_pages;
  mem->size = IVT_MODULE_LIMIT;
  memset(ivt_module_memory, 0, IVT_MODULE_MEMORY_BYTES);
}

void ivt_app_memory_init(wasm_rt_memory_t* mem, uint8_t* data, uint32_t bytes) {
  mem->data = data;
  mem->pages = 1;
  mem->max_pages = 1;
  mem->size = bytes;
  memset(data, 0, bytes);
}

uint8_t ivt_module_byte(const wasm_rt_memory_t* mem, uint32_t addr) {
  if (addr >= mem->size) ivt_runtime_fail("wasm-rt: a host read past the end of linear memory");
#if WABT_BIG_ENDIAN
  return mem->data[mem->size - 1 - addr];
#else
  return mem->data[addr];
#endif
}

void ivt_check_byte_order(const wasm_rt_memory_t* mem, uint32_t mark) {
  for (uint32_t i = 0; i < 4; i++) {
    if (ivt_module_byte(mem, mark + i) != i + 1) {
      ivt_runtime_fail("byte order: the host reads linear memory differently from the module (check WABT_BIG_ENDIAN)");
    }
  }
}

uint32_t wasm_rt_grow_memory(wasm_rt_memory_t* mem, uint32_t pages) {
  (void)mem;
  (void)pages;
  return (uint32_t)-1; /* memory.grow fails: allocation is static */
}

void wasm_rt_free_memory(wasm_rt_memory_t* mem) {
  mem->data = NULL;
  mem->size = 0;
}

static wasm_rt_funcref_t table_pool[IVT_WASM_TABLE_ENTRIES];
static uint32_t table_pool_used;

void wasm_rt_allocate_funcref_table(wasm_rt_funcref_table_t* table, uint32_t elements, uint32_t max_elements) {
  (void)max_elements;
  if (elements > IVT_WASM_TABLE_ENTRIES - table_pool_used) {
    ivt_runtime_fail("wasm-rt: the function table is larger than IVT_WASM_TABLE_ENTRIES");
  }
  table->data = &table_pool[table_pool_used];
  table->size = elements;
  table->max_size = elements;
  table_pool_used += elements;
  for (uint32_t i = 0; i < elements; i++) table->data[i] = wasm_rt_funcref_null_value;
}

void wasm_rt_free_funcref_table(wasm_rt_funcref_table_t* table) {
  table->size = 0;
}

uint32_t wasm_rt_grow_funcref_table(wasm_rt_funcref_table_t* table, uint32_t delta, wasm_rt_funcref_t init) {
  (void)table;
  (void)delta;
  (void)init;
  return (uint32_t)-1;
}

void wasm_rt_allocate_externref_table(wasm_rt_externref_table_t* table, uint32_t elements, uint32_t max_elements) {
  (void)max_elements;
  if (elements != 0) ivt_runtime_fail("wasm-rt: externref tables are not supported");
  table->data = NULL;
  table->size = 0;
  table->max_size = 0;
}

void wasm_rt_free_externref_table(wasm_rt_externref_table_t* table) {
  (void)table;
}

uint32_t wasm_rt_grow_externref_table(wasm_rt_externref_table_t* table, uint32_t delta, wasm_rt_externref_t init) {
  (void)table;
  (void)delta;
  (void)init;
  return (uint32_t)-1;
}
