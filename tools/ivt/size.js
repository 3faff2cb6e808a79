// make size: what an image occupies, as a linker memory report shows it,
// plus the module's own memory (the wasm linear memory inside RAM).

import path from "node:path";
import { buildImage, buildWasm } from "./build.js";
import { requireTool, step } from "./proc.js";
import { boardForApp, num } from "./boards.js";
import { wasmInfo } from "./wasm.js";

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
  };
}

const pct = (used, total) => ((100 * used) / total).toFixed(2) + "%";
const kib = (n) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`);

/** Prints the size report of `app` on board `b`. */
export function sizeReport(b, app) {
  b = boardForApp(b, app);
  const image = buildImage(b, app);
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
    const flashUsed = z.text + z.data;
    const ramUsed = z.data + z.bss + z.moduleMemory + z.threadStacks + z.stack;
    const flash = num(b.memory.flash.size);
    const ram = num(b.memory.ram.size);
    console.log(`Memory region         Used Size  Region Size  %age Used`);
    console.log(`           FLASH: ${String(flashUsed).padStart(12)} B ${kib(flash).padStart(12)} ${pct(flashUsed, flash).padStart(10)}`);
    console.log(`             RAM: ${String(ramUsed).padStart(12)} B ${kib(ram).padStart(12)} ${pct(ramUsed, ram).padStart(10)}`);
  }
  console.log(`kernel.wasm: ${w.bytes} bytes (code ${w.code}, data segments ${w.data})`);
  console.log(
    `module memory: ${moduleBytes} bytes, ${w.dataEnd} used by static data at boot (${pct(w.dataEnd, moduleBytes)}), ${moduleBytes - w.dataEnd} left for boot-time allocation`,
  );
}
