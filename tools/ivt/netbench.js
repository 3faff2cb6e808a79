// The network load benchmark of `make bench` (issue 16): apps/udp-echo on
// a board with a network (board.json "net"), offered datagrams from the
// host at rising rates, with the driver's receive moderation on and then
// off. Every echo is checked byte for byte. Per rate: datagrams sent,
// echoed intact, lost, corrupted, the guest's receive interrupts and frames
// (from its `net` command, before and after) and its uptime, so that echoes
// per virtual second and interrupts per frame come from the guest's own
// counts.

import dgram from "node:dgram";
import { buildImage } from "./build.js";
import { udpSetup, SIM_UDP_LINE } from "./netrun.js";
import { runCapture, honestTime } from "./run.js";
import { UserError } from "./proc.js";

/** Offered rates (datagrams per second of host time) and datagrams per
 *  rate: 5 x 2000 = 10,000 per moderation setting. */
export const RATES = [250, 500, 1000, 2000, 4000];
const PER_RATE = 2000;
/** Bytes of each datagram: its number, then a pattern. */
const SIZE = 64;
/** How long stragglers may take after the last datagram of a rate. */
const SETTLE_MS = 1500;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function payload(i) {
  const b = Buffer.alloc(SIZE);
  b.writeUInt32LE(i, 0);
  for (let k = 4; k < SIZE; k++) b[k] = (i * 31 + k * 7) & 0xff;
  return b;
}

/** Sends `count` datagrams to 127.0.0.1:`port` at `rate` a second (in
 *  batches every 5 ms), numbered from `first`; resolves to { sent, echoed,
 *  lost, corrupted } once the last echo is in or SETTLE_MS passed. */
export function offer(port, rate, count, first) {
  return new Promise((resolve) => {
    const s = dgram.createSocket("udp4");
    const seen = new Set();
    let corrupted = 0;
    s.on("message", (msg) => {
      const i = msg.length >= 4 ? msg.readUInt32LE(0) : -1;
      if (i < first || i >= first + count || seen.has(i) || Buffer.compare(msg, payload(i)) !== 0) corrupted++;
      else seen.add(i);
    });
    s.bind(0, "127.0.0.1", async () => {
      const t0 = Date.now();
      let sent = 0;
      while (sent < count) {
        const due = Math.min(count, Math.floor(((Date.now() - t0) * rate) / 1000) + 1);
        for (; sent < due; sent++) s.send(payload(first + sent), port, "127.0.0.1");
        await sleep(5);
      }
      const end = Date.now() + SETTLE_MS;
      while (seen.size < count && Date.now() < end) await sleep(20);
      s.close();
      resolve({ sent: count, echoed: seen.size, lost: count - seen.size, corrupted });
    });
  });
}

const NET_BLOCK = /^net: rx frames (\d+) [\s\S]*?^net: interrupts (\d+), polling rounds (\d+) \(full (\d+)\)[\s\S]*?^net: uptime (\d+) ms/gm;

/** Types `net` and resolves to the counters of the block it prints:
 *  { frames, interrupts, rounds, full, uptimeMs }. */
export async function guestCounters(read, write) {
  const before = [...read().matchAll(NET_BLOCK)].length;
  write("net\n");
  for (let waited = 0; waited < 20000; waited += 20) {
    const all = [...read().matchAll(NET_BLOCK)];
    if (all.length > before) {
      const m = all[all.length - 1];
      return { frames: Number(m[1]), interrupts: Number(m[2]), rounds: Number(m[3]), full: Number(m[4]), uptimeMs: Number(m[5]) };
    }
    await sleep(20);
  }
  throw new UserError("netbench: the guest's net command did not answer");
}

async function setModeration(read, write, on) {
  const cue = `udp-echo: moderation ${on ? "on" : "off"}`;
  const before = read().split(cue).length;
  write(`moderation ${on ? "on" : "off"}\n`);
  for (let waited = 0; waited < 20000; waited += 20) {
    if (read().split(cue).length > before) return;
    await sleep(20);
  }
  throw new UserError("netbench: the guest did not switch moderation");
}

/** One rate's row from the host's counts and the guest's deltas. */
function row(rate, host, a, b) {
  const frames = b.frames - a.frames;
  const ms = Math.max(1, b.uptimeMs - a.uptimeMs);
  return {
    offered_per_s: rate,
    ...host,
    loss_pct: Number(((100 * host.lost) / host.sent).toFixed(2)),
    echoed_per_virtual_s: Math.round((host.echoed * 1000) / ms),
    interrupts: b.interrupts - a.interrupts,
    frames,
    interrupts_per_frame: frames ? Number(((b.interrupts - a.interrupts) / frames).toFixed(3)) : 0,
    full_rounds: b.full - a.full,
  };
}

/** Runs the load on board `b`; resolves to { moderation_on: [rows],
 *  moderation_off: [rows], saturation_per_s } or throws naming what failed. */
export async function runNetLoad(b) {
  const image = await buildImage(b, "udp-echo");
  const udp = await udpSetup(b, "udp-echo");
  if (!udp) throw new UserError(`netbench: ${b.name} has no network (board.json "net")`);
  const table = { moderation_on: [], moderation_off: [] };
  let failure = null;
  const drive = async (output, read, write) => {
    try {
      const m = SIM_UDP_LINE.exec(read());
      const port = udp.hostPort || (m ? Number(m[1]) : 0);
      if (!port) throw new UserError("netbench: the run's host port is unknown");
      let first = 0;
      for (const on of [true, false]) {
        await setModeration(read, write, on);
        for (const rate of RATES) {
          const a = await guestCounters(read, write);
          const host = await offer(port, rate, PER_RATE, first);
          first += PER_RATE;
          const z = await guestCounters(read, write);
          table[on ? "moderation_on" : "moderation_off"].push(row(rate, host, a, z));
        }
      }
    } catch (e) {
      failure = e;
    }
    return "netbench: done";
  };
  const input = [
    [/^udp-echo: echoing udp port \d+ of 10\.0\.2\.15 \(link up\)$/m, drive],
    [/^netbench: done$/m, "quit\n"],
  ];
  const r = await runCapture(b, image, { timeoutMs: 600000, qemuExtra: honestTime(b), input, udp });
  if (failure) throw failure;
  if (r.timedOut || r.code !== 0) throw new UserError(`netbench: udp-echo run failed (exit ${r.code}${r.timedOut ? ", timed out" : ""}):\n${r.output.slice(-2000)}`);
  return judgeNetLoad(table);
}

/** Checks the table and adds each setting's saturation rate: the highest
 *  offered rate up to which nothing was lost (every rate below it lost
 *  nothing, by this measure). No echo may be corrupted, the lowest rate
 *  must lose nothing, under the highest load moderation must take well
 *  under one interrupt per frame (below 0.5), and with moderation off
 *  every rate must take one interrupt per frame (at least 0.95): a switch
 *  that failed to turn moderation off would otherwise compare moderation
 *  with itself. Exported for tests/tools/netbench.test.js. */
export function judgeNetLoad(table) {
  const bad = [];
  const saturation = {};
  for (const [mode, rows] of Object.entries(table)) {
    let sat = 0;
    for (const r of rows) {
      if (r.corrupted) bad.push(`${mode} at ${r.offered_per_s}/s: ${r.corrupted} echoes corrupted`);
      if (r.lost) break;
      sat = r.offered_per_s;
    }
    saturation[mode] = sat;
    if (rows[0].lost) bad.push(`${mode} at the lowest rate, ${rows[0].offered_per_s}/s: ${rows[0].lost} lost`);
  }
  const top = table.moderation_on[table.moderation_on.length - 1];
  if (top.interrupts_per_frame >= 0.5) bad.push(`moderation on at ${top.offered_per_s}/s: ${top.interrupts_per_frame} interrupts per frame (not well below 1)`);
  for (const r of table.moderation_off) {
    if (r.frames && r.interrupts_per_frame < 0.95) bad.push(`moderation off at ${r.offered_per_s}/s: ${r.interrupts_per_frame} interrupts per frame (not one per frame: was it off?)`);
  }
  const result = { ...table, saturation_per_s: saturation };
  if (bad.length) {
    printNetLoad(null, result);
    throw new UserError(`netbench FAILED: ${bad.join("; ")}`);
  }
  return result;
}

/** Prints the table. */
export function printNetLoad(b, net) {
  console.log(`network load on ${b ? b.name : "the board"}: apps/udp-echo, ${SIZE}-byte datagrams, ${PER_RATE} per rate, every echo checked`);
  console.log(`  ${"moderation".padEnd(12)}${"offered/s".padStart(10)}${"echoed".padStart(8)}${"lost".padStart(6)}${"loss %".padStart(8)}${"echoed/virtual s".padStart(18)}${"irq/frame".padStart(11)}`);
  for (const [mode, rows] of Object.entries({ on: net.moderation_on, off: net.moderation_off })) {
    for (const r of rows) {
      console.log(`  ${mode.padEnd(12)}${String(r.offered_per_s).padStart(10)}${String(r.echoed).padStart(8)}${String(r.lost).padStart(6)}${r.loss_pct.toFixed(2).padStart(8)}${String(r.echoed_per_virtual_s).padStart(18)}${r.interrupts_per_frame.toFixed(3).padStart(11)}`);
    }
  }
  const sat = net.saturation_per_s;
  console.log(`  saturation (highest offered rate with nothing lost): moderation on ${sat.moderation_on}/s, off ${sat.moderation_off}/s${sat.moderation_on === RATES[RATES.length - 1] ? " (the highest rate offered)" : ""}`);
}
