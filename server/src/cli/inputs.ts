import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { type AnalysisSettings, type SourceFile, withDefaults } from '../core';
import {
  type WorkspaceConfig, Workspaces, applyConfig, configGazetteerEntries, describeFsError, expandGlob, isGlob, readConfigFile, resolveGazetteerPaths,
} from '../workspace';
import type { InputOptions } from './args';
import { InputError, UnreadableError, dedupe, readSource, sourceFromBytes, type FoundFile } from './files';

/** The articles of one workspace root, with that root's gazetteer and settings. */
export interface InputGroup {
  root: string;
  settings: AnalysisSettings;
  gazetteerSources: SourceFile[];
  articleSources: SourceFile[];
}

export interface LoadedInputs {
  groups: InputGroup[];
  /** Files that could not be read (already reported on stderr). */
  skipped: number;
}

export interface InputIo {
  stderr(text: string): void;
  readStdin(): Promise<Buffer>;
  cwd: string;
}

interface Article extends FoundFile {
  root: string;
  stdin?: boolean;
}

/** How a found path is shown: relative to the current directory with `/` when inside it, else absolute. */
function shown(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return abs;
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

function joinDisplay(given: string, rel: string): string {
  if (given === '.' || given === './') return rel;
  return given.endsWith('/') ? given + rel : `${given}/${rel}`;
}

/**
 * Reads what `check` and `export` work on (SPEC §7): the articles named by PATHs, folders and
 * globs (grouped by workspace root), each root's configuration, and its gazetteer — named by
 * `--gazetteer`, else by the configuration, else found under the root. A missing path or a
 * gazetteer named that cannot be read throws InputError before anything is checked; an
 * unreadable article is reported and skipped.
 */
export async function loadInputs(options: InputOptions, io: InputIo): Promise<LoadedInputs> {
  const note = (m: string) => io.stderr(`newsmd: ${m}\n`);
  let config: WorkspaceConfig | undefined;
  if (options.config !== null) {
    config = await readConfigFile(path.resolve(io.cwd, options.config));
    if (config.problems.some((p) => p.startsWith('cannot read'))) throw new InputError(`${options.config}: ${config.problems[0]}`);
  }
  const ws = new Workspaces({ fallbackRoot: io.cwd, noConfig: options.noConfig, config });

  // Without a `.newsmd.yaml` or `.git` above it, an article's root is the current directory — if
  // the article is inside it. Otherwise the folder named on the command line (or the file's
  // folder), as if the editor had opened it: never some unrelated tree the current directory holds.
  const fallbackFor = (dir: string): string => {
    const r = path.relative(io.cwd, dir);
    return r === '' || (!r.startsWith('..') && !path.isAbsolute(r)) ? io.cwd : dir;
  };
  const rootOf = (dir: string) => ws.rootOf(dir, fallbackFor(dir));
  const articles: Article[] = [];
  let skipped = 0;
  const unreadable = (display: string, reason: string) => {
    io.stderr(`${display}: cannot read: ${reason}\n`);
    skipped++;
  };
  for (const given of options.paths) {
    if (given === '-') {
      const name = options.stdinFilename ?? '<stdin>';
      const absolute = path.resolve(io.cwd, name);
      articles.push({ display: name, absolute, root: await rootOf(path.dirname(absolute)), stdin: true });
      continue;
    }
    const absolute = path.resolve(io.cwd, given);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (err) {
      if (isGlob(given)) {
        const matches = await expandGlob(given, io.cwd);
        let kept = 0;
        for (const m of matches) {
          const abs = path.resolve(io.cwd, m);
          const root = await rootOf(path.dirname(abs));
          if ((await ws.rulesAt(path.dirname(abs), root)).ignores(abs, false)) continue;
          articles.push({ display: m, absolute: abs, root });
          kept++;
        }
        if (kept === 0) note(`${given}: no article matches`);
        continue;
      }
      throw new InputError(`${given}: ${describeFsError(err)}`);
    }
    if (stat.isDirectory()) {
      const found = await ws.articlesIn(absolute, (dir, reason) => unreadable(joinDisplay(given, shown(absolute, dir)), reason), undefined, fallbackFor(absolute));
      for (const a of found) articles.push({ display: joinDisplay(given, path.relative(absolute, a.file).split(path.sep).join('/')), absolute: a.file, root: a.root });
    } else {
      // A file named on the command line is checked whatever its name, even if ignored.
      articles.push({ display: given, absolute, root: await rootOf(path.dirname(absolute)) });
    }
  }

  // One group per workspace root, in the order their first article was named.
  const byRoot = new Map<string, Article[]>();
  for (const a of dedupe(articles)) {
    const list = byRoot.get(a.root);
    if (list) list.push(a);
    else byRoot.set(a.root, [a]);
  }

  const gazetteerTexts = new Map<string, SourceFile>();
  const named = options.gazetteers.length > 0
    ? await resolveGazetteerPaths(options.gazetteers, io.cwd, (entry, reason) => { throw new InputError(`${entry}: ${reason}`); })
    : null;

  const groups: InputGroup[] = [];
  const reportedConfigs = new Set<string>();
  const withoutGazetteer: string[] = [];
  for (const [root, group] of byRoot) {
    const rootConfig = await ws.configOf(root);
    if (rootConfig.file && !reportedConfigs.has(rootConfig.file)) {
      reportedConfigs.add(rootConfig.file);
      for (const p of rootConfig.problems) note(`${shown(io.cwd, rootConfig.file)}: ${p}`);
    }
    let gazetteers: FoundFile[];
    if (named) {
      gazetteers = named.map((g) => ({ display: g.entry, absolute: g.file }));
    } else if (rootConfig.gazetteer) {
      const configName = shown(io.cwd, rootConfig.file ?? root);
      const entries = configGazetteerEntries(rootConfig, root, (entry, reason) => {
        throw new InputError(`${configName}: gazetteer ${entry}: ${reason}`);
      }) ?? [];
      gazetteers = (await resolveGazetteerPaths(entries, root, (entry, reason) => {
        throw new InputError(`${shown(io.cwd, path.resolve(root, entry))} (gazetteer in ${configName}): ${reason}`);
      })).map((g) => ({ display: shown(io.cwd, g.file), absolute: g.file }));
    } else {
      gazetteers = (await ws.discoveredGazetteers(root)).map((file) => ({ display: shown(io.cwd, file), absolute: file }));
    }

    const gazetteerSources: SourceFile[] = [];
    for (const g of dedupe(gazetteers)) {
      let source = gazetteerTexts.get(g.absolute);
      if (!source) {
        try {
          source = await readSource(g, { allowBinary: true });
        } catch (err) {
          if (!(err instanceof UnreadableError)) throw err;
          // A gazetteer the user named must be readable; one merely found is reported and skipped.
          if (named || rootConfig.gazetteer) throw new InputError(err.message);
          unreadable(err.path, err.reason);
          continue;
        }
        gazetteerTexts.set(g.absolute, source);
      }
      gazetteerSources.push(source);
    }

    const articleSources: SourceFile[] = [];
    for (const a of group) {
      try {
        articleSources.push(a.stdin ? sourceFromBytes(a.display, await io.readStdin()) : await readSource(a));
      } catch (err) {
        if (!(err instanceof UnreadableError)) throw err;
        unreadable(err.path, err.reason);
      }
    }
    if (gazetteerSources.length === 0 && articleSources.length > 0) withoutGazetteer.push(shown(io.cwd, root));
    groups.push({ root, settings: applyConfig(withDefaults(), rootConfig), gazetteerSources, articleSources });
  }

  if (withoutGazetteer.length > 0) {
    note(`no gazetteer for the articles under ${withoutGazetteer.join(', ')}: entities, figures and persons are not checked ` +
      '(add a gazetteer.yaml there, name one in .newsmd.yaml, or use --gazetteer)');
  }
  return { groups, skipped };
}

/** Reads all of standard input once. */
export async function readAllStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
