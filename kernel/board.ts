// What the kernel knows of the board it runs on: names for the banner and
// the interrupt vectors no device uses, which tests and applications may
// pend by software. A board's board.ts calls these during its init.

import { Err } from "./errors";
import { abortBoardInit } from "./panic";

let boardName: string = "unknown";
let cpuName: string = "unknown";
let cycleHz: u32 = 0;
let spareFirst: u32 = 0;
let spareCount: u32 = 0;

/** Records the board and CPU names shown in the banner. Thread context (board init). */
export function boardDescribe(board: string, cpu: string): void {
  boardName = board;
  cpuName = cpu;
}

/** Declares `count` vectors from `first` that no device raises. Thread context (board init). */
export function boardSetSpareVectors(first: u32, count: u32): void {
  spareFirst = first;
  spareCount = count;
}

/** Declares the rate of the host's cycle counter (portCycles). Thread context (board init). */
export function boardSetCycleHz(hz: u32): void {
  cycleHz = hz;
}

let cycleBits: u32 = 32;

/** Declares the width in bits of the cycle counter behind portCycles when
 *  it is under 32: the host extends a narrower counter in software, which
 *  sees every wrap only if something reads it at least once per wrap.
 *  Thread context (board init). */
export function boardSetCycleBits(bits: u32): void {
  cycleBits = bits == 0 || bits > 32 ? 32 : bits;
}

/** Width in bits of the counter behind portCycles (32 unless the board
 *  said less): portCycles wraps at 2^32 either way, but a narrower counter
 *  must be read at least every 2^bits cycles. Any context. */
export function boardCycleBits(): u32 {
  return cycleBits;
}

/** Cycles of portCycles per second; 0 if the board did not say. Any context. */
export function boardCycleHz(): u32 {
  return cycleHz;
}

/** The board's name. Any context. */
export function boardNameOf(): string {
  return boardName;
}

/** The CPU's name. Any context. */
export function cpuNameOf(): string {
  return cpuName;
}

/** How many spare vectors the board declared. Any context. */
export function boardSpareCount(): u32 {
  return spareCount;
}

/** The i-th spare vector, or -1 if the board declared fewer. Any context. */
export function boardSpareVector(i: u32): i32 {
  return i < spareCount ? <i32>(spareFirst + i) : -1;
}

/** Stops the boot with a report when a board init step failed: a board
 *  that cannot wire its devices must not run half-configured. The report
 *  allocates nothing (kernel/panic.ts abortBoardInit). Thread context
 *  (board init). */
export function boardCheck(err: Err, step: string): void {
  if (err != Err.Ok) abortBoardInit(step, err);
}
