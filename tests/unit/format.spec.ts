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

// 8-bit texts as the build stores literals passed to print functions
// (tools/ivt/text8-transform.js), made here by hand: the specs are compiled
// without the transform. The whole object header is written, with the
// collector's color "transparent" (3) as static data has, so that
// as-pect's garbage collector leaves them alone.
const HELLO = changetype<string>(
  memory.data<u8>([0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 5, 0, 0, 0, 104, 101, 108, 108, 111], 16) + 20,
);
const WORDS = changetype<string>(
  memory.data<u8>([0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 8, 0, 0, 0, 111, 110, 101, 32, 116, 119, 111, 32], 16) + 20,
);

describe("8-bit texts", () => {
  test("length and characters", () => {
    expect(textLength(HELLO)).toBe(5);
    expect(textCharAt(HELLO, 0)).toBe(104);
    expect(textCharAt(HELLO, 4)).toBe(111);
    expect(textLength("hello")).toBe(5);
    expect(textCharAt("h\u00e9", 1)).toBe(0xe9);
  });
  test("writeStr prints them as strings", () => {
    text = "";
    writeStr(collect, HELLO);
    expect(text).toBe("hello");
  });
  test("a slice is a new string", () => {
    expect(textSlice(HELLO, 1, 4)).toBe("ell");
    expect(textSlice(HELLO, 0, 0)).toBe("");
    expect(textSlice("hello", 1, 4)).toBe("ell");
  });
  test("words of an 8-bit table", () => {
    expect(wordSpan(WORDS, 1)).toBe((4 << 16) | 7);
    expect(wordSpan(WORDS, 3)).toBe(-1);
    text = "";
    writeWord(collect, WORDS, 0, HELLO);
    writeWord(collect, WORDS, 5, HELLO);
    expect(text).toBe("onehello");
  });
  test("errName from the UTF-16 table (no transform here)", () => {
    expect(errName(Err.Timeout)).toBe("timeout");
    expect(errName(Err.Aborted)).toBe("aborted");
  });
});
