import type { Annotation, CoreDiagnostic, EntityKind, EntityMention, Gazetteer, GazetteerEntity, ParsedArticle, Span } from '../types';
import { addEntityNames } from './entityNames';
import { isIndexedEntities } from './indexedEntities';
import { NearestIds } from './nearestIds';
import { NameTrie } from './nameTrie';

export interface EntityMatcher {
  /** Entity mentions (explicit annotations first, then name/alias matches) and their diagnostics
   *  (`entity-unknown-id`, `entity-ambiguous`). */
  find(article: ParsedArticle): { mentions: EntityMention[]; diagnostics: CoreDiagnostic[] };
}

/** `{.person}` and friends: the class names that say what kind an unlisted entity is. */
export const CLASS_KINDS: Record<string, EntityKind> = {
  person: 'person',
  organization: 'organization',
  organisation: 'organization',
  org: 'organization',
  place: 'place',
  location: 'place',
  base: 'base',
  event: 'event',
};

/**
 * Builds the name matcher once per gazetteer: a token trie of every name, alias and demonym
 * (figures excluded — their labels are not names; the figure recogniser handles them).
 *
 * Matching rules (SPEC §4): whole tokens only; the longest name starting at a token wins, left to
 * right; case is ignored except for tokens written in capitals (`IS`, `JOC`, `US` match only in
 * capitals); spaces, hyphens and apostrophes between name parts fold; dotted acronyms (`U.S.`,
 * `U.S`) equal their plain form (`US`), and the span covers the dots; a possessive (`Iraq's`,
 * `Iraq’s`) matches the name and the span stops before the apostrophe. A name shared by several
 * entries gives a mention without id, listing them, and `entity-ambiguous`.
 */
export function buildEntityMatcher(gazetteer: Gazetteer): EntityMatcher {
  const entries = entryLookup(gazetteer);
  // Entity ids and figure keys are looked up separately: a typo in `figure=` should be
  // corrected towards figure keys, one in `{@…}` towards entities. Built on the first typo.
  let nearestEntity: ((id: string) => string[]) | undefined;
  let nearestFigure: ((id: string) => string[]) | undefined;
  const nearest = (id: string, figure: boolean): string[] => {
    if (figure) return (nearestFigure ??= nearestLookup(entries.ids(true)))(id);
    return (nearestEntity ??= nearestLookup(entries.ids(false)))(id);
  };

  return {
    find(article) {
      const mentions: EntityMention[] = [];
      const diagnostics: CoreDiagnostic[] = [];
      const explicit = explicitMentions(article, gazetteer, nearest, mentions, diagnostics);
      matchNames(article, entries, explicit, mentions, diagnostics);
      return { mentions, diagnostics };
    },
  };
}

/** The name trie and what its terminals' entry numbers stand for. */
interface EntryLookup {
  trie: NameTrie;
  count: number;
  id(entry: number): string;
  kind(entry: number): EntityKind;
  /** The whole entity (built on demand by an `EntityTable`): only ambiguous names need it. */
  entity(entry: number): GazetteerEntity;
  /** Figure ids (`figures` true) or all other ids, in definition order. */
  ids(figures: boolean): string[];
}

function entryLookup(gazetteer: Gazetteer): EntryLookup {
  const table = isIndexedEntities(gazetteer.entities) ? gazetteer.entities : null;
  if (table) {
    // Entry numbers are table indices; the loader (or the cache) built the trie with the entities.
    let trie = table.nameTrie;
    if (!trie) {
      trie = new NameTrie();
      for (let i = 0; i < table.size; i++) if (table.kindAt(i) !== 'figure') addEntityNames(trie, table.entityAt(i), i);
      table.nameTrie = trie;
    }
    return {
      trie,
      count: table.size,
      id: (i) => table.idAt(i),
      kind: (i) => table.kindAt(i),
      entity: (i) => table.entityAt(i),
      ids: (figures) => table.idList().filter((_, i) => (table.kindAt(i) === 'figure') === figures),
    };
  }
  const list: GazetteerEntity[] = [...gazetteer.entities.values()];
  const trie = new NameTrie();
  list.forEach((entity, i) => addEntityNames(trie, entity, i));
  return {
    trie,
    count: list.length,
    id: (i) => list[i].id,
    kind: (i) => list[i].kind,
    entity: (i) => list[i],
    ids: (figures) => list.filter((e) => (e.kind === 'figure') === figures).map((e) => e.id),
  };
}

/** Nearest-id suggestions over a fixed id list, cached per asked id (typos repeat while typing). */
function nearestLookup(ids: string[]): (id: string) => string[] {
  const index = new NearestIds(ids);
  const cache = new Map<string, string[]>();
  return (id) => {
    let found = cache.get(id);
    if (!found) {
      found = index.find(id, 3);
      if (cache.size > 1000) cache.clear();
      cache.set(id, found);
    }
    return found;
  };
}

/**
 * Mentions from `{@id}` and `{.kind}` annotations; returns their spans, merged and sorted.
 * `figure=key` annotations are the figures work's, but a key the gazetteer lacks is reported
 * here, with the other unknown ids, so it is reported once.
 */
function explicitMentions(
  article: ParsedArticle, gazetteer: Gazetteer, nearest: (id: string, figure: boolean) => string[], mentions: EntityMention[], diagnostics: CoreDiagnostic[],
): Span[] {
  const covered: Span[] = [];
  const seen = new Set<number>();
  for (const a of article.annotations) {
    if (a.kind === 'entity') {
      if (seen.has(a.textSpan.start)) continue; // `{@a @b}`: the first id decides
      seen.add(a.textSpan.start);
      const entity = gazetteer.entities.get(a.value);
      const known = entity !== undefined && entity.kind !== 'figure';
      mentions.push({ span: a.textSpan, text: a.text, id: known ? a.value : null, kind: known ? entity.kind : null, candidates: [], explicit: true });
      covered.push(a.textSpan);
      if (!known) diagnostics.push(unknownId(article, a, entity, nearest(a.value, false), false));
    } else if (a.kind === 'figure') {
      const entity = gazetteer.entities.get(a.value);
      if (entity?.kind !== 'figure') diagnostics.push(unknownId(article, a, entity, nearest(a.value, true), true));
    } else if (a.kind === 'class') {
      const kind = CLASS_KINDS[a.value.toLowerCase()];
      if (!kind || seen.has(a.textSpan.start)) continue;
      seen.add(a.textSpan.start);
      mentions.push({ span: a.textSpan, text: a.text, id: null, kind, candidates: [], explicit: true });
      covered.push(a.textSpan);
    }
  }
  return mergeSpans(covered);
}

/**
 * `entity-unknown-id` for an `{@id}` (`figure` false) or a `figure=key` (`figure` true) the
 * gazetteer lacks, or that names the other sort of thing.
 */
function unknownId(article: ParsedArticle, a: Annotation, entity: GazetteerEntity | undefined, near: string[], figure: boolean): CoreDiagnostic {
  const suggestion = near.length ? ` Did you mean ${near.map((n) => `\`${n}\``).join(', ')}?` : '';
  let message: string;
  if (!entity) message = figure ? `No gazetteer figure has the key \`${a.value}\`.${suggestion}` : `No gazetteer entity has the id \`${a.value}\`.${suggestion}`;
  else if (figure) message = `\`${a.value}\` is an entity (${entity.kind}), not a figure: write \`{@${a.value}}\` to mark the entity, or use a figure key.`;
  else message = `\`${a.value}\` is a figure, not an entity: write \`{figure=${a.value}}\` to tie this number to it.`;
  return {
    code: 'entity-unknown-id',
    severity: 'error',
    message,
    uri: article.uri,
    span: a.valueSpan,
    data: { id: a.value, nearest: near, text: a.text, ...(figure ? { kind: 'figure' } : {}) },
  };
}

function matchNames(
  article: ParsedArticle, entries: EntryLookup, explicit: Span[], mentions: EntityMention[], diagnostics: CoreDiagnostic[],
): void {
  if (entries.count === 0) return;
  const { trie } = entries;
  const tokens = trie.scan(article.maskedText, article.bodyStart, article.maskedText.length);
  const count = tokens.count;
  let block = 0; // first explicit span that may still overlap

  for (let t = 0; t < count; ) {
    const start = tokens.start[t];
    while (block < explicit.length && explicit[block].end <= start) block++;
    if (block < explicit.length && explicit[block].start < tokens.end[t]) {
      t++;
      continue; // inside an annotation: the annotation decides
    }
    let taken = false;
    for (const [last, found] of trie.matchesAt(tokens, t)) {
      const end = tokens.end[last];
      if (block < explicit.length && explicit[block].start < end) continue; // would overlap an annotation
      addMatch(article, { start, end }, found, entries, mentions, diagnostics);
      t = last + 1;
      taken = true;
      break;
    }
    if (!taken) t++;
  }
}

function addMatch(article: ParsedArticle, span: Span, entryNumbers: number[], entries: EntryLookup, mentions: EntityMention[], diagnostics: CoreDiagnostic[]): void {
  const text = article.text.slice(span.start, span.end);
  if (entryNumbers.length === 1) {
    const entry = entryNumbers[0];
    mentions.push({ span, text, id: entries.id(entry), kind: entries.kind(entry), candidates: [], explicit: false });
    return;
  }
  const found = entryNumbers.map((i) => entries.entity(i));
  const kinds = new Set(found.map((e) => e.kind));
  mentions.push({ span, text, id: null, kind: kinds.size === 1 ? found[0].kind : null, candidates: found.map((e) => e.id), explicit: false });
  diagnostics.push({
    code: 'entity-ambiguous',
    severity: 'information',
    message: `"${text}" may be ${found.map((e) => `${e.name} (${e.id})`).join(' or ')}; annotate it as [${text}]{@id} to say which.`,
    uri: article.uri,
    span,
    related: found.map((e) => ({ uri: e.location.uri, span: e.location.keySpan, message: `${e.name} (${e.id}, ${e.kind})` })),
    data: { candidates: found.map((e) => ({ id: e.id, name: e.name, uri: e.location.uri, span: e.location.keySpan })) },
  });
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
