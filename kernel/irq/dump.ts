// The `irq` dump: the shell's `irq` command prints every line's counters
// (Linux's /proc/interrupts, kernel/irq/proc.c). Thread context, through
// the console; nothing here runs in an interrupt.

import { MAX_VECTORS } from "../config";
import { kputc, kputln, kputs, kputu } from "../console";
import { isSaturated } from "../ring";
import { IrqFlags, irqDesc, irqRunCycles } from "./descriptors";
import { percentTenths, writePercent } from "../format";
import { interruptRunCycles, uptimeCycles } from "../stats";
import { irqLostEoiCount, irqSpuriousCount } from "./storm";

/** `n` right-aligned in `width`; a counter that stopped at its top (satInc)
 *  gets a `+`. */
function pad(n: u32, width: i32): void {
  let digits = isSaturated(n) ? 2 : 1;
  for (let x = n; x >= 10; x /= 10) digits++;
  for (let i = digits; i < width; i++) kputc(32);
  kputu(n);
  if (isSaturated(n)) kputc(43);
}

/** Prints the counters of every vector that has a handler or has seen an
 *  interrupt: the console's `irq` command. Times are in cycles; `cpu` is
 *  the share of the time since threads started spent in the line's top
 *  halves (run-time statistics; 0.0% with RUN_STATS off), and a last line
 *  gives all interrupt handling's. Thread context. */
export function irqDump(): void {
  const up = uptimeCycles();
  kputln("irq: vector     count   handled unhandled  spurious  worst-top worst-bh-lat    cpu  state");
  for (let v: u32 = 0; v < MAX_VECTORS; v++) {
    const d = irqDesc(v);
    if (d === null || (d.chain === null && d.count == 0)) continue;
    kputs("irq: ");
    pad(v, 6);
    pad(d.count, 10);
    pad(d.handled, 10);
    pad(d.unhandled, 10);
    pad(d.spurious, 10);
    pad(d.worstTop, 11);
    pad(d.worstLatency, 13);
    writePercent(kputc, percentTenths(irqRunCycles(v), up), 7);
    kputs(d.stormed ? "  disabled (storm)" : d.disableDepth > 0 ? "  disabled" : d.chain === null ? "  no handler" : "  enabled");
    if (d.chain !== null && (d.chain!.flags & IrqFlags.Threaded) != 0) kputs(", threaded");
    if (d.chain !== null && d.chain!.next !== null) kputs(", shared");
    kputln("");
  }
  kputs("irq: spurious vectors ");
  pad(irqSpuriousCount(), 0);
  kputs(", lost EOIs found ");
  pad(irqLostEoiCount(), 0);
  kputs(", all interrupt handling ");
  writePercent(kputc, percentTenths(interruptRunCycles(), up));
  kputln(" of the CPU");
}
