import { type InputIo, readAllStdin } from './inputs';

/** What a run of the command line talks to: its output streams, standard input and directory. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, for `-` (default: the process's). */
  readStdin?(): Promise<Buffer>;
  /** Where relative paths start and the fallback workspace root (default: process.cwd()). */
  cwd?: string;
  /** Whether stdout is a terminal (colour by default). */
  isTTY?: boolean;
  /**
   * Resolves once what was written to stdout has been taken by the reader (backpressure: a report
   * streamed into a slow pipe must not pile up in memory); default: at once.
   */
  drained?(): Promise<void>;
}

/** The reading side of a run: standard error for notes, standard input for `-`, the current directory. */
export function inputIo(io: Io): InputIo {
  return { stderr: io.stderr, readStdin: io.readStdin ?? readAllStdin, cwd: io.cwd ?? process.cwd() };
}
