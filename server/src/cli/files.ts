import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { type SourceFile, compareGazetteerPaths, isGazetteerPath } from '../core';

/** A file the command line could not use, reported as one line on stderr. */
export class InputError extends Error {}

const ARTICLE_SUFFIX = '.news.md';
/** Refuse files so big they can only be a mistake; the core handles anything smaller. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.cache', 'out', 'dist']);

export interface FoundFile {
  /** The path as shown to the user: the given path, joined with the path inside a given folder. */
  display: string;
  absolute: string;
}

export function isArticlePath(p: string): boolean {
  return p.endsWith(ARTICLE_SUFFIX);
}


function joinDisplay(given: string, rel: string): string {
  if (given === '.' || given === './') return rel;
  return given.endsWith('/') ? given + rel : `${given}/${rel}`;
}

async function statOrThrow(p: string) {
  try {
    return await fs.stat(p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${p}: no such file or directory` : `${p}: cannot read (${code ?? 'error'})`);
  }
}

async function walk(dir: string, rel: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(path.join(dir, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const childRel = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(dir, childRel, out);
    } else if (e.isFile() && isArticlePath(e.name)) {
      out.push(childRel);
    }
  }
}

/** Articles named by the user: files as given, folders searched recursively. */
export async function findArticles(paths: string[]): Promise<{ articles: FoundFile[]; folders: string[] }> {
  const articles: FoundFile[] = [];
  const folders: string[] = [];
  for (const given of paths) {
    const st = await statOrThrow(given);
    if (st.isDirectory()) {
      folders.push(given);
      const rels: string[] = [];
      await walk(path.resolve(given), '', rels);
      for (const rel of rels) articles.push({ display: joinDisplay(given, rel), absolute: path.resolve(given, rel) });
    } else {
      articles.push({ display: given, absolute: path.resolve(given) });
    }
  }
  return { articles: dedupe(articles), folders };
}

/**
 * Gazetteer files of a folder (non-recursive, SPEC §3 names), in a stable order that decides
 * which definition of a duplicated id comes first: `gazetteer.yaml`, then `*.gazetteer.yaml`,
 * then `gazetteer/*.yaml`, each group alphabetical.
 */
export async function findGazetteers(folder: string, displayBase: string): Promise<FoundFile[]> {
  const abs = path.resolve(folder);
  const top = await listFiles(abs);
  const inner = top.dirs.includes('gazetteer') ? (await listFiles(path.join(abs, 'gazetteer'))).files.map((f) => `gazetteer/${f}`) : [];
  return [...top.files, ...inner]
    .filter(isGazetteerPath)
    .sort(compareGazetteerPaths)
    .map((rel) => ({ display: joinDisplay(displayBase, rel), absolute: path.join(abs, rel) }));
}

async function listFiles(dir: string): Promise<{ files: string[]; dirs: string[] }> {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return { files: entries.filter((e) => e.isFile()).map((e) => e.name), dirs: entries.filter((e) => e.isDirectory()).map((e) => e.name) };
  } catch {
    return { files: [], dirs: [] };
  }
}

export function dedupe(files: FoundFile[]): FoundFile[] {
  const seen = new Set<string>();
  return files.filter((f) => (seen.has(f.absolute) ? false : (seen.add(f.absolute), true)));
}

/**
 * Reads a file as text for the core. A binary article (NUL bytes) is refused with a clear error
 * rather than analysed as gibberish; gazetteers pass through (`allowBinary`) because the core
 * reports their bad bytes as a positioned `gazetteer-syntax` diagnostic. Invalid UTF-8 is decoded
 * with replacement characters.
 */
export async function readSource(file: FoundFile, options: { allowBinary?: boolean } = {}): Promise<SourceFile> {
  const st = await statOrThrow(file.display);
  if (!st.isFile()) throw new InputError(`${file.display}: not a regular file`);
  if (st.size > MAX_FILE_BYTES) throw new InputError(`${file.display}: too large (${st.size} bytes; the limit is ${MAX_FILE_BYTES})`);
  const bytes = await fs.readFile(file.absolute);
  if (!options.allowBinary && bytes.includes(0)) throw new InputError(`${file.display}: binary content (NUL bytes), not a text file`);
  return { uri: file.display, text: new TextDecoder('utf-8').decode(bytes) };
}
