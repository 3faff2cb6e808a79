// Queue sets (issue 13): one thread waits on two queues and a semaphore,
// woken by threads (by a top half: queueset-irq.ts); timeouts; the
// refusals; what a deleted set, a deleted member and a reset member do to
// the events. Written against the package "ivt": the kernel's suite and
// an application module (tests/suite-app-sync) run the same tests.

import { test, check, checkEq, checkSeq, seq, seqReset } from "./harness";
import { cleanup, joinThread, spawn } from "./util";
import {
  Box, Err, FOREVER, MAIN_PRIORITY, NO_WAIT, Queue, QueueSet, Semaphore, SetMember, threadAbortWait,
} from "ivt";

export const qa = new Queue(); // length 2
export const qb = new Queue(); // length 3
export const sm = new Semaphore(); // binary
export const set = new QueueSet();
const other = new QueueSet();
export const which = new Box<SetMember | null>(); // main's and the selecting thread's: never at once
const item = new Box<u32>(); // main's and the threads': never at once
export const res = new StaticArray<u32>(4);
// Every object here is made once and reused (create, delete): the heap
// never frees, and microbit's is small.

/** Makes qa (2), qb (3) and sm (binary, empty) and a set of 6 holding them. */
export function makeAll(): void {
  checkEq(qa.create(4, 2), Err.Ok, "create qa");
  checkEq(qb.create(4, 3), Err.Ok, "create qb");
  checkEq(sm.create(0, 1), Err.Ok, "create sm");
  checkEq(qa.setCapacity() + qb.setCapacity() + sm.setCapacity(), 6, "members' capacities");
  checkEq(set.create(6), Err.Ok, "create the set");
  checkEq(set.add(qa), Err.Ok, "add qa");
  checkEq(set.add(qb), Err.Ok, "add qb");
  checkEq(set.add(sm), Err.Ok, "add sm");
}

export function deleteAll(): void {
  set.delete();
  qa.delete();
  qb.delete();
  sm.delete();
}

/** Records a, b or s for the member in `m` and reads it with NO_WAIT
 *  (res[1]: the read's result; res[2]: a queue item). */
function readSelected(m: SetMember | null): void {
  const t = item;
  t.value = 0;
  if (m === qa) {
    seq("a");
    res[1] = qa.receiveInto(t, NO_WAIT);
  } else if (m === qb) {
    seq("b");
    res[1] = qb.receiveInto(t, NO_WAIT);
  } else if (m === sm) {
    seq("s");
    res[1] = sm.take(NO_WAIT);
  } else {
    seq("?");
  }
  res[2] = t.value;
}

/** Selects `n` times with FOREVER, reading each member named. */
export function selector(n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    res[0] = set.select(which, FOREVER);
    if (res[0] != Err.Ok) {
      seq("d");
      return;
    }
    readSelected(which.value);
  }
}

export function queuesetTests(): void {
  // Select names the member that got data, oldest first, across two queues and a semaphore.
  test("queueset: select across queues and a semaphore", () => {
    makeAll();
    checkEq(qb.sendValue<u32>(7, NO_WAIT), Err.Ok, "send qb");
    checkEq(sm.give(), Err.Ok, "give sm");
    checkEq(qa.sendValue<u32>(5, NO_WAIT), Err.Ok, "send qa");
    checkEq(qa.sendValueToFront<u32>(4, NO_WAIT), Err.Ok, "send qa to front");
    checkEq(set.events(), 4, "four events");
    seqReset();
    for (let i = 0; i < 4; i++) {
      checkEq(set.select(which, NO_WAIT), Err.Ok, "select");
      readSelected(which.value);
      checkEq(res[1], Err.Ok, "the member named has data");
    }
    checkSeq("bsaa", "in the order they came");
    checkEq(res[2], 5, "qa's back item last");
    checkEq(set.select(which, NO_WAIT), Err.WouldBlock, "nothing left");
    check(which.value === null, "no member on an error");
    // A give at the maximum is still refused in a set, and adds no event.
    checkEq(sm.give(), Err.Ok, "give");
    checkEq(sm.give(), Err.Overflow, "give at the maximum");
    checkEq(set.events(), 1, "one event");
    checkEq(sm.take(NO_WAIT), Err.Ok, "take it without select");
    // An item handed to a thread waiting on the queue itself posts nothing.
    const r = spawn(0, "rcv", (v: u32): void => {
      res[3] = qb.receiveInto(item, FOREVER);
    }, 0, MAIN_PRIORITY - 1);
    checkEq(qb.sendValue<u32>(11, NO_WAIT), Err.Ok, "send to a waiting receiver");
    check(joinThread(r), "receiver ended");
    checkEq(item.value, 11, "it got the item");
    checkEq(set.select(which, NO_WAIT), Err.WouldBlock, "sm's stale event dropped, none for qb");
    checkEq(set.events(), 0, "no event left");
    // A thread waiting in select is woken by each send or give.
    seqReset();
    const t = spawn(0, "sel", selector, 3, MAIN_PRIORITY - 1);
    checkSeq("", "waits");
    checkEq(sm.give(), Err.Ok, "give");
    checkEq(qb.sendValue<u32>(8, NO_WAIT), Err.Ok, "send qb");
    checkEq(res[2], 8, "qb's item read");
    checkEq(qa.sendValue<u32>(6, NO_WAIT), Err.Ok, "send qa");
    checkSeq("sba", "woken by each in turn");
    check(joinThread(t), "selector ended");
    checkEq(set.events(), 0, "handed over: no event left");
    deleteAll();
    cleanup();
  });

  // Select times out, NO_WAIT would block, an aborted wait ends, bad arguments are refused.
  test("queueset: timeout, abort, bad arguments", () => {
    makeAll();
    checkEq(set.select(which, 3), Err.Timeout, "timeout");
    checkEq(set.select(which, NO_WAIT), Err.WouldBlock, "NO_WAIT");
    checkEq(set.select(changetype<Box<SetMember | null>>(0), NO_WAIT), Err.Invalid, "null out");
    checkEq(set.select(which, 0x80000000), Err.Invalid, "timeout over MAX_TIMEOUT");
    checkEq(other.select(which, NO_WAIT), Err.Invalid, "a set not created");
    seqReset();
    const t = spawn(0, "sel", selector, 1, MAIN_PRIORITY - 1);
    checkEq(threadAbortWait(t), Err.Ok, "abort its wait");
    checkSeq("d", "select ended");
    checkEq(res[0], Err.Aborted, "with Aborted");
    check(joinThread(t), "selector ended");
    check(which.value === null, "no member");
    deleteAll();
    cleanup();
  });

  // Refused: zero capacity, twice, in another set, deleted, not created, not empty, set full.
  test("queueset: refused members and sizes", () => {
    checkEq(set.create(0), Err.Invalid, "zero capacity");
    checkEq(set.create(0x10000), Err.Invalid, "capacity over 65535");
    checkEq(set.add(qa), Err.Invalid, "add to a set not created");
    checkEq(set.create(4), Err.Ok, "create");
    checkEq(set.create(4), Err.Busy, "create twice");
    checkEq(qa.create(4, 2), Err.Ok, "create qa");
    checkEq(set.add(qa), Err.Ok, "add qa");
    checkEq(set.add(qa), Err.Exists, "twice in one set");
    checkEq(other.create(8), Err.Ok, "another set");
    checkEq(other.add(qa), Err.Busy, "in another set");
    checkEq(other.add(changetype<SetMember>(0)), Err.Invalid, "null member");
    checkEq(other.add(qb), Err.Invalid, "never created");
    checkEq(qb.create(4, 3), Err.Ok, "create qb");
    checkEq(qb.delete(), Err.Ok, "delete qb");
    checkEq(other.add(qb), Err.Invalid, "deleted");
    checkEq(qb.create(4, 3), Err.Ok, "create qb again");
    checkEq(qb.sendValue<u32>(1, NO_WAIT), Err.Ok, "an item in qb");
    checkEq(other.add(qb), Err.Busy, "not empty");
    checkEq(set.add(qb), Err.Busy, "not empty, in a set too small too");
    checkEq(sm.create(1, 1), Err.Ok, "a semaphore with a unit");
    checkEq(other.add(sm), Err.Busy, "not empty (a unit)");
    checkEq(sm.take(NO_WAIT), Err.Ok, "take it");
    checkEq(qb.receiveInto(item, NO_WAIT), Err.Ok, "empty qb");
    checkEq(set.add(qb), Err.NoSpace, "set full: 2 + 3 > 4");
    checkEq(set.add(sm), Err.Ok, "2 + 1 fits");
    checkEq(other.add(qb), Err.Ok, "qb fits the other");
    checkEq(other.remove(qa), Err.NotFound, "remove what it does not hold");
    checkEq(qa.sendValue<u32>(1, NO_WAIT), Err.Ok, "an item in qa");
    checkEq(set.remove(qa), Err.Busy, "remove a member not empty");
    checkEq(qa.receiveInto(item, NO_WAIT), Err.Ok, "empty it");
    checkEq(set.remove(qa), Err.Ok, "remove");
    checkEq(set.remove(qa), Err.NotFound, "remove twice");
    checkEq(qa.sendValue<u32>(1, NO_WAIT), Err.Ok, "send to a removed member");
    checkEq(set.select(which, NO_WAIT), Err.WouldBlock, "the set no longer hears it");
    checkEq(qa.receiveInto(item, NO_WAIT), Err.Ok, "empty qa");
    checkEq(other.delete(), Err.Ok, "delete the other set");
    checkEq(other.delete(), Err.Invalid, "delete twice");
    checkEq(other.add(qa), Err.Invalid, "add to a deleted set");
    deleteAll();
  });

  // Deleting a set wakes its select with Deleted and frees its members.
  test("queueset: delete a set with a waiter", () => {
    makeAll();
    seqReset();
    const t = spawn(0, "sel", selector, 1, MAIN_PRIORITY - 1);
    checkEq(set.delete(), Err.Ok, "delete");
    checkSeq("d", "woken");
    checkEq(res[0], Err.Deleted, "with Deleted");
    check(joinThread(t), "selector ended");
    checkEq(other.create(6), Err.Ok, "another set");
    checkEq(other.add(qa), Err.Ok, "qa free to join it");
    checkEq(other.add(sm), Err.Ok, "sm too");
    checkEq(sm.give(), Err.Ok, "give");
    checkEq(other.select(which, NO_WAIT), Err.Ok, "the new set hears it");
    check(which.value === sm, "named sm");
    other.delete();
    deleteAll();
    cleanup();
  });

  // A deleted member leaves its set with its events and its share of the capacity.
  test("queueset: delete members", () => {
    makeAll();
    checkEq(qa.sendValue<u32>(1, NO_WAIT), Err.Ok, "send qa");
    checkEq(qb.sendValue<u32>(2, NO_WAIT), Err.Ok, "send qb");
    checkEq(set.events(), 2, "two events");
    checkEq(qa.delete(), Err.Ok, "delete qa");
    checkEq(set.events(), 1, "qa's event gone");
    checkEq(set.select(which, NO_WAIT), Err.Ok, "select");
    check(which.value === qb, "qb, not the deleted qa");
    checkEq(qb.receiveInto(item, NO_WAIT), Err.Ok, "read qb");
    checkEq(sm.delete(), Err.Ok, "delete sm");
    checkEq(set.add(sm), Err.Invalid, "a deleted semaphore refused");
    checkEq(qa.create(4, 3), Err.Ok, "qa again, of 3");
    checkEq(set.add(qa), Err.Ok, "fits the 3 qa and sm gave back; it left the set when deleted");
    checkEq(sm.create(0, 1), Err.Ok, "sm again");
    checkEq(set.add(sm), Err.NoSpace, "full again: qb 3 + qa 3");
    checkEq(qa.delete(), Err.Ok, "delete qa");
    checkEq(set.add(sm), Err.Ok, "sm fits what qa gave back");
    deleteAll();
  });

  // Reset drops a member's events; items read without select leave no lasting events.
  test("queueset: reset, stale events, overwrite", () => {
    makeAll();
    checkEq(qa.sendValue<u32>(1, NO_WAIT), Err.Ok, "send");
    checkEq(qb.sendValue<u32>(2, NO_WAIT), Err.Ok, "send qb");
    checkEq(qa.sendValue<u32>(3, NO_WAIT), Err.Ok, "send");
    checkEq(set.events(), 3, "three events");
    checkEq(qa.reset(), Err.Ok, "reset qa");
    checkEq(set.events(), 1, "only qb's left");
    checkEq(set.select(which, NO_WAIT), Err.Ok, "select");
    check(which.value === qb, "qb");
    checkEq(qb.receiveInto(item, NO_WAIT), Err.Ok, "read qb");
    checkEq(set.select(which, NO_WAIT), Err.WouldBlock, "none for the reset qa");
    // A sender waiting on the full qa gets in at a receive, then at a
    // reset: one event for its item each time.
    checkEq(qa.sendValue<u32>(1, NO_WAIT), Err.Ok, "fill");
    checkEq(qa.sendValue<u32>(2, NO_WAIT), Err.Ok, "fill");
    res[3] = 0;
    const t = spawn(0, "snd", (v: u32): void => {
      qa.sendValue<u32>(v - 1, FOREVER);
      res[3] = qa.sendValue<u32>(v, FOREVER);
    }, 42, MAIN_PRIORITY - 1);
    checkEq(set.select(which, NO_WAIT), Err.Ok, "select the full qa");
    check(which.value === qa, "qa");
    checkEq(qa.receiveInto(item, NO_WAIT), Err.Ok, "a receive lets the sender in");
    checkEq(set.events(), 2, "one event each for the item left and the sender's");
    checkEq(qa.reset(), Err.Ok, "reset with the sender waiting again");
    check(joinThread(t), "sender ended");
    checkEq(res[3], Err.Ok, "its item went in");
    checkEq(set.events(), 1, "one event, for its item");
    checkEq(set.select(which, NO_WAIT), Err.Ok, "select");
    check(which.value === qa, "qa");
    checkEq(qa.receiveInto(item, NO_WAIT), Err.Ok, "read");
    checkEq(item.value, 42, "the sender's item");
    // Reads without select: the set never holds more events than the
    // members' items could need, and select skips the stale ones.
    for (let i = 0; i < 10; i++) {
      qa.sendValue<u32>(i, NO_WAIT);
      qa.receiveInto(item, NO_WAIT);
    }
    checkEq(set.events(), 1, "one event: the first send's, the others found it there");
    checkEq(set.select(which, NO_WAIT), Err.WouldBlock, "a stale event is skipped");
    checkEq(set.events(), 0, "and dropped");
    // An overwrite of a full mailbox adds no event.
    const m = qb;
    checkEq(qb.delete(), Err.Ok, "delete qb");
    checkEq(m.create(4, 1), Err.Ok, "qb again as a mailbox");
    checkEq(other.create(1), Err.Ok, "a set of 1");
    checkEq(other.add(m), Err.Ok, "add");
    checkEq(m.overwriteValue<u32>(1), Err.Ok, "overwrite");
    checkEq(m.overwriteValue<u32>(2), Err.Ok, "overwrite again");
    checkEq(other.events(), 1, "one event for one item");
    checkEq(other.select(which, NO_WAIT), Err.Ok, "select");
    check(which.value === m, "the mailbox");
    checkEq(m.receiveInto(item, NO_WAIT), Err.Ok, "read");
    checkEq(item.value, 2, "the last value");
    other.delete();
    deleteAll();
    cleanup();
  });
}
