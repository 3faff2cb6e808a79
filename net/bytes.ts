// Network byte order and the Internet checksum, over module memory.
// Byte by byte: a frame's fields sit at any alignment, and the result is the
// same on a big-endian host (ColdFire) as on a little-endian one.

/** The big-endian 16-bit field at `p`. */
// @ts-ignore: decorator
@inline export function be16(p: usize): u32 {
  return (<u32>load<u8>(p) << 8) | <u32>load<u8>(p + 1);
}

/** The big-endian 32-bit field at `p`. */
// @ts-ignore: decorator
@inline export function be32(p: usize): u32 {
  return (be16(p) << 16) | be16(p + 2);
}

// @ts-ignore: decorator
@inline export function put16(p: usize, v: u32): void {
  store<u8>(p, <u8>(v >> 8));
  store<u8>(p + 1, <u8>v);
}

// @ts-ignore: decorator
@inline export function put32(p: usize, v: u32): void {
  put16(p, v >> 16);
  put16(p + 2, v);
}

/** The one's-complement sum of `len` bytes at `p`, folded into `sum`
 *  (not yet complemented): chain calls for a pseudo-header. */
export function csumAdd(sum: u32, p: usize, len: u32): u32 {
  let s = sum;
  let i: u32 = 0;
  for (; i + 1 < len; i += 2) s += be16(p + i);
  if (i < len) s += <u32>load<u8>(p + i) << 8;
  while (s >> 16) s = (s & 0xffff) + (s >> 16);
  return s;
}

/** The Internet checksum (RFC 1071) of `len` bytes at `p` plus `sum`.
 *  Over data whose checksum field is filled in, a correct one gives 0. */
export function csum(p: usize, len: u32, sum: u32 = 0): u32 {
  return ~csumAdd(sum, p, len) & 0xffff;
}

/** An IPv4 address from its four numbers (10, 0, 2, 15). */
export function ipv4(a: u32, b: u32, c: u32, d: u32): u32 {
  return ((a & 0xff) << 24) | ((b & 0xff) << 16) | ((c & 0xff) << 8) | (d & 0xff);
}
