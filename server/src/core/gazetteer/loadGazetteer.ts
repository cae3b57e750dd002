import type { Document, Node, Pair } from 'yaml';
import { addEntityNames, type NameAdder } from '../entities/entityNames';
import { NameTrie } from '../entities/nameTrie';
import { KIND_SECTIONS, type EntityKind, type Gazetteer, type SourceFile, type Span } from '../types';
import { reportAliasCollisions } from './aliasCollisions';
import { buildEntity, type NameOccurrence } from './buildEntity';
import { EntityTable } from './entityTable';
import { entityMaterializer, isRereadable } from './rereadEntity';
import { Definitions, type Definition } from './definitions';
import { FileContext } from './fileContext';
import { isMap, isScalar } from './nodeChecks';
import { streamGazetteerFast, type FastEntrySink } from './fastReader';
import { fastGazetteerReader, GAZETTEER_READERS, type GazetteerReader } from './gazetteerReaders';
import { checkGazetteerText, parseCheckedGazetteerYaml } from './parseYamlFile';
import { PlainConverter, PlainDataError } from './plainData';
import { isValidId, suggestId, withArticle, type PendingReference } from './references';
import { checkParentLoops, checkReferences } from './referenceChecks';
import { keyText, pairSpan, spanOf } from './yamlNodes';

const SECTION_NAMES = Object.keys(KIND_SECTIONS);

/** A section of the file being read, once its key is checked. */
interface OpenSection {
  kind: EntityKind;
  name: string;
  keySpan: Span;
}


/**
 * Reads and merges gazetteer files into one `Gazetteer`. Never throws: every problem becomes a
 * diagnostic of the file it is in.
 *
 * - Files merge in the order given; the first definition of an id wins, later ones are
 *   `gazetteer-duplicate-id` (across files and kinds alike).
 * - A file with YAML errors still contributes what `yaml` could recover from it, so one typo
 *   does not make every article's entities unknown while the user types.
 * - An entry without `name` (`label` for figures) is loaded with its id as name; an entry that is
 *   not a map is not loaded, but its id counts as defined (no cascade of unknown-id reports).
 * - Reference fields (`country`, `org`, `place`, `parent`, `about`, id-like `nationality`) must
 *   name a defined id of a fitting kind, and never the entry itself.
 */
export function loadGazetteer(files: SourceFile[], readers: readonly GazetteerReader[] = GAZETTEER_READERS): Gazetteer {
  const loader = new GazetteerLoader(readers);
  for (const file of files) loader.addFile(file);
  return loader.finish();
}

class GazetteerLoader {
  /**
   * Entities read by the fast reader are kept as references to their entry and built again when
   * asked for (see `EntityTable`): the load keeps ids, not a million objects.
   */
  private readonly entities = new EntityTable();
  private readonly names = new NameTrie();
  /** `parent` of each organisation that has one, for the loop check (entities are not kept). */
  private readonly parents = new Map<string, string>();
  private readonly definitions = new Definitions();
  private readonly contexts = new Map<string, FileContext>();
  private readonly order: FileContext[] = [];
  private readonly references: PendingReference[] = [];
  private readonly occurrences: NameOccurrence[] = [];
  /** Whether the file being read can have its entries read again from its text. */
  private rereadable = false;
  /**
   * The names of the file being read, with their entity index, put in the trie once the file is
   * read: a file the fast reader gives up on half way is read again, and a trie cannot forget.
   */
  private readonly fileNames: string[] = [];
  private readonly fileNameEntries: number[] = [];
  private readonly nameList: NameAdder = {
    add: (name, entry) => {
      this.fileNames.push(name);
      this.fileNameEntries.push(entry);
    },
  };

  /** `readers`: how files are read into YAML nodes (see `gazetteerReaders.ts`). */
  constructor(private readonly readers: readonly GazetteerReader[]) {}

  addFile(source: SourceFile): void {
    const file = new FileContext(source.uri, source.text);
    this.order.push(file);
    if (!this.contexts.has(file.uri)) this.contexts.set(file.uri, file);
    try {
      if (!checkGazetteerText(file)) return;
      // The fast reader hands entries over as it reads them (one pass, nodes that die young);
      // if it gives up, what it handed over is forgotten and the other readers read the file.
      const streaming = this.readers[0] === fastGazetteerReader;
      if (streaming && this.streamFile(file)) return;
      const doc = parseCheckedGazetteerYaml(file, streaming ? this.readers.slice(1) : this.readers);
      this.rereadable = doc !== null && isRereadable(doc);
      if (doc) this.readDocument(file, doc);
    } catch (err) {
      // A bug or an exhausted stack in a dependency must cost this file, not the server.
      file.report('gazetteer-syntax', { start: 0, end: 0 }, `This gazetteer file could not be read: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      this.addFileNames();
    }
  }

  /**
   * Reads a file with the fast reader, entry by entry as it goes, exactly as `readDocument` reads
   * the document the reader would build. False, with everything the file added forgotten, if the
   * reader gave up.
   */
  private streamFile(file: FileContext): boolean {
    const converter = new PlainConverter(file.text);
    const sectionsSeen = new Map<string, Span>();
    const mark = { definitions: this.definitions.size, entities: this.entities.size, references: this.references.length, occurrences: this.occurrences.length, diagnostics: file.diagnostics.length };
    this.rereadable = true;
    let section: OpenSection | null = null;
    const sink: FastEntrySink = {
      section: (key) => {
        section = this.openSection(file, key, spanOf(key), sectionsSeen);
      },
      entry: (key, value) => {
        if (section) this.readEntry(file, converter, section.kind, key, value);
      },
      sectionEnd: (value, streamed) => {
        if (section && !streamed) this.readSection(file, converter, section.kind, section.name, value, section.keySpan);
        section = null;
      },
    };
    if (streamGazetteerFast(file.text, sink)) {
      this.reportDuplicateKeys(file, converter);
      return true;
    }
    this.entities.truncate(mark.entities);
    for (const id of this.definitions.idsAfter(mark.definitions)) this.parents.delete(id);
    this.definitions.truncate(mark.definitions);
    this.references.length = mark.references;
    this.occurrences.length = mark.occurrences;
    file.diagnostics.length = mark.diagnostics;
    this.fileNames.length = 0;
    this.fileNameEntries.length = 0;
    return false;
  }

  private addFileNames(): void {
    for (let i = 0; i < this.fileNames.length; i++) this.names.add(this.fileNames[i], this.fileNameEntries[i]);
    this.fileNames.length = 0;
    this.fileNameEntries.length = 0;
  }

  private readDocument(file: FileContext, doc: Document.Parsed): void {
    const top = doc.contents as Node | null;
    if (top === null || (isScalar(top) && top.value === null)) return; // empty, or only comments
    if (!isMap(top)) {
      file.report('gazetteer-syntax', spanOf(top),
        `A gazetteer file must be a map of sections (${SECTION_NAMES.join(', ')}); this one's top level is ${isScalar(top) ? 'a single value' : 'a list'}.`);
      return;
    }
    const converter = new PlainConverter(file.text);
    const sectionsSeen = new Map<string, Span>();
    for (const pair of top.items) {
      const section = this.openSection(file, pair.key, spanOf(pair.key as Node, pairSpan(pair, file.text, { start: 0, end: 0 })), sectionsSeen);
      if (section) this.readSection(file, converter, section.kind, section.name, (pair.value as Node | null) ?? null, section.keySpan);
    }
    this.reportDuplicateKeys(file, converter);
  }

  /** A section's key checked (unknown, or seen before in this file); null when its entries are not to be read. */
  private openSection(file: FileContext, key: unknown, keySpan: Span, sectionsSeen: Map<string, Span>): OpenSection | null {
    const name = keyText(key, file.text);
    // Own properties only: `constructor:` must not find Object.prototype.constructor.
    const kind = name !== null && Object.prototype.hasOwnProperty.call(KIND_SECTIONS, name) ? KIND_SECTIONS[name] : undefined;
    if (name === null || kind === undefined) {
      const lower = name?.toLowerCase();
      const hint = SECTION_NAMES.find((section) => section === lower || section === `${lower}s`);
      file.report('gazetteer-syntax', keySpan,
        `Unknown section ${name === null ? '(not a plain key)' : `\`${name}\``}${hint ? ` — did you mean \`${hint}\`?` : ''}; a gazetteer has the sections ${SECTION_NAMES.join(', ')}.`,
        { data: { section: name, sections: SECTION_NAMES, ...(hint ? { suggestion: hint } : {}) } });
      return null;
    }
    const earlier = sectionsSeen.get(name);
    if (earlier) {
      file.report('gazetteer-syntax', keySpan, `Section \`${name}\` appears twice in this file (first at line ${file.lineOf(earlier.start)}); its entries are read from both.`,
        { related: [{ uri: file.uri, span: earlier, message: `First \`${name}\` section` }] });
    } else {
      sectionsSeen.set(name, keySpan);
    }
    return { kind, name, keySpan };
  }

  private reportDuplicateKeys(file: FileContext, converter: PlainConverter): void {
    for (const duplicate of converter.duplicates) {
      file.report('gazetteer-syntax', duplicate.span,
        `Duplicate key \`${duplicate.key}\` (first at line ${file.lineOf(duplicate.firstSpan.start)}); the first one is used.`,
        { related: [{ uri: file.uri, span: duplicate.firstSpan, message: `First \`${duplicate.key}\`` }], data: { key: duplicate.key } });
    }
  }

  private readSection(file: FileContext, converter: PlainConverter, kind: EntityKind, name: string, body: Node | null, keySpan: Span): void {
    if (body === null || (isScalar(body) && body.value === null)) return;
    if (!isMap(body)) {
      file.report('gazetteer-schema', spanOf(body, keySpan), `Section \`${name}\` must be a map from ids to entries, like \`${name}:\\n  some-id:\\n    name: …\`.`);
      return;
    }
    // Read once: the fast reader builds an entry's value again on each access (see its `EntryPair`).
    for (const entry of body.items) this.readEntry(file, converter, kind, entry.key as Node | null, (entry.value as Node | null) ?? null);
  }

  private readEntry(file: FileContext, converter: PlainConverter, kind: EntityKind, keyNode: Node | null, value: Node | null): void {
    const entrySpan = pairSpan({ key: keyNode, value } as Pair, file.text, { start: 0, end: 0 });
    const id = keyText(keyNode, file.text);
    const keySpan = spanOf(keyNode, entrySpan);
    if (id === null) {
      file.report('gazetteer-schema', keySpan, 'An entry id must be plain text such as `ain-al-asad`.');
      return;
    }
    if (!isValidId(id)) {
      const suggestion = suggestId(id);
      file.report('gazetteer-schema', keySpan,
        `Id \`${id}\` must be lower-case kebab-case (a–z, 0–9, single hyphens)${suggestion && suggestion !== id ? `, e.g. \`${suggestion}\`` : ''}.`,
        { data: { id, ...(suggestion ? { suggestion } : {}) } });
    }

    const firstAt = this.definitions.indexOf(id);
    const first = firstAt !== -1;
    if (first) this.reportDuplicate(file, id, kind, keySpan, this.definitions.at(firstAt));
    else this.definitions.add(id, kind, file.uri, keySpan);

    try {
      const built = buildEntity(file, converter, { id, kind, keySpan, entrySpan, value });
      // A duplicate is still checked, but only the first definition is loaded and referenced.
      const entity = built.entity;
      if (first || !entity) return;
      const keyAt = keyNode?.range?.[0] ?? -1;
      const index = this.rereadable && startsItsLine(file.text, keyAt)
        ? this.entities.addReference(id, kind, this.order.length - 1, keyAt)
        : this.entities.addWhole(entity);
      addEntityNames(this.nameList, entity, index);
      if (entity.parent !== undefined) this.parents.set(id, entity.parent);
      for (const reference of built.references) this.references.push(reference);
      for (const name of built.names) this.occurrences.push(name);
    } catch (err) {
      if (!(err instanceof PlainDataError)) throw err;
      file.report('gazetteer-syntax', err.span, `${err.message} (in \`${id}\`, which is not loaded)`, { data: { id } });
    }
  }

  private reportDuplicate(file: FileContext, id: string, kind: EntityKind, keySpan: Span, first: Definition): void {
    const firstFile = this.contexts.get(first.uri) ?? file;
    const sameKind = first.kind === kind;
    file.report('gazetteer-duplicate-id', keySpan,
      `Id \`${id}\` is already defined${sameKind ? '' : ` as ${withArticle(first.kind)}`} at ${firstFile.where(first.keySpan)}; ids must be unique across all files and kinds, and the first definition is the one used.`,
      {
        related: [{ uri: first.uri, span: first.keySpan, message: `First definition of \`${id}\`` }],
        data: { id, kind, otherKind: first.kind, otherUri: first.uri, otherSpan: first.keySpan },
      });
  }

  finish(): Gazetteer {
    checkReferences(this.references, this.definitions, this.contexts);
    checkParentLoops(this.references, this.parents, this.contexts);
    reportAliasCollisions(this.occurrences, this.contexts);
    const files = this.order.map((file) => ({
      uri: file.uri,
      text: file.text,
      diagnostics: file.diagnostics.sort((a, b) => a.span.start - b.span.start),
    }));
    this.entities.setMaterializer(entityMaterializer(files));
    this.entities.nameTrie = this.names;
    return { entities: this.entities, files, diagnostics: files.flatMap((f) => f.diagnostics) };
  }
}

/** Whether only indentation comes before `offset` on its line (a block map key, not a flow one). */
function startsItsLine(text: string, offset: number): boolean {
  if (offset < 0) return false;
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== 0x20) return false;
  }
  return true;
}
