import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { type IGrammar, INITIAL, Registry, parseRawGrammar } from 'vscode-textmate';
import { repoPath } from '../support/repo';

// Tokenises a sample with the shipped grammars and compares the scopes with a committed
// snapshot (UPDATE_GRAMMAR_SNAPSHOT=1 rewrites it). VS Code's own Markdown and YAML grammars are
// not installed here, so these snapshots show the scopes this project adds on top of them.

const GRAMMARS: Record<string, string> = {
  'text.html.markdown.newsmd': repoPath('syntaxes', 'newsmd.tmLanguage.json'),
  'newsmd.annotations.injection': repoPath('syntaxes', 'newsmd.injection.tmLanguage.json'),
};
const SAMPLE = repoPath('test', 'grammar', 'fixtures', 'sample.news.md');
const SNAPSHOT = repoPath('test', 'grammar', 'fixtures', 'sample.news.md.snap');

let grammar: IGrammar;

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(repoPath('node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = GRAMMARS[scopeName];
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    // What package.json's `injectTo` does in VS Code.
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown.newsmd' ? ['newsmd.annotations.injection'] : undefined),
  });
  const loaded = await registry.loadGrammar('text.html.markdown.newsmd');
  assert.ok(loaded, 'grammar did not load');
  return loaded;
}

interface ScopedToken {
  line: number;
  text: string;
  scopes: string[];
}

function tokenize(text: string): ScopedToken[] {
  const out: ScopedToken[] = [];
  let stack = INITIAL;
  text.split('\n').forEach((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const t of result.tokens) {
      const piece = line.slice(t.startIndex, t.endIndex);
      if (piece.length > 0) out.push({ line: index + 1, text: piece, scopes: t.scopes.slice(1) });
    }
    stack = result.ruleStack;
  });
  return out;
}

function render(tokens: ScopedToken[]): string {
  return tokens.map((t) => `${t.line}: ${JSON.stringify(t.text)} ${t.scopes.join(' ') || '-'}`).join('\n') + '\n';
}

function scopesOf(tokens: ScopedToken[], text: string, line?: number): string[] {
  const found = tokens.find((t) => t.text === text && (line === undefined || t.line === line));
  assert.ok(found, `no token "${text}"`);
  return found.scopes;
}

describe('TextMate grammar', () => {
  let tokens: ScopedToken[];
  before(async () => {
    grammar = await loadGrammar();
    tokens = tokenize(readFileSync(SAMPLE, 'utf8'));
  });

  test('matches the committed snapshot of scopes', () => {
    const actual = render(tokens);
    if (process.env.UPDATE_GRAMMAR_SNAPSHOT === '1' || !existsSync(SNAPSHOT)) writeFileSync(SNAPSHOT, actual);
    assert.equal(actual, readFileSync(SNAPSHOT, 'utf8'));
  });

  test('front matter is embedded YAML, with the publication date marked', () => {
    assert.ok(scopesOf(tokens, '---', 1).includes('punctuation.definition.frontmatter.begin.newsmd'));
    assert.ok(scopesOf(tokens, '2020-08-21').includes('constant.other.date.published.newsmd'));
    assert.ok(scopesOf(tokens, '2020-08-21').includes('meta.embedded.block.frontmatter'));
    assert.ok(scopesOf(tokens, 'newsmd').includes('keyword.control.directive.newsmd'));
  });

  test('annotations show their kind: entity id, figure key, pinned date, class', () => {
    assert.ok(scopesOf(tokens, 'tahsin-al-khafaji').includes('variable.other.constant.entity-id.newsmd'));
    assert.ok(scopesOf(tokens, 'us-troops-iraq').includes('variable.other.constant.figure-key.newsmd'));
    assert.ok(scopesOf(tokens, '2020-08-14').includes('constant.numeric.date.newsmd'));
    assert.ok(scopesOf(tokens, 'person').includes('entity.other.attribute-name.class.newsmd'));
    assert.ok(scopesOf(tokens, 'The spokesman').includes('meta.annotation.text.newsmd'));
  });

  test('suppression comments name their codes; ordinary comments are left alone', () => {
    assert.ok(scopesOf(tokens, 'newsmd-disable-next-line').includes('keyword.control.directive.suppression.newsmd'));
    assert.ok(scopesOf(tokens, 'figure-gazetteer-mismatch').includes('constant.language.diagnostic-code.newsmd'));
    assert.ok(scopesOf(tokens, 'date-after-publication').includes('constant.language.diagnostic-code.newsmd'));
    assert.ok(tokens.filter((t) => t.line === 14).every((t) => !t.scopes.some((s) => s.endsWith('.newsmd'))));
  });

  test('a --- later in the body is not front matter', () => {
    const later = tokenize('Intro\n---\ntitle: no\n');
    assert.ok(later.every((t) => !t.scopes.includes('meta.embedded.block.frontmatter')));
  });
});
