// tests/isolation-sysregs: an application that asks for a system reset
// (main.ts says what the test shows).

import { kputln } from "ivt-user";

/** Cortex-M's AIRCR (System Control Block), and a write of it that
 *  resets the chip: the key VECTKEY and SYSRESETREQ. */
const AIRCR: usize = 0xe000ed0c;
const RESET_REQUEST: u32 = 0x05fa0004;

export function main(): i32 {
  kputln("aircr: storing a reset request at AIRCR's address");
  store<u32>(AIRCR, RESET_REQUEST);
  kputln("aircr: FAILED: the store went through");
  return 1;
}
