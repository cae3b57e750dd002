// The part of Node's `assert` the web suite uses (and test/e2e/suite/helpers.ts, which it
// shares): the web worker extension host has no Node modules, so scripts/e2e/webTests.mjs maps
// `assert` to this file when it bundles the suite.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function failWith(message: string | Error | undefined, fallback: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback);
}

export function fail(message?: string | Error): never {
  failWith(message, 'Failed');
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) failWith(message, `expected a truthy value, got ${show(value)}`);
}

export function equal(actual: unknown, expected: unknown, message?: string | Error): void {
  // eslint-disable-next-line eqeqeq
  if (actual != expected && !(Number.isNaN(actual) && Number.isNaN(expected))) failWith(message, `${show(actual)} == ${show(expected)}`);
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) failWith(message, `expected ${show(expected)}, got ${show(actual)}`);
}

export function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) failWith(message, `expected something other than ${show(expected)}`);
}

export function deepStrictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (show(actual) !== show(expected)) failWith(message, `expected ${show(expected)}, got ${show(actual)}`);
}

export function match(text: string, re: RegExp, message?: string | Error): void {
  if (!re.test(text)) failWith(message, `${show(text)} does not match ${re}`);
}

export function doesNotMatch(text: string, re: RegExp, message?: string | Error): void {
  if (re.test(text)) failWith(message, `${show(text)} matches ${re}`);
}

export default ok;
