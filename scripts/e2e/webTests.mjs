#!/usr/bin/env node
// The browser build's end-to-end tests (package.json `browser`: dist/web/extension.js, with the
// language service in a Web Worker, dist/web/server.js), in code-server's *web worker* extension
// host — where vscode.dev and github.dev run extensions. The package has both `main` and
// `browser`, so VS Code would pick the Node host; the user setting `remote.extensionKind`
// {"<publisher>.<name>": ["web"]} makes it run the browser build in the worker instead.
//
//   web extension host: test/e2e/web/suite/*.ts (mocha's browser build, tdd), bundled by esbuild for
//     the browser into out/test/e2e/web/suite/index.js and run as the development extension's tests
//     (code-server's smoke-test driver, `payload` with extensionDevelopmentPath/extensionTestsPath);
//     the page reports the exit code through codeAutomationExit, mocha's report through codeAutomationLog.
//   web UI: test/e2e/web/ui/*.test.mjs (node:test + playwright-core) with the packaged .vsix installed.
//
// Both run on a copy of examples/ (never the repository's own). `node scripts/e2e/webTests.mjs
// [suite|ui] [filter]`: one stage only; the filter is a UI file name substring (NEWSMD_E2E_GREP
// filters the in-host tests).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { quietSettings } from './codeServer.mjs';
import { repoRoot } from './paths.mjs';
import { runUiSuite } from './uiSuite.mjs';
import { runWorkbenchSuite } from './workbenchSuite.mjs';

export const webSuiteSourceDir = path.join(repoRoot, 'test', 'e2e', 'web', 'suite');
export const webSuiteOutDir = path.join(repoRoot, 'out', 'test', 'e2e', 'web', 'suite');
export const webUiTestDir = path.join(repoRoot, 'test', 'e2e', 'web', 'ui');
export const webWorkspace = path.join(repoRoot, 'examples');

function manifest(extensionPath = repoRoot) {
  return JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
}

/** The user settings of a run: quiet, and this extension forced into the web worker host. */
export function webSettings(extensionPath = repoRoot) {
  const { publisher, name } = manifest(extensionPath);
  return { ...quietSettings, 'remote.extensionKind': { [`${publisher}.${name}`]: ['web'] } };
}

/** The browser bundle the extension runs: both files must be built (`npm run build`). */
function checkWebBuild(extensionPath = repoRoot) {
  const browserEntry = manifest(extensionPath).browser;
  if (!browserEntry) throw new Error('package.json has no `browser` entry');
  for (const file of [browserEntry, 'dist/web/server.js']) {
    if (!fs.existsSync(path.join(extensionPath, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
}

/**
 * Bundles the web suite into one CommonJS file for the browser: index.ts first (it sets mocha up),
 * then every *.test.ts of the folder in name order; `vscode` comes from the host, `assert` is the
 * suite's small browser version.
 */
export async function compileWebSuite({ grep = process.env.NEWSMD_E2E_GREP ?? '', outDir = webSuiteOutDir } = {}) {
  const tests = fs.readdirSync(webSuiteSourceDir).filter((n) => n.endsWith('.test.ts')).sort();
  if (tests.length === 0) throw new Error('no test file in test/e2e/web/suite');
  fs.rmSync(outDir, { recursive: true, force: true });
  const outfile = path.join(outDir, 'index.js');
  const assertShim = path.join(webSuiteSourceDir, 'assert.ts');
  await build({
    stdin: {
      contents: [
        "import { run } from './index';",
        ...tests.map((name) => `import './${name.replace(/\.ts$/, '')}';`),
        'export { run };',
      ].join('\n'),
      resolveDir: webSuiteSourceDir,
      sourcefile: 'web-suite-entry.ts',
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    define: { __NEWSMD_E2E_GREP__: JSON.stringify(grep) },
    plugins: [{
      name: 'web-suite-shims',
      setup(b) {
        b.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, () => ({ path: assertShim }));
        // mocha.js is a UMD bundle that esbuild inlines unwrapped: its `module.exports = factory()`
        // would replace this bundle's own exports (`run`) with the mocha instance (the host then
        // calls mocha's `run` and never hears back). With `module`/`exports` hidden it takes its
        // browser branch: `globalThis.mocha = factory()`.
        b.onLoad({ filter: /[\\/]node_modules[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
          contents: `(function (module, exports) {\n${await fs.promises.readFile(args.path, 'utf8')}\n}).call(globalThis);`,
          loader: 'js',
        }));
      },
    }],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

/** The in-host suite in the web worker extension host, with the repository as the development extension. */
export async function runWebHostTests({ workspace = webWorkspace, extensionPath = repoRoot, timeoutMs = 240_000 } = {}) {
  checkWebBuild(extensionPath);
  // VS Code runs the tests in the host of the extension whose folder holds them (a tests file
  // outside every extension goes to the Node host): so the bundle goes inside the extension's folder.
  const testsEntry = await compileWebSuite({ outDir: path.join(extensionPath, path.relative(repoRoot, webSuiteOutDir)) });
  return runWorkbenchSuite({
    label: 'web extension-host', logName: 'web-host', workspace, extensionPath, testsEntry, timeoutMs,
    settings: webSettings(extensionPath), forwardPageConsole: true,
  });
}

/** The web UI tests: the packaged .vsix installed as a user installs it, forced into the web worker host. */
export async function runWebUiTests({ workspace = webWorkspace, only } = {}) {
  checkWebBuild();
  return runUiSuite({ label: 'web UI', tag: 'webui', testDir: webUiTestDir, workspace, only, settings: webSettings() });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [which, only] = process.argv.slice(2);
  const workspace = process.env.NEWSMD_E2E_WORKSPACE ? path.resolve(process.env.NEWSMD_E2E_WORKSPACE) : undefined;
  const extensionPath = process.env.NEWSMD_E2E_EXTENSION ? path.resolve(process.env.NEWSMD_E2E_EXTENSION) : undefined;
  const stages = [
    ['web extension host', 'suite', () => runWebHostTests({ workspace, extensionPath })],
    ['web UI', 'ui', () => runWebUiTests({ workspace, only })],
  ].filter(([, key]) => !which || which === key);
  if (stages.length === 0) {
    console.error('usage: node scripts/e2e/webTests.mjs [suite|ui] [UI file filter]');
    process.exit(2);
  }
  let failed = 0;
  for (const [name, , run] of stages) {
    const started = Date.now();
    let result;
    try {
      result = await run();
    } catch (error) {
      result = { passed: 0, failed: 1, error: error instanceof Error ? error.stack : String(error) };
    }
    if (result.error) console.error(`${name}: ${result.error}`);
    console.log(`${name}: ${result.passed} passed, ${result.failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    failed += result.failed;
  }
  process.exit(failed > 0 ? 1 : 0);
}
