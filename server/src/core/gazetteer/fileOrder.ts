// The order of gazetteer files decides which definition of a duplicated id comes first (the
// other is flagged `gazetteer-duplicate-id`), so the editor and the command line must agree on it.

/**
 * Orders workspace-relative gazetteer paths (`/` or `\` separators): the files of a shallower
 * folder first; within one folder `gazetteer.yaml`, then `*.gazetteer.yaml`, then
 * `gazetteer/*.yaml` (which belongs to the folder holding `gazetteer/`), each group alphabetical.
 * Comparison is by UTF-16 code unit, not locale, so every machine sorts the same way.
 */
export function compareGazetteerPaths(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka.depth - kb.depth || compareText(ka.folder, kb.folder) || ka.group - kb.group || compareText(ka.name, kb.name) || compareText(a, b);
}

/** Returns the paths sorted by `compareGazetteerPaths`, leaving the input alone. */
export function sortGazetteerPaths(paths: readonly string[]): string[] {
  return [...paths].sort(compareGazetteerPaths);
}

interface SortKey {
  /** How many folders deep the owning folder is (0 for the workspace root). */
  depth: number;
  folder: string;
  /** 0: `gazetteer.yaml`, 1: `*.gazetteer.yaml`, 2: `gazetteer/*.yaml` (3: any other name, last). */
  group: number;
  name: string;
}

function sortKey(relative: string): SortKey {
  const parts = relative.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  const name = parts.pop() ?? '';
  const lower = name.toLowerCase();
  let group = 3;
  if (lower === 'gazetteer.yaml') group = 0;
  else if (lower.endsWith('.gazetteer.yaml')) group = 1;
  else if (parts.length > 0 && parts[parts.length - 1].toLowerCase() === 'gazetteer') {
    group = 2;
    parts.pop(); // `gazetteer/x.yaml` belongs to the folder that holds `gazetteer/`
  }
  return { depth: parts.length, folder: parts.join('/'), group, name };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * SPEC §3's gazetteer file names, for the editor and the command line alike: `gazetteer.yaml`,
 * `*.gazetteer.yaml`, or a `.yaml` file in a folder named `gazetteer` (case ignored, as file
 * systems on other platforms ignore it).
 */
export function isGazetteerPath(filePath: string): boolean {
  const parts = filePath.replace(/\\/g, '/').split('/');
  const base = parts[parts.length - 1].toLowerCase();
  if (base === 'gazetteer.yaml' || base.endsWith('.gazetteer.yaml')) return true;
  return parts.length > 1 && parts[parts.length - 2].toLowerCase() === 'gazetteer' && base.endsWith('.yaml');
}
