// Simulated devices of the sim board: a UART, a periodic timer, an
// interrupt controller and a fault injector, with the register layouts the
// drivers in drivers/sim-*.ts document; a board.json places them
// (SIM_DEVICES, by driver name). Time is virtual (the Clock), so every run of the same
// image with the same input is identical.

import { SimLan9118, VirtualHost } from "./net.js";

/** Virtual time in cycles. Advances by a fixed cost per host call and jumps
 *  forward when the kernel idles. */
export class Clock {
  constructor(hz) {
    this.hz = hz;
    this.now = 0;
    this.timers = [];
  }
  advance(cycles) {
    this.now += cycles;
    for (const t of this.timers) t.update(this.now);
  }
  /** The earliest future time any device will change state, or Infinity. */
  nextEvent() {
    let next = Infinity;
    for (const t of this.timers) next = Math.min(next, t.nextExpiry());
    return next;
  }
}

/** Lines 0..31, 8 priority levels (0 most urgent), GIC-like: a delivered
 *  line is in service until ACK, and while in service it holds the running
 *  priority, so a lost ACK blocks its level and below (as on real chips). */
export class SimIntc {
  constructor(lines) {
    this.lines = lines;
    this.enabled = 0;
    this.latched = 0; // edge/software pending bits
    this.levels = []; // functions returning the level-triggered sources' bits
    this.inService = []; // stack of {line, priority}
    this.priority = new Array(lines).fill(0);
    this.dropAcks = 0; // fault injection: ACKs to lose
  }
  addLevelSource(fn) {
    this.levels.push(fn);
  }
  pending() {
    let bits = this.latched;
    for (const fn of this.levels) bits |= fn();
    return bits >>> 0;
  }
  runningPriority() {
    let p = Infinity;
    for (const s of this.inService) p = Math.min(p, s.priority);
    return p;
  }
  /** The line to deliver next, or -1: enabled, pending, not in service, and
   *  more urgent than the running priority; ties go to the lower line.
   *  `executing` is the priority of the handler the CPU is running (which
   *  still holds its level after its ACK, until it returns, as on a CPU). */
  next(executing = Infinity) {
    const ready = this.pending() & this.enabled;
    if (ready === 0) return -1;
    const running = Math.min(this.runningPriority(), executing);
    let best = -1;
    for (let line = 0; line < this.lines; line++) {
      if (!(ready & (1 << line))) continue;
      if (this.inService.some((s) => s.line === line)) continue;
      if (this.priority[line] >= running) continue;
      if (best < 0 || this.priority[line] < this.priority[best]) best = line;
    }
    return best;
  }
  activate(line) {
    this.latched &= ~(1 << line);
    this.inService.push({ line, priority: this.priority[line] });
  }
  read(off) {
    if (off === 0x00) return this.pending();
    if (off === 0x18) return this.inService.reduce((bits, s) => bits | (1 << s.line), 0) >>> 0;
    if (off >= 0x20 && off < 0x20 + 4 * this.lines) return this.priority[(off - 0x20) >> 2];
    return 0;
  }
  write(off, v) {
    switch (off) {
      case 0x04: this.enabled = (this.enabled | v) >>> 0; break;
      case 0x08: this.enabled = (this.enabled & ~v) >>> 0; break;
      case 0x0c: this.latched = (this.latched | v) >>> 0; break;
      case 0x10: this.latched = (this.latched & ~v) >>> 0; break;
      case 0x14: {
        if (this.dropAcks > 0) {
          this.dropAcks--;
          break;
        }
        const i = this.inService.findIndex((s) => s.line === v);
        if (i >= 0) this.inService.splice(i, 1);
        break;
      }
      default:
        if (off >= 0x20 && off < 0x20 + 4 * this.lines) this.priority[(off - 0x20) >> 2] = v & 7;
    }
  }
}

/** Receive FIFO depth of the sim UART, in bytes (a 16550's). */
export const UART_RX_FIFO = 16;
/** Line rate of the sim UART's receive side: 115200 baud, 10 bits a byte. */
export const UART_BAUD = 115200;

/**
 * TX goes to `out(byte)`. RX models a terminal on a serial line with RTS/CTS
 * flow control: the host puts what was typed in `rx` (the terminal's side);
 * one byte every 10 bit times of UART_BAUD moves into the receive FIFO
 * (UART_RX_FIFO deep), and while the FIFO is full the terminal holds back
 * (RTS off) instead of overrunning it. Without a clock (a unit test) input
 * moves into the FIFO at once, still up to its depth. Its interrupt is
 * level-triggered: asserted while RX is enabled and the FIFO holds a byte.
 */
export class SimUart {
  constructor(out, clock = null) {
    this.out = out;
    this.rx = []; // typed, not yet sent down the line
    this.fifo = []; // received, not yet read
    this.ctrl = 0;
    this.clock = clock;
    this.byteCycles = clock ? Math.max(1, Math.round((clock.hz * 10) / UART_BAUD)) : 0;
    this.nextAt = 0; // virtual time the next byte can be complete
    if (clock) clock.timers.push(this);
  }
  /** Clock hook: moves the bytes whose time has come into the FIFO. */
  update(now) {
    while (this.rx.length && this.fifo.length < UART_RX_FIFO && this.nextAt <= now) {
      this.fifo.push(this.rx.shift());
      this.nextAt += this.byteCycles;
    }
    // An idle or held-back line starts its next byte from now, not from
    // when it stopped.
    if (this.nextAt < now - this.byteCycles) this.nextAt = now - this.byteCycles;
  }
  /** When the FIFO next gains a byte (the idle kernel sleeps until then). */
  nextExpiry() {
    return this.rx.length && this.fifo.length < UART_RX_FIFO ? Math.max(this.nextAt, this.clock.now) : Infinity;
  }
  fill() {
    if (this.clock) this.update(this.clock.now);
    else while (this.rx.length && this.fifo.length < UART_RX_FIFO) this.fifo.push(this.rx.shift());
  }
  level() {
    this.fill();
    return (this.ctrl & 1) !== 0 && this.fifo.length > 0;
  }
  read(off) {
    this.fill();
    if (off === 0x00) return this.fifo.length ? this.fifo.shift() : 0;
    if (off === 0x04) return 1 | (this.fifo.length ? 2 : 0);
    if (off === 0x08) return this.ctrl;
    return 0;
  }
  write(off, v) {
    if (off === 0x00) this.out(v & 0xff);
    else if (off === 0x08) this.ctrl = v & 1;
  }
}

/** A periodic timer counting the virtual clock; latches a flag at each
 *  expiry until INTCLR. */
export class SimTimer {
  constructor(clock) {
    this.clock = clock;
    this.ctrl = 0;
    this.period = 0;
    this.expiry = Infinity;
    this.flag = false;
    clock.timers.push(this);
  }
  level() {
    return this.flag && (this.ctrl & 2) !== 0;
  }
  nextExpiry() {
    return this.ctrl & 1 ? this.expiry : Infinity;
  }
  update(now) {
    if (!(this.ctrl & 1) || now < this.expiry) return;
    this.flag = true;
    // Catch up without looping over every missed period.
    const missed = Math.floor((now - this.expiry) / this.period) + 1;
    this.expiry += missed * this.period;
  }
  restart() {
    this.expiry = this.ctrl & 1 && this.period > 0 ? this.clock.now + this.period : Infinity;
  }
  read(off) {
    if (off === 0x00) return this.ctrl;
    if (off === 0x04) return this.period;
    if (off === 0x08) return this.ctrl & 1 ? Math.max(0, this.expiry - this.clock.now) >>> 0 : 0;
    if (off === 0x0c) return this.flag ? 1 : 0; // interrupt status (write 1: clear)
    if (off === 0x10) return this.clock.hz;
    return 0;
  }
  write(off, v) {
    if (off === 0x00) {
      this.ctrl = v & 3;
      this.restart();
    } else if (off === 0x04) {
      this.period = v >>> 0;
      this.restart();
    } else if (off === 0x0c && v & 1) {
      this.flag = false;
    }
  }
}

/**
 * Fault injection, driven by the code under test through its registers:
 *   +0x00 STORM_LINE    line to pulse (0xFFFFFFFF: off)
 *   +0x04 STORM_PERIOD  cycles between pulses (latched pends of that line)
 *   +0x08 SPURIOUS      write a vector: delivered raw at the next host call
 *   +0x0C LEVEL_SET     write a line: assert a level source on it
 *   +0x10 LEVEL_CLR     write a line: release it
 *   +0x14 DROP_ACKS     write n: the controller loses the next n ACKs
 *   +0x18 PULSES        read: storm pulses so far
 */
export class SimFaults {
  constructor(clock, intc) {
    this.clock = clock;
    this.intc = intc;
    this.stormLine = -1;
    this.period = 0;
    this.nextPulse = Infinity;
    this.pulses = 0;
    this.levels = 0;
    this.spurious = [];
    clock.timers.push(this);
    intc.addLevelSource(() => this.levels);
  }
  update(now) {
    if (this.stormLine < 0 || now < this.nextPulse) return;
    const n = Math.floor((now - this.nextPulse) / this.period) + 1;
    this.pulses += n;
    this.nextPulse += n * this.period;
    this.intc.latched = (this.intc.latched | (1 << this.stormLine)) >>> 0;
  }
  nextExpiry() {
    return this.stormLine < 0 ? Infinity : this.nextPulse;
  }
  read(off) {
    if (off === 0x18) return this.pulses >>> 0;
    return 0;
  }
  write(off, v) {
    switch (off) {
      case 0x00:
        this.stormLine = v === 0xffffffff ? -1 : v;
        this.nextPulse = this.stormLine < 0 || !this.period ? Infinity : this.clock.now + this.period;
        break;
      case 0x04:
        this.period = Math.max(1, v);
        if (this.stormLine >= 0) this.nextPulse = this.clock.now + this.period;
        break;
      case 0x08: this.spurious.push(v); break;
      case 0x0c: this.levels = (this.levels | (1 << v)) >>> 0; break;
      case 0x10: this.levels = (this.levels & ~(1 << v)) >>> 0; break;
      case 0x14: this.intc.dropAcks += v; break;
    }
  }
}

/** DMA directions (kernel/dma.ts DmaDir): the device reads memory, writes it. */
const TO_DEVICE = 1;
const FROM_DEVICE = 2;

/**
 * An IOMMU in front of the machine's DMA devices: while enabled, every
 * access a device makes to module memory must lie in one of its slots
 * (device, address, length, direction), else it is blocked and latched as a
 * fault, whose line stays asserted until cleared. Disabled, it passes
 * everything (as an IOMMU left off does).
 *   +0x00 CTRL    bit0 enable
 *   +0x04 SLOT    the slot the next writes set (0..7)
 *   +0x08 DEVICE  +0x0C ADDRESS  +0x10 LENGTH
 *   +0x14 DIR     write: sets the slot with the three above (0 clears it)
 *   +0x20 FAULT_STATUS  bit0 a blocked access latched (write 1: clear)
 *   +0x24 FAULT_DEVICE  +0x28 FAULT_ADDRESS  +0x2C FAULT_DIR  +0x30 FAULT_LENGTH
 */
export class SimIommu {
  constructor() {
    this.ctrl = 0;
    this.slot = 0;
    this.staged = [0, 0, 0];
    this.slots = new Array(8).fill(null);
    this.fault = null;
  }
  level() {
    return this.fault !== null;
  }
  /** Whether `device` may make the access; a blocked one is latched. */
  check(device, address, length, dir) {
    if (!(this.ctrl & 1)) return true;
    const ok = this.slots.some((s) => s && s.device === device && (s.dir & dir) === dir && address >= s.address && address + length <= s.address + s.length);
    if (!ok && this.fault === null) this.fault = { device, address, dir, length };
    return ok;
  }
  read(off) {
    const f = this.fault || { device: 0, address: 0, dir: 0, length: 0 };
    switch (off) {
      case 0x00: return this.ctrl;
      case 0x04: return this.slot;
      case 0x18: return this.slots.length;
      case 0x20: return this.fault ? 1 : 0;
      case 0x24: return f.device >>> 0;
      case 0x28: return f.address >>> 0;
      case 0x2c: return f.dir;
      case 0x30: return f.length >>> 0;
    }
    return 0;
  }
  write(off, v) {
    v >>>= 0;
    if (off === 0x00) this.ctrl = v & 1;
    else if (off === 0x04) this.slot = v & 7;
    else if (off >= 0x08 && off <= 0x10) this.staged[(off - 0x08) >> 2] = v;
    else if (off === 0x14) this.slots[this.slot] = v & 3 ? { device: this.staged[0], address: this.staged[1], length: this.staged[2], dir: v & 3 } : null;
    else if (off === 0x20 && v & 1) this.fault = null;
  }
}

/**
 * A memory-to-memory copy engine: a chain of descriptors in module memory,
 * each 16 bytes { source, destination, length, next (0: the last) }, run
 * one after the other DMA_LATENCY cycles after START. Every access (the
 * descriptors read, the source read, the destination written) goes through
 * the machine's IOMMU, if there is one; a blocked access stops the chain
 * with ERROR set.
 *   +0x00 CTRL    bit0 START (write 1), bit1 interrupt enable
 *   +0x04 DESC    the first descriptor's address
 *   +0x08 STATUS  bit0 busy, bit1 done, bit2 error (write 1s: clear 1-2)
 *   +0x0C BYTES   bytes copied by the last chain
 * The interrupt is level: done or error, while enabled.
 */
export class SimDma {
  constructor(clock, base, memory, iommu) {
    this.clock = clock;
    this.base = base;
    this.memory = memory;
    this.iommu = iommu;
    this.ctrl = 0;
    this.desc = 0;
    this.status = 0;
    this.bytes = 0;
    this.due = Infinity;
    clock.timers.push(this);
  }
  level() {
    return (this.ctrl & 2) !== 0 && (this.status & 6) !== 0;
  }
  nextExpiry() {
    return this.due;
  }
  update(now) {
    if (now < this.due) return;
    this.due = Infinity;
    this.status = (this.status & ~1) | (this.run() ? 2 : 4);
  }
  /** Whether the access may go out (the IOMMU's say, and within memory). */
  allowed(mem, address, length, dir) {
    const unit = this.iommu();
    if (unit && !unit.check(this.base, address, length, dir)) return false;
    return address + length <= mem.length;
  }
  /** Runs the chain; false if an access was blocked. */
  run() {
    const mem = this.memory();
    if (!mem) return false;
    const view = new DataView(mem.buffer, mem.byteOffset, mem.length);
    this.bytes = 0;
    let at = this.desc >>> 0;
    for (let n = 0; at !== 0 && n < 64; n++) {
      if (!this.allowed(mem, at, 16, TO_DEVICE)) return false;
      const [src, dst, len, next] = [0, 4, 8, 12].map((o) => view.getUint32(at + o, true));
      if (!this.allowed(mem, src, len, TO_DEVICE) || !this.allowed(mem, dst, len, FROM_DEVICE)) return false;
      mem.copyWithin(dst, src, src + len);
      this.bytes += len;
      at = next;
    }
    return true;
  }
  read(off) {
    if (off === 0x00) return this.ctrl;
    if (off === 0x04) return this.desc;
    if (off === 0x08) return this.status;
    if (off === 0x0c) return this.bytes >>> 0;
    return 0;
  }
  write(off, v) {
    v >>>= 0;
    if (off === 0x00) {
      this.ctrl = v & 2;
      if (v & 1 && !(this.status & 1)) {
        this.status = 1;
        this.due = this.clock.now + DMA_LATENCY;
      }
    } else if (off === 0x04) this.desc = v;
    else if (off === 0x08) this.status &= ~(v & 6);
  }
}

/** Cycles from a copy engine's START to its chain's end. */
export const DMA_LATENCY = 200;

/** The simulated devices by the driver a board.json device names: each
 *  makes its device from the machine (`clock`, the interrupt controller
 *  `intc`, the output `write`, its window's `base`, the module `memory()`
 *  as bytes, the machine's `iommu()`). The interrupt controller is the
 *  machine's one (board.json "irq"); its window is where the board puts
 *  it. */
/** The MPS2 FPGA I/O block's user LEDs and buttons (drivers/mps2-fpgaio.ts):
 *  LED0 at +0x00 (2 bits, read back), BUTTON at +0x08 (none held). */
export class SimFpgaio {
  constructor() {
    this.led0 = 0;
  }
  read(off) {
    return off === 0x00 ? this.led0 : 0;
  }
  write(off, v) {
    if (off === 0x00) this.led0 = v & 3;
  }
}

export const SIM_DEVICES = {
  "sim-intc": ({ intc }) => intc,
  "sim-uart": ({ clock, write }) => new SimUart(write, clock),
  "sim-timer": ({ clock }) => new SimTimer(clock),
  "sim-faults": ({ clock, intc }) => new SimFaults(clock, intc),
  "sim-iommu": () => new SimIommu(),
  "sim-dma": ({ clock, base, memory, iommu }) => new SimDma(clock, base, memory, iommu),
  // With a host socket (runSim's `net`), its wire reaches the host as
  // QEMU's user-mode network does; without one it has no cable.
  "mps2-fpgaio": () => new SimFpgaio(),
  lan9118: ({ clock, net }) => new SimLan9118(clock, net ? new VirtualHost(net.bridge, net.guestPort) : null),
};
