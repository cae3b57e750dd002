// `newsmd check` at archive scale: a generated archive of articles written to a temp folder, the
// bundled command line run on it as a child process, its wall time and peak resident memory.
//
// Standalone: `node .cache/bench/bench/run.js …` runs these rows with the others; for a quick look
// at one size, compile and run `node <out>/bench/cliRuns.js --articles 20000 [--cli dist/cli.js]`.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateArchive, generateGazetteer, type GeneratedCorpus } from './generate';
import { FULL_SIZES, SMOKE_SIZES, formatTable, type BenchRow, type BenchSizes } from './report';

/** How many articles each row checks. */
export interface CliSizes {
  /** The archive: the big row checks all of it. */
  articles: number;
  /** The smaller row checks the first this many (same folders), for comparison with older runs. */
  smallArticles: number;
  wordsPerArticle: number;
  /** Whether rows get SPEC-style targets (full runs only). */
  full: boolean;
}

export const FULL_CLI_SIZES: CliSizes = { articles: 100_000, smallArticles: 10_000, wordsPerArticle: 400, full: true };
/** Enough articles for the worker pool to start (the CLI runs in process under 200). */
export const SMOKE_CLI_SIZES: CliSizes = { articles: 400, smallArticles: 100, wordsPerArticle: 120, full: false };

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
    const r = spawnSync(process.execPath, [
      esbuild, path.join(repo, 'server', 'src', 'cli', 'main.ts'), '--bundle', '--platform=node', '--target=node20', '--format=cjs',
      '--log-level=warning', `--outfile=${outfile}`, '--define:import.meta.url=__newsmdImportMetaUrl',
      "--banner:js=const __newsmdImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    ], { cwd: repo, encoding: 'utf8' });
    if (r.status === 0) return outfile;
    log(`esbuild failed (${r.stderr.trim().split('\n')[0] ?? r.status}); using dist/cli.js`);
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

/** The folders `writeArchive` puts the first `count` articles in (500 a folder). */
export function archiveFolders(count: number): string[] {
  return Array.from({ length: Math.ceil(count / 500) }, (_, i) => `articles/batch-${String(i).padStart(3, '0')}`);
}

/**
 * Writes the gazetteer and `count` generated articles under `root` as the workspace bench does
 * (gazetteer/*.yaml, articles/batch-NNN/report-NNNNN.news.md), one article at a time, so the
 * bench never holds the archive.
 */
export function writeArchive(root: string, corpus: GeneratedCorpus, count: number, words: number, seed: number): void {
  mkdirSync(path.join(root, 'gazetteer'), { recursive: true });
  for (const f of corpus.gazetteerFiles) writeFileSync(path.join(root, 'gazetteer', f.name), f.text);
  let folder = '';
  for (const { index, text } of generateArchive(corpus, count, words, seed)) {
    if (index % 500 === 0) {
      folder = path.join(root, archiveFolders(index + 1)[index / 500]);
      mkdirSync(folder, { recursive: true });
    }
    writeFileSync(path.join(folder, `report-${String(index).padStart(6, '0')}.news.md`), text);
  }
}

function perSecond(count: number, ms: number): string {
  return `${Math.round(count / (ms / 1000)).toLocaleString('en-US')} articles/s`;
}

/**
 * The rows: `newsmd check` (text output) on the smaller and the whole archive, and the peak
 * resident memory of the whole-archive run, against the gazetteer of the other rows.
 */
export async function cliRows(options: {
  sizes: BenchSizes;
  cliSizes?: CliSizes;
  seed: number;
  log: (line: string) => void;
  repo: string;
  cacheDir: string;
  cliPath?: string;
  corpus?: GeneratedCorpus;
}): Promise<BenchRow[]> {
  const { sizes, log } = options;
  const cliSizes = options.cliSizes ?? (sizes.full ? FULL_CLI_SIZES : SMOKE_CLI_SIZES);
  const cli = options.cliPath ?? bundleCli(options.repo, options.cacheDir, log);
  const corpus = options.corpus ?? generateGazetteer(sizes.gazetteerEntries, sizes.gazetteerFiles, options.seed);
  const root = mkdtempSync(path.join(os.tmpdir(), 'newsmd-bench-archive-'));
  try {
    log(`cli: writing an archive of ${cliSizes.articles.toLocaleString('en-US')} articles to ${root}`);
    writeArchive(root, corpus, cliSizes.articles, cliSizes.wordsPerArticle, options.seed);
    const rows: BenchRow[] = [];
    for (const count of [cliSizes.smallArticles, cliSizes.articles]) {
      log(`cli: newsmd check on ${count.toLocaleString('en-US')} articles (${cli})`);
      const run = await runCliMeasured(cli, ['check', ...(count === cliSizes.articles ? ['articles'] : archiveFolders(count))], root);
      if (run.status !== 0 && run.status !== 1) throw new Error(`newsmd check exited ${run.status}: ${run.stderr}`);
      const whole = count === cliSizes.articles;
      rows.push({
        step: `\`newsmd check\` of ${count.toLocaleString('en-US')} articles (text output)`,
        ms: run.ms,
        note: `${perSecond(count, run.ms)}; peak RSS ${(run.peakRss / 1e6).toFixed(0)} MB; bundled CLI as a child process, ` +
          `${sizes.gazetteerEntries.toLocaleString('en-US')}-entry gazetteer, ${cliSizes.wordsPerArticle}-word articles, ` +
          `${os.availableParallelism()} cores; "${run.summary}"`,
      });
      if (whole) {
        rows.push({
          step: `peak resident memory of \`newsmd check\`, ${count.toLocaleString('en-US')} articles`,
          ms: run.peakRss,
          bytes: true,
          targetMs: cliSizes.full ? CLI_PEAK_RSS_TARGET : undefined,
          note: 'maxRSS of the CLI process (main thread and its worker threads), from process.resourceUsage() at exit',
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
  let repo = __dirname;
  while (!existsSync(path.join(repo, 'server', 'package.json'))) repo = path.dirname(repo);
  const cacheDir = path.join(repo, '.cache', 'bench');
  const rows = await cliRows({
    sizes, cliSizes, seed: 20200108, repo, cacheDir, cliPath: at('--cli'),
    log: (line) => process.stderr.write(`bench: ${line}\n`),
  });
  process.stdout.write(`${formatTable(rows)}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
}
