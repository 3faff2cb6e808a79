// Handle slots and their pins (kernel/handles.ts), on the host: a slot
// that a call has pinned is not taken again by any create, even once
// freed, so a call that found its object cannot end up acting on
// another application's object made in the same kept storage.
import {
  HANDLE_SLOTS, Kind, cachedObject, handleObject, handleOf, handlePin, handlePublish, handleRelease, handleReserve, handleSetObject, handleSlot, handleTake,
  handleUnpin, handlesInit, slotKind, slotOwner,
} from "../../kernel/handles";
import { APP_MAX_HANDLES } from "../../kernel/config";

const THIEF: u32 = 1;
const VICTIM: u32 = 2;
/** The thread id that pins in these tests. */
const CALLER: u32 = 3;

/** Takes a slot for `owner` and gives it object `obj` if it has none
 *  kept; returns the slot (-1: none). */
function create(owner: u32, obj: usize): i32 {
  const slot = handleTake(Kind.Semaphore, owner);
  if (slot >= 0 && cachedObject(Kind.Semaphore, slot) == 0) handleSetObject(slot, obj);
  return slot;
}

/** Frees slots first .. first + n - 1. */
function releaseAll(first: i32, n: i32): void {
  for (let i = first; i < first + n; i++) handleRelease(i);
}

describe("handle pins", () => {
  test("a pinned slot, freed, is not taken again until unpinned; then its kept object is reused", () => {
    handlesInit();
    const slot = create(THIEF, 0x1000);
    expect(slot).toBeGreaterThanOrEqual(0);
    const h = handleOf(slot);
    // The call found its object and pinned the slot...
    expect(handlePin(h, Kind.Semaphore, THIEF, CALLER, 0)).toBe(0x1000);
    // ...a sibling deleted it meanwhile...
    handleRelease(slot);
    // ...and another application's create does not get that slot (nor its object).
    const other = create(VICTIM, 0x2000);
    expect(other).not.toBe(slot);
    expect(cachedObject(Kind.Semaphore, other)).toBe(0x2000);
    // The call ends: the slot may be taken again, its kept object first.
    handleUnpin(CALLER);
    const again = create(VICTIM, 0x3000);
    expect(again).toBe(slot);
    expect(cachedObject(Kind.Semaphore, again)).toBe(0x1000);
    handleRelease(other);
    handleRelease(again);
  });

  test("a stale or foreign handle pins nothing and finds no object", () => {
    handlesInit();
    const slot = create(THIEF, 0x1000);
    const h = handleOf(slot);
    expect(handlePin(h, Kind.Semaphore, VICTIM, CALLER, 0)).toBe(0); // not the victim's
    expect(handlePin(h, Kind.Queue, THIEF, CALLER, 0)).toBe(0); // not a queue
    handleRelease(slot);
    expect(handlePin(h, Kind.Semaphore, THIEF, CALLER, 0)).toBe(0); // stale
    // Nothing was pinned: the slot is the next create's.
    expect(create(VICTIM, 0x2000)).toBe(slot);
    handleRelease(slot);
  });

  test("a reserved slot (its object being made) answers to no handle, stays its owner's, and answers once published", () => {
    handlesInit();
    const slot = create(THIEF, 0x1000);
    handleReserve(slot);
    const h = handleOf(slot);
    // Its handle (the one the create will return, which a sibling may
    // guess) finds nothing while the object is made.
    expect(handleSlot(h, Kind.Semaphore, THIEF)).toBe(-1);
    expect(handleObject(h, Kind.Semaphore, THIEF)).toBe(0);
    expect(handlePin(h, Kind.Semaphore, THIEF, CALLER, 0)).toBe(0);
    // The slot is still taken, of its kind and charged to its owner (its
    // end frees it), and no create takes it.
    expect(slotOwner(slot)).toBe(THIEF);
    expect(slotKind(slot)).toBe(Kind.Semaphore);
    const other = create(VICTIM, 0x2000);
    expect(other).not.toBe(slot);
    handleRelease(other);
    // Published, the handle answers as before.
    handlePublish(slot);
    expect(handleOf(slot)).toBe(h);
    expect(handleSlot(h, Kind.Semaphore, THIEF)).toBe(slot);
    // Reserved and then freed (a create that failed), the slot's owner
    // bits keep no reservation: the next taker's handle answers.
    handleReserve(slot);
    handleRelease(slot);
    expect(slotOwner(slot)).toBe(0);
    const again = create(VICTIM, 0x3000);
    expect(again).toBe(slot);
    expect(handleSlot(handleOf(again), Kind.Semaphore, VICTIM)).toBe(again);
    handleRelease(again);
  });

  test("the second pin (a queue set's member) holds its slot as the first does", () => {
    handlesInit();
    const a = create(THIEF, 0x1000);
    const b = create(THIEF, 0x1100);
    expect(handlePin(handleOf(a), Kind.Semaphore, THIEF, CALLER, 0)).toBe(cachedObject(Kind.Semaphore, a));
    expect(handlePin(handleOf(b), Kind.Semaphore, THIEF, CALLER, 1)).toBe(cachedObject(Kind.Semaphore, b));
    handleRelease(a);
    handleRelease(b);
    const c = create(VICTIM, 0x2000);
    expect(c).not.toBe(a);
    expect(c).not.toBe(b);
    handleUnpin(CALLER);
    handleRelease(c);
  });

  test("when the only free slot is pinned, a create gets none (NoSpace), and gets it once unpinned", () => {
    handlesInit();
    // Fill the table: THIEF and VICTIM each hold at most APP_MAX_HANDLES.
    let held = 0;
    let owner: u32 = 4;
    while (held < <i32>HANDLE_SLOTS) {
      for (let i: u32 = 0; i < APP_MAX_HANDLES && held < <i32>HANDLE_SLOTS; i++) {
        expect(create(owner, 0x4000 + <usize>held * 16)).toBeGreaterThanOrEqual(0);
        held++;
      }
      owner++;
    }
    const slot = 0;
    expect(handlePin(handleOf(slot), Kind.Semaphore, 4, CALLER, 0)).not.toBe(0);
    handleRelease(slot);
    expect(handleTake(Kind.Semaphore, 200)).toBe(-1);
    handleUnpin(CALLER);
    expect(handleTake(Kind.Semaphore, 200)).toBe(slot);
    releaseAll(0, <i32>HANDLE_SLOTS);
  });

  test("a freed slot a call still pins counts against its application's APP_MAX_HANDLES, and is free to it again once unpinned", () => {
    handlesInit();
    // THIEF fills its share, pinning every slot (one thread per slot, as
    // threads suspended inside their calls would), then frees them all.
    const mine = new StaticArray<i32>(<i32>APP_MAX_HANDLES);
    for (let i: u32 = 0; i < APP_MAX_HANDLES; i++) {
      const slot = create(THIEF, 0x1000 + <usize>i * 16);
      expect(slot).toBeGreaterThanOrEqual(0);
      mine[i] = slot;
    }
    for (let i: u32 = 0; i < APP_MAX_HANDLES; i++) {
      const slot = mine[i];
      expect(handlePin(handleOf(slot), Kind.Semaphore, THIEF, 10 + i / 2, i & 1)).not.toBe(0);
      handleRelease(slot);
      expect(slotOwner(slot)).toBe(0); // free: nobody's to end or to list
    }
    // Its creates still fail: the pinned free slots are its own.
    expect(handleTake(Kind.Semaphore, THIEF)).toBe(-1);
    // Another application gets what THIEF never held.
    const other = create(VICTIM, 0x2000);
    expect(other).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < <i32>APP_MAX_HANDLES; i++) expect(other).not.toBe(mine[i]);
    // One call ends: THIEF may create again (two slots unpinned).
    handleUnpin(10);
    const again = create(THIEF, 0x3000);
    expect(again).toBeGreaterThanOrEqual(0);
    expect(handleTake(Kind.Semaphore, THIEF)).toBeGreaterThanOrEqual(0);
    expect(handleTake(Kind.Semaphore, THIEF)).toBe(-1);
    for (let t: u32 = 10; t < 10 + APP_MAX_HANDLES / 2; t++) handleUnpin(t);
    releaseAll(0, <i32>HANDLE_SLOTS);
  });
});
