// Interrupts: the public surface, re-exported from kernel/irq/, so that
// drivers, applications, tests and the rest of the kernel import "./irq"
// whatever file a function lives in. The code is split along Linux's
// kernel/irq seams, one concern a file:
//
//   irq/descriptors.ts  chips, descriptors (descFor, the pool), IrqHandler
//   irq/manage.ts       irqRequest/irqFree, disable/enable, priority, pend
//   irq/storm.ts        storm rules, spurious vectors, lost EOIs, reports
//   irq/threaded.ts     bottom-half threads, moderation
//   irq/dispatch.ts     dispatchInterrupt: the hot path
//   irq/dump.ts         the shell's `irq` dump
//
// docs/interrupts.md describes the behaviour.

export { IrqDesc, IrqFlags, IrqHandler, IrqReturn, irqAddChip, irqDesc, irqRunCycles } from "./irq/descriptors";
export { irqDisable, irqEnable, irqFree, irqPend, irqRequest, irqSetPriority } from "./irq/manage";
export {
  irqCheckLostEoi, irqLoadDisabledCount, irqLostEoiCount, irqRearm, irqSpuriousCount, irqStormed,
} from "./irq/storm";
export { irqSetCoalescing } from "./irq/threaded";
export { dispatchInterrupt } from "./irq/dispatch";
export { irqDump } from "./irq/dump";
