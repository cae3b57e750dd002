// Every hostile input through the real `newsmd check`: answered within a bound (a hang guard, not a
// performance test), with a clear diagnostic on the hostile file, and the ordinary article next to
// it still checked.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { prepareGazetteer } from '../../server/src/core';
import { runCli, tempDir } from '../support/cli';
import {
  ORDINARY_ARTICLE, binaryBytes, deepBlockGazetteer, deepFlowGazetteer, hostileFixture, hugeFrontMatterArticle, hugeScalarGazetteer,
  longLineArticle, wideFrontMatterArticle, wideMapGazetteer,
} from './support/hostileInputs';

// A hang detector, not a speed test (docs/performance.md has the timings): generous enough for a
// loaded 2-core machine, where a 50 MB file takes ~10 s alone and three times that beside other jobs.
const BOUND_MS = 90_000;

/** Workspaces made here hold files of up to 50 MB: remove them when the file's tests are done. */
const created: string[] = [];
after(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

interface JsonFile {
  path: string;
  published: string | null;
  entities: Array<{ id: string | null }>;
  diagnostics: Array<{ code: string; message: string; severity: string }>;
}

/** `exits`: 0/1 normally; the CLI's documented answer to a file it cannot read as text is exit 2 with one line. */
function checkWorkspace(files: Record<string, string | Buffer>, exits: number[] = [0, 1]): { status: number | null; files: Map<string, JsonFile>; stderr: string; ms: number; dir: string } {
  const dir = tempDir();
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const started = Date.now();
  const r = runCli(['check', '.', '--format', 'json'], dir, BOUND_MS);
  const ms = Date.now() - started;
  assert.ok(r.status !== null && exits.includes(r.status), `exit ${r.status}\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+/, `a stack trace on stderr:\n${r.stderr}`);
  const parsed = JSON.parse(r.stdout) as { files: JsonFile[] };
  return { status: r.status, files: new Map(parsed.files.map((f) => [f.path, f])), stderr: r.stderr, ms, dir };
}

function assertHasDiagnostic(file: JsonFile | undefined, code: string, message: RegExp): void {
  assert.ok(file, 'the file is missing from the report');
  assert.ok(file.diagnostics.some((d) => d.code === code && message.test(d.message)),
    `no ${code} matching ${message} in ${JSON.stringify(file.diagnostics.map((d) => `${d.code}: ${d.message}`), null, 1)}`);
}

/** The ordinary article was checked as usual: its date read, its entity found. */
function assertOrdinaryChecked(files: Map<string, JsonFile>): void {
  const article = files.get('report.news.md');
  assert.ok(article, 'the ordinary article is missing from the report');
  assert.equal(article.published, '2020-08-20');
}

interface GazetteerCase {
  name: string;
  content: () => string | Buffer;
  code: string;
  message: RegExp;
}

const GAZETTEER_CASES: GazetteerCase[] = [
  { name: 'an alias bomb (billion laughs)', content: () => hostileFixture('alias-bomb.yaml'), code: 'gazetteer-syntax', message: /alias bomb/ },
  { name: '100,000 nested flow sequences', content: () => deepFlowGazetteer(100_000), code: 'gazetteer-syntax', message: /nested too deeply to read \(more than 1,000 levels/ },
  { name: '3,000 nested block maps', content: () => deepBlockGazetteer(3_000), code: 'gazetteer-syntax', message: /nested too deeply to read \(more than 1,000 levels/ },
  { name: 'duplicate keys and ids', content: () => hostileFixture('duplicate-keys.yaml'), code: 'gazetteer-syntax', message: /Duplicate key `name`/ },
  { name: 'duplicate ids in one section', content: () => hostileFixture('duplicate-keys.yaml'), code: 'gazetteer-duplicate-id', message: /`river-crossing` is already defined/ },
  { name: '!!js/function and other tags', content: () => hostileFixture('tags.yaml'), code: 'gazetteer-syntax', message: /Unresolved tag: .*js\/function/ },
  { name: '__proto__ keys', content: () => hostileFixture('proto-keys.yaml'), code: 'gazetteer-schema', message: /`__proto__` must be lower-case kebab-case/ },
  { name: 'a binary file', content: () => binaryBytes(256 * 1024), code: 'gazetteer-syntax', message: /binary|Control character/ },
  { name: 'bytes that are not UTF-8', content: () => hostileFixture('invalid-utf8.yaml'), code: 'gazetteer-syntax', message: /not UTF-8/ },
  { name: 'an organisation that is its own parent', content: () => hostileFixture('self-reference.yaml'), code: 'gazetteer-schema', message: /`ouroboros-brigade` names `ouroboros-brigade` itself/ },
  { name: 'two organisations parent of each other', content: () => hostileFixture('self-reference.yaml'), code: 'gazetteer-schema', message: /`northern-command` → `southern-command` → `northern-command`/ },
];

describe('hostile gazetteers through newsmd check', () => {
  for (const c of GAZETTEER_CASES) {
    test(`${c.name}: a ${c.code} diagnostic, and the article is still checked`, () => {
      const run = checkWorkspace({ 'gazetteer.yaml': c.content(), 'report.news.md': ORDINARY_ARTICLE });
      assertHasDiagnostic(run.files.get('gazetteer.yaml'), c.code, c.message);
      assertOrdinaryChecked(run.files);
      assert.equal(run.status, 1, 'a gazetteer error is an error exit');
    });
  }

  test('a 50 MB scalar is read (it is valid YAML) and its entity is matched', () => {
    const run = checkWorkspace({ 'gazetteer.yaml': hugeScalarGazetteer(50), 'report.news.md': `${ORDINARY_ARTICLE}Big Town was quiet.\n` });
    assertOrdinaryChecked(run.files);
    assert.ok(run.files.get('report.news.md')!.entities.some((e) => e.id === 'big-town'));
  });

  test('a 200,000-key map is read within the bound, without a diagnostic (it is valid YAML)', () => {
    const run = checkWorkspace({ 'gazetteer.yaml': wideMapGazetteer(200_000), 'report.news.md': `${ORDINARY_ARTICLE}Wide Town was quiet.\n` });
    assertOrdinaryChecked(run.files);
    assert.deepEqual(run.files.get('gazetteer.yaml')!.diagnostics, []);
    assert.ok(run.files.get('report.news.md')!.entities.some((e) => e.id === 'wide-town'));
  });

  test('an article naming organisations on a parent loop is checked (role checks walk parents) within the bound', () => {
    const run = checkWorkspace({ 'gazetteer.yaml': hostileFixture('self-reference.yaml'), 'loops.news.md': hostileFixture('loops.news.md'), 'report.news.md': ORDINARY_ARTICLE });
    const loops = run.files.get('loops.news.md');
    assert.ok(loops?.entities.some((e) => e.id === 'northern-command'), JSON.stringify(loops?.entities));
  });

  test('nothing in a gazetteer is executed: the tags that would create files in other loaders create nothing', () => {
    const run = checkWorkspace({ 'gazetteer.yaml': hostileFixture('tags.yaml'), 'report.news.md': ORDINARY_ARTICLE });
    assert.deepEqual(readdirSync(run.dir).sort(), ['gazetteer.yaml', 'report.news.md']);
    assert.ok(!existsSync(path.join(process.cwd(), 'PWNED-js-function')) && !existsSync(path.join(process.cwd(), 'PWNED-python')));
  });

  test('__proto__ keys do not pollute Object.prototype in the core', () => {
    const { gazetteer } = prepareGazetteer([{ uri: 'file:///ws/gazetteer.yaml', text: hostileFixture('proto-keys.yaml').toString('utf8') }]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    assert.equal(gazetteer.entities.get('safe-town')?.name, 'Safe Town');
  });
});

interface ArticleCase {
  name: string;
  content: () => string | Buffer;
  /** The diagnostic the hostile article must get, or null when being checked at all is the point. */
  expect: { code: string; message: RegExp } | null;
  /** For a file the CLI refuses outright: exit 2 and this line on stderr. */
  refused?: RegExp;
}

const ARTICLE_CASES: ArticleCase[] = [
  { name: 'a 10 MB line with dates and figures', content: () => longLineArticle(10), expect: null },
  { name: 'a 50 MB scalar in the front matter', content: () => hugeFrontMatterArticle(50), expect: { code: 'front-matter-invalid', message: /more than the 64 KB/ } },
  { name: 'a front matter of 200,000 keys', content: () => wideFrontMatterArticle(200_000), expect: { code: 'front-matter-invalid', message: /more than the 64 KB/ } },
  { name: 'a front matter nested 50,000 deep', content: () => `---\npublished: 2020-01-15\nx: ${'['.repeat(50_000)}\n---\nBody.\n`, expect: { code: 'front-matter-invalid', message: /nested more than 1,000 levels deep/ } },
  { name: 'an alias bomb in the front matter', content: () => `---\n${hostileFixture('alias-bomb.yaml').toString('utf8').split('\n').filter((l) => /^\s+[a-i]: &/.test(l)).map((l) => l.trim()).join('\n')}\npublished: 2020-01-15\n---\nBody.\n`, expect: { code: 'front-matter-invalid', message: /alias|resource/i } },
  { name: 'a binary file named .news.md', content: () => binaryBytes(256 * 1024), expect: null, refused: /hostile\.news\.md: cannot read: binary content/ },
  { name: 'bytes that are not UTF-8', content: () => hostileFixture('invalid-utf8.news.md'), expect: null },
];

describe('hostile articles through newsmd check', () => {
  for (const c of ARTICLE_CASES) {
    test(`${c.name}: answered${c.expect ? ` with ${c.expect.code}` : ''}, the other article still checked`, () => {
      const run = checkWorkspace({ 'hostile.news.md': c.content(), 'report.news.md': ORDINARY_ARTICLE }, [0, 1]); // a refused file is one line on stderr; the other article is still checked (SPEC §7)
      if (c.refused) assert.match(run.stderr, c.refused);
      assertOrdinaryChecked(run.files);
      const hostile = run.files.get('hostile.news.md');
      if (c.expect) assertHasDiagnostic(hostile, c.expect.code, c.expect.message);
      else assert.ok(hostile || /hostile\.news\.md/.test(run.stderr), 'the hostile article is neither reported nor named on stderr');
    });
  }
});
