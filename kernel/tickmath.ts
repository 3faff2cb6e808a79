// Tick arithmetic: pure functions, shared by the kernel (ticks.ts
// re-exports them) and an application module (user/ivt.ts), which may
// import no kernel code but this kind. Tick counts are u32 and wrap
// after 2^32 ticks (49.7 days at 1 kHz): compare them with these, never
// with < or >.

/** Signed distance from `from` to `to` in ticks, correct across wrap-around
 *  for distances under 2^31. Arguments: two tick counts. Returns the
 *  distance (negative: `to` is before `from`). Errors: none. Any context. */
// @ts-ignore: decorator
@inline export function tickDiff(to: u32, from: u32): i32 {
  return <i32>(to - from);
}

/** Whether tick `deadline` has been reached at tick `now`, across
 *  wrap-around for deadlines under 2^31 ticks away. Arguments: the tick
 *  count now, the deadline. Returns true once `now` is at or past it.
 *  Errors: none. Any context. */
// @ts-ignore: decorator
@inline export function tickReached(now: u32, deadline: u32): bool {
  return <i32>(now - deadline) >= 0;
}
