// lm3s6965evb: TI Stellaris LM3S6965 (Cortex-M3) on its evaluation board,
// or QEMU's model of it. Addresses and lines come from board.json through
// the generated config module.

import * as cfg from "ivt-board/config";
import { boardCheck, boardDescribe, boardSetCycleHz, boardSetSpareVectors } from "../../kernel/board";
import { consoleSet } from "../../kernel/console";
import { DeviceRegs } from "../../kernel/devregs";
import { irqAddChip } from "../../kernel/irq";
import { tickStart } from "../../kernel/time";
import { Nvic } from "../../drivers/nvic";
import { Pl011Uart } from "../../drivers/pl011-uart";
import { StellarisGpio } from "../../drivers/stellaris-gpio";
import { StellarisSysctl } from "../../drivers/stellaris-sysctl";
import { SysTick } from "../../drivers/systick";

/** Wires the LM3S6965 devices to the kernel. Thread context (boot). */
export function boardInit(): void {
  const scs = new DeviceRegs(cfg.SCS_BASE, cfg.SCS_SIZE); // the NVIC and SysTick
  const sys = new StellarisSysctl(new DeviceRegs(cfg.SYSCTL_BASE, cfg.SYSCTL_SIZE));
  boardCheck(sys.clockFromPll(cfg.CLOCK_HZ, cfg.SYSCTL_CRYSTAL_HZ), "PLL");
  sys.enableClocks(cfg.UART0_CLOCK_GATE, cfg.UART0_CLOCK_BITS);
  sys.enableClocks(cfg.GPIOA_CLOCK_GATE, cfg.GPIOA_CLOCK_BITS);
  // Granted to applications (board.json grants): the kernel only clocks it.
  sys.enableClocks(cfg.GPTM0_CLOCK_GATE, cfg.GPTM0_CLOCK_BITS);
  new StellarisGpio(new DeviceRegs(cfg.GPIOA_BASE, cfg.GPIOA_SIZE)).useAlternate(cfg.GPIOA_UART0_PINS);
  boardDescribe(cfg.BOARD, cfg.CPU);
  boardSetCycleHz(cfg.CLOCK_HZ);
  consoleSet(new Pl011Uart(new DeviceRegs(cfg.UART0_BASE, cfg.UART0_SIZE), cfg.CLOCK_HZ, cfg.UART0_BAUD), cfg.IRQ_FIRST_VECTOR + cfg.UART0_IRQ);
  boardCheck(irqAddChip(new Nvic(scs, cfg.IRQ_LINES, cfg.IRQ_PRIORITY_BITS)), "NVIC");
  boardSetSpareVectors(cfg.IRQ_FIRST_VECTOR + cfg.IRQ_SPARE_FIRST, cfg.IRQ_SPARE_COUNT);
  boardCheck(tickStart(new SysTick(scs, cfg.CLOCK_HZ), cfg.TICK_HZ), "system tick");
}
