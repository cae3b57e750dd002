import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { IConfiguration, ICruiseResult, IViolation } from 'dependency-cruiser' with { 'resolution-mode': 'import' };
import { repoPath, repoRoot } from '../../support/repo';
import { tempFolders } from '../../support/tempFolders';
import { writeTree } from '../../support/trees';

// The import graph of server/src and client/src, walked by dependency-cruiser with the rules of
// .dependency-cruiser.cjs: no circle of files, no circle of folders, a pure core (no `fs`, no
// `vscode`, no `vscode-languageserver`, nothing from the front ends), every import resolved.
// Type-only imports count. On a failure every violation is printed with its whole circle.

const config = require(repoPath('.dependency-cruiser.cjs')) as IConfiguration;
const newFolder = tempFolders('newsmd-arch-');

/** Cruises `paths` (relative to `baseDir`) with the project's rules; resolves to the violations. */
async function violationsIn(baseDir: string, paths: string[]): Promise<{ result: ICruiseResult; violations: IViolation[] }> {
  // dependency-cruiser is an ES module; these tests compile to CommonJS.
  const { cruise } = await import('dependency-cruiser');
  const { default: extractTSConfig } = await import('dependency-cruiser/config-utl/extract-ts-config');
  const tsConfigFile = repoPath('tsconfig.json');
  const output = await cruise(
    paths,
    { ...config.options, baseDir, tsConfig: { fileName: tsConfigFile }, ruleSet: { forbidden: config.forbidden }, validate: true, outputType: 'json' },
    {},
    { tsConfig: extractTSConfig(tsConfigFile) },
  );
  const result = (typeof output.output === 'string' ? JSON.parse(output.output) : output.output) as ICruiseResult;
  return { result, violations: result.summary.violations };
}

/** One line per violation: the rule, and the circle or the import that breaks it. */
function describeViolation(v: IViolation): string {
  const cycle = (v.cycle ?? []).map((step) => (typeof step === 'string' ? step : step.name));
  const where = cycle.length > 0 ? [v.from, ...cycle].join(' → ') : `${v.from} → ${v.to}`;
  return `${v.rule.name}: ${where}`;
}

function report(violations: IViolation[]): string {
  return `${violations.length} import rule violation(s) in server/src and client/src:\n${violations.map((v) => `  ${describeViolation(v)}`).join('\n')}\n`
    + 'Cut a circle by moving the shared type or function down into the lower module (README, "Architecture").';
}

describe('architecture: the import graph', () => {
  test('no circle of files or folders, a pure core, every import resolved', async (t) => {
    const { result, violations } = await violationsIn(repoRoot, ['server/src', 'client/src']);
    t.diagnostic(`${result.summary.totalCruised} modules, ${result.summary.totalDependenciesCruised} imports`);
    // A walk that resolved nothing would find no circle either.
    const ours = result.modules.filter((m) => /^(server|client)\/src\/.*\.ts$/.test(m.source));
    assert.ok(ours.length > 100, `only ${ours.length} source files were cruised`);
    const core = result.modules.find((m) => m.source === 'server/src/core/analyze.ts');
    assert.ok(core && core.dependencies.some((d) => d.resolved.startsWith('server/src/core/')), 'the core\'s own imports were not resolved');
    if (violations.length > 0) console.error(report(violations));
    assert.deepEqual(violations.map(describeViolation), [], report(violations));
  });

  test('the rules catch a file circle, a type-only one, a folder circle, an impure core and a front end importing another', async () => {
    const dir = writeTree(newFolder(), {
      // a ↔ b: a plain file circle.
      'server/src/lsp/a.ts': "import { b } from './b';\nexport const a = (): number => b + 1;\n",
      'server/src/lsp/b.ts': "import type { A } from './types';\nimport { a } from './a';\nexport const b = 1;\nexport const use = (x: A): number => x + a();\n",
      // x ↔ y through types only.
      'server/src/lsp/types.ts': "import type { Y } from './y';\nexport type A = number;\nexport type X = Y | string;\n",
      'server/src/lsp/y.ts': "import type { X } from './types';\nexport type Y = { x: X };\n",
      // core/one → cli/two → core/three: no file circle, but the folders core and cli import each other.
      'server/src/core/one.ts': "import { two } from '../cli/two';\nexport const one = two;\n",
      'server/src/cli/two.ts': "import { three } from '../core/three';\nexport const two = three;\n",
      'server/src/core/three.ts': "import { readFileSync } from 'node:fs';\nexport const three = readFileSync;\n",
      // The command line reaching into the language server.
      'server/src/cli/four.ts': "import { a } from '../lsp/a';\nexport const four = a;\n",
    });
    const { violations } = await violationsIn(dir, ['server/src']);
    const lines = violations.map(describeViolation);
    const has = (rule: string, ...files: string[]): boolean =>
      lines.some((l) => l.startsWith(`${rule}: `) && files.every((f) => l.includes(f)));
    assert.ok(has('no-circular', 'server/src/lsp/a.ts', 'server/src/lsp/b.ts'), lines.join('\n'));
    assert.ok(has('no-circular', 'server/src/lsp/types.ts', 'server/src/lsp/y.ts'), lines.join('\n'));
    assert.ok(has('no-circular-folders', 'server/src/core', 'server/src/cli'), lines.join('\n'));
    assert.ok(!has('no-circular', 'server/src/core/one.ts'), lines.join('\n'));
    assert.ok(has('core-is-pure', 'server/src/core/three.ts'), lines.join('\n'));
    assert.ok(has('core-imports-only-core', 'server/src/core/one.ts', 'server/src/cli/two.ts'), lines.join('\n'));
    assert.ok(has('front-ends-apart', 'server/src/cli/four.ts', 'server/src/lsp/a.ts'), lines.join('\n'));
    assert.match(report(violations), new RegExp(`no-circular: ${path.posix.join('server/src/lsp', '(a|b)\\.ts')} → `));
  });
});
