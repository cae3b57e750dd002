import type { DocumentFilter } from 'vscode-languageclient';

/** Gazetteer files the server should see as they are edited (SPEC §3, or the configured paths). */
export function gazetteerSelectors(configuredPaths: string[]): DocumentFilter[] {
  if (configuredPaths.length === 0) {
    return [{ scheme: 'file', pattern: '**/{gazetteer.yaml,*.gazetteer.yaml,gazetteer/*.yaml}' }];
  }
  return configuredPaths.flatMap((p) => {
    const clean = p.replace(/\\/g, '/').replace(/\/+$/, '');
    // A path may name a file or a folder of YAML files; relative paths are relative to any folder.
    const base = clean.startsWith('/') || /^[A-Za-z]:\//.test(clean) ? clean : `**/${clean.replace(/^\.\//, '')}`;
    return [{ scheme: 'file', pattern: base }, { scheme: 'file', pattern: `${base}/*.yaml` }];
  });
}
