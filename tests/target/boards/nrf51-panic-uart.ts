// microbit's own test (its board.json "tests"): the panic console's byte
// against an interrupt handler that writes the same UART before that byte
// has gone out. The nRF51 UART says a byte went out with one event
// (TXDRDY) that software clears: a handler that sends a byte of its own in
// between takes that event, and the panic console, had it not masked
// interrupts, waited for it forever (a crash report's thread hung so when
// a line was typed during the report: arch/native/console.c).
//
// Made to happen every time: the UART's TXDRDY interrupt is on, so the
// panic console's own byte raises it at once; the handler turns it off and
// writes a byte through the console driver, as the shell does.

import * as cfg from "ivt-board/config";
import { test, checkEq, finish } from "../harness";
import { Err, IrqHandler, irqFree, irqRequest, IrqReturn, kputc } from "../../../kernel/ivt";
// Internals test: calls the host ABI's panic_putc (kernel/port.ts), the
// panic console itself, which no application reaches directly, and
// writes the UART's interrupt enables raw, under its driver.
import { mmioWrite32, portPanicPutc } from "../../../kernel/port";

const VECTOR = cfg.IRQ_FIRST_VECTOR + cfg.UART0_IRQ;
const INTENSET: u32 = 0x304;
const INTENCLR: u32 = 0x308;
const INT_TXDRDY: u32 = 1 << 7;

class TxReady extends IrqHandler {
  ran: u32 = 0;
  top(vector: u32): IrqReturn {
    mmioWrite32(cfg.UART0_BASE + INTENCLR, INT_TXDRDY); // once
    this.ran++;
    kputc(46); // '.', through the driver: it writes TXD, waits for TXDRDY, clears it
    return IrqReturn.Handled;
  }
}

export function main(): i32 {
  test("nrf51: a panic console byte survives a handler that writes the UART before it has gone out", () => {
    const h = new TxReady();
    checkEq(irqRequest(VECTOR, h), Err.Ok, "request the UART's line");
    for (let i = 0; i < 3; i++) {
      mmioWrite32(cfg.UART0_BASE + INTENSET, INT_TXDRDY);
      portPanicPutc(33); // '!': raises TXDRDY, so the interrupt; this returned only with the fix
    }
    kputc(10);
    checkEq(h.ran, 3, "the handler ran once per byte");
    checkEq(irqFree(VECTOR, h), Err.Ok, "free the line");
  });
  return finish();
}
