import { kputln } from "ivt-user";

export function main(): i32 {
  kputln("rogue: start");
  return 0;
}
