// Checked calls and counted losses: typed, size-checked queue calls and
// pointer checks (issue 9 item 8), the console receive drop counter (item
// 9), the interrupt-load rule (item 5).

import { test, check, checkEq } from "./harness";
import { joinThread, pool, spawn } from "./util";
import { Err } from "../../kernel/errors";
import { FOREVER, NO_WAIT } from "../../kernel/config";
import { threadSleep } from "../../kernel/thread";
import { Box, NULL_GUARD_BYTES, Queue } from "../../kernel/queue";
import { moduleMemoryBytes } from "../../kernel/boot";
import { ByteRing, isSaturated, satInc } from "../../kernel/ring";

const q = new Queue();

/** A small record sent whole: 16 bytes with its padding. */
@unmanaged class Sample {
  tag: u8;
  port: u16;
  count: u32;
  level: f64;
}

const byte = new Box<u8>();
const half = new Box<u16>();
const word = new Box<u32>();
const wide = new Box<u64>();
const real = new Box<f64>();
const sampleIn = new Sample();
const sampleOut = new Sample();

const small = new ByteRing(8);

function waitingSender(arg: u32): void {
  q.sendValue<u64>(0x1122334455667788, FOREVER);
}

export function checkedTests(): void {
  test("queue: typed calls refuse a type whose size is not the item size", () => {
    checkEq(q.create(4, 2), Err.Ok, "create");
    checkEq(q.sendValue<u8>(1, NO_WAIT), Err.Invalid, "send a u8 into 4-byte items");
    checkEq(q.sendValue<u64>(1, NO_WAIT), Err.Invalid, "send a u64 into 4-byte items");
    checkEq(q.sendValue<Sample>(sampleIn, NO_WAIT), Err.Invalid, "send a 16-byte record");
    checkEq(q.count(), 0, "nothing queued by a refused send");
    checkEq(q.sendValue<u32>(0xa5a5a5a5, NO_WAIT), Err.Ok, "send a u32");
    half.value = 0x1234;
    checkEq(q.receiveInto(half, NO_WAIT), Err.Invalid, "receive into a smaller Box<u16>");
    checkEq(half.value, 0x1234, "the smaller box is untouched");
    checkEq(q.receiveInto(wide, NO_WAIT), Err.Invalid, "receive into a larger Box<u64>");
    checkEq(q.peekInto(half, NO_WAIT), Err.Invalid, "peek into a smaller box");
    checkEq(q.receiveInto<Box<u32>>(changetype<Box<u32>>(0), NO_WAIT), Err.Invalid, "receive into a null box");
    checkEq(q.count(), 1, "refused receives leave the item queued");
    checkEq(q.receiveInto(word, NO_WAIT), Err.Ok, "receive into a Box<u32>");
    checkEq(word.value, 0xa5a5a5a5, "the item");
    checkEq(q.delete(), Err.Ok, "delete");
  });

  test("queue: pointer calls refuse null, near-null and out-of-range items", () => {
    checkEq(q.create(8, 2), Err.Ok, "create");
    const top = <usize>moduleMemoryBytes();
    checkEq(q.send(0, NO_WAIT), Err.Invalid, "send from address 0");
    checkEq(q.send(NULL_GUARD_BYTES - 1, NO_WAIT), Err.Invalid, "send overlapping the null guard");
    checkEq(q.send(top - 7, NO_WAIT), Err.Invalid, "send with its last byte past memory");
    checkEq(q.send(top, NO_WAIT), Err.Invalid, "send from the end of memory");
    checkEq(q.send(<usize>0xfffffffc, NO_WAIT), Err.Invalid, "send from a range that wraps");
    checkEq(q.sendToFront(0, NO_WAIT), Err.Invalid, "send to the front from address 0");
    checkEq(q.count(), 0, "nothing queued by refused sends");
    // The edges themselves are memory: reading them is allowed.
    checkEq(q.send(NULL_GUARD_BYTES, NO_WAIT), Err.Ok, "send from just above the null guard");
    checkEq(q.send(top - 8, NO_WAIT), Err.Ok, "send ending at the last byte of memory");
    checkEq(q.receive(0, NO_WAIT), Err.Invalid, "receive into address 0");
    checkEq(q.receive(4, NO_WAIT), Err.Invalid, "receive into the null guard");
    checkEq(q.receive(top - 4, NO_WAIT), Err.Invalid, "receive past the end of memory");
    checkEq(q.peek(0, NO_WAIT), Err.Invalid, "peek into address 0");
    checkEq(q.count(), 2, "refused receives take nothing");
    const item = memory.data(8);
    checkEq(q.receive(item, NO_WAIT), Err.Ok, "receive into a static buffer");
    checkEq(q.receive(item, NO_WAIT), Err.Ok, "and again");
    checkEq(q.delete(), Err.Ok, "delete");
  });

  test("queue: typed round trips of u8, u32, u64, f64 and a record", () => {
    checkEq(q.create(1, 2), Err.Ok, "create u8");
    checkEq(q.sendValue<u8>(0xfe, NO_WAIT), Err.Ok, "send u8");
    checkEq(q.sendValueToFront<u8>(0x01, NO_WAIT), Err.Ok, "send u8 to the front");
    checkEq(q.receiveInto(byte, NO_WAIT), Err.Ok, "receive u8");
    checkEq(byte.value, 0x01, "front u8 first");
    checkEq(q.receiveInto(byte, NO_WAIT), Err.Ok, "receive u8");
    checkEq(byte.value, 0xfe, "u8");
    checkEq(q.delete(), Err.Ok, "delete");

    checkEq(q.create(4, 2), Err.Ok, "create u32");
    checkEq(q.sendValue<u32>(0xdeadbeef, NO_WAIT), Err.Ok, "send u32");
    checkEq(q.peekInto(word, NO_WAIT), Err.Ok, "peek u32");
    checkEq(word.value, 0xdeadbeef, "peeked u32");
    word.value = 0;
    checkEq(q.receiveInto(word, NO_WAIT), Err.Ok, "receive u32");
    checkEq(word.value, 0xdeadbeef, "u32");
    checkEq(q.delete(), Err.Ok, "delete");

    checkEq(q.create(8, 2), Err.Ok, "create 8-byte items");
    checkEq(q.sendValue<u64>(0x0123456789abcdef, NO_WAIT), Err.Ok, "send u64");
    checkEq(q.sendValue<f64>(-1.5e300, NO_WAIT), Err.Ok, "send f64");
    checkEq(q.receiveInto(wide, NO_WAIT), Err.Ok, "receive u64");
    check(wide.value == 0x0123456789abcdef, "u64 unchanged");
    checkEq(q.receiveInto(real, NO_WAIT), Err.Ok, "receive f64");
    check(real.value == -1.5e300, "f64 unchanged");
    checkEq(q.delete(), Err.Ok, "delete");

    checkEq(q.create(<u32>offsetof<Sample>(), 2), Err.Ok, "create record items");
    sampleIn.tag = 7;
    sampleIn.port = 0xbeef;
    sampleIn.count = 123456;
    sampleIn.level = 0.25;
    checkEq(q.sendValue(sampleIn, NO_WAIT), Err.Ok, "send a record");
    sampleIn.tag = 0; // the queue holds a copy
    checkEq(q.receiveInto(sampleOut, NO_WAIT), Err.Ok, "receive a record");
    checkEq(sampleOut.tag, 7, "tag");
    checkEq(sampleOut.port, 0xbeef, "port");
    checkEq(sampleOut.count, 123456, "count");
    check(sampleOut.level == 0.25, "level");
    checkEq(q.delete(), Err.Ok, "delete");
  });

  test("queue: a typed sender that waits for room keeps its value", () => {
    checkEq(q.create(8, 1), Err.Ok, "create");
    checkEq(q.sendValue<u64>(1, NO_WAIT), Err.Ok, "fill");
    spawn(0, "typed-send", waitingSender, 0, 10);
    threadSleep(2); // it blocks on the full queue
    // Main's own sendValue uses another slot than the waiting thread's.
    checkEq(q.sendValue<u64>(2, NO_WAIT), Err.WouldBlock, "still full");
    checkEq(q.receiveInto(wide, NO_WAIT), Err.Ok, "receive the first");
    check(wide.value == 1, "first value");
    check(joinThread(pool[0], 100), "the sender finished");
    checkEq(q.receiveInto(wide, NO_WAIT), Err.Ok, "receive the waiting sender's");
    check(wide.value == 0x1122334455667788, "the waiting sender's value");
    checkEq(q.delete(), Err.Ok, "delete");
  });

  test("console ring: bytes over a full ring are refused and counted; counts stop at the top", () => {
    // Around the ring a few times first: the free-running indices wrap.
    for (let i: u32 = 0; i < 20; i++) {
      small.push(i);
      small.pop();
    }
    let taken: u32 = 0;
    for (let i: u32 = 0; i < 11; i++) if (small.push(0x40 + i)) taken++;
    checkEq(taken, 8, "bytes the ring took");
    checkEq(small.count(), 8, "bytes it holds");
    checkEq(small.dropped, 3, "bytes refused, counted");
    let inOrder = true;
    for (let i: u32 = 0; i < 8; i++) if (small.pop() != <i32>(0x40 + i)) inOrder = false;
    check(inOrder, "the first eight, oldest first");
    checkEq(<u32>small.pop(), <u32>-1, "then empty");
    small.dropped = 0xfffffffe;
    for (let i: u32 = 0; i < 9; i++) small.push(0);
    checkEq(small.dropped, 0xffffffff, "the count stops at its top");
    check(isSaturated(small.dropped), "and says so");
    checkEq(satInc(0xffffffff), 0xffffffff, "satInc at the top");
    checkEq(satInc(41), 42, "satInc below it");
    while (small.pop() >= 0) {}
    small.dropped = 0;
  });
}
