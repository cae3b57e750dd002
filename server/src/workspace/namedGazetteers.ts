// Gazetteer files named by a setting, the configuration or `--gazetteer`, as opposed to those
// discovered in a workspace (`Workspaces.discoveredGazetteers`).

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE, type WorkspaceConfig, describeFsError } from './config';

/**
 * Gazetteers named by a setting, the configuration or `--gazetteer`: a file is itself, a folder
 * its `.yaml`/`.yml` files (not recursive), by name. Relative entries are resolved from `base`.
 */
export async function resolveGazetteerPaths(
  entries: readonly string[], base: string, onProblem: (entry: string, reason: string) => void,
): Promise<{ entry: string; file: string }[]> {
  const out: { entry: string; file: string }[] = [];
  for (const entry of entries) {
    const abs = path.resolve(base, entry);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (err) {
      onProblem(entry, describeFsError(err));
      continue;
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = await fs.readdir(abs);
      } catch (err) {
        onProblem(entry, describeFsError(err));
        continue;
      }
      const yaml = names.filter((n) => /\.ya?ml$/i.test(n) && n !== CONFIG_FILE).sort();
      if (yaml.length === 0) onProblem(entry, 'a folder without .yaml files');
      for (const name of yaml) out.push({ entry: joinShown(entry, name), file: path.join(abs, name) });
    } else {
      out.push({ entry, file: abs });
    }
  }
  return out;
}

function joinShown(given: string, name: string): string {
  return given.endsWith('/') || given.endsWith(path.sep) ? given + name : `${given}/${name}`;
}

/**
 * The configuration's `gazetteer` entries that stay inside its root. A `.newsmd.yaml` comes with
 * the workspace (a cloned repository, say), so it may not make the editor or a CI run read files
 * outside it; `--gazetteer` and the editor's own setting may.
 */
export function configGazetteerEntries(config: WorkspaceConfig, root: string, onProblem: (entry: string, reason: string) => void): string[] | null {
  if (!config.gazetteer) return null;
  return config.gazetteer.filter((entry) => {
    const rel = path.relative(root, path.resolve(root, entry));
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      onProblem(entry, 'outside the workspace root: a .newsmd.yaml names gazetteers inside its own folder (use --gazetteer or the editor setting for others)');
      return false;
    }
    return true;
  });
}
