// An asc transform that keeps the texts the kernel only prints out of
// module memory: in the image's flash, one byte per character.
//
// AssemblyScript keeps every string literal in module memory (RAM on the
// boards) as a 20-byte object header and two bytes per character, aligned
// to 16. A literal passed straight to one of the PRINTERS below, at a
// listed parameter, is replaced by
//
//     changetype<string>(<usize>(TEXT_TAG | id))
//
// a reference that points at no memory: the text itself goes into the
// image's text table (the custom section TEXT_SECTION, which the build
// turns into const data in flash on the boards, arch/native/texts.c, and
// which the sim host reads), and the host gives its characters through the
// imports text_length and text_char (docs/abi.md). kernel/format.ts's
// textLength, textCharAt and textSlice read such texts and strings alike;
// every other listed function only hands its parameter on to a listed
// parameter, which this transform checks (a build that breaks the rule
// stops with the function and the line). So a text reference can only
// ever reach those three readers: never `.length`, `+`, `==`, a load or
// another host import.
//
// Only the texts the compiled code names go into the table: after asc
// compiles (before it optimizes), the module is scanned for the constants
// TEXT_TAG | id (afterCompile), so a text of a function no image calls
// costs nothing.
//
// Also rewritten: literals in the branches of a ternary at a listed
// parameter (`verbose ? "a" : "b"`), and a file's own `const NAME =
// "..."` (not exported) whose every use in the file is at a listed
// parameter (the name tables). Equal texts share one id. The empty literal
// stays (asc shares one for the whole image). A literal with characters
// outside ASCII stays a string: it prints as it always did (those
// characters as '?').
//
// Calls are matched by what the name resolves to through the file's
// imports and re-exports (an app's `kputs` from "ivt" is kernel/console's),
// in every source but the standard library's.

import { AssertionKind, CommonFlags, LiteralKind, Node, NodeKind } from "assemblyscript";
import { MAX_TEXTS, TEXT_SECTION, TEXT_TAG } from "./texts.js";

export { MAX_TEXTS, TEXT_SECTION, TEXT_TAG };

/** The functions whose string parameters (`params`, by position) take
 *  text references. `reads`: the function reads the characters itself,
 *  telling the two kinds apart (kernel/format.ts); every other one must
 *  only pass those parameters on to listed parameters (checked). */
export const PRINTERS = [
  { file: "kernel/format.ts", name: "textLength", params: [0], reads: true },
  { file: "kernel/format.ts", name: "textCharAt", params: [0], reads: true },
  { file: "kernel/format.ts", name: "textSlice", params: [0], reads: true },
  { file: "kernel/format.ts", name: "writeStr", params: [1] },
  { file: "kernel/format.ts", name: "wordSpan", params: [0] },
  { file: "kernel/format.ts", name: "writeWord", params: [1, 3] },
  { file: "kernel/console.ts", name: "kputs", params: [0] },
  { file: "kernel/console.ts", name: "kputln", params: [0] },
  { file: "kernel/irq/storm.ts", name: "reportLine", params: [1] },
  { file: "kernel/irq/storm.ts", name: "reportDisabled", params: [1] },
  { file: "kernel/panic.ts", name: "abortBoardInit", params: [0] },
  { file: "kernel/board.ts", name: "boardCheck", params: [1] },
];

const SKIP = new Set(["range", "parent", "source"]);
const isNode = (v) => v !== null && typeof v === "object" && typeof v.kind === "number";
const isString = (n) => n.kind === NodeKind.Literal && n.literalKind === LiteralKind.String;

/** Calls visit(node, holder, key) for every node below `node` (a node or
 *  a list of them), where holder[key] is the node. */
function walk(node, visit, seen = new Set()) {
  if (Array.isArray(node)) return node.forEach((n, i) => isNode(n) && (visit(n, node, i), walk(n, visit, seen)));
  if (!isNode(node) || seen.has(node)) return;
  seen.add(node);
  for (const [k, v] of Object.entries(node)) {
    if (SKIP.has(k) || v === null || typeof v !== "object") continue;
    const list = Array.isArray(v) ? v : [v];
    for (let i = 0; i < list.length; i++) {
      if (!isNode(list[i])) continue;
      visit(list[i], Array.isArray(v) ? v : node, Array.isArray(v) ? i : k);
      walk(list[i], visit, seen);
    }
  }
}

/** "file:line:col" of a node. */
function where(node) {
  const r = node.range;
  const line = r.source.lineAt(r.start);
  return `${r.source.normalizedPath}:${line}:${r.source.columnAt()}`;
}

/** The slots (holder, key) at a listed parameter, through parentheses and
 *  both branches of a ternary: where an 8-bit text may stand. */
function textSlots(holder, key, out = []) {
  const n = holder[key];
  if (n.kind === NodeKind.Parenthesized) textSlots(n, "expression", out);
  else if (n.kind === NodeKind.Ternary) textSlots(n, "ifThen", out), textSlots(n, "ifElse", out);
  else out.push([holder, key]);
  return out;
}

/** `changetype<string>(<usize>(TEXT_TAG | id))` at `range`. */
function textExpression(id, range) {
  const value = (TEXT_TAG | id) >>> 0;
  const int = Node.createIntegerLiteralExpression(globalThis.i64_new(value | 0, 0), range);
  const usize = Node.createNamedType(Node.createSimpleTypeName("usize", range), null, false, range);
  const string = Node.createNamedType(Node.createSimpleTypeName("string", range), null, false, range);
  const ref = Node.createAssertionExpression(AssertionKind.Prefix, int, usize, range);
  return Node.createCallExpression(Node.createIdentifierExpression("changetype", range), [string], [ref], range);
}

/** The ids of the text references in a wasm binary: every `i32.const`
 *  (0x41, then a 5-byte signed LEB128) whose value is TEXT_TAG | id with
 *  id < count. Bytes that only look like one add a text the image does not
 *  print, never drop one it does. */
export function textIdsIn(bytes, count) {
  const ids = new Set();
  for (let i = 0; i + 5 < bytes.length; i++) {
    if (bytes[i] !== 0x41) continue;
    let v = 0;
    let k = 0;
    for (; k < 5; k++) {
      const b = bytes[i + 1 + k];
      v += (b & 0x7f) * 2 ** (7 * k);
      if (!(b & 0x80)) break;
    }
    if (k !== 4) continue; // TEXT_TAG | id takes all five bytes
    const u = v % 2 ** 32; // the sign bits of the fifth byte dropped
    if (u >= TEXT_TAG && u - TEXT_TAG < count) ids.add(u - TEXT_TAG);
  }
  return ids;
}

/** `@lazy`: asc compiles a global at its first use only, so a text no
 *  compiled function prints is not named by the compiled code (and stays
 *  out of the table). */
const lazyDecorator = (range) => Node.createDecorator(Node.createIdentifierExpression("lazy", range), null, range);

export default class Text8Transform {
  constructor(printers = PRINTERS) {
    this.printers = printers;
    this.ids = new Map(); // text -> id, over every source of the image
  }

  /** The id of `text`. */
  idOf(text) {
    if (!this.ids.has(text)) {
      if (this.ids.size >= MAX_TEXTS) throw new Error(`text8-transform: more than ${MAX_TEXTS} texts`);
      this.ids.set(text, this.ids.size);
    }
    return this.ids.get(text);
  }

  /** The table of the texts the compiled code names, as TEXT_SECTION. */
  afterCompile(module) {
    const used = textIdsIn(module.emitBinary(), this.ids.size);
    const table = {};
    for (const [text, id] of this.ids) if (used.has(id)) table[id] = text;
    module.addCustomSection(TEXT_SECTION, new TextEncoder().encode(JSON.stringify(table)));
  }

  afterParse(parser) {
    this.sources = new Map(parser.sources.map((s) => [s.normalizedPath, s]));
    this.checkPrinters();
    for (const source of parser.sources) if (!source.normalizedPath.startsWith("~lib/")) this.rewrite(source);
  }

  sourceAt(internalPath) {
    return this.sources.get(`${internalPath}.ts`) || this.sources.get(`${internalPath}/index.ts`) || null;
  }

  /** The PRINTERS entry that `name` in `source` names, through imports and
   *  re-exports, or null. */
  printerFor(source, name, depth = 0) {
    if (depth > 16) return null;
    for (const st of source.statements) {
      if (st.kind === NodeKind.FunctionDeclaration && st.name.text === name) return this.listed(source, name);
      if (st.kind !== NodeKind.Import || !st.declarations) continue;
      for (const d of st.declarations) {
        if (d.name.text !== name) continue;
        const from = this.sourceAt(st.internalPath);
        return from ? this.exportedPrinter(from, d.foreignName.text, depth + 1) : null;
      }
    }
    return null;
  }

  /** The PRINTERS entry that `source` exports as `name`, or null. */
  exportedPrinter(source, name, depth) {
    if (depth > 16) return null;
    for (const st of source.statements) {
      if (st.kind === NodeKind.FunctionDeclaration && st.name.text === name && st.is(CommonFlags.Export)) return this.listed(source, name);
      if (st.kind !== NodeKind.Export) continue;
      const from = st.internalPath !== null ? this.sourceAt(st.internalPath) : source;
      if (!from) continue;
      if (st.members === null) {
        const found = this.exportedPrinter(from, name, depth + 1);
        if (found) return found;
        continue;
      }
      for (const m of st.members) {
        if (m.exportedName.text !== name) continue;
        return st.internalPath !== null ? this.exportedPrinter(from, m.localName.text, depth + 1) : this.printerFor(source, m.localName.text, depth + 1);
      }
    }
    return null;
  }

  listed(source, name) {
    return this.printers.find((p) => p.file === source.normalizedPath && p.name === name) || null;
  }

  /** The slots at listed parameters of calls in `root` (a file or a
   *  function), as a Set of expression nodes and a list of [holder, key]. */
  printerSlots(source, root) {
    const nodes = new Set();
    const slots = [];
    walk(root, (n) => {
      if (n.kind !== NodeKind.Call || n.expression.kind !== NodeKind.Identifier) return;
      const p = this.printerFor(source, n.expression.text);
      if (!p) return;
      for (const i of p.params) {
        if (i >= n.args.length) continue;
        for (const slot of textSlots(n.args, i)) {
          nodes.add(slot[0][slot[1]]);
          slots.push(slot);
        }
      }
    });
    return { nodes, slots };
  }

  /** Every use of `name` in `root` other than `except`, a declaration's
   *  own name or a property's name (`x.name`). */
  uses(root, name, except) {
    const found = [];
    walk(root, (n, holder, key) => {
      if (n.kind !== NodeKind.Identifier || n.text !== name || n === except) return;
      if (key === "name" || (holder.kind === NodeKind.PropertyAccess && key === "property")) return;
      found.push(n);
    });
    return found;
  }

  /** Stops the build if a listed function that does not read text itself
   *  uses a listed parameter other than by passing it on to a listed
   *  parameter, or if a listed function is missing from its file. */
  checkPrinters() {
    for (const p of this.printers) {
      const source = this.sources.get(p.file);
      if (!source) continue; // not in this image
      const decl = source.statements.find((st) => st.kind === NodeKind.FunctionDeclaration && st.name.text === p.name);
      if (!decl) throw new Error(`text8-transform: ${p.file} has no function ${p.name} (tools/ivt/text8-transform.js PRINTERS lists it)`);
      if (p.reads) continue;
      const { nodes } = this.printerSlots(source, decl);
      for (const i of p.params) {
        const param = decl.signature.parameters[i];
        if (!param) throw new Error(`text8-transform: ${p.file}: ${p.name} has no parameter ${i} (tools/ivt/text8-transform.js PRINTERS)`);
        for (const use of this.uses(decl, param.name.text, param.name)) {
          if (nodes.has(use)) continue;
          throw new Error(
            `text8-transform: ${where(use)}: ${p.name} uses its parameter '${param.name.text}' other than by passing it to a ` +
            `listed print function; it takes text references (tools/ivt/text8-transform.js PRINTERS): pass it on as it is, ` +
            `read it with kernel/format.ts's textLength/textCharAt/textSlice, or take ${p.name} off the list`,
          );
        }
      }
    }
  }

  /** Rewrites the literals at listed parameters in `source`, and its
   *  constants used only there. */
  rewrite(source) {
    const { nodes, slots } = this.printerSlots(source, source.statements);
    const shared = new Map(); // text -> the name of its const
    const added = [];
    const nameFor = (text, lit) => {
      if (!shared.has(text)) {
        const name = `__text8_${shared.size}`;
        shared.set(text, name);
        const lazy = [lazyDecorator(lit.range)];
        const decl = Node.createVariableDeclaration(Node.createIdentifierExpression(name, lit.range), lazy, CommonFlags.Const, null, textExpression(this.idOf(text), lit.range), lit.range);
        added.push(Node.createVariableStatement(lazy, [decl], lit.range));
      }
      return shared.get(text);
    };
    // A literal with characters outside ASCII stays a string, as it was
    // before this transform: the print functions write those as '?', and an
    // application's `kputln("21 °C")` must build and print as it always did.
    const ascii = (lit) => /^[\x00-\x7f]*$/.test(lit.value);
    for (const [holder, key] of slots) {
      const lit = holder[key];
      if (!isString(lit) || lit.value === "" || !ascii(lit)) continue;
      holder[key] = Node.createIdentifierExpression(nameFor(lit.value, lit), lit.range);
    }
    // The file's own constants used only at listed parameters.
    for (const st of source.statements) {
      if (st.kind !== NodeKind.Variable || st.decorators) continue;
      for (const d of st.declarations) {
        if (!d.is(CommonFlags.Const) || d.is(CommonFlags.Export) || !d.initializer || !isString(d.initializer) || d.initializer.value === "") continue;
        const uses = this.uses(source.statements, d.name.text, d.name);
        if (uses.length === 0 || !uses.every((u) => nodes.has(u)) || !ascii(d.initializer)) continue;
        d.initializer = textExpression(this.idOf(d.initializer.value), d.initializer.range);
        if (st.declarations.length === 1) st.decorators = d.decorators = [lazyDecorator(d.range)];
      }
    }
    source.statements.unshift(...added); // declared before any use
  }
}
