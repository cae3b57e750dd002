import { checkFiles, type CoreDiagnostic } from '../core';
import { parseArgs, HELP, type CheckOptions } from './args';
import { runExport } from './export';
import { InputError } from './files';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { loadInputs } from './inputs';
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
      io.stderr(`newsmd: ${args.message}\n${usageFor(argv[0])}\n`);
      return 2;
    case 'check':
    case 'export':
      try {
        return args.command === 'check' ? await runCheck(args, io) : await runExport(args, io);
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

/** The usage line(s) of the command the user tried, shown under an argument error. */
function usageFor(command: string | undefined): string {
  const lines = HELP.split('\n');
  if (command !== 'export') return lines[0];
  return lines.slice(1, 3).map((l) => `Usage: ${l.trim()}`).join('\n');
}

async function runCheck(options: CheckOptions, io: Io): Promise<number> {
  const { articleSources, gazetteerSources, skipped } = await loadInputs(options, (m) => io.stderr(`newsmd: ${m}\n`));

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
