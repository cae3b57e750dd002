import { parseArgs as parseNodeArgs } from 'node:util';

// Argument parsing for `newsmd`, on node's util.parseArgs: every option takes one value and the
// repeatable ones (`--gazetteer`) are given once per value, so options and paths mix in any order
// (`newsmd check --gazetteer g.yaml articles/`), as in ESLint, markdownlint-cli2 or Vale.

export type OutputFormat = 'text' | 'json' | 'sarif';
export type ExportFormat = 'jsonl' | 'csv' | 'brat';

/** What `check` and `export` share: what to read and how to find the workspace. */
export interface InputOptions {
  /** Paths, folders, globs, and `-` for standard input. */
  paths: string[];
  /** `-g/--gazetteer FILE|DIR`, repeatable; replaces discovery and the configuration's `gazetteer`. */
  gazetteers: string[];
  /** `-c/--config FILE`: used instead of every `.newsmd.yaml`; its folder is the workspace root. */
  config: string | null;
  /** `--no-config`: read no `.newsmd.yaml`. */
  noConfig: boolean;
  /** `--stdin-filename NAME`: the path of the article read from `-` (for its workspace and in reports). */
  stdinFilename: string | null;
}

export interface CheckOptions extends InputOptions {
  command: 'check';
  format: OutputFormat;
  /** `--quiet`: report errors only. */
  quiet: boolean;
  /** `--max-warnings N`: more warnings than N make the exit status 1; null = no limit. */
  maxWarnings: number | null;
  /** `--color` / `--no-color`; null = decide from NO_COLOR, FORCE_COLOR and whether stdout is a terminal. */
  color: boolean | null;
}

export interface ExportOptions extends InputOptions {
  command: 'export';
  format: ExportFormat;
  /** The folder brat pairs are written to; only for `--format brat`, where it is required. */
  out: string | null;
}

export type ParsedArgs =
  | CheckOptions | ExportOptions
  | { command: 'help'; topic: 'check' | 'export' | null }
  | { command: 'version' }
  | { command: 'error'; message: string };

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'brat'];

const INPUT_OPTIONS = {
  gazetteer: { type: 'string', short: 'g', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const CHECK_OPTIONS = {
  ...INPUT_OPTIONS,
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

const EXPORT_OPTIONS = {
  ...INPUT_OPTIONS,
  out: { type: 'string', short: 'o' },
} as const;

/** What each option's value is, for messages. */
const VALUE_NAMES: Record<string, string> = {
  gazetteer: 'a file or folder', config: 'a file', 'stdin-filename': 'a file name', 'max-warnings': 'a number', out: 'a folder',
};

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = commandFirst(argv);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help', topic: null };
  if (command === '--version' || command === '-v' || command === '-V') return { command: 'version' };
  if (command.startsWith('-')) {
    return { command: 'error', message: `no command among the arguments (try: newsmd check [PATH…] or newsmd export --format jsonl|csv|brat [PATH…])` };
  }
  if (command !== 'check' && command !== 'export') {
    return { command: 'error', message: `unknown command '${command}' (try: newsmd check [PATH…] or newsmd export --format jsonl|csv|brat [PATH…])` };
  }

  let parsed;
  try {
    parsed = parseNodeArgs({ args: rest, options: command === 'check' ? CHECK_OPTIONS : EXPORT_OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    return { command: 'error', message: explain(err) };
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) return { command: 'help', topic: command };
  if (values.version) return { command: 'version' };

  // Single-valued options given twice are refused rather than silently taking the last one.
  const counts = new Map<string, number>();
  for (const t of parsed.tokens ?? []) if (t.kind === 'option') counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
  for (const [name, n] of counts) if (n > 1 && name !== 'gazetteer') return { command: 'error', message: `--${name} given twice` };

  const str = (name: string): string | null => (typeof values[name] === 'string' ? (values[name] as string) : null);
  const inputs: InputOptions = {
    paths: parsed.positionals.length > 0 ? parsed.positionals : ['.'],
    gazetteers: (values.gazetteer as string[] | undefined) ?? [],
    config: str('config'),
    noConfig: values['no-config'] === true,
    stdinFilename: str('stdin-filename'),
  };
  for (const [name, value] of [['gazetteer', inputs.gazetteers.find((g) => g === '')], ['config', inputs.config], ['stdin-filename', inputs.stdinFilename]] as const) {
    if (value === '') return { command: 'error', message: `--${name} needs ${VALUE_NAMES[name]}` };
  }
  if (inputs.config !== null && inputs.noConfig) return { command: 'error', message: '--config and --no-config exclude each other' };
  const stdinCount = inputs.paths.filter((p) => p === '-').length;
  if (stdinCount > 1) return { command: 'error', message: "'-' (standard input) given twice" };
  if (inputs.stdinFilename !== null && stdinCount === 0) return { command: 'error', message: "--stdin-filename needs '-' among the paths (the article read from standard input)" };

  if (command === 'check') {
    const format = str('format') ?? 'text';
    if (!FORMATS.includes(format as OutputFormat)) return { command: 'error', message: `unknown format '${format}' (expected ${list(FORMATS)})` };
    let maxWarnings: number | null = null;
    const max = str('max-warnings');
    if (max !== null) {
      if (!/^\d+$/.test(max)) return { command: 'error', message: `--max-warnings needs a whole number of 0 or more, not '${max}'` };
      maxWarnings = Number(max);
    }
    if (values.color && values['no-color']) return { command: 'error', message: '--color and --no-color exclude each other' };
    return {
      command: 'check', ...inputs, format: format as OutputFormat, quiet: values.quiet === true, maxWarnings,
      color: values.color ? true : values['no-color'] ? false : null,
    };
  }

  const format = str('format');
  // A required choice: silently picking a format would hide a typo'd script.
  if (format === null) return { command: 'error', message: 'export needs --format jsonl, csv or brat' };
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) return { command: 'error', message: `unknown export format '${format}' (expected ${list(EXPORT_FORMATS)})` };
  const out = str('out');
  if (out === '') return { command: 'error', message: '--out needs a folder' };
  if (format === 'brat' && out === null) return { command: 'error', message: '--format brat needs --out DIR (the folder for the .txt and .ann files)' };
  if (format !== 'brat' && out !== null) return { command: 'error', message: `--out is only for --format brat (${format} goes to standard output)` };
  return { command: 'export', ...inputs, format: format as ExportFormat, out };
}

/**
 * The arguments with the command first: options may come before it (`newsmd -f json check`), as
 * they may after it. The command is the first argument that is neither an option nor an option's
 * value; without one, the arguments are returned as they are (help, version or an error follow).
 */
function commandFirst(argv: string[]): string[] {
  if (argv.length === 0 || !argv[0].startsWith('-') || argv[0] === '-') return argv;
  let tokens;
  try {
    tokens = parseNodeArgs({ args: argv, options: { ...CHECK_OPTIONS, ...EXPORT_OPTIONS }, allowPositionals: true, strict: false, tokens: true }).tokens ?? [];
  } catch {
    return argv;
  }
  const first = tokens.find((t) => t.kind === 'positional' || t.kind === 'option-terminator');
  if (!first || first.kind !== 'positional') return argv;
  return [argv[first.index], ...argv.slice(0, first.index), ...argv.slice(first.index + 1)];
}

function list(items: readonly string[]): string {
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** parseArgs' errors, in this tool's words. */
function explain(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code;
  const option = message.match(/'(-[^' ]+)/)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${option}' (see newsmd check --help)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const name = message.match(/--([a-z-]+)/)?.[1] ?? option.replace(/^-+/, '');
    const what = name === 'format' ? 'a value' : VALUE_NAMES[name] ?? 'a value';
    if (/ambiguous/.test(message)) return `--${name} needs ${what} (write --${name}=VALUE for a value that starts with '-')`;
    if (/argument missing/.test(message)) return `--${name} needs ${what}`;
    if (/does not take an argument/.test(message)) return `--${name} takes no value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return message;
  return message.split('\n')[0];
}

export const HELP = `Usage: newsmd check [PATH|GLOB…] [options]
       newsmd export --format jsonl|csv [PATH|GLOB…] [options]
       newsmd export --format brat --out DIR [PATH|GLOB…] [options]
       newsmd --version

Checks news articles (*.news.md) against the gazetteer. Folders are searched recursively
(skipping node_modules, dot-folders and what .gitignore or the configuration's \`ignore\` lists);
globs such as 'articles/**/*.news.md' are expanded (quote them); - reads one article from stdin.

Each article belongs to the workspace whose root is the nearest folder above it holding a
.newsmd.yaml (else a .git, else the current directory). Its gazetteer is what --gazetteer names,
else the configuration's \`gazetteer\`, else gazetteer.yaml, *.gazetteer.yaml and gazetteer/*.yaml
found under that root. The configuration also sets \`lint\` severities and \`figures\` tolerances.

Options (before or after the command; each takes one value; give an option again for another value):
  -g, --gazetteer FILE|DIR  a gazetteer file, or a folder of .yaml files (repeatable)
  -c, --config FILE         use FILE instead of every .newsmd.yaml (its folder is the root)
      --no-config           read no .newsmd.yaml
  -f, --format FORMAT       check: text (default), json or sarif
  -q, --quiet               check: report errors only
      --max-warnings N      check: exit 1 when there are more than N warnings
      --color, --no-color   check: colour the text output (default: when stdout is a terminal;
                            NO_COLOR and FORCE_COLOR are honoured)
      --stdin-filename NAME the path of the article read from -, for its workspace and reports
  -o, --out DIR             export --format brat: the folder to write to
  -h, --help, --version

Exit status: 0 no errors (and no more warnings than --max-warnings); 1 errors found (or too many
warnings); 2 could not run (bad arguments, a gazetteer named that cannot be read, a missing path,
or a file that could not be read: reported as "PATH: cannot read: REASON", the rest still checked).

export writes what the articles mention (entities, dates, figures) for other tools:
  jsonl   one JSON object per article on standard output; start/end are UTF-16 code-unit
          offsets into the file as it is on disk, front matter included
  csv     a table of figures, dates and events (RFC 4180) on standard output, with ACLED
          time_precision and UCDP date_prec columns; start/end as in jsonl
  brat    a NAME.txt (the article body) and NAME.ann (brat standoff, offsets in code points)
          per article under --out DIR, created if missing; other files there are left alone
Export exit status: 0 exported, 2 could not run (or skipped an unreadable article).
`;
