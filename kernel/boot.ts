// Boot: from the host's call of ivtboot to the application's main.
//
//   host: instantiate kernel.wasm (start function: the generated entry
//         calls bootConfigure with the board's init and the app's main)
//   host: ivtboot(memoryBytes)
//         -> check the module's data fits the memory the host really has
//         -> board init (drivers, console, interrupt chips, tick)
//         -> banner, through the console driver
//         -> app main; its return value is the exit code

import { KERNEL_VERSION } from "./version";
import { boardNameOf, cpuNameOf } from "./board";
import { kputln, kputs, kputu } from "./console";
import { setPhase } from "./context";
import { portExit } from "./port";
import { ExitCode } from "./panic";

let boardInit: () => void = noBoard;
let appMain: () => i32 = noApp;
let memoryBytes: u32 = 0;

function noBoard(): void {}
function noApp(): i32 {
  kputln("ivt: no application was linked");
  return ExitCode.Ok;
}

/** Names the board's init and the application's main. Called once by the
 *  generated entry module before the host calls ivtboot. Thread context. */
export function bootConfigure(board: () => void, app: () => i32): void {
  boardInit = board;
  appMain = app;
}

/** Bytes of linear memory the host really gives the module (may be less
 *  than one 64 KiB WebAssembly page). Any context. */
export function moduleMemoryBytes(): u32 {
  return memoryBytes;
}

/** Prints the boot banner through the console. Thread context. */
export function printBanner(): void {
  kputs("ivt ");
  kputs(KERNEL_VERSION);
  kputs(" on ");
  kputs(boardNameOf());
  kputs(" (");
  kputs(cpuNameOf());
  kputs("), module memory ");
  kputu(memoryBytes);
  kputs(" bytes, ");
  kputu(<u32>__heap_base);
  kputln(" used at boot");
}

/** The body of the exported ivtboot. Returns only if the host's exit does. */
export function boot(hostMemoryBytes: u32): i32 {
  memoryBytes = hostMemoryBytes;
  setPhase("boot");
  if (<u32>__heap_base > hostMemoryBytes) {
    kputln("ivt: module data does not fit the memory the host gives it");
    portExit(ExitCode.Abort);
    return ExitCode.Abort;
  }
  boardInit();
  printBanner();
  setPhase("main");
  const code = appMain();
  portExit(code);
  return code;
}
