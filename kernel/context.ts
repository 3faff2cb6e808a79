// Where the CPU is: in an interrupt handler or not, and a name for reports.
//
// irqDepth is changed only by ivthandleinterrupt (kernel/irq.ts), with
// interrupts of lower priority blocked by the hardware, so a plain counter
// is safe: every nested handler restores it before it returns.

let irqDepth: u32 = 0;
let phase: string = "boot";

/** Whether the caller runs inside an interrupt handler (top half). Any context. */
@inline export function inInterrupt(): bool {
  return irqDepth != 0;
}

/** Nesting depth of interrupt handlers; 0 in thread context. Any context. */
export function interruptDepth(): u32 {
  return irqDepth;
}

/** Called by ivthandleinterrupt on entry; not for drivers. Interrupt context. */
@inline export function enterInterrupt(): void {
  irqDepth++;
}

/** Called by ivthandleinterrupt on exit; not for drivers. Interrupt context. */
@inline export function leaveInterrupt(): void {
  irqDepth--;
}

/** Names the thread-level activity for crash reports ("boot", "main").
 *  Thread context. */
export function setPhase(name: string): void {
  phase = name;
}

/** The name crash reports use for where the CPU is. Any context. */
export function contextName(): string {
  return irqDepth != 0 ? "interrupt" : phase;
}
