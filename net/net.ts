// The network layer's public API, the one module an application imports:
//
//   import { NetIf, UdpSocket, UdpPeer, ipv4 } from "../../net/net";
//   import { boardNetDevice } from "ivt-board/net";
//
// docs/drivers.md walks through the driver (drivers/lan9118.ts) and this
// layer; apps/udp-echo uses both.

export { FrameReceiver, MAX_FRAME, MIN_FRAME, NetDevCounters, NetDevice } from "./netdev";
export { NetCounters, NetIf, putIp, UDP_MAX_PAYLOAD, UdpPort } from "./stack";
export { UDP_MAX_DEPTH, UdpPeer, UdpSocket } from "./udp";
export { be16, be32, csum, ipv4, put16, put32 } from "./bytes";
