import { Document, type Node } from 'yaml';
import { FastReader, type FastEntrySink } from './fastBlockReader';
import { GIVE_UP } from './fastYamlSyntax';

export { readGazetteerEntryFast, type FastEntrySink } from './fastBlockReader';

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

/** Where the fast reader gave up on `text` (an offset on the line it could not read), or null if it did not. */
export function fastReaderGaveUpAt(text: string): number | null {
  return readOrGiveUp(text).gaveUpAt;
}

/**
 * Reads `text` as `readGazetteerFast` does, but hands each section and entry to `sink` as it is
 * read instead of building a document. Returns false when the reader gave up — possibly after
 * handing over some entries, which the caller must then forget — and true when it read it all.
 */
export function streamGazetteerFast(text: string, sink: FastEntrySink): boolean {
  return readOrGiveUp(text, sink).gaveUpAt === null;
}

function readOrGiveUp(text: string, sink: FastEntrySink | null = null): { node: Node | null; gaveUpAt: number | null } {
  if (text.length === 0 || text.indexOf('\t') !== -1 || text.indexOf('\r') !== -1 || text.charCodeAt(0) === 0xfeff) return { node: null, gaveUpAt: 0 };
  let reader: FastReader | null = null;
  try {
    reader = new FastReader(text, 0, true, sink);
    const node = reader.document();
    return { node, gaveUpAt: node ? null : 0 };
  } catch (err) {
    if (err === GIVE_UP) return { node: null, gaveUpAt: reader?.position() ?? 0 };
    throw err;
  }
}
