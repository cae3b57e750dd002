// Random article files through the real `newsmd check`: it always answers (exit 0/1; one line for
// each file it refuses, and 2 when it refused them all), never with a stack trace, and every range
// lies inside its file.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { runCli, tempDir } from '../support/cli';
import { repoPath } from '../support/repo';
import { type LspRangeLike, articleLikeText, assertRangesInside, fuzzRuns, fuzzSeed, hostileText } from './support/fuzz';

interface JsonFile {
  path: string;
  entities: Array<{ range: LspRangeLike }>;
  dates: Array<{ range: LspRangeLike }>;
  figures: Array<{ range: LspRangeLike }>;
  diagnostics: Array<{ code: string; range: LspRangeLike }>;
}

describe('newsmd check on random articles', () => {
  test('answers every batch, with every range inside its file', () => {
    fc.assert(fc.property(fc.array(fc.oneof(hostileText, articleLikeText), { minLength: 1, maxLength: 12 }), (texts) => {
      const dir = tempDir();
      try {
        copyFileSync(repoPath('examples', 'gazetteer.yaml'), path.join(dir, 'gazetteer.yaml'));
        texts.forEach((text, i) => writeFileSync(path.join(dir, `random-${i}.news.md`), text));
        const r = runCli(['check', '.', '--format', 'json'], dir, 30_000);
        assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+/, `a stack trace:\n${r.stderr}`);
        // A binary article (NUL bytes) is one line on stderr; exit 2 only when nothing else was readable.
        const refused = texts.filter((t) => t.includes('\u0000')).length;
        const allRefused = refused === texts.length;
        assert.ok(allRefused ? r.status === 2 : r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
        if (refused > 0) assert.equal(r.stderr.match(/^random-\d+\.news\.md: cannot read: binary content/gm)?.length, refused, r.stderr);
        const report = JSON.parse(r.stdout) as { files: JsonFile[] };
        for (const file of report.files) {
          if (file.path === 'gazetteer.yaml') continue;
          // The file as the CLI read it (lone surrogates were written as U+FFFD).
          const onDisk = readFileSync(path.join(dir, file.path), 'utf8');
          assertRangesInside(onDisk, [
            ...file.diagnostics.map((d) => ({ range: d.range, what: `${file.path} ${d.code}` })),
            ...file.entities.map((e) => ({ range: e.range, what: `${file.path} entity` })),
            ...file.dates.map((d) => ({ range: d.range, what: `${file.path} date` })),
            ...file.figures.map((f) => ({ range: f.range, what: `${file.path} figure` })),
          ]);
        }
        const reported = new Set(report.files.map((f) => f.path));
        texts.forEach((text, i) => {
          if (!text.includes('\u0000')) assert.ok(reported.has(`random-${i}.news.md`), `random-${i}.news.md missing from the report`);
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }), { numRuns: fuzzRuns(10), seed: fuzzSeed() });
  });
});
