// The isolation test's second application, "rogue" (tests/isolation/app.json,
// restart once): holds a semaphore, tries the kernel with addresses
// outside its memory, then has a thread read its way up through the whole
// address space until it traps. The whole application must end (its
// three threads, its semaphore), restart once, fault again and stay
// ended, while the victim goes on.

import { Err, FOREVER, Semaphore, Thread, consoleWrite, kputln, threadCreate, threadSleep } from "ivt-user";
import { MIN_STACK_BYTES } from "ivt-user";

/** Every thread of this test: the board's smallest stack. */
const STACK: u32 = MIN_STACK_BYTES;

const held = new Semaphore();
const sleeper = new Thread();
const crasher = new Thread();
let sum: u32 = 0;

function sleepForever(arg: u32): void {
  threadSleep(FOREVER);
}

function scan(arg: u32): void {
  // Reads every byte of its memory, then the first byte past it: the
  // wasm bounds check traps there.
  for (let a: usize = 0; ; a += 4) sum += load<u32>(a);
}

export function main(): i32 {
  kputln("rogue: start");
  if (held.create(0, 1) != Err.Ok) return 1;
  if (threadCreate(sleeper, "sleeper", sleepForever, 0, 20, STACK) != Err.Ok) return 2;
  threadSleep(5);
  // Addresses that would be the kernel's in a shared memory: here they
  // are only numbers, checked against this module's memory.
  if (consoleWrite(0x20000000, 16) != Err.Invalid || consoleWrite(0xe000ed08, 4) != Err.Invalid) kputln("rogue: FAILED: a foreign address was accepted");
  if (threadCreate(crasher, "crasher", scan, 0, 20, STACK) != Err.Ok) return 3;
  held.take(FOREVER); // never given: the crasher's trap ends this thread too
  return 0;
}
