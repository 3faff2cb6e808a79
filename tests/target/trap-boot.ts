// A deliberately broken app: it reads past the end of the module's memory
// during boot. The runner expects the crash report (trap kind and where)
// and exit code 3, on sim and under QEMU, instead of a hang.

import { moduleMemoryBytes } from "../../kernel/boot";
import { kputln } from "../../kernel/console";

function readPastTheEnd(): u32 {
  return load<u32>(moduleMemoryBytes() + 64);
}

export function main(): i32 {
  kputln("trap-boot: reading past the end of module memory");
  const v = readPastTheEnd();
  kputln("trap-boot: the read did not trap");
  return <i32>v;
}
