import type { CoreDiagnostic } from '../core';
import { parseArgs, HELP, type CheckOptions } from './args';
import { checkGroups } from './checkGroups';
import { runExport } from './export';
import { InputError } from './files';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { type Io, inputIo } from './io';
import { loadInputs } from './inputs';
import { RangeResolver, articleToJson, gazetteerToJson, type LocatedDiagnostic } from './report';
import serverPackage from '../../package.json';

export type { Io } from './io';

const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: process.stdout.isTTY === true,
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
  const { groups, skipped } = await loadInputs(options, inputIo(io));
  const { articles, gazetteers } = checkGroups(groups, io);

  const texts = new Map<string, string>();
  for (const g of groups) for (const s of [...g.gazetteerSources, ...g.articleSources]) texts.set(s.uri, s.text);
  const resolver = new RangeResolver(texts);

  const all: CoreDiagnostic[] = [];
  for (const a of articles) all.push(...a.diagnostics);
  for (const g of gazetteers) all.push(...g.diagnostics);
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const shown = (ds: CoreDiagnostic[]) => (options.quiet ? ds.filter((d) => d.severity === 'error') : ds);

  if (options.format === 'json') {
    const files = [
      ...articles.map((a) => articleToJson({ ...a, diagnostics: shown(a.diagnostics) }, resolver)),
      ...gazetteers.map((g) => gazetteerToJson(g.source.uri, shown(g.diagnostics), resolver)),
    ];
    io.stdout(JSON.stringify({ files }, null, 2) + '\n');
  } else {
    const located: LocatedDiagnostic[] = [];
    for (const a of articles) for (const d of shown(a.diagnostics)) located.push(resolver.locate(d));
    for (const g of gazetteers) for (const d of shown(g.diagnostics)) located.push(resolver.locate(d));
    const fileCount = texts.size;
    io.stdout(
      options.format === 'sarif'
        ? formatSarif(located, serverPackage.version)
        : formatText(located, fileCount, { color: useColor(options.color, io) }),
    );
  }

  // A file it cannot read was reported on its own line; the rest were checked (SPEC §7). Only
  // nothing readable at all is "could not run".
  if (skipped > 0 && articles.length === 0) return 2;
  if (all.some((d) => d.severity === 'error')) return 1;
  if (options.maxWarnings !== null && warnings > options.maxWarnings) {
    io.stderr(`newsmd: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * Whether to colour text output: `--color`/`--no-color`, else NO_COLOR (any value turns colour
 * off), else FORCE_COLOR (on unless `0` or `false`), else whether stdout is a terminal.
 */
export function useColor(flag: boolean | null, io: Io, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag !== null) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return io.isTTY ?? false;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
