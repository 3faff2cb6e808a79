// The host side of the model-based random test: generates op sequences
// (fast-check), runs each in one sim execution of tests/model/main.ts,
// and compares every line with tests/model/model.js. Used by
// tests/tools/model.test.js (`make test`) and `ivt stress` (`make stress`).

import fc from "fast-check";
import { runSim } from "../../arch/sim/host.js";
import { E, FOREVER, MUTEXES, OP, OP_NAME, SEMS, WORKERS, predict } from "./model.js";

/** Virtual-time limit of one run: far beyond what 10^4 ops take, so only
 *  a kernel that hangs reaches it. */
const MAX_CYCLES = 2e10;

/** Timeouts in the mix: poll, a few ticks, forever. */
const TIMEOUTS = [0, 0, 1, 2, 3, FOREVER];
/** Priorities of workers: few, so that ties (FIFO, round-robin order) are common. */
const PRIORITIES = [3, 5, 5, 8, 12];

/** One op: [code, args...], weighted towards the calls that interact. */
export function opArbitrary() {
  const w = fc.integer({ min: 0, max: WORKERS - 1 });
  const s = fc.integer({ min: 0, max: SEMS - 1 });
  const m = fc.integer({ min: 0, max: MUTEXES - 1 });
  const t = fc.constantFrom(...TIMEOUTS);
  const p = fc.constantFrom(...PRIORITIES);
  const v = fc.integer({ min: 1, max: 99 });
  const bits = fc.integer({ min: 1, max: 15 });
  // Notification values from 0: notify(t, 0, SetBits/Overwrite) must not
  // wake a notifyTake (it waits for a non-zero value; kernel/notify.ts).
  const nv = fc.integer({ min: 0, max: 7 });
  const action = fc.integer({ min: 0, max: 3 });
  const op = (code, ...args) => fc.tuple(fc.constant(code), ...args);
  return fc.oneof(
    { weight: 8, arbitrary: op(OP.CREATE, w, p) },
    { weight: 1, arbitrary: op(OP.DELETE, w) },
    { weight: 1, arbitrary: op(OP.SUSPEND, w) },
    { weight: 3, arbitrary: op(OP.RESUME, w) },
    { weight: 2, arbitrary: op(OP.SETPRIO, w, p) },
    { weight: 6, arbitrary: op(OP.TICK, fc.integer({ min: 1, max: 3 })) },
    { weight: 1, arbitrary: op(OP.ODEL, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1 })) },
    { weight: 2, arbitrary: op(OP.OCREATE, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1 })) },
    { weight: 4, arbitrary: op(OP.SEM_TAKE, w, s, t) },
    { weight: 3, arbitrary: op(OP.SEM_GIVE, w, s) },
    { weight: 5, arbitrary: op(OP.MTX_LOCK, w, m, t) },
    { weight: 4, arbitrary: op(OP.MTX_UNLOCK, w, m) },
    { weight: 3, arbitrary: op(OP.Q_SEND, w, v, t) },
    { weight: 1, arbitrary: op(OP.Q_FRONT, w, v, t) },
    { weight: 3, arbitrary: op(OP.Q_RECV, w, t) },
    { weight: 1, arbitrary: op(OP.Q_PEEK, w, t) },
    { weight: 2, arbitrary: op(OP.EV_SET, w, bits) },
    { weight: 1, arbitrary: op(OP.EV_CLEAR, w, bits) },
    { weight: 3, arbitrary: op(OP.EV_WAIT, w, bits, fc.integer({ min: 0, max: 3 }), t) },
    { weight: 2, arbitrary: op(OP.NOTIFY, w, w, nv, action) },
    { weight: 2, arbitrary: op(OP.N_TAKE, w, fc.integer({ min: 0, max: 1 }), t) },
    { weight: 1, arbitrary: op(OP.N_WAIT, w, bits, t) },
    { weight: 2, arbitrary: op(OP.SLEEP, w, fc.integer({ min: 0, max: 3 })) },
    { weight: 1, arbitrary: op(OP.EXIT, w) },
    { weight: 1, arbitrary: op(OP.W_DELETE, w, w) },
    { weight: 2, arbitrary: op(OP.W_SUSPEND, w, w) },
    { weight: 2, arbitrary: op(OP.W_RESUME, w, w) },
    { weight: 2, arbitrary: op(OP.W_SETPRIO, w, w, p) },
    { weight: 2, arbitrary: op(OP.TM_START, w, fc.integer({ min: 0, max: 1 })) },
    { weight: 1, arbitrary: op(OP.TM_STOP, w, fc.integer({ min: 0, max: 1 })) },
    { weight: 1, arbitrary: op(OP.TM_PERIOD, w, fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 4 })) },
    { weight: 1, arbitrary: op(OP.I_TM_START, fc.integer({ min: 0, max: 1 })) },
    { weight: 1, arbitrary: op(OP.I_TM_STOP, fc.integer({ min: 0, max: 1 })) },
    { weight: 1, arbitrary: op(OP.IRQ_REQ) },
    { weight: 1, arbitrary: op(OP.IRQ_FREE) },
    { weight: 2, arbitrary: op(OP.IRQ_PEND) },
    { weight: 2, arbitrary: op(OP.I_SEM_GIVE, s) },
    { weight: 1, arbitrary: op(OP.I_SEM_TAKE, s) },
    { weight: 1, arbitrary: op(OP.I_Q_SEND, v) },
    { weight: 1, arbitrary: op(OP.I_Q_RECV) },
    { weight: 1, arbitrary: op(OP.I_Q_PEEK) },
    { weight: 1, arbitrary: op(OP.I_EV_SET, bits) },
    { weight: 1, arbitrary: op(OP.I_EV_CLEAR, bits) },
    { weight: 2, arbitrary: op(OP.I_NOTIFY, w, nv, action) },
    { weight: 1, arbitrary: op(OP.I_MTX_LOCK, m) },
  );
}

/** A sequence of exactly `length` ops that shrinks towards shorter ones. */
export function sequenceArbitrary(length) {
  return fc.array(opArbitrary(), { minLength: 0, maxLength: length, size: "max" }).filter((a) => a.length > 0);
}

/** Readable form of an op, for failure reports. */
export function opText(op) {
  const [code, ...args] = op;
  const shown = args.map((a) => (a === FOREVER ? "FOREVER" : String(a)));
  return `${OP_NAME[code] || code}(${shown.join(", ")})`;
}

/** Runs `ops` in one sim execution; returns { code, lines } (the lines
 *  after the app's ">" line, \r removed). */
export async function runKernel(wasm, board, ops) {
  const bytes = [];
  const input = [...ops, [OP.END]].map((o) => o.map((n) => n >>> 0).join(" ")).join("\n") + "\n";
  const code = await runSim({ wasm, board, input, maxCycles: MAX_CYCLES, output: (b) => bytes.push(b) });
  const text = Buffer.from(bytes).toString("latin1").replace(/\r/g, "");
  const start = text.indexOf(">\n");
  const lines = start < 0 ? [] : text.slice(start + 2).split("\n");
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  return { code, lines, text };
}

/** Compares a run with the model: null if they agree, else a description
 *  of the first step that differs. */
export function compare(ops, run) {
  const expected = predict(ops);
  for (let k = 0; k < expected.length; k++) {
    const got = run.lines[k];
    if (got !== expected[k]) {
      const what = k < ops.length ? `step ${k + 1} ${opText(ops[k])}` : "the end";
      const tail = got === undefined ? `\n  kernel output ended (exit ${run.code}):\n${run.text.split("\n").slice(-8).join("\n")}` : "";
      return `${what}:\n  model:  ${expected[k]}\n  kernel: ${got}${tail}`;
    }
  }
  if (run.code !== 0) return `exit ${run.code}, expected 0`;
  return null;
}

/** One property run: throws with the difference when kernel and model part. */
export async function checkSequence(wasm, board, ops) {
  const run = await runKernel(wasm, board, ops);
  const diff = compare(ops, run);
  if (diff) throw new Error(diff);
  return ops.length;
}

/** Runs `runs` sequences of up to `length` ops from `seed`; returns
 *  { ops, ms, failure } where failure is null or the report of the
 *  shortest failing sequence (its seed, the ops, the first difference). */
export async function modelCheck({ wasm, board, seed, runs, length }) {
  let ops = 0;
  const t0 = Date.now();
  const details = await fc.check(
    fc.asyncProperty(sequenceArbitrary(length), async (seq) => {
      ops += await checkSequence(wasm, board, seq);
    }),
    { seed, numRuns: runs, endOnFailure: false },
  );
  const ms = Date.now() - t0;
  if (!details.failed) return { ops, ms, failure: null };
  const seq = details.counterexample ? details.counterexample[0] : [];
  const why = details.errorInstance ? details.errorInstance.message : String(details.error);
  const failure = [
    `model test failed: seed ${details.seed}, path "${details.counterexamplePath}" (after ${details.numShrinks} shrinks)`,
    `shortest failing sequence (${seq.length} ops):`,
    ...seq.map((o, k) => `  ${String(k + 1).padStart(3)}  ${opText(o)}`),
    `first difference at ${why}`,
    `replay: fc.assert(..., { seed: ${details.seed}, path: "${details.counterexamplePath}" })`,
  ].join("\n");
  return { ops, ms, failure };
}

export { E };
