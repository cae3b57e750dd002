/** Where handler failures go (the LSP console in the server). */
export interface ErrorSink {
  error(message: string): void;
}

/**
 * Runs one handler so that a bug costs that one answer, never the server: a throw is logged with
 * its stack and the handler's fallback (an empty result) is returned instead.
 */
export function runSafely<T>(sink: ErrorSink, name: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    sink.error(`newsmd: ${name} failed: ${describeError(err)}`);
    return fallback;
  }
}

export async function runSafelyAsync<T>(sink: ErrorSink, name: string, fallback: T, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    sink.error(`newsmd: ${name} failed: ${describeError(err)}`);
    return fallback;
  }
}

export function describeError(err: unknown): string {
  return err instanceof Error ? err.stack ?? err.message : String(err);
}
