import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AnalysisSettings } from '../core';
import type { CheckOptions } from './args';
import type { GazetteerReport } from './checkArticle';
import { IN_PROCESS_BELOW, InProcessAnalyser, MEMORY_RECORDS_UP_TO, WorkerPool, workerCount, type Analyser } from './checkPool';
import type { ArticleResult } from './checkWorker';
import { CorpusIndex } from './corpusIndex';
// One full collection after the YAML is read and after a large archive is listed, never per
// batch (a forced collection drops compiled code: a worker was ~80 % slower at one per 250).
import { collectGarbage } from '../runtime/collectGarbage';
import { FileRenderer, ReportWriter, addCounts, countSeverities, emptyCounts, mergeItems, type RenderOptions } from './fileReport';
import type { SeverityCounts } from './formatText';
import { inputIo, type Io } from './io';
import { planInputs, type PlannedArticle } from './inputs';

// `newsmd check`, streamed (issue 15). Pass 1 reads the articles one at a time and has each
// analysed (in worker threads for large runs): its part of the report is rendered at once and
// put aside (memory or a temp file), and only its severity counts and compact corpus entry (its
// keyed, dated figures) stay in the main thread. The corpus check then runs on those entries.
// Pass 2 writes the report file by file in input order, merging each article's corpus
// diagnostics into its own as a whole-run check would. Memory grows with the corpus entries (a
// few hundred bytes per article with figures), not with the texts or analyses.

/**
 * Whether to colour text output: `--color`/`--no-color`, else NO_COLOR (any value turns colour
 * off), else FORCE_COLOR (on unless `0` or `false`), else whether stdout is a terminal.
 */
export function useColor(flag: boolean | null, io: Io, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag !== null) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return io.isTTY ?? false;
}

/** Where each article's record is, by its number in the run: which spill, offset, length. */
class Locators {
  private source = new Uint8Array(1024);
  private offset = new Float64Array(1024);
  private length = new Float64Array(1024);

  set(seq: number, source: number, offset: number, length: number): void {
    if (seq >= this.offset.length) {
      const size = Math.max(seq + 1, this.offset.length * 2);
      const grow = <T extends Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(size);
        b.set(a);
        return b;
      };
      this.source = grow(this.source, (n) => new Uint8Array(n));
      this.offset = grow(this.offset, (n) => new Float64Array(n));
      this.length = grow(this.length, (n) => new Float64Array(n));
    }
    this.source[seq] = source;
    this.offset[seq] = offset;
    this.length[seq] = length;
  }

  get(seq: number): [number, number, number] {
    return [this.source[seq], this.offset[seq], this.length[seq]];
  }
}

interface GroupState {
  /** The number of its first article in the run. */
  firstSeq: number;
  settings: AnalysisSettings;
  index: CorpusIndex;
}

/** A corpus diagnostic of an article, rendered, with its merge keys. */
interface ExtraItems {
  /** Whether the article got any corpus diagnostic (shown or not): then its list is re-sorted. */
  resort: boolean;
  items: { start: number; code: string; item: string }[];
}

export async function runCheck(options: CheckOptions, io: Io, version: string): Promise<number> {
  const plan = await planInputs(options, inputIo(io));
  const render: RenderOptions = { format: options.format, quiet: options.quiet, color: useColor(options.color, io) };
  const renderer = new FileRenderer(render);
  const debug = Boolean(process.env.NEWSMD_DEBUG);
  const log = (m: string) => io.stderr(`${m}\n`);

  const locators = new Locators();
  const totals = emptyCounts();
  const groups: GroupState[] = [];
  const groupOf = (seq: number): GroupState => {
    for (let i = groups.length - 1; i >= 0; i--) if (groups[i].firstSeq <= seq) return groups[i];
    throw new Error(`no group for article ${seq}`);
  };
  const onResult = (r: ArticleResult, source: number) => {
    locators.set(r.seq, source, r.offset, r.length);
    addCounts(totals, r.counts);
    if (r.entry === null) return;
    groupOf(r.seq).index.add(r.seq, r.entry);
  };

  const workers = workerCount(plan.articleCount);
  // Finding a large archive's articles leaves much garbage behind (the walk's lists and paths); a
  // run that then lasts minutes would carry it to the end. Once, before any worker starts.
  if (plan.articleCount >= IN_PROCESS_BELOW) collectGarbage();
  const spillDir = workers > 0 || plan.articleCount > MEMORY_RECORDS_UP_TO ? mkdtempSync(path.join(os.tmpdir(), 'newsmd-check-')) : null;
  const removeSpill = () => {
    if (spillDir) rmSync(spillDir, { recursive: true, force: true });
  };
  // The spill files of a JSON report of an archive run to gigabytes: gone however the run ends.
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const onSignal = (signal: NodeJS.Signals) => {
    removeSpill();
    for (const s of signals) process.removeListener(s, onSignal);
    process.kill(process.pid, signal); // then as if nothing had listened
  };
  if (spillDir) {
    process.once('exit', removeSpill);
    for (const s of signals) process.once(s, onSignal);
  }
  const analyser: Analyser = workers > 0
    ? new WorkerPool(workers, render, spillDir as string, onResult, log, debug)
    : new InProcessAnalyser(render, spillDir && path.join(spillDir, 'main.spill'), onResult, { log: (m) => { if (debug) log(m); } });

  // Workers get the gazetteer texts from the group they open; the main thread then lets them go.
  if (workers > 0) plan.forgetGazetteerTexts();
  try {
    // Pass 1.
    let seq = 0;
    const gazetteers = new Map<string, GazetteerReport>();
    /** Articles whose path could also be a gazetteer's (not `*.news.md`): a file is counted once. */
    const oddPaths = new Set<string>();
    for (const [id, planned] of plan.groups.entries()) {
      const opened: Partial<Awaited<ReturnType<typeof plan.openGroup>>> = await plan.openGroup(planned);
      const settings = opened.settings as AnalysisSettings;
      const hasGazetteer = (opened.gazetteerSources?.length ?? 0) > 0;
      groups.push({ firstSeq: seq, settings, index: new CorpusIndex() });
      const reports = analyser.openGroup(id, opened.gazetteerSources ?? [], settings);
      delete opened.gazetteerSources; // the analyser has them (and lets them go when it can)
      reports.catch(() => {}); // awaited below; a failure also rejects `submit`
      let readable = 0;
      // Each path is let go once read: a million of them are worth freeing as the run goes.
      const list: (PlannedArticle | undefined)[] = planned.articles;
      planned.articles = [];
      for (let i = 0; i < list.length; i++) {
        const a = list[i] as PlannedArticle;
        list[i] = undefined;
        const read = await plan.readArticleBytes(a);
        if (!read) continue;
        readable++;
        if (!read.uri.endsWith('.news.md')) oddPaths.add(read.uri);
        await analyser.submit(seq++, read);
      }
      plan.groupRead(planned, hasGazetteer, readable > 0);
      for (const r of await reports) if (!gazetteers.has(r.uri)) gazetteers.set(r.uri, r);
    }
    await analyser.finish();
    plan.finish();
    const articleCount = seq;

    // The corpus check, per group, on its compact index.
    const extras = new Map<number, ExtraItems>();
    for (const group of groups) {
      const found = group.index.check(group.settings, (d, ranges) => (renderer.shown([d]).length > 0 ? renderer.item(d, ranges) : ''));
      for (const [at, { diagnostics, rendered }] of found) {
        countSeverities(diagnostics, totals);
        extras.set(at, {
          resort: diagnostics.length > 0,
          items: renderer.shown(diagnostics).map((d) => ({ start: d.span.start, code: d.code, item: rendered.get(d) as string })),
        });
      }
      group.index = new CorpusIndex();
    }

    // Pass 2: the report, file by file.
    let wrote = false;
    const writer = new ReportWriter(options.format, (t) => {
      io.stdout(t);
      wrote = true;
    }, version);
    for (let i = 0; i < articleCount; i++) {
      const [source, offset, length] = locators.get(i);
      const record = analyser.record(source, offset, length);
      const extra = extras.get(i);
      writer.file(extra ? mergeItems(record, extra.items, extra.resort) : record);
      if (wrote && io.drained) await io.drained();
      wrote = false;
    }
    let fileCount = articleCount;
    for (const g of gazetteers.values()) {
      writer.file(g.record);
      addCounts(totals, g.counts);
      if (!oddPaths.has(g.uri)) fileCount++;
    }
    const shownCounts: SeverityCounts = options.quiet ? { ...emptyCounts(), error: totals.error } : totals;
    writer.end({ counts: shownCounts, fileCount, color: render.color });

    // A file it cannot read was reported on its own line; the rest were checked (SPEC §7). Only
    // nothing readable at all is "could not run".
    if (plan.skipped > 0 && articleCount === 0) return 2;
    if (totals.error > 0) return 1;
    if (options.maxWarnings !== null && totals.warning > options.maxWarnings) {
      io.stderr(`newsmd: ${totals.warning} warning${totals.warning === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}\n`);
      return 1;
    }
    return 0;
  } finally {
    await analyser.close();
    removeSpill();
    process.removeListener('exit', removeSpill);
    for (const s of signals) process.removeListener(s, onSignal);
  }
}
