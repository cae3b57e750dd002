import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analyzeArticle, analyzeCorpus, prepareGazetteer, withDefaults, type SourceFile } from '../../../server/src/core';
import { REGISTRY, type CheckRef } from '../../../server/src/core/diagnostics/registry';
import { repoPath } from '../../support/repo';

// Each registry row names the check that raises its code, by module and export (the registry is
// pure data and imports no check). Here every named export is wrapped, the sample corpus in
// examples/ (which raises every code) is analysed, and each code must come out of its own
// check. Renaming or moving a check without updating the registry fails this test.

/** The compiled core next to this compiled test, so the wrappers sit on the modules the analysis uses. */
const CORE = path.join(__dirname, '..', '..', '..', 'server', 'src', 'core');

type Fn = (...args: unknown[]) => unknown;
type Exports = Record<string, unknown>;

function moduleOf(ref: CheckRef): Exports {
  return require(path.join(CORE, ref.module)) as Exports;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Records the codes in what a check returned — a diagnostic, a list of them, `{ diagnostics }` —
 * and wraps the methods of a returned object, since the entity matcher's diagnostics come from
 * its `find`.
 */
function observe(value: unknown, record: (code: string) => void, depth = 0): void {
  if (Array.isArray(value)) {
    for (const item of value) observe(item, record, depth);
    return;
  }
  if (!isRecord(value)) return;
  if (typeof value.code === 'string' && isRecord(value.span)) record(value.code);
  if (Array.isArray(value.diagnostics)) observe(value.diagnostics, record, depth);
  if (depth > 0) return;
  for (const [key, method] of Object.entries(value)) {
    if (typeof method === 'function') value[key] = spy(method as Fn, record, depth + 1);
  }
}

function spy(fn: Fn, record: (code: string) => void, depth = 0): Fn {
  return function (this: unknown, ...args: unknown[]) {
    const result = fn.apply(this, args);
    observe(result, record, depth);
    return result;
  };
}

function readAll(folder: string, suffix: string): SourceFile[] {
  return readdirSync(folder).filter((f) => f.endsWith(suffix)).sort()
    .map((f) => ({ uri: `file://${path.join(folder, f)}`, text: readFileSync(path.join(folder, f), 'utf8') }));
}

describe('diagnostics registry: every code comes from its named check', () => {
  /** "module#export" → codes its results held. */
  const seen = new Map<string, Set<string>>();
  const restore: (() => void)[] = [];
  const key = (ref: CheckRef): string => `${ref.module}#${ref.export}`;

  before(() => {
    for (const ref of new Map(REGISTRY.map((r) => [key(r.check), r.check])).values()) {
      const exports = moduleOf(ref);
      const original = exports[ref.export];
      if (typeof original !== 'function') continue; // reported by the first test
      const codes = new Set<string>();
      seen.set(key(ref), codes);
      exports[ref.export] = spy(original as Fn, (code) => codes.add(code));
      restore.push(() => { exports[ref.export] = original; });
    }
  });
  after(() => { for (const undo of restore) undo(); });

  test('each named check is a function its module exports', () => {
    for (const row of REGISTRY) {
      assert.equal(typeof moduleOf(row.check)[row.check.export], 'function', `${row.code}: server/src/core/${row.check.module}.ts exports no function ${row.check.export}`);
    }
  });

  test('analysing examples/ raises each code from the check the registry names', () => {
    const examples = repoPath('examples');
    const gazetteer = prepareGazetteer([...readAll(examples, '.yaml'), ...readAll(path.join(examples, 'gazetteer'), '.yaml')]);
    const settings = withDefaults();
    const analyses = readAll(examples, '.news.md').map((file) => analyzeArticle(file, gazetteer, settings));
    analyzeCorpus(analyses, settings);
    const kinds = { article: 0, corpus: 0, gazetteer: 0 };
    for (const row of REGISTRY) {
      const codes = seen.get(key(row.check)) ?? new Set<string>();
      assert.ok(codes.has(row.code), `${row.code}: ${key(row.check)} never returned it while examples/ was analysed (it returned ${[...codes].join(', ') || 'nothing'})`);
      kinds[row.check.kind] += 1;
    }
    assert.ok(kinds.article > 0 && kinds.corpus > 0 && kinds.gazetteer > 0, JSON.stringify(kinds));
  });
});
