// The block structure of a gazetteer file for the fast reader (`fastReader.ts`): maps of
// entries and sequences, one line at a time, with the values on each line read by `fastFlowValues.ts`.

import type { Node } from 'yaml';
import { flowCollection, plainEnd, quoted } from './fastFlowValues';
import { afterLine, contentLineFrom, isSeqItem, type Line } from './fastLines';
import { checkPlain, resolvePlain, scalarNode } from './fastScalars';
import { DOUBLE_QUOTE, GIVE_UP, HASH, OPEN_CURLY, OPEN_SQUARE, SINGLE_QUOTE, SPACE, isCompactKey, plainKeyEnd } from './fastYamlSyntax';
import { LightMap, LightPair, LightSeq, markAsPair } from './lightNodes';

/** Real entries nest two to four blocks deep; past this the fast reader declines. */
const MAX_BLOCK_DEPTH = 64;

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

/**
 * Who reads a file's entries as the fast reader meets them (`streamGazetteerFast`): the top-level
 * keys (sections), the entries of a section that is a block map, and then the section's value
 * when it was not read entry by entry. Each entry's nodes are built once and handed over at
 * once, so they die young and the file is not read twice.
 */
export interface FastEntrySink {
  section(key: Node): void;
  entry(key: Node, value: Node | null): void;
  /** After a section's value; `streamed`: its entries were handed to `entry`, and `value` holds none. */
  sectionEnd(value: Node | null, streamed: boolean): void;
}

/** A node with the offset just past its line (its `range[2]` in block context). */
interface Parsed {
  node: Node;
  /** Where the enclosing block collection ends if this is its last item. */
  blockEnd: number;
}

export class FastReader {
  private line: Line | null;
  /** How many block maps enclose the one being read (the top level is 0, a section's entries 1). */
  private mapDepth = 0;
  /** Block collections open now; deep nesting is `yaml`'s to read (or the loader's to refuse). */
  private depth = 0;
  /**
   * Set while the whole-file read goes through the value of an entry it drops (see `EntryPair`):
   * every check runs, so the reader gives up on exactly the same texts, but no node is made —
   * building and dropping them was half of that read's time and most of its garbage.
   */
  private skim = false;
  /** Whether the section being read had its entries handed to the sink. */
  private streamed = false;

  private enter(): void {
    if (++this.depth > MAX_BLOCK_DEPTH) throw GIVE_UP;
  }

  constructor(private readonly text: string, from = 0, private readonly lazyEntries = true, private readonly sink: FastEntrySink | null = null) {
    this.line = contentLineFrom(this.text, from);
  }

  /** The map entry whose key starts at `keyAt` on the current line (see `readGazetteerEntryFast`). */
  entryAt(keyAt: number): { key: Node; value: Node | null } | null {
    const line = this.line;
    if (!line || line.content !== keyAt || isSeqItem(this.text, line)) return null;
    const { pair } = this.mapEntry(line, keyAt, line.indent);
    return { key: pair.key as Node, value: (pair.value as Node | null) ?? null };
  }

  /** The start of the line being read, for `fastReaderGaveUpAt`. */
  position(): number {
    return this.line?.start ?? this.text.length;
  }

  document(): Node | null {
    const first = this.line;
    if (!first || first.indent !== 0 || isSeqItem(this.text, first)) return null;
    const map = this.blockMap(0);
    if (this.line !== null) throw GIVE_UP;
    return map.node;
  }

  private advance(line: Line): void {
    this.line = contentLineFrom(this.text, line.end + 1);
  }

  /**
   * Entries `key: …` at exactly `indent`, starting on the current line. `sectionBody`: this map
   * is a section's value, whose entries go to the sink when there is one.
   */
  private blockMap(indent: number, firstKeyAt?: number, sectionBody = false): Parsed {
    const map = new LightMap();
    const sink = sectionBody ? this.sink : null;
    if (sink) this.streamed = true;
    // The maps of a section (its entries) are what a gazetteer is made of: their values are read,
    // checked and dropped, then read again one at a time when the loader asks (see `EntryPair`),
    // so a file's nodes never all live at once — they die young, which the garbage collector
    // gets for free, instead of surviving until the whole file is converted.
    const entries = this.mapDepth === 1 && this.lazyEntries;
    this.mapDepth++;
    this.enter();
    let start = -1;
    let end = -1;
    let keyAt = firstKeyAt;
    for (;;) {
      const line = this.line;
      let atLineStart = false;
      if (keyAt === undefined) {
        if (!line || line.indent < indent) break;
        if (line.indent > indent || isSeqItem(this.text, line)) throw GIVE_UP;
        keyAt = line.content;
        atLineStart = true;
      }
      if (!line) throw GIVE_UP;
      const lazy = entries && atLineStart;
      const entry = this.mapEntry(line, keyAt, indent, lazy && !sink);
      if (start === -1) start = keyAt;
      if (sink) sink.entry(entry.pair.key as Node, (entry.pair.value as Node | null) ?? null);
      else if (!this.skim) map.items.push(lazy ? new EntryPair(entry.pair.key as Node, this.text) : entry.pair);
      end = entry.blockEnd;
      keyAt = undefined;
    }
    this.mapDepth--;
    this.depth--;
    map.range = [start, end, end];
    return { node: map as unknown as Node, blockEnd: end };
  }

  /**
   * One `key: value` whose key starts at `keyAt` on `line`; leaves the reader after its value.
   * `skimValue`: the value is only checked (its pair's value is not a node to read).
   */
  private mapEntry(line: Line, keyAt: number, indent: number, skimValue = false): { pair: LightPair; blockEnd: number } {
    const colon = plainKeyEnd(this.text, keyAt, line.end);
    const key = this.skim ? checkPlain(this.text, keyAt, colon) : scalarNode(resolvePlain(this.text.slice(keyAt, colon)), keyAt, colon, colon);
    if (this.sink && this.mapDepth === 1) {
      // A section: the sink hears of it before its entries, and gets its value if not streamed.
      this.sink.section(key);
      this.streamed = false;
      const section = this.pairFrom(line, key, colon, indent);
      this.sink.sectionEnd((section.pair.value as Node | null) ?? null, this.streamed);
      this.streamed = false;
      return section;
    }
    if (!skimValue) return this.pairFrom(line, key, colon, indent);
    this.skim = true;
    const pair = this.pairFrom(line, key, colon, indent);
    this.skim = false;
    return pair;
  }

  /** The value after the colon at `colon` of `key: value`, and the pair. */
  private pairFrom(line: Line, key: Node, colon: number, indent: number): { pair: LightPair; blockEnd: number } {
    const { text } = this;
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
    if (next && next.indent > indent && !isSeqItem(text, next)) {
      const nested = this.blockMap(next.indent, undefined, this.mapDepth === 1);
      return { pair: new LightPair(key, nested.node), blockEnd: nested.blockEnd };
    }
    if (next && next.indent >= indent && isSeqItem(text, next)) {
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
    this.enter();
    const seq = new LightSeq();
    let start = -1;
    let end = -1;
    for (;;) {
      const line = this.line;
      if (!line || line.indent !== indent || !isSeqItem(this.text, line)) {
        if (line && line.indent > indent) throw GIVE_UP;
        // A list at its key's indentation ends at the next key; `yaml` stretches its range over
        // comments at that indentation just before it (found by the differential test).
        if (line && line.commentIndent >= indent) throw GIVE_UP;
        break;
      }
      if (start === -1) start = line.content;
      const item = this.seqItem(line, indent);
      if (!this.skim) seq.items.push(item.node);
      end = item.blockEnd;
    }
    seq.range = [start, end, end];
    this.depth--;
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
    if (isCompactKey(text, at, line.end)) return this.blockMap(at - line.start, at); // `- key: value`
    const value = this.inlineValue(line, at);
    this.advance(line);
    if (this.line && this.line.indent > indent) throw GIVE_UP;
    return value;
  }

  /** A value that starts at `at` and ends on its line, then optional spaces and a comment. */
  private inlineValue(line: Line, at: number): Parsed {
    const { text } = this;
    const c = text.charCodeAt(at);
    let node: Node;
    let after: number;
    if (c === OPEN_SQUARE || c === OPEN_CURLY) {
      const flow = flowCollection(text, at, line.end, 0, !this.skim);
      node = flow.node;
      after = flow.end;
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const q = quoted(text, at, line.end, !this.skim);
      node = q.node;
      after = q.end;
    } else {
      const end = plainEnd(text, at, line.end);
      node = this.skim ? checkPlain(text, at, end) : scalarNode(resolvePlain(text.slice(at, end)), at, end, end);
      after = end;
    }
    while (after < line.end && text.charCodeAt(after) === SPACE) after++;
    if (after < line.end && (text.charCodeAt(after) !== HASH || text.charCodeAt(after - 1) !== SPACE)) throw GIVE_UP;
    const blockEnd = afterLine(text, line);
    node.range![2] = blockEnd; // every node gets its own range array: no need for a new one
    return { node, blockEnd };
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
