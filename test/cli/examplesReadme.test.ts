import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { runCli } from '../support/cli';
import { repoPath, repoRoot } from '../support/repo';

// examples/README.md says what `newsmd check examples` prints: per article and per gazetteer file,
// the line and code of every diagnostic, and under "Coverage" how often each code is raised. This
// test reads those tables and compares them with the real run, so the page cannot drift.

const readme = readFileSync(repoPath('examples', 'README.md'), 'utf8');

/** The lines of the README between a heading and the next heading of the same or a higher level. */
function section(heading: string): string[] {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  assert.ok(start >= 0, `examples/README.md has no "${heading}" section`);
  const level = /^#+/.exec(heading)?.[0].length ?? 0;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && (/^#+/.exec(l)?.[0].length ?? 0) <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The body rows of the first Markdown table in some lines, as trimmed cells. */
function tableRows(lines: string[]): string[][] {
  const first = lines.findIndex((l) => l.startsWith('|'));
  const after = lines.findIndex((l, i) => i > first && !l.startsWith('|'));
  const rows = lines.slice(first, after < 0 ? undefined : after).map((l) => l.slice(1, l.trimEnd().endsWith('|') ? l.trimEnd().length - 1 : undefined).split('|').map((c) => c.trim()));
  assert.ok(rows.length >= 3, 'a table with a header, a separator and rows');
  return rows.slice(2);
}

/** "12: `code`" pairs in a cell, as "12 code". */
function listed(cell: string): string[] {
  return [...cell.matchAll(/(\d+): `([a-z-]+)`/g)].map((m) => `${m[1]} ${m[2]}`);
}

/** File (relative to the repository, as `newsmd check examples` prints it) → "line code" entries the README lists. */
function readmeExpectations(): Map<string, string[]> {
  const expected = new Map<string, string[]>();
  const add = (file: string, entries: string[]) => expected.set(file, [...(expected.get(file) ?? []), ...entries]);

  for (const cells of tableRows(section('## What each article shows'))) {
    assert.equal(cells.length, 3, `an article row has three cells: ${cells.join(' | ')}`);
    const article = /^`([^`]+)`$/.exec(cells[0]);
    assert.ok(article, `the first cell names an article: ${cells[0]}`);
    const entries = listed(cells[1]);
    if (entries.length === 0) assert.match(cells[1], /^none\b/, `a row without "line: code" says none: ${cells[1]}`);
    add(`examples/${article[1]}.news.md`, entries);
  }

  for (const cells of tableRows(section('### Gazetteer files'))) {
    const m = /^`([^`]+)` (\d+): `([a-z-]+)`$/.exec(cells[0]);
    assert.ok(m, `a gazetteer row starts with \`file\` line: \`code\`: ${cells[0]}`);
    add(`examples/${m[1]}`, [`${m[2]} ${m[3]}`]);
  }
  return expected;
}

/** Code → how often the "Coverage" paragraph says it is raised ("(2)", "(a pair)", or once). */
function coverageCounts(): Map<string, number> {
  const text = section('### Coverage').join('\n');
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/`([a-z-]+)`(?: \((\d+|a pair)\))?/g)) {
    counts.set(m[1], m[2] === undefined ? 1 : m[2] === 'a pair' ? 2 : Number(m[2]));
  }
  return counts;
}

describe('examples/README.md lists exactly what newsmd check examples prints', () => {
  // The text report as users see it: one unindented `path:line:col: severity code message` per
  // diagnostic (related notes are indented), then the summary line.
  const run = runCli(['check', 'examples', '--no-color'], repoRoot);
  const actual = new Map<string, string[]>();
  for (const line of run.stdout.split('\n')) {
    const m = /^(examples\/[^:]+):(\d+):\d+: (?:error|warning|information|hint) ([a-z-]+) /.exec(line);
    if (m) actual.set(m[1], [...(actual.get(m[1]) ?? []), `${m[2]} ${m[3]}`].sort());
  }

  test('every article of examples/ has a row', () => {
    const articles = readdirSync(repoPath('examples')).filter((f) => f.endsWith('.news.md')).map((f) => `examples/${f}`).sort();
    const rows = [...readmeExpectations().keys()].filter((f) => f.endsWith('.news.md')).sort();
    assert.deepEqual(rows, articles);
  });

  test('per file, the lines and codes of the tables are the diagnostics printed', () => {
    assert.equal(run.status, 1, run.stderr);
    const summary = /^(\d+) files checked: (\d+) errors, (\d+) warnings, (\d+) information, (\d+) hints$/m.exec(run.stdout);
    assert.ok(summary, `a summary line: ${run.stdout.slice(-200)}`);
    const total = [...actual.values()].reduce((n, entries) => n + entries.length, 0);
    assert.equal(total, Number(summary[2]) + Number(summary[3]) + Number(summary[4]) + Number(summary[5]), 'every printed diagnostic was read');
    const expected = readmeExpectations();
    // Every file either lists, sorted, so one diff shows all the drift at once.
    const files = [...new Set([...expected.keys(), ...actual.keys()])].sort();
    const listedByReadme = Object.fromEntries(files.map((f) => [f, [...(expected.get(f) ?? [])].sort()]));
    const printed = Object.fromEntries(files.map((f) => [f, actual.get(f) ?? []]));
    assert.deepEqual(printed, listedByReadme, 'actual: newsmd check examples ("line code" per file); expected: examples/README.md');
  });

  test('the Coverage paragraph counts each code as often as it is printed', () => {
    const printed = new Map<string, number>();
    for (const diagnostics of actual.values()) {
      for (const entry of diagnostics) {
        const code = entry.split(' ')[1];
        printed.set(code, (printed.get(code) ?? 0) + 1);
      }
    }
    const sorted = (m: Map<string, number>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
    assert.deepEqual(sorted(coverageCounts()), sorted(printed));
  });
});
