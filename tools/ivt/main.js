// ivt: the host-side command line the Makefile calls.
//
//   ivt <command> [options]: HELP_LINES below lists the commands (`ivt --help`
//   prints them, `ivt <command> --help` one command's).
//
// --app A is an app's name (apps/A, a test image) or the path of an app
// folder or its main .ts file, anywhere on disk, relative to the current
// directory; without it, the current directory if it is an app folder,
// else the demo (tools/ivt/paths.js resolveApp, docs/apps.md).

import { serveBuilds } from "./buildworker.js";
import fs from "node:fs";
import path from "node:path";
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
import { resolveApp } from "./paths.js";
import { runAppTests } from "./apptest.js";
import { newApp, newDriver } from "./new.js";
import { withIrqPin } from "./gen.js";
import { runDebug } from "./debug.js";
import { runFlash } from "./flash.js";
import { runTrace } from "./trace.js";
import { runDecode } from "./decode.js";

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

/** The tool's own failure (bad arguments, a missing package, a build that
 *  failed): outside the kernel's exit statuses 0-3. */
const TOOL_ERROR = 64;

const USAGE = `usage: ivt <boards|build|run|size|test|bench|soak|stress|sim|new|debug|flash|trace|decode> [--board NAME] [--app NAME|DIR]  (ivt <command> --help: its options)`;

/** Each command's options (without their dashes): any other is refused,
 *  naming these, instead of being ignored (a mistyped --ap ran the demo). */
const OPTIONS = {
  boards: [],
  build: ["board", "app", "irq-pin"],
  run: ["board", "app", "irq-pin"],
  size: ["board", "app", "irq-pin"],
  test: ["board", "only", "app"],
  new: ["dir"],
  bench: ["board", "trace", "irq-pin"],
  debug: ["board", "app", "irq-pin"],
  flash: ["board", "app", "irq-pin", "dry-run"],
  soak: ["board", "minutes"],
  stress: ["ops", "seed"],
  sim: ["board", "input", "max-cycles", "clock", "udp", "live-input"],
  trace: ["board", "app", "log", "input"],
  decode: ["build", "board", "app"],
};

/** The commands and their options, for --help. */
const HELP_LINES = [
  "ivt boards                         list the boards",
  "ivt build  --board B [--app A]     build an image, print its path",
  "ivt run    --board B [--app A]     build and boot (sim in Node, else QEMU)",
  "ivt size   --board B [--app A]     text/data/bss, memory regions, module memory",
  "ivt test   [--board B] [--only RE] all tests, or one board's on-target part, or the runs matching RE",
  "ivt test   --app DIR [--board B]   an app's own tests (DIR/test.json; default board sim)",
  "ivt new    app DIR                 a new app folder (main.ts, test.json, Makefile)",
  "ivt new    driver NAME [--dir D]   a driver skeleton (drivers/NAME.ts) and its target test",
  "ivt bench  --board B [--trace off] benchmarks -> build/bench/B.json (B-notrace.json)",
  "ivt debug  --board B [--app A] [-- GDB-ARGS]  QEMU halted with its gdb server, gdb-multiarch attached (docs/debug.md)",
  "ivt flash  --board B [--app A] [--dry-run]  flash a real board (OpenOCD, or the MPS2's loader steps)",
  "--irq-pin on (build, run, size, bench, debug, flash): the board's logic-analyzer pin compiled in (board B-irqpin)",
  "ivt soak   --board B [--minutes M] suite + interrupt load in a loop (default 60 min)",
  "ivt stress [--ops N] [--seed S]     the model-based random test at length (sim)",
  "ivt sim    --board sim <image.wasm> [--input TEXT] [--max-cycles N] [--clock host] [--udp HOSTPORT:GUESTPORT] [--live-input on]",
  "ivt trace  --board B [--app A] [--log FILE] [--input TEXT]  trace ring -> build/trace/B-A.{json,html,vcd}",
  "ivt decode --build DIR | --board B [--app A]  [FILE]  a bugcheck record (a log or its line; stdin without FILE) as a report",
];

/** The usage lines of `cmd` (and the --irq-pin line where it applies). */
function helpOf(cmd) {
  return HELP_LINES.filter((l) => l.startsWith(`ivt ${cmd} `) || (l.startsWith("--irq-pin") && OPTIONS[cmd].includes("irq-pin")))
    .map((l) => `  ${l}`)
    .join("\n");
}

/** Refuses an option `cmd` does not take. */
function checkOptions(cmd, o) {
  const known = OPTIONS[cmd];
  if (!known) return;
  for (const k of Object.keys(o)) {
    if (k === "_" || known.includes(k)) continue;
    throw new UserError(`${cmd}: unknown option --${k}; ${cmd} takes ${known.length ? known.map((n) => `--${n}`).join(", ") : "no options"} (ivt ${cmd} --help)`);
  }
}

/** The app of a command: --app, else the current directory when it holds
 *  an app's main.ts (`ivt run` inside an app folder), else the demo. */
function appOf(o) {
  if (o.app) return resolveApp(o.app);
  if (fs.existsSync(path.join(process.cwd(), "main.ts"))) return resolveApp(process.cwd());
  return "demo";
}

/** --udp HOSTPORT:GUESTPORT: the host's UDP port on 127.0.0.1 that reaches
 *  the guest's port (0: any free port). */
function udpOption(v) {
  const m = /^(\d+):(\d+)$/.exec(String(v));
  if (!m || Number(m[1]) > 65535 || Number(m[2]) < 1 || Number(m[2]) > 65535) throw new UserError(`sim: --udp ${v}: give HOSTPORT:GUESTPORT, ports 1 to 65535 (HOSTPORT 0: any free port)`);
  return { hostPort: Number(m[1]), guestPort: Number(m[2]) };
}

/** The board of --board, with its logic-analyzer pin on if --irq-pin on. */
function boardOf(o) {
  if (o["irq-pin"] === undefined || o["irq-pin"] === "off") return loadBoard(o.board);
  if (o["irq-pin"] !== "on") throw new UserError(`--irq-pin is on or off, not ${o["irq-pin"]}`);
  return withIrqPin(loadBoard(o.board));
}

async function main(argv) {
  const [cmd, ...all] = argv;
  // After `--`: arguments for the program ivt starts (gdb, for debug).
  const dash = all.indexOf("--");
  // Options without a value.
  const dryRun = all.includes("--dry-run");
  const rest = (dash < 0 ? all : all.slice(0, dash)).filter((a) => a !== "--dry-run");
  const passed = dash < 0 ? [] : all.slice(dash + 1);
  if (OPTIONS[cmd] && (rest.includes("--help") || rest.includes("-h"))) {
    console.log(helpOf(cmd) || `ivt ${cmd}`);
    return 0;
  }
  if (cmd === "--help" || cmd === "-h" || cmd === "help") {
    console.log(USAGE);
    console.log(HELP_LINES.map((l) => `  ${l}`).join("\n"));
    return 0;
  }
  const o = parseArgs(rest);
  checkOptions(cmd, o);
  const inApp = o.app || fs.existsSync(path.join(process.cwd(), "main.ts"));
  const app = ["build", "run", "size", "debug", "flash"].includes(cmd) || (cmd === "test" && inApp) ? appOf(o) : null;
  switch (cmd) {
    case "boards":
      for (const n of boardNames()) console.log(`${n.padEnd(14)} ${loadBoard(n).description || ""}`);
      return 0;
    case "build":
      console.log(await buildImage(boardOf(o), app));
      return 0;
    case "build-worker": // make test's (buildworker.js), not for people
      return serveBuilds();
    case "run":
      return runImage(boardOf(o), app, { interactive: true });
    case "size":
      await sizeReport(boardOf(o), app);
      return 0;
    case "test":
      if (app) return (await runAppTests(o.board || "sim", app)).failed ? 1 : 0;
      return runTests({ board: o.board, only: o.only });
    case "new":
      if (o._[0] === "app" && o._[1] && o._.length === 2) return newApp(o._[1]);
      if (o._[0] === "driver" && o._[1] && o._.length === 2) return newDriver(o._[1], { dir: o.dir });
      throw new UserError("usage: ivt new app <dir> | ivt new driver <name> [--dir <folder>]");
    case "bench":
      if (o.trace !== undefined && o.trace !== "on" && o.trace !== "off") throw new UserError(`bench: --trace is on or off, not ${o.trace}`);
      return runBench(boardOf(o), { trace: o.trace !== "off" });
    case "debug":
      return runDebug(boardOf(o), app, { gdbExtra: passed });
    case "flash":
      return runFlash(boardOf(o), app, { dryRun });
    case "soak": {
      const minutes = o.minutes === undefined ? 60 : Number(o.minutes);
      if (!(minutes >= 0)) throw new UserError(`soak: --minutes must be a number of minutes, not ${o.minutes}`);
      return runSoak(loadBoard(o.board || "sim"), { minutes });
    }
    case "stress": {
      const count = (v, what) => {
        if (v === undefined) return undefined;
        const n = Number(v);
        if (!Number.isInteger(n) || n < (what === "ops" ? 1 : 0)) throw new UserError(`stress: --${what} must be a whole number${what === "ops" ? " from 1" : ""}, not ${v}`);
        return n;
      };
      return runStress({ ops: count(o.ops, "ops"), seed: count(o.seed, "seed") });
    }
    case "sim":
      if (!o._[0]) throw new UserError("sim: usage: ivt sim --board sim <image.wasm> [--input TEXT] [--max-cycles N] [--clock host]");
      if (!fs.existsSync(o._[0])) throw new UserError(`sim: no such image: ${o._[0]} (build one: make build APP=<app>)`);
      if (o.board && loadBoard(o.board).arch !== "sim") throw new UserError(`sim: --board ${o.board} is not a sim board (its devices are not simulated): run it with ivt run --board ${o.board}`);
      {
        const code = await runSim({
          wasm: o._[0],
          board: loadBoard(o.board || "sim"),
          input: o.input || "",
          maxCycles: o["max-cycles"] ? Number(o["max-cycles"]) : undefined,
          hostClock: o.clock === "host",
          udp: o.udp ? udpOption(o.udp) : null,
          liveInput: o["live-input"] === "on",
        });
        // The live input's worker may sit in a blocking read of stdin, which
        // a worker's terminate cannot interrupt and Node's exit would wait
        // for: end the process here (the output is written synchronously).
        if (o["live-input"] === "on") process.exit(code);
        return code;
      }
    case "trace":
      // --input: what to type into the app's console; "\n" ends a line.
      return runTrace({ board: o.board, app: o.app && !o.log ? appOf(o) : o.app, log: o.log, input: (o.input || "").replace(/\\n/g, "\n") });
    case "decode":
      return runDecode({ build: o.build, board: o.board, app: o.app || o.board ? appOf(o) : null, file: o._[0] });
    default:
      throw new UserError(USAGE);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    // 64 (EX_USAGE), not 2 or 3: those are the kernel's own statuses
    // (abort, trap), which `ivt run` passes on.
    if (e instanceof UserError) {
      console.error(`ivt: ${e.message}`);
      process.exitCode = TOOL_ERROR;
    } else {
      console.error(e);
      process.exitCode = 70;
    }
  },
);
