// The hostile test's third application, "forger" (restart once): from
// tick 130, while the victim holds an object of every kind and a thread
// waiting on each, calls every handle-taking system call with every
// handle of slots 0-63, kinds 0-10 (thread to queue set) and generations
// 0-15 but its own main thread's, semaphore's and queue set's, and counts
// what was not refused with Invalid. Then it makes one more semaphore and
// traps; the restarted forger tries again, now with its previous
// incarnation's handles among the forged ones.

import { Err, kputln, kputs, kputu, NOTIFY_SLOTS, threadSleep, ticks } from "ivt-user";

@external("ivt_sys", "thread_self") declare function sysThreadSelf(): i32;
@external("ivt_sys", "sem_give") declare function sysSemGive(h: i32): i32;
@external("ivt_sys", "sem_take") declare function sysSemTake(h: i32, t: u32): i32;
@external("ivt_sys", "mutex_unlock") declare function sysMutexUnlock(h: i32): i32;
@external("ivt_sys", "mutex_lock") declare function sysMutexLock(h: i32, t: u32): i32;
@external("ivt_sys", "queue_send") declare function sysQueueSend(h: i32, p: usize, t: u32): i32;
@external("ivt_sys", "queue_receive") declare function sysQueueReceive(h: i32, p: usize, t: u32): i32;
@external("ivt_sys", "event_set") declare function sysEventSet(h: i32, b: u32): i32;
@external("ivt_sys", "event_clear") declare function sysEventClear(h: i32, b: u32): i32;
@external("ivt_sys", "event_wait") declare function sysEventWait(h: i32, m: u32, mode: u32, t: u32): i32;
@external("ivt_sys", "notify") declare function sysNotify(h: i32, v: u32, a: u32): i32;
@external("ivt_sys", "notify_indexed") declare function sysNotifyIndexed(h: i32, i: u32, v: u32, a: u32): i32;
@external("ivt_sys", "thread_join") declare function sysThreadJoin(h: i32, t: u32): i32;
@external("ivt_sys", "thread_delete") declare function sysThreadDelete(h: i32): i32;
@external("ivt_sys", "irq_attach") declare function sysIrqAttach(h: i32): i32;
@external("ivt_sys", "irq_wait") declare function sysIrqWait(h: i32, t: u32): i32;
@external("ivt_sys", "irq_unmask") declare function sysIrqUnmask(h: i32): i32;
@external("ivt_sys", "sem_delete") declare function sysSemDelete(h: i32): i32;
@external("ivt_sys", "mutex_delete") declare function sysMutexDelete(h: i32): i32;
@external("ivt_sys", "queue_delete") declare function sysQueueDelete(h: i32): i32;
@external("ivt_sys", "event_delete") declare function sysEventDelete(h: i32): i32;
@external("ivt_sys", "sem_create") declare function sysSemCreate(i: u32, m: u32): i32;
@external("ivt_sys", "sem_available") declare function sysSemAvailable(h: i32): i32;
@external("ivt_sys", "queue_send_front") declare function sysQueueSendFront(h: i32, p: usize, t: u32): i32;
@external("ivt_sys", "queue_peek") declare function sysQueuePeek(h: i32, p: usize, t: u32): i32;
@external("ivt_sys", "queue_count") declare function sysQueueCount(h: i32): i32;
@external("ivt_sys", "event_sync") declare function sysEventSync(h: i32, b: u32, m: u32, t: u32): i32;
@external("ivt_sys", "event_get") declare function sysEventGet(h: i32): u32;
@external("ivt_sys", "thread_state") declare function sysThreadState(h: i32): i32;
@external("ivt_sys", "mutex_owner") declare function sysMutexOwner(h: i32): i32;
@external("ivt_sys", "thread_tag") declare function sysThreadTag(h: i32): u32;
@external("ivt_sys", "queue_put_value") declare function sysQueuePutValue(h: i32, v: u64, size: u32, how: u32, t: u32): i32;
@external("ivt_sys", "queue_overwrite") declare function sysQueueOverwrite(h: i32, p: usize): i32;
@external("ivt_sys", "queue_reset") declare function sysQueueReset(h: i32): i32;
@external("ivt_sys", "queueset_events") declare function sysQueueSetEvents(h: i32): i32;
@external("ivt_sys", "thread_priority") declare function sysThreadPriority(h: i32): i32;
@external("ivt_sys", "thread_set_priority") declare function sysThreadSetPriority(h: i32, p: u32): i32;
@external("ivt_sys", "thread_suspend") declare function sysThreadSuspend(h: i32): i32;
@external("ivt_sys", "thread_resume") declare function sysThreadResume(h: i32): i32;
@external("ivt_sys", "thread_abort_wait") declare function sysThreadAbortWait(h: i32): i32;
@external("ivt_sys", "pool_alloc") declare function sysPoolAlloc(h: i32, t: u32): i32;
@external("ivt_sys", "pool_free") declare function sysPoolFree(h: i32, index: u32): i32;
@external("ivt_sys", "pool_available") declare function sysPoolAvailable(h: i32): i32;
@external("ivt_sys", "pool_delete") declare function sysPoolDelete(h: i32): i32;
@external("ivt_sys", "stream_write") declare function sysStreamWrite(h: i32, p: usize, n: u32, t: u32): i32;
@external("ivt_sys", "stream_read") declare function sysStreamRead(h: i32, p: usize, n: u32, t: u32): i32;
@external("ivt_sys", "stream_available") declare function sysStreamAvailable(h: i32): i32;
@external("ivt_sys", "stream_spaces") declare function sysStreamSpaces(h: i32): i32;
@external("ivt_sys", "stream_next_length") declare function sysStreamNextLength(h: i32): i32;
@external("ivt_sys", "stream_reset") declare function sysStreamReset(h: i32): i32;
@external("ivt_sys", "stream_delete") declare function sysStreamDelete(h: i32): i32;
@external("ivt_sys", "queueset_create") declare function sysQueueSetCreate(capacity: u32): i32;
@external("ivt_sys", "queueset_add") declare function sysQueueSetAdd(h: i32, member: i32): i32;
@external("ivt_sys", "queueset_remove") declare function sysQueueSetRemove(h: i32, member: i32): i32;
@external("ivt_sys", "queueset_select") declare function sysQueueSetSelect(h: i32, t: u32): i32;
@external("ivt_sys", "queueset_delete") declare function sysQueueSetDelete(h: i32): i32;

const item = memory.data(32);
let accepted: u32 = 0;

function refused(h: i32, e: i32): void {
  if (e == Err.Invalid) return;
  accepted++;
  kputs("forger: FAILED: handle 0x");
  kputs(h.toString(16));
  kputs(" accepted, ");
  kputu(<u32>e);
  kputln("");
}

/** The forger's own semaphore and queue set: a forged set is offered a
 *  real member, and the real set a forged member, so each side of an add
 *  or a remove is forged alone. */
let ownSem: i32 = 0;
let ownSet: i32 = 0;

function forgeAll(self: i32, mine: i32): void {
  for (let gen: u32 = 0; gen < 16; gen++) {
    for (let kind: u32 = 0; kind < 11; kind++) {
      for (let slot: u32 = 0; slot < 64; slot++) {
        const h = <i32>((gen << 12) | (kind << 8) | slot);
        if (h == self || h == mine || h == ownSem || h == ownSet) continue;
        // Harmless if refused, visible if not: nothing waits forever.
        refused(h, sysSemGive(h));
        refused(h, sysSemTake(h, 0));
        refused(h, sysMutexLock(h, 0));
        refused(h, sysMutexUnlock(h));
        refused(h, sysQueueSend(h, item, 0));
        refused(h, sysQueueReceive(h, item, 0));
        refused(h, sysEventSet(h, 1));
        refused(h, sysEventClear(h, 0));
        refused(h, sysEventWait(h, 1, 0, 0));
        refused(h, sysNotify(h, 1, 0));
        // The last slot: in range on every board (slot 0 is sysNotify's).
        refused(h, sysNotifyIndexed(h, NOTIFY_SLOTS - 1, 1, 0));
        refused(h, sysThreadJoin(h, 0));
        refused(h, -sysSemAvailable(h));
        refused(h, sysQueueSendFront(h, item, 0));
        refused(h, sysQueuePeek(h, item, 0));
        refused(h, -sysQueueCount(h));
        refused(h, sysEventSync(h, 0, 1, 0));
        refused(h, sysEventGet(h) == 0 ? Err.Invalid : Err.Ok);
        refused(h, -sysThreadState(h));
        refused(h, -sysMutexOwner(h));
        refused(h, sysThreadTag(h) == 0 ? Err.Invalid : Err.Ok);
        refused(h, sysQueuePutValue(h, 1, 4, 0, 0));
        refused(h, sysQueuePutValue(h, 1, 4, 2, 0));
        refused(h, sysQueueOverwrite(h, item));
        refused(h, -sysQueueSetEvents(h));
        refused(h, -sysThreadPriority(h));
        refused(h, sysThreadSetPriority(h, 20));
        refused(h, sysThreadSuspend(h));
        refused(h, sysThreadResume(h));
        refused(h, sysThreadAbortWait(h));
        refused(h, sysIrqAttach(h));
        refused(h, sysIrqWait(h, 0));
        refused(h, sysIrqUnmask(h));
        // Pools, stream and message buffers, queue sets: a result of 0 or
        // more (a block, bytes, a count) would be an answer, not Invalid.
        refused(h, -sysPoolAlloc(h, 0));
        refused(h, sysPoolFree(h, 0));
        refused(h, -sysPoolAvailable(h));
        refused(h, sysStreamWrite(h, item, 4, 0));
        refused(h, -sysStreamRead(h, item, 4, 0));
        refused(h, -sysStreamAvailable(h));
        refused(h, -sysStreamSpaces(h));
        refused(h, -sysStreamNextLength(h));
        refused(h, sysQueueSetAdd(h, ownSem));
        refused(h, sysQueueSetAdd(ownSet, h));
        refused(h, sysQueueSetRemove(h, ownSem));
        refused(h, sysQueueSetRemove(ownSet, h));
        refused(h, -sysQueueSetSelect(h, 0));
        // The destroying ones last.
        refused(h, sysQueueReset(h));
        refused(h, sysThreadDelete(h));
        refused(h, sysSemDelete(h));
        refused(h, sysMutexDelete(h));
        refused(h, sysQueueDelete(h));
        refused(h, sysEventDelete(h));
        refused(h, sysStreamReset(h));
        refused(h, sysPoolDelete(h));
        refused(h, sysStreamDelete(h));
        refused(h, sysQueueSetDelete(h));
      }
    }
  }
}

let restarted: bool = false;

export function main(): i32 {
  kputln("forger: start");
  const now = ticks();
  if (now < 130) threadSleep(130 - now);
  const self = sysThreadSelf();
  ownSem = sysSemCreate(0, 1);
  ownSet = sysQueueSetCreate(1);
  if (ownSem <= 0 || ownSet <= 0) kputln("forger: FAILED: no semaphore or queue set of its own");
  forgeAll(self, 0);
  // The control: the same call with a real handle, its own thread's, works.
  if (sysNotifyIndexed(self, NOTIFY_SLOTS - 1, 1, 0) != Err.Ok) kputln("forger: FAILED: its own thread refused a notification");
  kputs("forger: ");
  kputu(accepted);
  kputln(" forged handles accepted");
  // A handle of this incarnation, for the next one to forge.
  const mine = sysSemCreate(0, 1);
  if (mine <= 0) kputln("forger: FAILED: no semaphore");
  unreachable();
  return 0;
}
