// sim: kernel.wasm in Node. Addresses and lines come from board.json
// through the generated config module.

import * as cfg from "ivt-board/config";
import { boardCheck, boardDescribe, boardSetCycleHz, boardSetSpareVectors } from "../../kernel/board";
import { consoleSet } from "../../kernel/console";
import { DeviceRegs } from "../../kernel/devregs";
import { irqAddChip } from "../../kernel/irq";
import { tickStart } from "../../kernel/time";
import { SimIntc } from "../../drivers/sim-intc";
import { SimTimer } from "../../drivers/sim-timer";
import { SimUart } from "../../drivers/sim-uart";
import { SimIommu } from "../../drivers/sim-iommu";
import { dmaAttachIommu } from "../../kernel/dma";
import { Lan9118 } from "../../drivers/lan9118";
import { NetDevice } from "../../net/netdev";
import { Mps2Leds } from "../../drivers/mps2-fpgaio";
import { Leds } from "../../kernel/hal";

/** Wires the sim devices to the kernel. Thread context (boot). */
export function boardInit(): void {
  boardDescribe(cfg.BOARD, cfg.CPU);
  boardSetCycleHz(cfg.CLOCK_HZ);
  consoleSet(new SimUart(new DeviceRegs(cfg.UART0_BASE, cfg.UART0_SIZE)), cfg.IRQ_FIRST_VECTOR + cfg.UART0_IRQ);
  boardCheck(irqAddChip(new SimIntc(new DeviceRegs(cfg.INTC_BASE, cfg.INTC_SIZE), cfg.IRQ_FIRST_VECTOR, cfg.IRQ_LINES)), "interrupt controller");
  boardSetSpareVectors(cfg.IRQ_FIRST_VECTOR + cfg.IRQ_SPARE_FIRST, cfg.IRQ_SPARE_COUNT);
  const timer = new SimTimer(new DeviceRegs(cfg.TIMER0_BASE, cfg.TIMER0_SIZE), cfg.IRQ_FIRST_VECTOR + cfg.TIMER0_IRQ);
  boardCheck(tickStart(timer, cfg.TICK_HZ), "system tick");
  // Every DMA access of the machine's devices is checked from boot on.
  boardCheck(dmaAttachIommu(new SimIommu(new DeviceRegs(cfg.IOMMU0_BASE, cfg.IOMMU0_SIZE), cfg.IRQ_FIRST_VECTOR + cfg.IOMMU0_IRQ)), "IOMMU");
}

/** sim's LAN9118-compatible device (arch/sim/devices.js SimLan9118), for an
 *  application that asks for the network ("ivt-board/net"): not started.
 *  Thread context. */
export function boardNetDevice(): NetDevice | null {
  return new Lan9118(new DeviceRegs(cfg.ETH0_BASE, cfg.ETH0_SIZE), cfg.IRQ_FIRST_VECTOR + cfg.ETH0_IRQ);
}

/** The FPGA I/O block's user LEDs, for an application that asks for them
 *  ("ivt-board/leds"). Thread context. */
export function boardLeds(): Leds | null {
  return new Mps2Leds(new DeviceRegs(cfg.FPGAIO_BASE, cfg.FPGAIO_SIZE), cfg.LEDS_COUNT);
}
