// A small IPv4 interface over one NetDevice: Ethernet, ARP (replies and a
// small cache), IPv4 without fragments, ICMP echo replies and UDP delivery
// to bound ports (net/udp.ts). No TCP, no DHCP, no routing beyond one
// gateway: docs/drivers.md says what to port for more (lwIP).
//
// Receive runs in the driver's bottom-half thread (NetIf.receive); every
// frame is checked before anything in it is trusted, and what is refused is
// counted (NetCounters). Transmit runs in the sender's thread under the
// interface's lock; replies the stack makes itself (ARP, ICMP) are sent from
// the receiving thread.

import { Err, FOREVER, kputc, kputs, kputu, kputln, Mutex, threadSleep, tickDiff, tickRate, ticks, inInterrupt } from "../kernel/ivt";
import { be16, be32, csum, put16, put32 } from "./bytes";
import { FrameReceiver, MAX_FRAME, MIN_FRAME, NetDevice } from "./netdev";

export const ETH_HEADER: u32 = 14;
const ETH_ARP: u32 = 0x0806;
const ETH_IPV4: u32 = 0x0800;
const ARP_BYTES: u32 = 28;
const IP_HEADER: u32 = 20;
const PROTO_ICMP: u32 = 1;
const PROTO_UDP: u32 = 17;
export const UDP_HEADER: u32 = 8;
/** The largest UDP payload in one unfragmented frame. */
export const UDP_MAX_PAYLOAD: u32 = MAX_FRAME - ETH_HEADER - IP_HEADER - UDP_HEADER;
const BROADCAST: u32 = 0xffffffff;

/** ARP cache: entries, their lifetime, and how a sender waits for an answer. */
const ARP_ENTRIES: i32 = 4;
const ARP_MAX_AGE_SECONDS: u32 = 300;
const ARP_TRIES: u32 = 4;
const ARP_TRY_MS: u32 = 250;

/** What the interface refused or did, per cause; the `net` command prints
 *  them. */
@final export class NetCounters {
  rxShort: u32 = 0; // shorter than an Ethernet header
  rxOversize: u32 = 0; // longer than MAX_FRAME
  rxNotOurs: u32 = 0; // another station's unicast
  rxUnknownType: u32 = 0; // neither ARP nor IPv4
  arpBad: u32 = 0; // malformed ARP
  arpRequests: u32 = 0; // requests for our address, answered
  arpReplies: u32 = 0; // replies taken into the cache
  arpSent: u32 = 0; // requests we sent
  ipBadHeader: u32 = 0; // version, header length or total length that lies
  ipBadChecksum: u32 = 0;
  ipFragments: u32 = 0; // fragments: refused (no reassembly)
  ipNotOurs: u32 = 0; // for another address
  ipUnknownProto: u32 = 0;
  icmpEchoes: u32 = 0; // echo requests answered
  icmpBad: u32 = 0; // bad checksum, short, or not an echo request
  udpBadLength: u32 = 0; // UDP length field below 8 or past the IP payload
  udpBadChecksum: u32 = 0;
  udpClosedPort: u32 = 0; // no socket bound to the port
  udpQueueFull: u32 = 0; // a socket's queue was full: dropped
  udpDelivered: u32 = 0;
  udpSent: u32 = 0;
  txFailed: u32 = 0; // frames the device refused
  noRoute: u32 = 0; // sends whose next hop did not answer ARP
}

/** One bound UDP port's receiving end (net/udp.ts UdpSocket). */
export abstract class UdpPort {
  port: u32 = 0;
  next: UdpPort | null = null;
  /** Takes a datagram of `len` bytes at `data` from `ip`:`port`; false if
   *  its queue was full (counted by the interface). Thread context. */
  abstract deliver(ip: u32, port: u32, data: usize, len: u32): bool;
}

/** An IPv4 address as dotted text on the console. */
export function putIp(ip: u32): void {
  for (let i = 3; i >= 0; i--) {
    kputu((ip >> (8 * i)) & 0xff);
    if (i > 0) kputs(".");
  }
}


/** Two lower-case hex digits, no prefix (a MAC address's byte). */
function putHexByte(b: u32): void {
  const hi = (b >> 4) & 15;
  const lo = b & 15;
  kputc(hi < 10 ? 48 + hi : 87 + hi);
  kputc(lo < 10 ? 48 + lo : 87 + lo);
}

@final export class NetIf extends FrameReceiver {
  readonly counters: NetCounters = new NetCounters();
  private readonly txLock: Mutex = new Mutex();
  private readonly tx: StaticArray<u8> = new StaticArray<u8>(<i32>((MAX_FRAME + 3) & ~3));
  private readonly arpIp: StaticArray<u32> = new StaticArray<u32>(ARP_ENTRIES);
  private readonly arpMac: StaticArray<u8> = new StaticArray<u8>(ARP_ENTRIES * 6);
  private readonly arpAt: StaticArray<u32> = new StaticArray<u32>(ARP_ENTRIES);
  private ports: UdpPort | null = null;
  private ipId: u32 = 1;
  private upped: bool = false;
  private lockMade: bool = false;

  /** An interface on `dev` with address `ip`, `netmask` and `gateway`
   *  (host order, net/bytes.ts ipv4). Thread context. */
  constructor(public readonly dev: NetDevice, public readonly ip: u32, public readonly netmask: u32, public readonly gateway: u32) {
    super();
  }

  /** Starts the device with this interface as its receiver. Returns
   *  Err.Ok; Err.Invalid for an address of 0 or a gateway outside the
   *  subnet; Err.Busy if up already; the driver's start error
   *  (NetDevice.start); Err.InInterrupt. Thread context. */
  up(): Err {
    if (inInterrupt()) return Err.InInterrupt;
    if (this.upped) return Err.Busy;
    if (this.ip == 0 || this.ip == BROADCAST || (this.gateway != 0 && !this.onLink(this.gateway))) return Err.Invalid;
    // Made once: an up() whose device failed to start may be tried again.
    if (!this.lockMade) {
      const made = this.txLock.create();
      if (made != Err.Ok) return made;
      this.lockMade = true;
    }
    this.dev.receiver = this;
    const e = this.dev.start();
    if (e != Err.Ok) return e;
    this.upped = true;
    return Err.Ok;
  }

  private onLink(ip: u32): bool {
    return (ip & this.netmask) == (this.ip & this.netmask);
  }

  // ---- UDP ports (net/udp.ts) ----------------------------------------------

  /** Binds `p` to its port: Err.Busy if another holds it. */
  bindPort(p: UdpPort): Err {
    const s = this.txLock.lock(FOREVER);
    if (s != Err.Ok) return s;
    let q = this.ports;
    while (q !== null) {
      if (q.port == p.port) {
        this.txLock.unlock();
        return Err.Busy;
      }
      q = q.next;
    }
    p.next = this.ports;
    this.ports = p; // one store: the receiving thread sees the old list or the new
    this.txLock.unlock();
    return Err.Ok;
  }

  unbindPort(p: UdpPort): void {
    if (this.txLock.lock(FOREVER) != Err.Ok) return;
    if (this.ports === p) this.ports = p.next;
    else {
      let q = this.ports;
      while (q !== null && q.next !== p) q = q.next;
      if (q !== null) q.next = p.next;
    }
    this.txLock.unlock();
  }

  private portFor(port: u32): UdpPort | null {
    let q = this.ports;
    while (q !== null && q.port != port) q = q.next;
    return q;
  }

  // ---- receive ---------------------------------------------------------------

  /** As FrameReceiver.receive: checks the frame layer by layer. */
  receive(f: usize, len: u32): void {
    if (len < ETH_HEADER) {
      this.counters.rxShort++;
      return;
    }
    if (len > MAX_FRAME) {
      this.counters.rxOversize++;
      return;
    }
    if (!this.forUs(f)) {
      this.counters.rxNotOurs++;
      return;
    }
    const type = be16(f + 12);
    if (type == ETH_ARP) this.arpInput(f, len);
    else if (type == ETH_IPV4) this.ipInput(f, len);
    else this.counters.rxUnknownType++;
  }

  /** Whether the frame's destination is our station address or broadcast. */
  private forUs(f: usize): bool {
    let ours = true;
    let all = true;
    for (let i = 0; i < 6; i++) {
      const b = load<u8>(f + i);
      if (b != this.dev.mac[i]) ours = false;
      if (b != 0xff) all = false;
    }
    return ours || all;
  }

  private arpInput(f: usize, len: u32): void {
    const a = f + ETH_HEADER;
    if (len < ETH_HEADER + ARP_BYTES || be16(a) != 1 || be16(a + 2) != ETH_IPV4 || load<u8>(a + 4) != 6 || load<u8>(a + 5) != 4) {
      this.counters.arpBad++;
      return;
    }
    const op = be16(a + 6);
    const senderIp = be32(a + 14);
    const targetIp = be32(a + 24);
    const forMe = targetIp == this.ip;
    // RFC 826: update a sender we know; learn one that asks for us.
    if (senderIp != 0 && (forMe || this.arpFind(senderIp) >= 0)) this.arpLearn(senderIp, a + 8);
    if (op == 1 && forMe) {
      this.counters.arpRequests++;
      this.arpSend(2, a + 8, senderIp);
    } else if (op == 2 && forMe) {
      this.counters.arpReplies++;
    } else if (op != 1 && op != 2) {
      this.counters.arpBad++;
    }
  }

  private ipInput(f: usize, len: u32): void {
    const p = f + ETH_HEADER;
    const n = len - ETH_HEADER;
    if (n < IP_HEADER) {
      this.counters.ipBadHeader++;
      return;
    }
    const vihl = <u32>load<u8>(p);
    const ihl = (vihl & 15) << 2;
    const total = be16(p + 2);
    if (vihl >> 4 != 4 || ihl < IP_HEADER || ihl > n || total < ihl || total > n) {
      this.counters.ipBadHeader++;
      return;
    }
    if (csum(p, ihl) != 0) {
      this.counters.ipBadChecksum++;
      return;
    }
    const frag = be16(p + 6);
    if ((frag & 0x2000) != 0 || (frag & 0x1fff) != 0) {
      this.counters.ipFragments++;
      return;
    }
    const dst = be32(p + 16);
    const broadcast = dst == BROADCAST || dst == (this.ip | ~this.netmask);
    if (dst != this.ip && !broadcast) {
      this.counters.ipNotOurs++;
      return;
    }
    const src = be32(p + 12);
    const proto = <u32>load<u8>(p + 9);
    if (proto == PROTO_UDP) this.udpInput(src, p + ihl, total - ihl);
    else if (proto == PROTO_ICMP && !broadcast) this.icmpInput(f, src, p + ihl, total - ihl);
    else this.counters.ipUnknownProto++;
  }

  private udpInput(src: u32, u: usize, n: u32): void {
    if (n < UDP_HEADER) {
      this.counters.udpBadLength++;
      return;
    }
    const ulen = be16(u + 4);
    if (ulen < UDP_HEADER || ulen > n) {
      this.counters.udpBadLength++;
      return;
    }
    if (be16(u + 6) != 0 && csum(u, ulen, this.pseudoSum(src, this.ip, ulen)) != 0) {
      this.counters.udpBadChecksum++;
      return;
    }
    const port = this.portFor(be16(u + 2));
    if (port === null) {
      this.counters.udpClosedPort++;
      return;
    }
    if (port.deliver(src, be16(u), u + UDP_HEADER, ulen - UDP_HEADER)) this.counters.udpDelivered++;
    else this.counters.udpQueueFull++;
  }

  /** Echo requests get their reply, to the frame's sender, at once. */
  private icmpInput(f: usize, src: u32, m: usize, n: u32): void {
    if (n < 8 || csum(m, n) != 0 || load<u8>(m) != 8 || load<u8>(m + 1) != 0) {
      this.counters.icmpBad++;
      return;
    }
    if (this.txLock.lock(FOREVER) != Err.Ok) return;
    const t = changetype<usize>(this.tx);
    memory.copy(t + ETH_HEADER + IP_HEADER, m, n);
    store<u8>(t + ETH_HEADER + IP_HEADER, 0); // echo reply
    put16(t + ETH_HEADER + IP_HEADER + 2, 0);
    put16(t + ETH_HEADER + IP_HEADER + 2, csum(t + ETH_HEADER + IP_HEADER, n));
    this.ipHeader(t, PROTO_ICMP, src, n);
    this.ethHeader(t, f + 6, ETH_IPV4);
    this.send(ETH_HEADER + IP_HEADER + n);
    this.txLock.unlock();
    this.counters.icmpEchoes++;
  }

  // ---- transmit --------------------------------------------------------------

  /** Sends a UDP datagram of `len` bytes at `data` from port `srcPort` to
   *  `dst`:`dstPort`, resolving the next hop by ARP first (waiting up to
   *  a second). Returns Err.Ok; Err.Invalid for a length over
   *  UDP_MAX_PAYLOAD, a port of 0 or over 65535, a destination of 0 or
   *  the interface's own address (there is no loopback: asking ARP for
   *  it would wait a second for nobody); Err.NotFound if the next hop did
   *  not answer ARP; Err.Busy if the device had no room; Err.InInterrupt.
   *  Thread context. */
  sendUdp(srcPort: u32, dst: u32, dstPort: u32, data: usize, len: u32): Err {
    if (inInterrupt()) return Err.InInterrupt;
    if (len > UDP_MAX_PAYLOAD || dst == 0 || dstPort == 0 || dstPort > 0xffff || srcPort == 0 || srcPort > 0xffff) return Err.Invalid;
    if (!this.upped) return Err.Unsupported;
    if (dst == this.ip) return Err.Invalid;
    const slot = this.resolve(dst);
    if (slot < 0) {
      this.counters.noRoute++;
      return Err.NotFound;
    }
    const e = this.txLock.lock(FOREVER);
    if (e != Err.Ok) return e;
    const t = changetype<usize>(this.tx);
    const u = t + ETH_HEADER + IP_HEADER;
    put16(u, srcPort);
    put16(u + 2, dstPort);
    put16(u + 4, UDP_HEADER + len);
    put16(u + 6, 0);
    memory.copy(u + UDP_HEADER, data, len);
    const sum = csum(u, UDP_HEADER + len, this.pseudoSum(this.ip, dst, UDP_HEADER + len));
    put16(u + 6, sum == 0 ? 0xffff : sum); // 0 means "no checksum"
    this.ipHeader(t, PROTO_UDP, dst, UDP_HEADER + len);
    if (slot == ARP_ENTRIES) this.ethHeader(t, 0, ETH_IPV4);
    else this.ethHeader(t, changetype<usize>(this.arpMac) + <usize>(slot * 6), ETH_IPV4);
    const r = this.send(ETH_HEADER + IP_HEADER + UDP_HEADER + len);
    this.txLock.unlock();
    if (r == Err.Ok) this.counters.udpSent++;
    return r;
  }

  /** The pseudo-header's sum for a UDP checksum. */
  private pseudoSum(src: u32, dst: u32, ulen: u32): u32 {
    return (src >> 16) + (src & 0xffff) + (dst >> 16) + (dst & 0xffff) + PROTO_UDP + ulen;
  }

  /** The IPv4 header at t + ETH_HEADER, from us to `dst`, `n` bytes after it. */
  private ipHeader(t: usize, proto: u32, dst: u32, n: u32): void {
    const p = t + ETH_HEADER;
    store<u8>(p, 0x45);
    store<u8>(p + 1, 0);
    put16(p + 2, IP_HEADER + n);
    put16(p + 4, this.ipId++ & 0xffff);
    put16(p + 6, 0x4000); // don't fragment
    store<u8>(p + 8, 64);
    store<u8>(p + 9, <u8>proto);
    put16(p + 10, 0);
    put32(p + 12, this.ip);
    put32(p + 16, dst);
    put16(p + 10, csum(p, IP_HEADER));
  }

  /** The Ethernet header at `t`: to the 6 bytes at `to` (0: broadcast), from us. */
  private ethHeader(t: usize, to: usize, type: u32): void {
    for (let i = 0; i < 6; i++) {
      store<u8>(t + i, to == 0 ? 0xff : load<u8>(to + i));
      store<u8>(t + 6 + i, this.dev.mac[i]);
    }
    put16(t + 12, type);
  }

  /** Pads the frame in `tx` to MIN_FRAME and hands it to the device. Lock held. */
  private send(len: u32): Err {
    const t = changetype<usize>(this.tx);
    if (len < MIN_FRAME) {
      memory.fill(t + len, 0, MIN_FRAME - len);
      len = MIN_FRAME;
    }
    const e = this.dev.transmit(t, len);
    if (e != Err.Ok) this.counters.txFailed++;
    return e;
  }

  // ---- ARP ---------------------------------------------------------------------

  /** Sends an ARP packet (op 1 request, 2 reply) to `mac` (0: broadcast)
   *  about `ip`. Lock taken here. */
  private arpSend(op: u32, mac: usize, ip: u32): void {
    if (this.txLock.lock(FOREVER) != Err.Ok) return;
    const t = changetype<usize>(this.tx);
    const a = t + ETH_HEADER;
    put16(a, 1);
    put16(a + 2, ETH_IPV4);
    store<u8>(a + 4, 6);
    store<u8>(a + 5, 4);
    put16(a + 6, op);
    for (let i = 0; i < 6; i++) {
      store<u8>(a + 8 + i, this.dev.mac[i]);
      store<u8>(a + 18 + i, mac == 0 ? 0 : load<u8>(mac + i));
    }
    put32(a + 14, this.ip);
    put32(a + 24, ip);
    this.ethHeader(t, mac, ETH_ARP);
    this.send(ETH_HEADER + ARP_BYTES);
    this.txLock.unlock();
    if (op == 1) this.counters.arpSent++;
  }

  /** The cache slot of `ip` if it is there and fresh, else -1. */
  private arpFind(ip: u32): i32 {
    const now = ticks();
    const maxAge = ARP_MAX_AGE_SECONDS * tickRate();
    for (let i = 0; i < ARP_ENTRIES; i++) {
      if (this.arpIp[i] == ip && ip != 0 && <u32>tickDiff(now, this.arpAt[i]) <= maxAge) return i;
    }
    return -1;
  }

  /** Puts `ip` at the 6 bytes at `mac` into the cache: its own slot, a
   *  free one, or the oldest. */
  private arpLearn(ip: u32, mac: usize): void {
    let slot = this.arpFind(ip);
    if (slot < 0) {
      slot = 0;
      const now = ticks();
      for (let i = 0; i < ARP_ENTRIES; i++) {
        if (this.arpIp[i] == 0) {
          slot = i;
          break;
        }
        if (tickDiff(now, this.arpAt[i]) > tickDiff(now, this.arpAt[slot])) slot = i;
      }
    }
    this.arpIp[slot] = 0; // a reader in another thread sees no half-written entry
    memory.copy(changetype<usize>(this.arpMac) + <usize>(slot * 6), mac, 6);
    this.arpAt[slot] = ticks();
    this.arpIp[slot] = ip;
  }

  /** The cache slot of the next hop towards `dst` (ARP_ENTRIES for
   *  broadcast), asking by ARP and waiting if needed; -1 if nobody answered. */
  private resolve(dst: u32): i32 {
    if (dst == BROADCAST || dst == (this.ip | ~this.netmask)) return ARP_ENTRIES;
    const hop = this.onLink(dst) || this.gateway == 0 ? dst : this.gateway;
    const waitTicks = max<u32>(1, (ARP_TRY_MS * tickRate()) / 1000);
    for (let tries: u32 = 0; tries < ARP_TRIES; tries++) {
      const slot = this.arpFind(hop);
      if (slot >= 0) return slot;
      this.arpSend(1, 0, hop);
      // The answer comes in the receiving thread; look again each tick.
      for (let waited: u32 = 0; waited < waitTicks; waited++) {
        threadSleep(1);
        if (this.arpFind(hop) >= 0) return this.arpFind(hop);
      }
    }
    return -1;
  }

  /** Entries in the ARP cache now. */
  arpCount(): u32 {
    let n: u32 = 0;
    for (let i = 0; i < ARP_ENTRIES; i++) if (this.arpFind(this.arpIp[i]) >= 0) n++;
    return n;
  }

  // ---- the `net` command -------------------------------------------------------

  /** Prints the interface, the driver's and the stack's counters (the
   *  shell's `net` command). Thread context. */
  dump(): void {
    const d = this.dev.counters;
    const c = this.counters;
    kputs("net: ");
    kputs(this.dev.name());
    kputs(" ");
    for (let i = 0; i < 6; i++) {
      if (i > 0) kputs(":");
      putHexByte(this.dev.mac[i]);
    }
    kputs(" ");
    putIp(this.ip);
    kputs(" mask ");
    putIp(this.netmask);
    kputs(" gw ");
    putIp(this.gateway);
    kputln(this.dev.linkUp() ? " link up" : " link down");
    kputs("net: rx frames ");
    kputu(d.rxFrames);
    kputs(" bytes ");
    kputu(d.rxBytes);
    kputs(", tx frames ");
    kputu(d.txFrames);
    kputs(" bytes ");
    kputu(d.txBytes);
    kputs(", rx errors ");
    kputu(d.rxErrors);
    kputs(", tx errors ");
    kputu(d.txErrors);
    kputs(", device drops ");
    kputu(d.rxDropped);
    kputs(", tx busy ");
    kputu(d.txBusy);
    kputln("");
    kputs("net: interrupts ");
    kputu(d.interrupts);
    kputs(", polling rounds ");
    kputu(d.rounds);
    kputs(" (full ");
    kputu(d.fullRounds);
    kputs("), interrupts per 100 frames ");
    kputu(d.rxFrames == 0 ? 0 : <u32>((<u64>d.interrupts * 100 + (d.rxFrames >> 1)) / d.rxFrames));
    kputs(this.dev.moderation ? ", moderation on, budget " : ", moderation off, budget ");
    kputu(this.dev.moderation ? this.dev.budget : 1);
    kputln("");
    kputs("net: dropped: short ");
    kputu(c.rxShort);
    kputs(", oversize ");
    kputu(c.rxOversize);
    kputs(", not ours ");
    kputu(c.rxNotOurs);
    kputs(", unknown type ");
    kputu(c.rxUnknownType);
    kputs(", bad arp ");
    kputu(c.arpBad);
    kputs(", ip header ");
    kputu(c.ipBadHeader);
    kputs(", ip checksum ");
    kputu(c.ipBadChecksum);
    kputs(", fragments ");
    kputu(c.ipFragments);
    kputs(", not our ip ");
    kputu(c.ipNotOurs);
    kputs(", ip protocol ");
    kputu(c.ipUnknownProto);
    kputs(", icmp ");
    kputu(c.icmpBad);
    kputs(", udp length ");
    kputu(c.udpBadLength);
    kputs(", udp checksum ");
    kputu(c.udpBadChecksum);
    kputs(", closed port ");
    kputu(c.udpClosedPort);
    kputs(", socket full ");
    kputu(c.udpQueueFull);
    kputln("");
    kputs("net: udp in ");
    kputu(c.udpDelivered);
    kputs(" out ");
    kputu(c.udpSent);
    kputs(", icmp echoes ");
    kputu(c.icmpEchoes);
    kputs(", arp requests answered ");
    kputu(c.arpRequests);
    kputs(" sent ");
    kputu(c.arpSent);
    kputs(" replies ");
    kputu(c.arpReplies);
    kputs(" cached ");
    kputu(this.arpCount());
    kputs(", tx failed ");
    kputu(c.txFailed);
    kputs(", no route ");
    kputu(c.noRoute);
    kputln("");
    kputs("net: uptime ");
    kputu(<u32>((<u64>ticks() * 1000) / tickRate()));
    kputln(" ms");
  }
}
