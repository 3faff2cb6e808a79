// The logic-analyzer pin: a GPIO pin or LED register a board names
// (board.json "irq_pin") that the dispatcher raises as the outermost
// interrupt enters and lowers as it leaves, so that a scope or logic
// analyzer on real hardware shows when the CPU is in interrupt context.
//
// Off by default, and then compiled out: the build defines the constants
// below (asc --use, tools/ivt/gen.js irqPinAsc) only for an image built with
// the pin on (`--irq-pin on`, or an image the board's "irq_pin.images"
// names), and every `if` here folds to nothing without them. The kernel
// names no board: it sees three numbers.
//
//   BOARD_IRQ_PIN_SET, BOARD_IRQ_PIN_CLEAR  write MASK to raise, to lower
//                                           (GPIO set/clear registers)
//   BOARD_IRQ_PIN_REGISTER                  or read, OR / AND-NOT MASK, write
//                                           (an LED register that reads back)
//   BOARD_IRQ_PIN_MASK                      the pin's bit(s)

import { mmioRead32, mmioWrite32 } from "../port";

/** Whether this image drives the pin. */
@inline export const IRQ_PIN: bool = isDefined(BOARD_IRQ_PIN_MASK);

/** Raises the pin (interrupt entry, outermost only). Interrupt context. */
@inline export function irqPinRaise(): void {
  if (isDefined(BOARD_IRQ_PIN_SET)) {
    mmioWrite32(<u32>BOARD_IRQ_PIN_SET, <u32>BOARD_IRQ_PIN_MASK);
  } else if (isDefined(BOARD_IRQ_PIN_REGISTER)) {
    // Read-modify-write keeps the register's other bits (other LEDs). A
    // thread that writes the same register can lose nothing of ours: the
    // pin is low again whenever a thread runs.
    mmioWrite32(<u32>BOARD_IRQ_PIN_REGISTER, mmioRead32(<u32>BOARD_IRQ_PIN_REGISTER) | <u32>BOARD_IRQ_PIN_MASK);
  }
}

/** Lowers the pin (interrupt exit, outermost only). Interrupt context. */
@inline export function irqPinLower(): void {
  if (isDefined(BOARD_IRQ_PIN_CLEAR)) {
    mmioWrite32(<u32>BOARD_IRQ_PIN_CLEAR, <u32>BOARD_IRQ_PIN_MASK);
  } else if (isDefined(BOARD_IRQ_PIN_REGISTER)) {
    mmioWrite32(<u32>BOARD_IRQ_PIN_REGISTER, mmioRead32(<u32>BOARD_IRQ_PIN_REGISTER) & ~(<u32>BOARD_IRQ_PIN_MASK));
  }
}
