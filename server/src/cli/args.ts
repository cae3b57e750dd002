// Argument parsing for `newsmd`. Hand-written because `--gazetteer FILE…` takes several values,
// which node's util.parseArgs cannot express.

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  command: 'check';
  paths: string[];
  gazetteers: string[];
  format: OutputFormat;
}

export type ExportFormat = 'jsonl' | 'csv' | 'brat';

export interface ExportOptions {
  command: 'export';
  paths: string[];
  gazetteers: string[];
  format: ExportFormat;
  /** The folder brat pairs are written to; only for `--format brat`, where it is required. */
  out: string | null;
}

export type ParsedArgs = CheckOptions | ExportOptions | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] === 'export') return parseExportArgs(argv);
  if (argv[0] !== 'check') return { command: 'error', message: `unknown command '${argv[0]}' (try: newsmd check [PATH…] or newsmd export --format jsonl|csv|brat [PATH…])` };

  const options: CheckOptions = { command: 'check', paths: [], gazetteers: [], format: 'text' };
  let formatSeen = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { command: 'help' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const format = readFormat(argv, i, FORMATS, 'unknown format', formatSeen);
      if ('message' in format) return { command: 'error', message: format.message };
      i = format.next;
      formatSeen = true;
      options.format = format.value;
    } else {
      const taken = takeInputArg(argv, i, options);
      if ('message' in taken) return { command: 'error', message: taken.message };
      if (taken.next < 0) break;
      i = taken.next;
    }
  }
  if (options.paths.length === 0) options.paths.push('.');
  return options;
}

const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'brat'];

function parseExportArgs(argv: string[]): ParsedArgs {
  const options: ExportOptions = { command: 'export', paths: [], gazetteers: [], format: 'jsonl', out: null };
  let formatSeen = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { command: 'help' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const format = readFormat(argv, i, EXPORT_FORMATS, 'unknown export format', formatSeen);
      if ('message' in format) return { command: 'error', message: format.message };
      i = format.next;
      formatSeen = true;
      options.format = format.value;
    } else if (arg === '--out' || arg === '-o' || arg.startsWith('--out=')) {
      const value = arg.startsWith('--out=') ? arg.slice('--out='.length) : argv[++i];
      if (!value) return { command: 'error', message: '--out needs a folder' };
      if (options.out !== null) return { command: 'error', message: '--out given twice' };
      options.out = value;
    } else {
      const taken = takeInputArg(argv, i, options);
      if ('message' in taken) return { command: 'error', message: taken.message };
      if (taken.next < 0) break;
      i = taken.next;
    }
  }
  // A required choice: silently picking a format would hide a typo'd script.
  if (!formatSeen) return { command: 'error', message: 'export needs --format jsonl, csv or brat' };
  if (options.format === 'brat' && options.out === null) return { command: 'error', message: '--format brat needs --out DIR (the folder for the .txt and .ann files)' };
  if (options.format !== 'brat' && options.out !== null) return { command: 'error', message: `--out is only for --format brat (${options.format} goes to standard output)` };
  if (options.paths.length === 0) options.paths.push('.');
  return options;
}

type Problem = { message: string };

/** `--format X` or `--format=X` at `argv[i]`, checked against the command's formats. */
function readFormat<F extends string>(
  argv: string[], i: number, allowed: readonly F[], unknownLabel: string, seen: boolean,
): { value: F; next: number } | Problem {
  const arg = argv[i];
  const next = arg === '--format' ? i + 1 : i;
  const value = arg === '--format' ? argv[next] : arg.slice('--format='.length);
  const expected = `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
  if (value === undefined) return { message: `--format needs a value: ${expected}` };
  if (!allowed.includes(value as F)) return { message: `${unknownLabel} '${value}' (expected ${expected})` };
  if (seen) return { message: '--format given twice' };
  return { value: value as F, next };
}

/**
 * The arguments `check` and `export` share: `--gazetteer FILE…`, `--gazetteer=FILE`, `--`, and
 * paths. Returns the index of the last argument consumed, or -1 after `--` (all consumed).
 */
function takeInputArg(argv: string[], i: number, options: { paths: string[]; gazetteers: string[] }): { next: number } | Problem {
  const arg = argv[i];
  if (arg === '--gazetteer' || arg === '-g') {
    let next = i;
    while (next + 1 < argv.length && !argv[next + 1].startsWith('-')) options.gazetteers.push(argv[++next]);
    return next === i ? { message: '--gazetteer needs at least one file' } : { next };
  }
  if (arg.startsWith('--gazetteer=')) {
    const value = arg.slice('--gazetteer='.length);
    if (!value) return { message: '--gazetteer needs a file' };
    options.gazetteers.push(value);
    return { next: i };
  }
  if (arg === '--') {
    options.paths.push(...argv.slice(i + 1));
    return { next: -1 };
  }
  if (arg.startsWith('-') && arg !== '-') return { message: `unknown option '${arg}'` };
  options.paths.push(arg);
  return { next: i };
}

export const HELP = `Usage: newsmd check [PATH…] [--gazetteer FILE…] [--format text|json|sarif]
       newsmd export --format jsonl|csv [PATH…] [--gazetteer FILE…]
       newsmd export --format brat --out DIR [PATH…] [--gazetteer FILE…]

Checks news articles (*.news.md; folders are searched recursively) against the gazetteer.

Options:
  --gazetteer FILE…   gazetteer files to use (default: gazetteer.yaml, *.gazetteer.yaml and
                      gazetteer/*.yaml in the current directory and in each given folder)
  --format FORMAT     text (default), json or sarif
  --help, --version

Exit status: 0 no errors, 1 errors found, 2 could not run.

export writes what the articles mention (entities, dates, figures) for other tools:
  jsonl   one JSON object per article on standard output; start/end are UTF-16 code-unit
          offsets into the file as it is on disk, front matter included
  csv     a table of figures, dates and events (RFC 4180) on standard output, with ACLED
          time_precision and UCDP date_prec columns; start/end as in jsonl
  brat    a NAME.txt (the article body) and NAME.ann (brat standoff, offsets in code points)
          per article under --out DIR, created if missing; other files there are left alone
Export exit status: 0 exported, 2 could not run (or skipped an unreadable article).
`;
