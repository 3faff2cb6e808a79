// How make bench judges the network load (tools/ivt/netbench.js): a
// corrupted echo, a loss at the lowest rate, moderation that does not cut
// the interrupts, or a moderation-off run that did not take one interrupt
// per frame fails the run; a good table gets its saturation rates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { judgeNetLoad, RATES } from "../../tools/ivt/netbench.js";

/** A table as the guest would give it: nothing lost or corrupted, `on`
 *  and `off` interrupts per frame at every rate. */
function table(on, off) {
  const rows = (ipf) => RATES.map((rate) => ({
    offered_per_s: rate, sent: 2000, echoed: 2000, lost: 0, corrupted: 0, loss_pct: 0, echoed_per_virtual_s: rate,
    frames: 2000, interrupts: Math.round(2000 * ipf), interrupts_per_frame: ipf,
  }));
  return { moderation_on: rows(on), moderation_off: rows(off) };
}

test("a good table passes and gets its saturation rates", () => {
  const r = judgeNetLoad(table(0.1, 1));
  assert.deepEqual(r.saturation_per_s, { moderation_on: 4000, moderation_off: 4000 });
});

test("moderation off at under one interrupt per frame fails (moderation never went off)", () => {
  assert.throws(() => judgeNetLoad(table(0.1, 0.1)), /moderation off at 250\/s: 0.1 interrupts per frame/);
});

test("moderation on that does not cut the interrupts at the top rate fails", () => {
  assert.throws(() => judgeNetLoad(table(1, 1)), /moderation on at 4000\/s: 1 interrupts per frame/);
});

test("a corrupted echo or a loss at the lowest rate fails", () => {
  const t = table(0.1, 1);
  t.moderation_on[2].corrupted = 1;
  assert.throws(() => judgeNetLoad(t), /moderation_on at 1000\/s: 1 echoes corrupted/);
  const u = table(0.1, 1);
  u.moderation_off[0].lost = 3;
  assert.throws(() => judgeNetLoad(u), /moderation_off at the lowest rate, 250\/s: 3 lost/);
});
