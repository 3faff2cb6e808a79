// The pieces of `make size`'s RAM measurement that read what a run left in
// memory (tools/ivt/ramuse.js) and the lines it prints (tools/ivt/size.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { STACK_PAINT, heapStartFor, moduleMemoryInUse, parseNm, stackPeak } from "../../tools/ivt/ramuse.js";
import { RAM_TARGET, ramNeededLines } from "../../tools/ivt/size.js";

test("parseNm reads addresses, sizes and symbols without a size", () => {
  const m = parseNm("20000000 00000020 b stack_bottom\n00000400 T ivt_exit\n         U abort\n2000f000 00002000 B ivt_module_memory\n");
  assert.deepEqual(m.get("stack_bottom"), { addr: 0x20000000, size: 32 });
  assert.deepEqual(m.get("ivt_exit"), { addr: 0x400, size: 0 });
  assert.equal(m.has("abort"), false);
  assert.equal(m.get("ivt_module_memory").size, 0x2000);
});

/** A stack of `words` words whose top `used` words were written. */
function stack(words, used, le) {
  const b = Buffer.alloc(4 * words);
  for (let i = 0; i < words; i++) {
    const v = i < words - used ? STACK_PAINT : 0x12345678;
    if (le) b.writeUInt32LE(v, 4 * i);
    else b.writeUInt32BE(v, 4 * i);
  }
  return b;
}

test("stackPeak counts from the first unpainted word to the top, in either byte order", () => {
  assert.equal(stackPeak(stack(64, 10, true), true), 40);
  assert.equal(stackPeak(stack(64, 10, false), false), 40);
  // Read in the wrong byte order, no word is paint: all of it counts as used.
  assert.equal(stackPeak(stack(64, 10, false), true), 256);
  assert.equal(stackPeak(stack(64, 0, true), true), 0);
  assert.equal(stackPeak(stack(64, 64, true), true), 256);
  // A word that happens to be written with the paint value deep down does
  // not hide the use above it: only the low end's paint counts as unused.
  const b = stack(64, 30, true);
  b.writeUInt32LE(STACK_PAINT, 4 * 50);
  assert.equal(stackPeak(b, true), 120);
});

test("heapStartFor: the first block's payload is 8-aligned", () => {
  assert.equal(heapStartFor(7739), 7740); // kernel.wat: heapStart 7740 for static data ending at 7739
  assert.equal(heapStartFor(7741), 7748);
  for (let end = 0; end < 64; end++) assert.equal((heapStartFor(end) + 4) % 8, 0);
  for (let end = 0; end < 64; end++) assert.ok(heapStartFor(end) >= end);
});

/** Linear memory with static data up to `dataEnd` and blocks of the given
 *  payload sizes after it; `fill`: whether payloads hold non-zero bytes. */
function memory(size, dataEnd, payloads, fill) {
  const m = Buffer.alloc(size);
  m.fill(1, 0, dataEnd);
  let at = heapStartFor(dataEnd);
  for (const p of payloads) {
    m.writeUInt32LE(p, at);
    if (fill) m.fill(7, at + 4, at + 4 + p);
    at += 4 + p;
  }
  return m;
}

test("moduleMemoryInUse walks the allocator's blocks to the last one taken", () => {
  // Zeroed payloads (objects not written yet) still count: the block is taken.
  assert.equal(heapStartFor(100), 100);
  assert.equal(moduleMemoryInUse(memory(4096, 100, [12, 28, 1020], false), 100), 100 + 16 + 32 + 1024);
  assert.equal(moduleMemoryInUse(memory(4096, 100, [], false), 100), 100);
  // A header that is no block size ends the walk; non-zero bytes past it count.
  const m = memory(4096, 100, [12], true);
  m[3000] = 5;
  assert.equal(moduleMemoryInUse(m, 100), 3001);
  // A block running past the end of memory is not one: only its header's
  // non-zero low byte (156 at 100) counts.
  assert.equal(moduleMemoryInUse(memory(256, 100, [156], false), 100), 101);
});

const z = { text: 1000, data: 4, bss: 100, moduleMemory: 8192, threadStacks: 4096, stack: 1024, noinit: 268 };

test("ramNeededLines adds peaks and red zones, and says what was measured", () => {
  const m = { code: 0, moduleInUse: 3000, moduleBytes: 8192, threads: [{ id: 0, bytes: 512, peak: 100 }, { id: 1, bytes: 256, peak: 240 }], irqStack: { bytes: 1024, peak: 300 } };
  const lines = ramNeededLines(z, m, 2000, 64);
  assert.match(lines[0], /measured/);
  assert.match(lines.find((l) => l.includes("module memory")), /3000 B .*static data 2000 \+ heap peak 1000/);
  assert.match(lines.find((l) => l.includes("thread 0")), /164 B .*reserved +512 B/);
  // Never more than the thread has.
  assert.match(lines.find((l) => l.includes("thread 1")), /256 B/);
  // The crash record's no-init area counts whole.
  assert.match(lines.find((l) => l.includes("no-init")), /268 B/);
  const total = 104 + 268 + 3000 + 164 + 256 + 364;
  assert.match(lines.at(-1), new RegExp(`total ${total} B .*within`));
});

test("ramNeededLines without a measurement shows the reserved sizes and says so", () => {
  const lines = ramNeededLines(z, null, 2000, 64);
  assert.match(lines[0], /not measured/);
  const total = 104 + 268 + 8192 + 4096 + 1024;
  assert.match(lines.at(-1), new RegExp(`total ${total} B .*${total - RAM_TARGET} B over`));
});
