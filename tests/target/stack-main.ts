// A deliberately broken app: its main thread recurses without end and never
// switches. The system cannot go on without its main thread, so the runner
// expects the STACK OVERFLOW report and exit 3, on sim and under QEMU,
// instead of a lockup or a hang.

import { kputln } from "../../kernel/ivt";
import { recurseForever, recurseReached, recurseReset, recurseSink } from "./recurse";

export function main(): i32 {
  recurseReset();
  kputln("stack-main: recursing in the main thread");
  recurseForever();
  kputln("stack-main: the recursion came back");
  return <i32>(recurseSink ^ recurseReached);
}
