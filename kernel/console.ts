// The console: text output through the board's Uart driver.
//
// Before a board registers its console (and if it never does) output goes
// to the host's panic console, so early messages are never lost.

import { Uart } from "./hal";
import { portPanicPutc } from "./port";
import { writeDec, writeHex, writeStr } from "./format";

let uart: Uart | null = null;
let rxVector: i32 = -1;

/** Makes `u` the console; its receive interrupt arrives on `rxVector` (-1:
 *  none). Thread context (board init). */
export function consoleSet(u: Uart, rxVec: i32 = -1): void {
  uart = u;
  rxVector = rxVec;
}

/** The vector of the console's receive interrupt, or -1. Any context. */
export function consoleRxVector(): i32 {
  return rxVector;
}

/** The console's driver, or null before the board registered one. Any context. */
export function consoleUart(): Uart | null {
  return uart;
}

/** Writes one byte, turning "\n" into "\r\n" as a terminal expects. Any context. */
export function kputc(c: u32): void {
  const u = uart;
  if (u === null) {
    portPanicPutc(c);
    return;
  }
  if (c == 10) u.putc(13);
  u.putc(c);
}

/** Writes a string. Any context. */
export function kputs(s: string): void {
  writeStr(kputc, s);
}

/** Writes a string and a newline. Any context. */
export function kputln(s: string): void {
  writeStr(kputc, s);
  kputc(10);
}

/** Writes an unsigned decimal number. Any context. */
export function kputu(n: u32): void {
  writeDec(kputc, n);
}

/** Writes `0x` and `width` hex digits. Any context. */
export function kputx(n: u32, width: i32 = 8): void {
  writeHex(kputc, n, width);
}
