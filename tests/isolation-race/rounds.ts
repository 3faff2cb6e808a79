// The schedule both applications of tests/isolation-race keep: round r
// takes ticks FIRST_TICK + 3r .. + 3r + 2 (main.ts says what happens in
// each).

/** The tick of round 0's first step: well after both applications
 *  started. */
export const FIRST_TICK: u32 = 50;
/** Rounds: each is a chance for the tick to find the racer's giver inside
 *  a system call. */
export const ROUNDS: u32 = 150;
/** The queues' items and capacity (both applications make one). */
export const ITEM_BYTES: u32 = 4;
export const QUEUE_ITEMS: u32 = 8;
