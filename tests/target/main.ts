// The on-target suite: the same tests on sim and on every board.

import { finish } from "./harness";
import { bootTests } from "./boot";
import { irqTests } from "./irq";
import { timeTests } from "./time";
import { timeKernelTests } from "./time-kernel";
import { tickTests } from "./ticks";
import { threadTests } from "./threads";
import { threadKernelTests } from "./threads-kernel";
import { waitTests } from "./wait";
import { waitIrqTests } from "./wait-irq";
import { apiTests } from "./api";
import { streamTests } from "./stream";
import { streamKernelTests } from "./stream-kernel";
import { syncTests } from "./sync";
import { syncIrqTests } from "./sync-irq";
import { poolTests } from "./pool";
import { poolKernelTests } from "./pool-kernel";
import { queuesetTests } from "./queueset";
import { queuesetIrqTests } from "./queueset-irq";
import { deferredTests } from "./deferred";
import { timerTests } from "./timers";
import { timerKernelTests } from "./timers-kernel";
import { robustTests } from "./robust";
import { robustIrqTests } from "./robust-irq";
import { pollTests } from "./poll";
import { pollIrqTests } from "./poll-irq";
import { containTests } from "./contain";
import { checkedTests } from "./checked";
import { arithTests } from "./arith";
import { regsTests } from "./regs";
import { dmaGuardTests } from "./dmaguard";
import { stackTests } from "./stack";
import { stackuseTests } from "./stackuse";
import { traceTests } from "./trace";

// containTests runs last: it exhausts the heap on purpose (it gives it
// back, but a board near its limit is safest with nothing after it).
export function main(): i32 {
  bootTests();
  irqTests();
  timeTests();
  timeKernelTests();
  tickTests();
  threadTests();
  threadKernelTests();
  waitTests();
  waitIrqTests();
  syncTests();
  syncIrqTests();
  apiTests();
  streamTests();
  streamKernelTests();
  poolTests();
  poolKernelTests();
  queuesetTests();
  queuesetIrqTests();
  deferredTests();
  timerTests();
  timerKernelTests();
  traceTests();
  robustTests();
  robustIrqTests();
  pollTests();
  pollIrqTests();
  checkedTests();
  arithTests();
  regsTests();
  dmaGuardTests();
  stackTests();
  stackuseTests();
  containTests();
  return finish();
}
