import * as assert from 'assert';
import * as vscode from 'vscode';
import { openArticle, positionOf, waitFor } from './helpers';

interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

/** Decodes the relative (line, char, length, type, modifiers) integer stream of LSP tokens. */
function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, typeIndex, modifierBits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => (modifierBits & (1 << bit)) !== 0);
    out.push({ line, character, length, type: legend.tokenTypes[typeIndex], modifiers });
  }
  return out;
}

describe('semantic tokens', () => {
  let document: vscode.TextDocument;
  let tokens: DecodedToken[];

  before(async () => {
    document = await openArticle('taqaddum-handover.news.md');
    const legend = await waitFor('a semantic tokens legend', () =>
      vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri));
    tokens = await waitFor('semantic tokens', async () => {
      const result = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
      return result && result.data.length > 0 ? decode(result, legend) : undefined;
    });
  });

  function tokenAt(text: string): DecodedToken {
    const start = positionOf(document, text);
    const token = tokens.find((t) => t.line === start.line && t.character <= start.character && start.character < t.character + t.length);
    assert.ok(token, `no semantic token on "${text}" (${start.line}:${start.character})`);
    return token;
  }

  it('marks a base mention as one token spanning the name', () => {
    const token = tokenAt('Al-Taqaddum Air Base');
    assert.equal(token.length, 'Al-Taqaddum Air Base'.length);
    assert.ok(token.type, 'the token has a type from the legend');
  });

  it('gives an organisation, a date and a figure tokens of their own kinds', () => {
    const org = tokenAt('Iraqi Security Forces');
    const date = tokenAt('Wednesday');
    const figure = tokenAt('7,500');
    const base = tokenAt('Al-Taqaddum Air Base');
    assert.notEqual(date.type, base.type, 'dates and bases look different');
    assert.notEqual(figure.type, date.type, 'figures and dates look different');
    assert.ok(org.type);
  });
});
