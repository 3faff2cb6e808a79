// Calibration: cycles of portCycles per system tick, measured over 20 ticks.
import { kputln, kputs, kputu, portCycles, threadSleep, ticks } from "../../kernel/ivt";

export function main(): i32 {
  threadSleep(1);
  const t0 = ticks();
  const c0 = portCycles();
  threadSleep(19);
  const c1 = portCycles();
  kputs("calib: ticks ");
  kputu(ticks() - t0);
  kputs(" cycles ");
  kputu(c1 - c0);
  kputln("");
  return 0;
}
