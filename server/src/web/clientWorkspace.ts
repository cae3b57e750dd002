import type { Connection } from 'vscode-languageserver';
import { LIST_FILES_REQUEST, type ListFilesParams, type ListFilesResult, READ_FILES_REQUEST, type ReadFilesParams, type ReadFilesResult } from '../protocol/webWorkspace';
import type { NewsWorkspace } from '../service/types';
import { ListedWorkspace } from './listedWorkspace';

/** The workspace as the web client lists and reads it for the worker (it stays inside the workspace folders). */
export function clientWorkspace(connection: Connection): NewsWorkspace {
  return new ListedWorkspace({
    async list(folders) {
      const result = await connection.sendRequest<ListFilesResult>(LIST_FILES_REQUEST, { folders } satisfies ListFilesParams);
      return Array.isArray(result?.uris) ? result.uris.filter((u): u is string => typeof u === 'string') : [];
    },
    async read(uris) {
      const result = await connection.sendRequest<ReadFilesResult>(READ_FILES_REQUEST, { uris } satisfies ReadFilesParams);
      const texts = Array.isArray(result?.texts) ? result.texts : [];
      return uris.map((_, i) => (typeof texts[i] === 'string' ? texts[i] : null));
    },
  });
}
