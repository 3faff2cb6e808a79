// Where things are. The bundled tool lives in build/tools/, the sources
// in tools/ivt/: both find the repository root by walking up to Makefile.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(start) {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, "Makefile")) && fs.existsSync(path.join(dir, "kernel"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const BUILD = path.join(ROOT, "build");

/** Applications an image can be built with, by name. */
export const APPS = {
  demo: "apps/demo/main.ts",
  tests: "tests/target/main.ts",
  "trap-boot": "tests/target/trap-boot.ts",
  "mmio-fault": "tests/target/mmio-fault.ts",
  calib: "apps/calib/main.ts",
  bench: "apps/bench/main.ts",
  minimal: "apps/minimal/main.ts",
  faults: "tests/target/faults.ts",
  console: "apps/console/main.ts",
  "mps2-timer": "tests/target/boards/mps2-timer.ts",
  "irq-trap": "tests/target/irq-trap.ts",
  "irq-load": "tests/target/irq-load.ts",
  "spin-forever": "tests/target/spin-forever.ts",
  "abort-main": "tests/target/abort-main.ts",
  "stack-main": "tests/target/stack-main.ts",
  "stack-irq": "tests/target/stack-irq.ts",
  model: "tests/model/main.ts",
};

export const rel = (p) => path.relative(ROOT, p) || ".";
