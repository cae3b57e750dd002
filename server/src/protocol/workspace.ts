// `newsmd/workspaceFiles`: what the server found in the workspace — the workspace roots, the
// articles and the gazetteer files in load order, and the settings in effect — the same things
// `newsmd check` finds (SPEC §7). For tests, and for editors that want to show them. Types only.

export const WORKSPACE_FILES_REQUEST = 'newsmd/workspaceFiles';

export interface WorkspaceFilesResult {
  /** Workspace roots (file paths): the nearest `.newsmd.yaml` or `.git` at or above each editor folder, else the folder. */
  roots: string[];
  /** The `.newsmd.yaml` in effect (file path), or null. */
  config: string | null;
  /** Article URIs, sorted. */
  articles: string[];
  /** Gazetteer file URIs in load order (the first definition of a duplicated id wins). */
  gazetteers: string[];
  /** Severities and figure settings in effect: `.newsmd.yaml` over the editor's settings. */
  lint: Record<string, string>;
  figures: { corpusWindowDays: number; approximateTolerance: number; nearlyTolerance: number };
}
