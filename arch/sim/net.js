// sim's network: a LAN9118-compatible device (the registers QEMU's
// hw/net/lan9118.c models, so drivers/lan9118.ts runs unchanged), the wire's
// other end (a small stand-in for QEMU's user-mode network: the host side
// is 10.0.2.2, the guest 10.0.2.15), and a UDP socket of the host on
// 127.0.0.1 whose datagrams reach the guest's port as QEMU's hostfwd does.
//
// The socket lives in a worker thread (the simulation itself runs without
// returning to Node's event loop); the two share rings in a
// SharedArrayBuffer, and an idle kernel waits on them in real time.

import { Worker } from "node:worker_threads";

// ---- the device -------------------------------------------------------------

const IRQ_EN = 1 << 8;
const IRQ_POL = 1 << 4;
const IRQ_TYPE = 1;
const RSFL = 1 << 3;
const RXE = 1 << 14;
const TXE = 1 << 13;
const SW_INT = 1 << 31;
const MAC_CR_RXEN = 1 << 2;
const MAC_CR_TXEN = 1 << 3;
const MAC_CR_PRMS = 1 << 18;
/** The device's receive data FIFO, in bytes, as the LAN9118's default split. */
const RX_FIFO_BYTES = 10560;
/** The device's station address: QEMU's default for a first NIC. */
export const GUEST_MAC = [0x52, 0x54, 0x00, 0x12, 0x34, 0x56];

export class SimLan9118 {
  /** `wire`: where transmitted frames go and received ones come from (a
   *  VirtualHost), or null: no cable (link down). */
  constructor(clock, wire) {
    this.clock = clock;
    this.wire = wire;
    this.mac = [...GUEST_MAC];
    this.reset();
    this.rxDrop = 0;
    if (wire) wire.attach(this);
    if (clock) clock.timers.push(this);
  }
  reset() {
    this.irqCfg = (this.irqCfg || 0) & (IRQ_TYPE | IRQ_POL); // kept over a soft reset, as QEMU keeps it
    this.intSts = 0;
    this.intEn = 0;
    this.fifoInt = 0x48000000;
    this.rxCfg = 0;
    this.txCfg = 0;
    this.hwCfg = 0x00050004;
    this.pmt = 1; // READY
    this.macCr = MAC_CR_PRMS;
    this.macCmd = 0;
    this.macData = 0;
    this.miiAcc = 0;
    this.miiData = 0;
    this.rx = []; // frames received: {words: Uint32Array, status}
    this.rxBytes = 0;
    this.cur = null; // the frame being read: {words, i}
    this.txStatus = [];
    this.tx = { state: 0, cmdA: 0, cmdB: 0, left: 0, bytes: [] };
  }
  /** The interrupt pin, as the line sees it: active high only when set up
   *  push-pull, active high; otherwise inverted (an unconfigured device
   *  asserts an active-high line, as QEMU's does). */
  level() {
    let on = (this.intSts & this.intEn) !== 0 && (this.irqCfg & IRQ_EN) !== 0;
    if ((this.irqCfg & (IRQ_TYPE | IRQ_POL)) !== (IRQ_TYPE | IRQ_POL)) on = !on;
    return on;
  }
  /** Clock hook: datagrams from the host become frames. */
  update() {
    if (this.wire) this.wire.poll();
  }
  nextExpiry() {
    return this.wire && this.wire.pending() ? this.clock.now : Infinity;
  }
  /** A frame from the wire (bytes, without CRC). */
  receive(frame) {
    if (!(this.macCr & MAC_CR_RXEN)) return false;
    if (frame.length < 14 || frame.length >= 2048) return false;
    const broadcast = frame.slice(0, 6).every((b) => b === 0xff);
    const ours = frame.slice(0, 6).every((b, i) => b === this.mac[i]);
    if (!(this.macCr & MAC_CR_PRMS) && !broadcast && !ours) return true; // filtered
    const size = frame.length + 4; // the CRC's word
    const words = new Uint32Array((size + 3) >> 2);
    const bytes = new Uint8Array(words.buffer);
    bytes.set(frame);
    if (this.rxBytes + words.length * 4 > RX_FIFO_BYTES) {
      this.rxDrop++;
      return false;
    }
    this.rx.push({ words, status: (size << 16) | (broadcast ? 1 << 13 : 0) });
    this.rxBytes += words.length * 4;
    this.intSts |= RSFL;
    return true;
  }
  read(off) {
    if (off < 0x20) return this.popData();
    switch (off) {
      case 0x40: {
        const f = this.rx[0];
        if (!f) return 0;
        this.cur = { words: f.words, i: 0, status: f.status };
        return f.status >>> 0;
      }
      case 0x44: return this.rx[0] ? this.rx[0].status >>> 0 : 0;
      case 0x48: return this.txStatus.shift() || 0;
      case 0x4c: return this.txStatus[0] || 0;
      case 0x50: return 0x01180001;
      case 0x54: return (this.irqCfg | ((this.intSts & this.intEn) !== 0 ? 1 << 12 : 0)) >>> 0;
      case 0x58: return this.intSts >>> 0;
      case 0x5c: return this.intEn >>> 0;
      case 0x64: return 0x87654321;
      case 0x68: return this.fifoInt >>> 0;
      case 0x6c: return this.rxCfg >>> 0;
      case 0x70: return this.txCfg >>> 0;
      case 0x74: return this.hwCfg >>> 0;
      case 0x7c: return ((this.rx.length << 16) | this.rxBytes) >>> 0;
      case 0x80: return ((this.txStatus.length << 16) | 4608) >>> 0;
      case 0x84: return this.pmt >>> 0;
      case 0xa0: {
        const n = this.rxDrop;
        this.rxDrop = 0;
        return n;
      }
      case 0xa4: return this.macCmd >>> 0;
      case 0xa8: return this.macData >>> 0;
      default: return 0;
    }
  }
  /** The next word of the frame whose status was popped; reading past it
   *  (or with no status popped) is the receiver error RXE. */
  popData() {
    const c = this.cur;
    if (!c || c.i >= c.words.length) {
      this.intSts |= RXE;
      return 0;
    }
    const v = c.words[c.i++];
    if (c.i === c.words.length) {
      this.rx.shift();
      this.rxBytes -= c.words.length * 4;
      this.cur = null;
    }
    return v;
  }
  write(off, v) {
    v >>>= 0;
    if (off >= 0x20 && off < 0x40) return this.pushTx(v);
    switch (off) {
      case 0x54: this.irqCfg = v & (IRQ_EN | IRQ_POL | IRQ_TYPE); break;
      case 0x58: this.intSts = (this.intSts & ~v) >>> 0; break;
      case 0x5c: this.intEn = v; if (v & SW_INT) this.intSts = (this.intSts | SW_INT) >>> 0; break;
      case 0x68: this.fifoInt = v; break;
      case 0x6c: this.rxCfg = v; break;
      case 0x70: this.txCfg = v & 6; break;
      case 0x74: if (v & 1) this.reset(); else this.hwCfg = v; break;
      case 0xa4: this.macCsr(v); break;
      case 0xa8: this.macData = v; break;
      default: break;
    }
  }
  macCsr(v) {
    this.macCmd = v & 0x4000000f; // done at once: busy reads clear
    if (!(v & 0x80000000)) return;
    const reg = v & 0xf;
    const read = (v & 0x40000000) !== 0;
    const m = this.mac;
    if (read) {
      this.macData = [0, this.macCr, m[4] | (m[5] << 8), m[0] | (m[1] << 8) | (m[2] << 16) | (m[3] << 24), 0, 0, this.miiAcc, this.miiData][reg] >>> 0 || 0;
      return;
    }
    if (reg === 1) this.macCr = this.macData;
    else if (reg === 2) [m[4], m[5]] = [this.macData & 0xff, (this.macData >> 8) & 0xff];
    else if (reg === 3) for (let i = 0; i < 4; i++) m[i] = (this.macData >> (8 * i)) & 0xff;
    else if (reg === 6) {
      this.miiAcc = this.macData & 0xffc2;
      const phyReg = (this.macData >> 6) & 0x1f;
      // The PHY: basic status says link up and autonegotiation done when
      // there is a wire.
      if (!(this.macData & 2)) this.miiData = phyReg === 1 ? 0x7809 | (this.wire ? 0x24 : 0) : phyReg === 2 ? 0x0007 : phyReg === 3 ? 0xc0d1 : 0;
    } else if (reg === 7) this.miiData = this.macData & 0xffff;
  }
  /** The TX data FIFO: command A, command B, then the buffer's words
   *  (one segment a frame, no offset: what the driver writes). */
  pushTx(v) {
    const t = this.tx;
    if (t.state === 0) {
      t.cmdA = v;
      t.left = v & 0x7ff;
      t.state = 1;
    } else if (t.state === 1) {
      if (t.cmdA & (1 << 13)) t.bytes = [];
      t.cmdB = v;
      t.state = t.left > 0 ? 2 : 0;
    } else {
      for (let i = 0; i < 4 && t.left > 0; i++, t.left--) t.bytes.push((v >>> (8 * i)) & 0xff);
      if (t.left > 0) return;
      t.state = 0;
      if (!(t.cmdA & (1 << 12))) return; // not the last segment
      const ok = (this.macCr & MAC_CR_TXEN) !== 0 && (this.txCfg & 2) !== 0;
      if (ok && this.wire) this.wire.fromGuest(Uint8Array.from(t.bytes));
      if (this.txStatus.length < 512) this.txStatus.push(((t.cmdB & 0xffff0000) | (ok ? 0 : 1 << 15)) >>> 0);
      if (!ok) this.intSts |= TXE;
    }
  }
}

// ---- the wire's other end --------------------------------------------------------

export const HOST_IP = [10, 0, 2, 2];
export const GUEST_IP = [10, 0, 2, 15];
const HOST_MAC = [0x52, 0x55, 0x0a, 0x00, 0x02, 0x02];

const be16 = (b, o) => (b[o] << 8) | b[o + 1];
const put16 = (b, o, v) => {
  b[o] = (v >> 8) & 0xff;
  b[o + 1] = v & 0xff;
};
/** The Internet checksum of b[from, to) plus `sum`. */
export function inetChecksum(b, from, to, sum = 0) {
  for (let i = from; i < to; i += 2) sum += (b[i] << 8) | (i + 1 < to ? b[i + 1] : 0);
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return ~sum & 0xffff;
}
const sameIp = (b, o, ip) => ip.every((x, i) => b[o + i] === x);

/** The host's side of the wire, as QEMU's user-mode network is: answers
 *  ARP for 10.0.2.2, learns the guest's address by ARP before its first
 *  datagram to it (queued meanwhile), and carries UDP between the guest's
 *  `guestPort` and the host's socket (`socket`: send(port, payload),
 *  take() -> {port, data} | null, pending()). */
export class VirtualHost {
  constructor(socket, guestPort) {
    this.socket = socket;
    this.guestPort = guestPort;
    this.guestMac = null;
    this.waiting = []; // datagrams for the guest until it answers ARP
    this.dev = null;
  }
  attach(dev) {
    this.dev = dev;
  }
  pending() {
    return this.socket.pending();
  }
  /** Datagrams that arrived on the host's socket go to the guest. */
  poll() {
    for (let d; (d = this.socket.take()); ) this.toGuest(d.port, d.data);
  }
  toGuest(fromPort, data) {
    if (!this.guestMac) {
      this.waiting.push([fromPort, data]);
      if (this.waiting.length === 1) this.arp(1, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [0, 0, 0, 0, 0, 0], GUEST_IP);
      return;
    }
    const f = new Uint8Array(14 + 20 + 8 + data.length);
    this.eth(f, this.guestMac, 0x0800);
    const ip = 14;
    f[ip] = 0x45;
    put16(f, ip + 2, 20 + 8 + data.length);
    f[ip + 8] = 64;
    f[ip + 9] = 17;
    f.set(HOST_IP, ip + 12);
    f.set(GUEST_IP, ip + 16);
    put16(f, ip + 10, inetChecksum(f, ip, ip + 20));
    const u = ip + 20;
    put16(f, u, fromPort);
    put16(f, u + 2, this.guestPort);
    put16(f, u + 4, 8 + data.length);
    f.set(data, u + 8);
    const pseudo = (10 << 8) + 0 + (2 << 8) + 2 + (10 << 8) + 0 + (2 << 8) + 15 + 17 + 8 + data.length;
    const sum = inetChecksum(f, u, f.length, pseudo);
    put16(f, u + 6, sum === 0 ? 0xffff : sum);
    this.dev.receive(f);
  }
  eth(f, to, type) {
    f.set(to, 0);
    f.set(HOST_MAC, 6);
    put16(f, 12, type);
  }
  arp(op, toMac, targetMac, targetIp) {
    const f = new Uint8Array(60);
    this.eth(f, op === 1 ? [0xff, 0xff, 0xff, 0xff, 0xff, 0xff] : toMac, 0x0806);
    put16(f, 14, 1);
    put16(f, 16, 0x0800);
    f[18] = 6;
    f[19] = 4;
    put16(f, 20, op);
    f.set(HOST_MAC, 22);
    f.set(HOST_IP, 28);
    f.set(targetMac, 32);
    f.set(targetIp, 38);
    this.dev.receive(f);
  }
  /** A frame the guest sent. */
  fromGuest(f) {
    if (f.length < 14) return;
    const type = be16(f, 12);
    if (type === 0x0806 && f.length >= 42) {
      const op = be16(f, 20);
      const senderMac = [...f.slice(22, 28)];
      if (sameIp(f, 28, GUEST_IP)) this.learn(senderMac);
      if (op === 1 && sameIp(f, 38, HOST_IP)) this.arp(2, senderMac, senderMac, [...f.slice(28, 32)]);
      return;
    }
    if (type !== 0x0800 || f.length < 14 + 28 || f[23] !== 17 || !sameIp(f, 30, HOST_IP)) return;
    const ihl = (f[14] & 15) * 4;
    const u = 14 + ihl;
    const len = be16(f, u + 4);
    if (len < 8 || u + len > f.length) return;
    this.socket.send(be16(f, u + 2), f.slice(u + 8, u + len));
  }
  learn(mac) {
    this.guestMac = mac;
    const queued = this.waiting.splice(0);
    for (const [port, data] of queued) this.toGuest(port, data);
  }
}

// ---- the host's socket, in a worker ---------------------------------------------

/** Bytes of each direction's ring. */
const RING_BYTES = 1 << 20;
/** Slot header: 4 bytes length, 4 bytes port. */

/** A ring of datagrams in shared memory: Int32 [head, tail, seq], then
 *  bytes. One writer, one reader; `seq` is notified on every write. */
export class SharedRing {
  constructor(sab) {
    this.ctl = new Int32Array(sab, 0, 4);
    this.bytes = new Uint8Array(sab, 16);
  }
  static create() {
    return new SharedRing(new SharedArrayBuffer(16 + RING_BYTES));
  }
  /** Puts `data` from/to `port`; false if full (dropped, as a full socket buffer drops). */
  put(port, data) {
    const need = 8 + ((data.length + 3) & ~3);
    const head = Atomics.load(this.ctl, 0);
    const tail = Atomics.load(this.ctl, 1);
    if (tail - head + need > RING_BYTES - 8) return false;
    const at = (n) => (tail + n) % RING_BYTES;
    const put8 = (n, v) => (this.bytes[at(n)] = v);
    for (let i = 0; i < 4; i++) put8(i, (data.length >> (8 * i)) & 0xff);
    for (let i = 0; i < 4; i++) put8(4 + i, (port >> (8 * i)) & 0xff);
    for (let i = 0; i < data.length; i++) put8(8 + i, data[i]);
    Atomics.store(this.ctl, 1, tail + need);
    Atomics.add(this.ctl, 2, 1);
    Atomics.notify(this.ctl, 2);
    return true;
  }
  take() {
    const head = Atomics.load(this.ctl, 0);
    const tail = Atomics.load(this.ctl, 1);
    if (head === tail) return null;
    const get8 = (n) => this.bytes[(head + n) % RING_BYTES];
    let len = 0;
    let port = 0;
    for (let i = 0; i < 4; i++) len |= get8(i) << (8 * i);
    for (let i = 0; i < 4; i++) port |= get8(4 + i) << (8 * i);
    const data = new Uint8Array(len);
    for (let i = 0; i < len; i++) data[i] = get8(8 + i);
    Atomics.store(this.ctl, 0, head + 8 + ((len + 3) & ~3));
    return { port, data };
  }
  pending() {
    return Atomics.load(this.ctl, 0) !== Atomics.load(this.ctl, 1);
  }
}

const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const dgram = require("node:dgram");
const { inbound, outbound, port } = workerData;
const ctlIn = new Int32Array(inbound, 0, 4), bytesIn = new Uint8Array(inbound, 16);
const ctlOut = new Int32Array(outbound, 0, 4), bytesOut = new Uint8Array(outbound, 16);
const N = bytesIn.length;
const s = dgram.createSocket("udp4");
s.on("error", (e) => { parentPort.postMessage({ error: e.message }); });
s.on("message", (msg, rinfo) => {
  const need = 8 + ((msg.length + 3) & ~3);
  const head = Atomics.load(ctlIn, 0), tail = Atomics.load(ctlIn, 1);
  if (tail - head + need > N - 8) return;
  const put8 = (n, v) => (bytesIn[(tail + n) % N] = v);
  for (let i = 0; i < 4; i++) put8(i, (msg.length >> (8 * i)) & 0xff);
  for (let i = 0; i < 4; i++) put8(4 + i, (rinfo.port >> (8 * i)) & 0xff);
  for (let i = 0; i < msg.length; i++) put8(8 + i, msg[i]);
  Atomics.store(ctlIn, 1, tail + need);
  Atomics.add(ctlIn, 2, 1);
  Atomics.notify(ctlIn, 2);
});
s.bind(port, "127.0.0.1", () => parentPort.postMessage({ bound: s.address().port }));
const drain = () => {
  for (;;) {
    const head = Atomics.load(ctlOut, 0), tail = Atomics.load(ctlOut, 1);
    if (head === tail) break;
    const get8 = (n) => bytesOut[(head + n) % N];
    let len = 0, to = 0;
    for (let i = 0; i < 4; i++) len |= get8(i) << (8 * i);
    for (let i = 0; i < 4; i++) to |= get8(4 + i) << (8 * i);
    const data = Buffer.alloc(len);
    for (let i = 0; i < len; i++) data[i] = get8(8 + i);
    Atomics.store(ctlOut, 0, head + 8 + ((len + 3) & ~3));
    s.send(data, to, "127.0.0.1");
  }
};
const wait = () => {
  const seq = Atomics.load(ctlOut, 2);
  drain();
  // Not async when the sequence moved already (the guest sent meanwhile):
  // drain again at once.
  const w = Atomics.waitAsync(ctlOut, 2, seq);
  if (w.async) w.value.then(wait);
  else setImmediate(wait);
};
wait();
parentPort.on("message", (m) => { if (m === "close") { s.close(); process.exit(0); } });
`;

/** The host's UDP socket on 127.0.0.1:`hostPort`, served by a worker.
 *  `send(port, data)` goes out to 127.0.0.1:port; `take()` returns what
 *  came in. `waitForData(ms)` blocks the simulation up to `ms` for a
 *  datagram (an idle kernel waiting in real time). */
export class UdpBridge {
  constructor(hostPort) {
    this.inbound = SharedRing.create();
    this.outbound = SharedRing.create();
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: { inbound: this.inbound.ctl.buffer, outbound: this.outbound.ctl.buffer, port: hostPort },
    });
    this.worker.unref();
    this.hostPort = hostPort;
  }
  /** Resolves once the socket is bound (rejects with the reason if not). */
  ready() {
    return new Promise((resolve, reject) => {
      this.worker.once("message", (m) => (m.bound ? resolve(m.bound) : reject(new Error(`sim: udp 127.0.0.1:${this.hostPort}: ${m.error}`))));
      this.worker.once("error", reject);
    });
  }
  send(port, data) {
    this.outbound.put(port, data);
  }
  take() {
    return this.inbound.take();
  }
  pending() {
    return this.inbound.pending();
  }
  waitForData(ms) {
    if (this.pending()) return;
    const seq = Atomics.load(this.inbound.ctl, 2);
    if (this.pending()) return;
    Atomics.wait(this.inbound.ctl, 2, seq, ms);
  }
  close() {
    this.worker.postMessage("close");
  }
}

const STDIN_WORKER = `
const { workerData } = require("node:worker_threads");
const fs = require("node:fs");
const net = require("node:net");
const ctl = new Int32Array(workerData, 0, 4), bytes = new Uint8Array(workerData, 16);
const N = bytes.length;
const put = (buf) => {
  const tail = Atomics.load(ctl, 1);
  for (let i = 0; i < buf.length; i++) bytes[(tail + i) % N] = buf[i];
  Atomics.store(ctl, 1, tail + buf.length);
  Atomics.add(ctl, 2, 1);
  Atomics.notify(ctl, 2);
};
const end = () => { Atomics.store(ctl, 3, 1); Atomics.add(ctl, 2, 1); Atomics.notify(ctl, 2); };
let sock = null;
try { sock = new net.Socket({ fd: 0, readable: true, writable: false }); } catch { sock = null; }
if (sock) {
  // A stream on the worker's own event loop: never a blocking read, which
  // would hold up the process's exit (Node joins its workers).
  sock.on("data", put);
  sock.on("end", end);
  sock.on("error", end);
} else {
  // A file: reads end at its end.
  const buf = Buffer.alloc(4096);
  for (let n; (n = fs.readSync(0, buf, 0, buf.length, null)) > 0; ) put(buf.subarray(0, n));
  end();
}
`;

/** The console's typing read from stdin as it comes, by a worker (a
 *  simulation that runs without returning to Node's event loop cannot read
 *  a socket otherwise): what a test writes to the child's stdin step by
 *  step reaches the UART when written, as under QEMU. The live-input
 *  interface of arch/sim/host.js (poll, finished, sleep, close). */
export function stdinWorkerInput() {
  const sab = new SharedArrayBuffer(16 + 65536);
  const ctl = new Int32Array(sab, 0, 4);
  const bytes = new Uint8Array(sab, 16);
  const worker = new Worker(STDIN_WORKER, { eval: true, workerData: sab });
  worker.unref();
  return {
    tty: false,
    poll() {
      const head = Atomics.load(ctl, 0);
      const tail = Atomics.load(ctl, 1);
      const out = [];
      for (let i = head; i < tail; i++) out.push(bytes[i % bytes.length]);
      Atomics.store(ctl, 0, tail);
      return out;
    },
    finished() {
      return Atomics.load(ctl, 3) === 1 && Atomics.load(ctl, 0) === Atomics.load(ctl, 1);
    },
    sleep(ms) {
      Atomics.wait(ctl, 2, Atomics.load(ctl, 2), ms);
    },
    close() {
      worker.terminate();
    },
  };
}
