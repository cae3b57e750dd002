import ignore, { type Ignore } from 'ignore';
import { compareGazetteerPaths, isArticlePath, isGazetteerPath, isSkippedFolder } from '../core';
import type { NewsWorkspace, WorkspaceScan } from '../service/types';
import { normalizeUri, uriToPath } from '../service/uris';
import { CONFIG_FILE, NO_CONFIG, type WorkspaceConfig, isDiscoveryFile, parseConfig } from '../workspace/configText';

/** Where the files come from: a listing of the folders and a reader (the client, in a browser). */
export interface FileSource {
  /** Every candidate file under the folders: articles, YAML files, `.newsmd.yaml`, `.gitignore`. */
  list(folders: string[]): Promise<string[]>;
  /** Texts in order, null for a file that cannot be read. */
  read(uris: string[]): Promise<(string | null)[]>;
}

/** Files read per request: a few hundred articles are a few megabytes of JSON. */
const READ_BATCH = 200;

/** gitignore-style rules of one folder level: its base folder URI and the patterns in effect there. */
interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

const trimSlash = (uri: string): string => uri.replace(/\/+$/, '');
const baseName = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

/** `uri` relative to folder URI `folder` (`a/b.news.md`), or null if it is not inside. */
function relativeTo(folder: string, uri: string): string | null {
  const prefix = `${folder}/`;
  return uri.startsWith(prefix) ? decodeURIComponent(uri.slice(prefix.length)) : null;
}

/**
 * A workspace known only through a file listing, as the browser build sees it: the discovery rules
 * of SPEC §3 and §7 (article suffix, skipped folders, gazetteer names, `.newsmd.yaml` at a folder's
 * root with its `gazetteer` and `ignore`, `.gitignore` files) applied to the list. One difference
 * from the desktop: each editor folder is its own workspace root (no search for `.git` above it).
 */
export class ListedWorkspace implements NewsWorkspace {
  /** Ignore rules per editor folder, from the last scan, for files the watcher reports later. */
  private ignoreLayers = new Map<string, IgnoreLayer[]>();

  constructor(private readonly source: FileSource) {}

  async scan(folders: string[], gazetteerPaths: string[], isCancelled: () => boolean): Promise<WorkspaceScan> {
    const roots = folders.map((f) => trimSlash(normalizeUri(f)));
    const listed = [...new Set((await this.source.list(roots)).map(normalizeUri))].sort();
    const discovery = listed.filter((uri) => this.isDiscoveryFile(uri));
    const texts = new Map(discovery.map((uri, i) => [uri, i]));
    const read = discovery.length > 0 ? await this.source.read(discovery) : [];
    const textOf = (uri: string): string | null => read[texts.get(uri) ?? -1] ?? null;
    const articles = new Set<string>();
    const gazetteers: string[] = [];
    let configured = false;
    let firstConfig: WorkspaceConfig = NO_CONFIG;
    this.ignoreLayers = new Map();
    for (const [i, root] of roots.entries()) {
      if (isCancelled()) break;
      const configText = textOf(`${root}/${CONFIG_FILE}`);
      const configUri = `${root}/${CONFIG_FILE}`;
      const config = configText === null ? NO_CONFIG : parseConfig(configText, uriToPath(configUri) ?? configUri);
      if (i === 0) firstConfig = config;
      const layers = ignoreLayers(root, config, listed, textOf);
      this.ignoreLayers.set(root, layers);
      const visible = listed.filter((uri) => isVisible(root, uri, layers));
      for (const uri of visible) if (isArticlePath(uri)) articles.add(uri);
      const named = config.gazetteer ?? (gazetteerPaths.length > 0 ? gazetteerPaths : null);
      if (named) {
        configured = true;
        gazetteers.push(...resolveNamed(root, named, listed));
      } else {
        const found = visible.filter((uri) => isGazetteerPath(relativeTo(root, uri)!) && baseName(uri) !== CONFIG_FILE);
        gazetteers.push(...found.sort((a, b) => compareGazetteerPaths(relativeTo(root, a)!, relativeTo(root, b)!)));
      }
    }
    return {
      articles: [...articles].sort(),
      gazetteers: [...new Set(gazetteers)],
      // As the desktop reports them: file paths where the folders are on a file system.
      workspaceRoots: roots.map((r) => uriToPath(r) ?? r),
      config: firstConfig,
      configured,
      gazetteerOrder: (a, b) => {
        const key = (uri: string): [number, string] => {
          const i = roots.findIndex((r) => relativeTo(r, uri) !== null);
          return i === -1 ? [roots.length, uri] : [i, relativeTo(roots[i], uri)!];
        };
        const [ra, pa] = key(a);
        const [rb, pb] = key(b);
        return ra - rb || compareGazetteerPaths(pa, pb);
      },
    };
  }

  async readText(uri: string): Promise<string | null> {
    const [text] = await this.source.read([uri]);
    return text ?? null;
  }

  async readTexts(uris: readonly string[], onFile: (uri: string, text: string | null) => void, isCancelled: () => boolean): Promise<void> {
    for (let i = 0; i < uris.length && !isCancelled(); i += READ_BATCH) {
      const batch = uris.slice(i, i + READ_BATCH);
      const texts = await this.source.read(batch);
      batch.forEach((uri, j) => onFile(uri, texts[j] ?? null));
    }
  }

  async isDiscoverableArticle(uri: string, folders: string[]): Promise<boolean> {
    if (!isArticlePath(uri)) return false;
    return folders.some((f) => {
      const root = trimSlash(normalizeUri(f));
      return isVisible(root, uri, this.ignoreLayers.get(root) ?? []);
    });
  }

  isDiscoveryFile(uri: string): boolean {
    return isDiscoveryFile(uri);
  }
}

/** The root's configured `ignore`, then every `.gitignore` under it (shallower first). */
function ignoreLayers(root: string, config: WorkspaceConfig, listed: string[], textOf: (uri: string) => string | null): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  if (config.ignore.length > 0) layers.push({ base: root, rules: ignore({ allowRelativePaths: true }).add([...config.ignore]) });
  const gitignores = listed.filter((uri) => baseName(uri) === '.gitignore' && relativeTo(root, uri) !== null);
  gitignores.sort((a, b) => a.split('/').length - b.split('/').length);
  for (const uri of gitignores) {
    const text = textOf(uri);
    if (text !== null) layers.push({ base: uri.slice(0, uri.lastIndexOf('/')), rules: ignore({ allowRelativePaths: true }).add(text) });
  }
  return layers;
}

/** Inside `root`, no skipped folder on the way, and ignored by no rule in effect. */
function isVisible(root: string, uri: string, layers: IgnoreLayer[]): boolean {
  const rel = relativeTo(root, uri);
  if (rel === null || rel.split('/').slice(0, -1).some(isSkippedFolder)) return false;
  return !layers.some((layer) => {
    const inLayer = relativeTo(layer.base, uri);
    return inLayer !== null && layer.rules.ignores(inLayer);
  });
}

/** Named gazetteers: a listed file is itself; a folder, its `.yaml`/`.yml` files by name (not recursive). */
function resolveNamed(root: string, entries: readonly string[], listed: string[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const target = trimSlash(normalizeUri(`${root}/${entry.replace(/^\.\//, '').replace(/^\/+/, '')}`));
    if (listed.includes(target)) {
      out.push(target);
      continue;
    }
    out.push(...listed.filter((uri) => {
      const rel = relativeTo(target, uri);
      return rel !== null && !rel.includes('/') && /\.ya?ml$/i.test(rel) && rel !== CONFIG_FILE;
    }).sort());
  }
  return out;
}
