// Running other programs: the toolchain (with a clear message when it is
// missing) and the images under test (with a timeout).

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.js";

export class UserError extends Error {}

/** Finds `cmd` on PATH, or throws a UserError naming the Debian package
 *  that `make setup` installs for it. */
export function requireTool(cmd, pkg) {
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {}
  }
  throw new UserError(
    `missing tool: ${cmd}\n  it comes with the Debian package ${pkg}; run \`make setup\` to install it`,
  );
}

/** With IVT_STEP_LOG=<file>, appends one line per build step to it:
 *  milliseconds, the program, the step's last argument (what it made).
 *  How docs/build.md's figures of where make test's time goes were taken. */
export function logStep(cmd, args, t0) {
  if (!process.env.IVT_STEP_LOG) return;
  const what = args.filter((a) => !a.startsWith("-")).slice(-1)[0] || "";
  fs.appendFileSync(process.env.IVT_STEP_LOG, `${Date.now() - t0} ${path.basename(cmd)} ${what}\n`);
}

/** Runs a build step, failing with its output when it fails. */
export function step(cmd, args, opts = {}) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20, ...opts });
  logStep(cmd, args, t0);
  if (r.error) throw r.error;
  if (r.status !== 0) {
    const shown = [cmd, ...args].join(" ");
    throw new UserError(`build step failed: ${shown}\n${r.stdout || ""}${r.stderr || ""}`);
  }
  return r.stdout;
}

/**
 * Runs an image to completion with a timeout. Resolves to
 * { code, output, timedOut }. Output is captured and, if `echo`, also
 * passed through as it comes. `input` goes to its standard input: at once,
 * or, with `inputAfter` (a RegExp), once the output matches it, since a
 * UART drops what arrives before its receiver is on, as real ones do.
 * `input` may also be a list of [RegExp, string] steps: each string is
 * written once the output matches its RegExp and the steps before it ran
 * (a command typed only after a crash report, for example).
 */
export function runCaptured(cmd, args, { timeoutMs, echo = false, input = null, inputAfter = null }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: [input === null ? "ignore" : "pipe", "pipe", "pipe"] });
    let output = "";
    let timedOut = false;
    let inputSent = false;
    const steps = Array.isArray(input) ? [...input] : [];
    const sendInput = () => {
      if (inputSent || input === null) return;
      inputSent = true;
      // Written, not ended: QEMU may close its serial backend at the end
      // of input before the guest has read it all.
      if (!steps.length) child.stdin.write(input);
    };
    const sendSteps = () => {
      while (inputSent && steps.length && steps[0][0].test(output)) child.stdin.write(steps.shift()[1]);
    };
    const take = (d) => {
      const s = d.toString("latin1");
      output += s;
      if (echo) process.stdout.write(s);
      if (inputAfter && inputAfter.test(output)) sendInput();
      sendSteps();
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.stdin && child.stdin.on("error", () => {});
    if (!inputAfter) sendInput();
    sendSteps();
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code === null ? -1 : code, signal, output, timedOut });
    });
  });
}
