// The timeline panel: the whole corpus's resolved dates; the entity filter runs in the page.
import { failure } from './figureHistoryPanel';
import { renderTimelineHtml } from './render/timelineHtml';
import { type ClientSource, requestTimeline } from './serverRequests';
import { type PanelContent, ViewPanel } from './viewPanel';

export class TimelinePanel {
  private readonly panel: ViewPanel;

  constructor(private readonly client: ClientSource) {
    this.panel = new ViewPanel('newsmd.timeline', 'Timeline', () => this.content());
  }

  async show(): Promise<void> {
    await this.panel.show();
  }

  dispose(): void {
    this.panel.dispose();
  }

  private async content(): Promise<PanelContent> {
    try {
      const timeline = await requestTimeline(this.client);
      return { title: 'Timeline', html: (nonce) => renderTimelineHtml(timeline, { nonce }) };
    } catch (error) {
      return failure('Timeline', error);
    }
  }
}
