import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { type AnalysisSettings, type SourceFile, withDefaults } from '../core';
import {
  type WorkspaceConfig, Workspaces, applyConfig, configGazetteerEntries, describeFsError, expandGlob, isGlob, readConfigFile, resolveGazetteerPaths,
} from '../workspace';
import type { InputOptions } from './args';
import { InputError, UnreadableError, decodeText, dedupe, readBytes, readSource, refuseBinary, type FoundFile } from './files';

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
  return readAllInputs(await planInputs(options, io));
}

/** Reads every group and article of a plan, in order, as `loadInputs` does. */
export async function readAllInputs(plan: InputPlan): Promise<LoadedInputs> {
  const groups: InputGroup[] = [];
  for (const planned of plan.groups) {
    const { root, settings, gazetteerSources } = await plan.openGroup(planned);
    const articleSources: SourceFile[] = [];
    for (const a of planned.articles) {
      const source = await plan.readArticle(a);
      if (source) articleSources.push(source);
    }
    plan.groupRead(planned, gazetteerSources.length > 0, articleSources.length > 0);
    groups.push({ root, settings, gazetteerSources, articleSources });
  }
  plan.finish();
  return { groups, skipped: plan.skipped };
}

/** The articles of one workspace root, found but not read yet. */
export interface PlannedGroup {
  root: string;
  articles: PlannedArticle[];
}

/**
 * An article found: its path as shown, and its absolute path only when that is not the shown path
 * resolved against the current directory (it nearly always is: a million paths kept once each).
 */
export interface PlannedArticle {
  display: string;
  absolute?: string;
  stdin?: boolean;
}

interface FoundArticle extends FoundFile {
  root: string;
  stdin?: boolean;
}

/** An article read but not decoded: `decodeText(bytes)` is its text. */
export interface ArticleBytes {
  uri: string;
  bytes: Uint8Array;
}

/** A group opened: its settings and gazetteer texts (the articles are read one at a time). */
export interface OpenedGroup {
  root: string;
  settings: AnalysisSettings;
  gazetteerSources: SourceFile[];
}

/**
 * What a run reads, found but not read: the groups and their article paths. A streaming check
 * opens one group at a time (`openGroup`: notes on its configuration, its gazetteer read) and
 * reads its articles one by one (`readArticle`), so the texts are never all held at once; in the
 * order `loadInputs` reads them, so notes and "cannot read" lines come out in the same order.
 */
export interface InputPlan {
  groups: PlannedGroup[];
  /** How many articles were found (readable or not). */
  articleCount: number;
  openGroup(group: PlannedGroup): Promise<OpenedGroup>;
  /** The article's text, or null when it cannot be read (reported on stderr, counted in `skipped`). */
  readArticle(article: PlannedArticle): Promise<SourceFile | null>;
  /** `readArticle` without the decoding: the bytes, checked to be text (UTF-8 decoding gives the text). */
  readArticleBytes(article: PlannedArticle): Promise<ArticleBytes | null>;
  /** After a group's articles were read: remembers a group with readable articles and no gazetteer. */
  groupRead(group: PlannedGroup, hasGazetteer: boolean, hasArticles: boolean): void;
  /** The closing note (groups without a gazetteer). */
  finish(): void;
  /** Stops keeping gazetteer texts for later groups (a later group naming the same file reads it again). */
  forgetGazetteerTexts(): void;
  /** Files that could not be read so far (already reported on stderr). */
  readonly skipped: number;
}

/** Finds the articles and groups them by workspace root (SPEC §7); reads no article and no gazetteer. */
export async function planInputs(options: InputOptions, io: InputIo): Promise<InputPlan> {
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
  const articles: FoundArticle[] = [];
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
  const byRoot = new Map<string, PlannedArticle[]>();
  let articleCount = 0;
  for (const a of dedupe(articles)) {
    articleCount++;
    const planned: PlannedArticle = path.resolve(io.cwd, a.display) === a.absolute ? { display: a.display } : { display: a.display, absolute: a.absolute };
    if (a.stdin) planned.stdin = true;
    const list = byRoot.get(a.root);
    if (list) list.push(planned);
    else byRoot.set(a.root, [planned]);
  }
  articles.length = 0;

  const gazetteerTexts = new Map<string, SourceFile>();
  let keepTexts = true;
  const named = options.gazetteers.length > 0
    ? await resolveGazetteerPaths(options.gazetteers, io.cwd, (entry, reason) => { throw new InputError(`${entry}: ${reason}`); })
    : null;

  const reportedConfigs = new Set<string>();
  const withoutGazetteer: string[] = [];

  const openGroup = async ({ root }: PlannedGroup): Promise<OpenedGroup> => {
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
        if (keepTexts) gazetteerTexts.set(g.absolute, source);
      }
      gazetteerSources.push(source);
    }
    return { root, settings: applyConfig(withDefaults(), rootConfig), gazetteerSources };
  };

  const readArticleBytes = async (a: PlannedArticle): Promise<ArticleBytes | null> => {
    try {
      const bytes = a.stdin ? await io.readStdin() : await readBytes({ display: a.display, absolute: a.absolute ?? path.resolve(io.cwd, a.display) });
      refuseBinary(a.display, bytes);
      return { uri: a.display, bytes };
    } catch (err) {
      if (!(err instanceof UnreadableError)) throw err;
      unreadable(err.path, err.reason);
      return null;
    }
  };
  const readArticle = async (a: PlannedArticle): Promise<SourceFile | null> => {
    const read = await readArticleBytes(a);
    return read && { uri: read.uri, text: decodeText(read.bytes) };
  };

  return {
    groups: [...byRoot].map(([root, list]) => ({ root, articles: list })),
    articleCount,
    openGroup,
    readArticle,
    readArticleBytes,
    groupRead: (group, hasGazetteer, hasArticles) => {
      if (!hasGazetteer && hasArticles) withoutGazetteer.push(shown(io.cwd, group.root));
    },
    forgetGazetteerTexts: () => {
      keepTexts = false;
      gazetteerTexts.clear();
    },
    finish: () => {
      if (withoutGazetteer.length > 0) {
        note(`no gazetteer for the articles under ${withoutGazetteer.join(', ')}: entities, figures and persons are not checked ` +
          '(add a gazetteer.yaml there, name one in .newsmd.yaml, or use --gazetteer)');
      }
    },
    get skipped() {
      return skipped;
    },
  };
}

/** Reads all of standard input once. */
export async function readAllStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
