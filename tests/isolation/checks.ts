// The checks the isolation tests' first applications count (tests/isolation,
// tests/isolation-hostile): a line `<test>: FAILED: <what>` for each that
// fails, with the errors when it compared two, and a summary line
// `<test>: <n> of <m> checks passed` that their test.json reads.

import { Err, errName, kputln, kputs, kputu } from "ivt-user";

let failed: u32 = 0;
let made: u32 = 0;
let testName: string = "isolation";

/** Names the test in the lines printed; call first. */
export function checksFor(name: string): void {
  testName = name;
}

/** Counts a check; prints what failed. */
export function check(what: string, ok: bool): void {
  made++;
  if (ok) return;
  failed++;
  kputs(testName);
  kputs(": FAILED: ");
  kputln(what);
}

/** A check that a call answered `want`; prints both errors if not. */
export function expectErr(what: string, got: Err, want: Err): void {
  check(what, got == want);
  if (got != want) {
    kputs("  got ");
    kputs(errName(got));
    kputs(", expected ");
    kputln(errName(want));
  }
}

/** Prints the summary and returns the number of failed checks (the exit
 *  status). */
export function checksSummary(): i32 {
  kputs(testName);
  kputs(": ");
  kputu(made - failed);
  kputs(" of ");
  kputu(made);
  kputln(" checks passed");
  return <i32>failed;
}
