// Number formatting shared by the console and the panic path. Writes go to
// a sink function so the same code prints through the console driver and
// through the last-resort panic output. Allocation-free: safe in any context.

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

/** Where the `i`-th space-separated word of `words` starts and ends
 *  (start << 16 | end), or -1 if there are fewer. Tables of names are one
 *  string each: every string literal costs a 20-byte header and alignment in
 *  module memory. Any context. */
export function wordSpan(words: string, i: u32): i32 {
  let start = 0;
  const n = words.length;
  for (let k: u32 = 0; k < i; k++) {
    while (start < n && words.charCodeAt(start) != 32) start++;
    if (start == n) return -1;
    start++;
  }
  let end = start;
  while (end < n && words.charCodeAt(end) != 32) end++;
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
  for (let k = span >>> 16, end = span & 0xffff; k < end; k++) sink(<u32>words.charCodeAt(k));
}

/** Writes the characters of `s` (ASCII; others as '?') to `sink`. Any context. */
export function writeStr(sink: (c: u32) => void, s: string): void {
  for (let i = 0, n = s.length; i < n; i++) {
    const c = <u32>s.charCodeAt(i);
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
