// What a native image's RAM really holds, measured by running it: QEMU
// starts halted with its GDB stub on a socket, this file sets a breakpoint
// on ivt_exit (every way out of the program passes there) and, once it is
// hit, reads the image's memory through the stub:
//   - every stack's peak: stacks are painted with IVT_STACK_PAINT
//     (arch/native/ivt-native.h: thread stacks at thread_init, the
//     interrupt stack at reset) and grow down, so the painted words left at
//     a stack's low end were never used;
//   - module memory in use: static data, then the boot-time allocator's
//     blocks (kernel/heap-layout.ts: a 4-byte header holding the payload
//     size, the payload aligned to 8) up to the last one ever taken, or
//     the highest non-zero byte if that is higher (the runtime zeroes
//     linear memory at instantiate, and a block given back keeps its
//     header).
// The image is the one `make size` reports, unchanged: no build of its own.

import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { requireTool, step } from "./proc.js";
import { honestTime, qemuCommand } from "./run.js";

/** arch/native/ivt-native.h IVT_STACK_PAINT. */
export const STACK_PAINT = 0x5ac4ed57;
/** arch/native/threads.c CANARY_WORDS: below a thread's painted part. */
const CANARY_BYTES = 16;

/** Symbol name -> { addr, size } from `nm -S` output. */
export function parseNm(text) {
  const map = new Map();
  for (const line of text.split("\n")) {
    const m = /^([0-9a-fA-F]+)(?:\s+([0-9a-fA-F]+))?\s+\S\s+(\S+)$/.exec(line.trim());
    if (m) map.set(m[3], { addr: parseInt(m[1], 16), size: m[2] ? parseInt(m[2], 16) : 0 });
  }
  return map;
}

/** Bytes of `buf` (a stack, lowest address first) used at its peak: all
 *  but the words at its low end that still hold the paint. */
export function stackPeak(buf, littleEndian) {
  let i = 0;
  while (i + 4 <= buf.length && (littleEndian ? buf.readUInt32LE(i) : buf.readUInt32BE(i)) === STACK_PAINT) i += 4;
  return buf.length - i;
}

/** kernel/heap-layout.ts HEAP_ALIGN: every block's payload is aligned to it. */
export const HEAP_ALIGN = 8;

/** Where kernel/bump.ts puts its first block header (heapStart), from
 *  where the static data ends (AssemblyScript's __heap_base). */
export function heapStartFor(dataEnd) {
  return ((dataEnd + 4 + HEAP_ALIGN - 1) & ~(HEAP_ALIGN - 1)) - 4;
}

/** The end of module memory in use: the last block the boot-time allocator
 *  ever took, or the highest non-zero byte, whichever is higher, and never
 *  below the static data. `mem` is linear memory in the module's own byte
 *  order (little-endian). */
export function moduleMemoryInUse(mem, dataEnd) {
  let end = dataEnd;
  let block = heapStartFor(dataEnd);
  // A header's payload size keeps the next payload aligned: 4 mod 8.
  while (block + 4 <= mem.length) {
    const payload = mem.readUInt32LE(block);
    if (payload === 0 || payload % HEAP_ALIGN !== HEAP_ALIGN - 4 || block + 4 + payload > mem.length) break;
    end = Math.max(end, block + 4 + payload);
    block += 4 + payload;
  }
  let top = mem.length;
  while (top > end && mem[top - 1] === 0) top--;
  return Math.max(end, top);
}

/** A client for the few GDB remote-protocol requests needed here. */
class Stub {
  constructor(sock) {
    this.sock = sock;
    this.buf = "";
    this.waiting = null;
    sock.setEncoding("latin1");
    sock.on("data", (d) => this.take(d));
  }

  take(d) {
    this.buf += d;
    for (;;) {
      this.buf = this.buf.replace(/^[+-]+/, "");
      const m = /^\$([^#]*)#[0-9a-fA-F]{2}/.exec(this.buf);
      if (!m) return;
      this.buf = this.buf.slice(m[0].length);
      this.sock.write("+");
      // Run-length encoding: "x*n" repeats x (n - 29) more times.
      const reply = m[1].replace(/(.)\*(.)/g, (_, c, n) => c.repeat(n.charCodeAt(0) - 28));
      const w = this.waiting;
      this.waiting = null;
      if (w) w(reply);
    }
  }

  request(cmd) {
    let sum = 0;
    for (const c of cmd) sum = (sum + c.charCodeAt(0)) & 0xff;
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.sock.write(`$${cmd}#${sum.toString(16).padStart(2, "0")}`);
    });
  }

  async read(addr, len) {
    const parts = [];
    for (let at = 0; at < len; at += 1024) {
      const n = Math.min(1024, len - at);
      const hex = await this.request(`m${(addr + at).toString(16)},${n.toString(16)}`);
      if (!/^([0-9a-fA-F]{2})+$/.test(hex) || hex.length !== 2 * n) throw new Error(`reading 0x${(addr + at).toString(16)}: ${hex}`);
      parts.push(Buffer.from(hex, "hex"));
    }
    return Buffer.concat(parts);
  }
}

function connect(sockPath, deadline) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = net.connect({ path: sockPath });
      s.once("connect", () => resolve(s));
      s.once("error", () => (Date.now() > deadline ? reject(new Error("QEMU's GDB stub did not open")) : setTimeout(attempt, 50)));
    };
    attempt();
  });
}

function withTimeout(p, ms, what) {
  let t;
  return Promise.race([p, new Promise((_, rej) => (t = setTimeout(() => rej(new Error(what)), ms)))]).finally(() => clearTimeout(t));
}

/** Reads `n` 32-bit words of the target at `addr`. */
async function words(stub, addr, n, le) {
  const b = await stub.read(addr, 4 * n);
  return Array.from({ length: n }, (_, i) => (le ? b.readUInt32LE(4 * i) : b.readUInt32BE(4 * i)));
}

/** Runs native image `elf` of board `b` to its exit and measures it.
 *  Resolves to { code, moduleInUse, moduleBytes, threads: [{ id, bytes,
 *  peak }], irqStack: { bytes, peak } }. `dataEnd`: where the module's
 *  static data ends. */
export async function measureRam(b, elf, dataEnd, { timeoutMs = 20000 } = {}) {
  const nm = requireTool(`${b.toolchain.prefix}nm`, b.toolchain.package);
  const sym = parseNm(step(nm, ["-S", elf]));
  const need = (n) => {
    if (!sym.has(n)) throw new Error(`${path.basename(elf)} has no symbol ${n}`);
    return sym.get(n);
  };
  const le = b.arch !== "coldfire";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ivt-ram-"));
  const sockPath = path.join(dir, "gdb.sock");
  // -icount (board.json qemu.icount): interrupts arrive at the same
  // instruction in every run, so the peaks are the same from run to run.
  const [cmd, args] = qemuCommand(b, elf, [...honestTime(b), "-S", "-chardev", `socket,id=ivtgdb,path=${sockPath},server=on,wait=off`, "-gdb", "chardev:ivtgdb"]);
  const qemu = spawn(cmd, args, { stdio: ["ignore", "ignore", "ignore"] });
  try {
    const sock = await connect(sockPath, Date.now() + 10000);
    const stub = new Stub(sock);
    const stop = async () => {
      const exit = need("ivt_exit").addr & ~1; // bit 0: the Thumb bit
      if ((await stub.request(`Z0,${exit.toString(16)},2`)) !== "OK") throw new Error("QEMU refused the breakpoint on ivt_exit");
      const why = await stub.request("c");
      if (!/^[ST]/.test(why)) throw new Error(`the image ended before ivt_exit: ${why}`);
    };
    await withTimeout(stop(), timeoutMs, "the image did not reach ivt_exit in time");
    // At ivt_exit, its argument (the exit status) is in r0 (ARM) or d0
    // (ColdFire): the first of either's GDB register list.
    const r0 = Buffer.from((await stub.request("g")).slice(0, 8), "hex");
    const code = le ? r0.readInt32LE(0) : r0.readInt32BE(0);
    const bottoms = need("ivt_stack_bottom");
    const n = bottoms.size / 4;
    const bottom = await words(stub, bottoms.addr, n, le);
    const top = await words(stub, need("stack_top").addr, n, le);
    const threads = [];
    for (let id = 0; id < n; id++) {
      if (!bottom[id]) continue;
      const buf = await stub.read(bottom[id] + CANARY_BYTES, top[id] - bottom[id] - CANARY_BYTES);
      threads.push({ id, bytes: top[id] - bottom[id], peak: stackPeak(buf, le) });
    }
    const s = need("_sstack").addr;
    const irqBuf = await stub.read(s, need("_estack").addr - s);
    const memSym = need("ivt_module_memory");
    let mem = await stub.read(memSym.addr, memSym.size);
    if (!le) mem = Buffer.from(mem).reverse(); // mirrored: address a at size-1-a (arch/wasm-rt/ivt-runtime.h)
    sock.destroy();
    return {
      code,
      moduleInUse: moduleMemoryInUse(mem, dataEnd),
      moduleBytes: memSym.size,
      threads,
      irqStack: { bytes: irqBuf.length, peak: stackPeak(irqBuf, le) },
    };
  } finally {
    qemu.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
