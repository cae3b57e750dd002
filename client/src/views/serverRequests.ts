// The view requests, sent through the running language client. The client may still be starting
// when a command runs (activation and the command can race): wait for it rather than fail.
import { State } from 'vscode-languageclient';
import type { NewsClient } from '../newsClient';
import {
  FIGURE_HISTORY_REQUEST,
  FIGURE_KEYS_REQUEST,
  TIMELINE_REQUEST,
  type FigureHistory,
  type FigureHistoryParams,
  type FigureKeySummary,
  type Timeline,
  type TimelineParams,
} from '../../../server/src/protocol/views';

export type ClientSource = () => NewsClient | undefined;

async function running(source: ClientSource, timeoutMs = 30_000): Promise<NewsClient> {
  const client = source();
  if (!client) throw new Error('the News Annotator language server is not started');
  if (client.isRunning()) return client;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error('the News Annotator language server did not start'));
    }, timeoutMs);
    const listener = client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  });
  return client;
}

export async function requestFigureHistory(source: ClientSource, params: FigureHistoryParams): Promise<FigureHistory | null> {
  return (await running(source)).sendRequest<FigureHistory | null>(FIGURE_HISTORY_REQUEST, params);
}

export async function requestFigureKeys(source: ClientSource): Promise<FigureKeySummary[]> {
  return (await (await running(source)).sendRequest<FigureKeySummary[] | null>(FIGURE_KEYS_REQUEST, {})) ?? [];
}

export async function requestTimeline(source: ClientSource, params: TimelineParams = {}): Promise<Timeline | null> {
  return (await running(source)).sendRequest<Timeline | null>(TIMELINE_REQUEST, params);
}
