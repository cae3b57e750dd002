import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runBench } from '../../../bench/run';

// The benchmark is not part of pass/fail (timings depend on the machine), but it must keep
// running: the smoke mode, in process, produces every row of the table, each with a number.

test('npm run bench -- --smoke produces every row', { timeout: 180_000 }, async () => {
  const result = await runBench({ smoke: true, log: () => undefined });
  const steps = result.rows.map((r) => r.step);
  const expected = [
    /^analysis of a 1,000-word article, median$/,
    /^analysis of a 1,000-word article never analysed before, median$/,
    /^analysis of a 1,000-word article, p95$/,
    /^gazetteer load, cold$/,
    /^gazetteer load, from its cache$/,
    /^keystroke to fresh diagnostics/,
    /^workspace index of .* articles, cold$/,
    /^workspace index of .* articles, warm$/,
    /^peak resident memory of the server$/,
  ];
  for (const pattern of expected) assert.ok(steps.some((s) => pattern.test(s)), `a row ${pattern}: ${steps.join(' | ')}`);
  for (const row of result.rows) assert.ok(Number.isFinite(row.ms) && row.ms > 0, `${row.step}: ${row.ms}`);
  for (const pattern of [/^hover after indexing .* articles \(median\)$/, /^completion after `\{@` with .* entries \(median\)$/, /^peak resident memory of the server, .* articles$/]) {
    assert.ok(steps.some((s) => pattern.test(s)), `a scaling row ${pattern}: ${steps.join(' | ')}`);
  }
  for (const row of result.rows.filter((r) => !r.bytes && !r.standalone)) {
    assert.ok(row.naiveMs !== undefined && row.scanMs !== undefined, `${row.step} has its naive and scan-limit columns`);
  }
  assert.match(result.markdown, /\| step \| measured \| target/);
  assert.match(result.machine, /cores .*Node v\d+/);
});
