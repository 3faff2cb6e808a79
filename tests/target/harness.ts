// A small on-target test harness: the same suite runs on sim and on every
// board, and prints one line per test and a summary the host runner reads:
//
//   ok - <test name>
//   FAIL - <test name>: <first failed check> (got <x>, expected <y>)
//   target tests: <n> passed, <m> failed
//
// Checks record the first failure and let the test run on, so a test never
// stops half-way with shared state (an enabled line, a handler) left over.
// A check compiled without its description (suite-transform.js, for boards
// short of RAM) is named by its number within the test: "check 3".

// The API as the package "ivt": the kernel's (kernel/ivt.ts) in an
// ordinary image, the application library's (user/ivt.ts) where the suite
// runs as an application in its own module (tests/suite-app).
import { kputln, kputs, kputu, kputx, MIN_STACK_BYTES, STACK_EXTRA_BYTES } from "ivt";

/** A test thread's stack: what it reserves in all is twice the smallest
 *  stack the kernel allows (1024 bytes with the default MIN_STACK_BYTES; a
 *  small board's setting shrinks it), in the kernel's suite and in an
 *  application's alike: an application's threadCreate adds
 *  STACK_EXTRA_BYTES for the kernel's frames of its system calls
 *  (docs/isolation.md), which this leaves out (with MIN_STACK_BYTES at
 *  least for the thread's own), so that the groups run as applications on
 *  micro:bit with the same stacks as in its kernel's suite. */
export const STACK: u32 = max(MIN_STACK_BYTES, 2 * MIN_STACK_BYTES - STACK_EXTRA_BYTES);

let passed: u32 = 0;
let failed: u32 = 0;
let failure: string | null = null;
let got: u32 = 0;
let want: u32 = 0;
let numeric = false;
/** Checks made so far by the running test, and the number of the failed one. */
let checks: u32 = 0;
let failedCheck: u32 = 0;

/** Runs one test. Thread context. */
export function test(name: string, body: () => void): void {
  failure = null;
  checks = 0;
  body();
  if (failure === null) {
    passed++;
    kputs("ok - ");
    kputln(name);
    return;
  }
  failed++;
  kputs("FAIL - ");
  kputs(name);
  kputs(": ");
  const what = failure!;
  if (what.length == 0 || what.charCodeAt(0) == 58) {
    kputs("check ");
    kputu(failedCheck);
  }
  kputs(what);
  if (numeric) {
    kputs(" (got ");
    kputu(got);
    kputs(" = ");
    kputx(got);
    kputs(", expected ");
    kputu(want);
    kputs(")");
  }
  kputln("");
}

/** Records a failure unless `cond` holds. */
export function check(cond: bool, what: string): void {
  checks++;
  if (cond || failure !== null) return;
  failedCheck = checks;
  failure = what;
  numeric = false;
}

/** Records a failure unless `actual == expected`. */
export function checkEq(actual: u32, expected: u32, what: string): void {
  checks++;
  if (actual == expected || failure !== null) return;
  failedCheck = checks;
  failure = what;
  numeric = true;
  got = actual;
  want = expected;
}

/** Prints the summary; returns the exit code (0 all passed, 1 otherwise). */
export function finish(): i32 {
  kputs("target tests: ");
  kputu(passed);
  kputs(" passed, ");
  kputu(failed);
  kputln(" failed");
  return failed == 0 ? 0 : 1;
}

// Order of events, one character each, in a fixed buffer (no allocation:
// seq is called from interrupt handlers and in long loops).
const SEQ_MAX = 32;
const sequence = new StaticArray<u8>(SEQ_MAX);
let seqLen = 0;

/** Appends the first character of `letter` to the recorded sequence. Any context. */
export function seq(letter: string): void {
  seqCode(<u32>letter.charCodeAt(0));
}

/** Appends character code `c` to the recorded sequence. Any context. */
export function seqCode(c: u32): void {
  if (seqLen < SEQ_MAX) unchecked((sequence[seqLen++] = <u8>c));
}

/** Clears the recorded sequence. */
export function seqReset(): void {
  seqLen = 0;
}

function seqIs(expected: string): bool {
  if (expected.length != seqLen) return false;
  for (let i = 0; i < seqLen; i++) if (<u32>expected.charCodeAt(i) != <u32>unchecked(sequence[i])) return false;
  return true;
}

/** Records a failure unless the sequence so far is `expected`. */
export function checkSeq(expected: string, what: string): void {
  checks++;
  if (failure !== null || seqIs(expected)) return;
  failedCheck = checks;
  let ran = "";
  for (let i = 0; i < seqLen; i++) ran += String.fromCharCode(unchecked(sequence[i]));
  failure = what + ": ran \"" + ran + "\", expected \"" + expected + "\"";
  numeric = false;
}
