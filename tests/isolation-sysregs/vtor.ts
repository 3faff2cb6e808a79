// tests/isolation-sysregs: an application that moves the vector table
// (main.ts says what the test shows).

import { kputln } from "ivt-user";

/** Cortex-M's VTOR (System Control Block). */
const VTOR: usize = 0xe000ed08;

export function main(): i32 {
  kputln("vtor: storing at VTOR's address");
  store<u32>(VTOR, 0x20000000); // RAM: a table of garbage, were it VTOR
  kputln("vtor: FAILED: the store went through");
  return 1;
}
