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
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value === undefined) return { command: 'error', message: '--format needs a value: text, json or sarif' };
      if (!FORMATS.includes(value as OutputFormat)) {
        return { command: 'error', message: `unknown format '${value}' (expected text, json or sarif)` };
      }
      if (formatSeen) return { command: 'error', message: '--format given twice' };
      formatSeen = true;
      options.format = value as OutputFormat;
    } else if (arg === '--gazetteer' || arg === '-g') {
      let taken = 0;
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) {
        options.gazetteers.push(argv[++i]);
        taken++;
      }
      if (taken === 0) return { command: 'error', message: '--gazetteer needs at least one file' };
    } else if (arg.startsWith('--gazetteer=')) {
      const value = arg.slice('--gazetteer='.length);
      if (!value) return { command: 'error', message: '--gazetteer needs a file' };
      options.gazetteers.push(value);
    } else if (arg === '--') {
      options.paths.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { command: 'error', message: `unknown option '${arg}'` };
    } else {
      options.paths.push(arg);
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
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value === undefined) return { command: 'error', message: '--format needs a value: jsonl, csv or brat' };
      if (!EXPORT_FORMATS.includes(value as ExportFormat)) {
        return { command: 'error', message: `unknown export format '${value}' (expected jsonl, csv or brat)` };
      }
      if (formatSeen) return { command: 'error', message: '--format given twice' };
      formatSeen = true;
      options.format = value as ExportFormat;
    } else if (arg === '--out' || arg === '-o' || arg.startsWith('--out=')) {
      const value = arg.startsWith('--out=') ? arg.slice('--out='.length) : argv[++i];
      if (!value) return { command: 'error', message: '--out needs a folder' };
      if (options.out !== null) return { command: 'error', message: '--out given twice' };
      options.out = value;
    } else if (arg === '--gazetteer' || arg === '-g') {
      let taken = 0;
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) {
        options.gazetteers.push(argv[++i]);
        taken++;
      }
      if (taken === 0) return { command: 'error', message: '--gazetteer needs at least one file' };
    } else if (arg.startsWith('--gazetteer=')) {
      const value = arg.slice('--gazetteer='.length);
      if (!value) return { command: 'error', message: '--gazetteer needs a file' };
      options.gazetteers.push(value);
    } else if (arg === '--') {
      options.paths.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { command: 'error', message: `unknown option '${arg}'` };
    } else {
      options.paths.push(arg);
    }
  }
  // A required choice: silently picking a format would hide a typo'd script.
  if (!formatSeen) return { command: 'error', message: 'export needs --format jsonl, csv or brat' };
  if (options.format === 'brat' && options.out === null) return { command: 'error', message: '--format brat needs --out DIR (the folder for the .txt and .ann files)' };
  if (options.format !== 'brat' && options.out !== null) return { command: 'error', message: `--out is only for --format brat (${options.format} goes to standard output)` };
  if (options.paths.length === 0) options.paths.push('.');
  return options;
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
