// The example corpus (examples/) as in-memory sources, shared by the index cache tests.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { type LoadedGazetteer, type SourceFile, prepareGazetteer } from '../../../server/src/core';
import { repoPath } from '../../support/repo';

export const EXAMPLES_ROOT = '/ws/examples';

export function exampleUri(name: string): string {
  return `file://${EXAMPLES_ROOT}/${name}`;
}

/** Every example article (the deliberately broken ones too). */
export function exampleArticles(): SourceFile[] {
  const dir = repoPath('examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.news.md'))
    .sort()
    .map((name) => ({ uri: exampleUri(name), text: readFileSync(path.join(dir, name), 'utf8') }));
}

/** The examples' gazetteer files, as the server would find them. */
export function exampleGazetteerFiles(): SourceFile[] {
  return [
    { uri: exampleUri('gazetteer.yaml'), text: readFileSync(repoPath('examples', 'gazetteer.yaml'), 'utf8') },
    { uri: exampleUri('gazetteer/extra.yaml'), text: readFileSync(repoPath('examples', 'gazetteer', 'extra.yaml'), 'utf8') },
  ];
}

export function exampleGazetteer(): LoadedGazetteer {
  return prepareGazetteer(exampleGazetteerFiles());
}
