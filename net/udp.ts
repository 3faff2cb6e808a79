// UDP sockets for threads: bind a port, sendTo, recvFrom with a timeout.
//
// Each socket keeps its received datagrams in a ring of `depth` slots, each
// as big as the largest datagram (UDP_MAX_PAYLOAD), made at bind. The
// interface's receiving thread fills it; a datagram that finds it full is
// dropped and counted (`drops`, and the interface's "socket full"), never
// waited for: a slow reader cannot stall the interface.

import { Err, FOREVER, heapFree, inInterrupt, Mutex, Semaphore } from "../kernel/ivt";
import { NetIf, UDP_MAX_PAYLOAD, UdpPort } from "./stack";

/** Bytes of a slot: the sender's address, port and length, then the data. */
const SLOT_HEAD: u32 = 8;
const SLOT_BYTES: u32 = (SLOT_HEAD + UDP_MAX_PAYLOAD + 3) & ~3;
/** The most datagrams a socket may queue (its ring's slots). */
export const UDP_MAX_DEPTH: u32 = 64;

/** Where a received datagram came from (recvFrom fills it). */
@final export class UdpPeer {
  ip: u32 = 0;
  port: u32 = 0;
}

@final export class UdpSocket extends UdpPort {
  /** Datagrams dropped because the queue was full; received; sent. */
  drops: u32 = 0;
  received: u32 = 0;
  sent: u32 = 0;
  private ring: usize = 0;
  // Datagrams taken and put, counted (their difference is the queue), and
  // the slots they are at: each written by one side only.
  private head: u32 = 0;
  private tail: u32 = 0;
  private readAt: u32 = 0;
  private writeAt: u32 = 0;
  private readonly ready: Semaphore = new Semaphore();
  private readonly readLock: Mutex = new Mutex();
  private bound: bool = false;

  /** A socket on `net` that queues up to `depth` datagrams (1 to
   *  UDP_MAX_DEPTH; each takes about 1.5 KiB once bound). Thread context. */
  constructor(public readonly net: NetIf, public readonly depth: u32 = 4) {
    super();
  }

  /** Binds the socket to `port` and makes its queue. Returns Err.Ok;
   *  Err.Invalid for a port of 0 or over 65535, or a depth of 0 or over
   *  UDP_MAX_DEPTH; Err.Busy if this socket is bound or another holds the
   *  port; Err.NoMemory if the heap has no room for the queue;
   *  Err.InInterrupt. Thread context. */
  bind(port: u32): Err {
    if (inInterrupt()) return Err.InInterrupt;
    if (port == 0 || port > 0xffff || this.depth == 0 || this.depth > UDP_MAX_DEPTH) return Err.Invalid;
    if (this.bound) return Err.Busy;
    if (this.ring == 0) {
      // Busy: made by an earlier bind that then found no room for the queue.
      const m = this.readLock.create();
      if (m != Err.Ok && m != Err.Busy) return m;
      const bytes = <i32>(this.depth * SLOT_BYTES);
      if (<usize>bytes + 64 > <usize>heapFree()) return Err.NoMemory; // made once, never freed
      this.ring = changetype<usize>(new StaticArray<u8>(bytes));
    }
    // The queue's count: made at the first bind, and again after a close
    // deleted it (Busy: a close left datagrams queued, and it counts them).
    const c = this.ready.create(this.queued(), this.depth);
    if (c != Err.Ok && c != Err.Busy) return c;
    this.port = port;
    const e = this.net.bindPort(this);
    if (e != Err.Ok) return e;
    this.bound = true;
    return Err.Ok;
  }

  /** Unbinds the port; datagrams still queued stay readable, and once
   *  none is left every reader, waiting or to come, gets Err.Invalid (no
   *  datagram can arrive). Err.Invalid if not bound. Thread context. */
  close(): Err {
    if (!this.bound) return Err.Invalid;
    this.net.unbindPort(this);
    this.bound = false;
    this.wakeReadersIfDrained();
    return Err.Ok;
  }

  /** On a closed socket with nothing queued, deletes the queue's count:
   *  a reader waiting on it (FOREVER, perhaps) wakes, and recvFrom answers
   *  Err.Invalid. bind makes it again. */
  private wakeReadersIfDrained(): void {
    if (!this.bound && this.queued() == 0) this.ready.delete();
  }

  /** Sends `len` bytes at `data` to `ip`:`port` from the bound port: as
   *  NetIf.sendUdp, and Err.Invalid if the socket is not bound. Thread
   *  context. */
  sendTo(ip: u32, port: u32, data: usize, len: u32): Err {
    if (!this.bound) return Err.Invalid;
    const e = this.net.sendUdp(this.port, ip, port, data, len);
    if (e == Err.Ok) this.sent++;
    return e;
  }

  /** Waits up to `timeout` ticks (NO_WAIT, FOREVER) for a datagram and
   *  copies up to `max` bytes of it to `buf` (the rest is cut off), its
   *  sender into `from`. Returns the datagram's whole length (more than
   *  `max` if it was cut), or a negative Err: -Err.Timeout, -Err.WouldBlock
   *  (timeout 0, nothing queued), -Err.Invalid (never bound, or closed
   *  with nothing left queued: a closed socket still gives what it had
   *  queued, and a reader waiting when the last is taken or the socket
   *  closes empty wakes with -Err.Invalid), -Err.InInterrupt. Thread
   *  context. */
  recvFrom(buf: usize, max: u32, from: UdpPeer | null, timeout: u32): i32 {
    if (inInterrupt()) return -<i32>Err.InInterrupt;
    if (this.ring == 0 || (!this.bound && this.queued() == 0)) return -<i32>Err.Invalid;
    const e = this.ready.take(timeout);
    // Deleted: closed while this reader waited; Invalid: closed and
    // drained between the test above and the take.
    if (e == Err.Deleted || e == Err.Invalid) return -<i32>Err.Invalid;
    if (e != Err.Ok) return -<i32>e;
    this.readLock.lock(FOREVER);
    const slot = this.ring + <usize>(this.readAt * SLOT_BYTES);
    const len = load<u32>(slot + 4) >> 16;
    if (from !== null) {
      from.ip = load<u32>(slot);
      from.port = load<u32>(slot + 4) & 0xffff;
    }
    memory.copy(buf, slot + SLOT_HEAD, min(len, max));
    this.readAt = this.readAt + 1 == this.depth ? 0 : this.readAt + 1;
    this.head++; // the slot is free for the interface from here
    this.wakeReadersIfDrained(); // the last of a closed socket's
    this.readLock.unlock();
    return <i32>len;
  }

  /** Datagrams waiting. Any context. */
  queued(): u32 {
    return this.tail - this.head;
  }

  /** As UdpPort.deliver: into the ring, or dropped and counted if full. */
  deliver(ip: u32, port: u32, data: usize, len: u32): bool {
    if (this.tail - this.head >= this.depth) {
      this.drops++;
      return false;
    }
    const slot = this.ring + <usize>(this.writeAt * SLOT_BYTES);
    store<u32>(slot, ip);
    store<u32>(slot + 4, (len << 16) | (port & 0xffff));
    memory.copy(slot + SLOT_HEAD, data, len);
    this.writeAt = this.writeAt + 1 == this.depth ? 0 : this.writeAt + 1;
    this.tail++;
    this.received++;
    this.ready.give();
    return true;
  }
}
