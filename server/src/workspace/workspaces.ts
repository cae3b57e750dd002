import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { compareGazetteerPaths, isGazetteerPath } from '../core';
import { CONFIG_FILE, NO_CONFIG, type WorkspaceConfig, describeFsError, readConfig } from './config';
import { IgnoreRules } from './ignoreRules';
import { exists, inside, isArticlePath, isSkippedFolder, toPosix } from './pathRules';

export interface WorkspaceOptions {
  /** Where an article with no `.newsmd.yaml` or `.git` above it belongs: the CLI's current directory, or the editor's folder. */
  fallbackRoot: string;
  /** `--no-config`: roots are found as usual, but no `.newsmd.yaml` is read. */
  noConfig?: boolean;
  /** `--config FILE`: this configuration for every article, with the file's folder as the root. */
  config?: WorkspaceConfig;
}

/** An article found on disk, with the root of the workspace it belongs to. */
export interface FoundArticle {
  file: string;
  root: string;
}

/**
 * Workspace roots, their configurations, and discovery, cached for one run (the CLI) or one scan
 * (the server).
 */
export class Workspaces {
  private readonly roots = new Map<string, Promise<string | null>>();
  private readonly configs = new Map<string, Promise<WorkspaceConfig>>();
  private readonly gazetteers = new Map<string, Promise<string[]>>();
  readonly fallbackRoot: string;

  constructor(readonly options: WorkspaceOptions) {
    this.fallbackRoot = path.resolve(options.fallbackRoot);
  }

  /**
   * The workspace root of a folder (an article's folder): the nearest folder at or above it that
   * holds a `.newsmd.yaml` or a `.git` (in one folder the configuration counts; the search does not
   * go above a Git repository), else the fallback root. With `--config FILE`, FILE's folder.
   */
  async rootOf(dir: string, fallback: string = this.fallbackRoot): Promise<string> {
    if (this.options.config?.file) return path.dirname(path.resolve(this.options.config.file));
    return (await this.markedRoot(path.resolve(dir))) ?? path.resolve(fallback);
  }

  /** The nearest folder at or above `abs` holding `.newsmd.yaml` or `.git`, or null. */
  private markedRoot(abs: string): Promise<string | null> {
    let found = this.roots.get(abs);
    if (!found) {
      found = (async () => {
        if (await exists(path.join(abs, CONFIG_FILE)) || await exists(path.join(abs, '.git'))) return abs;
        const parent = path.dirname(abs);
        return parent === abs ? null : this.markedRoot(parent);
      })();
      this.roots.set(abs, found);
    }
    return found;
  }

  /** The configuration of a root (NO_CONFIG without a `.newsmd.yaml`, or with `--no-config`). */
  configOf(root: string): Promise<WorkspaceConfig> {
    if (this.options.config) return Promise.resolve(this.options.config);
    if (this.options.noConfig) return Promise.resolve(NO_CONFIG);
    const abs = path.resolve(root);
    let config = this.configs.get(abs);
    if (!config) this.configs.set(abs, (config = readConfig(abs)));
    return config;
  }

  /** True if `dir` starts a workspace of its own (holds a `.newsmd.yaml`), so walks of an outer root stop there for gazetteers. */
  private async isNestedRoot(dir: string): Promise<boolean> {
    return !this.options.config && await exists(path.join(dir, CONFIG_FILE));
  }

  /** The ignore rules in effect in folder `dir` of workspace `root`: the root's `ignore` and the `.gitignore` files from the root down. */
  async rulesAt(dir: string, root: string): Promise<IgnoreRules> {
    const config = await this.configOf(root);
    let rules = IgnoreRules.NONE.withPatterns(root, config.ignore);
    const rel = inside(root, dir);
    const chain = [root];
    if (rel !== null) {
      let at = root;
      for (const part of rel.split('/')) chain.push((at = path.join(at, part)));
    } else if (path.resolve(dir) !== root) {
      chain.splice(0, 1, path.resolve(dir)); // a folder outside its root (the fallback): only its own .gitignore
    }
    for (const d of chain) rules = await rules.withGitignore(d);
    return rules;
  }

  /**
   * Articles under a folder, sorted by path, each with its root: skipped folders are not walked,
   * ignored paths are left out, symbolic links are not followed (no cycle can hang a walk), and a
   * folder with its own `.newsmd.yaml` starts a workspace of its own.
   */
  async articlesIn(
    folder: string, onProblem: (file: string, reason: string) => void = () => undefined, isCancelled: () => boolean = () => false, fallback: string = this.fallbackRoot,
  ): Promise<FoundArticle[]> {
    const start = path.resolve(folder);
    const root = await this.rootOf(start, fallback);
    const out: FoundArticle[] = [];
    await this.walk(start, root, await this.rulesAt(start, root), {
      onFile: (file, fileRoot) => { if (isArticlePath(file)) out.push({ file, root: fileRoot }); },
      onProblem,
      isCancelled,
      intoNestedRoots: true,
    });
    return out;
  }

  private async walk(
    dir: string, root: string, rules: IgnoreRules,
    how: { onFile: (file: string, root: string) => void; onProblem: (file: string, reason: string) => void; isCancelled: () => boolean; intoNestedRoots: boolean },
  ): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      how.onProblem(dir, describeFsError(err));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (how.isCancelled()) return;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (isSkippedFolder(e.name) || rules.ignores(full, true)) continue;
        let childRoot = root;
        let childRules = rules;
        if (await this.isNestedRoot(full)) {
          if (!how.intoNestedRoots) continue;
          childRoot = full;
          childRules = rules.withPatterns(full, (await this.configOf(full)).ignore);
          this.roots.set(full, Promise.resolve(full));
        }
        await this.walk(full, childRoot, await childRules.withGitignore(full), how);
      } else if (e.isFile() && !rules.ignores(full, false)) {
        how.onFile(full, root);
      }
    }
  }

  /**
   * The gazetteer files of a root, in load order, when nothing names them (SPEC §3):
   * `gazetteer.yaml`, `*.gazetteer.yaml` and `gazetteer/*.yaml` anywhere in the workspace (not in
   * skipped or ignored folders, nor inside a nested workspace), ordered by `compareGazetteerPaths`.
   */
  discoveredGazetteers(root: string): Promise<string[]> {
    const abs = path.resolve(root);
    let found = this.gazetteers.get(abs);
    if (!found) {
      found = (async () => {
        const files: string[] = [];
        await this.walk(abs, abs, await this.rulesAt(abs, abs), {
          onFile: (file) => { if (isGazetteerPath(file) && path.basename(file) !== CONFIG_FILE) files.push(file); },
          onProblem: () => undefined,
          isCancelled: () => false,
          intoNestedRoots: false,
        });
        return files.sort((a, b) => compareGazetteerPaths(toPosix(path.relative(abs, a)), toPosix(path.relative(abs, b))));
      })();
      this.gazetteers.set(abs, found);
    }
    return found;
  }
}
