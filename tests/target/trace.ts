// The trace ring's thread and interrupt events, and the compact dump that
// `ivt trace` reads (docs/trace.md): what the pictures are drawn from.

import { test, check, checkEq } from "./harness";
import { cleanup, spawn } from "./util";
import { spare } from "./irqutil";
import {
  Err, FOREVER, IrqHandler, irqFree, irqPend, irqRequest, IrqReturn, MAIN_PRIORITY, portCycles, portIrqRestore,
  portIrqSave, Semaphore, threadCurrent, threadDelete, threadResume, threadSleep, ThreadState, threadSuspend,
  traceDumpCompact, Uart,
} from "../../kernel/ivt";
// Internals test: reads the trace ring's newest events (kernel/trace.ts)
// and reads the dump in place of the console driver (kernel/console.ts).
import { BH_WOKEN, TraceKind, trace, traceCount, traceRecent, traceRecentStamp } from "../../kernel/trace";
import { consoleRxVector, consoleSet, consoleUart } from "../../kernel/console";
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

/** Whether one of the `n` newest events is a switch to thread `id`. */
function switchedTo(id: u32, n: u32): bool {
  for (let i: u32 = 0; i < n; i++) {
    const w = traceRecent(i);
    if (w >>> 24 == <u32>TraceKind.Switch && (w & 0xff) == id) return true;
  }
  return false;
}

/** Waits (a few host calls: on sim an interrupt comes at one) until `word`
 *  is among the newest events; whether it came. */
function waitFor(word: u32): bool {
  for (let i = 0; i < 50 && !recent(word, 8); i++) portCycles();
  return recent(word, 8);
}

/** Suspends itself; ends once resumed. */
function suspendSelf(arg: u32): void {
  threadSuspend(threadCurrent()!);
}

/** Blocks on the semaphore `arg` points to (0: never runs far enough). */
function waitAtGate(arg: u32): void {
  if (arg != 0) changetype<Semaphore>(<usize>arg).take(FOREVER);
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
// A console driver that checks what `ivt trace` checks: the records' count
// and checksum against the end line. It keeps one line (no allocation: it
// runs per byte) and its state in one static array: every global and
// every function passed as a value takes RAM on a native board, and
// lm3s6965evb's suite image has none to spare.

const LINE_MAX = 96;
const lineBuf = new StaticArray<u8>(LINE_MAX);
/** The reader's state, by index. */
const R = new StaticArray<u32>(12);
@inline const LEN: i32 = 0;
@inline const BEGINS: i32 = 1;
@inline const ENDS: i32 = 2;
@inline const RECORDS: i32 = 3;
@inline const SUM: i32 = 4;
@inline const END_COUNT: i32 = 5;
@inline const END_SUM: i32 = 6;
@inline const NEWEST_STAMP: i32 = 7;
@inline const NEWEST_WORD: i32 = 8;
@inline const BAD: i32 = 9;
@inline const SAW_MAIN: i32 = 10;
/** Non-zero: each data line read adds an event, as a busy system would. */
@inline const TRACE_EACH_LINE: i32 = 11;

function readerReset(traceEachLine: bool): void {
  for (let i = 0; i < R.length; i++) R[i] = 0;
  R[SUM] = 2166136261;
  R[END_COUNT] = 0xffffffff;
  R[TRACE_EACH_LINE] = traceEachLine ? 1 : 0;
}

function lineHas(at: i32, s: string): bool {
  if (at < 0 || at + s.length > <i32>R[LEN]) return false;
  for (let i = 0; i < s.length; i++) if (<u32>lineBuf[at + i] != <u32>s.charCodeAt(i)) return false;
  return true;
}

/** Eight hex digits from `i`; marks the dump bad if they are not. */
function hex8(i: i32): u32 {
  let v: u32 = 0;
  for (let k = 0; k < 8; k++) {
    const c = i + k < <i32>R[LEN] ? <i32>lineBuf[i + k] : 0;
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) R[BAD] = 1;
    v = (v << 4) | <u32>(d & 15);
  }
  return v;
}

function dataLine(from: i32): void {
  const len = <i32>R[LEN];
  for (let i = from; i < len; i += 17) {
    if (lineBuf[i] != 32 || i + 17 > len) {
      R[BAD] = 1;
      return;
    }
    const stamp = hex8(i + 1);
    const word = hex8(i + 9);
    if (R[RECORDS] == 0) {
      R[NEWEST_STAMP] = stamp;
      R[NEWEST_WORD] = word;
    }
    R[SUM] = ((R[SUM] ^ stamp) * 16777619 ^ word) * 16777619;
    R[RECORDS]++;
  }
  if (R[TRACE_EACH_LINE] != 0) trace(TraceKind.Wake, 0);
}

function endLine(from: i32): void {
  let i = from;
  let n: u32 = 0;
  while (i < <i32>R[LEN] && lineBuf[i] != 32) n = n * 10 + <u32>lineBuf[i++] - 48;
  R[END_COUNT] = n;
  R[END_SUM] = hex8(i + 1);
  R[ENDS]++;
}

function takeLine(): void {
  const P = 14; // "*** ivt trace "
  if (!lineHas(0, "*** ivt trace ")) return;
  if (lineHas(P, "begin ")) R[BEGINS]++;
  else if (lineHas(P, "thread ") && lineHas(<i32>R[LEN] - 5, " main")) R[SAW_MAIN] = 1;
  else if (lineHas(P, "data")) dataLine(P + 4);
  else if (lineHas(P, "end ")) endLine(P + 4);
}

class DumpReader extends Uart {
  putc(c: u32): void {
    if (c == 13) return;
    if (c != 10) {
      if (R[LEN] < <u32>LINE_MAX) lineBuf[R[LEN]++] = <u8>c;
      return;
    }
    takeLine();
    R[LEN] = 0;
  }
  getc(): i32 {
    return -1;
  }
  setRxInterrupt(on: bool): void {}
  clearRxInterrupt(): void {}
}

/** The compact dump (traceDumpCompact) read by a DumpReader in place of
 *  the console; returns the records it printed. */
function dumpThroughReader(): u32 {
  const saved = consoleUart();
  const rx = consoleRxVector();
  consoleSet(new DumpReader(), rx);
  const n = traceDumpCompact();
  if (saved !== null) consoleSet(saved, rx);
  return n;
}

/** The dump's own checks: one begin and one end line, whole records, the
 *  end line's count and checksum those of the records read. */
function checkDumpWhole(printed: u32): void {
  checkEq(R[BEGINS], 1, "one begin line");
  checkEq(R[ENDS], 1, "one end line");
  checkEq(R[BAD], 0, "every record 16 hex digits");
  checkEq(R[RECORDS], printed, "records read = records printed");
  checkEq(R[END_COUNT], R[RECORDS], "the end line's count");
  checkEq(R[END_SUM], R[SUM], "the end line's checksum");
}

export function traceTests(): void {
  test("trace: thread events give the incoming thread and states after and before", () => {
    const me = threadCurrent()!;
    const gate = new Semaphore();
    checkEq(gate.create(0, 1), Err.Ok, "create the gate");
    // More urgent than main: it runs at once and blocks on the gate.
    const t = spawn(0, "gated", waitAtGate, changetype<u32>(gate), MAIN_PRIORITY - 1);
    check(recent(threadWord(TraceKind.State, t.id, ThreadState.Ready, ThreadState.Free)), "created: from nothing to ready");
    check(recent(threadWord(TraceKind.Switch, t.id, ThreadState.Ready, ThreadState.Free)), "to it, main stays ready");
    check(recent(threadWord(TraceKind.Switch, me.id, ThreadState.Blocked, ThreadState.Free)), "back, it blocked");
    gate.give();
    // Woken and more urgent: it runs at once, and the switch to it says
    // what it was woken from; no wake event of its own (docs/trace.md).
    check(recent(threadWord(TraceKind.Switch, t.id, ThreadState.Ready, ThreadState.Blocked)), "woken and run at once: the switch says from blocked");
    check(!recent(threadWord(TraceKind.Wake, t.id, ThreadState.Ready, ThreadState.Blocked)), "no wake event before it");
    check(recent(threadWord(TraceKind.Switch, me.id, ThreadState.Dead, ThreadState.Free)), "back, it ended");
    check(traceRecentStamp(0) - traceRecentStamp(1) < 0x80000000, "the newest two stamps in order");
    cleanup();
    // Less urgent than main: it blocks on the gate while main sleeps, and
    // the give wakes it without a switch: a wake event.
    const w = spawn(0, "waiter", waitAtGate, changetype<u32>(gate), MAIN_PRIORITY + 1);
    threadSleep(2);
    gate.give();
    check(recent(threadWord(TraceKind.Wake, w.id, ThreadState.Ready, ThreadState.Blocked), 3), "a less urgent waiter woken: blocked to ready, not run");
    check(!switchedTo(w.id, 3), "and not switched to");
    gate.delete();
    cleanup();
    // More urgent than main, it suspends itself; the resume runs it at once
    // and the switch says from suspended, with no state event of its own.
    const r = spawn(0, "resumed", suspendSelf, 0, MAIN_PRIORITY - 1);
    check(recent(threadWord(TraceKind.Switch, me.id, ThreadState.Suspended, ThreadState.Free)), "back, it suspended itself");
    checkEq(threadResume(r), Err.Ok, "resume it");
    check(recent(threadWord(TraceKind.Switch, r.id, ThreadState.Ready, ThreadState.Suspended)), "resumed and run at once: the switch says from suspended");
    check(!recent(threadWord(TraceKind.State, r.id, ThreadState.Ready, ThreadState.Suspended)), "no state event before it");
    check(recent(threadWord(TraceKind.Switch, me.id, ThreadState.Dead, ThreadState.Free)), "back, it ended");
    cleanup();
    // Less urgent than main: it stays ready while main suspends, resumes
    // and deletes it.
    const u = spawn(0, "idler", waitAtGate, 0, MAIN_PRIORITY + 1);
    check(recent(threadWord(TraceKind.State, u.id, ThreadState.Ready, ThreadState.Free), 3), "created");
    checkEq(threadSuspend(u), Err.Ok, "suspend");
    check(recent(threadWord(TraceKind.State, u.id, ThreadState.Suspended, ThreadState.Ready), 3), "ready to suspended");
    checkEq(threadResume(u), Err.Ok, "resume");
    check(recent(threadWord(TraceKind.State, u.id, ThreadState.Ready, ThreadState.Suspended), 3), "suspended to ready");
    checkEq(threadDelete(u), Err.Ok, "delete");
    check(recent(threadWord(TraceKind.State, u.id, ThreadState.Free, ThreadState.Ready), 3), "ready to gone");
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

  test("trace: the compact dump holds every event, even those written while it prints", () => {
    threadSleep(1); // some events to show, on any board
    // Masked, as at exit: nothing else writes meanwhile.
    readerReset(false);
    let s = portIrqSave();
    const written = traceCount();
    const word = traceRecent(0);
    const stamp = traceRecentStamp(0);
    let printed = dumpThroughReader();
    portIrqRestore(s);
    checkDumpWhole(printed);
    checkEq(R[SAW_MAIN], 1, "the thread table names main");
    checkEq(printed, written < TRACE_EVENTS ? written : TRACE_EVENTS, "all the ring holds");
    checkEq(R[NEWEST_WORD], word, "newest first: the last event");
    checkEq(R[NEWEST_STAMP], stamp, "with its stamp");
    // An event per line printed: printing from the ring itself, the dump
    // lost the oldest to them; it prints from a copy.
    readerReset(true);
    s = portIrqSave();
    for (let i: u32 = 0; i < TRACE_EVENTS; i++) trace(TraceKind.WorkStart, 1); // a full ring
    printed = dumpThroughReader();
    portIrqRestore(s);
    checkDumpWhole(printed);
    checkEq(printed, TRACE_EVENTS, "all the ring held at the call");
    checkEq(R[NEWEST_WORD], (<u32>TraceKind.WorkStart << 24) | 1, "from the newest before the call");
  });
}
