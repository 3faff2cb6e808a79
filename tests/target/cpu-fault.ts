// A CPU fault on purpose (tests/target/test.json "a CPU fault"): the main
// thread runs an instruction the CPU refuses (the test-only import
// fault_test, docs/abi.md). The host's fault handler gives the kernel the
// exception and its registers: `*** ivt TRAP cpu-fault`, bugcheck 0x106
// with the registers, charged to this main (the pc is in the host's C,
// which a bucket skips), and the system stops with exit 5. sim has no CPU
// faults: the call returns and the image says so.

import { kputln } from "../../kernel/ivt";

@external("ivt", "fault_test")
export declare function faultTest(kind: u32): u32;

export function main(): i32 {
  kputln("cpu-fault: running an instruction the CPU refuses");
  faultTest(0);
  kputln("cpu-fault: no CPU fault on this host");
  return 0;
}
