// make test's build workers: long-lived child processes that build image
// after image. Each runs asc in its own process (build.js buildImage),
// so V8 compiles asc and Binaryen once per worker instead of once per
// image: a warm compile of a suite image takes about 1 s instead of 4-5 s
// (docs/build.md, Time). The rest of a build (wasm2c, gcc) runs as before,
// with less debug information (build.js TEST_BUILD: the same code), and
// one worker builds one image at a time, in a slot of the runner.

import { fork } from "node:child_process";
import { buildImage } from "./build.js";
import { loadBoard } from "./boards.js";
import { UserError } from "./proc.js";
import { ROOT, rel } from "./paths.js";

/** The worker's side (`ivt build-worker`, started by BuildWorkers only):
 *  answers each {id, board, app} message with {id, image} (relative to
 *  the repository) or {id, error}. Resolves when the parent goes. */
export function serveBuilds() {
  if (!process.send) throw new UserError("build-worker: started by make test's runner only (it needs an IPC channel)");
  process.chdir(ROOT); // asc resolves the build's relative paths from here
  return new Promise((done) => {
    process.on("message", async ({ id, board, app }) => {
      try {
        const image = await buildImage(loadBoard(board), app, { forTest: true });
        process.send({ id, image: rel(image) });
      } catch (e) {
        process.send({ id, error: e instanceof UserError ? e.message : String(e.stack || e) });
      }
    });
    process.on("disconnect", () => done(0));
  });
}

/** The parent's side: a pool of workers, one more whenever every worker is
 *  busy (the runner's slots bound how many build at once). Its owner ends
 *  them with close(): their pipes keep the parent's event loop alive. */
export class BuildWorkers {
  constructor(bundle) {
    this.bundle = bundle;
    this.idle = [];
    this.all = new Set();
    this.next = 1;
  }

  /** Builds `app` for board `board` (a name) in a worker: resolves to
   *  { image } or { error }; a build that outlives `timeoutMs` kills its
   *  worker and is an error. */
  build(board, app, timeoutMs) {
    const w = this.idle.pop() || this.start();
    const id = this.next++;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (r, healthy) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.off("message", onMessage);
        w.off("exit", onExit);
        if (healthy) this.idle.push(w);
        else {
          this.all.delete(w);
          w.kill("SIGKILL");
        }
        resolve(r);
      };
      const onMessage = (m) => m.id === id && finish(m.error !== undefined ? { error: m.error } : { image: m.image }, true);
      const onExit = (code, signal) => finish({ error: `build worker ended (${signal || `exit ${code}`}) while building ${board}/${app}${w.output ? `:\n${w.output.slice(-4000)}` : ""}` }, false);
      const timer = setTimeout(() => finish({ error: "build timed out" }, false), timeoutMs);
      w.on("message", onMessage);
      w.on("exit", onExit);
      w.output = "";
      w.send({ id, board, app });
    });
  }

  start() {
    const w = fork(this.bundle, ["build-worker"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe", "ipc"] });
    // What a build prints besides its answer (nothing, normally) is kept
    // for the report of a worker that dies.
    const keep = (d) => (w.output = (w.output + d.toString()).slice(-8000));
    w.stdout.on("data", keep);
    w.stderr.on("data", keep);
    w.output = "";
    this.all.add(w);
    return w;
  }

  /** Ends every worker. */
  close() {
    for (const w of this.all) w.kill();
    this.all.clear();
    this.idle = [];
  }
}
