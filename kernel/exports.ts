// The exports of kernel.wasm: the host's only ways into the kernel.
// Documented in docs/abi.md; the generated entry module re-exports these.

import { boot } from "./boot";
import { dispatchInterrupt } from "./irq";
import { reportTrap } from "./panic";

/** Boot entry. The host calls it once, after instantiation, with the bytes
 *  of linear memory it really provides. Runs the board init and the app;
 *  returns the exit code if the host's exit returns. Thread context. */
export function ivtboot(memoryBytes: u32): i32 {
  return boot(memoryBytes);
}

/** Every interrupt of every architecture enters here. The host's stub
 *  passes the vector number (on Cortex-M the exception number: 15 is
 *  SysTick, 16 + n is IRQ n). Interrupt context. */
export function ivthandleinterrupt(vector: u32): void {
  dispatchInterrupt(vector);
}

/** The host reports a trap it caught while running the module (kinds in
 *  kernel/panic.ts) with a host code address. Does not return. Any context. */
export function ivttrap(kind: u32, where: u32): void {
  reportTrap(kind, where);
}
