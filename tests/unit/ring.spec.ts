// The queue ring buffer and the region allocator, on the host.
import { Ring } from "../../kernel/ring";
import { Region } from "../../kernel/region";

const storage = memory.data(64);
const item = memory.data(4);

function push(r: Ring, v: u32, front: bool = false): void {
  store<u32>(item, v);
  if (front) r.pushFront(item);
  else r.pushBack(item);
}
function pop(r: Ring): u32 {
  r.popFront(item);
  return load<u32>(item);
}

describe("ring", () => {
  test("first in, first out, wrapping around the end", () => {
    const r = new Ring();
    r.reset(storage, 4, 3);
    for (let round: u32 = 0; round < 5; round++) {
      push(r, round * 10 + 1);
      push(r, round * 10 + 2);
      expect(pop(r)).toBe(round * 10 + 1);
      push(r, round * 10 + 3);
      expect(pop(r)).toBe(round * 10 + 2);
      expect(pop(r)).toBe(round * 10 + 3);
      expect(r.isEmpty()).toBe(true);
    }
  });
  test("full at capacity; push to front is received first", () => {
    const r = new Ring();
    r.reset(storage, 4, 3);
    push(r, 1);
    push(r, 2);
    push(r, 0, true);
    expect(r.isFull()).toBe(true);
    r.peekFront(item);
    expect(load<u32>(item)).toBe(0);
    expect(r.count).toBe(3);
    expect(pop(r)).toBe(0);
    expect(pop(r)).toBe(1);
    expect(pop(r)).toBe(2);
  });
  test("items of odd sizes keep their bytes", () => {
    const r = new Ring();
    r.reset(storage, 3, 4);
    const src = memory.data<u8>([1, 2, 3]);
    const dst = memory.data(3);
    r.pushBack(src);
    r.popFront(dst);
    expect(load<u8>(dst)).toBe(1);
    expect(load<u8>(dst, 2)).toBe(3);
  });
});

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
