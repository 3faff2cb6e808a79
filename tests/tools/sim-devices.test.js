// The sim's interrupt controller and timer: the behaviour the kernel's
// sim results depend on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Clock, SimIntc, SimTimer } from "../../arch/sim/devices.js";

test("a pending line is delivered only when enabled", () => {
  const c = new SimIntc(32);
  c.write(0x0c, 1 << 3);
  assert.equal(c.next(), -1);
  c.write(0x04, 1 << 3);
  assert.equal(c.next(), 3);
});

test("the most urgent line goes first; an in-service line blocks its level and below", () => {
  const c = new SimIntc(32);
  c.write(0x04, 0b111);
  c.write(0x20 + 4 * 0, 5);
  c.write(0x20 + 4 * 1, 2);
  c.write(0x20 + 4 * 2, 5);
  c.write(0x0c, 0b111);
  assert.equal(c.next(), 1);
  c.activate(1);
  assert.equal(c.next(), -1, "priority 5 cannot preempt priority 2");
  c.write(0x14, 1); // ACK
  assert.equal(c.next(), 0, "after the ACK, ties go to the lower line");
});

test("a lost ACK keeps the line in service (no redelivery)", () => {
  const c = new SimIntc(32);
  c.write(0x04, 1);
  c.write(0x0c, 1);
  c.activate(c.next());
  c.write(0x0c, 1);
  assert.equal(c.next(), -1);
});

test("the timer latches at each period and catches up without looping", () => {
  const clock = new Clock(1000);
  const t = new SimTimer(clock);
  t.write(0x04, 100);
  t.write(0x00, 3);
  clock.advance(99);
  assert.equal(t.level(), false);
  clock.advance(1);
  assert.equal(t.level(), true);
  t.write(0x0c, 1);
  assert.equal(t.level(), false);
  clock.advance(1e9);
  assert.equal(t.level(), true);
  assert.equal(clock.nextEvent() > clock.now, true);
});
