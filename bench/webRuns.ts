// The web bench row (issue 16): the browser build's analysis and indexing measured in a Web Worker
// in Chromium (headless, Debian's), beside the same code in Node. Skipped where there is no
// Chromium; never part of the smoke run.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type HostJob, type HostResult, measureHost } from './hostMeasures';
import type { BenchRow } from './report';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The repository: the bench runs bundled (.cache/bench/bench/) or compiled (out/bench/). */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'bench', 'webWorker.ts'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('bench/webWorker.ts not found above the bench');
  }
}

/** The sample corpus as the client would hand it to the worker: file: URIs and texts. */
function sampleCorpus(root: string): { folder: string; sample: HostJob['sample'] } {
  const dir = path.join(root, 'examples');
  const sample: HostJob['sample'] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const full = path.join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.news\.md$|\.ya?ml$/i.test(name)) sample.push({ uri: pathToFileURL(full).href, text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return { folder: pathToFileURL(dir).href, sample };
}

async function inWorker(job: HostJob): Promise<HostResult> {
  const { build } = await import('esbuild');
  const bundle = await build({ entryPoints: [path.join(repoRoot(), 'bench', 'webWorker.ts')], bundle: true, platform: 'browser', format: 'iife', target: 'es2022', write: false, logLevel: 'warning' });
  const code = bundle.outputFiles[0].text;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    // Runs in the page: the DOM's Worker, Blob and URL (this project compiles without DOM types).
    const answer = await page.evaluate(async ({ source, data }) => {
      interface PageWorker { onmessage: (e: { data: unknown }) => void; onerror: (e: { message: string }) => void; postMessage(value: unknown): void }
      const dom = globalThis as unknown as {
        Worker: new (url: string) => PageWorker;
        Blob: new (parts: string[], options: { type: string }) => unknown;
        URL: { createObjectURL(blob: unknown): string };
      };
      const worker = new dom.Worker(dom.URL.createObjectURL(new dom.Blob([source], { type: 'application/javascript' })));
      return new Promise<{ result?: HostResult; error?: string }>((resolve) => {
        worker.onmessage = (e) => resolve(e.data as { result?: HostResult; error?: string });
        worker.onerror = (e) => resolve({ error: e.message });
        worker.postMessage(data);
      });
    }, { source: code, data: job });
    if (!answer.result) throw new Error(`the worker failed: ${answer.error}`);
    return answer.result;
  } finally {
    await browser.close();
  }
}

/** The web rows, or none (with a log line) where Chromium is missing. */
export async function webRows(job: Omit<HostJob, 'folder' | 'sample'>, log: (line: string) => void): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM)) {
    log(`web rows skipped: no Chromium at ${CHROMIUM}`);
    return [];
  }
  const full: HostJob = { ...job, ...sampleCorpus(repoRoot()) };
  log('web: the same analysis and index in Node, then in a Web Worker in Chromium');
  const node = await measureHost(full);
  const web = await inWorker(full);
  const times = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;
  return [
    {
      step: 'analysis of a 1,000-word article in a Web Worker (browser build), median',
      ms: web.analysisMedianMs,
      standalone: true,
      note: `Chromium's worker; the same code in Node: ${node.analysisMedianMs.toFixed(2)} ms (${times(web.analysisMedianMs, node.analysisMedianMs)}); ${job.runs} runs`,
    },
    {
      step: `workspace index of the sample corpus (${web.sampleArticles} articles) in a Web Worker`,
      ms: web.sampleIndexMs,
      standalone: true,
      note: `gazetteer load included, files handed in from memory (the client's reads not counted); in Node: ${node.sampleIndexMs.toFixed(0)} ms (${times(web.sampleIndexMs, node.sampleIndexMs)})`,
    },
  ];
}
