import { Document, type Node } from 'yaml';
import { LightMap, LightPair, LightScalar, LightSeq, markAsPair } from './lightNodes';

/**
 * A fast reader for the YAML shapes gazetteers are written in: block maps of entries, block
 * sequences, one-line flow lists and maps (`[a, b]`, `{ org: x, from: 2003 }`), plain and simple
 * quoted scalars, comments and blank lines. It builds nodes that `yaml`'s `isMap`/`isSeq`/`isScalar`/
 * `isPair` accept, with the same values and the same ranges that `yaml`'s `parseDocument` builds
 * for that text — about 20× faster — so the loader downstream cannot tell which one read a file.
 * A section's entries are built again from the text when their value is asked for (`EntryPair`),
 * so only one entry's nodes live at a time.
 *
 * It gives up (returns null) on anything it does not fully understand — anchors, aliases, tags,
 * block scalars, multi-line values, quotes with escapes, tabs, CR, document markers, an empty
 * value followed by comments, comments indented deeper than the line after them, `-`/`?`/`:`
 * before a flow indicator, anything odd — and then the caller parses the file with `yaml`,
 * which also reports every syntax problem at its exact position. So diagnostics stay exact: the
 * fast path only ever reads files that are valid YAML of the shapes above. It is one of the
 * `GazetteerReader`s (`gazetteerReaders.ts`), and `test/unit/gazetteer/readerOracle.test.ts`
 * holds it to `yaml` as an oracle: when it reads a text, every value and range must be `yaml`'s.
 */
export function readGazetteerFast(text: string): Node | null {
  return readOrGiveUp(text).node;
}

/** `readGazetteerFast` as a parsed document without errors or warnings, as `parseDocument` returns it. */
export function readGazetteerDocumentFast(text: string): Document.Parsed | null {
  const top = readGazetteerFast(text);
  if (!top) return null;
  const doc = new Document() as unknown as Document.Parsed;
  doc.contents = top as Document.Parsed['contents'];
  return doc;
}

/**
 * Reads again one entry of a file the fast reader read whole: the `key: …` pair whose key starts
 * at `keyAt`, the first character of its line after the indentation. The nodes are the ones the
 * whole-file read built for it (same values, same ranges), so an entity built from them equals
 * the one built at load time. Null if the text there is not such an entry.
 */
export function readGazetteerEntryFast(text: string, keyAt: number): { key: Node; value: Node | null } | null {
  const lineStart = text.lastIndexOf('\n', keyAt - 1) + 1;
  for (let i = lineStart; i < keyAt; i++) if (text.charCodeAt(i) !== SPACE) return null;
  try {
    return new FastReader(text, lineStart, false).entryAt(keyAt);
  } catch (err) {
    if (err === GIVE_UP) return null;
    throw err;
  }
}

/** Where the fast reader gave up on `text` (an offset on the line it could not read), or null if it did not. */
export function fastReaderGaveUpAt(text: string): number | null {
  return readOrGiveUp(text).gaveUpAt;
}

function readOrGiveUp(text: string): { node: Node | null; gaveUpAt: number | null } {
  if (text.length === 0 || text.indexOf('\t') !== -1 || text.indexOf('\r') !== -1 || text.charCodeAt(0) === 0xfeff) return { node: null, gaveUpAt: 0 };
  let reader: FastReader | null = null;
  try {
    reader = new FastReader(text);
    const node = reader.document();
    return { node, gaveUpAt: node ? null : 0 };
  } catch (err) {
    if (err === GIVE_UP) return { node: null, gaveUpAt: reader?.position() ?? 0 };
    throw err;
  }
}

/** Thrown (and caught above) whenever the text leaves the shapes the fast reader knows. */
const GIVE_UP = new Error('fast gazetteer reader: not a shape it reads');

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;

/** Flow collections nested deeper than this are left to `yaml` (entries nest two or three). */
const MAX_FLOW_DEPTH = 16;

/** Where a line's content starts, and the line's extent. */
interface Line {
  start: number;
  /** Offset of the first non-space character. */
  content: number;
  /** Offset of the line break (or the end of the text). */
  end: number;
  indent: number;
  /** The deepest indentation of the comment lines just before this line; -1 if there are none. */
  commentIndent: number;
}

/** A node with the offset just past its line (its `range[2]` in block context). */
interface Parsed {
  node: Node;
  /** Where the enclosing block collection ends if this is its last item. */
  blockEnd: number;
}

class FastReader {
  private line: Line | null;
  /** How many block maps enclose the one being read (the top level is 0, a section's entries 1). */
  private mapDepth = 0;

  constructor(private readonly text: string, from = 0, private readonly lazyEntries = true) {
    this.line = this.contentLineFrom(from);
  }

  /** The map entry whose key starts at `keyAt` on the current line (see `readGazetteerEntryFast`). */
  entryAt(keyAt: number): { key: Node; value: Node | null } | null {
    const line = this.line;
    if (!line || line.content !== keyAt || this.isSeqItem(line)) return null;
    const { pair } = this.mapEntry(line, keyAt, line.indent);
    return { key: pair.key as Node, value: (pair.value as Node | null) ?? null };
  }

  /** The start of the line being read, for `fastReaderGaveUpAt`. */
  position(): number {
    return this.line?.start ?? this.text.length;
  }

  document(): Node | null {
    const first = this.line;
    if (!first || first.indent !== 0 || this.isSeqItem(first)) return null;
    const map = this.blockMap(0);
    if (this.line !== null) throw GIVE_UP;
    return map.node;
  }

  // ----- lines ------------------------------------------------------------------------------

  /**
   * The next line at or after `from` that is neither blank nor a comment; null at the end.
   *
   * Gives up when a skipped comment line is indented deeper than the content line after it (or at
   * all, at the end of the text): `yaml` then stretches the range of some of the collections that
   * end there over the comment, and which ones depends on its internals (found by the differential
   * test). Comments at the indentation of what follows, or less, are the usual style and are read.
   */
  private contentLineFrom(from: number): Line | null {
    const { text } = this;
    let start = from;
    let commentIndent = -1;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      let content = start;
      while (content < end && text.charCodeAt(content) === SPACE) content++;
      if (content < end) {
        const indent = content - start;
        if (text.charCodeAt(content) !== HASH) {
          if (commentIndent > indent) throw GIVE_UP;
          return { start, content, end, indent, commentIndent };
        }
        if (indent > commentIndent) commentIndent = indent;
      }
      start = end + 1;
    }
    if (commentIndent > 0) throw GIVE_UP;
    return null;
  }

  private advance(line: Line): void {
    this.line = this.contentLineFrom(line.end + 1);
  }

  private isSeqItem(line: Line): boolean {
    if (this.text.charCodeAt(line.content) !== DASH) return false;
    const next = line.content + 1;
    return next === line.end || this.text.charCodeAt(next) === SPACE;
  }

  /** Just past the line break that ends `line` (the text's end if there is none). */
  private afterLine(line: Line): number {
    return line.end < this.text.length ? line.end + 1 : line.end;
  }

  // ----- block collections ------------------------------------------------------------------

  /** Entries `key: …` at exactly `indent`, starting on the current line. */
  private blockMap(indent: number, firstKeyAt?: number): Parsed {
    const map = new LightMap();
    // The maps of a section (its entries) are what a gazetteer is made of: their values are read,
    // checked and dropped, then read again one at a time when the loader asks (see `EntryPair`),
    // so a file's nodes never all live at once — they die young, which the garbage collector
    // gets for free, instead of surviving until the whole file is converted.
    const entries = this.mapDepth === 1 && this.lazyEntries;
    this.mapDepth++;
    let start = -1;
    let end = -1;
    let keyAt = firstKeyAt;
    for (;;) {
      const line = this.line;
      let atLineStart = false;
      if (keyAt === undefined) {
        if (!line || line.indent < indent) break;
        if (line.indent > indent || this.isSeqItem(line)) throw GIVE_UP;
        keyAt = line.content;
        atLineStart = true;
      }
      if (!line) throw GIVE_UP;
      const entry = this.mapEntry(line, keyAt, indent);
      if (start === -1) start = keyAt;
      map.items.push(entries && atLineStart ? new EntryPair(entry.pair.key as Node, this.text) : entry.pair);
      end = entry.blockEnd;
      keyAt = undefined;
    }
    this.mapDepth--;
    map.range = [start, end, end];
    return { node: map as unknown as Node, blockEnd: end };
  }

  /** One `key: value` whose key starts at `keyAt` on `line`; leaves the reader after its value. */
  private mapEntry(line: Line, keyAt: number, indent: number): { pair: LightPair; blockEnd: number } {
    const { text } = this;
    const colon = this.plainKeyEnd(keyAt, line.end);
    const key = scalarNode(resolvePlain(text.slice(keyAt, colon)), keyAt, colon, colon);
    let at = colon + 1;
    while (at < line.end && text.charCodeAt(at) === SPACE) at++;
    if (at < line.end && text.charCodeAt(at) !== HASH) {
      if (at === colon + 1) throw GIVE_UP; // `key:value` is one plain scalar in YAML, not a pair
      const value = this.inlineValue(line, at);
      this.advance(line);
      if (this.line && this.line.indent > indent) throw GIVE_UP; // a continued or misplaced value
      return { pair: new LightPair(key, value.node), blockEnd: value.blockEnd };
    }
    // Nothing after the colon (maybe a comment): a nested block, or an empty value.
    const commented = at < line.end;
    this.advance(line);
    const next = this.line;
    if (next && next.indent > indent && !this.isSeqItem(next)) {
      const nested = this.blockMap(next.indent);
      return { pair: new LightPair(key, nested.node), blockEnd: nested.blockEnd };
    }
    if (next && next.indent >= indent && this.isSeqItem(next)) {
      const nested = this.blockSeq(next.indent);
      return { pair: new LightPair(key, nested.node), blockEnd: nested.blockEnd };
    }
    return { pair: new LightPair(key, this.emptyValue(line, commented)), blockEnd: line.end };
  }

  /**
   * An empty value: `yaml` places it at the line break, but stretches it over any comments and
   * blank lines that follow, so only the plain case (the next line holds content) is taken.
   */
  private emptyValue(line: Line, commented: boolean): Node {
    if (commented || !this.line || this.line.start !== line.end + 1) throw GIVE_UP;
    return scalarNode(null, line.end, line.end, line.end);
  }

  /** Items `- …` at exactly `indent`, starting on the current line. */
  private blockSeq(indent: number): Parsed {
    const seq = new LightSeq();
    let start = -1;
    let end = -1;
    for (;;) {
      const line = this.line;
      if (!line || line.indent !== indent || !this.isSeqItem(line)) {
        if (line && line.indent > indent) throw GIVE_UP;
        // A list at its key's indentation ends at the next key; `yaml` stretches its range over
        // comments at that indentation just before it (found by the differential test).
        if (line && line.commentIndent >= indent) throw GIVE_UP;
        break;
      }
      if (start === -1) start = line.content;
      const item = this.seqItem(line, indent);
      seq.items.push(item.node);
      end = item.blockEnd;
    }
    seq.range = [start, end, end];
    return { node: seq as unknown as Node, blockEnd: end };
  }

  private seqItem(line: Line, indent: number): Parsed {
    const { text } = this;
    let at = line.content + 1;
    while (at < line.end && text.charCodeAt(at) === SPACE) at++;
    if (at === line.end || text.charCodeAt(at) === HASH) {
      const commented = at < line.end;
      this.advance(line);
      if (this.line && this.line.indent > indent) throw GIVE_UP; // `-` then a nested block
      const empty = this.emptyValue(line, commented);
      return { node: empty, blockEnd: line.end };
    }
    if (this.isCompactKey(at, line.end)) return this.blockMap(at - line.start, at); // `- key: value`
    const value = this.inlineValue(line, at);
    this.advance(line);
    if (this.line && this.line.indent > indent) throw GIVE_UP;
    return value;
  }

  /** `- key: …`: a plain key followed by `: ` or `:` at the line's end. */
  private isCompactKey(at: number, end: number): boolean {
    if (!isKeyStart(this.text.charCodeAt(at))) return false;
    let i = at + 1;
    while (i < end && isKeyChar(this.text.charCodeAt(i))) i++;
    return i < end && this.text.charCodeAt(i) === COLON && (i + 1 === end || this.text.charCodeAt(i + 1) === SPACE);
  }

  /** The colon ending a plain key that starts at `at`. */
  private plainKeyEnd(at: number, end: number): number {
    const { text } = this;
    if (!isKeyStart(text.charCodeAt(at))) throw GIVE_UP;
    let i = at + 1;
    while (i < end && isKeyChar(text.charCodeAt(i))) i++;
    if (i >= end || text.charCodeAt(i) !== COLON) throw GIVE_UP;
    if (i + 1 < end && text.charCodeAt(i + 1) !== SPACE) throw GIVE_UP;
    return i;
  }

  // ----- values on one line -----------------------------------------------------------------

  /** A value that starts at `at` and ends on its line, then optional spaces and a comment. */
  private inlineValue(line: Line, at: number): Parsed {
    const { text } = this;
    const c = text.charCodeAt(at);
    let node: Node;
    let after: number;
    if (c === OPEN_SQUARE || c === OPEN_CURLY) {
      const flow = this.flowCollection(at, line.end);
      node = flow.node;
      after = flow.end;
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const quoted = this.quoted(at, line.end);
      node = quoted.node;
      after = quoted.end;
    } else {
      const end = this.plainEnd(at, line.end);
      node = scalarNode(resolvePlain(text.slice(at, end)), at, end, end);
      after = end;
    }
    while (after < line.end && text.charCodeAt(after) === SPACE) after++;
    if (after < line.end && (text.charCodeAt(after) !== HASH || text.charCodeAt(after - 1) !== SPACE)) throw GIVE_UP;
    const blockEnd = this.afterLine(line);
    node.range![2] = blockEnd; // every node gets its own range array: no need for a new one
    return { node, blockEnd };
  }

  /** End of a plain scalar in block context: before ` #` or the line's end, trailing spaces trimmed. */
  private plainEnd(at: number, lineEnd: number): number {
    const { text } = this;
    if (!isPlainStart(text, at, lineEnd, false)) throw GIVE_UP;
    let end = at;
    for (let i = at; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
      if (c === COLON && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE)) throw GIVE_UP; // a nested map
      if (c !== SPACE) end = i + 1;
    }
    return end;
  }

  /** `"…"` without escapes or `'…'` without doubled quotes, on one line. */
  private quoted(at: number, lineEnd: number): { node: Node; end: number } {
    const { text } = this;
    const quote = text.charCodeAt(at);
    for (let i = at + 1; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (quote === DOUBLE_QUOTE && c === BACKSLASH) throw GIVE_UP;
      if (c !== quote) continue;
      if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE) throw GIVE_UP;
      return { node: scalarNode(text.slice(at + 1, i), at, i + 1, i + 1), end: i + 1 };
    }
    throw GIVE_UP;
  }

  /** `[…]` or `{…}` closed on the same line; items are plain, quoted, or flow collections. */
  private flowCollection(at: number, lineEnd: number, depth = 0): { node: Node; end: number } {
    const { text } = this;
    if (depth > MAX_FLOW_DEPTH) throw GIVE_UP; // deep nesting is `yaml`'s to report
    const isMap = text.charCodeAt(at) === OPEN_CURLY;
    const close = isMap ? CLOSE_CURLY : CLOSE_SQUARE;
    const collection = isMap ? new LightMap() : new LightSeq();
    let i = skipSpaces(text, at + 1, lineEnd);
    if (text.charCodeAt(i) === close) {
      collection.range = [at, i + 1, i + 1];
      return { node: collection as unknown as Node, end: i + 1 };
    }
    for (;;) {
      if (isMap) {
        const keyEnd = this.flowKeyEnd(i, lineEnd);
        const key = scalarNode(resolvePlain(text.slice(i, keyEnd)), i, keyEnd, keyEnd);
        i = skipSpaces(text, keyEnd + 1, lineEnd);
        const value = this.flowValue(i, lineEnd, depth);
        (collection as LightMap).items.push(new LightPair(key, value.node));
        i = value.end;
      } else {
        const value = this.flowValue(i, lineEnd, depth);
        (collection as LightSeq).items.push(value.node);
        i = value.end;
      }
      i = skipSpaces(text, i, lineEnd);
      const c = text.charCodeAt(i);
      if (i >= lineEnd) throw GIVE_UP;
      if (c === close) {
        collection.range = [at, i + 1, i + 1];
        return { node: collection as unknown as Node, end: i + 1 };
      }
      if (c !== COMMA) throw GIVE_UP;
      i = skipSpaces(text, i + 1, lineEnd);
      if (text.charCodeAt(i) === close || text.charCodeAt(i) === COMMA) throw GIVE_UP; // `[a, ]`, `[a,,b]`
    }
  }

  /** A flow map key: plain, then `:` and a space. */
  private flowKeyEnd(at: number, lineEnd: number): number {
    const { text } = this;
    if (!isKeyStart(text.charCodeAt(at))) throw GIVE_UP;
    let i = at + 1;
    while (i < lineEnd && isKeyChar(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE) throw GIVE_UP;
    return i;
  }

  /** A value inside a flow collection; its range[2] takes the spaces before `,` or the bracket. */
  private flowValue(at: number, lineEnd: number, depth: number): { node: Node; end: number } {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c === OPEN_SQUARE || c === OPEN_CURLY || c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const item = c === OPEN_SQUARE || c === OPEN_CURLY ? this.flowCollection(at, lineEnd, depth + 1) : this.quoted(at, lineEnd);
      // Like a plain item's, the node's end takes the spaces before `,` or the closing bracket.
      item.node.range![2] = skipSpaces(text, item.end, lineEnd);
      return item;
    }
    if (at >= lineEnd || !isPlainStart(text, at, lineEnd, true) || c === COMMA) throw GIVE_UP;
    let end = at;
    let i = at;
    for (; i < lineEnd; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COMMA || ch === CLOSE_SQUARE || ch === CLOSE_CURLY) break;
      if (ch === OPEN_SQUARE || ch === OPEN_CURLY) throw GIVE_UP;
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) throw GIVE_UP;
      // `https://…` is one scalar in a flow list; `a: b` (a pair) or a colon before an indicator is left to `yaml`.
      if (ch === COLON && (i + 1 >= lineEnd || !isFlowPlainSafe(text.charCodeAt(i + 1)))) throw GIVE_UP;
      if (ch !== SPACE) end = i + 1;
    }
    return { node: scalarNode(resolvePlain(text.slice(at, end)), at, end, i), end };
  }
}

/**
 * An entry of a section (`iraq: …`) whose value is read again from the text when asked for: the
 * value's nodes equal those the whole-file read built and dropped. Each access reads it again,
 * so a caller that needs it twice keeps it.
 */
class EntryPair {
  readonly #text: string;

  constructor(public key: Node, text: string) {
    this.#text = text;
  }

  get value(): Node | null {
    const keyAt = this.key.range?.[0] ?? -1;
    return readGazetteerEntryFast(this.#text, keyAt)?.value ?? null;
  }
}
markAsPair(EntryPair);

function scalarNode(value: unknown, start: number, valueEnd: number, nodeEnd: number): Node {
  return new LightScalar(value, [start, valueEnd, nodeEnd]) as unknown as Node;
}

/** A character that may follow `:` inside a plain scalar in a flow collection. */
function isFlowPlainSafe(c: number): boolean {
  return c !== SPACE && c !== COMMA && c !== OPEN_SQUARE && c !== CLOSE_SQUARE && c !== OPEN_CURLY && c !== CLOSE_CURLY;
}

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && text.charCodeAt(at) === SPACE) at++;
  return at;
}

/** Plain keys the reader takes: ids and field names (letters, digits, `_`, `-`, `.`). */
function isKeyStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

function isKeyChar(c: number): boolean {
  return isKeyStart(c) || c === DASH || c === 0x2e;
}

/**
 * Whether a plain scalar may start at `at`: not with an indicator, and with `-`, `?` or `:` only
 * when a "safe" character follows — not a space or the line's end, and in a flow collection not a
 * flow indicator either. `[?]` is a flow pair with an empty key and `[-]` a block sequence inside
 * a flow one (an error), not the scalars "?" and "-" (both found by the differential test against
 * `yaml`, `test/unit/gazetteer/readerOracle.test.ts`).
 */
function isPlainStart(text: string, at: number, end: number, inFlow: boolean): boolean {
  const c = text.charCodeAt(at);
  if ('[]{},#&*!|>\'"%@`'.includes(text.charAt(at))) return false;
  if (c === DASH || c === 0x3f || c === COLON) {
    if (at + 1 >= end) return false;
    const next = text.charCodeAt(at + 1);
    return inFlow ? isFlowPlainSafe(next) : next !== SPACE;
  }
  return true;
}

const NULL_TEXT = /^(?:~|[Nn]ull|NULL)$/;
const BOOL_TEXT = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_TEXT = /^[-+]?[0-9]+$/;
const FLOAT_TEXT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const EXP_TEXT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
/** Core-schema forms the reader leaves to `yaml` (they are rare, and `yaml` keeps their format). */
const RARE_TEXT = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** What the YAML 1.2 core schema makes of a plain scalar, as `yaml` resolves it. */
function resolvePlain(source: string): unknown {
  const c = source.charCodeAt(0);
  // Most scalars are words: only those starting like a number, null or boolean need a test.
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === DASH || c === 0x2e) {
    if (INT_TEXT.test(source)) return parseInt(source, 10);
    if (FLOAT_TEXT.test(source) || EXP_TEXT.test(source)) return parseFloat(source);
    if (RARE_TEXT.test(source)) throw GIVE_UP;
    return source;
  }
  if (c === 0x7e || c === 0x6e || c === 0x4e) return NULL_TEXT.test(source) ? null : source;
  if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46) return BOOL_TEXT.test(source) ? source.charCodeAt(0) === 0x74 || source.charCodeAt(0) === 0x54 : source;
  return source;
}
