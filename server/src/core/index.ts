// The public face of the analysis core. Front ends (language server, CLI, tests) import from here.
export * from './types';
export type * from './analysisKinds';
export * from './analyze';
export * from './checkFiles';
export { parseArticle } from './article/parseArticle';
export * from './gazetteer';
export * from './hover';
export { LineIndex } from './text/lineIndex';
export { DIAGNOSTIC_CODES, codeInfo, docsUrl, isDiagnosticCode } from './diagnostics/codes';
export { isArticlePath, isSkippedFolder } from './article/articlePath';
export { DEFAULT_SETTINGS, withDefaults } from './settings';
export type { AnalysisSettings, LintLevel } from './settings';
export * from './dates/preciseDate';
export { prepareGazetteerCached, gazetteerCacheKey, GAZETTEER_CACHE_FORMAT, type CachedGazetteer, type GazetteerCacheStore, type CachedLoad } from './cache/gazetteerCache';
export { corpusView } from './corpusView';
export * from './views';
export { firstOffsetDeeperThan, MAX_YAML_DEPTH } from './text/yamlNesting';
