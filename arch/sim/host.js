// The sim board: the host ABI of kernel/port.ts implemented in Node.
//
// Runs the same kernel.wasm as the boards. Interrupts from the simulated
// devices are delivered only at host calls (kernel entry points) while the
// kernel has them unmasked, so a run is a pure function of the image and
// its input: the place for fault injection and reproducible stress tests.
// A thread that never calls the host still gets them: the sim build puts a
// loop budget at every loop header (tools/ivt/asyncify-transform.js insertLoopBudget),
// and each time LOOP_BUDGET iterations are spent the module calls sim.loop,
// a host call like any other, charged as that many cycles of virtual time.
//
// Threads: the module is built with Binaryen's asyncify. A context switch
// unwinds the running thread's wasm stack into its save area and rewinds
// the next thread's. Save areas are the "stack arena" of the ABI: the low
// 16 KiB of linear memory, below the kernel's data (asc --memoryBase), so
// that an access past the end of the page still traps:
//
//   0      64                       16 KiB - 1 KiB   16 KiB             128 KiB
//   | null | save areas by offset ... | boot scratch | kernel data, heap |
//
// What the host must know of how the image was built (where its data
// starts, the kernel's red zone) it reads from the image itself: the build
// writes the values asc compiled in into the custom section HOST_SECTION
// (tools/ivt/gen.js hostSettings), so there is no copy here to keep in step.
//
// A switch the kernel asked for (switch_request, possibly from an interrupt
// handler) happens at the first host call made in a thread with interrupts
// unmasked and no handler running, as PendSV would on Cortex-M.
//
// Uses @assemblyscript/loader to instantiate; no native code is needed.

import fs from "node:fs";
import path from "node:path";
import loader from "@assemblyscript/loader";
import { Clock, SIM_DEVICES, SimIntc, SimIommu, SimUart } from "./devices.js";
import { stdinWorkerInput, UdpBridge } from "./net.js";
import { buildIdOf, codeModuleOf, simCodeAddress, simCodeAt } from "../../tools/ivt/wasm.js";
import { UserError } from "../../tools/ivt/proc.js";
import { TEXT_SECTION, TEXT_TAG } from "../../tools/ivt/texts.js";

/** Cycles charged for each host call: the sim's notion of kernel work. */
const HOST_CALL_COST = 8;
/** Loop iterations between two sim.loop calls, each charged one cycle: small
 *  enough that a spinning thread sees the tick (100,000 cycles on the sim
 *  board) within a few hundred calls, large enough that instrumented loops
 *  cost little wall time. */
const LOOP_BUDGET = 1000;

/** Where the save areas start: past the bytes a null pointer reaches. */
const ARENA_BASE = 64;
/** The boot context's save area: written once by thread_start, never rewound. */
const BOOT_SCRATCH = 1024;

/** The custom section of kernel.wasm that says how it was built: JSON
 *  {kernel: {<kernel/config.ts setting>: value, ...}, memoryBase}, every
 *  setting a board may change as asc compiled it (docs/abi.md). */
export const HOST_SECTION = "ivt.host";

/** The build's settings of a compiled image (HOST_SECTION), or null if it
 *  has none. */
export function imageSettings(module) {
  const [section] = WebAssembly.Module.customSections(module, HOST_SECTION);
  return section ? JSON.parse(Buffer.from(section).toString("utf8")) : null;
}

/** The image's texts (TEXT_SECTION: JSON {"<id>": "<text>"}), by text
 *  reference (TEXT_TAG | id); empty if it has none. */
export function imageTexts(module) {
  const [section] = WebAssembly.Module.customSections(module, TEXT_SECTION);
  const texts = new Map();
  if (!section) return texts;
  for (const [id, text] of Object.entries(JSON.parse(Buffer.from(section).toString("utf8")))) texts.set((TEXT_TAG | Number(id)) >>> 0, text);
  return texts;
}

/** asyncify_get_state() values. */
const NORMAL = 0;
const UNWINDING = 1;
const REWINDING = 2;

/** Thrown by the exit import to unwind out of the module. */
class ExitSignal extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
}

/** Thrown by the reset import: the run starts again from instantiation,
 *  the crash record's no-init area and the unread input kept. */
const RESET = -1;
class ResetSignal extends ExitSignal {
  constructor() {
    super(RESET);
  }
}
/** Resets in one run past which it is a hang (a fault at every boot with
 *  on_fatal "reset" would loop forever). */
const MAX_RESETS = 20;

/** Host exit codes beyond the kernel's own (kernel/panic.ts ExitCode). */
export const SIM_EXIT_HANG = 4;
/** A live run ended by Ctrl-C at the terminal (a shell's 128 + SIGINT). */
export const SIM_EXIT_INTERRUPTED = 130;

/** wabt's wasm_rt_trap_t numbers, which the ABI uses, by V8's message. */
const TRAP_KINDS = [
  // Before "out of bounds": V8 says "table index is out of bounds" for a
  // call_indirect past the table, which the boards report as a bad call.
  [/null function|function signature mismatch|table index/i, 6],
  [/out of bounds|index out of bounds/i, 1],
  [/integer overflow|divide result unrepresentable/i, 2],
  [/divide by zero|remainder by zero/i, 3],
  [/float unrepresentable|invalid conversion/i, 4],
  [/unreachable/i, 5],
  [/call stack|stack size exceeded/i, 8],
];

function trapKind(err) {
  if (err instanceof MmioTrap) return 9; // MmioFault (docs/abi.md)
  for (const [re, kind] of TRAP_KINDS) if (re.test(err.message)) return kind;
  return 5;
}

/** An MMIO access outside every window, thrown from the access's import
 *  so that it unwinds the thread's wasm frames as a trap does, and is
 *  reported the same way (a thread's ends only that thread). */
class MmioTrap extends Error {
  constructor(addr) {
    super(`mmio-outside-windows at 0x${addr.toString(16)}`);
    this.addr = addr;
  }
}

/** The wasm frames of a trap, innermost first, as [index, name] (V8 keeps
 *  Error.stackTraceLimit frames). An abort traps in kernel/panic, so its
 *  outer frames name the code that aborted. */
function trapFrames(err) {
  const frames = wasmFrames(err.stack);
  return frames.length ? frames : [[0, "?", 0]];
}

/** The wasm frames of a V8 stack trace, innermost first: [function index,
 *  name, byte offset in its module]. */
function wasmFrames(stack) {
  return [...(stack || "").matchAll(/at (\S+) \(wasm:\/\/[^)]*wasm-function\[(\d+)\]:0x([0-9a-f]+)/g)].map((m) => [Number(m[2]), m[1], parseInt(m[3], 16)]);
}

/** What the crash record's host calls keep over sim's resets (docs/abi.md
 *  crash_*): the no-init area, the console input not yet read, and the
 *  name-only code addresses handed out for frames of no module of the
 *  image (codeId). */
function newPersist(input) {
  return { noinit: { magic: 0, words: 0, sum: 0, data: new Uint32Array(CRASH_WORDS) }, codes: [], codeIds: new Map(), input: [...Buffer.from(input)], resets: 0 };
}
const CRASH_WORDS = 64;
const CRASH_MAGIC = 0x49564352;

/** arch/native/crash.c's checksum, the same here. */
function crashSum(area, words) {
  let h = (2166136261 ^ CRASH_MAGIC) >>> 0;
  h = Math.imul(h ^ words, 16777619) >>> 0;
  for (let i = 0; i < words && i < CRASH_WORDS; i++) h = Math.imul(h ^ area.data[i], 16777619) >>> 0;
  return h;
}

const num = (v) => (typeof v === "number" ? v : Number(v));

/** Builds the sim machine from board.json: each device the board lists,
 *  made by its driver's simulation (devices.js SIM_DEVICES) and placed at
 *  its window; a device with an "irq" drives that line while its level()
 *  is true. The console's UART takes the input. */
export function buildMachine(board, write, net = null) {
  const where = `boards/${board.name}/board.json`;
  const clock = new Clock(board.clock_hz);
  const intc = new SimIntc(board.irq.lines);
  const windows = [];
  // What DMA devices reach: the kernel's module memory (set once the
  // module is instantiated) and the machine's IOMMU, if it has one.
  const machine = { memory: null };
  const memory = () => (machine.memory ? new Uint8Array(machine.memory.buffer) : null);
  const iommu = () => (windows.find((w) => w.dev instanceof SimIommu) || { dev: null }).dev;
  for (const [name, d] of Object.entries(board.devices)) {
    const make = SIM_DEVICES[d.driver];
    if (!make) throw new Error(`sim: ${where} devices.${name}: driver ${d.driver} is not simulated (arch/sim/devices.js SIM_DEVICES: ${Object.keys(SIM_DEVICES).join(", ")})`);
    const dev = make({ clock, intc, write, base: num(d.base), memory, iommu, net });
    windows.push({ name, base: num(d.base), size: num(d.size), dev });
    if (d.irq !== undefined && dev.level) intc.addLevelSource(() => (dev.level() ? 1 << num(d.irq) : 0));
  }
  const uart = windows.find((w) => w.name === board.console).dev;
  if (!(uart instanceof SimUart)) throw new Error(`sim: ${where} "console": ${board.console} is not a sim-uart`);
  // Fault injectors' raw vectors (SimFaults), delivered as a glitch would.
  const spurious = windows.map((w) => w.dev).filter((dev) => Array.isArray(dev.spurious));
  return { clock, intc, uart, spurious, windows, machine };
}

/**
 * Runs a kernel.wasm built for the sim board until it exits.
 * Options: wasm (path), board (parsed board.json), input (bytes for the
 * UART's receiver), maxCycles (a virtual-time limit: past it the run is a
 * hang), hostClock (the cycles import reads the host's clock in ns, for
 * benchmarks; the devices keep virtual time), output (a function given each
 * byte the image writes, for a caller that checks the output itself, such as
 * the model test: tests/model), live (the terminal's typing goes to the UART
 * as it comes, and an idle kernel waits for it in real time: `ivt run` at a
 * terminal, as QEMU's console does). Returns the exit code; output goes to
 * stdout unless `output` is given.
 */
export async function runSim(opts) {
  // The host's UDP socket (opts.udp: {hostPort, guestPort}) outlives resets.
  const net = opts.udp ? { bridge: new UdpBridge(opts.udp.hostPort), guestPort: opts.udp.guestPort } : null;
  if (net) {
    const port = await net.bridge.ready();
    const text = `sim: udp 127.0.0.1:${port} on the host is port ${opts.udp.guestPort} of the guest (10.0.2.15); try: echo hello | nc -u -w1 127.0.0.1 ${port}\n`;
    if (opts.output) [...Buffer.from(text)].forEach(opts.output);
    else process.stderr.write(text);
  }
  const persist = newPersist(opts.input || "");
  // opts.liveInput: the console's typing from stdin as it comes, whatever
  // stdin is (a test's socket: written step by step, as to QEMU).
  const live = opts.live ? openLiveInput() : opts.liveInput ? stdinWorkerInput() : null;
  // A trap's backtrace is the engine's: V8 keeps 10 frames by default, the
  // host's own JS frames among them, which cut a record's frames short.
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = Math.max(stackLimit, 64);
  try {
    for (;;) {
      const code = await runSimOnce({ ...opts, live, net, maxCycles: live || net ? Infinity : opts.maxCycles }, persist);
      if (code !== RESET) return code;
      persist.resets++;
      if (persist.resets > MAX_RESETS) {
        const text = `sim: ${MAX_RESETS} resets in one run (a fault at every boot?): hang\n`;
        if (opts.output) [...Buffer.from(text)].forEach(opts.output);
        else process.stdout.write(text);
        return SIM_EXIT_HANG;
      }
    }
  } finally {
    Error.stackTraceLimit = stackLimit;
    if (live) live.close();
    if (net) net.bridge.close();
  }
}

/** The terminal's typing for a live run, read without blocking: stdin
 *  opened again non-blocking (its own file description: the shell's is
 *  left as it was), a terminal put in raw mode as QEMU's -nographic does
 *  (the kernel's shell echoes; Ctrl-C ends the run). Null when there is no
 *  stdin to read. */
function openLiveInput() {
  let fd;
  try {
    fd = fs.openSync("/dev/stdin", fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch {
    // A socket (what Node's child_process gives a child's stdin) cannot be
    // opened again: its input is read whole, to its end, and given at once.
    return process.stdin.isTTY ? null : wholeInput();
  }
  const tty = process.stdin.isTTY === true;
  if (tty) process.stdin.setRawMode(true);
  const buf = Buffer.alloc(256);
  let ended = false;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  return {
    tty,
    /** Bytes typed since the last call; [] when none (or stdin ended). */
    poll() {
      if (ended) return [];
      try {
        const n = fs.readSync(fd, buf, 0, buf.length, null);
        if (n === 0) ended = true;
        return [...buf.subarray(0, n)];
      } catch (e) {
        if (e.code === "EAGAIN") return [];
        throw e;
      }
    },
    /** Whether no more typing can come: a pipe or file read to its end (a
     *  terminal never ends; Ctrl-C does). The run then goes on as fast as
     *  it can, as without live input. */
    finished() {
      return ended && !tty;
    },
    /** Waits `ms` of real time. */
    sleep(ms) {
      Atomics.wait(sleeper, 0, 0, ms);
    },
    close() {
      if (tty) process.stdin.setRawMode(false);
      fs.closeSync(fd);
    },
  };
}

/** A live input read whole from stdin (to its end) before the run. */
function wholeInput() {
  let bytes;
  try {
    bytes = [...fs.readFileSync(0)];
  } catch {
    return null;
  }
  return {
    tty: false,
    poll() {
      return bytes.splice(0);
    },
    finished() {
      return bytes.length === 0;
    },
    sleep() {},
    close() {},
  };
}

/** One boot of runSim, up to its exit or a reset (RESET). */
async function runSimOnce({ wasm, board, maxCycles = 1e12, hostClock = false, output = null, live = null, net = null }, persist) {
  const outBuf = [];
  let outClosed = false;
  const flush = () => {
    if (!outBuf.length || outClosed) return;
    try {
      fs.writeSync(1, Buffer.from(outBuf.splice(0)));
    } catch (e) {
      if (e.code !== "EPIPE") throw e;
      outClosed = true; // the reader went away (| head): keep running quietly
    }
  };
  const write = (b) => {
    if (output) return output(b);
    outBuf.push(b);
    if (b === 10 || outBuf.length > 4096) flush();
  };
  const say = (text) => {
    if (output) return void [...Buffer.from(text)].forEach(output);
    flush();
    for (const b of Buffer.from(text)) outBuf.push(b);
    flush();
  };
  const wasmBytes = fs.readFileSync(wasm);
  let module;
  try {
    module = await WebAssembly.compile(wasmBytes);
  } catch (e) {
    throw new UserError(`sim: ${wasm} is not a WebAssembly module the engine can load (${e.message}): give the kernel.wasm an ivt build made`);
  }
  const settings = imageSettings(module);
  const texts = imageTexts(module);
  if (!settings || !settings.memoryBase || !settings.kernel || settings.kernel.RED_ZONE_BYTES === undefined) {
    throw new Error(`sim: ${wasm} does not say how it was built (custom section ${HOST_SECTION}, written by tools/ivt/build.js): build it with the ivt tool`);
  }
  /** The kernel's data starts here (arch/sim/arch.json --memoryBase); the
   *  save areas and the boot scratch area fill the space below. */
  const arenaBytes = settings.memoryBase - BOOT_SCRATCH - ARENA_BASE;
  /** Bytes of every save area kept free (kernel/config.ts RED_ZONE_BYTES). */
  const redZone = settings.kernel.RED_ZONE_BYTES;
  const m = buildMachine(board, write, net);
  for (const ch of persist.input) m.uart.rx.push(ch);

  let ex = null; // the module's exports
  let mem = null; // its memory, as bytes
  let apps = []; // the application modules of an isolated image (docs/isolation.md)
  let primask = 0;
  let irqDepth = 0;
  const executing = []; // priorities of the handlers running, innermost last
  let switchPending = false;
  let nextId = -1; // the thread the kernel chose for the pending switch (switch_to), or -1
  let threadsRunning = false;
  let inSwitch = false;
  // A trap's backtrace as code ids, until the record takes it (crash_frame).
  let crashFrames = null;
  let framesKept = [];
  let buildId = 0;
  /** The modules whose frames can appear: the kernel's, then its
   *  isolated applications' (loadApp adds them). */
  const codeModules = [codeModuleOf(wasmBytes)];
  /** The code address (crash_frame) of a V8 frame [index, name, byte
   *  offset]: tools/ivt/wasm.js simCodeAddress, the same in every run of
   *  the image, so that `ivt decode` names it from the build. A frame of
   *  no module of the image (none expected) gets a name-only address from
   *  0xff000000 on, counted in `persist`. */
  const codeId = ([index, name, off]) => {
    const addr = simCodeAddress(codeModules, index, name, off);
    if (addr !== 0) return addr;
    let id = persist.codeIds.get(name);
    if (id === undefined) {
      persist.codes.push({ name, offset: 0xffffffff });
      id = (0xff000000 + persist.codes.length - 1) >>> 0;
      persist.codeIds.set(name, id);
    }
    return id;
  };
  /** The name and body offset of code address `where` (codeId). */
  const codeAt = (where) => {
    where >>>= 0;
    if (where >= 0xff000000) return persist.codes[where - 0xff000000] || null;
    return simCodeAt(codeModules, where);
  };
  const areas = new Map(); // thread id -> { addr, bytes, started }

  const deliver = () => {
    // Fault injection: raw vectors, as a glitching controller would send.
    for (const f of m.spurious) {
      while (!primask && f.spurious.length) {
        const v = f.spurious.shift();
        irqDepth++;
        try {
          ex.ivthandleinterrupt(v);
        } finally {
          irqDepth--;
        }
      }
    }
    while (!primask) {
      const line = m.intc.next(executing.length ? executing[executing.length - 1] : Infinity);
      if (line < 0) return;
      m.intc.activate(line);
      irqDepth++;
      executing.push(m.intc.priority[line]);
      try {
        ex.ivthandleinterrupt(board.irq.first_vector + line);
      } finally {
        irqDepth--;
        executing.pop();
      }
    }
  };
  let currentId = -1; // the thread running, as ivtswitch named it
  /** Advances virtual time; past maxCycles the run is a hang: says where it
   *  was (thread, interrupt state, the innermost wasm function) and exits. */
  const spend = (cycles) => {
    m.clock.advance(cycles);
    if (m.clock.now <= maxCycles) return;
    const who = !threadsRunning ? "during boot" : irqDepth ? "in an interrupt handler" : inSwitch ? "in the switch" : `in thread ${currentId}`;
    const [index, name] = trapFrames(new Error())[0];
    say(`sim: virtual time passed the limit of ${maxCycles} cycles ${who}, interrupts ${primask ? "masked" : "enabled"}, ` +
      `in wasm function ${index}: ${name}: hang\n`);
    throw new ExitSignal(SIM_EXIT_HANG);
  };
  const hostCall = () => {
    spend(HOST_CALL_COST);
    deliver();
  };

  // --- asyncify: switching threads -------------------------------------
  // A thread's wasm stack may cross modules: kernel (ivtthreadentry), an
  // application (app_enter), the kernel again (a system call). Each stretch
  // of one module's frames is a segment, unwound by that module's asyncify
  // into its own memory: innermost first, each segment's unwind started by
  // the glue where the next one out called in (app_enter, the ivt_sys
  // imports), and rewound outermost first in the same way. A segment's save
  // data sits in its module's memory at the thread's area (the same
  // addresses in every module: applications are built with the kernel's
  // memoryBase, docs/isolation.md), after the data of any earlier segment
  // of that module.
  const K = { name: "kernel", get ex() { return ex; } };
  const state = () => ex.asyncify_get_state();
  const startUnwind = (addr) => {
    const view = new DataView(mem.buffer);
    view.setUint32(addr, addr + 8, true);
    ex.asyncify_start_unwind(addr);
  };
  let currentArea = null;
  let unwindSegs = []; // the segments of the running thread's unwind, innermost first
  let cursors = new Map(); // module -> where its next segment's save data goes
  let rewinds = []; // the segments still to rewind, outermost first
  let unwoundBytes = 0; // the running thread's saved frames so far, every module's
  /** Starts unwinding module `mod`'s frames of the running thread. */
  const segBegin = (mod) => {
    const hdr = cursors.get(mod) ?? currentArea.addr;
    const view = new DataView(mod.ex.memory.buffer);
    view.setUint32(hdr, hdr + 8, true);
    // The segment may fill what the thread's other modules have not saved
    // into already: one stack on a board holds them all, and overflows
    // when they pass its end together.
    const others = unwoundBytes - (hdr - currentArea.addr);
    view.setUint32(hdr + 4, Math.max(hdr + 8, currentArea.addr + currentArea.bytes - redZone - others), true);
    unwindSegs.push({ mod, hdr });
    mod.ex.asyncify_start_unwind(hdr);
  };
  /** Starts switching the running thread out, from module `mod`'s frames. */
  const switchOut = (mod) => {
    unwindSegs = [];
    cursors = new Map();
    unwoundBytes = 0;
    currentArea.segs = unwindSegs;
    segBegin(mod);
  };
  /** Ends the unwind of module `mod`'s segment (its frames are saved). */
  const segEnd = (mod) => {
    const seg = unwindSegs[unwindSegs.length - 1];
    const end = new DataView(mod.ex.memory.buffer).getUint32(seg.hdr, true);
    cursors.set(mod, (end + 7) & ~7);
    // The save area's high-water mark (stack_unused): every module's
    // segments, as one stack on a board holds the application's frames,
    // the system call's and the kernel's. (The kernel's part alone left an
    // application thread's own frames out: its deep recursion did not
    // show.)
    unwoundBytes += end - seg.hdr;
    currentArea.peak = Math.max(currentArea.peak, Math.min(unwoundBytes, currentArea.bytes));
    try {
      mod.ex.asyncify_stop_unwind();
    } catch (e) {
      // Asyncify checks the save area's end only here: the saved stack
      // passed it (into its red zone). Like a broken canary on a board,
      // the next ivtswitch ends the thread.
      if (!(e instanceof WebAssembly.RuntimeError)) throw e;
      overflowed = currentId + 1; // ivtswitch's argument: 1 + the thread's id
    }
  };
  /** Starts rewinding module `mod`'s next segment. */
  const rewindNext = (mod) => {
    const seg = rewinds.shift();
    if (!seg || seg.mod !== mod) throw new Error(`sim: a thread's saved stack does not resume in ${mod.name} where it was saved`);
    mod.ex.asyncify_start_rewind(seg.hdr);
  };
  /** A live run: what was typed goes to the UART's receiver; Ctrl-C (a
   *  terminal in raw mode sends it as a byte) ends the run. True if there
   *  was any. */
  const liveTyped = () => {
    const bytes = live.poll();
    if (live.tty && bytes.includes(3)) {
      say("\nsim: Ctrl-C\n");
      throw new ExitSignal(SIM_EXIT_INTERRUPTED);
    }
    for (const b of bytes) m.uart.rx.push(b);
    return bytes.length > 0;
  };
  /** An idle kernel in a live run waits in real time, as a board's does:
   *  at most 20 ms at a time, virtual time following, then looks at the
   *  terminal again (a kernel with no interrupt to come waits for typing). */
  const idleLive = (next) => {
    const ms = next === Infinity ? 20 : Math.min(20, ((next - m.clock.now) * 1000) / m.clock.hz);
    if (ms > 0) live.sleep(ms);
    if (next !== Infinity) m.clock.advance(Math.max(0, Math.min(next - m.clock.now, Math.ceil((ms * m.clock.hz) / 1000))));
  };
  /** With the host's network attached, an idle kernel waits in real time
   *  (at most 20 ms, less if a device is due sooner) for a datagram: the
   *  host's peer lives in real time, and racing virtual time ahead would
   *  make its timeouts pass in a blink. */
  const idleNet = (next) => {
    const ms = next === Infinity ? 20 : Math.min(20, ((next - m.clock.now) * 1000) / m.clock.hz);
    const t0 = performance.now();
    if (ms > 0) net.bridge.waitForData(ms);
    if (live) liveTyped();
    const step = Math.max(1, Math.ceil(((performance.now() - t0) * m.clock.hz) / 1000));
    m.clock.advance(next === Infinity ? step : Math.max(0, Math.min(next - m.clock.now, step)));
  };
  let noPreempt = 0; // while an application module is being instantiated
  const mayPreempt = () => threadsRunning && switchPending && !primask && irqDepth === 0 && !inSwitch && noPreempt === 0;
  /** At the start of a switchable import: true if the caller must return
   *  at once because its thread is being switched out. */
  const preempted = () => {
    // The module's start function (its top-level code: `const w = new
    // WakeTime()` reads the tick count) runs inside instantiation, before
    // there are exports to call: no thread runs and nothing is delivered.
    if (ex === null || ex === undefined) return false;
    if (state() === REWINDING) {
      ex.asyncify_stop_rewind();
      return false; // resumed: the import now does its work
    }
    hostCall();
    if (!mayPreempt()) return false;
    switchOut(K);
    return true;
  };

  /** The kernel's imports for applications in their own modules
   *  (kernel/port.ts, docs/abi.md). */
  function appImports() {
    const appOf = (i) => {
      const A = apps[i >>> 0];
      if (!A) throw new Error(`sim: the kernel named application ${i}, which the image does not have`);
      return A;
    };
    /** Whether [addr, addr + len) lies inside application A's memory. */
    const inside = (A, addr, len) => addr + len <= A.ex.memory.buffer.byteLength;
    return {
      app_enter(i, fn, arg) {
        const A = appOf(i);
        if (state() === REWINDING) {
          ex.asyncify_stop_rewind();
          rewindNext(A);
        }
        const r = A.ex.ivt_app_enter(fn, arg);
        if (A.state() === UNWINDING) {
          segEnd(A);
          segBegin(K);
          return 0;
        }
        return r;
      },
      app_copy_in(i, from, to, len) {
        const A = appOf(i);
        [from, to, len] = [from >>> 0, to >>> 0, len >>> 0];
        if (!inside(A, from, len)) return 0;
        new Uint8Array(mem.buffer).set(new Uint8Array(A.ex.memory.buffer, from, len), to);
        return 1;
      },
      app_copy_out(i, from, to, len) {
        const A = appOf(i);
        [from, to, len] = [from >>> 0, to >>> 0, len >>> 0];
        if (!inside(A, to, len)) return 0;
        new Uint8Array(A.ex.memory.buffer).set(new Uint8Array(mem.buffer, from, len), to);
        return 1;
      },
      app_memory_bytes(i) {
        return appOf(i).module && appOf(i).ex ? appOf(i).ex.memory.buffer.byteLength : 0;
      },
      // A trap in the module's top-level code goes on up like any trap in
      // the application's thread (the kernel resets it from there).
      app_reset(i) {
        appOf(i).instantiate();
        return 1;
      },
    };
  }

  // --- MMIO --------------------------------------------------------------
  const device = (addr, size) => {
    for (const w of m.windows) {
      if (addr >= w.base && addr + size <= w.base + w.size) return [w.dev, addr - w.base];
    }
    return null;
  };
  const mmioFault = (addr) => {
    // Reported as a trap once the thread's frames are gone (guarded):
    // reported from here, inside them, a thread that may go on could not
    // be switched away from, and the whole run ended (exit 3).
    throw new MmioTrap(addr >>> 0);
  };
  const mmioRead = (size) => (addr) => {
    if (preempted()) return 0;
    const d = device(addr >>> 0, size);
    if (!d) return mmioFault(addr);
    return d[0].read(d[1]) >>> 0;
  };
  const mmioWrite = (size) => (addr, v) => {
    if (preempted()) return;
    const d = device(addr >>> 0, size);
    if (!d) return mmioFault(addr);
    d[0].write(d[1], v >>> 0);
  };

  const imports = {
    ivt: {
      irq_save() {
        if (preempted()) return 0;
        // While an application module is instantiated (its start function,
        // at a restart) its thread cannot be switched away from: asyncify
        // cannot unwind through the instantiation. The kernel is told it
        // runs as if masked (2: not masked, but no switch here), so that it
        // neither makes another thread current (switch_to) nor lets a
        // blocking call wait (Err.Masked), as it would in a masked section.
        const s = primask ? 1 : noPreempt > 0 ? 2 : 0;
        primask = 1;
        return s;
      },
      irq_restore(s) {
        if (state() === REWINDING) {
          ex.asyncify_stop_rewind();
          return;
        }
        primask = s === 1 ? 1 : 0;
        hostCall();
        if (mayPreempt()) switchOut(K);
      },
      switch_request() {
        if (state() === REWINDING) {
          ex.asyncify_stop_rewind();
          return;
        }
        switchPending = true;
        nextId = -1; // the switch asks the kernel (ivtswitch)
        hostCall();
        if (mayPreempt()) switchOut(K);
      },
      switch_to(id) {
        if (state() === REWINDING) {
          ex.asyncify_stop_rewind();
          return;
        }
        switchPending = true;
        nextId = id; // the kernel chose, and made it the running thread
        hostCall();
        if (mayPreempt()) switchOut(K);
      },
      idle() {
        hostCall();
        if (m.intc.next() >= 0 || m.intc.pending() & m.intc.enabled) return;
        if (live && liveTyped()) return; // the UART has bytes to take now
        const next = m.clock.nextEvent();
        if (net) return idleNet(next);
        if (live && !live.finished()) return idleLive(next);
        if (next === Infinity) {
          say("sim: the kernel idles with no interrupt that could wake it: hang\n");
          throw new ExitSignal(SIM_EXIT_HANG);
        }
        m.clock.advance(Math.max(0, next - m.clock.now));
      },
      mmio_read8: mmioRead(1),
      mmio_read16: mmioRead(2),
      mmio_read32: mmioRead(4),
      mmio_write8: mmioWrite(1),
      mmio_write16: mmioWrite(2),
      mmio_write32: mmioWrite(4),
      cycles() {
        if (preempted()) return 0;
        return hostClock ? Number(process.hrtime.bigint() & 0xffffffffn) : m.clock.now >>> 0;
      },
      // A poll point: a host call like any other (interrupts, a switch).
      poll() {
        preempted();
      },
      panic_putc(c) {
        write(c & 0xff);
      },
      // Crash records (kernel/bugcheck.ts, docs/abi.md): the no-init area
      // is host memory kept over sim's resets (runSim).
      crash_put(i, w) {
        if (i >>> 0 < CRASH_WORDS) persist.noinit.data[i] = w >>> 0;
      },
      crash_get(i) {
        return i >>> 0 < CRASH_WORDS ? persist.noinit.data[i] | 0 : 0;
      },
      crash_seal(words) {
        const a = persist.noinit;
        a.words = Math.min(words >>> 0, CRASH_WORDS);
        a.sum = crashSum(a, a.words);
        a.magic = CRASH_MAGIC;
      },
      crash_saved() {
        const a = persist.noinit;
        if (a.magic !== CRASH_MAGIC) return 0;
        if (a.sum !== crashSum(a, a.words)) {
          imports.ivt.crash_clear();
          return -1;
        }
        return a.words;
      },
      crash_clear() {
        const a = persist.noinit;
        a.magic = a.words = a.sum = 0;
        a.data.fill(0);
      },
      crash_frame(depth) {
        depth >>>= 0;
        if (depth === 0xffffffff) {
          crashFrames = null; // the fault was recorded already
          return 0;
        }
        if (depth === 0) {
          // A trap's frames, or this call's own stack: the kernel found
          // the fault itself (an abort, running out of memory).
          if (crashFrames === null) {
            const limit = Error.stackTraceLimit;
            Error.stackTraceLimit = 64;
            crashFrames = wasmFrames(new Error().stack).map(codeId);
            Error.stackTraceLimit = limit;
          }
          framesKept = crashFrames;
          crashFrames = null;
        }
        return depth < framesKept.length ? framesKept[depth] : 0;
      },
      code_name(where, i) {
        const c = codeAt(where);
        return c && i >>> 0 < c.name.length ? c.name.charCodeAt(i) & 0xff : 0;
      },
      // The texts the kernel prints (kernel/format.ts): from the image's
      // table, as a board's flash holds them.
      text_length(text) {
        const t = texts.get(text >>> 0);
        return t ? t.length : 0;
      },
      text_char(text, i) {
        const t = texts.get(text >>> 0);
        return t && i >>> 0 < t.length ? t.charCodeAt(i) & 0xff : 0;
      },
      code_offset(where) {
        const c = codeAt(where);
        return c ? c.offset | 0 : -1;
      },
      // No CPU faults on sim: wasm traps are the only kind.
      fault_reg() {
        return 0;
      },
      build_id() {
        return buildId;
      },
      reset() {
        flush();
        persist.input = [...m.uart.fifo, ...m.uart.rx]; // what the program has not read yet
        throw new ResetSignal();
      },
      // The test-only register clobber check (tests/target/regs.ts): wasm
      // code running in Node has no machine registers of its own to
      // check, so nothing can change; 0 (docs/abi.md).
      regs_check(pattern, spins, unmask) {
        return 0;
      },
      // The test-only CPU fault (tests/target/cpu-fault.ts): wasm in Node
      // has no CPU of its own to fault; 0, the call returns (docs/abi.md).
      fault_test(kind) {
        return 0;
      },
      exit(code) {
        flush();
        throw new ExitSignal(code | 0);
      },
      thread_init(id, offset, bytes) {
        if (offset + bytes > arenaBytes || bytes <= redZone) throw new Error(`sim: thread_init(${id}) outside the arena`);
        const addr = ARENA_BASE + offset;
        const view = new DataView(mem.buffer);
        view.setUint32(addr, addr + 8, true);
        // The top redZone bytes stay unused: an unwind that overruns the
        // end writes there, inside the thread's own block, before the
        // check at stop_unwind reports it.
        view.setUint32(addr + 4, addr + bytes - redZone, true);
        areas.set(id, { addr, bytes, started: false, peak: 8, segs: [] });
      },
      stack_unused(id) {
        hostCall();
        const area = areas.get(id);
        return area ? area.bytes - area.peak : 0;
      },
      thread_start() {
        if (state() === REWINDING) throw new Error("sim: the boot context is never resumed");
        threadsRunning = true;
        const addr = ARENA_BASE + arenaBytes;
        const view = new DataView(mem.buffer);
        view.setUint32(addr + 4, addr + BOOT_SCRATCH, true);
        startUnwind(addr);
      },
    },
    // Not part of the ABI: the sim build's loop budget calls it when a
    // budget is spent, and stores the budget it returns.
    sim: {
      loop() {
        if (ex === null) return LOOP_BUDGET; // the start function, before any device
        if (state() === REWINDING) {
          ex.asyncify_stop_rewind();
          return LOOP_BUDGET;
        }
        spend(LOOP_BUDGET);
        // A switch delivers nothing: ivtswitch runs with interrupts masked.
        if (!inSwitch) deliver();
        if (mayPreempt()) switchOut(K);
        return LOOP_BUDGET;
      },
    },
  };
  Object.assign(imports.ivt, appImports());

  let instance;
  try {
    instance = await loader.instantiate(module, imports);
  } catch (e) {
    flush();
    if (e instanceof ExitSignal) return e.code;
    throw e;
  }
  ex = instance.exports;
  mem = ex.memory;
  m.machine.memory = mem;
  try {
    apps = (settings.apps || []).map((name) => loadApp(name));
    buildId = buildIdOf([wasmBytes, ...apps.map((A) => A.bytes)]);
  } catch (e) {
    flush();
    if (e instanceof ExitSignal) return e.code;
    throw e;
  }

  /** Application module `name` of an isolated image, beside kernel.wasm,
   *  instantiated with its system calls wired to the kernel's exports. */
  function loadApp(name) {
    const file = path.join(path.dirname(wasm), `${name}.wasm`);
    const bytes = fs.readFileSync(file);
    const A = { name, bytes, module: new WebAssembly.Module(bytes), ex: null };
    codeModules.push(codeModuleOf(bytes));
    A.state = () => A.ex.asyncify_get_state();
    const sys = {};
    for (const imp of WebAssembly.Module.imports(A.module)) {
      if (imp.module !== "ivt_sys") continue;
      const call = ex[`sys_${imp.name}`];
      if (typeof call !== "function") throw new Error(`sim: ${file} imports ivt_sys.${imp.name}, which the kernel does not export (kernel/sys.ts)`);
      sys[imp.name] = (...args) => {
        if (A.ex !== null && A.state() === REWINDING) {
          A.ex.asyncify_stop_rewind();
          rewindNext(K);
        }
        const r = call(...args);
        if (state() === UNWINDING) {
          segEnd(K);
          segBegin(A);
          return 0;
        }
        return r;
      };
    }
    const loop = () => {
      if (A.ex === null) return LOOP_BUDGET; // its start function
      if (A.state() === REWINDING) {
        A.ex.asyncify_stop_rewind();
        return LOOP_BUDGET;
      }
      spend(LOOP_BUDGET);
      if (!inSwitch) deliver();
      if (mayPreempt()) switchOut(A);
      return LOOP_BUDGET;
    };
    A.imports = { ivt_sys: sys, sim: { loop } };
    A.instantiate = () => {
      noPreempt++;
      try {
        A.ex = null;
        A.ex = new WebAssembly.Instance(A.module, A.imports).exports;
      } finally {
        noPreempt--;
      }
    };
    A.instantiate();
    return A;
  }

  /** Ends the kernel's unwind at the bottom of a thread's stack (or of
   *  the boot context, which is never resumed). */
  let overflowed = 0;
  const stopUnwind = () => {
    if (currentArea) segEnd(K);
    else ex.asyncify_stop_unwind();
  };

  /** Reports a trap through the kernel. Returns an exit code if the kernel
   *  stopped the system, or null if only the thread ended. */
  const trap = (e) => {
    // A trap part way through an unwind or a rewind (the engine's stack ran
    // out while the thread's frames were being saved or rebuilt): the
    // thread ends, so whatever was in progress in any module is abandoned
    // and the kernel's trap path runs normally.
    for (const mod of [K, ...apps]) {
      if (!mod.ex) continue;
      const st = mod.ex.asyncify_get_state();
      if (st === UNWINDING) {
        try {
          mod.ex.asyncify_stop_unwind();
        } catch (e3) {
          if (!(e3 instanceof WebAssembly.RuntimeError)) throw e3;
        }
      }
      if (st === REWINDING) mod.ex.asyncify_stop_rewind();
    }
    rewinds = [];
    const frames = trapFrames(e);
    const kind = trapKind(e);
    crashFrames = frames.map(codeId);
    const backtrace = () => say(frames.map(([index, name]) => `    wasm function ${index}: ${name}\n`).join(""));
    // The report may be switched out part way (it wakes the supervisor of
    // an isolated image, which may be more urgent): the thread's stack then
    // starts at ivttrap, and it resumes by rewinding that call.
    const where = e instanceof MmioTrap ? e.addr : crashFrames[0]; // MmioFault's argument is the address
    const report = () => ex.ivttrap(kind, where);
    if (currentArea) currentArea.resume = report;
    try {
      report();
    } catch (e2) {
      backtrace();
      if (e2 instanceof ExitSignal) return e2.code;
      throw e2;
    }
    backtrace();
    if (state() === UNWINDING) stopUnwind();
    return null;
  };

  /** Runs `call`, turning exit and traps into an exit code (or null: go on). */
  const guarded = (call) => {
    try {
      call();
      return null;
    } catch (e) {
      if (e instanceof ExitSignal) return e.code;
      if (e instanceof WebAssembly.RuntimeError || e instanceof MmioTrap) return trap(e);
      // The engine's stack is sim's thread stack: runaway recursion ends
      // in V8's RangeError, not a RuntimeError. It has unwound every frame
      // down to here, so the kernel's trap path has the whole stack again:
      // trap kind 8 (stack-exhausted), only the running thread ends.
      if (e instanceof RangeError && /call stack size exceeded/i.test(e.message)) return trap(e);
      throw e;
    }
  };

  // The byte-order check every host makes (docs/abi.md, ivtbyteorder):
  // trivially true here, where the host reads memory as bytes.
  const mark = new Uint8Array(ex.memory.buffer, ex.ivtbyteorder(), 4);
  if (mark.join() !== "1,2,3,4") {
    say("\n*** ivt RUNTIME byte order: the host reads linear memory differently from the module\n");
    return finish(6);
  }
  let code = guarded(() => ex.ivtboot(board.module_memory, arenaBytes));
  if (code !== null) return finish(code);
  if (state() === UNWINDING) stopUnwind();
  if (!threadsRunning) return finish(0);

  for (;;) {
    inSwitch = true;
    switchPending = false;
    // ivtswitch runs with interrupts masked (docs/abi.md), as PendSV's
    // does on Cortex-M: the kernel may check that it holds its lock there.
    primask = 1;
    let id = nextId;
    nextId = -1;
    // Only when the kernel did not choose already, or the thread left
    // overflowed its save area, is it asked.
    if (id < 0 || overflowed) {
      code = guarded(() => {
        id = ex.ivtswitch(overflowed);
      });
    }
    overflowed = 0;
    inSwitch = false;
    if (code !== null) return finish(code);
    const area = areas.get(id);
    if (!area) throw new Error(`sim: the kernel switched to thread ${id}, which was never initialised`);
    currentArea = area;
    currentId = id;
    primask = 0; // threads run, and are switched, with interrupts enabled
    code = guarded(() => {
      if (area.started) {
        rewinds = [...area.segs].reverse();
        rewindNext(K);
      }
      area.started = true;
      // The export the thread's stack starts at: its entry, or the trap
      // report it was switched out of.
      if (area.resume) area.resume();
      else ex.ivtthreadentry(id);
    });
    if (code !== null) return finish(code);
    if (state() === UNWINDING) stopUnwind();
  }

  function finish(c) {
    flush();
    return c;
  }
}
