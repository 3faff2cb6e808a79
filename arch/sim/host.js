// The sim board: the host ABI of kernel/port.ts implemented in Node.
//
// Runs the same kernel.wasm as the boards. Interrupts from the simulated
// devices are delivered only at host calls (kernel entry points) while the
// kernel has them unmasked, so a run is a pure function of the image and
// its input: the place for fault injection and reproducible stress tests.
//
// Uses @assemblyscript/loader to instantiate (it also reads strings out of
// linear memory for the abort path); no native code is needed.

import fs from "node:fs";
import loader from "@assemblyscript/loader";
import { Clock, SimIntc, SimTimer, SimUart } from "./devices.js";

/** Cycles charged for each host call: the sim's notion of kernel work. */
const HOST_CALL_COST = 8;

/** Thrown by the exit import to unwind out of the module. */
class ExitSignal extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
}

/** Host exit codes beyond the kernel's own (kernel/panic.ts ExitCode). */
export const SIM_EXIT_HANG = 4;

/** wabt's wasm_rt_trap_t numbers, which the ABI uses, by V8's message. */
const TRAP_KINDS = [
  [/out of bounds|index out of bounds/i, 1],
  [/integer overflow|divide result unrepresentable/i, 2],
  [/divide by zero|remainder by zero/i, 3],
  [/float unrepresentable|invalid conversion/i, 4],
  [/unreachable/i, 5],
  [/null function|function signature mismatch|table index/i, 6],
  [/call stack|stack size exceeded/i, 8],
];

function trapKind(err) {
  for (const [re, kind] of TRAP_KINDS) if (re.test(err.message)) return kind;
  return 5;
}

/** The innermost wasm frame of a trap, as [index, name]. */
function trapSite(err) {
  const m = /at (\S+) \(wasm:\/\/[^)]*wasm-function\[(\d+)\]/.exec(err.stack || "");
  return m ? [Number(m[2]), m[1]] : [0, "?"];
}

/** Parses a number written in board.json as "0x..." or a plain number. */
function num(v) {
  return typeof v === "number" ? v : Number(v);
}

/** Builds the sim machine from board.json: devices placed at their windows. */
function buildMachine(board, write) {
  const clock = new Clock(board.clock_hz);
  const intc = new SimIntc(board.irq.lines);
  const windows = [];
  const place = (name, dev) => {
    const d = board.devices[name];
    windows.push({ name, base: num(d.base), size: num(d.size), dev });
  };
  const uart = new SimUart(write);
  const timer = new SimTimer(clock);
  place("uart0", uart);
  place("timer0", timer);
  place("intc", intc);
  intc.addLevelSource(() => (uart.level() ? 1 << board.devices.uart0.irq : 0));
  intc.addLevelSource(() => (timer.level() ? 1 << board.devices.timer0.irq : 0));
  return { clock, intc, uart, timer, windows };
}

/**
 * Runs a kernel.wasm built for the sim board until it exits.
 * Options: wasm (path), board (parsed board.json), input (bytes for the
 * UART's receiver), maxCycles (a virtual-time limit: past it the run is a
 * hang). Returns the exit code; output goes to stdout.
 */
export async function runSim({ wasm, board, input = "", maxCycles = 1e12 }) {
  const outBuf = [];
  const flush = () => {
    if (outBuf.length) fs.writeSync(1, Buffer.from(outBuf.splice(0)));
  };
  const write = (b) => {
    outBuf.push(b);
    if (b === 10 || outBuf.length > 4096) flush();
  };
  const m = buildMachine(board, write);
  for (const ch of Buffer.from(input)) m.uart.rx.push(ch);

  let primask = 0;
  let exports = null;

  const deliver = () => {
    for (;;) {
      if (primask) return;
      const line = m.intc.next();
      if (line < 0) return;
      m.intc.activate(line);
      exports.ivthandleinterrupt(board.irq.first_vector + line);
    }
  };
  const hostCall = () => {
    m.clock.advance(HOST_CALL_COST);
    if (m.clock.now > maxCycles) {
      flush();
      throw new ExitSignal(SIM_EXIT_HANG);
    }
    deliver();
  };
  const device = (addr, size) => {
    for (const w of m.windows) {
      if (addr >= w.base && addr + size <= w.base + w.size) return [w.dev, addr - w.base];
    }
    exports.ivttrap(9, addr >>> 0); // MmioFault: reports and exits
    throw new ExitSignal(3);
  };
  const mmioRead = (size) => (addr) => {
    hostCall();
    const [dev, off] = device(addr >>> 0, size);
    return dev.read(off) >>> 0;
  };
  const mmioWrite = (size) => (addr, v) => {
    hostCall();
    const [dev, off] = device(addr >>> 0, size);
    dev.write(off, v >>> 0);
  };

  const imports = {
    ivt: {
      irq_save() {
        hostCall();
        const s = primask;
        primask = 1;
        return s;
      },
      irq_restore(s) {
        primask = s ? 1 : 0;
        hostCall();
      },
      switch_request() {
        hostCall();
      },
      idle() {
        hostCall();
        if (m.intc.next() >= 0) return deliver();
        const next = m.clock.nextEvent();
        if (next === Infinity) {
          flush();
          fs.writeSync(1, "sim: the kernel idles with no interrupt that could wake it: hang\n");
          throw new ExitSignal(SIM_EXIT_HANG);
        }
        m.clock.advance(Math.max(0, next - m.clock.now));
        hostCall();
      },
      mmio_read8: mmioRead(1),
      mmio_read16: mmioRead(2),
      mmio_read32: mmioRead(4),
      mmio_write8: mmioWrite(1),
      mmio_write16: mmioWrite(2),
      mmio_write32: mmioWrite(4),
      cycles() {
        hostCall();
        return m.clock.now >>> 0;
      },
      panic_putc(c) {
        write(c & 0xff);
      },
      exit(code) {
        flush();
        throw new ExitSignal(code | 0);
      },
    },
  };

  const bytes = fs.readFileSync(wasm);
  let instance;
  try {
    instance = await loader.instantiate(bytes, imports);
  } catch (e) {
    flush();
    if (e instanceof ExitSignal) return e.code;
    throw e;
  }
  exports = instance.exports;
  try {
    exports.ivtboot(board.module_memory);
    flush();
    return 0;
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    if (!(e instanceof WebAssembly.RuntimeError)) throw e;
    const [index, name] = trapSite(e);
    try {
      exports.ivttrap(trapKind(e), index);
    } catch (e2) {
      flush();
      fs.writeSync(1, `    wasm function ${index}: ${name}\n`);
      if (e2 instanceof ExitSignal) return e2.code;
      throw e2;
    }
    return 3;
  }
}
