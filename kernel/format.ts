// Number formatting shared by the console and the panic path. Writes go to
// a sink function so the same code prints through the console driver and
// through the last-resort panic output. Allocation-free: safe in any context.

import { portTextChar, portTextLength } from "./port";

/** Writes the decimal digits of `n` to `sink`. Reentrant: no buffer, so
 *  a nested interrupt may print at the same time. Any context. */
export function writeDec(sink: (c: u32) => void, n: u32): void {
  let div: u32 = 1;
  while (n / div >= 10) div *= 10;
  do {
    sink(48 + (n / div) % 10);
    div /= 10;
  } while (div != 0);
}

/** Writes `n` as `0x` and `width` hexadecimal digits to `sink`. Any context. */
export function writeHex(sink: (c: u32) => void, n: u32, width: i32 = 8): void {
  sink(48); // '0'
  sink(120); // 'x'
  writeHexDigits(sink, n, width);
}

/** Writes `n` as `width` lower-case hex digits, no prefix (the trace
 *  dump's records). Allocation-free. Any context. */
export function writeHexDigits(sink: (c: u32) => void, n: u32, width: i32 = 8): void {
  for (let shift = (width - 1) * 4; shift >= 0; shift -= 4) {
    const d = (n >>> shift) & 0xF;
    sink(d < 10 ? 48 + d : 87 + d);
  }
}

// ---- text: strings and texts in flash ----------------------------------
//
// The build keeps a string literal passed straight to a print function
// (kputs, writeStr, reportLine, ...: the one list is
// tools/ivt/text8-transform.js PRINTERS) out of module memory, which is RAM
// on the boards: the literal becomes a text reference, TEXT_TAG | id, and
// the text is in the image's flash, one byte per character, read through
// the host (portTextLength, portTextChar). Only the three functions below
// read characters, and they tell the two kinds apart; the other listed
// functions only pass their text on (the transform checks it), so a text
// reference never reaches `.length`, `+`, a comparison or a load.

/** Text references are TEXT_TAG | id (tools/ivt/text8-transform.js
 *  TEXT_TAG): above any module memory, so no string is one. */
// @ts-ignore: decorator
@inline const TEXT_TAG: usize = 0xf0000000;

// @ts-ignore: decorator
@inline function isTextRef(s: string): bool {
  return changetype<usize>(s) >= TEXT_TAG;
}

/** The number of characters of `s`, a string or a text in flash (above).
 *  Any context. */
export function textLength(s: string): i32 {
  return isTextRef(s) ? <i32>portTextLength(changetype<usize>(s)) : s.length;
}

/** The code of character `i` of `s` (0 <= i < textLength(s)), a string or
 *  a text in flash. Any context. */
export function textCharAt(s: string, i: i32): u32 {
  const p = changetype<usize>(s);
  return isTextRef(s) ? portTextChar(p, i) : <u32>load<u16>(p + (<usize>i << 1));
}

/** Characters `start` to `end` (exclusive; 0 <= start <= end <=
 *  textLength(s), which the kernel's callers, spans from wordSpan, meet:
 *  unchecked, as clamping cost 0.1-0.25 KB of flash where GCC inlines it)
 *  of `s`, a string or a text in flash, as a new string. Thread context: it
 *  allocates. */
export function textSlice(s: string, start: i32, end: i32): string {
  if (!isTextRef(s)) return s.substring(start, end);
  const out = changetype<string>(__new(<usize>(end - start) << 1, idof<string>()));
  const p = changetype<usize>(s);
  for (let i = start; i < end; i++) store<u16>(changetype<usize>(out) + (<usize>(i - start) << 1), portTextChar(p, i));
  return out;
}

/** Where the `i`-th space-separated word of `words` starts and ends
 *  (start << 16 | end), or -1 if there are fewer. Tables of names are one
 *  string each: every string literal costs a header and alignment in
 *  module memory. Any context. */
export function wordSpan(words: string, i: u32): i32 {
  let start = 0;
  const n = textLength(words);
  for (let k: u32 = 0; k < i; k++) {
    while (start < n && textCharAt(words, start) != 32) start++;
    if (start == n) return -1;
    start++;
  }
  let end = start;
  while (end < n && textCharAt(words, end) != 32) end++;
  return (start << 16) | end;
}

/** Writes the `i`-th space-separated word of `words` to `sink`, or
 *  `missing` if there are fewer. Allocation-free. Any context. */
export function writeWord(sink: (c: u32) => void, words: string, i: u32, missing: string): void {
  const span = wordSpan(words, i);
  if (span < 0) {
    writeStr(sink, missing);
    return;
  }
  for (let k = span >>> 16, end = span & 0xffff; k < end; k++) sink(textCharAt(words, k));
}

/** Writes the characters of `s` (ASCII; others as '?') to `sink`. Any context. */
export function writeStr(sink: (c: u32) => void, s: string): void {
  for (let i = 0, n = textLength(s); i < n; i++) {
    const c = textCharAt(s, i);
    sink(c < 128 ? c : 63);
  }
}

/** `part` as tenths of a percent of `whole` (123 for 12.3%; 0 when
 *  `whole` is 0), rounded down. Any context. */
export function percentTenths(part: u64, whole: u64): u32 {
  // part * 1000 must not overflow: scale both down first when they are big
  // (2^40 cycles is 12 hours at 25 MHz).
  while (whole >= (<u64>1 << 40)) {
    whole >>= 10;
    part >>= 10;
  }
  return whole == 0 ? 0 : <u32>(part * 1000 / whole);
}

/** Writes `tenths` (percentTenths) as a percentage with one decimal and
 *  the sign ("12.3%"), right-aligned in `width` characters.
 *  Allocation-free. Any context. */
export function writePercent(sink: (c: u32) => void, tenths: u32, width: i32 = 0): void {
  let digits = 4; // "d.d%"
  for (let x = tenths / 10; x >= 10; x /= 10) digits++;
  for (let i = digits; i < width; i++) sink(32);
  writeDec(sink, tenths / 10);
  sink(46); // '.'
  sink(48 + tenths % 10);
  sink(37); // '%'
}
