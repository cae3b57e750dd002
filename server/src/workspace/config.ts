import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE, NO_CONFIG, type WorkspaceConfig, parseConfig } from './configText';

// Reading `.newsmd.yaml` from disk; what it means is configText.ts, which needs no file system
// (the browser build parses the text its client hands it).
export * from './configText';

/** The `.newsmd.yaml` of a workspace root, or NO_CONFIG if it has none or it cannot be read. */
export async function readConfig(root: string): Promise<WorkspaceConfig> {
  return readConfigFile(path.join(root, CONFIG_FILE), true);
}

/** A configuration file named explicitly (`--config`); a missing one is a problem unless `optional`. */
export async function readConfigFile(file: string, optional = false): Promise<WorkspaceConfig> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (optional && (code === 'ENOENT' || code === 'ENOTDIR')) return NO_CONFIG;
    return { ...NO_CONFIG, file, problems: [`cannot read: ${describeFsError(err)}`] };
  }
  return parseConfig(text, file);
}

/** A short reason for a failed file operation: "permission denied", "no such file or directory"… */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'not a folder';
    case 'ELOOP': return 'too many symbolic links';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    default: return code ? code : err instanceof Error ? err.message : String(err);
  }
}
