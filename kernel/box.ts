// Box<T>: a value a call returns besides its Err (Queue.receiveInto,
// Pool.alloc, QueueSet.select), in an object the caller owns. Its own
// file so that every kernel file may import it without an import cycle;
// applications import it from ivt.ts.

/** One number of type T in an object at a fixed address, for the typed
 *  calls: `receiveInto(box)` fills `box.value`. Its size is sizeof<T>()
 *  (the class is @unmanaged: no header). Allocate it once and reuse it:
 *  the runtime never frees. */
@unmanaged @final export class Box<T> {
  value: T;
}
