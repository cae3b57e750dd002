import * as path from 'node:path';
import type { SourceFile } from '../core';
import { InputError, dedupe, findArticles, findGazetteers, readSource, type FoundFile } from './files';

export interface LoadedInputs {
  articleSources: SourceFile[];
  gazetteerSources: SourceFile[];
  /** Articles that could not be read (already reported on stderr). */
  skipped: number;
}

/**
 * Reads what `check` and `export` work on: the articles named by PATHs and the gazetteer, found
 * as in SPEC §3 unless `--gazetteer` names it. A bad path throws InputError before anything is read.
 */
export async function loadInputs(
  options: { paths: string[]; gazetteers: string[] },
  reportSkipped: (message: string) => void,
): Promise<LoadedInputs> {
  const { articles: articleFiles, folders } = await findArticles(options.paths);

  let gazetteerFiles: FoundFile[];
  if (options.gazetteers.length > 0) {
    gazetteerFiles = options.gazetteers.map((g) => ({ display: g, absolute: path.resolve(g) }));
  } else {
    gazetteerFiles = await findGazetteers('.', '.');
    for (const folder of folders) gazetteerFiles.push(...(await findGazetteers(folder, folder)));
    gazetteerFiles = dedupe(gazetteerFiles);
  }

  const gazetteerSources: SourceFile[] = [];
  for (const g of gazetteerFiles) gazetteerSources.push(await readSource(g, { allowBinary: true }));

  // An unreadable article is reported and skipped so the rest still get processed; the run then
  // ends with status 2 because not everything asked for was done.
  const articleSources: SourceFile[] = [];
  let skipped = 0;
  for (const a of articleFiles) {
    try {
      articleSources.push(await readSource(a));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      reportSkipped(err.message);
      skipped++;
    }
  }
  return { articleSources, gazetteerSources, skipped };
}
