// mps2-an386: Cortex-M4 on QEMU's MPS2 model (the AN385 peripherals). Addresses and lines come
// from board.json through the generated config module.

import * as cfg from "../../build/boards/mps2-an386/config";
import { boardCheck, boardDescribe, boardSetCycleHz, boardSetSpareVectors } from "../../kernel/board";
import { consoleSet } from "../../kernel/console";
import { irqAddChip } from "../../kernel/irq";
import { tickStart } from "../../kernel/time";
import { CmsdkUart } from "../../drivers/cmsdk-uart";
import { Nvic } from "../../drivers/nvic";
import { SysTick } from "../../drivers/systick";

/** Wires the MPS2 devices to the kernel. Thread context (boot). */
export function boardInit(): void {
  boardDescribe(cfg.BOARD, cfg.CPU);
  boardSetCycleHz(cfg.CLOCK_HZ);
  consoleSet(new CmsdkUart(cfg.UART0_BASE, cfg.CLOCK_HZ, cfg.UART0_BAUD), cfg.IRQ_FIRST_VECTOR + cfg.UART0_IRQ);
  boardCheck(irqAddChip(new Nvic(cfg.IRQ_LINES, cfg.IRQ_PRIORITY_BITS)), "NVIC");
  boardSetSpareVectors(cfg.IRQ_FIRST_VECTOR + cfg.IRQ_SPARE_FIRST, cfg.IRQ_SPARE_COUNT);
  boardCheck(tickStart(new SysTick(cfg.CLOCK_HZ), cfg.TICK_HZ), "system tick");
}
