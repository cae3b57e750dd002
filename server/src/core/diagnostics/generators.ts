// Everything scripts/generate-from-registry.mjs needs, in one entry for esbuild to bundle.
export { REGISTRY, docsPage } from './registry';
export { rewriteManifest } from './manifestSettings';
export { rewriteConfigSchema } from './configSchemaLint';
export { rewriteDocsIndex } from './docsIndex';
