// What goes wrong on a line, noticed and contained (Linux's
// kernel/irq/spurious.c): the storm rules that disable a line (nobody
// cared, never quieted, burst, interrupt load), spurious vectors, lost
// ends of interrupt, and the reports, written to the panic console (polled,
// no allocation, safe in interrupt context). None of these stops the
// kernel; a disabled line comes back with irqRearm.
//
// The rules run in dispatch after the handlers and the acknowledge, off
// the way to the first top half.

import { Err } from "../errors";
import { portIrqRestore, portIrqSave, portPanicPutc } from "../port";
import { IRQ_LOAD_TICKS, MAX_VECTORS, RUN_STATS, STORM_BURST, STORM_STILL_ASSERTED, STORM_UNHANDLED, STORM_WINDOW } from "../config";
import { boardCycleHz } from "../board";
import { tickNow, tickRate } from "../ticks";
import { writeDec, writeStr } from "../format";
import { satInc } from "../ring";
import { BugCode, bugcheck, staticStringAddress } from "../bugcheck";
import { interruptCyclesLow } from "../stats";
import { IrqDesc, STILL_BY_READ, STILL_COUNT, STILL_SELF_PENDED, StillAsserted, applyMaskLocked, chipAt, chipFor, irqDesc, noDesc } from "./descriptors";

const spuriousSeen = new StaticArray<u32>(<i32>((MAX_VECTORS + 31) / 32));
let spurious: u32 = 0;
let lostEois: u32 = 0;

// ---- reports (panic console: polled, safe in interrupt context) ---------

function out(c: u32): void {
  portPanicPutc(c);
}

/** Writes `*** ivt IRQ vector N: `, the start of every report. Any
 *  context. */
function reportStart(vector: u32): void {
  writeStr(out, "*** ivt IRQ vector ");
  writeDec(out, vector);
  writeStr(out, ": ");
}

/** Writes `*** ivt IRQ vector N: what` and a newline. Any context. */
export function reportLine(vector: u32, what: string): void {
  reportStart(vector);
  writeStr(out, what);
  out(10);
}

/** Ends the report of a disabled line: how it comes back, one text for
 *  every rule. Any context. */
function writeDisabled(): void {
  writeStr(out, "; line disabled, irqRearm re-enables it");
  out(10);
}

/** Writes `*** ivt IRQ vector N: what; line disabled, ...` and a newline:
 *  the report of a line the kernel disabled. Any context. */
export function reportDisabled(vector: u32, what: string): void {
  reportStart(vector);
  writeStr(out, what);
  writeDisabled();
}

// ---- spurious vectors and lost ends of interrupt -------------------------

/** Interrupts that arrived on a vector without a descriptor: one no chip
 *  serves, or a line never used (no handler was ever requested on it).
 *  Any context. */
export function irqSpuriousCount(): u32 {
  return spurious;
}

/** An interrupt on a vector without a descriptor: counted, reported the
 *  first time per vector. A line a chip serves (never used in thread
 *  context, or the heap had no room for its descriptor) is masked and
 *  acknowledged: nobody will quiet it, and a level line would come back
 *  at once. Interrupt context. */
export function spuriousVector(vector: u32): void {
  spurious = satInc(spurious);
  if (vector >= MAX_VECTORS) {
    reportLine(vector, "spurious (out of range)");
    return;
  }
  const chip = chipFor(vector);
  if (chip !== null) {
    chip.mask(vector);
    chip.ack(vector);
  }
  const bit: u32 = 1 << (vector & 31);
  const w = unchecked(spuriousSeen[vector >> 5]);
  if ((w & bit) != 0) return;
  unchecked((spuriousSeen[vector >> 5] = w | bit));
  if (chip !== null) reportLine(vector, "interrupt on a line with no handler; masked, counted, not reported again");
  else reportLine(vector, "spurious (no controller serves it); counted, not reported again");
}

/** Ends of interrupt found lost and given again. Any context. */
export function irqLostEoiCount(): u32 {
  return lostEois;
}

/** Looks for an end of interrupt that was lost (a vector still in service
 *  when no handler runs) and acknowledges it again, with a report. The
 *  idle thread calls it before it sleeps: a lost EOI blocks its priority
 *  level and every lower one, maybe the tick too, but never the idle
 *  thread. Thread context. */
export function irqCheckLostEoi(): void {
  for (let i = 0; ; i++) {
    const chip = chipAt(i);
    if (chip === null) break;
    const v = chip.inServiceVector();
    if (v < 0) continue;
    lostEois = satInc(lostEois);
    reportLine(<u32>v, "end of interrupt lost (in service with no handler running); acknowledged again");
    chip.ack(<u32>v);
  }
}

// ---- the storm rules -----------------------------------------------------

/** The rules that count interrupts, for their reports. */
enum StormRule {
  NobodyCared,
  NeverQuieted,
  Burst,
}

/** The storm rules, after each interrupt on a described line (acknowledged,
 *  counted). Interrupt context. */
@inline export function stormCheck(d: IrqDesc, vector: u32, claimed: bool): void {
  if (!claimed) {
    if (nobodyCared(d)) {
      stormDisable(d, vector, StormRule.NobodyCared);
      return;
    }
    d.still &= STILL_BY_READ;
  } else {
    // Nothing for the never-quieted rule (no count in a row, no pend by
    // the line's own top half, not a line read from the chip) is one test
    // of one word.
    const still = d.still;
    if (still != 0 && stillAssertedCheck(d, vector, still)) return;
  }
  const now = tickNow();
  if (now != d.burstTick) {
    d.burstTick = now;
    d.burst = 0;
  }
  if (++d.burst > STORM_BURST) {
    stormDisable(d, vector, StormRule.Burst);
  }
}

/** The never-quieted rule after a claimed interrupt on `d`, whose IrqDesc.still
 *  word `still` is not 0: a level line its handler claims but never
 *  quiets is pending again the moment its handlers return, every time; an
 *  interrupt that starves the tick arrives thousands of times without a
 *  tick in between. (An edge line cannot stay asserted: a device that
 *  keeps making edges is a burst.) Returns whether it disabled the line.
 *  Interrupt context. */
function stillAssertedCheck(d: IrqDesc, vector: u32, still: u32): bool {
  if (pendingAgain(d, vector, still)) {
    const n = (still & STILL_COUNT) + 1;
    if (n > STORM_STILL_ASSERTED) {
      d.still = still & STILL_BY_READ;
      stormDisable(d, vector, StormRule.NeverQuieted);
      return true;
    }
    d.still = (still & STILL_BY_READ) | n;
  } else {
    d.still = still & STILL_BY_READ;
  }
  return false;
}

/** Whether `d`'s line is pending again after its handlers claimed it
 *  (`still`: its IrqDesc.still word): never for an edge line; on a
 *  controller where a held level line shows as pending while its
 *  interrupt is active (IrqChip.heldLevelPends, STILL_BY_READ), pending
 *  now (a pend by its own top half shows there too); elsewhere (the NVIC)
 *  pended by one of its own top halves, which irqPend noted
 *  (STILL_SELF_PENDED): the read could see only edges and software pends
 *  there, and skipping it takes about 30 instructions off every claimed
 *  interrupt. Interrupt context. */
function pendingAgain(d: IrqDesc, vector: u32, still: u32): bool {
  if ((still & STILL_BY_READ) != 0) return d.chip.isPending(vector);
  return d.stillAssertedBy != StillAsserted.Never && (still & STILL_SELF_PENDED) != 0;
}

/** Linux's "nobody cared", after an unclaimed interrupt on `d`: more than
 *  STORM_UNHANDLED unclaimed within a window of STORM_WINDOW interrupts.
 *  A window opens at the first unclaimed interrupt after the last one
 *  closed, and the rule fires as soon as the window holds too many: a
 *  claimed interrupt costs the rule nothing. Interrupt context. */
function nobodyCared(d: IrqDesc): bool {
  const count = d.count;
  if (!d.windowOpen || count - d.windowStart > STORM_WINDOW) {
    d.windowOpen = true;
    d.windowStart = count - 1;
    d.windowUnhandled = d.unhandled - 1;
  }
  if (d.unhandled - d.windowUnhandled <= STORM_UNHANDLED) return false;
  d.windowOpen = false; // the next window opens at the next unclaimed one
  return true;
}

// The interrupt-load rule. A level line that is claimed but never quieted
// can re-fire so soon after each return that threads never run, while the
// never-quieted rule sees it not pending (the NVIC pends a level line again
// only at exception return) and the tick still runs between (no burst).
// Tail-chaining hides the return to thread level from software, so the
// rule measures shares instead: over a window of IRQ_LOAD_TICKS ticks'
// worth of cycles, the time spent inside outermost interrupts and each
// line's entries. A window in which interrupts took over LOAD_BUSY_EIGHTHS
// eighths of the cycles and one line had over three quarters of the
// entries disables that line. The time counted
// ends after the rule's own check (loadBusyAdd), so that only the
// statistics' few instructions, the exit, the tail-chain or return and the
// next entry fall outside: the check and the statistics outside too were
// a quarter of a refiring line's cycles on mps2-an385 under QEMU -icount,
// and the share sat at the threshold (74.996%), the rule firing or not as
// unrelated code moved.

/** Eighths of a window's cycles spent in interrupts above which threads
 *  count as having had no CPU (the report says "under a quarter" for the
 *  threads' share: change it with this). */
const LOAD_BUSY_EIGHTHS: u32 = 6;
/** Cycles of IRQ_LOAD_TICKS ticks; 0 until the tick runs (the rule is off). */
let loadWindow: u32 = 0;
/** The current window: its number, start, entries and cycles in
 *  interrupts. */
let loadRun: u32 = 1;
let loadRunStart: u32 = 0;
let loadRunEntries: u32 = 0;
/** The window's cycles in interrupts, counted here only when the run-time
 *  statistics are off: with them on, they are the growth of the
 *  statistics' interrupt total over the window (kernel/stats.ts
 *  interruptCyclesLow, from loadBusyBase), which every interrupt adds to
 *  anyway. */
let loadBusy: u32 = 0;
let loadBusyBase: u32 = 0;
/** Lines disabled by the rule. */
let loadDisabled: u32 = 0;

/** Lines the interrupt-load rule disabled. Any context. */
export function irqLoadDisabledCount(): u32 {
  return loadDisabled;
}

/** The load rule, at the end (`end`) of an outermost interrupt on `d`,
 *  whose time loadBusyAdd adds after. Returns true if it disabled the
 *  line. Interrupt context. */
@inline export function loadCheck(d: IrqDesc, vector: u32, end: u32): bool {
  if (IRQ_LOAD_TICKS == 0) return false;
  if (d.loadRun != loadRun) {
    d.loadRun = loadRun;
    d.loadEntries = 0;
  }
  d.loadEntries++;
  loadRunEntries++;
  const span = end - loadRunStart;
  if (span <= loadWindow) return false;
  // The window is over (or the rule is not set up yet): judge, start anew.
  const busyCycles = RUN_STATS ? interruptCyclesLow() - loadBusyBase : loadBusy;
  const busy = busyCycles > (span >> 3) * LOAD_BUSY_EIGHTHS;
  const mostly = d.loadEntries > (loadRunEntries >> 2) * 3;
  const entries = d.loadEntries;
  const all = loadRunEntries;
  loadRun++;
  loadRunStart = end;
  loadRunEntries = 0;
  if (RUN_STATS) loadBusyBase = interruptCyclesLow();
  else loadBusy = 0;
  if (loadWindow == 0) {
    loadSetup();
    return false;
  }
  if (!busy || !mostly || d.stormed) return false;
  loadDisable(d, vector, entries, all);
  return true;
}

/** Adds an outermost interrupt's `cycles`, from its entry stamp to after
 *  loadCheck, to the window's busy cycles (with the run-time statistics
 *  on, statsInterruptEnd adds the same cycles to the total the rule reads
 *  instead). Interrupt context. */
@inline export function loadBusyAdd(cycles: u32): void {
  if (IRQ_LOAD_TICKS != 0 && !RUN_STATS) loadBusy += cycles;
}

/** Disables the line the load rule caught, and reports it with its
 *  record: `entries` of the window's `all` interrupts were its own. Out of
 *  line (and cold: tools/ivt/build.js), off loadCheck's path. Interrupt
 *  context. */
function loadDisable(d: IrqDesc, vector: u32, entries: u32, all: u32): void {
  loadDisabled = satInc(loadDisabled);
  d.stormed = true;
  d.chip.mask(vector);
  // The tick count is written in, not built into a string (no allocation
  // in a handler).
  reportStart(vector);
  writeStr(out, "interrupt load (threads got under a quarter of the CPU for ");
  writeDec(out, IRQ_LOAD_TICKS);
  writeStr(out, " ticks, over 3/4 of the interrupts on this line)");
  writeDisabled();
  // In percent, in 32 bits (a 64-bit division pulls 700 bytes of libgcc
  // into every image): the counts scaled down first when they are large.
  const scale: u32 = all > 0x1000000 ? 8 : 0;
  const share = ((entries >>> scale) * 100) / max(all >>> scale, 1);
  bugcheck(BugCode.InterruptLoad, vector, IRQ_LOAD_TICKS, share, lineName(d), 0, false);
}

/** Sizes the load rule's window from the cycle and tick rates. */
function loadSetup(): void {
  const hz = tickRate();
  if (hz == 0) return;
  loadWindow = boardCycleHz() / hz * IRQ_LOAD_TICKS;
}

/** Disables the line `rule` caught, and reports it. Interrupt context. */
function stormDisable(d: IrqDesc, vector: u32, rule: StormRule): void {
  d.stormed = true;
  d.chip.mask(vector);
  reportStart(vector);
  writeStormRule(rule);
  writeDisabled();
  const threshold = rule == StormRule.NobodyCared ? STORM_UNHANDLED : rule == StormRule.NeverQuieted ? STORM_STILL_ASSERTED : STORM_BURST;
  bugcheck(BugCode.InterruptStorm, vector, threshold, <u32>rule + 1, lineName(d), 0, false);
}

/** The address of the name of the first handler on `d`'s line that has
 *  one (IrqHandler.name), for a record's fourth argument; 0 when none
 *  has, or the name is not a string of the static data (a record outlives
 *  the heap). Interrupt context. */
function lineName(d: IrqDesc): u32 {
  let h = d.chain;
  while (h !== null) {
    const name = h.name;
    if (name !== null) return staticStringAddress(name);
    h = h.next;
  }
  return 0;
}

/** What `rule` saw, its threshold written in from kernel/config.ts: a
 *  changed constant changes the report, and printing a number allocates
 *  nothing. */
function writeStormRule(rule: StormRule): void {
  if (rule == StormRule.NobodyCared) {
    writeStr(out, "nobody cared");
    writeStr(out, " (more than ");
    writeDec(out, STORM_UNHANDLED);
    writeStr(out, " of the last ");
    writeDec(out, STORM_WINDOW);
    writeStr(out, " unclaimed)");
  } else if (rule == StormRule.NeverQuieted) {
    writeStr(out, "storm (still asserted after its handler, ");
    writeDec(out, STORM_STILL_ASSERTED);
    writeStr(out, " times in a row: never quieted)");
  } else {
    writeStr(out, "storm");
    writeStr(out, " (more than ");
    writeDec(out, STORM_BURST);
    writeStr(out, " interrupts between two ticks)");
  }
}

// ---- after a storm -------------------------------------------------------

/** Re-enables a line a storm rule disabled, with fresh storm counters.
 *  Returns Err.Invalid for a vector no chip serves; Err.NotFound if the
 *  line was not disabled by a storm. Any context. */
export function irqRearm(vector: u32): Err {
  const d = irqDesc(vector);
  if (d === null) return noDesc(vector, Err.NotFound);
  if (!d.stormed) return Err.NotFound;
  const s = portIrqSave();
  stormResetLocked(d);
  applyMaskLocked(d, vector);
  portIrqRestore(s);
  return Err.Ok;
}

/** Fresh storm state for `d`'s line: not disabled, every rule's count
 *  from zero (irqRearm; a line's first handler, as Linux's request_irq).
 *  The caller applies the mask. Lock held. */
export function stormResetLocked(d: IrqDesc): void {
  d.stormed = false;
  d.windowOpen = false;
  d.burst = 0;
  d.still = d.stillAssertedBy == StillAsserted.ByRead ? STILL_BY_READ : 0;
}

/** Whether a storm rule disabled `vector`. Any context. */
export function irqStormed(vector: u32): bool {
  const d = irqDesc(vector);
  return d !== null && d.stormed;
}
