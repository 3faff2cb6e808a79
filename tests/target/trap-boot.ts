// A deliberately broken app: it reads just past the end of the memory the
// host really gives the module. On a board whose module_memory is under one
// 64 KiB page (mps2-an385: 60 KiB) only the runtime's bounds check against
// the true size can catch it. The runner expects the crash report (trap kind
// and where) and exit code 3, on sim and under QEMU, instead of a hang.

import { kputln, moduleMemoryBytes } from "../../kernel/ivt";

function readPastTheEnd(): u32 {
  return load<u32>(moduleMemoryBytes() + 4);
}

export function main(): i32 {
  kputln("trap-boot: reading past the end of module memory");
  const v = readPastTheEnd();
  kputln("trap-boot: the read did not trap");
  return <i32>v;
}
