// The forged-MMIO test (docs/isolation.md "Hardware only by grant"): the
// primary application, "watcher", outlives "prober", which reads a
// register through a forged device handle and must end alone with a
// report. Exits 0 if it is still running afterwards, its own device calls
// with the forged handle refused.

import { Device, Err, kputln, threadSleep } from "ivt-user";

/** kernel/handles.ts: a handle is generation << 12 | kind << 8 | slot. */
const KIND_DEVICE: u32 = 5;

export function main(): i32 {
  kputln("watcher: start");
  threadSleep(20); // the prober has run and ended by now
  // The same forged handle, on the calls that answer with an error rather
  // than end the caller.
  const d = new Device();
  d.handle = <i32>((1 << 12) | (KIND_DEVICE << 8) | 1); // prober.ts's
  if (d.irqAttach() != Err.Invalid || d.irqUnmask() != Err.Invalid || d.irqWait(0) != Err.Invalid) {
    kputln("watcher: FAILED: a forged device handle was accepted");
    return 1;
  }
  kputln("watcher: still running after the prober's violation");
  return 0;
}
