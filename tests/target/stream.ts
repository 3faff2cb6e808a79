// Stream and message buffers (issue 13): the UART-to-thread path from a
// top half, all-or-none writes, trigger levels, whole messages, and the
// misuse a new user might try.

import { test, checkEq } from "./harness";
import { cleanup, spawn } from "./util";
import { spare } from "./irqutil";
import {
  Box, Err, FOREVER, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn, MAIN_PRIORITY, MessageBuffer, NO_WAIT,
  portCycles, StreamBuffer, threadJoin, threadSleep, ThreadState, threadState,
} from "../../kernel/ivt";

const storage = new StaticArray<u8>(16);
const sb = new StreamBuffer();
const mb = new MessageBuffer();
const got = new Box<u32>();
const gotT = new Box<u32>();
const out = memory.data(16);
const outT = memory.data(16);
const src = memory.data(16);
const res = new StaticArray<u32>(4);

const base = (): usize => changetype<usize>(storage);

/** A "UART" top half: writes three bytes (n, n + 1, n + 2) per interrupt. */
class Rx extends IrqHandler {
  n: u8 = 0;
  result: Err = Err.Ok;
  top(vector: u32): IrqReturn {
    const b = memory.data(3);
    for (let i: u8 = 0; i < 3; i++) store<u8>(b + i, this.n + i);
    this.n += 3;
    this.result = sb.write(b, 3, NO_WAIT);
    res[3] = sb.write(b, 3, 1); // a timeout in a handler: refused
    return IrqReturn.Handled;
  }
}
const rx = new Rx();

function readStream(arg: u32): void {
  res[0] = sb.read(outT, 16, gotT, FOREVER);
}

function writeStream(len: u32): void {
  res[1] = sb.write(src, len, FOREVER);
}

function readMessage(arg: u32): void {
  res[2] = mb.read(outT, 16, gotT, FOREVER);
}

function pend(v: u32): void {
  irqPend(v);
  for (let i = 0; i < 100; i++) portCycles();
}

export function streamTests(): void {
  test("stream: a top half writes bytes, a thread reads them once its trigger level (5) is there", () => {
    checkEq(sb.create(base(), 16, 5), Err.Ok, "create");
    const r = spawn(0, "reader", readStream, 0, MAIN_PRIORITY - 1);
    const v = spare(0);
    checkEq(irqRequest(v, rx), Err.Ok, "request");
    pend(v);
    checkEq(rx.result, Err.Ok, "written in the handler");
    checkEq(res[3], Err.InInterrupt, "a timeout in a handler");
    checkEq(threadState(r), ThreadState.Blocked, "3 bytes: under the trigger, still waiting");
    pend(v);
    checkEq(irqFree(v, rx), Err.Ok, "free");
    checkEq(threadJoin(r, 10), Err.Ok, "reader ended");
    checkEq(res[0], Err.Ok, "read");
    checkEq(gotT.value, 6, "all six bytes");
    for (let i: u32 = 0; i < 6; i++) checkEq(load<u8>(outT + i), i, "in order");
    checkEq(sb.available(), 0, "empty");
    checkEq(sb.delete(), Err.Ok, "delete");
    cleanup();
  });

  test("stream: writes are all or none; a waiting writer gets in when a read makes room; NO_WAIT reads what is there", () => {
    checkEq(sb.create(base(), 8), Err.Ok, "create");
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
    checkEq(mb.create(base(), 16), Err.Ok, "create");
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
    checkEq(sb.create(base(), 0), Err.Invalid, "size 0");
    checkEq(sb.create(base(), 16, 0), Err.Invalid, "trigger 0");
    checkEq(sb.create(base(), 16, 17), Err.Invalid, "trigger over the size");
    checkEq(sb.create(0, 16), Err.Invalid, "null buffer");
    checkEq(sb.create(0xfffffff0, 16), Err.Invalid, "past module memory");
    checkEq(mb.create(base(), 4), Err.Invalid, "a message buffer too small for a message");
    checkEq(sb.write(src, 1, NO_WAIT), Err.Invalid, "not created");
    checkEq(sb.read(out, 1, got, NO_WAIT), Err.Invalid, "not created");
    checkEq(sb.create(base(), 16), Err.Ok, "create");
    checkEq(sb.create(base(), 16), Err.Busy, "twice");
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
