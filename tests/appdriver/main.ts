// The application-driver test's first application, "checker": it has no
// grant, so every device is refused to it, even the one board.json grants
// "driver"; then it keeps the program alive while "driver" serves its
// timer's interrupts and ends itself with an MMIO violation. Exits with
// the number of failed checks.

import { Box, Device, Err, kputln, kputs, kputu, threadSleep } from "ivt-user";

let failed: u32 = 0;
/** kernel/handles.ts: a handle is generation << 12 | kind << 8 | slot. */
const KIND_DEVICE: u32 = 5;

function check(what: string, ok: bool): void {
  if (ok) return;
  failed++;
  kputs("checker: FAILED: ");
  kputln(what);
}

export function main(): i32 {
  const d = new Device();
  check("a device granted to another application is refused",
    d.open("timer1") == Err.NotFound && d.open("timer0") == Err.NotFound && d.open("gptm0") == Err.NotFound && d.open("timer2") == Err.NotFound && d.open("tim3") == Err.NotFound);
  check("the console's UART is refused", d.open("uart0") == Err.NotFound);
  check("an empty name is invalid", d.open("") == Err.Invalid);
  // A forged handle: not this application's device.
  d.handle = 0x5105;
  check("a forged device handle cannot attach a line", d.irqAttach() == Err.Invalid);
  const stamp = new Box<u32>();
  // While the driver holds its timer open: every device handle a board
  // can have (each slot and generation of the device kind, the driver's
  // live one among them) is refused on the calls that take one.
  threadSleep(2);
  let accepted: u32 = 0;
  for (let gen: u32 = 0; gen < 16; gen++) {
    for (let slot: u32 = 0; slot < 64; slot++) {
      d.handle = <i32>((gen << 12) | (KIND_DEVICE << 8) | slot);
      if (d.irqAttach() != Err.Invalid) accepted++;
      if (d.irqUnmask() != Err.Invalid) accepted++;
      if (d.irqWait(0) != Err.Invalid) accepted++;
      if (d.irqStamp(stamp) != Err.Invalid) accepted++;
    }
  }
  check("device handles", accepted == 0);
  // The driver's whole run: 5 interrupts, its fault and report, the
  // restart, its 50-tick wait and 3 more interrupts. 200 ticks were once
  // too few (mps2-an385, a full suite on a loaded machine), and 400 were
  // once too (the same, with a seventh board's runs beside it; not traced:
  // under -icount the guest's time should not follow the host's load).
  threadSleep(998);
  kputs("checker: ");
  kputu(failed);
  kputln(" failed");
  return <i32>failed;
}
