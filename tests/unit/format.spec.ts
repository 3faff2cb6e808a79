import { textCharAt, textLength, textSlice, wordSpan, writeDec, writeHex, writeStr, writeWord } from "../../kernel/format";
import { Err, errName } from "../../kernel/errors";

// A sink that collects characters into a string.
let text = "";
function collect(c: u32): void {
  text += String.fromCharCode(<i32>c);
}
function dec(n: u32): string {
  text = "";
  writeDec(collect, n);
  return text;
}
function hex(n: u32, width: i32): string {
  text = "";
  writeHex(collect, n, width);
  return text;
}

describe("writeDec", () => {
  test("zero", () => {
    expect(dec(0)).toBe("0");
  });
  test("powers of ten and their neighbours", () => {
    expect(dec(9)).toBe("9");
    expect(dec(10)).toBe("10");
    expect(dec(999999999)).toBe("999999999");
    expect(dec(1000000000)).toBe("1000000000");
  });
  test("the largest u32", () => {
    expect(dec(4294967295)).toBe("4294967295");
  });
});

describe("writeHex", () => {
  test("pads to the width", () => {
    expect(hex(0xab, 8)).toBe("0x000000ab");
    expect(hex(0xdeadbeef, 8)).toBe("0xdeadbeef");
    expect(hex(0x5, 2)).toBe("0x05");
  });
});

describe("writeStr", () => {
  test("replaces non-ASCII with '?'", () => {
    text = "";
    writeStr(collect, "a\u00e9b");
    expect(text).toBe("a?b");
  });
});

// Text references as the build makes them for literals passed to print
// functions (tools/ivt/text8-transform.js), made here by hand: the specs
// are compiled without the transform. TEXT_TAG | id; the fake host
// (tests/unit/as-pect.config.js) has the texts. Kept as numbers, and read
// through a sink that allocates nothing: as-pect's collector would take a
// reference it finds in a global or on its shadow stack during an
// allocation for an object (the kernel has no collector).
const HELLO: usize = 0xf0000000;
const WORDS: usize = 0xf0000001;
const MISSING: usize = 0xf0000002;
const ref = (t: usize): string => changetype<string>(t);

// Each use of a reference is in a function of its own, returned from
// before the test allocates (kept()): its frame is then off the shadow
// stack the collector scans.
function lengthOf(t: usize): i32 {
  return textLength(ref(t));
}
function charOf(t: usize, i: i32): u32 {
  return textCharAt(ref(t), i);
}
function say(t: usize): void {
  writeStr(keep, ref(t));
}
function spanOf(t: usize, i: u32): i32 {
  return wordSpan(ref(t), i);
}
function sayWord(t: usize, i: u32, missing: usize): void {
  writeWord(keep, ref(t), i, ref(missing));
}

const got = new StaticArray<u32>(64);
let gotLength = 0;
function keep(c: u32): void {
  if (gotLength < 64) got[gotLength++] = c;
}
/** What `keep` got, as a string (made after the reference is gone). */
function kept(): string {
  let s = "";
  for (let i = 0; i < gotLength; i++) s += String.fromCharCode(<i32>got[i]);
  gotLength = 0;
  return s;
}

describe("texts in flash", () => {
  test("length and characters", () => {
    expect(lengthOf(HELLO)).toBe(5);
    expect(charOf(HELLO, 0)).toBe(104);
    expect(charOf(HELLO, 4)).toBe(111);
    expect(textLength("hello")).toBe(5);
    expect(textCharAt("h\u00e9", 1)).toBe(0xe9);
  });
  test("writeStr prints them as strings", () => {
    gotLength = 0;
    say(HELLO);
    expect(kept()).toBe("hello");
  });
  test("a reference the image has no text for is empty", () => {
    expect(lengthOf(MISSING)).toBe(0);
    gotLength = 0;
    say(MISSING);
    expect(kept()).toBe("");
  });
  test("a slice of a string is a new string", () => {
    // (A slice of a text reference allocates while holding it: run in the
    // kernel, errName, by the target tests.)
    expect(textSlice("hello", 1, 4)).toBe("ell");
    expect(textSlice("hello", 0, 0)).toBe("");
  });
  test("words of a table in flash", () => {
    expect(spanOf(WORDS, 1)).toBe((4 << 16) | 7);
    expect(spanOf(WORDS, 3)).toBe(-1);
    gotLength = 0;
    sayWord(WORDS, 0, HELLO);
    sayWord(WORDS, 5, HELLO);
    expect(kept()).toBe("onehello");
  });
  test("errName from the UTF-16 table (no transform here)", () => {
    expect(errName(Err.Timeout)).toBe("timeout");
    expect(errName(Err.Aborted)).toBe("aborted");
  });
});
