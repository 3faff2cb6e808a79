// Stream buffers in the kernel's suite only (an application module has
// no top halves, and its buffers' storage is always the kernel heap's):
// the UART-to-thread path from a top half, and a buffer over the caller's
// own memory, its bad buffers refused. The rest is stream.ts, which an
// application runs too.

import { test, checkEq } from "./harness";
import { cleanup, spawn } from "./util";
import { spare } from "./irqutil";
import { gotT, outT, readStream, res, sb } from "./stream";
import {
  Err, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn, MAIN_PRIORITY, MessageBuffer, NO_WAIT, portCycles,
  threadJoin, ThreadState, threadState,
} from "../../kernel/ivt";

const storage = new StaticArray<u8>(16);
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

function pend(v: u32): void {
  irqPend(v);
  for (let i = 0; i < 100; i++) portCycles();
}

export function streamKernelTests(): void {
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

  test("stream: a buffer over the caller's memory; null, past the end and too small refused", () => {
    const mb = new MessageBuffer();
    checkEq(sb.create(0, 16), Err.Invalid, "null buffer");
    checkEq(sb.create(0xfffffff0, 16), Err.Invalid, "past module memory");
    checkEq(sb.create(base(), 0), Err.Invalid, "size 0");
    checkEq(mb.create(base(), 4), Err.Invalid, "a message buffer too small for a message");
    checkEq(sb.create(base(), 16), Err.Ok, "create");
    checkEq(sb.createInHeap(16), Err.Busy, "made already");
    store<u8>(outT, 0x5a);
    checkEq(sb.write(outT, 1, NO_WAIT), Err.Ok, "write");
    checkEq(load<u8>(base()), 0x5a, "into the caller's memory");
    checkEq(sb.delete(), Err.Ok, "delete");
  });
}
