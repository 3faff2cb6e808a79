// The on-target suite: the same tests on sim and on every board.

import { finish } from "./harness";
import { bootTests } from "./boot";
import { irqTests } from "./irq";
import { timeTests } from "./time";

export function main(): i32 {
  bootTests();
  irqTests();
  timeTests();
  return finish();
}
