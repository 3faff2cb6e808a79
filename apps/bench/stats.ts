// Samples of one benchmark and their summary line:
//   bench <name> median <m> min <a> max <b> n <count>
// in raw portCycles units; the host tool converts them (instructions under
// QEMU -icount, nanoseconds on sim with the host clock).

import { kputln, kputs, kputu, moduleMemoryBytes, portCycles } from "../../kernel/ivt";

/** Samples per benchmark: 1000, or 48 where module memory is under 32 KiB
 *  (a 16 KiB board cannot hold 4 KB of samples). Set by benchSetup. */
export let ITERATIONS: i32 = 1000;

/** Sizes the benchmarks to the board; call first in main. Thread context. */
export function benchSetup(s: Samples): void {
  ITERATIONS = moduleMemoryBytes() < 32768 ? 48 : 1000;
  s.values = new StaticArray<u32>(ITERATIONS);
}

@final export class Samples {
  values: StaticArray<u32> = new StaticArray<u32>(0);
  count: i32 = 0;

  reset(): void {
    this.count = 0;
  }

  add(v: u32): void {
    if (this.count < this.values.length) unchecked((this.values[this.count++] = v));
  }

  full(): bool {
    return this.count >= this.values.length;
  }

  /** Sorts the samples in place. */
  sort(): void {
    const n = this.count;
    const v = this.values;
    for (let i = 1; i < n; i++) {
      const x = unchecked(v[i]);
      let j = i - 1;
      while (j >= 0 && unchecked(v[j]) > x) {
        unchecked((v[j + 1] = v[j]));
        j--;
      }
      unchecked((v[j + 1] = x));
    }
  }

  /** The median (sorts first). */
  median(): u32 {
    this.sort();
    return unchecked(this.values[this.count >> 1]);
  }

  /** Sorts the samples and prints the summary, less `overhead` per sample. */
  report(name: string, overhead: u32): void {
    const n = this.count;
    const v = this.values;
    this.sort();
    const sub = (x: u32, o: u32): u32 => (x > o ? x - o : 0);
    kputs("bench ");
    kputs(name);
    kputs(" median ");
    kputu(sub(unchecked(v[n >> 1]), overhead));
    kputs(" min ");
    kputu(sub(unchecked(v[0]), overhead));
    kputs(" max ");
    kputu(sub(unchecked(v[n - 1]), overhead));
    kputs(" n ");
    kputu(<u32>n);
    kputln("");
  }
}

/** The cost of reading the counter twice back to back (the median of many),
 *  subtracted from every sample. */
export function counterOverhead(s: Samples): u32 {
  s.reset();
  while (!s.full()) {
    const a = portCycles();
    const b = portCycles();
    s.add(b - a);
  }
  return s.median();
}

// ---- integrity ------------------------------------------------------------
// A benchmark proves, per sample, that what it times really happened (the
// switch, the wake, the interrupt): a sample without it fails the run
// instead of lowering the median. A failure prints
//   bench <name> FAILED: <what>
// (once per benchmark) and main returns 1, so `make bench` stops.

let failures: i32 = 0;
let lastFailed: string = "";

/** Fails benchmark `name` with `what` unless `ok`. Any context (the
 *  message is only printed from a thread: see flushFailure). */
export function expect(ok: bool, name: string, what: string): void {
  if (ok) return;
  failures++;
  if (lastFailed == name) return;
  lastFailed = name;
  pendingName = name;
  pendingWhat = what;
}

let pendingName: string = "";
let pendingWhat: string = "";

/** Prints a failure recorded since the last call. Thread context. */
export function flushFailure(): void {
  if (pendingName.length == 0) return;
  kputs("bench ");
  kputs(pendingName);
  kputs(" FAILED: ");
  kputln(pendingWhat);
  pendingName = "";
}

/** Prints `bench <name> checked <n> <what>`: the proof a benchmark made of
 *  its samples (tests/tools/bench-integrity.test.js looks for it). */
export function checked(name: string, n: i32, what: string): void {
  flushFailure();
  kputs("bench ");
  kputs(name);
  kputs(" checked ");
  kputu(<u32>n);
  kputs(" ");
  kputln(what);
}

/** Whether any benchmark failed its checks. */
export function benchFailed(): bool {
  flushFailure();
  return failures > 0;
}
