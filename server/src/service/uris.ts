import { URI } from 'vscode-uri';

/** One spelling per file, so a URI from the client and one built from a disk path compare equal. */
export function normalizeUri(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

export function pathToUri(filePath: string): string {
  return URI.file(filePath).toString();
}

/** The file system path of a `file:` URI, or null for other schemes (untitled, git …). */
export function uriToPath(uri: string): string | null {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : null;
  } catch {
    return null;
  }
}
