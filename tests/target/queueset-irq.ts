// Queue sets from interrupt context (the kernel's suite only: an
// application has no top halves): a top half's send wakes a selecting
// thread; from a top half select only with NO_WAIT, add and remove never.

import { test, check, checkEq, checkSeq, seqReset } from "./harness";
import { cleanup, joinThread, spawn } from "./util";
import { runTopHalf, TopHalfOnce } from "./irqutil";
import { deleteAll, makeAll, qa, qb, res, selector, set, sm, which } from "./queueset";
import { Err, MAIN_PRIORITY, NO_WAIT } from "../../kernel/ivt";

/** A top half: with `give` false, sends 9 to qa; with `give` true, tries
 *  add and remove, gives sm and selects with a timeout and with NO_WAIT
 *  (into `which`). */
class Top extends TopHalfOnce {
  give: bool = false;
  sent: Err = Err.Invalid;
  picked: Err = Err.Invalid;
  timed: Err = Err.Ok;
  added: Err = Err.Ok;
  removed: Err = Err.Ok;
  once(): void {
    if (!this.give) {
      this.sent = qa.sendValue<u32>(9, NO_WAIT);
      return;
    }
    this.added = set.add(qb);
    this.removed = set.remove(qa);
    this.sent = sm.give();
    this.timed = set.select(which, 5);
    this.picked = set.select(which, NO_WAIT);
  }
}
const top = new Top();

export function queuesetIrqTests(): void {
  // A top half's send wakes a selecting thread; from a top half select only with NO_WAIT.
  test("queueset: top halves send and select", () => {
    makeAll();
    seqReset();
    const t = spawn(0, "sel", selector, 1, MAIN_PRIORITY - 1);
    top.give = false;
    runTopHalf(top);
    checkEq(top.sent, Err.Ok, "sent in the handler");
    check(joinThread(t), "selector woken and ended");
    checkSeq("a", "named qa");
    checkEq(res[2], 9, "read the handler's item");
    const g = top;
    g.give = true;
    runTopHalf(g);
    checkEq(g.added, Err.InInterrupt, "add in a handler");
    checkEq(g.removed, Err.InInterrupt, "remove in a handler");
    checkEq(g.sent, Err.Ok, "given in the handler");
    checkEq(g.timed, Err.InInterrupt, "a timeout in a handler");
    checkEq(g.picked, Err.Ok, "NO_WAIT in a handler");
    check(which.value === sm, "named sm");
    deleteAll();
    cleanup();
  });
}
