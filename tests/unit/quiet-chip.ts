// A fake interrupt controller for the host unit tests that does nothing
// and reports nothing pending; a spec overrides what it needs to see.

import { Err } from "../../kernel/errors";
import { IrqChip } from "../../kernel/hal";

export class QuietChip extends IrqChip {
  name(): string { return "fake"; }
  mask(vector: u32): void {}
  unmask(vector: u32): void {}
  ack(vector: u32): void {}
  setPriority(vector: u32, priority: u32): Err { return Err.Ok; }
  pend(vector: u32): void {}
  unpend(vector: u32): void {}
  isPending(vector: u32): bool { return false; }
  inServiceVector(): i32 { return -1; }
}
