// `npm run bench` — measures SPEC §8 on generated, deterministic data and prints one table.
// `npm run bench -- --smoke` runs tiny sizes in a few seconds (no targets), for CI and tests.
// Options: --server PATH (the bundled language server to spawn), --out FILE (also write the report),
// --only index (just the server rows: index cold, typing, index warm, peak memory, the 100,000-article rows; no in-process rows),
// --only huge (just the 100,000-article rows: index cold and warm, peak memory, hover and completion latency),
// --only web (just the browser build's rows: analysis and the sample corpus's index in a Web Worker, beside Node),
// --only core (just the in-process rows: analysis of 1,000-word articles and the gazetteer load, cold and cached).

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliRows } from './cliRuns';
import { analysisRows, fullReanalysisMs, gazetteerRows } from './coreRuns';
import { generateArchive, generateArticle, generateGazetteer } from './generate';
import { scanLimit } from './naive';
import { FULL_SIZES, SMOKE_SIZES, formatTable, passes, type BenchRow, type BenchSizes } from './report';
import { webRows } from './webRuns';
import { hoverAndCompletion, keystrokes, startAndIndex, writeArchive, writeWorkspace } from './serverRuns';
import { median, timeRuns } from './stats';

export interface BenchOptions {
  smoke?: boolean;
  /** The language server entry to spawn; defaults to the one built next to this file. */
  serverPath?: string;
  log?: (line: string) => void;
  /**
   * `index`: only the rows measured through the real server (workspace index cold and warm, the
   * keystroke row, peak memory, the large workspace), without the in-process rows and the naive
   * columns that need them. `huge`: only the rows of the large (100,000-article) workspace.
   */
  only?: 'index' | 'huge' | 'web' | 'core';
}

/** The large workspace of the scaling rows (issue 15): its articles are written one at a time, never held. */
const HUGE_ARTICLES = { full: 100_000, smoke: 60 };
/** Keystrokes timed on the long article: enough for a p95 (the smoke run types a few). */
const FULL_KEYSTROKES = 120;
/** Hovers and completions timed after the large index. */
const LATENCY_SAMPLES = { full: 200, smoke: 20 };

export interface BenchResult {
  rows: BenchRow[];
  machine: string;
  markdown: string;
}

const SEED = 20200108;

/**
 * The browser build's rows: the analysis rows' articles and the sample corpus, in a Web Worker
 * beside Node. Not in the smoke run (it would start Chromium inside the unit tests).
 */
async function browserRows(corpus: ReturnType<typeof generateGazetteer>, sizes: BenchSizes, log: (line: string) => void): Promise<BenchRow[]> {
  const articles = Array.from({ length: 20 }, (_, i) => generateArticle(corpus, 1000, 1000 + i));
  const gazetteerFiles = corpus.gazetteerFiles.map((f) => ({ uri: `file:///bench/${f.name}`, text: f.text }));
  return webRows({ gazetteerFiles, articles, runs: sizes.analysisRuns }, log);
}

export async function runBench(options: BenchOptions = {}): Promise<BenchResult> {
  const sizes: BenchSizes = options.smoke ? SMOKE_SIZES : FULL_SIZES;
  const log = options.log ?? ((line: string) => process.stderr.write(`bench: ${line}\n`));
  const serverPath = options.serverPath ?? path.resolve(__dirname, '../server/src/server.js');
  const loadBefore = os.loadavg()[0];
  const rows: BenchRow[] = [];

  log(`generating ${sizes.gazetteerEntries} gazetteer entries, ${sizes.articles} articles, a ${sizes.longArticleWords}-word article`);
  const corpus = generateGazetteer(sizes.gazetteerEntries, sizes.gazetteerFiles, SEED);
  const articles = options.only === 'huge' ? [] : Array.from({ length: sizes.articles }, (_, i) => generateArticle(corpus, sizes.wordsPerArticle, SEED + i));
  const longText = generateArticle(corpus, sizes.longArticleWords, SEED - 1);

  if (options.only === 'web') {
    rows.push(...await browserRows(corpus, sizes, log));
    const machine = describeMachine(loadBefore, os.loadavg()[0]);
    return { rows, machine, markdown: `${machine}\n\n${formatTable(rows)}\n` };
  }
  if (options.only === 'core') {
    const gazetteer = gazetteerRows(corpus, sizes, log);
    rows.push(...analysisRows(corpus, gazetteer.loaded, sizes, log), ...gazetteer.rows);
    const machine = describeMachine(loadBefore, os.loadavg()[0]);
    return { rows, machine, markdown: `${machine}\n\n${formatTable(rows)}\n` };
  }
  const serverOnly = options.only !== undefined;
  const keystrokeCount = sizes.full ? Math.max(FULL_KEYSTROKES, sizes.keystrokes) : sizes.keystrokes;
  let coldGazetteer: BenchRow | undefined;
  let reanalysis: number | undefined;
  if (!serverOnly) {
    const gazetteer = gazetteerRows(corpus, sizes, log);
    rows.push(...analysisRows(corpus, gazetteer.loaded, sizes, log));
    rows.push(...gazetteer.rows);
    coldGazetteer = gazetteer.rows[0];
    reanalysis = fullReanalysisMs(longText, gazetteer.loaded, Math.max(3, Math.min(sizes.keystrokes, 10)));
  }
  const longScan = median(timeRuns(5, 1, () => scanLimit([longText])));
  const corpusScan = median(timeRuns(3, 1, () => scanLimit([...articles, ...corpus.gazetteerFiles.map((f) => f.text)])));

  const root = mkdtempSync(path.join(os.tmpdir(), 'newsmd-bench-ws-'));
  // The editor's storage folder, outside the workspace, fresh for each run: the cold start finds
  // nothing in it, the warm start finds what the cold one persisted (gazetteer and index).
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'newsmd-bench-cache-'));
  try {
    log(`writing the workspace to ${root}`);
    writeWorkspace(root, { gazetteerFiles: corpus.gazetteerFiles, articles: options.only === 'huge' ? [] : articles });
    if (options.only !== 'huge') await indexRows();
    await hugeRows();
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }

  async function indexRows(): Promise<void> {
    const timeout = sizes.full ? 600_000 : 60_000;

    log(`server: cold start and index of ${sizes.articles} articles (${serverPath})`);
    const cold = await startAndIndex(serverPath, root, timeout, cacheDir);
    log(`server: ${keystrokeCount} keystrokes in the ${sizes.longArticleWords}-word article`);
    const typing = await keystrokes(cold.client, root, longText, keystrokeCount);
    const peak = cold.client.peakRss();
    await cold.client.shutdown();

    log('server: warm start (second start on the same workspace)');
    const warm = await startAndIndex(serverPath, root, timeout, cacheDir);
    const warmPeak = warm.client.peakRss();
    await warm.client.shutdown();

    const naiveIndex = coldGazetteer && cold.ms - coldGazetteer.ms + (coldGazetteer.naiveMs ?? coldGazetteer.ms);
    rows.push(
      {
        step: `keystroke to fresh diagnostics, ${sizes.longArticleWords.toLocaleString('en-US')}-word article (median)`,
        ms: typing.median,
        targetMs: sizes.full ? 50 : undefined,
        naiveMs: reanalysis,
        naive: reanalysis === undefined ? undefined : 'whole-document re-analysis, in process, without LSP',
        scanMs: longScan,
        note: `real server over stdio, pushed diagnostics, debounce 0; p95 ${typing.p95.toFixed(0)} ms over ${typing.runs.length}; ${typing.diagnostics} diagnostics; first open ${typing.openMs.toFixed(0)} ms`,
      },
      {
        step: `keystroke to fresh diagnostics, ${sizes.longArticleWords.toLocaleString('en-US')}-word article (p95)`,
        ms: typing.p95,
        targetMs: sizes.full ? 50 : undefined,
        naiveMs: reanalysis,
        naive: reanalysis === undefined ? undefined : 'whole-document re-analysis, in process, without LSP',
        scanMs: longScan,
        note: `${typing.runs.length} keystrokes; first ${typing.runs[0]?.toFixed(0)} ms, slowest ${Math.max(...typing.runs).toFixed(0)} ms`,
      },
      {
        step: `workspace index of ${sizes.articles.toLocaleString('en-US')} articles, cold`,
        ms: cold.ms,
        targetMs: sizes.full ? 20_000 : undefined,
        naiveMs: naiveIndex,
        naive: naiveIndex === undefined ? undefined : 'same, gazetteer read by `yaml`',
        scanMs: corpusScan,
        note: `real server: spawn → end of its indexing progress (finds files, loads the gazetteer, indexes every article); empty cache folder; last progress: "${cold.lastMessage}"`,
      },
      {
        step: `workspace index of ${sizes.articles.toLocaleString('en-US')} articles, warm`,
        ms: warm.ms,
        targetMs: sizes.full ? 2_000 : undefined,
        naiveMs: cold.ms,
        naive: 'the cold index: nothing kept',
        scanMs: corpusScan,
        note: `real server restarted on the same workspace and cache folder: gazetteer and index read from what the cold start persisted; last progress: "${warm.lastMessage}"`,
      },
      {
        step: 'peak resident memory of the server',
        ms: Math.max(peak ?? 0, warmPeak ?? 0),
        bytes: true,
        targetMs: sizes.full ? 400e6 : undefined,
        note: `VmHWM of the server process through cold index, typing, and warm index; bench process itself ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
      },
    );
  }

  /** Issue 15: a workspace ten times larger, its index cold and warm, the server's memory, and requests after indexing. */
  async function hugeRows(): Promise<void> {
    const count = sizes.full ? HUGE_ARTICLES.full : HUGE_ARTICLES.smoke;
    const hugeRoot = mkdtempSync(path.join(os.tmpdir(), 'newsmd-bench-huge-'));
    const hugeCache = mkdtempSync(path.join(os.tmpdir(), 'newsmd-bench-huge-cache-'));
    const label = count.toLocaleString('en-US');
    try {
      log(`writing a ${label}-article workspace to ${hugeRoot}`);
      writeWorkspace(hugeRoot, { gazetteerFiles: corpus.gazetteerFiles, articles: [] });
      const opened = writeArchive(hugeRoot, generateArchive(corpus, count, sizes.wordsPerArticle, SEED));
      const timeout = sizes.full ? 1_800_000 : 60_000;
      log(`server: cold start and index of ${label} articles`);
      const cold = await startAndIndex(serverPath, hugeRoot, timeout, hugeCache);
      log('server: hovers and completions after indexing');
      const samples = sizes.full ? LATENCY_SAMPLES.full : LATENCY_SAMPLES.smoke;
      const latency = await hoverAndCompletion(cold.client, opened, corpus.entities.filter((e) => e.kind !== 'figure'), samples);
      // The index is written once the editor is quiet (see the server's `quietTask`); at shutdown
      // it is written at once, but the client kills a server that takes over ~10 s to exit, so a
      // 100,000-article index was never written and the warm row indexed everything again.
      await indexWritten(hugeCache, sizes.full ? 300_000 : 30_000);
      const coldPeak = cold.client.peakRss();
      await cold.client.shutdown();
      log('server: warm start on the large workspace');
      const warm = await startAndIndex(serverPath, hugeRoot, timeout, hugeCache);
      const warmPeak = warm.client.peakRss();
      await warm.client.shutdown();
      rows.push(
        { step: `workspace index of ${label} articles, cold`, standalone: true, ms: cold.ms, note: `as the 10,000-article row; last progress: "${cold.lastMessage}"` },
        { step: `workspace index of ${label} articles, warm`, standalone: true, ms: warm.ms, naiveMs: cold.ms, naive: 'the cold index: nothing kept', note: `last progress: "${warm.lastMessage}"` },
        {
          step: `peak resident memory of the server, ${label} articles`,
          ms: Math.max(coldPeak ?? 0, warmPeak ?? 0),
          bytes: true,
          targetMs: sizes.full ? 400e6 : undefined,
          note: `VmHWM through the cold index, ${samples} hovers and completions, and the warm index; cold ${((coldPeak ?? 0) / 1e6).toFixed(0)} MB, warm ${((warmPeak ?? 0) / 1e6).toFixed(0)} MB`,
        },
        {
          step: `hover after indexing ${label} articles (median)`,
          standalone: true,
          ms: latency.hover.median,
          note: `p95 ${latency.hover.p95.toFixed(1)} ms over ${latency.hover.runs}, on ${opened.length} opened articles (each one's first hover analyses it)`,
        },
        {
          step: `completion after \`{@\` with ${sizes.gazetteerEntries.toLocaleString('en-US')} entries (median)`,
          standalone: true,
          ms: latency.completion.median,
          note: `p95 ${latency.completion.p95.toFixed(1)} ms over ${latency.completion.runs}; prefixes of ids and names, 0–5 characters; ${latency.completion.items} items on average`,
        },
      );
    } finally {
      rmSync(hugeRoot, { recursive: true, force: true });
      rmSync(hugeCache, { recursive: true, force: true });
    }
  }

  if (options.only === undefined) rows.push(...await cliRows({ sizes, seed: SEED, log, corpus }));
  if (!options.smoke && options.only === undefined) rows.push(...await browserRows(corpus, sizes, log));

  const machine = describeMachine(loadBefore, os.loadavg()[0]);
  const markdown = `${machine}\n\n${formatTable(rows)}\n`;
  return { rows, machine, markdown };
}

/** Waits until a workspace index file is in `cacheDir` (or `timeoutMs` passed). */
async function indexWritten(cacheDir: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end && !readdirSync(cacheDir).some((name) => /^index-[0-9a-f]+\.v8$/.test(name))) await new Promise((r) => setTimeout(r, 500));
}

function describeMachine(loadBefore: number, loadAfter: number): string {
  let cpu = 'unknown CPU';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    cpu = os.cpus()[0]?.model ?? cpu;
  }
  return `Run ${new Date().toISOString()} on ${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ` +
    `load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after.`;
}

async function main(argv: string[]): Promise<void> {
  const at = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i === -1 ? undefined : argv[i + 1];
  };
  const only = at('--only');
  if (only !== undefined && only !== 'index' && only !== 'huge' && only !== 'web' && only !== 'core') {
    throw new Error(`--only ${only}: the subsets are \`index\`, \`huge\`, \`web\` and \`core\``);
  }
  const result = await runBench({ smoke: argv.includes('--smoke'), serverPath: at('--server'), only });
  process.stdout.write(result.markdown);
  const out = at('--out');
  if (out) {
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    writeFileSync(out, result.markdown);
  }
  const failed = result.rows.filter((r) => passes(r) === false).length;
  process.stdout.write(failed === 0 ? '\nAll targets met.\n' : `\n${failed} target(s) missed.\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
}
