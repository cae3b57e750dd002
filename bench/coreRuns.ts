import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiskGazetteerCache } from '../server/src/cache/diskGazetteerCache';
import { analyzeArticle, prepareGazetteer, prepareGazetteerCached, withDefaults, type LoadedGazetteer, type SourceFile } from '../server/src/core';
import { readGazetteerFast } from '../server/src/core/gazetteer/fastReader';
import { parseArticle } from '../server/src/core/article/parseArticle';
import { generateArticle, type GeneratedCorpus } from './generate';
import { buildRegexMatcher, parseWithYaml, regexMatches, scanLimit } from './naive';
import type { BenchRow, BenchSizes } from './report';
import { median, p95, timeOnce, timeRuns } from './stats';

/** The gazetteer rows: cold load (fast reader + loader + matcher) and load from a disk cache. */
export function gazetteerRows(corpus: GeneratedCorpus, sizes: BenchSizes, log: (line: string) => void): { rows: BenchRow[]; loaded: LoadedGazetteer } {
  const files: SourceFile[] = corpus.gazetteerFiles.map((f) => ({ uri: `file:///bench/gazetteer/${f.name}`, text: f.text }));
  const texts = files.map((f) => f.text);
  const megabytes = texts.reduce((n, t) => n + t.length, 0) / 1e6;

  log(`gazetteer: ${sizes.gazetteerEntries} entries in ${files.length} files, ${megabytes.toFixed(1)} MB; cold load`);
  const cold = timeOnce(() => prepareGazetteer(files));
  const loaded = cold.result;
  const fastRead = timeOnce(() => texts.map((t) => readGazetteerFast(t))).ms;
  // `yaml` reads ~1 MB/s, linearly: one file stands for all of them (see docs/performance.md).
  log('gazetteer: naive YAML parse of one file');
  const oneFile = timeOnce(() => parseWithYaml([texts[0]])).ms;
  const yamlAll = (oneFile * megabytes) / (texts[0].length / 1e6);
  const naiveCold = cold.ms - fastRead + yamlAll;
  const scan = timeRuns(5, 1, () => scanLimit(texts));

  const folder = mkdtempSync(path.join(os.tmpdir(), 'newsmd-bench-cache-'));
  try {
    const store = new DiskGazetteerCache(folder);
    log('gazetteer: writing the cache, then loading from it');
    prepareGazetteerCached(files, store);
    const cachedRuns = timeRuns(sizes.cacheRuns, 0, () => {
      const load = prepareGazetteerCached(files, store);
      if (!load.fromCache) throw new Error('the gazetteer cache missed');
    });
    const cached = median(cachedRuns);
    const problems = loaded.gazetteer.diagnostics.length;
    return {
      loaded,
      rows: [
        {
          step: 'gazetteer load, cold',
          ms: cold.ms,
          targetMs: sizes.full ? 2000 : undefined,
          naiveMs: naiveCold,
          naive: `\`yaml\` parseDocument (extrapolated from 1 of ${files.length} files)`,
          scanMs: median(scan),
          note: `${sizes.gazetteerEntries.toLocaleString('en-US')} entries, ${files.length} files, ${megabytes.toFixed(1)} MB; the fast reader alone reads them into trees in ${fastRead.toFixed(0)} ms (the load reads each entry as it goes); ${problems} gazetteer diagnostics`,
        },
        {
          step: 'gazetteer load, from its cache',
          ms: cached,
          targetMs: sizes.full ? 300 : undefined,
          naiveMs: naiveCold,
          naive: 'no cache: `yaml` parse as above',
          scanMs: median(scan),
          note: `median of ${cachedRuns.length}: sha1 of the texts, v8.deserialize of ids, entry offsets and the name trie's arrays; entities are built from their entry when first used`,
        },
      ],
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Analysis of 1,000-word articles with the big gazetteer, beside a RegExp-alternation matcher. */
export function analysisRows(corpus: GeneratedCorpus, loaded: LoadedGazetteer, sizes: BenchSizes, log: (line: string) => void): BenchRow[] {
  const settings = withDefaults({});
  const articles = Array.from({ length: 20 }, (_, i) => ({ uri: `file:///bench/a-${i}.news.md`, text: generateArticle(corpus, 1000, 1000 + i) }));
  log(`analysis: ${sizes.analysisRuns} runs over ${articles.length} generated 1,000-word articles`);
  const runs = timeRuns(sizes.analysisRuns, articles.length * 2, (i) => analyzeArticle(articles[i % articles.length], loaded, settings));
  // Re-analysing a text meets chrono's readings and each sentence's figures in the core's caches;
  // a text analysed for the first time meets only what other texts share with it ("on Thursday").
  const fresh = Array.from({ length: sizes.analysisRuns }, (_, i) => ({ uri: `file:///bench/f-${i}.news.md`, text: generateArticle(corpus, 1000, 5000 + i) }));
  const firstRuns = timeRuns(sizes.analysisRuns, 0, (i) => analyzeArticle(fresh[i], loaded, settings));
  const parsed = articles.map((a) => parseArticle(a));
  const matching = timeRuns(sizes.analysisRuns, articles.length, (i) => loaded.matcher.find(parsed[i % parsed.length]));

  log('analysis: building the naive RegExp alternation of every name and alias');
  const names: string[] = [];
  for (const e of loaded.gazetteer.entities.values()) if (e.kind !== 'figure') names.push(e.name, ...e.aliases);
  const regexBuild = timeOnce(() => buildRegexMatcher(names));
  const regexRuns = timeRuns(Math.max(5, Math.floor(sizes.analysisRuns / 10)), 1, (i) => regexMatches(regexBuild.result, parsed[i % parsed.length].maskedText));
  const scan = timeRuns(sizes.analysisRuns, 20, (i) => scanLimit([articles[i % articles.length].text]));

  const ours = median(runs);
  const naive = ours - median(matching) + median(regexRuns);
  const note = `${runs.length} runs; entity matching ${median(matching).toFixed(2)} ms of it, the RegExp alternation ${median(regexRuns).toFixed(1)} ms (+${(regexBuild.ms / 1000).toFixed(1)} s to build)`;
  return [
    { step: 'analysis of a 1,000-word article, median', ms: ours, targetMs: sizes.full ? 3 : undefined, naiveMs: naive, naive: 'names by one RegExp alternation', scanMs: median(scan), note },
    {
      step: 'analysis of a 1,000-word article never analysed before, median',
      ms: median(firstRuns),
      targetMs: sizes.full ? 3 : undefined,
      naiveMs: median(firstRuns) - median(matching) + median(regexRuns),
      naive: 'names by one RegExp alternation',
      scanMs: median(scan),
      note: `${firstRuns.length} different articles, each analysed once (the row above re-analyses 20 texts: the core's per-window and per-sentence caches answer most of it, as on a keystroke); p95 ${p95(firstRuns).toFixed(2)} ms`,
    },
    { step: 'analysis of a 1,000-word article, p95', ms: p95(runs), naiveMs: naive, naive: 'names by one RegExp alternation', scanMs: p95(scan), note: 'no target; shown for spread' },
  ];
}

/** Whole-document analysis of the long article: what the naive server does per keystroke. */
export function fullReanalysisMs(longText: string, loaded: LoadedGazetteer, runs: number): number {
  const settings = withDefaults({});
  const file = { uri: 'file:///bench/long.news.md', text: longText };
  return median(timeRuns(runs, 1, () => analyzeArticle(file, loaded, settings)));
}
