// A deliberately broken app: a driver-style register write outside every
// window the board declares. The MMIO gate must refuse it with a report
// (kind mmio-outside-windows, the address) and exit code 3.

import { kputln } from "../../kernel/ivt";
// Internals test: the host's MMIO gate, reached with a raw write, which
// the public API has no way to make (a driver's DeviceRegs stays in its
// window).
import { mmioWrite32 } from "../../kernel/port";

export function main(): i32 {
  kputln("mmio-fault: writing a register no device of this board has");
  mmioWrite32(0x5ee0_0000, 1);
  kputln("mmio-fault: the write was not refused");
  return 0;
}
