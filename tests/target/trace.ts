// The trace ring's thread and interrupt events, and the compact dump that
// `ivt trace` reads (docs/trace.md): what the pictures are drawn from.

import { test, check, checkEq } from "./harness";
import { cleanup, spawn, spare } from "./util";
import {
  Err, FOREVER, IrqHandler, irqFree, irqPend, irqRequest, IrqReturn, MAIN_PRIORITY, portCycles, portIrqRestore,
  portIrqSave, Semaphore, threadCurrent, threadDelete, threadResume, threadSleep, ThreadState, threadSuspend,
} from "../../kernel/ivt";
// Internals test: reads the trace ring's newest events and its dump
// (kernel/trace.ts), which are not public.
import {
  BH_WOKEN, TraceKind, trace, traceCount, traceDumpAtExit, traceDumpTo, traceRecent, traceRecentStamp,
} from "../../kernel/trace";
import { TRACE_EVENTS } from "../../kernel/config";

/** A thread event's word (kernel/trace.ts layout). */
function threadWord(kind: TraceKind, id: u32, state: ThreadState, old: ThreadState): u32 {
  return (<u32>kind << 24) | id | (<u32>state << 16) | (<u32>old << 19);
}

/** Whether `word` is among the `n` newest events (ticks may come between). */
function recent(word: u32, n: u32 = 6): bool {
  for (let i: u32 = 0; i < n; i++) if (traceRecent(i) == word) return true;
  return false;
}

/** Waits (a few host calls: on sim an interrupt comes at one) until `word`
 *  is among the newest events; whether it came. */
function waitFor(word: u32): bool {
  for (let i = 0; i < 50 && !recent(word, 8); i++) portCycles();
  return recent(word, 8);
}

const gate = new Semaphore();
function waitAtGate(arg: u32): void {
  gate.take(FOREVER);
}

class Quiet extends IrqHandler {
  top(vector: u32): IrqReturn {
    return IrqReturn.Handled;
  }
}

/** Asks for a bottom half it does not have (not requested Threaded): the
 *  exit event still says that its top half asked. */
class AsksForBottom extends IrqHandler {
  top(vector: u32): IrqReturn {
    return IrqReturn.WakeThread;
  }
}

// ---- a reader of the compact dump, fed one byte at a time ---------------------
// It keeps one line (no allocation: the sink runs per byte) and checks what
// `ivt trace` checks: the records' count and checksum against the end line.

const LINE_MAX = 96;
const lineBuf = new StaticArray<u8>(LINE_MAX);
let lineLen = 0;
let begins: u32 = 0;
let ends: u32 = 0;
let records: u32 = 0;
let sum: u32 = 0;
let endCount: u32 = 0;
let endSum: u32 = 0;
let newestStamp: u32 = 0;
let newestWord: u32 = 0;
let badRecord = false;
let sawMainThread = false;
/** The dump while events arrive: each data line written adds one event. */
let traceEachDataLine = false;

function readerReset(): void {
  lineLen = 0;
  begins = 0;
  ends = 0;
  records = 0;
  sum = 2166136261;
  endCount = 0xffffffff;
  endSum = 0;
  badRecord = false;
  sawMainThread = false;
}

function lineHas(at: i32, s: string): bool {
  if (at + s.length > lineLen) return false;
  for (let i = 0; i < s.length; i++) if (<u32>lineBuf[at + i] != <u32>s.charCodeAt(i)) return false;
  return true;
}

/** The hex digit at `i`, or -1. */
function hexAt(i: i32): i32 {
  const c = <i32>lineBuf[i];
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Eight hex digits from `i`; sets badRecord if they are not. */
function hex8(i: i32): u32 {
  let v: u32 = 0;
  for (let k = 0; k < 8; k++) {
    const d = i + k < lineLen ? hexAt(i + k) : -1;
    if (d < 0) badRecord = true;
    v = (v << 4) | <u32>(d & 15);
  }
  return v;
}

function dataLine(from: i32): void {
  for (let i = from; i < lineLen; i += 17) {
    if (lineBuf[i] != 32 || i + 17 > lineLen) {
      badRecord = true;
      return;
    }
    const stamp = hex8(i + 1);
    const word = hex8(i + 9);
    if (records == 0) {
      newestStamp = stamp;
      newestWord = word;
    }
    sum = (sum ^ stamp) * 16777619;
    sum = (sum ^ word) * 16777619;
    records++;
  }
  if (traceEachDataLine) trace(TraceKind.Wake, 0);
}

function endLine(from: i32): void {
  let i = from;
  let n: u32 = 0;
  while (i < lineLen && lineBuf[i] != 32) n = n * 10 + <u32>lineBuf[i++] - 48;
  endCount = n;
  endSum = hex8(i + 1);
  ends++;
}

function takeLine(): void {
  const P = 14; // "*** ivt trace "
  if (!lineHas(0, "*** ivt trace ")) return;
  if (lineHas(P, "begin ")) begins++;
  else if (lineHas(P, "thread ") && lineHas(lineLen - 5, " main")) sawMainThread = true;
  else if (lineHas(P, "data")) dataLine(P + 4);
  else if (lineHas(P, "end ")) endLine(P + 4);
}

function readByte(c: u32): void {
  if (c == 13) return;
  if (c != 10) {
    if (lineLen < LINE_MAX) lineBuf[lineLen++] = <u8>c;
    return;
  }
  takeLine();
  lineLen = 0;
}

export function traceTests(): void {
  test("trace: a switch names both threads and where the outgoing one went", () => {
    const me = threadCurrent()!;
    checkEq(gate.create(0, 1), Err.Ok, "create the gate");
    // More urgent than main: it runs at once and blocks on the gate.
    const t = spawn(0, "gated", waitAtGate, 0, MAIN_PRIORITY - 1);
    check(recent(threadWord(TraceKind.State, t.id, ThreadState.Ready, ThreadState.Free)), "created: from nothing to ready");
    check(recent(threadWord(TraceKind.Switch, t.id, ThreadState.Ready, ThreadState.Free)), "to it, main stays ready");
    check(recent(threadWord(TraceKind.Switch, me.id, ThreadState.Blocked, ThreadState.Free)), "back, it blocked");
    gate.give();
    check(recent(threadWord(TraceKind.Wake, t.id, ThreadState.Ready, ThreadState.Blocked)), "woken: blocked to ready");
    check(recent(threadWord(TraceKind.Switch, me.id, ThreadState.Dead, ThreadState.Free)), "back, it ended");
    check(traceRecentStamp(0) - traceRecentStamp(1) < 0x80000000, "the newest two stamps in order");
    gate.delete();
    cleanup();
  });

  test("trace: suspend, resume and delete of another thread give old and new state", () => {
    const t = spawn(0, "idler", waitAtGate, 0, MAIN_PRIORITY + 1); // less urgent: stays ready
    check(recent(threadWord(TraceKind.State, t.id, ThreadState.Ready, ThreadState.Free), 3), "created");
    checkEq(threadSuspend(t), Err.Ok, "suspend");
    check(recent(threadWord(TraceKind.State, t.id, ThreadState.Suspended, ThreadState.Ready), 3), "ready to suspended");
    checkEq(threadResume(t), Err.Ok, "resume");
    check(recent(threadWord(TraceKind.State, t.id, ThreadState.Ready, ThreadState.Suspended), 3), "suspended to ready");
    checkEq(threadDelete(t), Err.Ok, "delete");
    check(recent(threadWord(TraceKind.State, t.id, ThreadState.Free, ThreadState.Ready), 3), "ready to gone");
    cleanup();
  });

  test("trace: an exit says whether the top half asked for its bottom half", () => {
    const v = spare(1);
    const quiet = new Quiet();
    checkEq(irqRequest(v, quiet), Err.Ok, "request");
    irqPend(v);
    check(waitFor((<u32>TraceKind.IrqExit << 24) | v), "Handled: an exit without the flag");
    checkEq(irqFree(v, quiet), Err.Ok, "free");
    const asks = new AsksForBottom();
    checkEq(irqRequest(v, asks), Err.Ok, "request");
    irqPend(v);
    check(waitFor((<u32>TraceKind.IrqExit << 24) | v | BH_WOKEN), "WakeThread: the exit carries the flag");
    checkEq(irqFree(v, asks), Err.Ok, "free");
  });

  test("trace: the compact dump holds every event, counted and checksummed", () => {
    threadSleep(1); // some events to show, on any board
    readerReset();
    traceEachDataLine = false;
    // Masked throughout, as at exit: nothing can overwrite the ring meanwhile.
    const s = portIrqSave();
    const written = traceCount();
    const word = traceRecent(0);
    const stamp = traceRecentStamp(0);
    traceDumpAtExit(readByte);
    portIrqRestore(s);
    checkEq(begins, 1, "one begin line");
    checkEq(ends, 1, "one end line");
    check(!badRecord, "every record 16 hex digits");
    check(sawMainThread, "the thread table names main");
    checkEq(records, written < TRACE_EVENTS ? written : TRACE_EVENTS, "all the ring holds");
    checkEq(endCount, records, "the end line's count");
    checkEq(endSum, sum, "the end line's checksum");
    checkEq(newestWord, word, "newest first: the last event");
    checkEq(newestStamp, stamp, "with its stamp");
  });

  test("trace: events written while a dump prints cost it none", () => {
    readerReset();
    traceEachDataLine = true;
    // Masked: only the reader's own events arrive, one per data line
    // (printing from the ring itself, the dump lost the oldest to them).
    const s = portIrqSave();
    for (let i: u32 = 0; i < TRACE_EVENTS; i++) trace(TraceKind.WorkStart, 1); // a full ring
    const printed = traceDumpTo(readByte);
    portIrqRestore(s);
    traceEachDataLine = false;
    checkEq(records, printed, "records read = records written");
    checkEq(endCount, records, "the end line's count");
    checkEq(endSum, sum, "the end line's checksum");
    check(!badRecord, "every record 16 hex digits");
    checkEq(printed, TRACE_EVENTS, "all the ring held at the call: it prints from a copy");
    checkEq(newestWord, (<u32>TraceKind.WorkStart << 24) | 1, "from the newest before the call");
  });
}
