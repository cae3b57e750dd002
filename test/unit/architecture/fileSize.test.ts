import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../../support/repo';

// Small files with one job each (issue 15): no source file of the server, core or CLI grows past
// 300 lines. A file that must be longer says so in its first line (`// generated`).

const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

test(`no file in server/src is over ${MAX_LINES} lines`, () => {
  const files = sourceFiles(repoPath('server', 'src'));
  assert.ok(files.length > 100, 'the walk found the sources');
  const tooLong = files
    .map((file) => ({ file: path.relative(repoPath(), file), text: readFileSync(file, 'utf8') }))
    .filter(({ text }) => !text.startsWith('// generated'))
    .map(({ file, text }) => ({ file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) }))
    .filter(({ lines }) => lines > MAX_LINES);
  assert.deepEqual(tooLong, [], `split these files: ${tooLong.map((t) => `${t.file} (${t.lines})`).join(', ')}`);
});
