import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, prepareGazetteer, type ArticleAnalysis } from '../core';
import { CSV_COLUMNS, articleToJsonl, csvField, csvRows, toBrat, toCsv } from '../core/export';
import type { ExportOptions } from './args';
import { checkGroups } from './checkGroups';
import { InputError } from './files';
import { planInputs, readAllInputs, type InputPlan } from './inputs';
import { type Io, inputIo } from './io';

/**
 * `newsmd export`: jsonl and csv go to stdout; brat writes a `.txt`/`.ann` pair per article.
 * jsonl and csv need nothing across articles, so they are written article by article as each is
 * read and analysed (an archive is never held); brat checks every name before writing anything,
 * and a csv over several workspace roots looks entities up in every root's gazetteer, so those
 * read everything first, as before.
 */
export async function runExport(options: ExportOptions, io: Io): Promise<number> {
  const plan = await planInputs(options, inputIo(io));
  if (options.format === 'jsonl' || (options.format === 'csv' && plan.groups.length <= 1)) return streamExport(plan, options.format, io);

  const { groups, skipped } = await readAllInputs(plan);
  const result = checkGroups(groups, io);

  switch (options.format) {
    case 'csv':
      io.stdout(toCsv(result.articles, result.entities));
      break;
    case 'brat': {
      const written = await writeBrat(result.articles, options.out as string);
      io.stdout(`${written} article${written === 1 ? '' : 's'} exported to ${options.out} (.txt and .ann)\n`);
      break;
    }
  }
  // As `check`: an unreadable file was reported on its own line and the rest exported.
  return skipped > 0 && result.articles.length === 0 ? 2 : 0;
}

/** jsonl or csv (one workspace root) written as the articles are analysed, in input order. */
async function streamExport(plan: InputPlan, format: 'jsonl' | 'csv', io: Io): Promise<number> {
  const logger = { log: (m: string) => { if (process.env.NEWSMD_DEBUG) io.stderr(`${m}\n`); } };
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
  let exported = 0;
  for (const planned of plan.groups) {
    const opened = await plan.openGroup(planned);
    const loaded = prepareGazetteer(opened.gazetteerSources);
    const lookup = (id: string) => loaded.gazetteer.entities.get(id);
    let readable = 0;
    for (const a of planned.articles) {
      const source = await plan.readArticle(a);
      if (!source) continue;
      readable++;
      const analysis = analyzeArticle(source, loaded, opened.settings, logger);
      if (format === 'jsonl') await write(`${JSON.stringify(articleToJsonl(analysis))}\n`);
      else for (const row of csvRows(analysis, lookup)) await write(`${CSV_COLUMNS.map((c) => csvField(row[c])).join(',')}\r\n`);
    }
    exported += readable;
    plan.groupRead(planned, opened.gazetteerSources.length > 0, readable > 0);
  }
  plan.finish();
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
 * Writes the pairs. Every target is checked before the first write, so a clash (two articles
 * with one name, a folder where a file should go) leaves the output folder as it was. Existing
 * `.txt`/`.ann` files of the same names are overwritten — re-running an export refreshes it —
 * and nothing else in the folder is touched.
 */
async function writeBrat(articles: ArticleAnalysis[], outDir: string): Promise<number> {
  const outKind = await kindOf(outDir);
  if (outKind !== 'missing' && outKind !== 'directory') throw new InputError(`${outDir}: not a folder (--out needs a folder)`);

  const byName = new Map<string, string>();
  for (const a of articles) {
    const name = bratBaseName(a.article.uri);
    const other = byName.get(name);
    if (other !== undefined) throw new InputError(`${other} and ${a.article.uri} would both be exported as ${name}.txt; export them separately`);
    byName.set(name, a.article.uri);
  }
  for (const name of byName.keys()) {
    for (const ext of ['.txt', '.ann']) {
      const target = path.join(outDir, name + ext);
      const k = await kindOf(target);
      if (k !== 'missing' && k !== 'file') throw new InputError(`${target}: exists and is not a file`);
    }
  }

  await fs.mkdir(outDir, { recursive: true });
  for (const a of articles) {
    const { txt, ann } = toBrat(a);
    const base = path.join(outDir, bratBaseName(a.article.uri));
    await fs.mkdir(path.dirname(base), { recursive: true });
    await fs.writeFile(`${base}.txt`, txt);
    await fs.writeFile(`${base}.ann`, ann);
  }
  return articles.length;
}
