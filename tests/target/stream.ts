// Stream and message buffers (issue 13): all-or-none writes, trigger
// levels, whole messages, and the misuse a new user might try. Written
// against the package "ivt": the kernel's suite and an application module
// (tests/suite-app-objects) run the same tests, the buffers' storage in the
// kernel heap (createInHeap, the call both have). The UART-to-thread path
// from a top half and buffers over a caller's own memory are the kernel
// suite's (stream-kernel.ts).

import { test, checkEq } from "./harness";
import { cleanup, spawn } from "./util";
import {
  Box, Err, FOREVER, MAIN_PRIORITY, MessageBuffer, NO_WAIT, StreamBuffer, threadJoin, ThreadState, threadState,
} from "ivt";

export const sb = new StreamBuffer();
const mb = new MessageBuffer();
const got = new Box<u32>();
export const gotT = new Box<u32>();
const out = memory.data(16);
export const outT = memory.data(16);
const src = memory.data(16);
export const res = new StaticArray<u32>(4);

export function readStream(arg: u32): void {
  res[0] = sb.read(outT, 16, gotT, FOREVER);
}

function writeStream(len: u32): void {
  res[1] = sb.write(src, len, FOREVER);
}

function readMessage(arg: u32): void {
  res[2] = mb.read(outT, 16, gotT, FOREVER);
}

export function streamTests(): void {
  test("stream: writes are all or none; a waiting writer gets in when a read makes room; NO_WAIT reads what is there", () => {
    checkEq(sb.createInHeap(8), Err.Ok, "create");
    for (let i: u32 = 0; i < 16; i++) store<u8>(src + i, <u8>(0x40 + i));
    checkEq(sb.write(src, 6, NO_WAIT), Err.Ok, "6 of 8");
    checkEq(sb.spaces(), 2, "2 left");
    checkEq(sb.write(src, 3, NO_WAIT), Err.WouldBlock, "3 do not fit: none written");
    checkEq(sb.available(), 6, "still 6");
    checkEq(sb.write(src, 3, 2), Err.Timeout, "nor after a wait");
    const w = spawn(0, "writer", writeStream, 4, MAIN_PRIORITY - 1);
    checkEq(threadState(w), ThreadState.Blocked, "the writer waits");
    checkEq(sb.read(out, 4, got, NO_WAIT), Err.Ok, "read 4");
    checkEq(got.value, 4, "4 read");
    checkEq(threadJoin(w, 10), Err.Ok, "writer ended");
    checkEq(res[1], Err.Ok, "its write went in");
    checkEq(sb.available(), 6, "2 old + 4 new");
    checkEq(sb.read(out, 16, got, NO_WAIT), Err.Ok, "read what is there");
    checkEq(got.value, 6, "6 bytes, across the wrap");
    checkEq(load<u8>(out + 1), 0x45, "the old ones first");
    checkEq(load<u8>(out + 2), 0x40, "then the writer's");
    checkEq(sb.read(out, 16, got, NO_WAIT), Err.WouldBlock, "empty");
    checkEq(sb.read(out, 16, got, 2), Err.Timeout, "nothing came");
    checkEq(sb.write(src, 5, NO_WAIT), Err.Ok, "write");
    checkEq(sb.reset(), Err.Ok, "reset");
    checkEq(sb.available(), 0, "reset: empty");
    checkEq(sb.delete(), Err.Ok, "delete");
    cleanup();
  });

  test("message: whole messages; a short buffer is Overflow and keeps the message; a reader waits for one", () => {
    checkEq(mb.createInHeap(16), Err.Ok, "create");
    for (let i: u32 = 0; i < 16; i++) store<u8>(src + i, <u8>i);
    checkEq(mb.write(src, 5, NO_WAIT), Err.Ok, "5 bytes (9 with the length)");
    checkEq(mb.write(src, 4, NO_WAIT), Err.WouldBlock, "4 + 4 do not fit in 7");
    checkEq(mb.nextLength(), 5, "next: 5 bytes");
    checkEq(mb.read(out, 3, got, NO_WAIT), Err.Overflow, "3 is too short");
    checkEq(got.value, 5, "says how long");
    checkEq(mb.read(out, 16, got, NO_WAIT), Err.Ok, "read");
    checkEq(got.value, 5, "the whole message");
    checkEq(load<u8>(out + 4), 4, "its bytes");
    checkEq(mb.read(out, 16, got, NO_WAIT), Err.WouldBlock, "none left");
    const r = spawn(0, "reader", readMessage, 0, MAIN_PRIORITY - 1);
    checkEq(mb.write(src, 2, NO_WAIT), Err.Ok, "write 2");
    checkEq(threadJoin(r, 10), Err.Ok, "reader ended");
    checkEq(res[2], Err.Ok, "it read");
    checkEq(gotT.value, 2, "the 2-byte message");
    checkEq(mb.write(src, 13, NO_WAIT), Err.Invalid, "13 + 4 over 16: never fits");
    checkEq(mb.write(src, 5, NO_WAIT), Err.Ok, "a message left in it");
    checkEq(mb.delete(), Err.Ok, "delete");
    checkEq(mb.nextLength(), 0, "deleted: no next message");
    checkEq(mb.available(), 0, "deleted: nothing to read");
    checkEq(mb.spaces(), 0, "deleted: no room");
    cleanup();
  });

  test("stream: bad sizes, buffers and deleted buffers are refused; delete wakes a waiting reader", () => {
    checkEq(sb.createInHeap(0), Err.Invalid, "size 0");
    checkEq(sb.createInHeap(16, 0), Err.Invalid, "trigger 0");
    checkEq(sb.createInHeap(16, 17), Err.Invalid, "trigger over the size");
    checkEq(mb.createInHeap(4), Err.Invalid, "a message buffer too small for a message");
    checkEq(sb.write(src, 1, NO_WAIT), Err.Invalid, "not created");
    checkEq(sb.read(out, 1, got, NO_WAIT), Err.Invalid, "not created");
    checkEq(sb.createInHeap(16), Err.Ok, "create");
    checkEq(sb.createInHeap(16), Err.Busy, "twice");
    checkEq(sb.write(src, 0, NO_WAIT), Err.Invalid, "0 bytes");
    checkEq(sb.write(src, 17, NO_WAIT), Err.Invalid, "over the size");
    checkEq(sb.write(0, 4, NO_WAIT), Err.Invalid, "null source");
    checkEq(sb.read(out, 0, got, NO_WAIT), Err.Invalid, "max 0");
    checkEq(sb.read(out, 4, changetype<Box<u32>>(0), NO_WAIT), Err.Invalid, "null count box");
    checkEq(sb.read(out, 4, got, 0x80000000), Err.Invalid, "2^31");
    const r = spawn(0, "reader", readStream, 0, MAIN_PRIORITY - 1);
    checkEq(sb.delete(), Err.Ok, "delete");
    checkEq(threadJoin(r, 10), Err.Ok, "reader ended");
    checkEq(res[0], Err.Deleted, "woken by the delete");
    checkEq(sb.write(src, 1, NO_WAIT), Err.Invalid, "deleted");
    cleanup();
  });
}
