import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { AnalysisSettings, SourceFile } from '../core';
import type { CorpusEntry } from '../core/corpusEntries';
import { checkArticle, gazetteerReports, openGroupContext, type GazetteerReport, type GroupContext, type SharedGazetteer } from './checkArticle';
import { FileRenderer, type RenderOptions } from './fileReport';
import { decodeText } from './files';
import type { SeverityCounts } from './formatText';
// One full collection after the YAML is read and after a large archive is listed, never per
// batch (a forced collection drops compiled code: a worker was ~80 % slower at one per 250).
import { collectGarbage } from '../runtime/collectGarbage';
import { FileSpillWriter } from './spill';

// A worker thread of `newsmd check`. It is this very file started again — the esbuild bundle
// (dist/cli.js, server/dist/cli.js) or, compiled by tsc, this module — with `workerData` naming
// it a check worker, so the single-file bundle needs nothing beside it. It loads each group's
// gazetteer once, analyses the articles it is handed, writes their rendered report parts to its
// own spill file, and answers with the few numbers and the compact corpus entry the main thread
// keeps.

/** The key of `workerData` that makes a thread a check worker. */
export const CHECK_WORKER = 'newsmdCheckWorker';

/** The script a worker runs: this file, or the bundle this file was bundled into. */
export const CHECK_WORKER_SCRIPT: string = __filename;

export interface CheckWorkerData {
  render: RenderOptions;
  /** The worker's spill file. */
  spill: string;
  /** Forward the core's log lines (NEWSMD_DEBUG). */
  debug: boolean;
}

export type ToWorker =
  /**
   * `report`: answer with the gazetteer files' report parts (and with `share`, the gazetteer's
   * cache form); `shared`: that form, from the worker that answered, to restore instead of reading.
   */
  | { type: 'group'; id: number; gazetteerSources: SourceFile[]; settings: AnalysisSettings; report: boolean; share: boolean; shared?: SharedGazetteer }
  /** The article's bytes (moved, not copied); decoded here. */
  | { type: 'article'; seq: number; uri: string; bytes: Uint8Array }
  | { type: 'finish' };

export interface ArticleResult {
  seq: number;
  counts: SeverityCounts;
  entry: CorpusEntry | null;
  /** Where its record is in the worker's spill file. */
  offset: number;
  length: number;
}

export type FromWorker =
  | { type: 'group'; id: number; gazetteers: GazetteerReport[]; shared?: SharedGazetteer }
  | ({ type: 'article' } & ArticleResult)
  | { type: 'finished' }
  | { type: 'log'; message: string }
  | { type: 'failed'; message: string; stack?: string };

function serve(port: MessagePort, data: CheckWorkerData): void {
  const renderer = new FileRenderer(data.render);
  const spill = new FileSpillWriter(data.spill);
  const logger = data.debug ? { log: (message: string) => port.postMessage({ type: 'log', message } satisfies FromWorker) } : undefined;
  let ctx: GroupContext | undefined;
  port.on('message', (m: ToWorker) => {
    try {
      switch (m.type) {
        case 'group': {
          ctx = undefined; // the previous group's gazetteer can go before the next one loads
          const opened = openGroupContext(m.gazetteerSources, m.settings, m.shared, m.share);
          ctx = opened.ctx;
          // Reading the YAML leaves much garbage: collected before the first article.
          if (!m.shared) collectGarbage();
          if (m.report) port.postMessage({ type: 'group', id: m.id, gazetteers: gazetteerReports(ctx, renderer), shared: opened.shared } satisfies FromWorker);
          break;
        }
        case 'article': {
          if (!ctx) throw new Error('article before its group');
          const r = checkArticle({ uri: m.uri, text: decodeText(m.bytes) }, ctx, renderer, logger);
          const [offset, length] = spill.add(r.record);
          port.postMessage({ type: 'article', seq: m.seq, counts: r.counts, entry: r.entry, offset, length } satisfies FromWorker);
          break;
        }
        case 'finish':
          spill.close();
          port.postMessage({ type: 'finished' } satisfies FromWorker);
          break;
      }
    } catch (err) {
      port.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined } satisfies FromWorker);
    }
  });
}

const data = isMainThread ? undefined : (workerData as Record<string, unknown> | null)?.[CHECK_WORKER];
if (data && parentPort) serve(parentPort, data as CheckWorkerData);
