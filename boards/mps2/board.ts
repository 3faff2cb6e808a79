// The MPS2 boards' wiring, which mps2-an385 (Cortex-M3) and mps2-an386
// (Cortex-M4, the same peripherals) share: board.json "wiring": "mps2".
// Addresses and lines come from the board.json of the board being built,
// through its generated config module ("ivt-board/config": tools/ivt/gen.js).

import * as cfg from "ivt-board/config";
import { boardCheck, boardDescribe, boardSetCycleHz, boardSetSpareVectors } from "../../kernel/board";
import { consoleSet } from "../../kernel/console";
import { DeviceRegs } from "../../kernel/devregs";
import { irqAddChip } from "../../kernel/irq";
import { tickStart } from "../../kernel/time";
import { CmsdkUart } from "../../drivers/cmsdk-uart";
import { Nvic } from "../../drivers/nvic";
import { SysTick } from "../../drivers/systick";
import { Lan9118 } from "../../drivers/lan9118";
import { NetDevice } from "../../net/netdev";
import { Mps2Leds } from "../../drivers/mps2-fpgaio";
import { Leds } from "../../kernel/hal";

/** Wires the MPS2 devices to the kernel. Thread context (boot). */
export function boardInit(): void {
  const scs = new DeviceRegs(cfg.SCS_BASE, cfg.SCS_SIZE); // the NVIC and SysTick
  boardDescribe(cfg.BOARD, cfg.CPU);
  boardSetCycleHz(cfg.CLOCK_HZ);
  consoleSet(new CmsdkUart(new DeviceRegs(cfg.UART0_BASE, cfg.UART0_SIZE), cfg.CLOCK_HZ, cfg.UART0_BAUD), cfg.IRQ_FIRST_VECTOR + cfg.UART0_IRQ);
  boardCheck(irqAddChip(new Nvic(scs, cfg.IRQ_LINES, cfg.IRQ_PRIORITY_BITS)), "NVIC");
  boardSetSpareVectors(cfg.IRQ_FIRST_VECTOR + cfg.IRQ_SPARE_FIRST, cfg.IRQ_SPARE_COUNT);
  boardCheck(tickStart(new SysTick(scs, cfg.CLOCK_HZ), cfg.TICK_HZ), "system tick");
}

/** The LAN9118 (a LAN9220 on the real boards), for an application that
 *  asks for the network ("ivt-board/net"): not started. Thread context. */
export function boardNetDevice(): NetDevice | null {
  return new Lan9118(new DeviceRegs(cfg.ETH0_BASE, cfg.ETH0_SIZE), cfg.IRQ_FIRST_VECTOR + cfg.ETH0_IRQ);
}

/** The FPGA I/O block's user LEDs, for an application that asks for them
 *  ("ivt-board/leds"). Thread context. */
export function boardLeds(): Leds | null {
  return new Mps2Leds(new DeviceRegs(cfg.FPGAIO_BASE, cfg.FPGAIO_SIZE), cfg.LEDS_COUNT);
}
