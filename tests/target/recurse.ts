// Runaway recursion that never switches, for the stack tests
// (tests/target/stack.ts) and the crash images stack-main and stack-irq.
//
// No host call on the way down, so nothing switches. The store after the
// call keeps it from being a tail call (a compiler would make that a
// loop), and every user reads both globals afterwards, so neither store can
// be dropped (a store never read is, and then the recursion is a loop).

/** The deepest level `recurse` reached. */
export let recurseReached: u32 = 0;
/** What the last level to return stored: untouched while none returns. */
export let recurseSink: u32 = 0;

/** Recurses from `n` upwards until the stack runs out (or n wraps to
 *  0xffffffff, which no stack reaches). */
export function recurse(n: u32): u32 {
  recurseReached = n;
  const below = n == 0xffffffff ? n : recurse(n + 1);
  recurseSink = below;
  return below ^ n;
}

/** Starts over: nothing reached, and a sink value no level stores. */
export function recurseReset(): void {
  recurseReached = 0;
  recurseSink = 7;
}

/** Recurses until the stack runs out; returns only if it never does. */
export function recurseForever(): void {
  recurseSink = recurse(1);
}
