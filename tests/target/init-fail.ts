// A board init step that fails (kernel/board.ts boardCheck), with the heap
// all but used up first, as when a step fails for want of memory: the
// report must still come out whole, `*** ivt ABORT in thread 'main':
// board init: test step: no-space`, and the system stop with exit code 2.
// A report that joined its pieces into a string ran out of memory itself.
//
// Internals test: calls the boards' boardCheck (kernel/board.ts) and fills
// the heap to its last bytes (kernel/bump.ts).

import { Err, kputln } from "../../kernel/ivt";
import { boardCheck } from "../../kernel/board";
import { heapFree } from "../../kernel/bump";

/** Bytes left in the heap when the step fails: less than the joined
 *  message took (its pieces, then the whole, each a string). */
const LEFT: u32 = 48;

/** Takes all but LEFT bytes (and a block's rounding) of the heap. */
function fillHeap(): void {
  while (heapFree() > LEFT + 64) new StaticArray<u8>(<i32>(heapFree() - LEFT - 48));
}

export function main(): i32 {
  kputln("init-fail: failing a board init step with the heap all but full");
  fillHeap();
  boardCheck(Err.NoSpace, "test step");
  kputln("init-fail: boardCheck returned");
  return 0;
}
