// `newsmd check` at archive scale: a generated archive of articles written to a temp folder, the
// bundled command line run on it as a child process, its wall time and peak resident memory.
//
// `npm run bench` runs these rows with the others (not with --only); for a quick look at one size,
// compile and run `node <out>/bench/cliRuns.js [--smoke] [--articles 20000] [--cli dist/cli.js]`.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateArchive, generateGazetteer, type GeneratedCorpus } from './generate';
import { FULL_SIZES, SMOKE_SIZES, formatTable, type BenchRow, type BenchSizes } from './report';
import { workerCount } from '../server/src/cli/checkPool';

/** How many articles each row checks. */
export interface CliSizes {
  /** The archive: the big row checks all of it. */
  articles: number;
  /** The smaller row checks the first this many (same folders), for comparison with older runs. */
  smallArticles: number;
  wordsPerArticle: number;
  /** Articles per folder (the smaller row checks whole folders). */
  perFolder: number;
  /** Whether rows get SPEC-style targets (full runs only). */
  full: boolean;
}

export const FULL_CLI_SIZES: CliSizes = { articles: 100_000, smallArticles: 10_000, wordsPerArticle: 400, perFolder: 500, full: true };
/** Enough articles for the worker pool to start (the CLI runs in process under 200). */
export const SMOKE_CLI_SIZES: CliSizes = { articles: 400, smallArticles: 100, wordsPerArticle: 120, perFolder: 50, full: false };

/** Peak resident memory the CLI may use on the 100,000-article archive (issue 15). */
export const CLI_PEAK_RSS_TARGET = 400e6;

export interface CliRun {
  ms: number;
  /** Peak resident set size of the CLI process (all its threads), bytes. */
  peakRss: number;
  status: number | null;
  stdoutBytes: number;
  /** The last line of text output (the summary), when the format is text. */
  summary: string;
  stderr: string;
}

/**
 * Bundles the CLI from the current sources the way `npm run build` bundles dist/cli.js (esbuild,
 * one CommonJS file whose worker threads run the same file), into `outDir`. Falls back to the
 * repository's dist/cli.js when esbuild cannot be run.
 */
export function bundleCli(repo: string, outDir: string, log: (line: string) => void): string {
  const outfile = path.join(outDir, 'cli', 'cli.js');
  const esbuild = path.join(repo, 'node_modules', 'esbuild', 'bin', 'esbuild');
  if (existsSync(esbuild)) {
    // The package's bin is the native executable (or a shebang script standing for it).
    const r = spawnSync(esbuild, [
      path.join(repo, 'server', 'src', 'cli', 'main.ts'), '--bundle', '--platform=node', '--target=node20', '--format=cjs',
      '--log-level=warning', `--outfile=${outfile}`, '--define:import.meta.url=__newsmdImportMetaUrl',
      "--banner:js=const __newsmdImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    ], { cwd: repo, encoding: 'utf8' });
    if (r.status === 0) return outfile;
    log(`esbuild failed (${(r.stderr ?? '').trim().split('\n')[0] || r.error?.message || r.status}); using dist/cli.js`);
  }
  const built = path.join(repo, 'dist', 'cli.js');
  if (!existsSync(built)) throw new Error('no CLI bundle: run `npm run build` first');
  return built;
}

/**
 * Runs `node <cli> check ARGS` in `cwd`, stdout counted and dropped, and measures it. The child
 * loads the bundle through a two-line launcher that records `process.resourceUsage().maxRSS` as
 * it exits: the peak of the whole process, worker threads included (they share it).
 */
export function runCliMeasured(cli: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 1_800_000): Promise<CliRun> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'newsmd-bench-cli-'));
  const rssFile = path.join(scratch, 'maxrss');
  const launcher = path.join(scratch, 'launch.js');
  writeFileSync(launcher,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS * 1024)));\n` +
    `require(${JSON.stringify(path.resolve(cli))}).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n`);
  return new Promise<CliRun>((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [launcher, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutBytes = 0;
    let tail = '';
    const stderr: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      tail = (tail + chunk.toString('utf8')).slice(-400);
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      let peakRss = 0;
      try {
        peakRss = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        peakRss = 0;
      }
      rmSync(scratch, { recursive: true, force: true });
      const lines = tail.trimEnd().split('\n');
      resolve({ ms, peakRss, status, stdoutBytes, summary: lines[lines.length - 1] ?? '', stderr: stderr.join('').slice(-2000) });
    });
  });
}

/** The folders `writeCliArchive` puts the first `count` articles in, `perFolder` a folder. */
export function archiveFolders(count: number, perFolder: number): string[] {
  return Array.from({ length: Math.ceil(count / perFolder) }, (_, i) => `articles/batch-${String(i).padStart(4, '0')}`);
}

/**
 * Writes the gazetteer and `count` generated articles under `root` as the workspace bench does
 * (gazetteer/*.yaml, articles/batch-NNN/report-NNNNN.news.md), one article at a time, so the
 * bench never holds the archive.
 */
export function writeCliArchive(root: string, corpus: GeneratedCorpus, count: number, words: number, seed: number, perFolder = 500): void {
  mkdirSync(path.join(root, 'gazetteer'), { recursive: true });
  for (const f of corpus.gazetteerFiles) writeFileSync(path.join(root, 'gazetteer', f.name), f.text);
  let folder = '';
  for (const { index, text } of generateArchive(corpus, count, words, seed)) {
    if (index % perFolder === 0) {
      folder = path.join(root, archiveFolders(index + 1, perFolder)[index / perFolder]);
      mkdirSync(folder, { recursive: true });
    }
    writeFileSync(path.join(folder, `report-${String(index).padStart(6, '0')}.news.md`), text);
  }
}

function perSecond(count: number, ms: number): string {
  return `${Math.round(count / (ms / 1000)).toLocaleString('en-US')} articles/s`;
}

/** The repository root, above this file (compiled into out/ or bundled into .cache/bench/). */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'server', 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('repository root not found');
    dir = parent;
  }
  return dir;
}

/**
 * The rows (issue 15): `newsmd check` (text output) on part of the archive and on all of it, and
 * the peak resident memory of the whole-archive runs (the default pool of worker threads, and one
 * worker), with the gazetteer of the other rows. The CLI is bundled from the current sources
 * into .cache/bench/cli/ (or `cliPath`).
 */
export async function cliRows(options: {
  sizes: BenchSizes;
  seed: number;
  log: (line: string) => void;
  corpus?: GeneratedCorpus;
  cliSizes?: CliSizes;
  cliPath?: string;
}): Promise<BenchRow[]> {
  const { sizes, log } = options;
  const cliSizes = options.cliSizes ?? (sizes.full ? FULL_CLI_SIZES : SMOKE_CLI_SIZES);
  const repo = repoRoot();
  const cli = options.cliPath ?? bundleCli(repo, path.join(repo, '.cache', 'bench'), log);
  const corpus = options.corpus ?? generateGazetteer(sizes.gazetteerEntries, sizes.gazetteerFiles, options.seed);
  const root = mkdtempSync(path.join(os.tmpdir(), 'newsmd-bench-archive-'));
  try {
    log(`cli: writing an archive of ${cliSizes.articles.toLocaleString('en-US')} articles to ${root}`);
    writeCliArchive(root, corpus, cliSizes.articles, cliSizes.wordsPerArticle, options.seed, cliSizes.perFolder);
    const rows: BenchRow[] = [];
    // The smaller part and the whole archive with the default pool (one worker per core, up to
    // 4), then the whole archive with one worker thread: the memory floor of a parallel run.
    const runs = [
      { count: cliSizes.smallArticles, workers: undefined },
      { count: cliSizes.articles, workers: undefined },
      { count: cliSizes.articles, workers: '1' },
    ];
    for (const { count, workers } of runs) {
      const label = count.toLocaleString('en-US');
      const whole = count === cliSizes.articles;
      const how = workers === undefined ? '' : ', one worker thread';
      log(`cli: newsmd check on ${label} articles${how} (${cli})`);
      const run = await runCliMeasured(cli, ['check', ...(whole ? ['articles'] : archiveFolders(count, cliSizes.perFolder))], root,
        workers === undefined ? {} : { NEWSMD_WORKERS: workers });
      if (run.status !== 0 && run.status !== 1) throw new Error(`newsmd check exited ${run.status}: ${run.stderr}`);
      const threads = workerCount(count, workers ?? process.env.NEWSMD_WORKERS);
      const pool = threads === 0 ? 'analysed in the main thread (a small run)' : `${threads} worker thread${threads === 1 ? '' : 's'}${workers === undefined ? ' (the default pool)' : ' (NEWSMD_WORKERS=1)'}`;
      rows.push({
        step: `\`newsmd check\` of ${label} articles (text output${how})`,
        standalone: true,
        ms: run.ms,
        note: `${perSecond(count, run.ms)}, peak RSS ${(run.peakRss / 1e6).toFixed(0)} MB; the bundled CLI as a child process on ${os.availableParallelism()} cores, ` +
          `${pool}; ${sizes.gazetteerEntries.toLocaleString('en-US')}-entry gazetteer, ${cliSizes.wordsPerArticle}-word articles; "${run.summary}"`,
      });
      if (whole) {
        rows.push({
          step: `peak resident memory of \`newsmd check\`, ${label} articles${how}`,
          ms: run.peakRss,
          bytes: true,
          targetMs: cliSizes.full ? CLI_PEAK_RSS_TARGET : undefined,
          note: 'maxRSS of the CLI process, main thread and worker threads together (process.resourceUsage() at exit)',
        });
      }
    }
    return rows;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<void> {
  const at = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i === -1 ? undefined : argv[i + 1];
  };
  const smoke = argv.includes('--smoke');
  const sizes = smoke ? SMOKE_SIZES : FULL_SIZES;
  const base = smoke ? SMOKE_CLI_SIZES : FULL_CLI_SIZES;
  const articles = Number(at('--articles') ?? base.articles);
  const cliSizes: CliSizes = { ...base, articles, smallArticles: Math.min(base.smallArticles, articles) };
  const rows = await cliRows({
    sizes, cliSizes, seed: 20200108, cliPath: at('--cli'),
    log: (line) => process.stderr.write(`bench: ${line}\n`),
  });
  process.stdout.write(`${formatTable(rows)}\n`);
}

// Bundled into .cache/bench/bench/run.js, every module shares the bundle's `module`, so the test
// alone would also start these rows beside `npm run bench -- --only huge`: the file name decides.
if (require.main === module && /cliRuns\.[jt]s$/.test(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
}
