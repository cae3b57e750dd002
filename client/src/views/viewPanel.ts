// One reusable webview panel per view: created on first use, revealed afterwards, its content
// reloaded when it becomes visible again and when an article or a gazetteer is saved. The page
// asks to open places ({type:'open', uri, range}); they open in an editor column beside the panel,
// never over it.
import * as vscode from 'vscode';
import { webviewNonce } from './nonce';
import { type OpenMessage, isOpenMessage } from './openMessage';

export interface PanelContent {
  title: string;
  /** The page for a fresh nonce. */
  html: (nonce: string) => string;
}

export class ViewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private wasVisible = false;
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly viewType: string,
    private readonly initialTitle: string,
    private readonly load: () => Promise<PanelContent>,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.panel?.visible && isArticleOrGazetteer(document)) void this.refresh();
      }),
    );
  }

  /** Shows the panel (creating it beside the active editor the first time) and reloads it. */
  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      this.panel = this.create();
    }
    await this.refresh();
  }

  /** Reloads the content; a slower earlier load never overwrites a later one. */
  async refresh(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const generation = ++this.generation;
    const content = await this.load();
    if (generation !== this.generation || panel !== this.panel) return;
    panel.title = content.title;
    panel.webview.html = content.html(webviewNonce());
  }

  get visible(): boolean {
    return this.panel?.visible ?? false;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  private create(): vscode.WebviewPanel {
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
    const panel = vscode.window.createWebviewPanel(this.viewType, this.initialTitle, { viewColumn: column, preserveFocus: true }, {
      enableScripts: true,
      // The page loads nothing: no local files, no network (its CSP says so too).
      localResourceRoots: [],
      enableFindWidget: true,
    });
    this.wasVisible = true;
    panel.onDidChangeViewState((e) => {
      const visible = e.webviewPanel.visible;
      if (visible && !this.wasVisible) void this.refresh();
      this.wasVisible = visible;
    });
    panel.webview.onDidReceiveMessage((message: unknown) => {
      if (isOpenMessage(message)) void this.open(message);
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    return panel;
  }

  private async open(message: OpenMessage): Promise<void> {
    const { start, end } = message.range;
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    // The first column, unless the panel is there: then the one beside it.
    const viewColumn = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(message.uri, true), { selection: range, viewColumn, preview: true });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/** Saves that can change what the views show: articles, and YAML files (gazetteers can live in any configured path). */
function isArticleOrGazetteer(document: vscode.TextDocument): boolean {
  return document.languageId === 'newsmd' || /\.ya?ml$/i.test(document.fileName);
}
