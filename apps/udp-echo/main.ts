// udp-echo: echoes every UDP datagram sent to port 7 of 10.0.2.15 back to
// its sender, through the board's network device (board.json "net": the
// LAN9118 on mps2-an385/an386 and sim). `make run APP=udp-echo` prints the
// host command that reaches it; the console's `net` command prints the
// interface's counters, `moderation on` / `moderation off` switches the
// driver's receive moderation (make bench measures both), `budget N` its
// frames per polling round (1 to 256), `quit` ends the program.

import {
  Err, errName, FOREVER, kputln, kputs, kputu, MAIN_PRIORITY, Mutex, Semaphore, ShellCommands, ShellLine, shellStart, Thread,
  threadCreate,
} from "../../kernel/ivt";
import { ipv4, NetIf, putIp, UDP_MAX_PAYLOAD, UdpPeer, UdpSocket } from "../../net/net";
import { boardNetDevice } from "ivt-board/net";

const PORT: u32 = 7;
/** Datagrams the socket holds while the echo thread is busy sending. */
const QUEUE_DEPTH: u32 = 16; // a polling round's worth (the driver's budget)
const ECHO_STACK: u32 = 2048;

const done = new Semaphore();
const echoThread = new Thread();
/** Held by the echo thread from a datagram's arrival until its echo is
 *  sent and counted, and by `net` while it prints: the echo leaves the
 *  device before the counters move, so without it a `net` run in between
 *  (the console's thread is more urgent) shows one datagram in and none
 *  out though the host already has the echo. */
const echoing = new Mutex();
let net: NetIf | null = null;
let sock: UdpSocket | null = null;
const buf = new StaticArray<u8>(<i32>UDP_MAX_PAYLOAD);

/** Receives and sends back, for ever. */
function echoMain(arg: u32): void {
  const s = sock!;
  const from = new UdpPeer();
  const data = changetype<usize>(buf);
  for (;;) {
    const n = s.recvFrom(data, UDP_MAX_PAYLOAD, from, FOREVER);
    if (n < 0) continue;
    echoing.lock(FOREVER);
    const e = s.sendTo(from.ip, from.port, data, <u32>n);
    echoing.unlock();
    if (e != Err.Ok) {
      kputs("udp-echo: reply not sent: ");
      kputln(errName(e));
    }
  }
}

class Commands extends ShellCommands {
  run(line: ShellLine): bool {
    if (line.is("net")) {
      echoing.lock(FOREVER);
      net!.dump();
      echoing.unlock();
    }
    else if (line.is("moderation on") || line.is("moderation off")) {
      net!.dev.moderation = line.is("moderation on");
      kputln(net!.dev.moderation ? "udp-echo: moderation on" : "udp-echo: moderation off");
    } else if (line.startsWith("budget ")) {
      // Digits only, 1 to 256; anything else gets the usage line.
      let n: u32 = 0;
      let i = 7;
      for (; line.byteAt(i) >= 48 && line.byteAt(i) <= 57 && n <= 256; i++) n = n * 10 + <u32>(line.byteAt(i) - 48);
      if (i == 7 || line.byteAt(i) != -1 || n < 1 || n > 256) kputln("udp-echo: usage: budget N (frames per polling round, 1 to 256)");
      else {
        net!.dev.budget = n;
        kputs("udp-echo: budget ");
        kputu(n);
        kputln("");
      }
    } else if (line.is("quit")) done.give();
    else return false;
    return true;
  }
  names(): string {
    return "net, moderation on, moderation off, budget N, quit";
  }
}

function fail(what: string, e: Err): i32 {
  kputs("udp-echo: ");
  kputs(what);
  kputs(": ");
  kputln(errName(e));
  return 1;
}

export function main(): i32 {
  done.create(0, 1);
  echoing.create();
  const dev = boardNetDevice();
  if (dev === null) {
    kputln("udp-echo: this board has no network device (board.json \"net\"; mps2-an385, mps2-an386 and sim have one)");
    return 1;
  }
  const n = new NetIf(dev, ipv4(10, 0, 2, 15), ipv4(255, 255, 255, 0), ipv4(10, 0, 2, 2));
  net = n;
  let e = n.up();
  if (e != Err.Ok) return fail("the interface did not come up", e);
  const s = new UdpSocket(n, QUEUE_DEPTH);
  sock = s;
  e = s.bind(PORT);
  if (e != Err.Ok) return fail("bind", e);
  e = threadCreate(echoThread, "echo", echoMain, 0, MAIN_PRIORITY - 2, ECHO_STACK);
  if (e != Err.Ok) return fail("the echo thread", e);
  e = shellStart(new Commands());
  if (e != Err.Ok) return fail("the console", e);
  kputs("udp-echo: echoing udp port ");
  kputu(PORT);
  kputs(" of ");
  putIp(n.ip);
  kputln(n.dev.linkUp() ? " (link up)" : " (link down)");
  done.take(FOREVER);
  kputln("udp-echo: bye");
  return 0;
}
