// Where each wasm function's source is, from the source map asc writes
// (`--sourceMap`): the build keeps one line per function (`ivt decode`
// names a backtrace's frames with it, docs/crash.md), not the map itself,
// whose byte offsets hold only for asc's own output: the passes after asc
// (asyncify, loop versioning) move every offset but keep every name.

import { wasmFunctionBodies, wasmFunctionNamesOf } from "./wasm.js";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The segments of a source map's `mappings` (version 3): [generated
 *  column, source index, source line (0-based)] per segment that names a
 *  source. A wasm map has one generated line: its columns are byte
 *  offsets in the module. */
export function mapSegments(mappings) {
  const out = [];
  const state = [0, 0, 0, 0, 0];
  for (const line of mappings.split(";")) {
    state[0] = 0;
    for (const seg of line.split(",")) {
      if (!seg) continue;
      const fields = decodeVlq(seg);
      for (let i = 0; i < fields.length; i++) state[i] += fields[i];
      if (fields.length >= 4) out.push([state[0], state[1], state[2]]);
    }
  }
  return out;
}

/** The statement table of a wasm source map (`map`, parsed JSON): {
 *  sources, at: [offset, source index, line (1-based), ...] }, a triple
 *  per segment of the map, offsets rising; a source index of -1
 *  marks code with no position (asc's runtime glue, code Binaryen made).
 *  Byte offset `o` is at the last triple whose offset is <= o. */
export function statementTable(map) {
  const at = [];
  const state = [0, 0, 0, 0, 0];
  for (const seg of map.mappings.split(";")[0].split(",")) {
    if (!seg) continue;
    const fields = decodeVlq(seg);
    for (let i = 0; i < fields.length; i++) state[i] += fields[i];
    at.push(state[0], fields.length >= 4 ? state[1] : -1, fields.length >= 4 ? state[2] + 1 : 0);
  }
  return { sources: map.sources, at };
}

/** The source line ("file:line") of byte `offset` of a module from its
 *  statementTable `table`, if the code at it has a position and that
 *  position starts at or after `from` (the function's first byte: a
 *  position before it belongs to another function). Null otherwise. */
export function statementAt(table, offset, from = 0) {
  const at = table.at;
  let lo = 0;
  let hi = at.length / 3 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at[3 * mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0 || at[3 * found] < from || at[3 * found + 1] < 0) return null;
  return `${table.sources[at[3 * found + 1]]}:${at[3 * found + 2]}`;
}

/** A segment's base64 VLQ numbers. */
function decodeVlq(seg) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const d = BASE64.indexOf(ch);
    if (d < 0) throw new Error(`source map: '${ch}' is not base64`);
    value += (d & 31) * 2 ** shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** The source file a function's name says it is in: `kernel/sched/x` and
 *  `kernel/sched/Class#method` are in kernel/sched.ts. */
function fileOfName(name) {
  const cut = name.replace(/~.*$/, "").replace(/\/[^/]*$/, "");
  return `${cut}.ts`;
}

/** The line (1-based) where function `name` is declared in `text`: the
 *  last declaration of its simple name (`function f`, a method `m(`, an
 *  accessor `get x`) at or before line `near`, else the first anywhere;
 *  null if none is found. */
function declarationLine(text, name, near) {
  const tail = name.slice(name.lastIndexOf("/") + 1).replace(/^.*#/, "").replace(/<.*$/, "");
  const accessor = /^([gs]et):(.+)$/.exec(tail);
  const id = (accessor ? accessor[2] : tail).replace(/[$]/g, "\\$");
  if (!/^[A-Za-z_$][\w$]*$/.test(id.replace(/\\/g, ""))) return null;
  const re = accessor
    ? new RegExp(`\\b${accessor[1]}\\s+${id}\\s*\\(`)
    : new RegExp(`(?:\\bfunction\\s+${id}\\s*[(<]|^\\s*(?:(?:export|public|private|protected|static|abstract|override|readonly|declare)\\s+)*${id}\\s*[(<])`);
  const lines = text.split("\n");
  let best = null;
  let first = null;
  for (let i = 0; i < lines.length; i++) {
    if (!re.test(lines[i])) continue;
    if (first === null) first = i + 1;
    if (i + 1 <= near) best = i + 1;
  }
  return best !== null ? best : first;
}

/** `{ name: "file:line" }` for every function of the module `wasm` (asc's
 *  output, before any later pass) that the source map `map` (parsed JSON,
 *  with its sourcesContent) covers: the line of its declaration in its own
 *  file, found from the first line its code maps to there (code inlined
 *  from other functions maps elsewhere); else that line; else the first
 *  line its code maps to in any file. */
export function functionLines(wasm, map) {
  const names = wasmFunctionNamesOf(wasm);
  const bodies = wasmFunctionBodies(wasm);
  const segs = mapSegments(map.mappings).sort((a, b) => a[0] - b[0]);
  const text = new Map(map.sources.map((s, i) => [s, (map.sourcesContent || [])[i] || ""]));
  const out = {};
  let k = 0;
  const order = [...bodies.keys()].filter((i) => bodies[i]).sort((a, b) => bodies[a][0] - bodies[b][0]);
  for (const index of order) {
    const [start, end] = bodies[index];
    while (k < segs.length && segs[k][0] < start) k++;
    const name = names.get(index);
    if (!name) continue;
    const own = fileOfName(name);
    let first = null;
    let ownLine = null;
    for (let j = k; j < segs.length && segs[j][0] < end; j++) {
      const file = map.sources[segs[j][1]];
      if (first === null) first = `${file}:${segs[j][2] + 1}`;
      if (file === own && ownLine === null) ownLine = segs[j][2] + 1;
    }
    if (ownLine !== null) out[name] = `${own}:${declarationLine(text.get(own) || "", name, ownLine) || ownLine}`;
    else if (first !== null) out[name] = first;
  }
  return out;
}
