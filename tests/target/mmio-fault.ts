// A deliberately broken app: a driver-style register write outside every
// window the board declares. The MMIO gate must refuse it with a report
// (kind mmio-outside-windows, the address) and exit code 3.

import { kputln, mmioWrite32 } from "../../kernel/ivt";

export function main(): i32 {
  kputln("mmio-fault: writing a register no device of this board has");
  mmioWrite32(0x5ee0_0000, 1);
  kputln("mmio-fault: the write was not refused");
  return 0;
}
