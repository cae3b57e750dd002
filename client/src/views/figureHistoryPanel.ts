// The figure history panel: which figure it shows, and how its page is made from the server's answer.
import type { FigureHistoryParams } from '../../../server/src/protocol/views';
import { renderFigureHistoryHtml } from './render/figureHistoryHtml';
import { messagePageHtml } from './render/page';
import { type ClientSource, requestFigureHistory } from './serverRequests';
import { type PanelContent, ViewPanel } from './viewPanel';

export class FigureHistoryPanel {
  private params: FigureHistoryParams = {};
  private readonly panel: ViewPanel;

  constructor(private readonly client: ClientSource) {
    this.panel = new ViewPanel('newsmd.figureHistory', 'Figure history', () => this.content());
  }

  /** Shows the figure with this key, or the one at a place in a document. */
  async show(params: FigureHistoryParams): Promise<void> {
    this.params = params;
    await this.panel.show();
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  dispose(): void {
    this.panel.dispose();
  }

  private async content(): Promise<PanelContent> {
    const params = this.params;
    try {
      const history = await requestFigureHistory(this.client, params);
      // Found from a cursor position: from now on follow the figure, not the place (edits move it).
      if (history && !params.key && this.params === params) this.params = { key: history.key };
      return { title: history ? `Figure history: ${history.label}` : 'Figure history', html: (nonce) => renderFigureHistoryHtml(history, { nonce, requestedKey: params.key }) };
    } catch (error) {
      return failure('Figure history', error);
    }
  }
}

export function failure(title: string, error: unknown): PanelContent {
  const reason = error instanceof Error ? error.message : String(error);
  return { title, html: (nonce) => messagePageHtml(title, `The language server could not answer: ${reason}`, { nonce }) };
}
