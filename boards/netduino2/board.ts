// netduino2: the Netduino Plus 2's STM32F205 (Cortex-M3 at 120 MHz), or
// QEMU's model of it (-M netduino2). Addresses and lines come from
// board.json through the generated config module.
//
// QEMU models neither the RCC nor the GPIO ports of this chip (an access
// there is a bus fault), so this wiring leaves the clock tree and the pins
// at what the board's boot loader set; on a bare chip, enable USART1's and
// TIM2's clocks (RCC APB2ENR bit 4, APB1ENR bit 0) and route PA9/PA10 to
// USART1 (alternate function 7) before boardInit.

import * as cfg from "ivt-board/config";
import { boardCheck, boardDescribe, boardSetCycleHz, boardSetSpareVectors } from "../../kernel/board";
import { consoleSet } from "../../kernel/console";
import { DeviceRegs } from "../../kernel/devregs";
import { irqAddChip } from "../../kernel/irq";
import { tickStart } from "../../kernel/time";
import { Nvic } from "../../drivers/nvic";
import { Stm32Usart } from "../../drivers/stm32-usart";
import { SysTick } from "../../drivers/systick";

/** Wires the STM32F205 devices to the kernel. Thread context (boot). */
export function boardInit(): void {
  const scs = new DeviceRegs(cfg.SCS_BASE, cfg.SCS_SIZE); // the NVIC and SysTick
  boardDescribe(cfg.BOARD, cfg.CPU);
  boardSetCycleHz(cfg.CYCLE_HZ);
  consoleSet(new Stm32Usart(new DeviceRegs(cfg.UART0_BASE, cfg.UART0_SIZE), cfg.UART0_CLOCK_HZ, cfg.UART0_BAUD), cfg.IRQ_FIRST_VECTOR + cfg.UART0_IRQ);
  boardCheck(irqAddChip(new Nvic(scs, cfg.IRQ_LINES, cfg.IRQ_PRIORITY_BITS)), "NVIC");
  boardSetSpareVectors(cfg.IRQ_FIRST_VECTOR + cfg.IRQ_SPARE_FIRST, cfg.IRQ_SPARE_COUNT);
  boardCheck(tickStart(new SysTick(scs, cfg.CLOCK_HZ), cfg.TICK_HZ), "system tick");
}
