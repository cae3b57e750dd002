import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { inside } from './pathRules';

/** gitignore-style rules in effect in one folder: the root's `ignore`, and every `.gitignore` from the root down. */
export class IgnoreRules {
  private constructor(private readonly layers: readonly { base: string; rules: Ignore }[]) {}

  static readonly NONE = new IgnoreRules([]);

  /** True if `abs` (a folder when `isDir`) is ignored; a later (deeper) file's `!pattern` can take a path back. */
  ignores(abs: string, isDir: boolean): boolean {
    let ignored = false;
    for (const layer of this.layers) {
      const rel = inside(layer.base, abs);
      if (rel === null) continue;
      const result = layer.rules.test(isDir ? `${rel}/` : rel);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  withPatterns(base: string, patterns: readonly string[]): IgnoreRules {
    if (patterns.length === 0) return this;
    return new IgnoreRules([...this.layers, { base, rules: ignore({ allowRelativePaths: true }).add([...patterns]) }]);
  }

  /** These rules plus the `.gitignore` of `dir`, if it has one. */
  async withGitignore(dir: string): Promise<IgnoreRules> {
    let text: string;
    try {
      text = await fs.readFile(path.join(dir, '.gitignore'), 'utf8');
    } catch {
      return this;
    }
    return new IgnoreRules([...this.layers, { base: dir, rules: ignore({ allowRelativePaths: true }).add(text) }]);
  }
}
