import { tickDiff, tickReached } from "../../kernel/time";

describe("tick arithmetic", () => {
  test("distances are signed and wrap-safe", () => {
    expect(tickDiff(10, 3)).toBe(7);
    expect(tickDiff(3, 10)).toBe(-7);
    expect(tickDiff(2, 0xfffffffe)).toBe(4);
    expect(tickDiff(0xfffffffe, 2)).toBe(-4);
  });
  test("a deadline is reached at and after it, across the wrap", () => {
    expect(tickReached(100, 100)).toBe(true);
    expect(tickReached(99, 100)).toBe(false);
    expect(tickReached(1, 0xffffffff)).toBe(true);
    expect(tickReached(0xffffffff, 1)).toBe(false);
  });
});
