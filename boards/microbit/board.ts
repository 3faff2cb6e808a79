// microbit: BBC micro:bit v1 (nRF51822, Cortex-M0) on QEMU's model.
// Addresses, lines and pins come from board.json through the generated
// config module. The nRF51 has no SysTick: the tick is TIMER0.

import * as cfg from "ivt-board/config";
import { boardCheck, boardDescribe, boardSetCycleHz, boardSetSpareVectors } from "../../kernel/board";
import { consoleSet } from "../../kernel/console";
import { DeviceRegs } from "../../kernel/devregs";
import { irqAddChip } from "../../kernel/irq";
import { tickStart } from "../../kernel/time";
import { Nrf51Uart } from "../../drivers/nrf51-uart";
import { Nrf51Timer } from "../../drivers/nrf51-timer";
import { Nvic } from "../../drivers/nvic";

/** Wires the nRF51 devices to the kernel. Thread context (boot). */
export function boardInit(): void {
  const scs = new DeviceRegs(cfg.SCS_BASE, cfg.SCS_SIZE); // the NVIC and SysTick
  boardDescribe(cfg.BOARD, cfg.CPU);
  boardSetCycleHz(cfg.CLOCK_HZ);
  const uart = new Nrf51Uart(new DeviceRegs(cfg.UART0_BASE, cfg.UART0_SIZE), cfg.CLOCK_HZ, cfg.UART0_BAUD, cfg.UART0_TX_PIN, cfg.UART0_RX_PIN);
  consoleSet(uart, cfg.IRQ_FIRST_VECTOR + cfg.UART0_IRQ);
  boardCheck(irqAddChip(new Nvic(scs, cfg.IRQ_LINES, cfg.IRQ_PRIORITY_BITS, false)), "NVIC");
  boardSetSpareVectors(cfg.IRQ_FIRST_VECTOR + cfg.IRQ_SPARE_FIRST, cfg.IRQ_SPARE_COUNT);
  const tick = new Nrf51Timer(new DeviceRegs(cfg.TIMER0_BASE, cfg.TIMER0_SIZE), cfg.CLOCK_HZ, cfg.IRQ_FIRST_VECTOR + cfg.TIMER0_IRQ);
  boardCheck(tickStart(tick, cfg.TICK_HZ), "system tick");
}
