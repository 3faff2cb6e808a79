// The application-driver test's first application, "checker": it has no
// grant, so every device is refused to it, even the one board.json grants
// "driver"; then it keeps the program alive while "driver" serves its
// timer's interrupts and ends itself with an MMIO violation. Exits with
// the number of failed checks.

import { Device, Err, kputln, kputs, kputu, threadSleep } from "ivt-user";

let failed: u32 = 0;

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
  // The driver's whole run: 5 interrupts, its fault and report, the
  // restart, its 50-tick wait and 3 more interrupts. 200 ticks were once
  // too few (mps2-an385, a full suite on a loaded machine), and 400 were
  // once too (the same, with a seventh board's runs beside it; not traced:
  // under -icount the guest's time should not follow the host's load).
  threadSleep(1000);
  kputs("checker: ");
  kputu(failed);
  kputln(" failed");
  return <i32>failed;
}
