// The workspace files the language service in the Web Worker asks for (server/src/protocol/
// webWorkspace.ts): the worker has no file system, so the client lists files with
// `vscode.workspace.findFiles` and reads them with `vscode.workspace.fs`. Only inside the workspace
// folders: `workspace.fs` (like the host's patched `fetch`) would read any path of the remote machine,
// so a URI outside every workspace folder gets null and a folder outside them lists nothing.
import * as vscode from 'vscode';
import type { ListFilesParams, ListFilesResult, ReadFilesParams, ReadFilesResult } from '../../../server/src/protocol/webWorkspace';

/**
 * What the server may see: articles (`.news.md` in any case: findFiles matches patterns
 * case-sensitively), YAML files (gazetteers, `.newsmd.yaml`) and `.gitignore` files. The server
 * applies the discovery rules (skipped folders, ignore files, gazetteer names) itself.
 */
export const LIST_PATTERNS = [
  '**/*.[nN][eE][wW][sS].[mM][dD]',
  '**/*.{yaml,yml,YAML,YML}',
  '**/.newsmd.yaml',
  '**/.gitignore',
];
export const LIST_EXCLUDE = '**/node_modules/**';

/** Resolves `.` and `..` segments of a URI path (`vscode.Uri` keeps them; the file system would not). */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '.' || (segment === '' && out.length > 0)) continue;
    if (segment === '..') {
      if (out.length > 1) out.pop();
      continue;
    }
    out.push(segment);
  }
  const joined = out.join('/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}

/** The URI with its path normalised, or undefined when the string is no URI. */
export function parseUri(text: string): vscode.Uri | undefined {
  try {
    const uri = vscode.Uri.parse(text, true);
    return uri.with({ path: normalizePath(uri.path) });
  } catch {
    return undefined;
  }
}

function samePlace(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.scheme.toLowerCase() === b.scheme.toLowerCase() && a.authority.toLowerCase() === b.authority.toLowerCase();
}

/** The workspace folder holding `uri` (same scheme and authority, path below the folder's), if any. */
export function folderOf(uri: vscode.Uri, folders: readonly vscode.WorkspaceFolder[] = vscode.workspace.workspaceFolders ?? []): vscode.WorkspaceFolder | undefined {
  const path = normalizePath(uri.path);
  return folders.find((folder) => {
    if (!samePlace(folder.uri, uri)) return false;
    const root = normalizePath(folder.uri.path).replace(/\/+$/, '');
    return path === root || path.startsWith(`${root}/`) || root === '';
  });
}

export function isInsideWorkspace(uri: vscode.Uri, folders?: readonly vscode.WorkspaceFolder[]): boolean {
  return folderOf(uri, folders) !== undefined;
}

/** `newsmd/web/listFiles`: every candidate file under the requested folders (inside the workspace). */
export async function listFiles(params: ListFilesParams, token?: vscode.CancellationToken): Promise<ListFilesResult> {
  const seen = new Set<string>();
  const uris: string[] = [];
  for (const folderText of params?.folders ?? []) {
    const folder = parseUri(folderText);
    if (!folder || !isInsideWorkspace(folder)) continue;
    for (const pattern of LIST_PATTERNS) {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), LIST_EXCLUDE, undefined, token);
      for (const uri of found) {
        const text = uri.toString();
        if (!seen.has(text) && isInsideWorkspace(uri)) {
          seen.add(text);
          uris.push(text);
        }
      }
    }
  }
  return { uris };
}

const decoder = new TextDecoder();

async function readText(text: string): Promise<string | null> {
  const uri = parseUri(text);
  if (!uri || !isInsideWorkspace(uri)) return null;
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

/** `newsmd/web/readFiles`: the texts, in order; null for a file that cannot be read or lies outside the workspace. */
export async function readFiles(params: ReadFilesParams): Promise<ReadFilesResult> {
  return { texts: await Promise.all((params?.uris ?? []).map(readText)) };
}
