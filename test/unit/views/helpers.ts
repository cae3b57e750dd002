// Test inputs for the view data: a small gazetteer in our own words (US troop levels in Iraq,
// Islamic State fighters) and helpers that run the real pipeline on short articles.
import { type ArticleAnalysis, type LoadedGazetteer, analyzeArticle, prepareGazetteer } from '../../../server/src/core';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';

export const GAZETTEER_URI = 'file:///work/desk/gazetteer.yaml';

export const GAZETTEER_YAML = `# Gazetteer for the view tests
places:
  iraq: { name: Iraq, type: country, demonyms: [Iraqi] }
  syria: { name: Syria, type: country }
  united-states:
    name: United States
    aliases: [US, U.S.]
    demonyms: [American]
organizations:
  islamic-state:
    name: Islamic State
    aliases: [IS, ISIS, Daesh]
  joint-operations-command:
    name: Joint Operations Command
    aliases: [JOC]
figures:
  us-troops-iraq:
    label: US troops deployed in Iraq
    units: [troops, soldiers]
    about: [united-states, iraq]
    values:
      - { value: 5200, as_of: 2019, source: https://example.org/defense-posture }
      - { value: 2500, as_of: 2021-01 }
  is-fighters:
    label: Islamic State fighters in Iraq and Syria
    units: [fighters, militants]
    about: [islamic-state]
`;

let shared: LoadedGazetteer | null = null;

export function loaded(): LoadedGazetteer {
  shared ??= prepareGazetteer([{ uri: GAZETTEER_URI, text: GAZETTEER_YAML }]);
  return shared;
}

/** An article file's text: front matter (title, published when given) and the body. */
export function articleText(published: string | null, body: string, title?: string): string {
  const front = [title ? `title: ${title}` : null, published ? `published: ${published}` : null].filter(Boolean).join('\n');
  return `---\n${front}\n---\n${body}\n`;
}

export function analyze(name: string, published: string | null, body: string, title?: string): ArticleAnalysis {
  return analyzeArticle({ uri: `file:///work/desk/${name}`, text: articleText(published, body, title) }, loaded(), DEFAULT_SETTINGS);
}

/** The text a span covers in an analysed article. */
export function textAt(a: ArticleAnalysis, span: { start: number; end: number }): string {
  return a.article.text.slice(span.start, span.end);
}
