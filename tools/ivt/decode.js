// ivt decode: a bugcheck record (docs/crash.md) from a console log or its
// compact line, read against the build folder of the image that made it,
// as an `!analyze -v`-like report: the bucket, what the code and its
// arguments mean, the backtrace with source files and lines, the
// registers, the trace events.
//
//   ivt decode --build DIR [FILE]          FILE: a log or the line; none or "-": stdin
//   ivt decode --board B [--app A] [FILE]  DIR: that image's folder
//
// The folder's ivt-image.json (tools/ivt/build.js IMAGE_MANIFEST) gives the
// build id, the record's size, every function's place in the sources and,
// on a board, every function's address. A record of another build is
// refused: its code addresses would name the wrong functions.

import fs from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { UserError } from "./proc.js";
import { IMAGE_MANIFEST } from "./paths.js";
import { buildIdOf, codeModuleOf, simCodeAt, wasmStaticData } from "./wasm.js";
import { statementAt } from "./sourcemap.js";
import { KIND, BH_WOKEN } from "./trace.js";
import { boardForApp, loadBoard } from "./boards.js";
import { imageDir } from "./gen.js";

/** The compact line's start (kernel/bugcheck.ts writeCompactLine). */
export const RECORD_PREFIX = "*** ivt BUGCHECK-RECORD ";
/** Word 0 of a record of the format this reader knows. */
export const RECORD_FORMAT = 0x49564201;

// The record's words (kernel/bugcheck.ts W_*; docs/crash.md "The record").
const W = { CODE: 1, ARGS: 2, WHERE: 6, CONTEXT: 7, THREAD_ID: 8, BUILD_ID: 9, SEQUENCE: 10, FLAGS: 11, VERSION: 12, THREAD_NAME: 13, BOARD: 17, FRAMES: 21, REGS: 32, EVENTS: 47 };
const MAX = { FRAMES: 10, REGS: 14, EVENTS: 8 };

/** A log or line that holds no record intact. */
export class NoRecord extends UserError {}

/** FNV-1a over 32-bit words, as the compact line's `sum=` (and the host's
 *  no-init area) computes it. */
function wordSum(words) {
  let h = 2166136261;
  for (const w of words) h = Math.imul(h ^ w, 16777619) >>> 0;
  return h >>> 0;
}

/** Every compact line in `text`: [{ line (1-based), words } or { line,
 *  problem }]. A line may carry a prefix (a log's time stamps). */
export function findRecords(text) {
  const out = [];
  text.split(/\r?\n/).forEach((l, i) => {
    const at = l.indexOf(RECORD_PREFIX);
    if (at < 0) return;
    out.push({ line: i + 1, ...parseCompact(l.slice(at + RECORD_PREFIX.length).trim()) });
  });
  return out;
}

/** One compact line's words after the prefix: { words } or { problem }. */
function parseCompact(rest) {
  const m = /^([0-9a-f,]*) sum=([0-9a-f]{8})$/.exec(rest);
  if (!m) return { problem: /sum=/.test(rest) ? "garbled (characters a record does not have)" : "cut short (no checksum at its end)" };
  const fields = m[1].split(",");
  if (fields.length > 256 || fields.some((f) => f.length > 8)) return { problem: "garbled (fields too many or too long)" };
  const words = fields.map((f) => (f === "" ? 0 : parseInt(f, 16) >>> 0));
  if (wordSum(words) !== parseInt(m[2], 16)) return { problem: "damaged (its checksum does not match its words)" };
  if (words[0] !== RECORD_FORMAT) return { problem: `of a format this tool does not read (0x${hex(words[0])})` };
  return { words };
}

const hex = (n, width = 8) => (n >>> 0).toString(16).padStart(width, "0");

/** The image folder's manifest, with what naming its code addresses takes. */
export function loadImage(dir) {
  const file = path.join(dir, IMAGE_MANIFEST);
  if (!fs.existsSync(file)) {
    throw new UserError(`no ${IMAGE_MANIFEST} in ${dir}: not an image's build folder, or built before \`ivt decode\` existed; build the image again (make build BOARD=<board> APP=<app>)`);
  }
  const m = JSON.parse(fs.readFileSync(file, "utf8"));
  const image = { dir, manifest: m, buildId: parseInt(m.build_id, 16) >>> 0 };
  // An abort's message and file are static strings of the kernel module:
  // its data segments, the same on every host.
  const kernel = path.resolve(dir, m.modules[0]);
  if (fs.existsSync(kernel)) image.staticData = wasmStaticData(kernel);
  if (m.arch === "sim") {
    const bytes = m.modules.map((f) => fs.readFileSync(path.resolve(dir, f)));
    // The modules as they are now: sim names code from them directly.
    image.buildId = buildIdOf(bytes);
    image.modules = bytes.map(codeModuleOf);
    // Where each statement is (tools/ivt/build.js statementsOf): sim's
    // offsets are those asc's source map gives.
    image.statements = m.modules.map((f) => {
      const file = path.resolve(dir, f).replace(/\.wasm$/, ".statements.json");
      return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
    });
  } else {
    image.functions = (m.functions || []).map(([addr, size, name]) => ({ addr, size, name })).sort((a, b) => a.addr - b.addr);
  }
  return image;
}

/** The function at code address `addr`: { name, offset, source } or null.
 * `pc`: the record's fault pc, looked up as it is (it may be a function's
 * first instruction), as the image does (arch/native/crash.c is_fault_pc). */
function codeAt(image, addr, pc = null) {
  let found = null;
  if (image.modules) found = simCodeAt(image.modules, addr);
  else {
    // As the image's own lookup does (arch/native/crash.c symbol_of), so
    // that the report and the record name the same function: the Thumb bit
    // dropped on Cortex-M, and the byte before looked up (a return address
    // after a call that does not return may lie past its caller's end).
    const at = image.manifest.arch === "cortex-m" ? (addr & ~1) >>> 0 : addr >>> 0;
    const a = lookupAddress(image, addr, pc);
    let lo = 0;
    let hi = image.functions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = image.functions[mid];
      if (a < f.addr) hi = mid - 1;
      else if (a >= f.addr + f.size) lo = mid + 1;
      else {
        found = { name: f.name, offset: at - f.addr };
        break;
      }
    }
  }
  if (!found) return null;
  return { ...found, source: statementOf(image, addr, found) || image.manifest.lines[found.name] || null };
}

/** The source line of the statement at sim code address `addr` in
 *  function `found` (codeAt), or null: boards run native code, which no
 *  table maps back to AssemblyScript (docs/crash.md, "Source lines"). */
function statementOf(image, addr, found) {
  const table = image.statements && image.statements[found.module];
  if (!table) return null;
  const offset = addr & 0xffffff;
  return statementAt(table, offset, offset - found.offset);
}

/** The address a native frame's code is looked up at, as codeAt does:
 *  the Thumb bit dropped on Cortex-M, and a return address's byte before
 *  (the call), the fault pc itself. */
function lookupAddress(image, addr, pc) {
  const at = image.manifest.arch === "cortex-m" ? (addr & ~1) >>> 0 : addr >>> 0;
  return pc !== null && ((addr ^ pc) & ~1) === 0 ? at : at - 1;
}

/** "file:line (C function)" of each of `addrs` in a native image's ELF,
 *  by the board's addr2line (manifest `elf`, `addr2line`): the frame's own
 *  function, and the innermost function inlined there when there is one
 *  (a load's bounds check, a helper). [] on sim, or when the ELF or the
 *  tool is not there (a folder copied without them). */
function translatedLines(image, addrs) {
  const m = image.manifest;
  if (image.modules || !m.elf || !m.addr2line || !addrs.length) return [];
  const elf = path.resolve(image.dir, m.elf);
  if (!fs.existsSync(elf)) return [];
  const r = spawnSync(m.addr2line, ["-a", "-f", "-i", "-e", elf, ...addrs.map((a) => `0x${a.toString(16)}`)], { encoding: "utf8" });
  if (r.error || r.status !== 0) return [];
  // Per address: its line "0x...", then a function and a file:line for
  // each inlined level, innermost first, the frame's own function last.
  const groups = [];
  for (const line of r.stdout.split("\n")) {
    if (/^0x[0-9a-f]+$/i.test(line)) groups.push([]);
    else if (line && groups.length) groups.at(-1).push(line);
  }
  const place = (fn, at) => `${path.basename(at.replace(/ \(discriminator \d+\)$/, ""))}${fn && fn !== "??" ? ` (${fn})` : ""}`;
  return addrs.map((_, i) => {
    const g = groups[i] || [];
    if (g.length < 2 || g.at(-1).startsWith("??")) return null;
    const own = place(g.at(-2), g.at(-1));
    return g.length > 2 ? `${own}, inlined there: ${place(g[0], g[1])}` : own;
  });
}

/** The module a function belongs to (kernel/bugcheck.ts writeModule). */
function moduleOf(name) {
  if (name.startsWith("drivers/")) return name.slice(8).split("/")[0];
  if (name.startsWith("kernel/")) return "kernel";
  if (name.startsWith("boards/")) return "board";
  return "app";
}

/** Whether a function is the program's own (kernel/bugcheck.ts
 *  isProgramCode): not the runtime's, the crash path's, the allocator's or
 *  the host's C (a name without '/'). */
function isProgramCode(name) {
  return name.includes("/") && !/^(~lib\/|kernel\/panic\/|kernel\/bugcheck\/|kernel\/exports\/ivttrap|kernel\/runtime\/|kernel\/bump\/|kernel\/sys\/sys_abort|kernel\/sys\/sys_out_of_memory|user\/runtime\/|user\/ivt\/appAbort)/.test(name);
}

const TRAP_KINDS = {
  1: ["out-of-bounds", "a memory access outside module memory"],
  2: ["integer-overflow", "an integer conversion or division overflowed"],
  3: ["divide-by-zero", "an integer division by zero"],
  4: ["invalid-conversion", "a float that no integer holds was converted"],
  5: ["unreachable", "an `unreachable` was reached"],
  6: ["bad-indirect-call", "a call through the function table to a missing entry or of the wrong type"],
  7: ["uncaught-exception", "an exception no handler caught"],
  8: ["stack-exhausted", "the stack ran out"],
  9: ["mmio-outside-windows", "an MMIO access outside the allowed windows"],
  10: ["cpu-fault", "the CPU took an exception the kernel did not cause"],
};

/** ` (board.json name, driver)` of the device at `base`, or "". */
function deviceName(devices, base) {
  const d = devices[hex(base)];
  return d ? ` ${d.name} (driver ${d.driver})` : "";
}

const DMA_DIRECTIONS = { 1: "to the device (the device reads memory)", 2: "from the device (the device writes memory)", 3: "both ways" };

/** Name, meaning and the four arguments' explanations of a code. */
function codeInfo(code, args, ctx) {
  const code_ = (n) => (ctx.image ? describeCode(ctx.image, n, ctx.pc) : `0x${hex(n)}`);
  switch (code) {
    case 0xe6:
      return ["DMA_VIOLATION", "A device's DMA transfer was to reach memory outside every live grant of its driver (kernel/dma.ts): blocked by the IOMMU (fatal), or refused by the guard's check before it started (contained).",
        [`the device${deviceName(ctx.devices, args[0])}`, "the address the transfer was to reach", `direction ${args[2]}: ${DMA_DIRECTIONS[args[2]] || "unknown"}`, `${args[3]} bytes`]];
    case 0x101: {
      const k = TRAP_KINDS[args[0]];
      return ["WASM_TRAP", "The code did what the WebAssembly sandbox forbids, and the engine stopped it.",
        [`trap kind ${args[0]}: ${k ? `${k[0]}, ${k[1]}` : "unknown"}`, `code address: ${code_(args[1])}`, "", ""]];
    }
    case 0x102:
    case 0x109:
      return [code === 0x102 ? "ABORT" : "KERNEL_ASSERTION",
        code === 0x102 ? "The program aborted: a throw, a failed assert, a checked access out of range, or `!` on null." : "A check inside the kernel failed (an abort raised in kernel/).",
        [`line ${args[0]}`, `column ${args[1]}`, "the message: a static string's address in module memory (0: made at run time)", "the file name: the same"]];
    case 0x103:
      return ["STACK_OVERFLOW", "A thread overran its stack.",
        [`thread id ${args[0]}`, args[1] === 1 ? "found at a switch: the red zone or canary below the stack was written" : args[1] === 2 ? "found by the stack check on a function's entry" : `found by ${args[1]}`, args[1] === 2 ? `code address: ${code_(args[2])}` : "", ""]];
    case 0x104:
      return ["OUT_OF_MEMORY", "An allocation did not fit.", [`${args[0]} bytes needed`, `${args[1]} bytes free`, args[2] === 1 ? "in an isolated application's heap" : "in the kernel's heap", ""]];
    case 0x105:
      return ["MMIO_VIOLATION", "An access outside the register windows it may use was stopped.",
        ["the address", args[1] ? `width ${args[1]} bytes` : "width unknown", args[2] ? "the device window's base" : "0: the board's windows", args[2] ? "the window's size" : ""]];
    case 0x106:
      return ["CPU_FAULT", "The CPU took an exception the kernel did not cause (docs/crash.md gives the registers per CPU).",
        ["the exception (Cortex-M) or vector (ColdFire) number", `pc: ${code_(args[1])}`, "fault status (Cortex-M CFSR; ColdFire the frame's FS bits)", "fault address (0: none valid)"]];
    case 0x107:
      return ["INTERRUPT_STORM", "A storm rule disabled an interrupt line.",
        [`vector ${args[0]}`, `the rule's threshold (${args[1]})`, ["", "rule 1: nobody cared (no handler claimed it)", "rule 2: never quieted", "rule 3: a burst between two ticks"][args[2]] || `rule ${args[2]}`, handlerName(ctx.image, args[3])]];
    case 0x108:
      return ["INTERRUPT_LOAD", "Interrupts on one line kept threads off the CPU; the line was disabled.", [`vector ${args[0]}`, `over ${args[1]} ticks`, `${args[2]}% of the interrupts`, handlerName(ctx.image, args[3])]];
    default:
      return ["UNKNOWN", "A code this tool does not know (a newer kernel?).", ["", "", "", ""]];
  }
}

/** Argument 4 of a storm or load record: the name of the line's first
 *  named handler (IrqHandler.name), a static string of the image. */
function handlerName(image, addr) {
  if (!addr) return "no handler on the line has a name";
  const name = image ? staticText(image, addr) : null;
  return name === null ? "a handler's name, not a string of this image" : `the line's handler: ${name}`;
}

/** `name+0xoff  (file:line)` for a code address, or the address. */
function describeCode(image, addr, pc = null) {
  const c = codeAt(image, addr, pc);
  if (!c) return `0x${hex(addr)}`;
  return `${c.name}+0x${c.offset.toString(16)}${c.source ? `  (${c.source})` : ""}`;
}

function text16(words, at) {
  let s = "";
  for (let i = 0; i < 16; i++) {
    const c = (words[at + (i >> 2)] >>> ((i & 3) * 8)) & 0xff;
    if (c === 0) break;
    s += String.fromCharCode(c);
  }
  return s;
}

function contextText(words) {
  const ctx = words[W.CONTEXT];
  const kind = ctx & 3;
  const thread = () => `thread '${text16(words, W.THREAD_NAME)}' (id ${words[W.THREAD_ID]})`;
  if (kind === 2) return `interrupt: vector ${ctx >>> 16}, nesting depth ${(ctx >>> 8) & 0xff}${words[W.THREAD_ID] !== 0xffffffff ? `, over ${thread()}` : ""}`;
  if (kind === 1) return thread();
  return "boot (before threads ran)";
}

const STATES = ["free", "ready", "blocked", "suspended", "dead"];

/** One trace event in words (docs/trace.md). */
export function eventText(word) {
  const kind = word >>> 24;
  const arg = word & 0xffffff;
  const st = (arg >>> 16) & 7;
  const old = (arg >>> 19) & 7;
  switch (kind) {
    case KIND.IrqEntry:
      return `interrupt entry, vector ${arg}`;
    case KIND.IrqExit:
      return `interrupt exit, vector ${arg & ~BH_WOKEN}${arg & BH_WOKEN ? ", bottom half woken" : ""}`;
    case KIND.BottomHalfStart:
      return `bottom half start, vector ${arg}`;
    case KIND.BottomHalfEnd:
      return `bottom half end, vector ${arg}`;
    case KIND.Switch:
      return `switch to thread ${arg & 0xff}${old ? ` (${STATES[old] || old} until now: woken or resumed)` : ""}; the one before is now ${STATES[st] || st}`;
    case KIND.Wake:
      return `wake thread ${arg & 0xff} (${STATES[old] || old} -> ${STATES[st] || st})`;
    case KIND.WorkStart:
      return `work item start, worker thread ${arg}`;
    case KIND.WorkEnd:
      return `work item end, worker thread ${arg}`;
    case KIND.State:
      return `thread ${arg & 0xff}: ${STATES[old] || old} -> ${STATES[st] || st}`;
    default:
      return `kind ${kind}, argument 0x${arg.toString(16)}`;
  }
}

/** The report of one record's `words` against `image` (loadImage). */
export function analyze(words, image) {
  const recordWords = image.manifest.record_words || 64;
  const w = [...words, ...new Array(Math.max(0, recordWords - words.length)).fill(0)];
  const fits = (at, max, width) => (at + 1 >= recordWords ? 0 : Math.min(max, Math.floor((recordWords - at - 1) / width)));
  const code = w[W.CODE];
  const args = w.slice(W.ARGS, W.ARGS + 4);
  const devices = image.manifest.devices || {};
  const nRegs = Math.min(w[W.REGS], fits(W.REGS, MAX.REGS, 1));
  const pc = nRegs > 1 ? w[W.REGS + 2] : null; // register 1 is the pc on every arch
  const [name, meaning, explained] = codeInfo(code, args, { image, devices, pc });
  const frames = w.slice(W.FRAMES + 1, W.FRAMES + 1 + Math.min(w[W.FRAMES], fits(W.FRAMES, MAX.FRAMES, 1)));
  // Charged as the kernel charges it: word 6, else the first frame that is
  // the program's own.
  let charged = null;
  for (const a of [w[W.WHERE], ...frames]) {
    if (!a) continue;
    const c = codeAt(image, a, pc);
    if (c && isProgramCode(c.name)) {
      charged = { addr: a, ...c };
      break;
    }
  }
  let bucket;
  if (code === 0xe6) {
    // A device did it: charged to its driver (kernel/bugcheck.ts writeBucket).
    const dev = devices[hex(args[0])];
    bucket = `0xE6_${dev ? dev.driver : "unknown"}!device@${hex(args[0])}`;
    charged = null;
  } else if ((code === 0x107 || code === 0x108) && args[3] && staticText(image, args[3]) !== null) {
    // A line's doing: charged to its handler by name (kernel/bugcheck.ts writeBucket).
    bucket = `0x${code.toString(16).toUpperCase()}_${staticText(image, args[3])}!irq@${args[0]}`;
    charged = null;
  } else if (charged) bucket = `0x${code.toString(16).toUpperCase()}_${moduleOf(charged.name)}!${charged.name}`;
  else if (code === 0x103 && !w[W.WHERE] && !frames.length && (w[W.CONTEXT] & 3) === 1) bucket = `0x103_thread!${text16(w, W.THREAD_NAME)}`;
  else bucket = `0x${code.toString(16).toUpperCase()}_unknown!0x${hex(w[W.WHERE] || frames[0] || 0)}`;
  const v = w[W.VERSION];
  const out = [];
  const rule = "*".repeat(79);
  out.push(rule, `*${"Bugcheck Analysis (ivt decode)".padStart(54).padEnd(77)}*`, rule, "");
  out.push(`${name} (${code.toString(16)})`, meaning, "Arguments:");
  args.forEach((a, i) => out.push(`Arg${i + 1}: ${hex(a)}${explained[i] ? `, ${explained[i]}` : ""}`));
  out.push("");
  if (code === 0x102 || code === 0x109) {
    const msg = staticText(image, args[2]);
    const file = staticText(image, args[3]);
    if (msg !== null && file !== null) out.push(`MESSAGE: ${msg} at ${file}:${args[0]}:${args[1]}`, "");
  }
  out.push(`FAILURE_BUCKET_ID:  ${bucket}`);
  out.push(`BUCKET_ID_FUNC_OFFSET:  ${charged ? `0x${charged.offset.toString(16)}` : "unknown"}`);
  if (charged) out.push(`FAULTING_SOURCE:  ${charged.source || "unknown (no line for this function in the build)"}`);
  out.push(`MODULE_NAME:  ${code === 0xe6 ? bucket.slice(5, bucket.indexOf("!")) : charged ? moduleOf(charged.name) : "unknown"}`);
  out.push(`OS_VERSION:  ivt ${v >>> 16}.${(v >>> 8) & 0xff}.${v & 0xff}`);
  out.push(`BUILD_ID:  ${hex(w[W.BUILD_ID])} (matches ${image.dir})`);
  out.push(`BOARD:  ${text16(w, W.BOARD)}`);
  out.push(`CONTEXT:  ${contextText(w)}`);
  out.push(`FAULT:  ${w[W.FLAGS] & 1 ? "fatal (the system stopped)" : "contained (the system went on)"}; ${w[W.SEQUENCE]} since the record was last cleared`);
  out.push("", "STACK_TEXT:");
  if (!frames.length) out.push("  (none recorded)");
  frames.forEach((a, i) => {
    const c = codeAt(image, a, pc);
    out.push(`  #${i} 0x${hex(a)} ${c ? `${c.name}+0x${c.offset.toString(16)}` : "?"}${c && c.source ? `  ${c.source}` : ""}`);
  });
  const cLines = translatedLines(image, frames.map((a) => lookupAddress(image, a, pc)));
  if (cLines.length) {
    out.push("", "TRANSLATED_C_SOURCE (the frames above in the C that wasm2c made, from the image's DWARF):");
    cLines.forEach((l, i) => l && out.push(`  #${i} ${l}`));
  }
  if (nRegs) {
    out.push("", "REGISTERS:");
    const names = image.manifest.registers || [];
    for (let i = 0; i < nRegs; i++) out.push(`  ${(names[i] || `r${i}`).padEnd(14)} ${hex(w[W.REGS + 1 + i])}`);
  }
  const nEvents = Math.min(w[W.EVENTS], fits(W.EVENTS, MAX.EVENTS, 2));
  if (nEvents) {
    out.push("", "LAST_EVENTS (oldest first; counter ticks after the first):");
    const first = w[W.EVENTS + 1];
    for (let i = 0; i < nEvents; i++) {
      const stamp = w[W.EVENTS + 1 + 2 * i];
      out.push(`  ${String((stamp - first) | 0).padStart(11)}  ${eventText(w[W.EVENTS + 2 + 2 * i])}`);
    }
  }
  out.push("");
  return out.join("\n");
}

/** A static string of the kernel module (sim: its data segments), or null. */
function staticText(image, addr) {
  if (!image.staticData) return null;
  const d = image.staticData;
  if (addr < 64 || addr + 4 > d.length || addr & 3) return null;
  const bytes = d.readUInt32LE(addr - 4);
  if (bytes > d.length - addr || bytes & 1) return null;
  return d.toString("utf16le", addr, addr + bytes);
}

/** Reads `text` (a log or a compact line) and returns the reports of its
 *  records against the image in `dir`. Throws NoRecord when it holds none
 *  intact, UserError when every intact record is of another build (those
 *  beside one of this build are skipped, each with a note). */
export function decodeText(text, dir, source = "the input") {
  const found = findRecords(text);
  const good = found.filter((r) => r.words);
  if (!good.length) {
    if (!found.length) throw new NoRecord(`no bugcheck record found in ${source} (a record is a line starting "${RECORD_PREFIX.trim()}")`);
    throw new NoRecord(`no bugcheck record found intact in ${source}: ${found.map((r) => `line ${r.line} is ${r.problem}`).join("; ")}`);
  }
  const image = loadImage(dir);
  const reports = [];
  // A record is printed at the fault, at the next boot and by `crash`:
  // each record once, saying on which lines it was.
  const seen = new Map();
  for (const r of good) {
    const key = r.words.join(",");
    if (seen.has(key)) seen.get(key).push(r.line);
    else seen.set(key, [r.line]);
  }
  const foreign = [];
  for (const [key, lines] of seen) {
    const words = key.split(",").map(Number);
    const id = words[W.BUILD_ID] >>> 0;
    // A log may hold records of an earlier build (the device was flashed
    // since): those are skipped by name; only a log with no record of this
    // build is refused.
    if (id !== image.buildId) foreign.push({ line: lines[0], id });
    else reports.push(`${source}, line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}:\n${analyze(words, image)}`);
  }
  if (!reports.length) {
    const { line, id } = foreign[0];
    throw new UserError(`the record on line ${line} of ${source} is of build ${hex(id)}, but the image in ${dir} is build ${hex(image.buildId)}: refusing to name its code addresses from another build. Decode it against the folder of the image that ran, or rebuild that image from the same sources (same board and app) first.`);
  }
  const bad = found.filter((r) => !r.words).map((r) => `line ${r.line} of ${source} is ${r.problem}: skipped`);
  for (const f of foreign) bad.push(`line ${f.line} of ${source} is a record of build ${hex(f.id)}, not this image's ${hex(image.buildId)}: skipped`);
  return { reports, skipped: bad };
}

/** `ivt decode`: the record(s) in `file` (a path; none or "-": stdin)
 *  against the image folder `build`, or the image of `board` and `app`.
 *  Prints the reports; resolves to 0. */
export async function runDecode({ build, board, app, file }) {
  let dir = build;
  if (!dir) {
    if (!board) throw new UserError("usage: ivt decode --build DIR [FILE]  or  ivt decode --board B [--app A] [FILE] (DIR: the image's build folder, e.g. build/mps2-an385/demo)");
    dir = imageDir(boardForApp(loadBoard(board), app), app);
  }
  if (!fs.existsSync(dir)) throw new UserError(`${dir}: no such build folder (build the image first: make build BOARD=<board> APP=<app>)`);
  const source = !file || file === "-" ? "stdin" : file;
  if (source !== "stdin" && !fs.existsSync(file)) throw new UserError(`${file}: no such file`);
  const text = fs.readFileSync(source === "stdin" ? 0 : file, "latin1");
  const { reports, skipped } = decodeText(text, dir, source);
  for (const s of skipped) console.error(`ivt decode: ${s}`);
  process.stdout.write(reports.join("\n"));
  return 0;
}
