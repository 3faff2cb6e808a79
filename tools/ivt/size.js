// make size: what an image occupies, as a linker memory report shows it,
// plus the module's own memory (the wasm linear memory inside RAM).

import path from "node:path";
import fs from "node:fs";
import { archConfig, buildImage, buildWasm, imageDeepestChain, textTableBytes, wasmTexts } from "./build.js";
import { redZoneNeeded } from "./frames.js";
import { requireTool, step } from "./proc.js";
import { boardForApp, num } from "./boards.js";
import { wasmInfo } from "./wasm.js";
import { measureRam } from "./ramuse.js";
import { kernelSetting, noinitBytes } from "./gen.js";

/** Section name -> size, from `size -A`. */
function sections(b, elf) {
  const tool = requireTool(`${b.toolchain.prefix}size`, b.toolchain.package);
  const out = step(tool, ["-A", elf]);
  const map = {};
  for (const line of out.split("\n")) {
    const m = /^(\.\S+)\s+(\d+)\s+(\d+)/.exec(line);
    if (m) map[m[1]] = Number(m[2]);
  }
  return map;
}

/** text/data/bss of a native image (bss without module memory and stack). */
export function nativeSizes(b, elf) {
  const s = sections(b, elf);
  return {
    text: (s[".text"] || 0) + (s[".ARM.exidx"] || 0),
    data: s[".data"] || 0,
    bss: s[".bss"] || 0,
    moduleMemory: s[".wasm_memory"] || 0,
    threadStacks: s[".stacks"] || 0,
    stack: s[".stack"] || 0,
    symbols: s[".ivt_symbols"] || 0,
    noinit: noinitBytes(b),
  };
}

/** The red zone against what the image's frames need (tools/ivt/frames.js):
 *  one line. */
function redZoneLine(b, image, redZone) {
  const dir = path.dirname(image);
  const objs = fs.readdirSync(dir).filter((f) => f.endsWith(".o")).map((f) => path.join(dir, f));
  const deepest = imageDeepestChain(b, image, objs);
  const entry = archConfig(b).exception_entry_bytes;
  if (deepest === null) return `red zone ${redZone} B (no stack frames measured)`;
  const need = redZoneNeeded(deepest, entry);
  const verdict = redZone >= need ? "holds it" : `${need - redZone} B short, accepted by board.json "red_zone_below_frames"`;
  return `red zone ${redZone} B per stack; needed ${need} B: ${deepest.bytes} B below a checked frame (${deepest.chain.join(" -> ")}; GCC -fcallgraph-info) + exception entry ${entry} B: ${verdict}`;
}

const pct = (used, total) => ((100 * used) / total).toFixed(2) + "%";
const kib = (n) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`);

/** What the minimal two-thread image's RAM, counted whole, should fit in
 *  (FreeRTOS needs 4.3 KB for the same, ThreadX 5.9 KB). */
export const RAM_TARGET = 6 * 1024;

/** The "RAM needed" lines: what the image needs of each part of RAM, from
 *  `m` (tools/ivt/ramuse.js measureRam: peaks of a run to the image's exit;
 *  null: not measured, the reserved sizes are shown) and the sections `z`.
 *  A thread needs its peak plus the red zone (which holds the canary): a
 *  switch finding its SP in the red zone ends it. Returns the lines. */
export function ramNeededLines(z, m, dataEnd, redZone) {
  const row = (what, need, reserved, how) => `  ${what.padEnd(26)} ${String(need).padStart(7)} B  (reserved ${String(reserved).padStart(6)} B) ${how}`;
  const lines = [m ? `RAM needed (measured: a run to ivt_exit under QEMU, exit status ${m.code}; painted stacks, allocator blocks):` : "RAM needed (not measured: reserved sizes):"];
  const cdata = z.data + z.bss;
  lines.push(row("C data + bss", cdata, cdata, "static"));
  lines.push(row("crash record (no-init)", z.noinit, z.noinit, "static: kept over a reset (docs/crash.md)"));
  const mod = m ? m.moduleInUse : z.moduleMemory;
  lines.push(row("module memory", mod, z.moduleMemory, m ? `measured: static data ${dataEnd} + heap peak ${mod - dataEnd}` : "reserved"));
  let stacks = 0;
  for (const t of m ? m.threads : []) {
    const need = Math.min(t.bytes, t.peak + redZone);
    stacks += need;
    lines.push(row(`thread ${t.id} stack`, need, t.bytes, `measured: peak ${t.peak} + red zone ${redZone}`));
  }
  if (!m) {
    stacks = z.threadStacks;
    lines.push(row("thread stacks", stacks, z.threadStacks, "reserved"));
  }
  const irq = m ? Math.min(m.irqStack.bytes, m.irqStack.peak + redZone) : z.stack;
  lines.push(row("main/interrupt stack", irq, z.stack, m ? `measured: peak ${m.irqStack.peak} + red zone ${redZone}` : "reserved"));
  const total = cdata + z.noinit + mod + stacks + irq;
  lines.push(`  total ${total} B (${kib(total)}) against the ${kib(RAM_TARGET)} a minimal two-thread image should fit in (FreeRTOS 4.3 KB, ThreadX 5.9 KB): ${total <= RAM_TARGET ? "within" : `${total - RAM_TARGET} B over`}`);
  return lines;
}

/** Prints the size report of `app` on board `b`; on a native board, runs
 *  the image to measure what its RAM really holds. */
export async function sizeReport(b, app) {
  b = boardForApp(b, app);
  const image = await buildImage(b, app);
  const wasm = b.arch === "sim" ? image : buildWasm(b, app);
  const w = wasmInfo(wasm);
  const moduleBytes = num(b.module_memory);
  console.log(`image ${path.relative(process.cwd(), image)} (board ${b.name}, app ${app})`);
  if (b.arch !== "sim") {
    const z = nativeSizes(b, image);
    console.log(`   text    data     bss  module-mem  thread-stacks  main-stack`);
    console.log(
      `${String(z.text).padStart(7)} ${String(z.data).padStart(7)} ${String(z.bss).padStart(7)} ${String(z.moduleMemory).padStart(11)} ${String(z.threadStacks).padStart(14)} ${String(z.stack).padStart(11)}`,
    );
    const flashUsed = z.text + z.data + z.symbols;
    const ramUsed = z.data + z.bss + z.moduleMemory + z.threadStacks + z.stack + z.noinit;
    console.log(`crash names (symbol table, flash): ${z.symbols} bytes; crash record (no-init RAM): ${z.noinit} bytes`);
    const texts = wasmTexts(wasm);
    console.log(`printed texts (flash, counted in text; no RAM): ${texts.length} texts, ${textTableBytes(texts)} bytes`);
    const flash = num(b.memory.flash.size);
    const ram = num(b.memory.ram.size);
    console.log(`Memory region         Used Size  Region Size  %age Used`);
    console.log(`           FLASH: ${String(flashUsed).padStart(12)} B ${kib(flash).padStart(12)} ${pct(flashUsed, flash).padStart(10)}`);
    console.log(`             RAM: ${String(ramUsed).padStart(12)} B ${kib(ram).padStart(12)} ${pct(ramUsed, ram).padStart(10)}`);
    let m = null;
    try {
      m = await measureRam(b, image, w.dataEnd);
    } catch (e) {
      console.log(`(not measured: ${e.message})`);
    }
    const redZone = kernelSetting(b, "RED_ZONE_BYTES");
    for (const line of ramNeededLines(z, m, w.dataEnd, redZone)) console.log(line);
    console.log(redZoneLine(b, image, redZone));
  }
  console.log(`kernel.wasm: ${w.bytes} bytes (code ${w.code}, data segments ${w.data})`);
  console.log(
    `module memory: ${moduleBytes} bytes, ${w.dataEnd} used by static data at boot (${pct(w.dataEnd, moduleBytes)}), ${moduleBytes - w.dataEnd} left for boot-time allocation`,
  );
}
