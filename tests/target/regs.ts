// Register clobber tests: threads and interrupt handlers fill every general
// register with a pattern (r0-r12 and lr on Cortex-M, d0-d7 and a0-a6 on
// ColdFire), spin while the tick, time slicing, other threads and other
// handlers that fill them with their own patterns come and go, then check
// that every register still holds its pattern. The filling and checking is
// the arch's (regs_check, arch/<arch>/regs.S): a register that changed is
// named on the panic console ("*** regs_check: r5 changed to ...") and set
// in the mask the test checks. This is the "careful review of register
// save/restore" as a test: every switch path (interrupt return, a switch
// at the end of an interrupt, a switch from thread code) runs in it.
//
// On sim, wasm runs in Node and has no machine registers of its own: the
// host's regs_check returns 0 and the tests say so (docs/abi.md).

import { test, check, checkEq } from "./harness";
import { joinThread, pool, spawn, STACK } from "./util";
import { spare } from "./irqutil";
import {
  boardNameOf, Err, FOREVER, irqFree, IrqHandler, irqPend, irqRequest, IrqReturn, kputln,
  MAIN_PRIORITY, portIrqRestore, portIrqSave, Semaphore, threadSleep, ThreadState, threadState,
} from "../../kernel/ivt";

/** Test-only host import (docs/abi.md): loads register i with `pattern + i`,
 *  spins `spins` rounds (interrupts and switches may come), and returns a
 *  mask of the registers that no longer hold their value. With `unmask`
 *  (called with interrupts masked) it enables interrupts once the
 *  registers are filled, so a pending switch happens from thread code. */
@external("ivt", "regs_check")
declare function regsCheck(pattern: u32, spins: u32, unmask: u32): u32;

// Rounds per call: longer than a tick on every board (a round is about a
// dozen instructions; a 1 ms tick is about 8000 of them under QEMU -icount).
const SPINS: u32 = 6000;
const CALLS: u32 = 6;

const masks = new StaticArray<u32>(4);

function filler(i: u32): void {
  for (let k: u32 = 0; k < CALLS; k++) masks[i] |= regsCheck(0xa5000000 + (i << 20), SPINS, 0);
}

/** Fills the registers with its own pattern in interrupt context. */
class FillingHandler extends IrqHandler {
  mask: u32 = 0;
  calls: u32 = 0;
  top(vector: u32): IrqReturn {
    this.calls++;
    this.mask |= regsCheck(0xc3000000, 200, 0);
    return IrqReturn.Handled;
  }
}
const handler = new FillingHandler();

const wake = new Semaphore();
let urgentMask: u32 = 0;
let urgentRounds: u32 = 0;
/** More urgent than main: runs when main wakes it, fills, and blocks again. */
function urgent(rounds: u32): void {
  for (let k: u32 = 0; k < rounds; k++) {
    if (wake.take(FOREVER) != Err.Ok) return;
    urgentMask |= regsCheck(0x3c000000, 500, 0);
    urgentRounds++;
  }
}

function simSays(): void {
  if (boardNameOf() == "sim") kputln("regs: sim: no registers to check");
}

// Names and check descriptions are short: the suite's strings live in
// module memory, which small boards are short of. A check names the
// context whose registers changed; the port names the registers.
export function regsTests(): void {
  test("regs: preempted threads and a handler", () => {
    simSays();
    masks[0] = 0;
    masks[1] = 0;
    handler.mask = 0;
    handler.calls = 0;
    const v = spare(0);
    checkEq(irqRequest(v, handler), Err.Ok, "request");
    const a = spawn(0, "fill-a", filler, 0, MAIN_PRIORITY + 4, STACK);
    const b = spawn(1, "fill-b", filler, 1, MAIN_PRIORITY + 4, STACK);
    // Main, more urgent, pends the filling handler and sleeps two ticks:
    // its wake-up preempts a filler; the ticks between return to the filler
    // without a switch, and time slicing switches between the two.
    for (let i = 0; i < 20000 && (threadState(a) != ThreadState.Free || threadState(b) != ThreadState.Free); i++) {
      irqPend(v);
      threadSleep(2);
    }
    check(joinThread(a) && joinThread(b), "fillers end");
    checkEq(masks[0], 0, "fill-a");
    checkEq(masks[1], 0, "fill-b");
    checkEq(handler.mask, 0, "handler");
    check(handler.calls > 0, "handler ran");
    checkEq(irqFree(v, handler), Err.Ok, "free");
  });

  test("regs: switch from thread code, and back", () => {
    simSays();
    const rounds: u32 = 8;
    urgentMask = 0;
    urgentRounds = 0;
    checkEq(wake.create(0, 1), Err.Ok, "semaphore");
    spawn(0, "urgent", urgent, rounds, MAIN_PRIORITY - 4, STACK);
    let mine: u32 = 0;
    for (let k: u32 = 0; k < rounds; k++) {
      // Masked, the give only pends the switch to "urgent"; regs_check
      // unmasks once main's registers are filled, "urgent" runs there,
      // fills its own, blocks again, and main resumes mid-spin.
      const s = portIrqSave();
      wake.give();
      mine |= regsCheck(0x96000000, 2000, 1);
      portIrqRestore(s);
    }
    check(joinThread(pool[0]), "urgent ends");
    checkEq(urgentRounds, rounds, "urgent rounds");
    checkEq(mine, 0, "main");
    checkEq(urgentMask, 0, "urgent");
  });
}
