// as-pect configuration for the kernel's host unit tests. The kernel's
// imports (module "ivt", kernel/port.ts) are replaced by a fake host that
// counts critical sections, so pure kernel logic runs without a board.
// Every import of kernel/port.ts must be here: a missing one is a LinkError,
// which binaryen's uncaught-exception handler reports as its own crash.
export default {
  entries: ["tests/unit/**/*.spec.ts"],
  include: [],
  disclude: [/node_modules/],
  async instantiate(memory, createImports, instantiate, binary) {
    let masked = 0;
    let switchRequests = 0; // switch_request calls, for tests/unit/switch.spec.ts
    let cycles = 0;
    // What the kernel writes to the panic console, for specs that read
    // their reports back (module "ivt_test").
    const panicOutput = [];
    const noinit = [];
    let sealed = 0;
    const unitTexts = ["hello", "one two "];
    const fakeHost = {
      irq_save: () => {
        const s = masked;
        masked = 1;
        return s;
      },
      irq_restore: (s) => {
        masked = s;
      },
      switch_request: () => {
        switchRequests++;
      },
      switch_to: () => {},
      idle: () => {},
      mmio_read8: () => 0,
      mmio_read16: () => 0,
      mmio_read32: () => 0,
      mmio_write8: () => {},
      mmio_write16: () => {},
      mmio_write32: () => {},
      cycles: () => (cycles += 10),
      poll: () => {},
      panic_putc: (c) => {
        panicOutput.push(c);
      },
      exit: (code) => {
        throw new Error(`kernel called exit(${code})`);
      },
      // The crash record's host calls (kernel/bugcheck.ts): a no-init
      // area of plain memory, no backtrace, no names, no CPU faults.
      crash_put: (i, w) => {
        noinit[i] = w;
      },
      crash_get: (i) => noinit[i] | 0,
      crash_seal: (n) => {
        sealed = n;
      },
      crash_saved: () => sealed,
      crash_clear: () => {
        noinit.length = 0;
        sealed = 0;
      },
      crash_frame: () => 0,
      code_name: () => 0,
      code_offset: () => -1,
      // Text references (kernel/format.ts): the specs make theirs by hand
      // (tests/unit/format.spec.ts), TEXT_TAG | id, with these texts.
      text_length: (t) => (unitTexts[(t >>> 0) - 0xf0000000] || "").length,
      text_char: (t, i) => (unitTexts[(t >>> 0) - 0xf0000000] || "").charCodeAt(i) & 0xff,
      fault_reg: () => 0,
      build_id: () => 0x1234,
      reset: () => {
        throw new Error("kernel called reset");
      },
      thread_init: () => {},
      thread_start: () => {
        throw new Error("unit tests run no threads");
      },
    };
    const testHost = {
      panic_output_length: () => panicOutput.length,
      panic_output_char: (i) => panicOutput[i],
      panic_output_clear: () => {
        panicOutput.length = 0;
      },
      // Time passing on the fake cycle counter (it wraps at 2^32 as it is
      // handed to the kernel: tests/unit/stats.spec.ts).
      cycles_advance: (n) => {
        cycles += n >>> 0;
      },
      switch_requests: () => switchRequests,
    };
    return instantiate(binary, createImports({ env: { memory }, ivt: fakeHost, ivt_test: testHost }));
  },
  outputBinary: false,
};
