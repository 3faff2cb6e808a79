import { writeDec, writeHex, writeStr } from "../../kernel/format";

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
