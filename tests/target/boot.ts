// Boot: what the kernel found and set up before main.

import { test, check, checkEq, checkSeq, seq, seqReset } from "./harness";
import { joinThread, spawn } from "./util";
import {
  boardNameOf, boardSpareVector, KERNEL_VERSION, kputln, kputs, MAIN_PRIORITY, moduleMemoryBytes, portCycles, Uart,
} from "../../kernel/ivt";
// Internals test: checks that the board registered its console driver, and
// swaps it for one that keeps what is printed (kernel/console.ts
// consoleUart, consoleSet: board wiring rather than application API).
import { consoleRxVector, consoleSet, consoleUart } from "../../kernel/console";

const STATIC_BYTES = memory.data<u8>([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x88]);
const scratch = memory.data(16, 8);

/** A console that keeps the bytes it is given (no allocation: a fixed
 *  buffer). */
const KEPT_MAX = 32;
class KeepingUart extends Uart {
  kept: StaticArray<u8> = new StaticArray<u8>(KEPT_MAX);
  length: i32 = 0;
  putc(c: u32): void {
    if (this.length < KEPT_MAX) this.kept[this.length++] = <u8>c;
  }
  getc(): i32 {
    return -1;
  }
  setRxInterrupt(on: bool): void {}
  clearRxInterrupt(): void {}
  /** Whether the bytes kept are `text`'s characters (ASCII). */
  holds(text: string): bool {
    if (text.length != this.length) return false;
    for (let i = 0; i < this.length; i++) if (<u32>text.charCodeAt(i) != <u32>this.kept[i]) return false;
    return true;
  }
}

/** A string built at run time (not a literal the build can store 8-bit). */
function built(): string {
  return String.fromCharCode(0x61) + String.fromCharCode(0xe9) + "b" + String.fromCharCode(0x20ac);
}

let sink: u32 = 0;
/** Reads past the end of module memory: traps. */
function readPastMemory(arg: u32): void {
  seq("T");
  sink = load<u32>(moduleMemoryBytes() + 4);
  seq("!"); // never: the load traps
}

export function bootTests(): void {
  test("memory: linear memory is little-endian whatever the CPU (stores, loads, data segments)", () => {
    store<u32>(scratch, 0x11223344);
    checkEq(load<u8>(scratch), 0x44, "lowest byte first");
    checkEq(load<u8>(scratch + 3), 0x11, "highest byte last");
    checkEq(load<u16>(scratch + 1), 0x2233, "a halfword across the middle");
    store<u64>(scratch + 8, 0x0102030405060708);
    checkEq(load<u32>(scratch + 8), 0x05060708, "low word of a u64 first");
    checkEq(load<u32>(scratch + 12), 0x01020304, "high word second");
    store<f64>(scratch + 8, 1.0);
    checkEq(load<u8>(scratch + 15), 0x3f, "a double's sign/exponent byte last");
    checkEq(load<u32>(STATIC_BYTES), 0x04030201, "a data segment's bytes in order");
    checkEq(<u32>load<i8>(STATIC_BYTES + 7), <u32>-120, "sign extension of a byte");
    checkEq(<u32>load<i16>(STATIC_BYTES + 6), 0xffff8807, "sign extension of a halfword");
    store<u8>(scratch + 2, 0xaa);
    checkEq(load<u32>(scratch), 0x11aa3344, "a byte store lands in its lane");
  });

  test("boot: the host gives the module memory and static data fits in it", () => {
    check(moduleMemoryBytes() > 0, "module memory size");
    check(<u32>__heap_base < moduleMemoryBytes(), "heap base below the end of memory");
  });
  test("boot: the board registered a console and names itself", () => {
    check(consoleUart() !== null, "console driver");
    check(boardNameOf() != "unknown", "board name");
    check(KERNEL_VERSION.length > 0, "kernel version");
  });
  test("console: kputs prints a literal, an empty one, one with characters outside ASCII and a string built at run time; those characters as '?'", () => {
    const saved = consoleUart();
    const rx = consoleRxVector();
    const keep = new KeepingUart();
    consoleSet(keep, rx);
    kputs("ab");
    kputs("");
    kputln("21 \u00b0C");
    kputs(built());
    if (saved !== null) consoleSet(saved, rx);
    check(keep.holds("ab21 ?C\r\na?b?"), "what was printed (a newline as CR LF)");
  });
  test("threads: a thread whose name has characters outside ASCII is named in its trap report, those as '?'", () => {
    seqReset();
    const bad = spawn(1, "n\u00e4me-\u20ac", readPastMemory, 0, MAIN_PRIORITY);
    check(joinThread(bad, 50), "it ended");
    checkSeq("T", "stopped at the trap");
  });

  test("boot: the board declares spare vectors for software interrupts", () => {
    check(boardSpareVector(0) >= 0, "first spare vector");
    check(boardSpareVector(1) >= 0, "second spare vector");
    checkEq(<u32>boardSpareVector(1000), <u32>-1, "out-of-range spare index");
  });
  test("boot: the cycle counter runs", () => {
    const a = portCycles();
    let x: u32 = 0;
    for (let i = 0; i < 1000; i++) x += i;
    const b = portCycles();
    check(b - a > 0 && b - a < 0x80000000, "cycles advance");
    check(x == 499500, "loop result");
  });
}
