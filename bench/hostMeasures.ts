// The measurements the web bench row compares between hosts: the same code run in Node (the
// desktop) and in a Web Worker in Chromium (the browser build). Pure: no Node or DOM API, so the
// worker bundle (bench/webWorker.ts) and the Node side call the very same function.
import { type SourceFile, analyzeArticle, prepareGazetteer, withDefaults } from '../server/src/core';
import { createNewsLanguageService } from '../server/src/service/createService';
import { ListedWorkspace } from '../server/src/web/listedWorkspace';

export interface HostJob {
  /** The generated gazetteer and 1,000-word articles of the analysis rows. */
  gazetteerFiles: SourceFile[];
  articles: string[];
  runs: number;
  /** The sample corpus (`examples/`) as file: URIs under `folder`. */
  folder: string;
  sample: SourceFile[];
}

export interface HostResult {
  /** Median ms of analysing one 1,000-word article (re-analyses of a few texts, as the desktop row). */
  analysisMedianMs: number;
  /** Ms to index the sample corpus with the language service, gazetteer load included. */
  sampleIndexMs: number;
  sampleArticles: number;
}

export async function measureHost(job: HostJob): Promise<HostResult> {
  const settings = withDefaults({});
  const loaded = prepareGazetteer(job.gazetteerFiles);
  const files = job.articles.map((text, i) => ({ uri: `file:///bench/w-${i}.news.md`, text }));
  for (const f of files) analyzeArticle(f, loaded, settings); // warm-up, as the desktop row's first pass
  const times: number[] = [];
  for (let i = 0; i < job.runs; i++) {
    const start = performance.now();
    analyzeArticle(files[i % files.length], loaded, settings);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);

  const texts = new Map(job.sample.map((f) => [f.uri, f.text]));
  const service = createNewsLanguageService({
    workspace: new ListedWorkspace({ list: async () => [...texts.keys()], read: async (uris) => uris.map((u) => texts.get(u) ?? null) }),
    folders: [job.folder],
    logger: { log: () => undefined },
  });
  const start = performance.now();
  await service.indexWorkspace();
  const sampleIndexMs = performance.now() - start;
  const sampleArticles = service.workspaceFiles().articles.length;
  await service.dispose();
  return { analysisMedianMs: times[Math.floor(times.length / 2)], sampleIndexMs, sampleArticles };
}
