// Entry point the web worker extension host loads as `extensionTestsPath` (scripts/e2e/webTests.mjs
// bundles it, with every *.test.ts of this folder, into one CommonJS file for the browser). The
// host has no file system and no Node: mocha is its browser build, set up here before the test
// files register their suites (the bundle imports this module first), and `run()` rejects when a
// test fails, which makes the page report exit code 1.
import 'mocha/mocha.js';

/** Marks mocha's report lines so the runner can show them apart from the workbench's console. */
export const REPORT_PREFIX = '[newsmd-e2e] ';
/** The last report line, with the number of failures (scripts/e2e/webTests.mjs reads it). */
export const END_MARKER = 'web suite finished, failures: ';

/** Set by the bundler from NEWSMD_E2E_GREP ('' for all tests). */
declare const __NEWSMD_E2E_GREP__: string;

interface MochaGlobal {
  Mocha: { reporters: { Base: { consoleLog: (...args: unknown[]) => void } } };
}

function format(args: unknown[]): string {
  if (typeof args[0] !== 'string') return args.map(String).join(' ');
  let rest = args.slice(1);
  const text = args[0].replace(/%[sdio%]/g, (spec) => {
    if (spec === '%%') return '%';
    if (rest.length === 0) return spec;
    const [value] = rest;
    rest = rest.slice(1);
    return spec === '%d' || spec === '%i' ? String(Number(value)) : String(value);
  });
  return [text, ...rest.map(String)].join(' ');
}

const { Base } = (globalThis as unknown as MochaGlobal).Mocha.reporters;
Base.consoleLog = (...args: unknown[]) => console.log(REPORT_PREFIX + format(args));
mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60_000 });
if (__NEWSMD_E2E_GREP__) mocha.grep(__NEWSMD_E2E_GREP__);

export async function run(): Promise<void> {
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  console.log(`${REPORT_PREFIX}${END_MARKER}${failures}`);
  if (failures > 0) throw new Error(`${failures} web extension-host test(s) failed`);
}
