// The forged-MMIO test's second application, "prober": no grant. It reads
// a register through a forged device handle; the kernel must end it alone
// with an MMIO VIOLATION report ("not a device of this application") and
// make no access. It never restarts (app.json).

import { Device, kputln } from "ivt-user";

/** kernel/handles.ts: a handle is generation << 12 | kind << 8 | slot. */
const KIND_DEVICE: u32 = 5;

export function main(): i32 {
  const d = new Device();
  d.handle = <i32>((1 << 12) | (KIND_DEVICE << 8) | 1);
  kputln("prober: reading through a forged device handle");
  d.read32(0);
  kputln("prober: FAILED: the read through a forged handle returned");
  return 1;
}
