// Just enough of the WebAssembly binary format to report sizes: section
// sizes and the end of the static data (where the heap starts at boot).

import fs from "node:fs";
import crypto from "node:crypto";

/** An image's build id (crash records, docs/crash.md): the first 32 bits
 *  of the SHA-256 of its kernel.wasm, followed by its isolated
 *  applications' modules in image order; `modules`: their bytes. */
export function buildIdOf(modules) {
  const h = crypto.createHash("sha256");
  for (const m of modules) h.update(m);
  return h.digest().readUInt32BE(0);
}

function leb(buf, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    result |= (byte & 0x7f) << shift;
    shift += 7;
    if (!(byte & 0x80)) return [result >>> 0, pos];
  }
}

/** `n` as unsigned LEB128 bytes. */
function lebBytes(n) {
  const out = [];
  do {
    const low = n & 0x7f;
    n >>>= 7;
    out.push(n ? low | 0x80 : low);
  } while (n);
  return out;
}

/** Appends a custom section `name` holding `text` (UTF-8) to the module in
 *  `file`. Custom sections may come anywhere; runtimes and wasm2c skip the
 *  ones they do not know. */
export function appendCustomSection(file, name, text) {
  const n = Buffer.from(name, "utf8");
  const contents = Buffer.concat([Buffer.from(lebBytes(n.length)), n, Buffer.from(text, "utf8")]);
  fs.appendFileSync(file, Buffer.concat([Buffer.from([0, ...lebBytes(contents.length)]), contents]));
}

/** Calls visit(id, start, end) for every section of the module in `buf`
 *  (start and end: the section's contents). */
function eachSection(buf, visit) {
  let pos = 8;
  while (pos < buf.length) {
    const id = buf[pos++];
    let size;
    [size, pos] = leb(buf, pos);
    visit(id, pos, pos + size);
    pos += size;
  }
}

/** Calls visit(offset, bytes) for every data segment of the data section
 *  starting at `pos` in `buf` (offset: its i32.const address; 0 for a
 *  passive one). */
function eachDataSegment(buf, pos, visit) {
  let [count, p] = leb(buf, pos);
  for (let i = 0; i < count; i++) {
    let flags;
    [flags, p] = leb(buf, p);
    let offset = 0;
    if (flags === 0 || flags === 2) {
      if (flags === 2) [, p] = leb(buf, p);
      if (buf[p] !== 0x41) break; // only i32.const offsets are expected
      [offset, p] = leb(buf, p + 1);
      p++; // end
    }
    let len;
    [len, p] = leb(buf, p);
    visit(offset, buf.subarray(p, p + len));
    p += len;
  }
}

/** The module memory at instantiation up to the end of the static data:
 *  every active data segment at its address, zeros between them. */
export function wasmStaticData(file) {
  const buf = fs.readFileSync(file);
  const segments = [];
  eachSection(buf, (id, pos) => id === 11 && eachDataSegment(buf, pos, (offset, bytes) => segments.push([offset, bytes])));
  const mem = Buffer.alloc(Math.max(0, ...segments.map(([o, b]) => o + b.length)));
  for (const [offset, bytes] of segments) bytes.copy(mem, offset);
  return mem;
}

/** Section sizes, the end of the static data (dataEnd: the highest byte any
 *  active data segment with a constant offset writes), the number of
 *  function types, the most parameters and results one has (maxArity) and
 *  the function table's initial size: a native runtime sizes its fixed
 *  tables from these. */
export function wasmInfo(file) {
  const buf = fs.readFileSync(file);
  const sections = {};
  let dataEnd = 0;
  let types = 0;
  let tableSize = 0;
  let maxArity = 0;
  eachSection(buf, (id, pos, end) => {
    sections[id] = (sections[id] || 0) + (end - pos);
    if (id === 1) {
      // type section: count, then per type 0x60, params, results
      let p;
      [types, p] = leb(buf, pos);
      for (let i = 0; i < types; i++) {
        let n;
        [n, p] = leb(buf, p + 1);
        p += n;
        let r;
        [r, p] = leb(buf, p);
        p += r;
        maxArity = Math.max(maxArity, n + r);
      }
    }
    if (id === 4) {
      // table section: count, then reftype, limits flag, min
      let p = leb(buf, pos)[1];
      p++; // reftype
      p++; // limits flag
      [tableSize] = leb(buf, p);
    }
    if (id === 11) eachDataSegment(buf, pos, (offset, bytes) => (dataEnd = Math.max(dataEnd, offset + bytes.length)));
  });
  return { bytes: buf.length, code: sections[10] || 0, data: sections[11] || 0, dataEnd, types, maxArity, tableSize };
}

/** Function names by wasm function index, from the name section (asc
 *  writes it: asconfig.json "debug"); empty if there is none. */
export function wasmFunctionNames(file) {
  return wasmFunctionNamesOf(fs.readFileSync(file));
}

/** wasmFunctionNames of a module's bytes. */
export function wasmFunctionNamesOf(buf) {
  const names = new Map();
  eachSection(buf, (id, pos, end) => {
    if (id === 0) {
      let [len, p] = leb(buf, pos);
      const section = buf.toString("utf8", p, p + len);
      p += len;
      while (section === "name" && p < end) {
        const sub = buf[p++];
        let subSize;
        [subSize, p] = leb(buf, p);
        if (sub === 1) {
          let [count, q] = leb(buf, p);
          for (let i = 0; i < count; i++) {
            let index;
            [index, q] = leb(buf, q);
            let n;
            [n, q] = leb(buf, q);
            names.set(index, buf.toString("utf8", q, q + n));
            q += n;
          }
        }
        p += subSize;
      }
    }
  });
  return names;
}

/** The imports of a module: [{ module, name, kind }]. */
export function wasmImports(file) {
  return WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(file)));
}

/** Where each function's body lies in a module's bytes: [start, end) byte
 *  offsets by wasm function index (imported functions have none), as the
 *  engine counts offsets in a backtrace (from the module's first byte). */
export function wasmFunctionBodies(buf) {
  let imported = 0;
  const bodies = [];
  eachSection(buf, (id, pos) => {
    if (id === 2) {
      let [count, p] = leb(buf, pos);
      for (let i = 0; i < count; i++) {
        let n;
        [n, p] = leb(buf, p);
        p += n; // module
        [n, p] = leb(buf, p);
        p += n; // name
        const kind = buf[p++];
        if (kind === 0) {
          imported++;
          [, p] = leb(buf, p);
        } else if (kind === 1) {
          p++; // reftype
          const flags = buf[p++];
          [, p] = leb(buf, p);
          if (flags & 1) [, p] = leb(buf, p);
        } else if (kind === 2) {
          const flags = buf[p++];
          [, p] = leb(buf, p);
          if (flags & 1) [, p] = leb(buf, p);
        } else if (kind === 3) p += 2; // valtype, mutability
      }
    }
    if (id === 10) {
      let [count, p] = leb(buf, pos);
      for (let i = 0; i < count; i++) {
        let size;
        [size, p] = leb(buf, p);
        bodies[imported + i] = [p, p + size];
        p += size;
      }
    }
  });
  return bodies;
}

// ---- code addresses on sim (docs/abi.md code_name) --------------------------
//
// A code address on sim is (m + 1) << 24 | the byte offset in module m of
// the image (0 kernel.wasm, then its isolated applications' modules in
// order), as the engine's backtraces count offsets: the same module gives
// the same address in every run, so `ivt decode` names it from the build.

/** What naming a module's code addresses takes: its functions' bodies
 *  and names, from its bytes. */
export function codeModuleOf(buf) {
  const bodies = wasmFunctionBodies(buf);
  const names = wasmFunctionNamesOf(buf);
  const order = [...bodies.keys()].filter((i) => bodies[i]).sort((a, b) => bodies[a][0] - bodies[b][0]);
  return { bodies, names, order };
}

/** The code address of a backtrace frame: function `index`, named `name`,
 *  at byte `off` of its module, in the image's `modules` (codeModuleOf,
 *  in image order); 0 if no module has that function there. */
export function simCodeAddress(modules, index, name, off) {
  if (off > 0xffffff) return 0; // past what 24 bits of offset can name
  for (let m = 0; m < modules.length && m < 255; m++) {
    const mod = modules[m];
    const body = mod.bodies[index];
    if (body && off >= body[0] && off < body[1] && (!mod.names.size || mod.names.get(index) === name)) return (((m + 1) << 24) | off) >>> 0;
  }
  return 0;
}

/** The function at code address `addr` of the image's `modules`:
 *  { name, offset (in its body), module }, or null. */
export function simCodeAt(modules, addr) {
  const mod = modules[(addr >>> 24) - 1];
  if (!mod) return null;
  const off = addr & 0xffffff;
  let lo = 0;
  let hi = mod.order.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const index = mod.order[mid];
    const [start, end] = mod.bodies[index];
    if (off < start) hi = mid - 1;
    else if (off >= end) lo = mid + 1;
    else return { name: mod.names.get(index) || `wasm-function[${index}]`, offset: off - start, module: (addr >>> 24) - 1 };
  }
  return null;
}
