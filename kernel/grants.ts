// Hardware for applications in their own modules, only by grant
// (docs/isolation.md). board.json "grants" names, per application, the
// devices it may drive; the build checks each names a device of the board
// that the kernel does not use itself (the interrupt controller, the
// system control space, the tick, the console, the cycle counter, the
// panic console) and the generated kernel entry passes the windows here.
//
// An application reaches a granted device through a handle (Kind.Device):
// register reads and writes at an offset inside the window, never an
// address; an offset outside it ends the application with an MMIO
// VIOLATION report. Its interrupt runs the model of Linux's UIO: the
// kernel's own top half masks the line and wakes the application's thread
// waiting in irq_wait, which services the device and unmasks the line
// with irq_unmask. The application's code never runs in interrupt context.

import { Err } from "./errors";
import { IrqHandler, IrqReturn, irqDesc, irqDisable, irqEnable, irqFree, irqRequest } from "./irq";
import { Semaphore } from "./sem";
import { mmioRead16, mmioRead32, mmioRead8, mmioWrite16, mmioWrite32, mmioWrite8, portCycles } from "./port";

/** Grants an image may hold. */
export const MAX_GRANTS: u32 = 8;

/** The kernel's top half for a line an application serves: masks it and
 *  wakes the application's waiting thread, noting the cycle counter's
 *  reading (irq_stamp: when the interrupt was taken, for the driver's
 *  timestamps and its own latency). */
@final class AppIrq extends IrqHandler {
  events: Semaphore = new Semaphore();
  /** portCycles when this top half last ran. */
  stamp: u32 = 0;
  /** Whether it ran since the line was last attached. */
  stamped: bool = false;
  top(vector: u32): IrqReturn {
    this.stamp = portCycles();
    this.stamped = true;
    irqDisable(vector);
    this.events.give(); // a binary count: interrupts before the wait are one wake
    return IrqReturn.Handled;
  }
}

@final export class Grant {
  /** The application (1-based). */
  app: u32 = 0;
  name: string = "";
  base: u32 = 0;
  size: u32 = 0;
  /** The device's interrupt vector, or -1 if it has none. */
  vector: i32 = -1;
  /** Made at the first irq_attach, kept for the application's restarts. */
  handler: AppIrq | null = null;
  attached: bool = false;
}

let grants: StaticArray<Grant | null> | null = null;
let grantCount: u32 = 0;

/** Grants application `index` (0-based) the device `name`: `size` bytes
 *  of registers at `base`, interrupt `vector` (-1: none). The generated
 *  kernel entry calls it, checked by the build. Boot only. */
export function appGrant(index: u32, name: string, base: u32, size: u32, vector: i32): void {
  if (grants === null) grants = new StaticArray<Grant | null>(<i32>MAX_GRANTS);
  if (grantCount >= MAX_GRANTS) return;
  const g = new Grant();
  g.app = index + 1;
  g.name = name;
  g.base = base;
  g.size = size;
  g.vector = vector;
  unchecked((grants![<i32>grantCount] = g));
  grantCount++;
}

/** Whether some application's grant holds interrupt `vector`: a board
 *  whose spare lines are devices (mcf5208evb's idle UARTs) leaves such a
 *  line to the application. Ask it only in an image with isolated
 *  applications (ISOLATED_APPS): elsewhere its types cost static data for
 *  nothing. Any context (the grants are made before boardInit runs). */
export function grantHasVector(vector: u32): bool {
  for (let i: u32 = 0; i < grantCount; i++) {
    if (unchecked(grants![<i32>i])!.vector == <i32>vector) return true;
  }
  return false;
}

/** The grant of device `name` (its `len` bytes at kernel address `at`,
 *  one byte per character) to application `app`, or null. Any context. */
export function grantFind(app: u32, at: usize, len: u32): Grant | null {
  for (let i: u32 = 0; i < grantCount; i++) {
    const g = unchecked(grants![<i32>i])!;
    if (g.app != app || <u32>g.name.length != len) continue;
    let same = true;
    for (let j: u32 = 0; j < len; j++) if (<u32>g.name.charCodeAt(<i32>j) != <u32>load<u8>(at + j)) same = false;
    if (same) return g;
  }
  return null;
}

/** Whether an access of `width` bytes at `offset` lies inside `g`'s
 *  window and is aligned to its width. */
export function grantFits(g: Grant, offset: u32, width: u32): bool {
  return (width == 1 || width == 2 || width == 4) && (offset & (width - 1)) == 0 && offset < g.size && width <= g.size - offset;
}

/** Reads the register at `offset` of `g` (grantFits checked). */
export function grantRead(g: Grant, offset: u32, width: u32): u32 {
  const a = g.base + offset;
  return width == 4 ? mmioRead32(a) : width == 2 ? mmioRead16(a) : mmioRead8(a);
}

/** Writes the register at `offset` of `g` (grantFits checked). */
export function grantWrite(g: Grant, offset: u32, width: u32, value: u32): void {
  const a = g.base + offset;
  if (width == 4) mmioWrite32(a, value);
  else if (width == 2) mmioWrite16(a, value);
  else mmioWrite8(a, value);
}

/** Puts `g`'s line under the application: the kernel's top half masks it
 *  and wakes irq_wait. A line a dead application left masked is unmasked
 *  here, for the new one. Returns Err.Ok; Err.Unsupported (the device has
 *  no interrupt); Err.Exists (attached already); irqRequest's errors.
 *  Thread context. */
export function grantAttach(g: Grant): Err {
  if (g.vector < 0) return Err.Unsupported;
  if (g.attached) return Err.Exists;
  if (g.handler === null) {
    const h = new AppIrq();
    h.name = g.name; // the granted device's, for the line's reports
    if (h.events.create(0, 1) != Err.Ok) return Err.NoSpace;
    g.handler = h;
  }
  const v = <u32>g.vector;
  const d = irqDesc(v);
  if (d !== null) while (d.disableDepth > 0) irqEnable(v);
  g.handler!.stamped = false;
  const e = irqRequest(v, g.handler!);
  if (e == Err.Ok) g.attached = true;
  return e;
}

/** When the kernel last took `g`'s interrupt: the cycle counter's reading
 *  (as portCycles) in its top half, or -1 if the line is not attached or
 *  has not interrupted since it was. Any context. */
export function grantIrqStamp(g: Grant): i64 {
  if (!g.attached) return -1;
  const h = g.handler!;
  return h.stamped ? <i64>h.stamp : -1;
}

/** Waits at most `timeout` ticks for `g`'s next interrupt (as
 *  Semaphore.take). Err.Invalid if the line is not attached. Thread context. */
export function grantWait(g: Grant, timeout: u32): Err {
  if (!g.attached) return Err.Invalid;
  return g.handler!.events.take(timeout);
}

/** Unmasks `g`'s line after its interrupt was served. Err.Invalid if it is
 *  not attached or not masked by an interrupt. Any context. */
export function grantUnmask(g: Grant): Err {
  if (!g.attached) return Err.Invalid;
  const v = <u32>g.vector;
  const d = irqDesc(v);
  if (d === null || d.disableDepth == 0) return Err.Invalid;
  // The controller latched the line pending while it was masked and the
  // device still asserted it; the thread has cleared the device since.
  // Without this the unmask takes that stale pend at once and wakes the
  // thread for nothing; a line still asserted is pending again at once.
  d.chip.unpend(v);
  return irqEnable(v);
}

/** Takes application `app`'s lines back when it ends: each is freed and
 *  stays masked (a level line its device still asserts would fire for
 *  nobody) until the application attaches it again. Thread context. */
export function grantsRelease(app: u32): u32 {
  let released: u32 = 0;
  for (let i: u32 = 0; i < grantCount; i++) {
    const g = unchecked(grants![<i32>i])!;
    if (g.app != app || !g.attached) continue;
    irqFree(<u32>g.vector, g.handler!);
    const h = g.handler!;
    h.events.take(0); // a wake left for the dead application
    g.attached = false;
    released++;
  }
  return released;
}
