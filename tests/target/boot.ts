// Boot: what the kernel found and set up before main.

import { test, check, checkEq } from "./harness";
import { moduleMemoryBytes } from "../../kernel/boot";
import { consoleUart } from "../../kernel/console";
import { boardNameOf, boardSpareVector } from "../../kernel/board";
import { KERNEL_VERSION } from "../../kernel/version";
import { portCycles } from "../../kernel/port";

export function bootTests(): void {
  test("boot: the host gives the module memory and static data fits in it", () => {
    check(moduleMemoryBytes() > 0, "module memory size");
    check(<u32>__heap_base < moduleMemoryBytes(), "heap base below the end of memory");
  });
  test("boot: the board registered a console and names itself", () => {
    check(consoleUart() !== null, "console driver");
    check(boardNameOf() != "unknown", "board name");
    check(KERNEL_VERSION.length > 0, "kernel version");
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
