// The network layer (net/) against frames made here, on every board: a
// loopback device stands in for the driver, hands the interface each frame
// the test builds and keeps what the interface transmits. Every kind of
// malformed frame issue 16 names is sent; each must be counted under its
// own cause and dropped, with nothing delivered, nothing sent and no trap.

import { Err, FOREVER, MAIN_PRIORITY, MIN_STACK_BYTES, NO_WAIT, Thread, threadCreate, threadJoin, tickRate, ticks } from "../../kernel/ivt";
import {
  be16, be32, csum, ipv4, MAX_FRAME, MIN_FRAME, NetDevice, NetIf, put16, put32, UDP_MAX_PAYLOAD, UdpPeer, UdpSocket,
} from "../../net/net";
import { check, checkEq, finish, test } from "../target/harness";

const OUR_IP = ipv4(10, 0, 2, 15);
const GATEWAY = ipv4(10, 0, 2, 2);
const SILENT = ipv4(10, 0, 2, 99); // nobody answers ARP for it
const PEER_MAC: u8[] = [0x52, 0x55, 0x0a, 0x00, 0x02, 0x02];
const OUR_MAC: u8[] = [0x52, 0x54, 0x00, 0x12, 0x34, 0x56];
const LAST_BYTES: i32 = 256;

/** The driver's stand-in: keeps the last frame sent, answers ARP for the
 *  gateway as a peer on the wire would. */
class Loopback extends NetDevice {
  // The frames the tests make the interface send are short: small buffers
  // keep the image inside micro:bit's 16 KiB of RAM.
  readonly last: StaticArray<u8> = new StaticArray<u8>(LAST_BYTES);
  lastLen: u32 = 0;
  sent: u32 = 0;
  arpAsked: u32 = 0;
  name(): string {
    return "lo0";
  }
  start(): Err {
    for (let i = 0; i < 6; i++) this.mac[i] = OUR_MAC[i];
    return Err.Ok;
  }
  transmit(frame: usize, len: u32): Err {
    if (len < MIN_FRAME || len > MAX_FRAME) return Err.Invalid;
    memory.copy(changetype<usize>(this.last), frame, min<u32>(len, LAST_BYTES));
    this.lastLen = len;
    this.sent++;
    if (be16(frame + 12) == 0x0806 && be16(frame + 20) == 1) {
      this.arpAsked++;
      if (be32(frame + 38) == GATEWAY) arpReplyFromGateway(this);
    }
    return Err.Ok;
  }
  linkUp(): bool {
    return true;
  }
}

/** Frames are built here; the oversized one is refused by its length alone. */
const frame = new StaticArray<u8>(256);

/** A device that does not come up the first time (a cable, a reset that
 *  timed out), then does. */
class LateDevice extends Loopback {
  tries: u32 = 0;
  start(): Err {
    if (this.tries++ == 0) return Err.Timeout;
    return super.start();
  }
}
const F = changetype<usize>(frame);
const dev = new Loopback();
// Made in main, not at boot: the boot heap of a small board (micro:bit)
// has no room for the interface's transmit frame.
let theNet: NetIf | null = null;
let theSock: UdpSocket | null = null;
function net(): NetIf {
  return theNet!;
}
function sock(): UdpSocket {
  return theSock!;
}
const rxBuf = new StaticArray<u8>(128); // "too long" is refused before the data is read
const reader = new Thread();
let readerResult: i32 = 0;
function readForever(arg: u32): void {
  readerResult = sock().recvFrom(changetype<usize>(rxBuf), 10, null, FOREVER);
}
const peer = new UdpPeer();

function eth(to: u8[] | null, type: u32): void {
  for (let i = 0; i < 6; i++) {
    store<u8>(F + i, to === null ? 0xff : to[i]);
    store<u8>(F + 6 + i, PEER_MAC[i]);
  }
  put16(F + 12, type);
}

/** An IPv4 header at F + 14 from `src` to `dst`, `n` bytes after it. */
function ip(src: u32, dst: u32, proto: u32, n: u32): void {
  const p = F + 14;
  store<u8>(p, 0x45);
  store<u8>(p + 1, 0);
  put16(p + 2, 20 + n);
  put16(p + 4, 7);
  put16(p + 6, 0);
  store<u8>(p + 8, 64);
  store<u8>(p + 9, <u8>proto);
  put16(p + 10, 0);
  put32(p + 12, src);
  put32(p + 16, dst);
  put16(p + 10, csum(p, 20));
}

/** The IP header's checksum again, after a test changed a field of it. */
function resumIp(): void {
  put16(F + 24, 0);
  put16(F + 24, csum(F + 14, 20));
}

function pseudo(src: u32, dst: u32, ulen: u32): u32 {
  return (src >> 16) + (src & 0xffff) + (dst >> 16) + (dst & 0xffff) + 17 + ulen;
}

/** A whole UDP frame from the gateway's port 5000 to ours, `n` payload
 *  bytes of a pattern; returns its length. */
function udpFrame(port: u32, n: u32): u32 {
  eth(OUR_MAC, 0x0800);
  ip(GATEWAY, OUR_IP, 17, 8 + n);
  const u = F + 34;
  put16(u, 5000);
  put16(u + 2, port);
  put16(u + 4, 8 + n);
  put16(u + 6, 0);
  for (let i: u32 = 0; i < n; i++) store<u8>(u + 8 + i, <u8>(i * 13 + 5));
  const s = csum(u, 8 + n, pseudo(GATEWAY, OUR_IP, 8 + n));
  put16(u + 6, s == 0 ? 0xffff : s);
  return max<u32>(34 + 8 + n, MIN_FRAME);
}

function icmpEcho(n: u32): u32 {
  eth(OUR_MAC, 0x0800);
  ip(GATEWAY, OUR_IP, 1, 8 + n);
  const m = F + 34;
  store<u8>(m, 8);
  store<u8>(m + 1, 0);
  put16(m + 2, 0);
  put16(m + 4, 0x1234);
  put16(m + 6, 9);
  for (let i: u32 = 0; i < n; i++) store<u8>(m + 8 + i, <u8>i);
  put16(m + 2, csum(m, 8 + n));
  return max<u32>(34 + 8 + n, MIN_FRAME);
}

function arpFrame(op: u32, targetIp: u32, to: u8[] | null, senderIp: u32 = GATEWAY): u32 {
  eth(to, 0x0806);
  const a = F + 14;
  put16(a, 1);
  put16(a + 2, 0x0800);
  store<u8>(a + 4, 6);
  store<u8>(a + 5, 4);
  put16(a + 6, op);
  for (let i = 0; i < 6; i++) {
    store<u8>(a + 8 + i, PEER_MAC[i]);
    store<u8>(a + 18 + i, to === null ? 0 : to[i]);
  }
  put32(a + 14, senderIp);
  put32(a + 24, targetIp);
  return MIN_FRAME;
}

/** The gateway's answer to an ARP request, fed back to the interface. */
function arpReplyFromGateway(d: Loopback): void {
  const saved = new StaticArray<u8>(64);
  memory.copy(changetype<usize>(saved), F, 64); // a test may be building a frame in F
  const n = arpFrame(2, OUR_IP, OUR_MAC);
  d.receiver!.receive(F, n);
  memory.copy(F, changetype<usize>(saved), 64);
}

function deliver(len: u32): void {
  net().receive(F, len);
}

/** Sum of every drop counter of the interface. */
function drops(): u32 {
  const c = net().counters;
  return c.rxShort + c.rxOversize + c.rxNotOurs + c.rxUnknownType + c.arpBad + c.ipBadHeader + c.ipBadChecksum +
    c.ipFragments + c.ipNotOurs + c.ipUnknownProto + c.icmpBad + c.udpBadLength + c.udpBadChecksum + c.udpClosedPort +
    c.udpQueueFull;
}

/** Sends the frame in F (`len` bytes) and checks that exactly the counter
 *  `counter()` went up by one, and nothing was sent or delivered. */
function refused(len: u32, counter: () => u32, what: string): void {
  const before = counter();
  const all = drops();
  const sent = dev.sent;
  const queued = sock().queued();
  deliver(len);
  checkEq(counter() - before, 1, what);
  checkEq(drops() - all, 1, what);
  checkEq(dev.sent, sent, what);
  checkEq(sock().queued(), queued, what);
}

function lastBe16(off: u32): u32 {
  return be16(changetype<usize>(dev.last) + off);
}

export function main(): i32 {
  theNet = new NetIf(dev, OUR_IP, ipv4(255, 255, 255, 0), GATEWAY);
  theSock = new UdpSocket(net(), 2);
  test("net: the interface comes up once; bad addresses and a second up are refused", () => {
    checkEq(new NetIf(dev, 0, ipv4(255, 255, 255, 0), GATEWAY).up(), Err.Invalid, "address 0");
    checkEq(new NetIf(dev, OUR_IP, ipv4(255, 255, 255, 0), ipv4(192, 168, 1, 1)).up(), Err.Invalid, "gateway off the subnet");
    const late = new NetIf(new LateDevice(), OUR_IP, ipv4(255, 255, 255, 0), GATEWAY);
    checkEq(late.up(), Err.Timeout, "the device's own error");
    checkEq(late.up(), Err.Ok, "tried again, it comes up");
    checkEq(late.up(), Err.Busy, "once up, up again is Busy");
    checkEq(net().up(), Err.Ok, "up");
    checkEq(net().up(), Err.Busy, "up again");
  });

  test("net: sockets refuse bad ports, depths and a port taken", () => {
    checkEq(sock().bind(0), Err.Invalid, "port 0");
    checkEq(sock().bind(65536), Err.Invalid, "port 65536");
    checkEq(new UdpSocket(net(), 0).bind(9), Err.Invalid, "depth 0");
    checkEq(new UdpSocket(net(), 1000).bind(9), Err.Invalid, "depth 1000");
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, peer, NO_WAIT), -<i32>Err.Invalid, "recvFrom before bind");
    checkEq(sock().sendTo(GATEWAY, 5000, changetype<usize>(rxBuf), 1), Err.Invalid, "sendTo before bind");
    checkEq(sock().bind(7), Err.Ok, "bind 7");
    checkEq(sock().bind(8), Err.Busy, "bind again");
    checkEq(new UdpSocket(net(), 2).bind(7), Err.Busy, "port 7 taken");
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, peer, NO_WAIT), -<i32>Err.WouldBlock, "nothing queued, no wait");
    const t0 = ticks();
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, peer, 5), -<i32>Err.Timeout, "nothing queued, 5 ticks");
    check(ticks() - t0 >= 5, "waited its 5 ticks");
    checkEq(sock().sendTo(GATEWAY, 5000, changetype<usize>(rxBuf), UDP_MAX_PAYLOAD + 1), Err.Invalid, "datagram too long");
    checkEq(sock().sendTo(GATEWAY, 0, changetype<usize>(rxBuf), 1), Err.Invalid, "port 0");
    checkEq(sock().sendTo(0, 5000, changetype<usize>(rxBuf), 1), Err.Invalid, "address 0");
  });

  test("net: an ARP request for our address is answered with our station address", () => {
    const sent = dev.sent;
    deliver(arpFrame(1, OUR_IP, null, ipv4(10, 0, 2, 3)));
    checkEq(dev.sent, sent + 1, "one reply");
    checkEq(lastBe16(12), 0x0806, "ARP");
    checkEq(lastBe16(20), 2, "a reply");
    const l = changetype<usize>(dev.last);
    for (let i = 0; i < 6; i++) {
      checkEq(load<u8>(l + 22 + i), OUR_MAC[i], "sender is us");
      checkEq(load<u8>(l + i), PEER_MAC[i], "to the asker");
    }
    checkEq(be32(l + 28), OUR_IP, "our address");
    const s2 = dev.sent;
    deliver(arpFrame(1, ipv4(10, 0, 2, 4), null, ipv4(10, 0, 2, 3)));
    checkEq(dev.sent, s2, "a request for another address: no reply");
  });

  test("net: an ICMP echo request gets its reply: same identifier, sequence and data, checksums right", () => {
    const sent = dev.sent;
    deliver(icmpEcho(56));
    checkEq(dev.sent, sent + 1, "one reply");
    const l = changetype<usize>(dev.last);
    checkEq(csum(l + 14, 20), 0, "IP checksum");
    checkEq(be32(l + 26), OUR_IP, "from us");
    checkEq(be32(l + 30), GATEWAY, "to the asker");
    checkEq(load<u8>(l + 34), 0, "echo reply");
    checkEq(csum(l + 34, 64), 0, "ICMP checksum");
    checkEq(be16(l + 38), 0x1234, "identifier");
    checkEq(be16(l + 40), 9, "sequence");
    let same = true;
    for (let i: u32 = 0; i < 56; i++) if (load<u8>(l + 42 + i) != <u8>i) same = false;
    check(same, "data");
    checkEq(net().counters.icmpEchoes, 1, "counted");
  });

  test("net: a UDP datagram reaches its socket intact, with its sender; the reply is well formed", () => {
    deliver(udpFrame(7, 100));
    checkEq(sock().queued(), 1, "queued");
    const n = sock().recvFrom(changetype<usize>(rxBuf), 128, peer, FOREVER);
    checkEq(n, 100, "length");
    checkEq(peer.ip, GATEWAY, "sender");
    checkEq(peer.port, 5000, "sender's port");
    let same = true;
    for (let i = 0; i < 100; i++) if (rxBuf[i] != <u8>(i * 13 + 5)) same = false;
    check(same, "contents");
    // A cut read says the whole length.
    deliver(udpFrame(7, 40));
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, null, FOREVER), 40, "cut read: whole length");
    // An empty datagram is one.
    deliver(udpFrame(7, 0));
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, null, FOREVER), 0, "empty datagram");
    // The reply: the gateway's MAC by ARP (the loopback answers), then the datagram.
    const asked = dev.arpAsked;
    checkEq(sock().sendTo(GATEWAY, 5000, changetype<usize>(rxBuf), 100), Err.Ok, "sendTo");
    checkEq(dev.arpAsked, asked + 1, "asked ARP once");
    const l = changetype<usize>(dev.last);
    checkEq(be16(l + 12), 0x0800, "IPv4");
    for (let i = 0; i < 6; i++) checkEq(load<u8>(l + i), PEER_MAC[i], "to the gateway's MAC");
    checkEq(csum(l + 14, 20), 0, "IP checksum");
    checkEq(be16(l + 16), 128, "IP length");
    checkEq(be16(l + 34), 7, "from our port");
    checkEq(be16(l + 36), 5000, "to its port");
    checkEq(be16(l + 38), 108, "UDP length");
    checkEq(csum(l + 34, 108, pseudo(OUR_IP, GATEWAY, 108)), 0, "UDP checksum");
    checkEq(sock().sendTo(GATEWAY, 5000, changetype<usize>(rxBuf), 3), Err.Ok, "second sendTo");
    checkEq(dev.arpAsked, asked + 1, "cached: no second ARP");
    checkEq(dev.lastLen, MIN_FRAME, "a short frame is padded to 60 bytes");
  });

  test("net: a full socket queue drops and counts; the queued ones stay intact", () => {
    deliver(udpFrame(7, 1));
    deliver(udpFrame(7, 2));
    refused(udpFrame(7, 3), (): u32 => net().counters.udpQueueFull, "third datagram, queue of 2");
    checkEq(sock().drops, 1, "the socket's own count");
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, null, NO_WAIT), 1, "first");
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, null, NO_WAIT), 2, "second");
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, null, NO_WAIT), -<i32>Err.WouldBlock, "no third");
  });

  test("net: every malformed frame is counted under its cause and dropped", () => {
    refused(10, (): u32 => net().counters.rxShort, "shorter than an Ethernet header");
    refused(MAX_FRAME + 1, (): u32 => net().counters.rxOversize, "longer than 1514 bytes");
    let n = udpFrame(7, 4);
    store<u8>(F, 0x02); // another station's unicast
    refused(n, (): u32 => net().counters.rxNotOurs, "not our station");
    n = udpFrame(7, 4);
    put16(F + 12, 0x86dd);
    refused(n, (): u32 => net().counters.rxUnknownType, "IPv6 ethertype");
    n = arpFrame(1, OUR_IP, null);
    store<u8>(F + 18, 5);
    refused(n, (): u32 => net().counters.arpBad, "ARP hardware length 5");
    refused(14 + 10, (): u32 => net().counters.arpBad, "ARP cut short");
    n = udpFrame(7, 4);
    store<u8>(F + 14, 0x65);
    refused(n, (): u32 => net().counters.ipBadHeader, "IP version 6");
    n = udpFrame(7, 4);
    store<u8>(F + 14, 0x44);
    refused(n, (): u32 => net().counters.ipBadHeader, "IP header length 16");
    n = udpFrame(7, 4);
    store<u8>(F + 14, 0x4f);
    refused(34 + 12, (): u32 => net().counters.ipBadHeader, "IP header longer than the frame");
    n = udpFrame(7, 4);
    put16(F + 16, 1400);
    resumIp();
    refused(n, (): u32 => net().counters.ipBadHeader, "IP total length past the frame");
    n = udpFrame(7, 4);
    put16(F + 16, 12);
    resumIp();
    refused(n, (): u32 => net().counters.ipBadHeader, "IP total length below its header");
    n = udpFrame(7, 4);
    store<u8>(F + 22, 63); // TTL changed, checksum not
    refused(n, (): u32 => net().counters.ipBadChecksum, "IP checksum");
    n = udpFrame(7, 4);
    put16(F + 20, 0x2000);
    resumIp();
    refused(n, (): u32 => net().counters.ipFragments, "first fragment (more fragments)");
    n = udpFrame(7, 4);
    put16(F + 20, 0x0010);
    resumIp();
    refused(n, (): u32 => net().counters.ipFragments, "later fragment (offset)");
    n = udpFrame(7, 4);
    put32(F + 30, ipv4(10, 0, 2, 16));
    resumIp();
    refused(n, (): u32 => net().counters.ipNotOurs, "another address");
    n = udpFrame(7, 4);
    store<u8>(F + 23, 6);
    resumIp();
    refused(n, (): u32 => net().counters.ipUnknownProto, "TCP");
    n = icmpEcho(8);
    store<u8>(F + 45, 0xaa);
    refused(n, (): u32 => net().counters.icmpBad, "ICMP checksum");
    n = udpFrame(7, 4);
    put16(F + 38, 6);
    refused(n, (): u32 => net().counters.udpBadLength, "UDP length 6");
    n = udpFrame(7, 4);
    put16(F + 38, 200);
    refused(n, (): u32 => net().counters.udpBadLength, "UDP length past the IP payload");
    n = udpFrame(7, 4);
    store<u8>(F + 42, 0x77);
    refused(n, (): u32 => net().counters.udpBadChecksum, "UDP checksum");
    refused(udpFrame(9, 4), (): u32 => net().counters.udpClosedPort, "closed port");
    // A frame of every length from 0 to 60, all zero bytes: never a trap.
    memory.fill(F, 0, 64);
    for (let len: u32 = 0; len <= 60; len++) deliver(len);
    checkEq(sock().queued(), 0, "nothing delivered from zeros");
  });

  test("net: a next hop that never answers ARP: sendTo gives up with NotFound after its tries", () => {
    const asked = dev.arpAsked;
    const t0 = ticks();
    checkEq(sock().sendTo(SILENT, 5000, changetype<usize>(rxBuf), 4), Err.NotFound, "no answer");
    checkEq(dev.arpAsked - asked, 4, "four ARP requests");
    check(ticks() - t0 >= tickRate() / 2, "waited for the answers");
    checkEq(net().counters.noRoute, 1, "counted");
  });

  test("net: sendTo our own address is refused at once (no loopback), without asking ARP", () => {
    const asked = dev.arpAsked;
    const t0 = ticks();
    checkEq(sock().sendTo(OUR_IP, 7, changetype<usize>(rxBuf), 4), Err.Invalid, "refused");
    checkEq(dev.arpAsked - asked, 0, "no ARP request");
    checkEq(ticks() - t0, 0, "no wait");
  });

  test("net: a closed socket's port is closed; it may bind again", () => {
    checkEq(sock().close(), Err.Ok, "close");
    checkEq(sock().close(), Err.Invalid, "close again");
    refused(udpFrame(7, 4), (): u32 => net().counters.udpClosedPort, "port 7 after close");
    checkEq(sock().bind(7), Err.Ok, "bind again");
    deliver(udpFrame(7, 4));
    checkEq(sock().queued(), 1, "delivered again");
  });

  test("net: a closed socket gives what it queued, then Invalid at once; a reader waiting FOREVER wakes at its close", () => {
    checkEq(sock().close(), Err.Ok, "close with one queued");
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, null, FOREVER), 4, "the queued datagram");
    const t0 = ticks();
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, null, FOREVER), -<i32>Err.Invalid, "then Invalid");
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, null, NO_WAIT), -<i32>Err.Invalid, "and again, no wait");
    checkEq(ticks() - t0, 0, "without waiting");
    checkEq(sock().bind(7), Err.Ok, "bind again");
    // A more urgent reader waits FOREVER; this thread closes the socket.
    readerResult = 1;
    checkEq(threadCreate(reader, "reader", readForever, 0, MAIN_PRIORITY - 1, 2 * MIN_STACK_BYTES), Err.Ok, "reader");
    checkEq(readerResult, 1, "the reader waits");
    checkEq(sock().close(), Err.Ok, "close under the reader");
    checkEq(threadJoin(reader, 100), Err.Ok, "the reader ended");
    checkEq(readerResult, -<i32>Err.Invalid, "woken with Invalid");
    // Bound again, the socket queues and counts as before.
    checkEq(sock().bind(7), Err.Ok, "bind after the wake");
    deliver(udpFrame(7, 3));
    deliver(udpFrame(7, 5));
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, null, NO_WAIT), 3, "first after");
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, null, NO_WAIT), 5, "second after");
    checkEq(sock().recvFrom(changetype<usize>(rxBuf), 10, null, NO_WAIT), -<i32>Err.WouldBlock, "none left");
  });

  return finish();
}
