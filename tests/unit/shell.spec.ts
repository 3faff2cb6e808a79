// kernel/shell.ts's ShellLine: what an application's commands see of a
// typed line, matched without making a string.

import { ShellLine } from "../../kernel/shell";
import { SHELL_LINE_BYTES } from "../../kernel/config";

function lineOf(text: string): ShellLine {
  const l = new ShellLine();
  for (let i = 0; i < text.length; i++) l.bytes[i] = <u8>text.charCodeAt(i);
  l.length = text.length;
  return l;
}

describe("ShellLine", () => {
  it("matches a whole word only", () => {
    const l = lineOf("quit");
    expect(l.is("quit")).toBe(true);
    expect(l.is("qui")).toBe(false);
    expect(l.is("quits")).toBe(false);
    expect(l.is("QUIT")).toBe(false);
    expect(l.is("")).toBe(false);
  });

  it("matches a prefix, for commands with arguments", () => {
    const l = lineOf("led 3");
    expect(l.startsWith("led ")).toBe(true);
    expect(l.startsWith("")).toBe(true);
    expect(l.startsWith("led 34")).toBe(false);
    expect(l.byteAt(4)).toBe(51);
  });

  it("reads -1 outside the line", () => {
    const l = lineOf("ab");
    expect(l.byteAt(-1)).toBe(-1);
    expect(l.byteAt(2)).toBe(-1);
    expect(l.byteAt(i32.MIN_VALUE)).toBe(-1);
    expect(l.byteAt(SHELL_LINE_BYTES)).toBe(-1);
  });

  it("an empty line is only the empty word", () => {
    const l = new ShellLine();
    expect(l.is("")).toBe(true);
    expect(l.byteAt(0)).toBe(-1);
  });

  it("copies into a string only when asked", () => {
    expect(lineOf("crash").toString()).toBe("crash");
    expect(new ShellLine().toString()).toBe("");
  });

  it("holds up to SHELL_LINE_BYTES", () => {
    expect(new ShellLine().bytes.length).toBe(<i32>SHELL_LINE_BYTES);
  });
});
