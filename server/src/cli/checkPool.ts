import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisSettings, Logger, SourceFile } from '../core';
import { checkArticle, gazetteerReports, openGroupContext, type GazetteerReport, type GroupContext, type SharedGazetteer } from './checkArticle';
import { CHECK_WORKER, CHECK_WORKER_SCRIPT, type ArticleResult, type CheckWorkerData, type FromWorker, type ToWorker } from './checkWorker';
import { FileRenderer, type FileRecord, type RenderOptions } from './fileReport';
import { decodeText } from './files';
import type { ArticleBytes } from './inputs';
import { limitHeapGrowth } from '../runtime/limitHeapGrowth';
import { FileSpillReader, FileSpillWriter, MemorySpill, type RecordSink, type RecordSource } from './spill';

// Who analyses the articles of a `check` run: the main thread itself (small runs), or a pool of
// worker threads, one per core up to a cap. Either way articles are handed over one at a time in
// input order, results come back as `ArticleResult`s (counts, corpus entry, where the rendered
// record was put), and the records are read back in pass 2.

/** Fewer articles than this are checked in the main thread: starting workers costs more than it saves. */
export const IN_PROCESS_BELOW = 200;
/** Workers when NEWSMD_WORKERS does not say: one per core, at most this many (each loads the gazetteer). */
export const MAX_WORKERS = 4;
/** In-process runs keep records in memory up to this many articles, else in a temp file. */
export const MEMORY_RECORDS_UP_TO = 2000;

/**
 * How many worker threads check `articles` articles: `NEWSMD_WORKERS` when set (0 = none, in the
 * main thread), else none under IN_PROCESS_BELOW articles or on one core, else one per core up to
 * MAX_WORKERS.
 */
export function workerCount(articles: number, setting: string | undefined = process.env.NEWSMD_WORKERS, cores = os.availableParallelism()): number {
  if (setting !== undefined && setting.trim() !== '') {
    const n = Number(setting);
    if (Number.isInteger(n) && n >= 0) return Math.min(n, 64);
  }
  if (articles < IN_PROCESS_BELOW || cores < 2) return 0;
  return Math.min(cores, MAX_WORKERS);
}

export interface Analyser {
  /** Starts a workspace group (its gazetteer); resolves to its gazetteer files' report parts. */
  openGroup(id: number, gazetteerSources: SourceFile[], settings: AnalysisSettings): Promise<GazetteerReport[]>;
  /** Hands an article over (its bytes: a worker decodes them); resolves when the next one may be handed over. */
  submit(seq: number, article: ArticleBytes): Promise<void>;
  /** Resolves once every result arrived and the records can be read. */
  finish(): Promise<void>;
  /** A record, from where its result said it is (`source` is the result's `source`). */
  record(source: number, offset: number, length: number): FileRecord;
  /** Stops the workers and closes the spill files (idempotent). */
  close(): Promise<void>;
}

export type ResultHandler = (result: ArticleResult, source: number) => void;

/** The main thread analyses each article as it is handed over. */
export class InProcessAnalyser implements Analyser {
  private readonly renderer: FileRenderer;
  private ctx: GroupContext | undefined;
  private readonly sink: RecordSink;
  private source: RecordSource | undefined;

  constructor(render: RenderOptions, private readonly spillFile: string | null, private readonly onResult: ResultHandler, private readonly logger?: Logger) {
    this.renderer = new FileRenderer(render);
    this.sink = spillFile === null ? new MemorySpill() : new FileSpillWriter(spillFile);
  }

  async openGroup(_id: number, gazetteerSources: SourceFile[], settings: AnalysisSettings): Promise<GazetteerReport[]> {
    this.ctx = undefined;
    this.ctx = openGroupContext(gazetteerSources, settings).ctx;
    return gazetteerReports(this.ctx, this.renderer);
  }

  async submit(seq: number, article: ArticleBytes): Promise<void> {
    if (!this.ctx) throw new Error('article before its group');
    const r = checkArticle({ uri: article.uri, text: decodeText(article.bytes) }, this.ctx, this.renderer, this.logger);
    const [offset, length] = this.sink.add(r.record);
    this.onResult({ seq, counts: r.counts, entry: r.entry, offset, length }, 0);
  }

  async finish(): Promise<void> {
    this.ctx = undefined;
    if (this.sink instanceof MemorySpill) {
      this.source = this.sink;
    } else {
      this.sink.close();
      this.source = new FileSpillReader(this.spillFile as string);
    }
  }

  record(_source: number, offset: number, length: number): FileRecord {
    if (!this.source) throw new Error('records read before the analysis finished');
    return this.source.read(offset, length);
  }

  async close(): Promise<void> {
    this.source?.close();
    this.source = undefined;
  }
}

let tightened = false;

/**
 * A worker allocates an analysis per article and drops it: V8 let each grow to ~290 MB with the
 * 100,000-entry bench gazetteer for ~110 MB kept. Set before the workers exist, the limit shapes
 * their heaps and V8's own concurrent collections keep them near what they keep, for about a
 * tenth more CPU time (~460 instead of ~740 MB for 100,000 articles on 2 workers). Forcing full
 * collections from the worker instead cost ~80 %: each forced one throws compiled code away.
 */
function tightenWorkerHeaps(): void {
  if (tightened) return;
  tightened = true;
  limitHeapGrowth(HEAP_GROWING_PERCENT);
}

/** See `tightenWorkerHeaps`. */
const HEAP_GROWING_PERCENT = 20;
/** Young generation of a worker: its objects live for one article; a small one is collected often and cheaply. */
const WORKER_YOUNG_GENERATION_MB = 4;

interface PoolWorker {
  worker: Worker;
  spill: string;
  /** The group whose gazetteer it holds (-1: none yet). */
  group: number;
  inFlight: number;
  finished?: () => void;
}

/**
 * Worker threads running this bundle (see checkWorker.ts). Each article goes to the worker with
 * the fewest in flight; at most `perWorker` wait per worker, so the main thread reads ahead only
 * that far. The first worker reads a group's gazetteer; the others restore what it shares.
 */
export class WorkerPool implements Analyser {
  private readonly workers: PoolWorker[];
  private group: {
    id: number; gazetteerSources: SourceFile[]; settings: AnalysisSettings;
    /** The gazetteer's cache form from the first worker (null: none to share). */
    shared: Promise<SharedGazetteer | null>;
    sharedReady: boolean;
  } | undefined;
  private readonly groupReplies = new Map<number, (reply: { gazetteers: GazetteerReport[]; shared?: SharedGazetteer }) => void>();
  private slotFree: (() => void) | undefined;
  private failure: Error | undefined;
  /** Rejecters of the promises waiting on the workers: a failure settles them all. */
  private readonly waiting = new Set<(err: Error) => void>();
  private readers: FileSpillReader[] = [];
  private closing = false;

  constructor(count: number, render: RenderOptions, spillDir: string, private readonly onResult: ResultHandler,
    private readonly log: (message: string) => void, debug: boolean, private readonly perWorker = 8) {
    tightenWorkerHeaps();
    this.workers = Array.from({ length: count }, (_, i) => {
      const spill = path.join(spillDir, `worker-${i}.spill`);
      const data: CheckWorkerData = { render, spill, debug };
      const worker = new Worker(CHECK_WORKER_SCRIPT, {
        workerData: { [CHECK_WORKER]: data }, stdout: false, stderr: false,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      const w: PoolWorker = { worker, spill, group: -1, inFlight: 0 };
      worker.on('message', (m: FromWorker) => this.receive(i, w, m));
      worker.on('error', (err) => this.fail(err instanceof Error ? err : new Error(String(err))));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a check worker stopped (exit code ${code})`));
      });
      return w;
    });
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const reject of this.waiting) reject(err);
    this.waiting.clear();
  }

  /** A promise that a worker failure rejects (and that forgets it once settled, unlike `Promise.race`). */
  private wait<T>(executor: (resolve: (value: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      const rejecter = (err: Error) => reject(err);
      this.waiting.add(rejecter);
      executor((value) => {
        this.waiting.delete(rejecter);
        resolve(value);
      });
    });
  }

  private receive(index: number, w: PoolWorker, m: FromWorker): void {
    switch (m.type) {
      case 'article': {
        w.inFlight--;
        const { type: _type, ...result } = m;
        this.onResult(result, index);
        const free = this.slotFree;
        this.slotFree = undefined;
        free?.();
        break;
      }
      case 'group':
        this.groupReplies.get(m.id)?.(m);
        this.groupReplies.delete(m.id);
        break;
      case 'finished':
        w.finished?.();
        break;
      case 'log':
        this.log(m.message);
        break;
      case 'failed':
        this.fail(Object.assign(new Error(m.message), { stack: m.stack ?? m.message }));
        break;
    }
  }

  /**
   * The first worker reads the group's gazetteer from its files and answers with its cache form;
   * the others restore that (a tenth of the time, a fraction of the memory), so no two threads
   * read the YAML at once — the peak of a run would otherwise be every worker loading together.
   */
  openGroup(id: number, gazetteerSources: SourceFile[], settings: AnalysisSettings): Promise<GazetteerReport[]> {
    const reply = this.wait<{ gazetteers: GazetteerReport[]; shared?: SharedGazetteer }>((resolve) => this.groupReplies.set(id, resolve));
    const group = { id, gazetteerSources, settings, shared: reply.then((r) => r.shared ?? null), sharedReady: false };
    group.shared.then(() => { group.sharedReady = true; }, () => {});
    this.group = group;
    const first = this.workers[0];
    first.group = id;
    first.worker.postMessage({ type: 'group', id, gazetteerSources, settings, report: true, share: this.workers.length > 1 } satisfies ToWorker);
    return reply.then((r) => r.gazetteers);
  }

  async submit(seq: number, article: ArticleBytes): Promise<void> {
    if (this.failure) throw this.failure;
    const g = this.group;
    if (!g) throw new Error('article before its group');
    const least = (among: PoolWorker[]) => among.reduce((best, x) => (x.inFlight < best.inFlight ? x : best));
    // Until the first worker has loaded the gazetteer, the others have nothing to start from.
    let w = least(g.sharedReady ? this.workers : this.workers.filter((x) => x.group === g.id));
    if (!g.sharedReady && w.inFlight >= this.perWorker && this.workers.some((x) => x.group !== g.id)) {
      await g.shared;
      w = least(this.workers);
    }
    if (w.group !== g.id) {
      const shared = await g.shared;
      w.group = g.id;
      w.worker.postMessage({ type: 'group', id: g.id, gazetteerSources: g.gazetteerSources, settings: g.settings, report: false, share: false, shared: shared ?? undefined } satisfies ToWorker);
      // Every worker has the texts now: the main thread need not keep them.
      if (this.workers.every((x) => x.group === g.id)) {
        g.gazetteerSources = [];
        g.shared = Promise.resolve(null);
      }
    }
    w.inFlight++;
    // The bytes move to the worker (no copy, no string in the main thread) when they own their memory.
    const { bytes } = article;
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    const moved = own ? bytes : new Uint8Array(bytes);
    w.worker.postMessage({ type: 'article', seq, uri: article.uri, bytes: moved } satisfies ToWorker, [moved.buffer as ArrayBuffer]);
    while (this.workers.every((x) => x.inFlight >= this.perWorker)) {
      await this.wait<void>((resolve) => { this.slotFree = resolve; });
    }
  }

  async finish(): Promise<void> {
    await Promise.all(this.workers.map((w) => this.wait<void>((resolve) => {
      w.finished = resolve;
      w.worker.postMessage({ type: 'finish' } satisfies ToWorker);
    })));
    this.readers = this.workers.map((w) => new FileSpillReader(w.spill));
    // The records are on disk: the workers (and their gazetteers) can go before the report.
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  record(source: number, offset: number, length: number): FileRecord {
    const reader = this.readers[source];
    if (!reader) throw new Error('records read before the analysis finished');
    return reader.read(offset, length);
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const r of this.readers) r.close();
    this.readers = [];
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
