// ivt: the host-side command line the Makefile calls.
//
//   ivt boards                         list the boards
//   ivt build  --board B [--app A]     build an image, print its path
//   ivt run    --board B [--app A]     build and boot (sim in Node, else QEMU)
//   ivt size   --board B [--app A]     text/data/bss, memory regions, module memory
//   ivt test   [--board B]             all tests, or one board's on-target suite
//   ivt bench  --board B [--trace off] benchmarks -> build/bench/B.json (B-notrace.json)
//   ivt soak   --board B [--minutes M] suite + interrupt load in a loop (default 60 min)
//   ivt stress [--ops N] [--seed S]     the model-based random test at length (sim)
//   ivt sim    --board sim <image.wasm> [--input TEXT] [--max-cycles N] [--clock host]
//   ivt trace  --board B [--app A] [--log FILE] [--input TEXT]  trace ring -> build/trace/B-A.{json,html,vcd}

import { UserError } from "./proc.js";
import { boardNames, loadBoard } from "./boards.js";
import { buildImage } from "./build.js";
import { runImage } from "./run.js";
import { sizeReport } from "./size.js";
import { runTests } from "./test.js";
import { runBench } from "./bench.js";
import { runSoak } from "./soak.js";
import { runStress } from "./stress.js";
import { runSim } from "../../arch/sim/host.js";
import { runTrace } from "./trace.js";

function parseArgs(argv) {
  const opts = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--")) {
      const [k, v] = a.slice(2).split("=", 2);
      opts[k] = v !== undefined ? v : argv[++i];
    } else opts._.push(a);
  }
  return opts;
}

const USAGE = `usage: ivt <boards|build|run|size|test|bench|soak|stress|sim|trace> [--board NAME] [--app NAME]`;

async function main(argv) {
  const [cmd, ...rest] = argv;
  const o = parseArgs(rest);
  const app = o.app || "demo";
  switch (cmd) {
    case "boards":
      for (const n of boardNames()) console.log(`${n.padEnd(14)} ${loadBoard(n).description || ""}`);
      return 0;
    case "build":
      console.log(buildImage(loadBoard(o.board), app));
      return 0;
    case "run":
      return runImage(loadBoard(o.board), app, { interactive: true });
    case "size":
      await sizeReport(loadBoard(o.board), app);
      return 0;
    case "test":
      return runTests({ board: o.board });
    case "bench":
      if (o.trace !== undefined && o.trace !== "on" && o.trace !== "off") throw new UserError(`bench: --trace is on or off, not ${o.trace}`);
      return runBench(loadBoard(o.board), { trace: o.trace !== "off" });
    case "soak": {
      const minutes = o.minutes === undefined ? 60 : Number(o.minutes);
      if (!(minutes >= 0)) throw new UserError(`soak: --minutes must be a number of minutes, not ${o.minutes}`);
      return runSoak(loadBoard(o.board || "sim"), { minutes });
    }
    case "stress":
      return runStress({ ops: o.ops ? Number(o.ops) : undefined, seed: o.seed ? Number(o.seed) : undefined });
    case "sim":
      return runSim({
        wasm: o._[0],
        board: loadBoard(o.board || "sim"),
        input: o.input || "",
        maxCycles: o["max-cycles"] ? Number(o["max-cycles"]) : undefined,
        hostClock: o.clock === "host",
      });
    case "trace":
      // --input: what to type into the app's console; "\n" ends a line.
      return runTrace({ board: o.board, app: o.app, log: o.log, input: (o.input || "").replace(/\\n/g, "\n") });
    default:
      throw new UserError(USAGE);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof UserError) {
      console.error(`ivt: ${e.message}`);
      process.exitCode = 2;
    } else {
      console.error(e);
      process.exitCode = 70;
    }
  },
);
