/*
 * The run-time helpers GCC calls for arithmetic the ColdFire V2 cannot do
 * in one instruction, and the <math.h> functions wasm2c's output calls:
 * 64-bit multiply, divide and bit counts, and IEEE 754 single and double
 * precision in software (the MCF5208 has no FPU).
 *
 * Why not Debian's libgcc: the m68k-linux-gnu one is built for the 68020
 * and its code traps on a V2 core (arch.json). Written for this port; the
 * on-target suite checks every operation against answers computed on the
 * host (tests/target/arith.ts).
 *
 * Nothing here may itself need a helper: 64-bit values are only added,
 * subtracted, compared, masked and shifted by constants (inline on
 * ColdFire), products come from 16 x 16 -> 32 multiplies, and no C float
 * arithmetic appears (floats are handled as their bits). The link checks
 * it: a helper missing from this file is an undefined symbol.
 *
 * Floats: an operand is unpacked into a class, a sign, the exponent `e` of
 * its leading bit and a 64-bit significand `sig`, so that its value is
 * sig * 2^(e - 63); each operation computes its result in that form with
 * at least 55 significant bits and a sticky bit (bit 0: some lower bits
 * were not zero), and `pack` rounds it once, to nearest even, to the format
 * asked for. Single precision uses the same code: no double rounding.
 */
#include <stdint.h>

typedef uint64_t u64;
typedef int64_t s64;
typedef uint32_t u32;
typedef int32_t s32;

/* ---- integers ---------------------------------------------------------- */

static inline u32 hi32(u64 x) { return (u32)(x >> 32); }
static inline u32 lo32(u64 x) { return (u32)x; }
static inline u64 make64(u32 hi, u32 lo) { return ((u64)hi << 32) | lo; }

/* 32 x 32 -> 64 from four 16 x 16 -> 32 products (the V2 multiplier keeps
 * only the low 32 bits of a 32-bit product). */
static u64 mul32x32(u32 a, u32 b) {
  u32 al = a & 0xffff, ah = a >> 16, bl = b & 0xffff, bh = b >> 16;
  u32 ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
  u32 mid = (ll >> 16) + (lh & 0xffff) + (hl & 0xffff); /* < 3 * 2^16 */
  u32 lo = (mid << 16) | (ll & 0xffff);
  u32 hi = hh + (lh >> 16) + (hl >> 16) + (mid >> 16);
  return make64(hi, lo);
}

/* The full 128-bit product: *hi, *lo. */
static void mul64x64(u64 a, u64 b, u64* hi, u64* lo) {
  u64 ll = mul32x32(lo32(a), lo32(b));
  u64 lh = mul32x32(lo32(a), hi32(b));
  u64 hl = mul32x32(hi32(a), lo32(b));
  u64 hh = mul32x32(hi32(a), hi32(b));
  u64 mid = (u64)hi32(ll) + lo32(lh) + lo32(hl); /* < 3 * 2^32 */
  *lo = make64(lo32(mid), lo32(ll));
  *hi = hh + hi32(lh) + hi32(hl) + hi32(mid);
}

u64 __muldi3(u64 a, u64 b) {
  u64 r = mul32x32(lo32(a), lo32(b));
  u32 cross = lo32(a) * hi32(b) + hi32(a) * lo32(b); /* only its low 32 bits count */
  return r + ((u64)cross << 32);
}

/* Variable 64-bit shifts from 32-bit halves (GCC may call these at -Os). */
u64 __ashldi3(u64 x, int n) {
  n &= 63;
  if (n == 0) return x;
  if (n >= 32) return make64(lo32(x) << (n - 32), 0);
  return make64((hi32(x) << n) | (lo32(x) >> (32 - n)), lo32(x) << n);
}

u64 __lshrdi3(u64 x, int n) {
  n &= 63;
  if (n == 0) return x;
  if (n >= 32) return hi32(x) >> (n - 32);
  return make64(hi32(x) >> n, (lo32(x) >> n) | (hi32(x) << (32 - n)));
}

s64 __ashrdi3(s64 x, int n) {
  n &= 63;
  s32 h = (s32)hi32((u64)x);
  if (n == 0) return x;
  if (n >= 32) return (s64)make64((u32)(h >> 31), (u32)(h >> (n - 32)));
  return (s64)make64((u32)(h >> n), (lo32((u64)x) >> n) | ((u32)h << (32 - n)));
}

/* Unsigned 64-bit division, quotient and remainder: one bit per step
 * above 32 bits, the hardware divider below. The divisor is not 0
 * (wasm2c traps first). */
static u64 udivmod64(u64 n, u64 d, u64* rem) {
  if (hi32(n) == 0 && hi32(d) == 0) {
    *rem = lo32(n) % lo32(d);
    return lo32(n) / lo32(d);
  }
  u64 q = 0, r = 0;
  for (int i = 63; i >= 0; i--) {
    r = (r << 1) | ((n >> i) & 1);
    if (r >= d) {
      r -= d;
      q |= (u64)1 << i;
    }
  }
  *rem = r;
  return q;
}

u64 __udivdi3(u64 n, u64 d) {
  u64 r;
  return udivmod64(n, d, &r);
}

u64 __umoddi3(u64 n, u64 d) {
  u64 r;
  udivmod64(n, d, &r);
  return r;
}

static inline u64 uabs64(s64 x) { return x < 0 ? 0 - (u64)x : (u64)x; }

/* Signed: the quotient truncates toward zero, the remainder takes the
 * dividend's sign. INT64_MIN / -1 never comes here (wasm2c traps). */
s64 __divdi3(s64 n, s64 d) {
  u64 r, q = udivmod64(uabs64(n), uabs64(d), &r);
  return (s64)((n < 0) != (d < 0) ? 0 - q : q);
}

s64 __moddi3(s64 n, s64 d) {
  u64 r;
  udivmod64(uabs64(n), uabs64(d), &r);
  return (s64)(n < 0 ? 0 - r : r);
}

s64 __negdi2(s64 x) { return (s64)(0 - (u64)x); }

/* 0, 1, 2 for less, equal, greater. */
int __cmpdi2(s64 a, s64 b) { return a < b ? 0 : a == b ? 1 : 2; }
int __ucmpdi2(u64 a, u64 b) { return a < b ? 0 : a == b ? 1 : 2; }

/* Bit counts: x != 0 where GCC requires it (wasm2c tests for 0 first). */
int __clzsi2(u32 x) {
  int n = 0;
  if (!(x & 0xffff0000u)) n += 16, x <<= 16;
  if (!(x & 0xff000000u)) n += 8, x <<= 8;
  if (!(x & 0xf0000000u)) n += 4, x <<= 4;
  if (!(x & 0xc0000000u)) n += 2, x <<= 2;
  if (!(x & 0x80000000u)) n += 1;
  return n;
}

int __ctzsi2(u32 x) {
  int n = 0;
  if (!(x & 0xffff)) n += 16, x >>= 16;
  if (!(x & 0xff)) n += 8, x >>= 8;
  if (!(x & 0xf)) n += 4, x >>= 4;
  if (!(x & 0x3)) n += 2, x >>= 2;
  if (!(x & 0x1)) n += 1;
  return n;
}

int __clzdi2(u64 x) { return hi32(x) ? __clzsi2(hi32(x)) : 32 + __clzsi2(lo32(x)); }
int __ctzdi2(u64 x) { return lo32(x) ? __ctzsi2(lo32(x)) : 32 + __ctzsi2(hi32(x)); }

int __popcountsi2(u32 x) {
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  x = (x + (x >> 4)) & 0x0f0f0f0fu;
  return (int)((x + (x >> 8) + (x >> 16) + (x >> 24)) & 0x3f);
}

int __popcountdi2(u64 x) { return __popcountsi2(hi32(x)) + __popcountsi2(lo32(x)); }

/* Leading zeros of a 64-bit value, 64 for 0. */
static int clz64(u64 x) { return x ? __clzdi2(x) : 64; }

/* ---- floats: formats, unpack, pack -------------------------------------- */

enum { ZERO, FINITE, INF, NAN_ };

typedef struct {
  int cls;  /* ZERO, FINITE, INF or NAN_ */
  int sign; /* 1: negative */
  int e;    /* FINITE: the value is sig * 2^(e - 63) */
  u64 sig;  /* FINITE: bit 63 set once normalized; bit 0 sticky */
} num;

typedef struct {
  int mant;  /* stored significand bits: 23, 52 */
  int bias;  /* 127, 1023 */
  int emask; /* all-ones exponent field: 0xff, 0x7ff */
} format;

static const format F32 = {23, 127, 0xff};
static const format F64 = {52, 1023, 0x7ff};

static num unpack(u64 bits, const format* f) {
  num n;
  int width = f->mant + 1 + (f->mant == 23 ? 8 : 11);
  u64 mmask = ((u64)1 << f->mant) - 1;
  int field = (int)((bits >> f->mant) & (u64)f->emask);
  u64 m = bits & mmask;
  n.sign = (int)((bits >> (width - 1)) & 1);
  n.e = 0;
  n.sig = 0;
  if (field == f->emask) {
    n.cls = m ? NAN_ : INF;
  } else if (field == 0 && m == 0) {
    n.cls = ZERO;
  } else {
    n.cls = FINITE;
    if (field == 0) {
      field = 1; /* subnormal: no implicit bit, the smallest exponent */
    } else {
      m |= mmask + 1;
    }
    n.e = field - f->bias;
    n.sig = m << (63 - f->mant);
    int z = clz64(n.sig);
    n.sig <<= z;
    n.e -= z;
  }
  return n;
}

static u64 sign_bit(const format* f) { return (u64)1 << (f->mant == 23 ? 31 : 63); }

static u64 default_nan(const format* f) {
  return ((u64)f->emask << f->mant) | ((u64)1 << (f->mant - 1));
}

/* Rounds n to nearest, ties to even, into format f: subnormals, overflow
 * to infinity, underflow to zero. */
static u64 pack(num n, const format* f) {
  u64 s = n.sign ? sign_bit(f) : 0;
  if (n.cls == NAN_) return default_nan(f);
  if (n.cls == INF) return s | ((u64)f->emask << f->mant);
  if (n.cls == ZERO || n.sig == 0) return s;
  int z = clz64(n.sig);
  u64 sig = n.sig << z; /* a left shift drops no sticky bit: they are zero */
  int e = n.e - z;
  int field = e + f->bias;
  if (field > f->emask) return s | ((u64)f->emask << f->mant);
  int shift = 63 - f->mant; /* keeps mant + 1 bits */
  if (field < 1) {
    shift += 1 - field; /* subnormal: fewer bits */
    field = 0;
  }
  if (shift > 64) return s; /* under half the smallest subnormal: zero */
  u64 q = shift == 64 ? 0 : sig >> shift;
  u64 rest = shift == 64 ? sig : sig & (((u64)1 << shift) - 1);
  u64 half = (u64)1 << (shift - 1);
  if (rest > half || (rest == half && (q & 1))) q++;
  /* q carries the implicit bit: adding (field - 1) << mant sets the field,
   * and a rounding carry (or a subnormal rounding up to the smallest
   * normal) moves into the exponent by itself. */
  u64 bits = field ? ((u64)(field - 1) << f->mant) + q : q;
  if ((bits >> f->mant) >= (u64)f->emask) return s | ((u64)f->emask << f->mant);
  return s | bits;
}

/* x >> n, with the bits shifted out kept as a sticky bit 0. */
static u64 shift_right_sticky(u64 x, int n) {
  if (n <= 0) return x;
  if (n >= 64) return x != 0;
  return (x >> n) | ((x & (((u64)1 << n) - 1)) != 0);
}

static num make_nan(void) {
  num n = {NAN_, 0, 0, 0};
  return n;
}

static num make_zero(int sign) {
  num n = {ZERO, sign, 0, 0};
  return n;
}

static num make_inf(int sign) {
  num n = {INF, sign, 0, 0};
  return n;
}

/* ---- floats: operations on unpacked values ------------------------------ */

/* |a| < |b| for finite a, b. */
static int less_magnitude(num a, num b) { return a.e < b.e || (a.e == b.e && a.sig < b.sig); }

static num add(num a, num b) {
  if (a.cls == NAN_ || b.cls == NAN_) return make_nan();
  if (a.cls == INF) return b.cls == INF && b.sign != a.sign ? make_nan() : a;
  if (b.cls == INF) return b;
  if (a.cls == ZERO) return b.cls == ZERO ? make_zero(a.sign & b.sign) : b;
  if (b.cls == ZERO) return a;
  if (less_magnitude(a, b)) {
    num t = a;
    a = b;
    b = t;
  }
  /* One spare bit at the top for the carry: value = sig * 2^(e - 62). */
  u64 x = a.sig >> 1;
  u64 y = shift_right_sticky(b.sig >> 1, a.e - b.e);
  num r = {FINITE, a.sign, a.e + 1, 0};
  if (a.sign == b.sign) {
    r.sig = x + y;
  } else {
    r.sig = x - y; /* >= 0: |a| >= |b| */
    if (r.sig == 0) return make_zero(0);
  }
  return r;
}

static num mul(num a, num b) {
  int sign = a.sign ^ b.sign;
  if (a.cls == NAN_ || b.cls == NAN_) return make_nan();
  if (a.cls == INF || b.cls == INF) return a.cls == ZERO || b.cls == ZERO ? make_nan() : make_inf(sign);
  if (a.cls == ZERO || b.cls == ZERO) return make_zero(sign);
  u64 hi, lo;
  mul64x64(a.sig, b.sig, &hi, &lo);
  num r = {FINITE, sign, a.e + b.e + 1, hi | (lo != 0)};
  return r;
}

static num divide(num a, num b) {
  int sign = a.sign ^ b.sign;
  if (a.cls == NAN_ || b.cls == NAN_) return make_nan();
  if (a.cls == INF) return b.cls == INF ? make_nan() : make_inf(sign);
  if (b.cls == INF) return make_zero(sign);
  if (b.cls == ZERO) return a.cls == ZERO ? make_nan() : make_inf(sign);
  if (a.cls == ZERO) return make_zero(sign);
  /* Long division of the significands (both below 2^54 once shifted
   * down), 64 quotient bits: q = floor(a/b * 2^63). */
  u64 n = a.sig >> 10, d = b.sig >> 10, q = 0;
  for (int i = 0; i < 64; i++) {
    q <<= 1;
    if (n >= d) {
      n -= d;
      q |= 1;
    }
    n <<= 1;
  }
  num r = {FINITE, sign, a.e - b.e, q | (n != 0)};
  return r;
}

static num square_root(num a) {
  if (a.cls == NAN_) return make_nan();
  if (a.cls == ZERO) return a;
  if (a.sign) return make_nan();
  if (a.cls == INF) return a;
  /* a = m * 2^(e - 53) with m of 54 bits and (e - 53) even; the root of
   * m * 2^66 is found a bit at a time from the pairs of its bits, giving
   * 60 bits: sqrt(a) = root * 2^((e - 53) / 2 - 33). */
  int e = a.e;
  u64 m = a.sig >> 10; /* leading bit at 53 */
  if ((e - 53) & 1) {
    m >>= 1; /* the bit shifted out is 0: a.sig has at most 53 bits */
    e += 1;
  }
  u64 root = 0, rem = 0;
  for (int i = 0; i < 60; i++) {
    int at = 52 - 2 * i; /* the pair of m's bits (at + 1, at), zeros past the end */
    u64 pair = at >= 0 ? (m >> at) & 3 : 0;
    rem = (rem << 2) | pair;
    u64 trial = (root << 2) | 1;
    root <<= 1;
    if (rem >= trial) {
      rem -= trial;
      root |= 1;
    }
  }
  num r = {FINITE, 0, (e - 53) / 2 - 33 + 63, root | (rem != 0)};
  return r;
}

/* -1, 0, 1 for less, equal, greater; 2 if either is NaN. */
static int compare(num a, num b) {
  if (a.cls == NAN_ || b.cls == NAN_) return 2;
  if (a.cls == ZERO && b.cls == ZERO) return 0;
  if (a.sign != b.sign) return a.sign ? -1 : 1;
  int mag; /* |a| against |b| */
  if (a.cls == b.cls && a.cls != FINITE) mag = 0;
  else if (a.cls == INF || b.cls == ZERO) mag = 1;
  else if (b.cls == INF || a.cls == ZERO) mag = -1;
  else mag = less_magnitude(a, b) ? -1 : a.e == b.e && a.sig == b.sig ? 0 : 1;
  return a.sign ? -mag : mag;
}

/* An integer as a float: value = x * 2^0 = x * 2^(63 - 63). */
static num from_u64(u64 x, int sign) {
  num n = {x ? FINITE : ZERO, sign, 63, x};
  return n;
}

/* The magnitude truncated toward zero; *over set if it does not fit in
 * `bits` bits (the caller saturates; wasm2c never asks out of range). */
static u64 to_u64(num a, int bits, int* over) {
  *over = 0;
  if (a.cls == ZERO) return 0;
  if (a.cls != FINITE || a.e >= bits) {
    *over = 1;
    return 0;
  }
  if (a.e < 0) return 0;
  return a.sig >> (63 - a.e);
}

/* ---- floats: the GCC helpers -------------------------------------------- */

typedef union {
  float f;
  u32 u;
} f32u;
typedef union {
  double f;
  u64 u;
} f64u;

static num unf(float x) {
  f32u v = {.f = x};
  return unpack(v.u, &F32);
}
static num und(double x) {
  f64u v = {.f = x};
  return unpack(v.u, &F64);
}
static float packf(num n) {
  f32u v = {.u = (u32)pack(n, &F32)};
  return v.f;
}
static double packd(num n) {
  f64u v = {.u = pack(n, &F64)};
  return v.f;
}
static num negate(num n) {
  n.sign ^= 1;
  return n;
}

float __addsf3(float a, float b) { return packf(add(unf(a), unf(b))); }
float __subsf3(float a, float b) { return packf(add(unf(a), negate(unf(b)))); }
float __mulsf3(float a, float b) { return packf(mul(unf(a), unf(b))); }
float __divsf3(float a, float b) { return packf(divide(unf(a), unf(b))); }
double __adddf3(double a, double b) { return packd(add(und(a), und(b))); }
double __subdf3(double a, double b) { return packd(add(und(a), negate(und(b)))); }
double __muldf3(double a, double b) { return packd(mul(und(a), und(b))); }
double __divdf3(double a, double b) { return packd(divide(und(a), und(b))); }

/* Negation flips the sign bit, NaN or not (wasm's neg). */
float __negsf2(float a) {
  f32u v = {.f = a};
  v.u ^= 0x80000000u;
  return v.f;
}
double __negdf2(double a) {
  f64u v = {.f = a};
  v.u ^= (u64)1 << 63;
  return v.f;
}

/* Comparisons, as GCC reads their results: eq/ne 0 when equal; lt < 0,
 * le <= 0, gt > 0, ge >= 0 when true; each false when unordered. */
static int cmp_or(int c, int unordered) { return c == 2 ? unordered : c; }
int __eqsf2(float a, float b) { return cmp_or(compare(unf(a), unf(b)), 1); }
int __nesf2(float a, float b) { return cmp_or(compare(unf(a), unf(b)), 1); }
int __ltsf2(float a, float b) { return cmp_or(compare(unf(a), unf(b)), 1); }
int __lesf2(float a, float b) { return cmp_or(compare(unf(a), unf(b)), 1); }
int __gtsf2(float a, float b) { return cmp_or(compare(unf(a), unf(b)), -1); }
int __gesf2(float a, float b) { return cmp_or(compare(unf(a), unf(b)), -1); }
int __unordsf2(float a, float b) { return compare(unf(a), unf(b)) == 2; }
int __eqdf2(double a, double b) { return cmp_or(compare(und(a), und(b)), 1); }
int __nedf2(double a, double b) { return cmp_or(compare(und(a), und(b)), 1); }
int __ltdf2(double a, double b) { return cmp_or(compare(und(a), und(b)), 1); }
int __ledf2(double a, double b) { return cmp_or(compare(und(a), und(b)), 1); }
int __gtdf2(double a, double b) { return cmp_or(compare(und(a), und(b)), -1); }
int __gedf2(double a, double b) { return cmp_or(compare(und(a), und(b)), -1); }
int __unorddf2(double a, double b) { return compare(und(a), und(b)) == 2; }

double __extendsfdf2(float a) { return packd(unf(a)); }
float __truncdfsf2(double a) { return packf(und(a)); }

float __floatsisf(s32 x) { return packf(from_u64(uabs64(x), x < 0)); }
float __floatunsisf(u32 x) { return packf(from_u64(x, 0)); }
float __floatdisf(s64 x) { return packf(from_u64(uabs64(x), x < 0)); }
float __floatundisf(u64 x) { return packf(from_u64(x, 0)); }
double __floatsidf(s32 x) { return packd(from_u64(uabs64(x), x < 0)); }
double __floatunsidf(u32 x) { return packd(from_u64(x, 0)); }
double __floatdidf(s64 x) { return packd(from_u64(uabs64(x), x < 0)); }
double __floatundidf(u64 x) { return packd(from_u64(x, 0)); }

/* Float to integer, truncating; out of range saturates (wasm2c checks the
 * range before it converts, so only its in-range values come here). */
static s64 to_signed(num a, int bits) {
  int over;
  u64 m = to_u64(a, bits, &over);
  u64 max = ((u64)1 << (bits - 1)) - 1;
  if (a.cls == NAN_) return 0;
  if (a.sign) return over || m > max + 1 ? (s64)(0 - (max + 1)) : (s64)(0 - m);
  return over || m > max ? (s64)max : (s64)m;
}
static u64 to_unsigned(num a, int bits) {
  int over;
  u64 m = to_u64(a, bits, &over);
  if (a.cls == NAN_ || a.sign) return 0;
  return over ? (bits == 64 ? ~(u64)0 : ((u64)1 << bits) - 1) : m;
}
s32 __fixsfsi(float a) { return (s32)to_signed(unf(a), 32); }
u32 __fixunssfsi(float a) { return (u32)to_unsigned(unf(a), 32); }
s64 __fixsfdi(float a) { return to_signed(unf(a), 64); }
u64 __fixunssfdi(float a) { return to_unsigned(unf(a), 64); }
s32 __fixdfsi(double a) { return (s32)to_signed(und(a), 32); }
u32 __fixunsdfsi(double a) { return (u32)to_unsigned(und(a), 32); }
s64 __fixdfdi(double a) { return to_signed(und(a), 64); }
u64 __fixunsdfdi(double a) { return to_unsigned(und(a), 64); }

/* ---- <math.h> (arch/coldfire/include/math.h) ---------------------------- */

double sqrt(double x) { return packd(square_root(und(x))); }
float sqrtf(float x) { return packf(square_root(unf(x))); }

/* Rounding to an integral value on the bits. mode: 0 toward zero,
 * 1 down, 2 up, 3 to nearest even. NaN and infinity come back as they are
 * (wasm2c quiets NaN before calling). */
static u64 round_integral(u64 bits, const format* f, int mode) {
  int width = f->mant == 23 ? 32 : 64;
  u64 sbit = (u64)1 << (width - 1);
  int neg = (bits & sbit) != 0;
  u64 mag = bits & ~sbit;
  int k = (int)(mag >> f->mant) - f->bias; /* exponent of the leading bit */
  if (k >= f->mant) return bits;           /* integral already, or inf/NaN */
  u64 one = (u64)f->bias << f->mant;       /* 1.0 */
  if (k < 0) {                             /* |x| < 1, zero included */
    int up;
    if (mag == 0) up = 0;
    else if (mode == 1) up = neg;
    else if (mode == 2) up = !neg;
    else if (mode == 3) up = mag > ((u64)(f->bias - 1) << f->mant); /* above one half */
    else up = 0;
    return (bits & sbit) | (up ? one : 0);
  }
  u64 frac_mask = ((u64)1 << (f->mant - k)) - 1;
  u64 frac = mag & frac_mask;
  u64 whole = mag & ~frac_mask;
  if (frac == 0) return bits;
  int up;
  if (mode == 1) up = neg;
  else if (mode == 2) up = !neg;
  else if (mode == 3) {
    u64 half = (frac_mask + 1) >> 1;
    /* the integer's lowest bit: at k == 0 the implicit 1, which is also
     * the exponent field's lowest bit there (the bias is odd) */
    up = frac > half || (frac == half && (whole & (frac_mask + 1)));
  } else up = 0;
  if (up) whole += frac_mask + 1; /* a carry moves into the exponent */
  return (bits & sbit) | whole;
}

static double roundd(double x, int mode) {
  f64u v = {.f = x};
  v.u = round_integral(v.u, &F64, mode);
  return v.f;
}
static float roundf_(float x, int mode) {
  f32u v = {.f = x};
  v.u = (u32)round_integral(v.u, &F32, mode);
  return v.f;
}
double trunc(double x) { return roundd(x, 0); }
float truncf(float x) { return roundf_(x, 0); }
double floor(double x) { return roundd(x, 1); }
float floorf(float x) { return roundf_(x, 1); }
double ceil(double x) { return roundd(x, 2); }
float ceilf(float x) { return roundf_(x, 2); }
double nearbyint(double x) { return roundd(x, 3); }
float nearbyintf(float x) { return roundf_(x, 3); }

double fabs(double x) {
  f64u v = {.f = x};
  v.u &= ~((u64)1 << 63);
  return v.f;
}
float fabsf(float x) {
  f32u v = {.f = x};
  v.u &= 0x7fffffffu;
  return v.f;
}
double copysign(double x, double y) {
  f64u v = {.f = x}, s = {.f = y};
  v.u = (v.u & ~((u64)1 << 63)) | (s.u & ((u64)1 << 63));
  return v.f;
}
float copysignf(float x, float y) {
  f32u v = {.f = x}, s = {.f = y};
  v.u = (v.u & 0x7fffffffu) | (s.u & 0x80000000u);
  return v.f;
}
