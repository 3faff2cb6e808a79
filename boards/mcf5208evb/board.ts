// mcf5208evb: ColdFire MCF5208 on QEMU's model of the evaluation board.
// Addresses and sources come from board.json through the generated
// config module.

import * as cfg from "ivt-board/config";
import { boardCheck, boardDescribe, boardSetCycleBits, boardSetCycleHz, boardSetSpareVectors } from "../../kernel/board";
import { ISOLATED_APPS } from "../../kernel/config";
import { consoleSet } from "../../kernel/console";
import { DeviceRegs } from "../../kernel/devregs";
import { grantHasVector } from "../../kernel/grants";
import { irqAddChip } from "../../kernel/irq";
import { tickStart } from "../../kernel/time";
import { McfIntc, SoftPend } from "../../drivers/mcf-intc";
import { McfPit } from "../../drivers/mcf-pit";
import { McfUart, McfUartTxPend } from "../../drivers/mcf-uart";

/** Wires the MCF5208 devices to the kernel. Thread context (boot). */
export function boardInit(): void {
  boardDescribe(cfg.BOARD, cfg.CPU);
  boardSetCycleHz(cfg.CYCLE_HZ);
  boardSetCycleBits(cfg.CYCLE_BITS);
  const v = cfg.IRQ_FIRST_VECTOR;
  consoleSet(new McfUart(new DeviceRegs(cfg.UART0_BASE, cfg.UART0_SIZE), cfg.CLOCK_HZ, cfg.UART0_BAUD), v + cfg.UART0_IRQ);
  const intc = new McfIntc(new DeviceRegs(cfg.INTC_BASE, cfg.INTC_SIZE), cfg.IRQ_LINES);
  // QEMU 7.2's INTC model ignores writes to INTFRCH/INTFRCL, so a forced
  // (software-pended) source never interrupts; the two idle UARTs'
  // transmitter-ready interrupts stand in for it on the spare lines
  // (tests/tools/qemu-quirks.test.js notices when QEMU forces sources). A
  // UART granted to an application (board.json grants) is that
  // application's device, and no spare line.
  const uart1 = v + cfg.UART1_IRQ;
  const uart2 = v + cfg.UART2_IRQ;
  if (!granted(uart1)) boardCheck(intc.useSoftPend(uart1, uart1TxPend), "UART1 as a soft-pended line");
  if (!granted(uart2)) boardCheck(intc.useSoftPend(uart2, uart2TxPend), "UART2 as a soft-pended line");
  boardCheck(irqAddChip(intc), "INTC");
  setSpareLines(v + cfg.IRQ_SPARE_FIRST, cfg.IRQ_SPARE_COUNT);
  boardCheck(tickStart(new McfPit(new DeviceRegs(cfg.PIT0_BASE, cfg.PIT0_SIZE), cfg.CLOCK_HZ, v + cfg.PIT0_IRQ), cfg.TICK_HZ), "system tick");
}

/** Whether an application was granted the device on `vector` (only an
 *  image with isolated applications has grants). Thread context (boot). */
function granted(vector: u32): bool {
  return ISOLATED_APPS && grantHasVector(vector);
}

/** The spare lines `first` .. `first + count - 1`, less a granted one at
 *  either end (the spare lines are the two UARTs'). Thread context (boot). */
function setSpareLines(first: u32, count: u32): void {
  if (count > 0 && granted(first)) {
    first++;
    count--;
  }
  if (count > 0 && granted(first + count - 1)) count--;
  boardSetSpareVectors(first, count);
}

/** UART1's transmitter-ready interrupt as a soft-pended line: made at the
 *  line's first use, not at boot (an image that never pends it keeps the
 *  heap). Thread context. */
function uart1TxPend(): SoftPend {
  return new McfUartTxPend(new McfUart(new DeviceRegs(cfg.UART1_BASE, cfg.UART1_SIZE), cfg.CLOCK_HZ, 115200));
}

/** The same for UART2. Thread context. */
function uart2TxPend(): SoftPend {
  return new McfUartTxPend(new McfUart(new DeviceRegs(cfg.UART2_BASE, cfg.UART2_SIZE), cfg.CLOCK_HZ, 115200));
}
