/*
 * A host check of libgcc.c (tests/tools/coldfire-libgcc.test.js): each
 * helper, compiled for the host with its names prefixed by "my" (-D flags
 * from the test), against the host's own integer unit and IEEE 754 FPU,
 * on random and edge operands. Not part of any image.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <math.h>
#include <stdlib.h>
typedef uint64_t u64; typedef int64_t s64; typedef uint32_t u32; typedef int32_t s32;
#define P(ret, name, ...) ret name(__VA_ARGS__);
P(u64,my__muldi3,u64,u64) P(u64,my__udivdi3,u64,u64) P(u64,my__umoddi3,u64,u64) P(s64,my__divdi3,s64,s64) P(s64,my__moddi3,s64,s64)
P(u64,my__ashldi3,u64,int) P(u64,my__lshrdi3,u64,int) P(s64,my__ashrdi3,s64,int)
P(int,my__clzdi2,u64) P(int,my__ctzdi2,u64) P(int,my__popcountdi2,u64) P(int,my__clzsi2,u32) P(int,my__ctzsi2,u32) P(int,my__popcountsi2,u32)
P(float,my__addsf3,float,float) P(float,my__subsf3,float,float) P(float,my__mulsf3,float,float) P(float,my__divsf3,float,float)
P(double,my__adddf3,double,double) P(double,my__subdf3,double,double) P(double,my__muldf3,double,double) P(double,my__divdf3,double,double)
P(int,my__ltsf2,float,float) P(int,my__lesf2,float,float) P(int,my__gtsf2,float,float) P(int,my__gesf2,float,float) P(int,my__eqsf2,float,float) P(int,my__nesf2,float,float) P(int,my__unordsf2,float,float)
P(int,my__ltdf2,double,double) P(int,my__ledf2,double,double) P(int,my__gtdf2,double,double) P(int,my__gedf2,double,double) P(int,my__eqdf2,double,double) P(int,my__nedf2,double,double) P(int,my__unorddf2,double,double)
P(double,my__extendsfdf2,float) P(float,my__truncdfsf2,double)
P(float,my__floatsisf,s32) P(float,my__floatunsisf,u32) P(float,my__floatdisf,s64) P(float,my__floatundisf,u64)
P(double,my__floatsidf,s32) P(double,my__floatunsidf,u32) P(double,my__floatdidf,s64) P(double,my__floatundidf,u64)
P(s32,my__fixsfsi,float) P(u32,my__fixunssfsi,float) P(s64,my__fixsfdi,float) P(u64,my__fixunssfdi,float)
P(s32,my__fixdfsi,double) P(u32,my__fixunsdfsi,double) P(s64,my__fixdfdi,double) P(u64,my__fixunsdfdi,double)
P(double,mysqrt,double) P(float,mysqrtf,float) P(double,myfloor,double) P(float,myfloorf,float) P(double,myceil,double) P(float,myceilf,float)
P(double,mytrunc,double) P(float,mytruncf,float) P(double,mynearbyint,double) P(float,mynearbyintf,float)
static u64 st = 88172645463325252ull;
static u64 rnd(void) { st ^= st << 13; st ^= st >> 7; st ^= st << 17; return st; }
static u64 fb(double x) { u64 u; memcpy(&u, &x, 8); return u; }
static u32 ff(float x) { u32 u; memcpy(&u, &x, 4); return u; }
static double bd(u64 u) { double x; memcpy(&x, &u, 8); return x; }
static float bf(u32 u) { float x; memcpy(&x, &u, 4); return x; }
static long fails;
static int samed(double a, double b) { return (isnan(a) && isnan(b)) || fb(a) == fb(b); }
static int samef(float a, float b) { return (isnan(a) && isnan(b)) || ff(a) == ff(b); }
#define CD(what, got, want, a, b) do { if (!samed(got, want)) { if (fails++ < 20) printf("%s(%016llx, %016llx) = %016llx, want %016llx\n", what, (unsigned long long)fb(a), (unsigned long long)fb(b), (unsigned long long)fb(got), (unsigned long long)fb(want)); } } while (0)
#define CF(what, got, want, a, b) do { if (!samef(got, want)) { if (fails++ < 20) printf("%s(%08x, %08x) = %08x, want %08x\n", what, ff(a), ff(b), ff(got), ff(want)); } } while (0)
#define CI(what, got, want, a, b) do { if ((u64)(got) != (u64)(want)) { if (fails++ < 20) printf("%s(%llx, %llx) = %llx, want %llx\n", what, (unsigned long long)(a), (unsigned long long)(b), (unsigned long long)(got), (unsigned long long)(want)); } } while (0)
/* random doubles of interesting kinds */
static u64 rd64(void) {
  static const u64 sp[] = {0, 0x8000000000000000ull, 0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000000ull, 1, 0x000fffffffffffffull, 0x0010000000000000ull, 0x3ff0000000000000ull, 0x3fe0000000000000ull, 0x7fefffffffffffffull, 0x4330000000000000ull, 0x43e0000000000000ull, 0x41e0000000000000ull};
  u64 r = rnd();
  switch (r & 7) {
  case 0: return sp[(r >> 3) % 14] ^ ((r >> 20) & 1 ? 0x8000000000000000ull : 0);
  case 1: return (rnd() & 0x800fffffffffffffull); /* subnormal */
  case 2: return (rnd() & 0x800fffffffffffffull) | ((u64)(1023 + (int)((r >> 8) % 130) - 65) << 52); /* near 1 */
  case 3: return fb((double)(s64)rnd()) ; 
  case 4: return fb((double)((s64)(rnd() % 2000) - 1000) + ((r >> 9) & 3) * 0.25);
  default: return rnd();
  }
}
static u32 rd32(void) {
  static const u32 sp[] = {0, 0x80000000u, 0x7f800000u, 0xff800000u, 0x7fc00000u, 1, 0x007fffffu, 0x00800000u, 0x3f800000u, 0x3f000000u, 0x7f7fffffu, 0x4b000000u, 0x5f000000u, 0x4f000000u};
  u64 r = rnd();
  switch (r & 7) {
  case 0: return sp[(r >> 3) % 14] ^ ((r >> 20) & 1 ? 0x80000000u : 0);
  case 1: return (u32)rnd() & 0x807fffffu;
  case 2: return ((u32)rnd() & 0x807fffffu) | ((u32)(127 + (int)((r >> 8) % 60) - 30) << 23);
  case 3: return ff((float)(s32)rnd());
  case 4: return ff((float)((s32)(rnd() % 2000) - 1000) + ((r >> 9) & 3) * 0.25f);
  default: return (u32)rnd();
  }
}
static u64 ri64(void) { u64 r = rnd(); int k = rnd() % 65; return k == 64 ? r : (rnd() & 1) ? r >> k : (u64)((s64)r >> k); }
int main(int argc, char** argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000000;
  for (long i = 0; i < n; i++) {
    u64 a = ri64(), b = ri64();
    CI("muldi3", my__muldi3(a, b), a * b, a, b);
    if (b) { CI("udivdi3", my__udivdi3(a, b), a / b, a, b); CI("umoddi3", my__umoddi3(a, b), a % b, a, b);
      if (!((s64)a == INT64_MIN && (s64)b == -1)) { CI("divdi3", my__divdi3(a, b), (s64)a / (s64)b, a, b); CI("moddi3", my__moddi3(a, b), (s64)a % (s64)b, a, b); } }
    int s = b & 63;
    CI("ashldi3", my__ashldi3(a, s), a << s, a, s); CI("lshrdi3", my__lshrdi3(a, s), a >> s, a, s); CI("ashrdi3", my__ashrdi3(a, s), (s64)a >> s, a, s);
    if (a) { CI("clzdi2", my__clzdi2(a), __builtin_clzll(a), a, 0); CI("ctzdi2", my__ctzdi2(a), __builtin_ctzll(a), a, 0); }
    if ((u32)a) { CI("clzsi2", my__clzsi2(a), __builtin_clz(a), a, 0); CI("ctzsi2", my__ctzsi2(a), __builtin_ctz(a), a, 0); }
    CI("popcountdi2", my__popcountdi2(a), __builtin_popcountll(a), a, 0); CI("popcountsi2", my__popcountsi2(a), __builtin_popcount((u32)a), a, 0);
    double x = bd(rd64()), y = bd(rd64());
    CD("adddf3", my__adddf3(x, y), x + y, x, y); CD("subdf3", my__subdf3(x, y), x - y, x, y);
    CD("muldf3", my__muldf3(x, y), x * y, x, y); CD("divdf3", my__divdf3(x, y), x / y, x, y);
    CD("sqrt", mysqrt(x), sqrt(x), x, 0.0); CD("floor", myfloor(x), floor(x), x, 0.0); CD("ceil", myceil(x), ceil(x), x, 0.0);
    CD("trunc", mytrunc(x), trunc(x), x, 0.0); CD("nearbyint", mynearbyint(x), nearbyint(x), x, 0.0);
    CI("ltdf2", my__ltdf2(x, y) < 0, x < y, fb(x), fb(y)); CI("ledf2", my__ledf2(x, y) <= 0, x <= y, fb(x), fb(y));
    CI("gtdf2", my__gtdf2(x, y) > 0, x > y, fb(x), fb(y)); CI("gedf2", my__gedf2(x, y) >= 0, x >= y, fb(x), fb(y));
    CI("eqdf2", my__eqdf2(x, y) == 0, x == y, fb(x), fb(y)); CI("nedf2", my__nedf2(x, y) != 0, x != y, fb(x), fb(y));
    CI("unorddf2", my__unorddf2(x, y) != 0, isunordered(x, y), fb(x), fb(y));
    CF("truncdfsf2", my__truncdfsf2(x), (float)x, 0, 0);
    float p = bf(rd32()), q = bf(rd32());
    CF("addsf3", my__addsf3(p, q), p + q, p, q); CF("subsf3", my__subsf3(p, q), p - q, p, q);
    CF("mulsf3", my__mulsf3(p, q), p * q, p, q); CF("divsf3", my__divsf3(p, q), p / q, p, q);
    CF("sqrtf", mysqrtf(p), sqrtf(p), p, 0.0f); CF("floorf", myfloorf(p), floorf(p), p, 0); CF("ceilf", myceilf(p), ceilf(p), p, 0);
    CF("truncf", mytruncf(p), truncf(p), p, 0); CF("nearbyintf", mynearbyintf(p), nearbyintf(p), p, 0);
    CI("ltsf2", my__ltsf2(p, q) < 0, p < q, ff(p), ff(q)); CI("lesf2", my__lesf2(p, q) <= 0, p <= q, ff(p), ff(q));
    CI("gtsf2", my__gtsf2(p, q) > 0, p > q, ff(p), ff(q)); CI("gesf2", my__gesf2(p, q) >= 0, p >= q, ff(p), ff(q));
    CI("eqsf2", my__eqsf2(p, q) == 0, p == q, ff(p), ff(q)); CI("nesf2", my__nesf2(p, q) != 0, p != q, ff(p), ff(q));
    CD("extendsfdf2", my__extendsfdf2(p), (double)p, 0, 0);
    CF("floatsisf", my__floatsisf((s32)a), (float)(s32)a, 0, 0); CF("floatunsisf", my__floatunsisf((u32)a), (float)(u32)a, 0, 0);
    CF("floatdisf", my__floatdisf((s64)a), (float)(s64)a, 0, 0); CF("floatundisf", my__floatundisf(a), (float)a, 0, 0);
    CD("floatsidf", my__floatsidf((s32)a), (double)(s32)a, 0, 0); CD("floatunsidf", my__floatunsidf((u32)a), (double)(u32)a, 0, 0);
    CD("floatdidf", my__floatdidf((s64)a), (double)(s64)a, 0, 0); CD("floatundidf", my__floatundidf(a), (double)a, 0, 0);
    if (!isnan(x) && x > -2147483649.0 && x < 2147483648.0) CI("fixdfsi", my__fixdfsi(x), (s32)x, fb(x), 0);
    if (!isnan(x) && x > -1.0 && x < 4294967296.0) CI("fixunsdfsi", my__fixunsdfsi(x), (u32)x, fb(x), 0);
    if (!isnan(x) && x >= -9223372036854775808.0 && x < 9223372036854775808.0) CI("fixdfdi", my__fixdfdi(x), (s64)x, fb(x), 0);
    if (!isnan(x) && x > -1.0 && x < 18446744073709551616.0) CI("fixunsdfdi", my__fixunsdfdi(x), (u64)x, fb(x), 0);
    if (!isnan(p) && p >= -2147483648.0f && p < 2147483648.0f) CI("fixsfsi", my__fixsfsi(p), (s32)p, ff(p), 0);
    if (!isnan(p) && p > -1.0f && p < 4294967296.0f) CI("fixunssfsi", my__fixunssfsi(p), (u32)p, ff(p), 0);
    if (!isnan(p) && p >= -9223372036854775808.0f && p < 9223372036854775808.0f) CI("fixsfdi", my__fixsfdi(p), (s64)p, ff(p), 0);
    if (!isnan(p) && p > -1.0f && p < 18446744073709551616.0f) CI("fixunssfdi", my__fixunssfdi(p), (u64)p, ff(p), 0);
  }
  printf("%ld iterations, %ld failures\n", n, fails);
  return fails != 0;
}
