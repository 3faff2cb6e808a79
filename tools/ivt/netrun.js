// Running an application that talks UDP to the host: its app.json "udp"
// names the guest port the host should reach; this picks a free port on the
// host's 127.0.0.1 and gives the board a network that forwards it (QEMU's
// user-mode network, board.json "net.qemu"; sim's bridge, arch/sim/net.js),
// and drives the echo exchange of a test run (test.json "udp_echo").

import dgram from "node:dgram";
import { readAppJson } from "./paths.js";
import { UserError } from "./proc.js";

/** The guest's UDP port an app asks the host to reach (app.json "udp"),
 *  or null. */
export function appUdpPort(app) {
  const json = readAppJson(app);
  if (!json || json.cfg.udp === undefined) return null;
  const udp = json.cfg.udp;
  if (!Number.isInteger(udp) || udp < 1 || udp > 65535) throw new UserError(`${json.where}: "udp" must be the application's UDP port, 1 to 65535`);
  return udp;
}

/** A UDP port free on the host's 127.0.0.1 now (QEMU binds it next). */
export function freeUdpPort() {
  return new Promise((resolve, reject) => {
    const s = dgram.createSocket("udp4");
    s.on("error", reject);
    s.bind(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** What a run of an app with a UDP port on board `b` needs: { hostPort,
 *  guestPort, qemuArgs, simArgs }, or null (no port, or a board without a
 *  network: the app then says so itself). */
export async function udpSetup(b, app) {
  const guestPort = appUdpPort(app);
  if (guestPort === null || !b.net) return null;
  if (b.arch === "sim") return { hostPort: 0, guestPort, qemuArgs: [], simArgs: ["--udp", `0:${guestPort}`, "--live-input", "on"] };
  const hostPort = await freeUdpPort();
  const fill = (a) => a.replace(/\$\{host_port\}/g, String(hostPort)).replace(/\$\{guest_port\}/g, String(guestPort));
  return { hostPort, guestPort, qemuArgs: b.net.qemu.map(fill), simArgs: [] };
}

/** The host port of a sim run, from its "sim: udp 127.0.0.1:N" line. */
export const SIM_UDP_LINE = /^sim: udp 127\.0\.0\.1:(\d+) /m;

/** How to reach the app from the host, for the user. */
export function udpHint(app, hostPort, guestPort) {
  return `the host's udp 127.0.0.1:${hostPort} reaches udp port ${guestPort} of the board (10.0.2.15); try: echo hello | nc -u -w1 127.0.0.1 ${hostPort}`;
}

/** The datagram sizes an echo exchange cycles through: empty, around word
 *  boundaries, and the largest that fits one frame. */
const SIZES = [0, 1, 2, 3, 4, 5, 7, 8, 63, 64, 65, 100, 511, 512, 513, 1000, 1471, 1472];

/** The contents of datagram `i` of `size` bytes: its number, then a pattern
 *  that changes with both. */
function datagram(i, size) {
  const b = Buffer.alloc(size);
  for (let k = 0; k < size; k++) b[k] = k < 4 ? (i >> (8 * k)) & 0xff : (i * 31 + k * 7) & 0xff;
  return b;
}

/**
 * Sends `count` datagrams to 127.0.0.1:`port`, one at a time (each waits
 * for its echo, up to `timeoutMs`, and is sent again up to `retries` times
 * if none came: UDP may drop), and checks every echo byte for byte.
 * Resolves to the line the run's output gets: "udp: N sent, N echoed
 * intact, N lost, N corrupted".
 */
export function echoExchange(port, { count = 200, timeoutMs = 2000, retries = 2 } = {}) {
  return new Promise((resolve) => {
    const s = dgram.createSocket("udp4");
    let i = 0;
    let tries = 0;
    let echoed = 0;
    let lost = 0;
    let corrupted = 0;
    let timer = null;
    let expect = null;
    const finish = () => {
      clearTimeout(timer);
      s.close();
      resolve(`udp: ${count} sent, ${echoed} echoed intact, ${lost} lost, ${corrupted} corrupted`);
    };
    const next = () => {
      if (i >= count) return finish();
      expect = datagram(i, SIZES[i % SIZES.length]);
      s.send(expect, port, "127.0.0.1");
      timer = setTimeout(() => {
        if (++tries <= retries) return next();
        lost++;
        tries = 0;
        i++;
        next();
      }, timeoutMs);
    };
    s.on("message", (msg) => {
      // A late echo of an earlier datagram (one sent again) is not this one's.
      if (!expect || (msg.length >= 4 && msg.readUInt32LE(0) < i)) return;
      clearTimeout(timer);
      if (Buffer.compare(msg, expect) === 0) echoed++;
      else corrupted++;
      expect = null;
      tries = 0;
      i++;
      next();
    });
    s.on("error", () => finish());
    s.bind(0, "127.0.0.1", next);
  });
}
