// Thread-Metric message processing (tm_message_processing_test.c): one
// thread at priority 10 loops { send a 16-byte message to a queue; receive
// it back; check it; bump its last word; counter++ }. An iteration is one
// send and one receive. The published test checks the last word; this one
// checks all four.

import { Err, errName, FOREVER, Queue } from "../../kernel/ivt";
import { TmTest } from "./harness";

const MESSAGE_BYTES: u32 = 16;
const CAPACITY: u32 = 10;
const queue = new Queue();
let counter: u32 = 0;
let test: Message | null = null;

function entry(arg: u32): void {
  const sent = memory.data(<i32>MESSAGE_BYTES, 4);
  const received = memory.data(<i32>MESSAGE_BYTES, 4);
  store<u32>(sent, 0x11112222, 0);
  store<u32>(sent, 0x33334444, 4);
  store<u32>(sent, 0x55556666, 8);
  store<u32>(sent, 0x77778888, 12);
  while (true) {
    let e = queue.send(sent, FOREVER);
    if (e != Err.Ok) return test!.fail("send: " + errName(e));
    e = queue.receive(received, FOREVER);
    if (e != Err.Ok) return test!.fail("receive: " + errName(e));
    if (load<u64>(received) != load<u64>(sent) || load<u64>(received, 8) != load<u64>(sent, 8)) {
      return test!.fail("the message received differs from the one sent");
    }
    store<u32>(sent, load<u32>(sent, 12) + 1, 12);
    counter++;
  }
}

export class Message extends TmTest {
  last: u32 = 0;
  constructor() {
    super("message");
  }
  start(): void {
    test = this;
    const e = queue.create(MESSAGE_BYTES, CAPACITY);
    if (e != Err.Ok) return this.fail("queue create: " + errName(e));
    this.spawn(entry, 0, 10);
  }
  iterations(): u32 {
    return counter;
  }
}
