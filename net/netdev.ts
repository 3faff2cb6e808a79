// A network interface's driver, as the network layer sees it.
//
// A driver (drivers/lan9118.ts) extends NetDevice: it starts its device,
// transmits whole Ethernet frames, and hands every frame it receives to
// `receiver` (the interface, net/stack.ts) from its own thread. The network
// layer never touches registers; a port of another stack (lwIP for TCP,
// docs/drivers.md) would sit on the same three calls.

import { Err } from "../kernel/ivt";

/** Largest Ethernet frame without its CRC (1500 bytes of payload). */
export const MAX_FRAME: u32 = 1514;
/** Smallest frame a sender pads to (without its CRC). */
export const MIN_FRAME: u32 = 60;

/** What a driver counts; the `net` command prints them (32-bit counts:
 *  they wrap after 2^32 events). */
@final export class NetDevCounters {
  rxFrames: u32 = 0;
  rxBytes: u32 = 0;
  /** Frames the device flagged bad (CRC, length, collisions) or too long
   *  for MAX_FRAME: read out and dropped. */
  rxErrors: u32 = 0;
  /** Frames the device itself dropped (its FIFO full). */
  rxDropped: u32 = 0;
  txFrames: u32 = 0;
  txBytes: u32 = 0;
  txErrors: u32 = 0;
  /** Transmits refused because the device had no room (Err.Busy). */
  txBusy: u32 = 0;
  /** Receive interrupts taken, and the bottom half's polling rounds (a
   *  round that used its whole budget is `fullRounds`). */
  interrupts: u32 = 0;
  rounds: u32 = 0;
  fullRounds: u32 = 0;
}

/** Where a driver delivers received frames (the interface). */
export abstract class FrameReceiver {
  /** Takes the frame of `len` bytes at `frame` (module memory; valid only
   *  during the call). Thread context: the driver's bottom half. */
  abstract receive(frame: usize, len: u32): void;
}

/** A network interface's driver. */
export abstract class NetDevice {
  /** The station address, read from the device by start(). */
  readonly mac: StaticArray<u8> = new StaticArray<u8>(6);
  readonly counters: NetDevCounters = new NetDevCounters();
  /** Set by the interface before start(). */
  receiver: FrameReceiver | null = null;
  /** Receive moderation: frames taken per polling round, and whether the
   *  bottom half polls at all (false: one frame per interrupt). Set before
   *  start(). */
  budget: u32 = 16;
  moderation: bool = true;

  /** The interface's name, for reports ("eth0"). */
  abstract name(): string;

  /** Resets the device, reads its address into `mac`, starts receive and
   *  transmit and its interrupt. Returns Err.Ok; Err.NotFound if the device
   *  does not answer as the driver's chip; Err.Timeout if it does not come
   *  out of reset; irqRequest's error if its line is refused. Thread
   *  context, once. */
  abstract start(): Err;

  /** Sends the frame of `len` bytes at `frame` (MIN_FRAME to MAX_FRAME;
   *  the caller pads). Returns Err.Ok, Err.Invalid for a length out of
   *  range, Err.Busy if the device has no room now. Thread context; the
   *  caller serializes transmits (net/stack.ts holds its lock). */
  abstract transmit(frame: usize, len: u32): Err;

  /** Whether the PHY reports a link. Thread context. */
  abstract linkUp(): bool;
}
