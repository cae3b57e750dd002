/** The one article suffix rule (SPEC §7): `.news.md`, in any case. Paths and URIs alike. */
export function isArticlePath(filePath: string): boolean {
  return filePath.toLowerCase().endsWith('.news.md');
}

/**
 * The one list of folders never walked: `node_modules` and every folder whose name starts with a
 * dot (`.git`, `.hg`, `.cache`, `.vscode`…). Build folders such as `dist/` or `out/` are walked
 * unless `.gitignore` or the configuration's `ignore` lists them. A skipped folder named on the
 * command line (or opened in the editor) is still searched: the rule is for folders met on the way.
 */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}
