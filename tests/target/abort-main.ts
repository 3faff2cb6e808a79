// A deliberately broken app: its main thread reads a table out of range
// through a checked access. An abort outside an application thread stops
// the system: the runner expects the ABORT report naming the main thread
// and the library's check, and exit code 2, on sim and under QEMU.

import { kputln } from "../../kernel/ivt";

const table = new StaticArray<u32>(4);
let index: i32 = 4; // a global, so the compiler cannot prove the access out of range

function readTable(): u32 {
  return table[index];
}

export function main(): i32 {
  kputln("abort-main: reading a table out of range");
  const v = readTable();
  kputln("abort-main: the access did not abort");
  return <i32>v;
}
