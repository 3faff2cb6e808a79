// Arithmetic: every integer and float operation AssemblyScript emits, of
// every width, run on the target and compared with answers computed on the
// host. On a native board each operation becomes C that wasm2c writes and
// GCC compiles, often to a call of a run-time helper (libgcc's, newlib's
// libm, or the ColdFire port's own, arch/coldfire/libgcc.c): a missing
// helper fails the build, a wrong one fails here.
//
// arith-table.ts (written by arith-gen.mjs on the host) has the operations,
// operand pools and, per operation, a hash of its results over every
// operand or pair of its pool. The operands are read from module memory at
// run time, so neither binaryen nor the C compiler can fold anything. A
// failure names the operation by its number in arith-table.ts's apply.

import { test, checkEq } from "./harness";
import { kputln, kputs, kputu, kputx } from "ivt";
import {
  Kind, opShape, opHash, POOL_I32, POOL_I64, POOL_F32, POOL_F64, apply,
  I32_FIRST, I32_END, I64_FIRST, I64_END, F32_FIRST, F32_END, F64_FIRST, F64_END, CONV_FIRST, CONV_END,
} from "./arith-table";

function pool(kind: u32): StaticArray<u64> {
  if (kind == Kind.I32) return POOL_I32;
  if (kind == Kind.I64) return POOL_I64;
  if (kind == Kind.F32) return POOL_F32;
  return POOL_F64;
}

/** Any NaN as the canonical one: wasm leaves a NaN result's payload open. */
function canonical(kind: u32, bits: u64): u64 {
  if (kind == Kind.F32 && (bits & 0x7fffffff) > 0x7f800000) return 0x7fc00000;
  if (kind == Kind.F64 && (bits & 0x7fffffffffffffff) > 0x7ff0000000000000) return 0x7ff8000000000000;
  return bits;
}

/** FNV-1a over one 32-bit word (as arith-gen.mjs). */
function fnv(h: u32, w: u32): u32 {
  return (h ^ w) * 0x01000193;
}

/** The hash of operation `op`'s results over its pool. */
function hashOf(op: u32): u32 {
  const shape = opShape(op);
  const res = shape & 3;
  const xs = pool((shape >> 2) & 3);
  const binary = (shape >> 4) != 0;
  let h: u32 = 0x811c9dc5;
  for (let i = 0; i < xs.length; i++) {
    const n = binary ? xs.length : 1;
    for (let j = 0; j < n; j++) {
      const r = canonical(res, apply(op, unchecked(xs[i]), binary ? unchecked(xs[j]) : 0));
      h = fnv(fnv(h, <u32>r), <u32>(r >> 32));
    }
  }
  return h;
}

/** Operations [first, end) whose results differ from the host's; each is
 *  printed with its number and the two hashes. */
function wrongOps(first: u32, end: u32): u32 {
  let wrong: u32 = 0;
  for (let op = first; op < end; op++) {
    const got = hashOf(op);
    const want = opHash(op);
    if (got == want) continue;
    wrong++;
    kputs("arith: operation ");
    kputu(op);
    kputs(" (arith-table.ts): hash ");
    kputx(got);
    kputs(", host's ");
    kputx(want);
    kputln("");
  }
  return wrong;
}

// memory.copy against a byte loop's move, every length 0..20 from every
// source to every destination offset 0..7 of one buffer (overlapping both
// ways): native boards move a few aligned words in registers and the rest
// through memmove (arch/wasm-rt/ivt-memory.h ivt_memmove), on ColdFire
// in its mirrored memory (wabt 1.0.32's own memory_copy is not mirrored;
// an unmirrored memory.fill fails "arith: memory.fill" there, tried).
const COPY_BYTES: u32 = 40;
const copyGot = memory.data(<i32>COPY_BYTES, 4);
const copyWant = memory.data(<i32>COPY_BYTES, 4);

function copyFill(): void {
  for (let i: u32 = 0; i < COPY_BYTES; i++) {
    store<u8>(copyGot + i, <u8>(i * 7 + 1));
    store<u8>(copyWant + i, <u8>(i * 7 + 1));
  }
}

/** The cases whose bytes differ from the byte loop's. */
function wrongCopies(): u32 {
  let wrong: u32 = 0;
  for (let n: u32 = 0; n <= 20; n++) {
    for (let s: u32 = 8; s < 16; s++) {
      for (let d: u32 = 8; d < 16; d++) {
        copyFill();
        memory.copy(copyGot + d, copyGot + s, n);
        if (d <= s) {
          for (let i: u32 = 0; i < n; i++) store<u8>(copyWant + d + i, load<u8>(copyWant + s + i));
        } else {
          for (let i = n; i > 0; i--) store<u8>(copyWant + d + i - 1, load<u8>(copyWant + s + i - 1));
        }
        for (let i: u32 = 0; i < COPY_BYTES; i++) {
          if (load<u8>(copyGot + i) != load<u8>(copyWant + i)) {
            wrong++;
            break;
          }
        }
      }
    }
  }
  return wrong;
}

/** The cases of memory.fill, every length 0..20 at every offset 0..7 of
 *  the buffer, whose bytes differ from a byte loop's (ColdFire: a fill
 *  not mirrored sets other bytes; arch/wasm-rt/ivt-memory.h
 *  ivt_memory_fill). */
function wrongFills(): u32 {
  let wrong: u32 = 0;
  for (let n: u32 = 0; n <= 20; n++) {
    for (let d: u32 = 8; d < 16; d++) {
      copyFill();
      const v = <u8>(n * 13 + d);
      memory.fill(copyGot + d, v, n);
      for (let i: u32 = 0; i < n; i++) store<u8>(copyWant + d + i, v);
      for (let i: u32 = 0; i < COPY_BYTES; i++) {
        if (load<u8>(copyGot + i) != load<u8>(copyWant + i)) {
          wrong++;
          break;
        }
      }
    }
  }
  return wrong;
}

/** Test names stay short: the suite's strings live in module memory. */
export function arithTests(): void {
  test("arith: memory.copy", () => {
    checkEq(wrongCopies(), 0, "copies unlike a byte loop's");
  });
  test("arith: memory.fill", () => {
    checkEq(wrongFills(), 0, "fills unlike a byte loop's");
  });
  test("arith: i32", () => {
    checkEq(wrongOps(I32_FIRST, I32_END), 0, "wrong operations (above)");
  });
  test("arith: i64", () => {
    checkEq(wrongOps(I64_FIRST, I64_END), 0, "wrong operations (above)");
  });
  test("arith: f32", () => {
    checkEq(wrongOps(F32_FIRST, F32_END), 0, "wrong operations (above)");
  });
  test("arith: f64", () => {
    checkEq(wrongOps(F64_FIRST, F64_END), 0, "wrong operations (above)");
  });
  test("arith: conversions", () => {
    checkEq(wrongOps(CONV_FIRST, CONV_END), 0, "wrong operations (above)");
  });
}
