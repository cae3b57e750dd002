import { type CompactSummary, compactSummary, expandSummary, isCompactSummaryData } from './compactSummary';
import type { KeptView } from './corpusViews';
import { decodePlain, encodePlain, isPlainListCode } from './plainCodec';
import type { StringTable, StringsAt } from './stringTable';

// What the records of the saved index hold (issue 15): the compact form the index keeps in memory,
// written as it is — no summary or view is made again to be written, and none is made to be read.
// First `{ strings }` records: the workspace's string table (as far as the articles use it), in
// order; then `{ articles }` records: per article its uri, the digest of its text, its title, its
// compact summary's data (`compactSummary.ts`) and its corpus view (`[data, published, figures,
// keys]`, or null). The string numbers in summaries and figure codes are the table's.

/** Strings per record: the table of the bench's workspace (100,000-entry gazetteer) has ~150,000. */
const STRINGS_PER_RECORD = 10_000;
/** Articles per record (~0.5 MB): each record is serialized between two turns of the event loop. */
const ARTICLES_PER_RECORD = 500;
/** Fields per article in an articles record. */
const FIELDS = 5;

/** The parts of one article the snapshot holds, flat: uri, digest, compact summary, kept view (or undefined). */
export type SnapshotArticles = unknown[];

/** The records of the saved index: the table's first `strings` strings, then the snapshot's articles; made one at a time. */
export function* indexRecords(table: StringsAt, strings: number, articles: SnapshotArticles): Generator<unknown> {
  for (let from = 0; from < strings; from += STRINGS_PER_RECORD) {
    const chunk = new Array<string>(Math.min(STRINGS_PER_RECORD, strings - from));
    for (let i = 0; i < chunk.length; i++) chunk[i] = table.at(from + i);
    yield { strings: chunk };
  }
  for (let at = 0; at < articles.length; at += 4 * ARTICLES_PER_RECORD) {
    const fields: unknown[] = [];
    for (let i = at; i < Math.min(articles.length, at + 4 * ARTICLES_PER_RECORD); i += 4) {
      const summary = articles[i + 2] as CompactSummary;
      const view = articles[i + 3] as KeptView | undefined;
      fields.push(articles[i], articles[i + 1], summary.title, summary.data, view ? [view.data, view.published, view.figures, view.keys] : null);
    }
    yield { articles: fields };
  }
}

/** One article read back: what the index keeps of it, numbered in the workspace's table (the caller sets the workspace's uri string). */
export interface SavedArticle {
  uri: string;
  digest: string;
  title: string | null;
  data: string;
  view: Omit<KeptView, 'uri'> | undefined;
}

const NOTHING_SUPPRESSED: KeptView['suppressions'] = { isSuppressed: () => false };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * Reads the records in order into the workspace's table. Where the table numbers the file's
 * strings as the file did (a start's first read: the table is empty), summaries and figure codes
 * are kept as read; else (the index read again into a table in use) each is made again with the
 * table's numbers.
 */
export class IndexRecordReader {
  /** The file's table, as far as read. */
  private readonly strings: string[] = [];
  private renumbered = false;
  private readonly file: StringsAt = { at: (n) => this.strings[n] };

  constructor(private readonly table: StringTable) {}

  /** The articles of one record (none for a strings record), or undefined if it is not a record of this format. */
  take(record: unknown): SavedArticle[] | undefined {
    if (!isObject(record)) return undefined;
    if (Array.isArray(record.strings) && record.strings.every(isText)) {
      for (const text of record.strings) {
        // Strings just decoded share nothing with a longer string: kept without a copy.
        if (this.table.numberOf(text, true) !== this.strings.length) this.renumbered = true;
        this.strings.push(text);
      }
      return [];
    }
    const { articles } = record;
    if (!Array.isArray(articles) || articles.length % FIELDS !== 0) return undefined;
    const out: SavedArticle[] = [];
    for (let i = 0; i < articles.length; i += FIELDS) {
      const article = this.article(articles.slice(i, i + FIELDS));
      if (!article) return undefined;
      out.push(article);
    }
    return out;
  }

  private article([uri, digest, title, data, view]: unknown[]): SavedArticle | undefined {
    if (!isText(uri) || !isText(digest) || !(title === null || isText(title)) || !isText(data) || !isCompactSummaryData(data, this.strings.length)) return undefined;
    const kept = view === null ? undefined : this.view(view, title);
    if (kept === null) return undefined;
    if (!this.renumbered) return { uri, digest, title, data, view: kept };
    const summary = compactSummary(expandSummary({ uri, title, data }, this.file), this.table, uri);
    return { uri, digest, title, data: summary.data, view: kept };
  }

  /** A view as kept, or null if it is not one. */
  private view(view: unknown, title: string | null): Omit<KeptView, 'uri'> | null {
    if (!Array.isArray(view) || view.length !== 4) return null;
    const [data, published, figures, keys] = view as unknown[];
    if (!isObject(data) || !(published === null || isObject(published))) return null;
    if (!(Array.isArray(figures) || isPlainListCode(figures, this.strings.length))) return null;
    const list = isText(keys) ? keys : Array.isArray(keys) && keys.every(isText) ? (keys as string[]) : null;
    if (list === null) return null;
    // The title is the summary's string (one copy for both, as when indexed).
    if (isText(data.title) && data.title === title) data.title = title;
    const shared = (key: string): string => this.table.at(this.table.numberOf(key, true));
    let code = figures as KeptView['figures'];
    if (this.renumbered && typeof code === 'string') {
      const plain = decodePlain(code, this.file);
      code = encodePlain(plain, this.table) ?? (plain as KeptView['figures']);
    }
    return {
      data, published: published as KeptView['published'], suppressions: NOTHING_SUPPRESSED, figures: code,
      keys: typeof list === 'string' ? shared(list) : list.map(shared),
    };
  }
}
