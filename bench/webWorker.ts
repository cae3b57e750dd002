// The web bench's worker: bundled for the browser by bench/webRuns.ts and started in Chromium as a
// Web Worker, like the browser build's language service. It measures one job and posts the result.
import { type HostJob, measureHost } from './hostMeasures';

const scope = globalThis as unknown as { onmessage: ((e: { data: HostJob }) => void) | null; postMessage(value: unknown): void };
scope.onmessage = (e) => {
  measureHost(e.data).then(
    (result) => scope.postMessage({ result }),
    (error: unknown) => scope.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
};
