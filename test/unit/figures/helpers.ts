// Shared test inputs for the figure tests: a gazetteer in our own words about US troop levels in
// Iraq and the brain-injury count after the 8 January 2020 strike on Ain al-Asad, and helpers that
// run the real pipeline (loadGazetteer, parseArticle, entity matching, date recognition).
import { type LoadedGazetteer, analyzeArticle, prepareGazetteer } from '../../../server/src/core/analyze';
import { formatInterval } from '../../../server/src/core/figures/interval';
import { type AnalysisSettings, DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import type { FigureMention } from '../../../server/src/core/types';
import type { ArticleAnalysis } from '../../../server/src/core/analysisKinds';

export const GAZETTEER_URI = 'file:///work/newsroom/gazetteer.yaml';

export const GAZETTEER_YAML = `# Starter gazetteer for the figure tests
places:
  iraq: { name: Iraq, type: country, demonyms: [Iraqi] }
  syria: { name: Syria, type: country, demonyms: [Syrian] }
  united-states:
    name: United States
    aliases: [US, U.S., USA, Washington]
    demonyms: [American]
bases:
  ain-al-asad:
    name: Ain al-Asad Air Base
    aliases: [Ain al-Asad, Al Asad Airbase]
    country: iraq
organizations:
  islamic-state:
    name: Islamic State
    aliases: [IS, ISIS, ISIL, Daesh]
  us-led-coalition:
    name: Global Coalition against Daesh
    aliases: [US-led coalition, international coalition]
events:
  ain-al-asad-strike-2020:
    name: Iranian missile strike on Ain al-Asad
    date: 2020-01-08
    place: ain-al-asad
figures:
  ain-al-asad-strike-tbi:
    label: US service members diagnosed with brain injuries after the strike
    units: [service members, troops, soldiers]
    about: [ain-al-asad-strike-2020]
    values:
      - { value: 0, as_of: 2020-01-08 }
      - { value: 11, as_of: 2020-01-16 }
      - { value: 34, as_of: 2020-01-24 }
      - { value: 50, as_of: 2020-01-28 }
      - { value: 64, as_of: 2020-01-30 }
      - { value: 109, as_of: 2020-02-10 }
      - { value: 110, as_of: 2020-02-21 }
  us-troops-iraq:
    label: US troops deployed in Iraq
    units: [troops, soldiers, service members, personnel]
    about: [united-states, iraq]
    values:
      - { value: 5200, as_of: 2020-01, source: https://example.org/pentagon-briefing }
      - { value: 3000, as_of: 2020-09 }
      - { value: 2500, as_of: 2021-01 }
  coalition-members:
    label: Countries in the coalition against Islamic State
    units: [countries, members, nations]
    about: [us-led-coalition]
    values:
      - { value: 83, as_of: 2020-08 }
  is-operatives:
    label: Islamic State operatives active in Iraq and Syria
    units: [operatives, fighters, militants]
    about: [islamic-state]
    values:
      - { value: 2500, as_of: 2021-01 }
`;

let shared: LoadedGazetteer | null = null;

/** The test gazetteer, loaded once with the real loader. */
export function gazetteer(): LoadedGazetteer {
  shared ??= prepareGazetteer([{ uri: GAZETTEER_URI, text: GAZETTEER_YAML }]);
  return shared;
}

export function article(published: string | null, body: string, title?: string): string {
  const front = [title ? `title: ${title}` : null, published ? `published: ${published}` : null].filter(Boolean).join('\n');
  return `---\n${front}\n---\n${body}\n`;
}

export function analyze(text: string, uri = 'file:///work/newsroom/a.news.md', settings: AnalysisSettings = DEFAULT_SETTINGS, loaded = gazetteer()): ArticleAnalysis {
  return analyzeArticle({ uri, text }, loaded, settings);
}

/** `over 5,000 US troops → us-troops-iraq (5000, ∞)`: one line a reader can check by eye. */
export function summary(f: FigureMention): string {
  return `${f.text} → ${f.key ?? '-'} ${formatInterval(f)}`;
}

export function codes(a: ArticleAnalysis, prefix = 'figure-'): string[] {
  return a.diagnostics.filter((d) => d.code.startsWith(prefix)).map((d) => d.code);
}
