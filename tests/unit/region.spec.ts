// The region allocator, on the host (the queue's ring is checked on the
// target: tests/target/sync.ts).
import { Region } from "../../kernel/region";

describe("region allocator", () => {
  test("allocates first fit, rounds to 8, and refuses what does not fit", () => {
    const g = new Region(1000, 100, 8);
    expect(g.alloc(10)).toBe(1000);
    expect(g.alloc(10)).toBe(1016);
    expect(g.alloc(100)).toBe(0xffffffff);
    expect(g.freeBytes()).toBe(68);
    expect(g.alloc(0)).toBe(0xffffffff);
  });
  test("freed blocks give their room back, in any order", () => {
    const g = new Region(0, 256, 8);
    const a = g.alloc(64);
    const b = g.alloc(64);
    const c = g.alloc(64);
    expect(g.free(b)).toBe(true);
    expect(g.free(b)).toBe(false);
    expect(g.free(a)).toBe(true);
    expect(g.free(c)).toBe(true);
    expect(g.blocks()).toBe(0);
    expect(g.freeBytes()).toBe(256);
    expect(g.alloc(256)).toBe(0);
  });
  test("first fit reuses the lowest gap that holds the block", () => {
    const g = new Region(0, 256, 8);
    const a = g.alloc(32);
    const b = g.alloc(64);
    const c = g.alloc(32);
    expect(g.free(b)).toBe(true);
    expect(g.alloc(128)).toBe(c + 32); // the 64-byte gap is too small
    expect(g.alloc(40)).toBe(b); // it fits there
    expect(g.alloc(24)).toBe(b + 40); // the rest of that gap
    expect(g.free(a)).toBe(true);
    expect(g.freeBytes()).toBe(256 - 40 - 24 - 32 - 128); // a is free again
  });
  test("a full block table refuses instead of corrupting", () => {
    const g = new Region(0, 1024, 3);
    expect(g.alloc(8)).toBe(0);
    expect(g.alloc(8)).toBe(8);
    expect(g.alloc(8)).toBe(16);
    expect(g.alloc(8)).toBe(0xffffffff); // a 4th block in use
    expect(g.free(12345)).toBe(false);
    expect(g.free(8)).toBe(true);
    expect(g.alloc(8)).toBe(8); // its room and its row again
  });
});
