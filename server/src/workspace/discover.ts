// One discovery for the command line and the language server (SPEC §7): which folder is an
// article's workspace root, which files are articles, which folders are never walked, which
// gazetteer files belong to a root.

import { isGazetteerPath } from '../core';

export { isArticlePath, isSkippedFolder } from './pathRules';
export { isGazetteerPath };
export { IgnoreRules } from './ignoreRules';
export { type FoundArticle, type WorkspaceOptions, Workspaces } from './workspaces';
export { configGazetteerEntries, resolveGazetteerPaths } from './namedGazetteers';
export { expandGlob, isGlob } from './articleGlobs';
