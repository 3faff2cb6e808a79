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
  for (let shift = (width - 1) * 4; shift >= 0; shift -= 4) {
    const d = (n >>> shift) & 0xF;
    sink(d < 10 ? 48 + d : 87 + d);
  }
}

/** Writes the characters of `s` (ASCII; others as '?') to `sink`. Any context. */
export function writeStr(sink: (c: u32) => void, s: string): void {
  for (let i = 0, n = s.length; i < n; i++) {
    const c = <u32>s.charCodeAt(i);
    sink(c < 128 ? c : 63);
  }
}
