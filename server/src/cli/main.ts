import { isMainThread } from 'node:worker_threads';
import { parseArgs, HELP } from './args';
import { runCheck } from './checkRun';
import './checkWorker';
import { runExport } from './export';
import { InputError } from './files';
import type { Io } from './io';
import serverPackage from '../../package.json';

export type { Io } from './io';

const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: process.stdout.isTTY === true,
  drained: () => new Promise<void>((resolve) => {
    const out = process.stdout;
    if (!out.writableNeedDrain) {
      resolve();
      return;
    }
    // An error (a closed pipe) also ends the wait; the next write reports it as before.
    const done = () => {
      out.off('drain', done);
      out.off('error', done);
      out.off('close', done);
      resolve();
    };
    out.once('drain', done);
    out.once('error', done);
    out.once('close', done);
  }),
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
        return args.command === 'check' ? await runCheck(args, io, serverPackage.version) : await runExport(args, io);
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

export { useColor } from './checkRun';

// A check worker thread loads this same file (the bundle) and must not run the command line.
if (require.main === module && isMainThread) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
