import * as path from 'node:path';
import { checkFiles, type CoreDiagnostic, type SourceFile } from '../core';
import { parseArgs, HELP, type CheckOptions } from './args';
import { InputError, dedupe, findArticles, findGazetteers, readSource, type FoundFile } from './files';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { RangeResolver, articleToJson, gazetteerToJson, type LocatedDiagnostic } from './report';
import serverPackage from '../../package.json';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

/** Runs the command line; resolves to the exit status (0 clean, 1 errors found, 2 could not run). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      io.stdout(HELP);
      return 0;
    case 'version':
      io.stdout(`${serverPackage.version}\n`);
      return 0;
    case 'error':
      io.stderr(`newsmd: ${args.message}\n${HELP.split('\n')[0]}\n`);
      return 2;
    case 'check':
      try {
        return await runCheck(args, io);
      } catch (err) {
        if (err instanceof InputError) {
          io.stderr(`newsmd: ${err.message}\n`);
          return 2;
        }
        // Anything else is our bug: still one line for the user, the details only on request.
        io.stderr(`newsmd: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
        if (process.env.NEWSMD_DEBUG) io.stderr(`${err instanceof Error ? err.stack : ''}\n`);
        return 2;
      }
  }
}

async function runCheck(options: CheckOptions, io: Io): Promise<number> {
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

  // An unreadable article is reported and skipped so the rest still get checked; the run then
  // ends with status 2 because not everything asked for was checked.
  const articleSources: SourceFile[] = [];
  let skipped = 0;
  for (const a of articleFiles) {
    try {
      articleSources.push(await readSource(a));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.stderr(`newsmd: ${err.message}\n`);
      skipped++;
    }
  }

  const result = checkFiles({
    articles: articleSources,
    gazetteerFiles: gazetteerSources,
    logger: { log: (m) => { if (process.env.NEWSMD_DEBUG) io.stderr(`${m}\n`); } },
  });

  const texts = new Map<string, string>();
  for (const s of [...gazetteerSources, ...articleSources]) texts.set(s.uri, s.text);
  const resolver = new RangeResolver(texts);

  const all: CoreDiagnostic[] = [];
  for (const a of result.articles) all.push(...a.diagnostics);
  for (const g of gazetteerSources) all.push(...(result.gazetteerDiagnostics.get(g.uri) ?? []));

  if (options.format === 'json') {
    const files = [
      ...result.articles.map((a) => articleToJson(a, resolver)),
      ...gazetteerSources.map((g) => gazetteerToJson(g.uri, result.gazetteerDiagnostics.get(g.uri) ?? [], resolver)),
    ];
    io.stdout(JSON.stringify({ files }, null, 2) + '\n');
  } else {
    const located: LocatedDiagnostic[] = [];
    for (const a of result.articles) for (const d of a.diagnostics) located.push(resolver.locate(d));
    for (const g of gazetteerSources) for (const d of result.gazetteerDiagnostics.get(g.uri) ?? []) located.push(resolver.locate(d));
    io.stdout(
      options.format === 'sarif'
        ? formatSarif(located, serverPackage.version)
        : formatText(located, articleSources.length + gazetteerSources.length),
    );
  }

  if (skipped > 0) return 2;
  return all.some((d) => d.severity === 'error') ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
