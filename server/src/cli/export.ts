import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, prepareGazetteer, type ArticleAnalysis, type GazetteerEntity } from '../core';
import { CSV_COLUMNS, articleToJsonl, csvField, csvRows, toBrat } from '../core/export';
import type { ExportOptions } from './args';
import { InputError } from './files';
import { planInputs, type InputPlan } from './inputs';
import { type Io, inputIo } from './io';

/**
 * `newsmd export`: jsonl and csv go to stdout; brat writes a `.txt`/`.ann` pair per article. None
 * needs anything across articles, so each article is read, analysed, written and dropped in turn
 * (an archive is never held): an article's entities are looked up in its own workspace's
 * gazetteer. brat checks every pair's name from the list of inputs before writing anything.
 */
export async function runExport(options: ExportOptions, io: Io): Promise<number> {
  const plan = await planInputs(options, inputIo(io));
  if (options.format === 'brat') {
    const outDir = options.out as string;
    await checkBratTargets(plan.groups.flatMap((g) => g.articles.map((a) => a.display)), outDir);
    await fs.mkdir(outDir, { recursive: true });
    const written = await forEachAnalysis(plan, io, async (analysis) => {
      const { txt, ann } = toBrat(analysis);
      const base = path.join(outDir, bratBaseName(analysis.article.uri));
      await fs.mkdir(path.dirname(base), { recursive: true });
      await fs.writeFile(`${base}.txt`, txt);
      await fs.writeFile(`${base}.ann`, ann);
    });
    io.stdout(`${written} article${written === 1 ? '' : 's'} exported to ${outDir} (.txt and .ann)\n`);
    // As `check`: an unreadable file was reported on its own line and the rest exported.
    return plan.skipped > 0 && written === 0 ? 2 : 0;
  }
  return streamExport(plan, options.format, io);
}

/**
 * Reads and analyses every readable article of the plan, group by group in input order, and
 * hands each analysis to `use` before reading the next. Returns how many were analysed.
 */
async function forEachAnalysis(
  plan: InputPlan, io: Io, use: (analysis: ArticleAnalysis, lookup: (id: string) => GazetteerEntity | undefined) => Promise<void>,
): Promise<number> {
  const logger = { log: (m: string) => { if (process.env.NEWSMD_DEBUG) io.stderr(`${m}\n`); } };
  let analysed = 0;
  for (const planned of plan.groups) {
    const opened = await plan.openGroup(planned);
    const loaded = prepareGazetteer(opened.gazetteerSources);
    const lookup = (id: string) => loaded.gazetteer.entities.get(id);
    let readable = 0;
    for (const a of planned.articles) {
      const source = await plan.readArticle(a);
      if (!source) continue;
      readable++;
      await use(analyzeArticle(source, loaded, opened.settings, logger), lookup);
    }
    analysed += readable;
    plan.groupRead(planned, opened.gazetteerSources.length > 0, readable > 0);
  }
  plan.finish();
  return analysed;
}

/** jsonl or csv written as the articles are analysed, in input order, with stdout drained. */
async function streamExport(plan: InputPlan, format: 'jsonl' | 'csv', io: Io): Promise<number> {
  let buffer: string[] = [];
  let buffered = 0;
  const flush = () => {
    if (buffer.length > 0) io.stdout(buffer.join(''));
    buffer = [];
    buffered = 0;
  };
  const write = async (text: string) => {
    buffer.push(text);
    buffered += text.length;
    if (buffered >= 1 << 16) {
      flush();
      if (io.drained) await io.drained();
    }
  };
  if (format === 'csv') await write(`${CSV_COLUMNS.join(',')}\r\n`);
  const exported = await forEachAnalysis(plan, io, async (analysis, lookup) => {
    if (format === 'jsonl') await write(`${JSON.stringify(articleToJsonl(analysis))}\n`);
    else for (const row of csvRows(analysis, lookup)) await write(`${CSV_COLUMNS.map((c) => csvField(row[c])).join(',')}\r\n`);
  });
  flush();
  return plan.skipped > 0 && exported === 0 ? 2 : 0;
}

/**
 * The name of an article's pair inside the output folder: its path as shown (given path joined
 * with the path inside a given folder), without `.news.md`, with `..`, `.` and any root or
 * drive dropped so nothing can land outside the output folder.
 */
export function bratBaseName(displayPath: string): string {
  const parts = displayPath.split(/[\\/]+/).filter((p) => p !== '' && p !== '.' && p !== '..' && !/^[A-Za-z]:$/.test(p));
  const file = (parts.pop() ?? '').replace(/\.news\.md$/, '') || 'article';
  return [...parts, file].join('/');
}

async function kindOf(p: string): Promise<'missing' | 'file' | 'directory' | 'other'> {
  try {
    const st = await fs.stat(p);
    return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new InputError(`${p}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Checks every pair's target before the first write, so a clash (two articles with one name, a
 * folder where a file should go) leaves the output folder as it was. Existing `.txt`/`.ann` files
 * of the same names are overwritten — re-running an export refreshes it — and nothing else in the
 * folder is touched.
 */
async function checkBratTargets(displayPaths: readonly string[], outDir: string): Promise<void> {
  const outKind = await kindOf(outDir);
  if (outKind !== 'missing' && outKind !== 'directory') throw new InputError(`${outDir}: not a folder (--out needs a folder)`);

  const byName = new Map<string, string>();
  for (const display of displayPaths) {
    const name = bratBaseName(display);
    const other = byName.get(name);
    if (other !== undefined) throw new InputError(`${other} and ${display} would both be exported as ${name}.txt; export them separately`);
    byName.set(name, display);
  }
  for (const name of byName.keys()) {
    for (const ext of ['.txt', '.ann']) {
      const target = path.join(outDir, name + ext);
      const k = await kindOf(target);
      if (k !== 'missing' && k !== 'file') throw new InputError(`${target}: exists and is not a file`);
    }
  }
}
