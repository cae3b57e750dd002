import { parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { readGazetteerDocumentFast } from './fastReader';

/**
 * The one set of `yaml` options for gazetteer files, used by every reader, the edits, the tests
 * and the bench: the YAML 1.2 core schema (no `!!js` types, `NO` stays a string, unknown tags stay
 * unresolved text), strict, and no duplicate-key check (it is quadratic in `yaml`; the loader's own
 * check is linear). Aliases are bounded by the loader (`MAX_ALIAS_EXPANSION` in `limits.ts`), not
 * here: `yaml` only counts them in `toJS`, which the loader does not call.
 */
export const GAZETTEER_YAML_OPTIONS: Readonly<ParseOptions & DocumentOptions & SchemaOptions> = Object.freeze({
  schema: 'core',
  version: '1.2',
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
});

/** `parseDocument` with the gazetteer options: the oracle every other reader must agree with. */
export function parseGazetteerDocument(text: string): Document.Parsed {
  return parseDocument(text, GAZETTEER_YAML_OPTIONS);
}

/**
 * One way of reading a gazetteer file into `yaml` nodes. A reader either reads the text into the
 * very document `parseGazetteerDocument` builds — same node kinds, values and ranges, and no
 * errors or warnings — or declines it (null), and the next reader tries. A reader that is unsure
 * must decline: the last reader, `yaml` itself, reads everything and reports every problem.
 */
export interface GazetteerReader {
  readonly name: string;
  /** The document, or null when this reader declines the text. */
  read(text: string): Document.Parsed | null;
}

/** The line-oriented fast reader (`fastReader.ts`): plain shapes only, ~20× faster than `yaml`. */
export const fastGazetteerReader: GazetteerReader = { name: 'fast', read: readGazetteerDocumentFast };

/** `yaml`'s `parseDocument`: reads everything (it may throw on hostile input; callers catch). */
export const yamlGazetteerReader: GazetteerReader = { name: 'yaml', read: parseGazetteerDocument };

/** The readers the loader tries, in order; `yaml` last, so every text is read by someone. */
export const GAZETTEER_READERS: readonly GazetteerReader[] = Object.freeze([fastGazetteerReader, yamlGazetteerReader]);

/** The first reader's document that does not decline, and which reader that was. */
export function readGazetteerDocument(text: string, readers: readonly GazetteerReader[] = GAZETTEER_READERS): { doc: Document.Parsed; reader: string } {
  for (const reader of readers) {
    const doc = reader.read(text);
    if (doc) return { doc, reader: reader.name };
  }
  return { doc: parseGazetteerDocument(text), reader: yamlGazetteerReader.name };
}
