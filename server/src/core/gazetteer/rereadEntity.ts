import type { Document, Pair } from 'yaml';
import type { EntityKind, GazetteerEntity } from '../types';
import { buildEntity } from './buildEntity';
import type { EntityMaterializer } from './entityTable';
import { readGazetteerEntryFast } from './fastReader';
import { FileContext } from './fileContext';
import { LightMap } from './lightNodes';
import { PlainConverter } from './plainData';
import { keyText, pairSpan, spanOf } from './yamlNodes';

/** Whether the fast reader read this document, so any of its block entries can be read again alone. */
export function isRereadable(doc: Document.Parsed): boolean {
  return doc.contents instanceof LightMap;
}

/**
 * Builds an entity again from its entry in the file text, exactly as the loader built it: same
 * nodes (the fast reader on that entry), same conversion, same checks. The checks' diagnostics
 * were reported at load time and are dropped here. Throws if the text there is not that entry.
 */
export function rereadEntity(uri: string, text: string, keyAt: number, id: string, kind: EntityKind): GazetteerEntity {
  const entry = readGazetteerEntryFast(text, keyAt);
  if (!entry || keyText(entry.key, text) !== id) throw new Error(`no entry \`${id}\` at offset ${keyAt} of ${uri}`);
  const entrySpan = pairSpan(entry as unknown as Pair, text, { start: 0, end: 0 });
  const keySpan = spanOf(entry.key, entrySpan);
  const built = buildEntity(new FileContext(uri, text), new PlainConverter(text), { id, kind, keySpan, entrySpan, value: entry.value });
  if (!built.entity) throw new Error(`entry \`${id}\` of ${uri} is not a map`);
  return built.entity;
}

/** The materializer of an `EntityTable` whose file numbers index `files`. */
export function entityMaterializer(files: ReadonlyArray<{ uri: string; text: string }>): EntityMaterializer {
  return (file, keyAt, id, kind) => {
    const source = files[file];
    if (!source) throw new Error(`no gazetteer file ${file}`);
    return rereadEntity(source.uri, source.text, keyAt, id, kind);
  };
}
