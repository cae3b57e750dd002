// The page around a view: a strict Content Security Policy (nothing loads from anywhere; style and
// script only with this render's nonce), the theme-aware style and the shared page script.
import { escapeHtml } from './escape';
import { PAGE_SCRIPT } from './pageScript';
import { PAGE_STYLE } from './pageStyle';

export interface PageOptions {
  /** A fresh random value per render: only the <style> and <script> carrying it may run. */
  nonce: string;
}

export function contentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
}

export function pageHtml(title: string, body: string, options: PageOptions): string {
  const nonce = escapeHtml(options.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${PAGE_STYLE}</style>
</head>
<body>
${body}
<div id="tip" role="tooltip"></div>
<script nonce="${nonce}">${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

/** A page with only a heading and a message: nothing to show, or the server could not answer. */
export function messagePageHtml(title: string, message: string, options: PageOptions): string {
  return pageHtml(title, `<h1>${escapeHtml(title)}</h1>\n<p class="message" role="status">${escapeHtml(message)}</p>`, options);
}
