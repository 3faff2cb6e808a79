/*
 * The C half of reset on a native board: copy .data, zero .bss, start the
 * cycle counter, then host the kernel: initialise the wasm runtime,
 * instantiate kernel.wasm (its start function wires board and app), check
 * that host and module agree on the byte order of linear memory, and call
 * ivtboot.
 */
#include <stdint.h>
#include <string.h>

#include "board.h"
#include "ivt-native.h"

Z_kernel_instance_t ivt_kernel_instance;

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss;
extern uint32_t _sstack[];

void ivt_runtime_trap(uint32_t kind, uint32_t where) {
  Z_kernelZ_ivttrap(&ivt_kernel_instance, kind, where);
  ivt_exit(3); /* the kernel's report ends in exit; this is the backstop */
}

void ivt_runtime_fail(const char* why) {
  ivt_panic_puts("\n*** ivt RUNTIME ");
  ivt_panic_puts(why);
  ivt_panic_puts("\n");
  ivt_exit(IVT_EXIT_RUNTIME);
}

void Z_ivtZ_exit(struct Z_ivt_instance_t* h, u32 code) {
  (void)h;
  ivt_exit((int32_t)code);
}

/* Paints the interrupt stack below this frame, so its peak use can be
 * read off (IVT_STACK_PAINT). The words under the live frame that the
 * paint loop itself may use are left alone. */
static void paint_interrupt_stack(void) {
  uint32_t here;
  ivt_paint_stack(_sstack, &here - 32);
}

/* An isolated image's apps.c (generated, docs/isolation.md) instantiates
 * its application modules here; other images have none. */
__attribute__((weak)) void ivt_apps_instantiate(void) {}

void ivt_boot(void) {
  paint_interrupt_stack();
  memcpy(&_sdata, &_sidata, (uintptr_t)&_edata - (uintptr_t)&_sdata);
  memset(&_sbss, 0, (uintptr_t)&_ebss - (uintptr_t)&_sbss);
  ivt_stack_limit_init();
  ivt_cycles_start();
  ivt_arch_init();

  wasm_rt_init();
  Z_kernel_init_module();
  Z_kernel_instantiate(&ivt_kernel_instance, NULL);
  ivt_check_byte_order(Z_kernelZ_memory(&ivt_kernel_instance), Z_kernelZ_ivtbyteorder(&ivt_kernel_instance));
  ivt_apps_instantiate();
  int32_t code = (int32_t)Z_kernelZ_ivtboot(&ivt_kernel_instance, IVT_MODULE_MEMORY_BYTES, ivt_stack_arena_bytes());
  ivt_exit(code);
}
