// Running other programs: the toolchain (with a clear message when it is
// missing) and the images under test (with a timeout).

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./paths.js";

export class UserError extends Error {}

/** A UserError saying an image does not fit the board's memory (its RAM
 *  at the link, or its static data in the module's or an application's
 *  memory): the build is right, the board too small for this image. make
 *  bench skips a set on such a board, saying why (tools/ivt/bench.js). */
export class DoesNotFit extends UserError {}

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

/** How often runCaptured reads what the program has written so far. */
const OUTPUT_POLL_MS = 5;

/**
 * A fresh file for a program's standard output, read as it grows:
 * { fd, readNew(onText), remove() }. Why not the pipe Node gives a child:
 * that is a Unix socket pair, and QEMU's UARTs write their output one
 * byte per write(), so a few hundred bytes fill the socket's buffer
 * whenever this process is busy for a few milliseconds (building another
 * test's image, collecting garbage). The guest then polls a UART that
 * stays full and its virtual time runs on, so a test counting events in a
 * virtual-time window counted fewer: tests/isolation-restarts saw 56
 * restarts of an application, 41 with the reader 2 ms late, 49 in CI. A
 * file never pushes back. tests/tools/proc.test.js checks that a program
 * writing while this process is busy is not held back.
 */
function openOutputFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-run-"));
  const file = path.join(dir, "stdout");
  const fd = fs.openSync(file, "w+");
  const buf = Buffer.alloc(1 << 16);
  let pos = 0;
  return {
    fd,
    readNew(onText) {
      for (;;) {
        const n = fs.readSync(fd, buf, 0, buf.length, pos);
        if (n === 0) return;
        pos += n;
        onText(buf.toString("latin1", 0, n));
      }
    },
    remove() {
      fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** How long a line on stderr waits for the console's line to end
 *  (runCaptured). */
const ERR_WAIT_MS = 200;

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
    const out = openOutputFile();
    const child = spawn(cmd, args, { cwd: ROOT, stdio: [input === null ? "ignore" : "pipe", out.fd, "pipe"] });
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
    // A step whose text is a function (a UDP exchange, tools/ivt/netrun.js)
    // is called once, with the output so far, a function that reads it as
    // it grows and one that types into the console; the steps after it wait for its result, which goes
    // into the output as a line of its own.
    let stepBusy = false;
    const sendSteps = () => {
      while (!stepBusy && inputSent && steps.length && steps[0][0].test(output)) {
        const text = steps.shift()[1];
        if (typeof text !== "function") {
          child.stdin.write(text);
          continue;
        }
        stepBusy = true;
        // It may read the output as it grows and type into the console.
        text(output, () => output, (s) => child.stdin.write(s)).then((line) => {
          stepBusy = false;
          add(`${output.endsWith("\n") || output === "" ? "" : "\n"}${line}\n`);
        });
      }
    };
    const add = (s) => {
      output += s;
      if (echo) process.stdout.write(s);
      if (inputAfter && inputAfter.test(output)) sendInput();
      sendSteps();
    };
    // The program's own diagnostics on stderr (QEMU's device models print
    // some: stellaris-gptm's "Timer with period zero, disabling" when a
    // test stops a timer) go into the output in whole lines, between the
    // console's lines: written as they came, one landed inside a line a
    // check matched (lm3s6965evb appdriver, a clean run). A stderr line
    // waits for the console's line to end, at most ERR_WAIT_MS.
    let errPending = "";
    let errTimer = null;
    // `late`: a line has waited ERR_WAIT_MS, it goes in even inside a
    // console line; `end`: the program ended, everything goes in.
    const flushErr = (late, end = false) => {
      const cut = end ? errPending.length : errPending.lastIndexOf("\n") + 1;
      if (cut === 0 || (!late && output !== "" && !output.endsWith("\n"))) return;
      let text = errPending.slice(0, cut);
      errPending = errPending.slice(cut);
      if (output !== "" && !output.endsWith("\n")) text = "\n" + text;
      add(text);
    };
    const onStdout = (text) => {
      // A waiting stderr line goes in right after the console line it
      // came inside, not after the rest of this chunk.
      const eol = errPending.includes("\n") ? text.indexOf("\n") : -1;
      if (eol >= 0) {
        add(text.slice(0, eol + 1));
        flushErr(false);
        text = text.slice(eol + 1);
      }
      if (text) add(text);
      flushErr(false);
    };
    const poll = setInterval(() => out.readNew(onStdout), OUTPUT_POLL_MS);
    child.stderr.on("data", (d) => {
      errPending += d.toString("latin1");
      flushErr(false);
      if (errPending.includes("\n") && !errTimer) {
        errTimer = setTimeout(() => {
          errTimer = null;
          flushErr(true);
        }, ERR_WAIT_MS);
      }
    });
    child.stdin && child.stdin.on("error", () => {});
    if (!inputAfter) sendInput();
    sendSteps();
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      clearInterval(poll);
      out.readNew(onStdout);
      out.remove();
      if (errTimer) clearTimeout(errTimer);
      flushErr(true, true);
      resolve({ code: code === null ? -1 : code, signal, output, timedOut });
    });
  });
}
