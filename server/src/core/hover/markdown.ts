// Safe Markdown for hover cards. Everything that comes from a gazetteer or an article is text,
// never markup: VS Code renders hover Markdown, and a gazetteer shared in a repository must not
// be able to plant a `command:` link, an image, raw HTML or a fake heading in someone's editor.
// The only links emitted are http(s) links built here (sources, map, Wikidata).

/**
 * Escapes `text` so it renders as written: ASCII punctuation that Markdown gives meaning to gets
 * a backslash, `<`, `>` and `&` become entities (so no HTML or autolink can form), and line
 * breaks become spaces (so no block construct can start).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~:]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Inline code that cannot be broken out of (ids, keys): backticks removed, then fenced. */
export function code(text: string): string {
  const clean = text.replace(/[`\r\n]/g, '');
  return clean ? `\`${clean}\`` : '';
}

/** An http(s) URL made safe for a Markdown link destination, or null for anything else. */
export function safeHttpUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // URL.href percent-encodes spaces, quotes and angle brackets; parentheses would end the
  // destination early, so encode those too.
  return url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** `[label](url)` for an http(s) URL; for anything else, the escaped text without a link. */
export function link(label: string, rawUrl: string): string {
  const url = safeHttpUrl(rawUrl);
  return url ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label);
}

/** A source as a link showing its host and path, or as plain text if it is not an http(s) URL. */
export function sourceLink(raw: string): string {
  const url = safeHttpUrl(raw);
  if (!url) return escapeMarkdown(raw);
  const parsed = new URL(url);
  const label = `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  return `[${escapeMarkdown(label.length > 60 ? `${label.slice(0, 57)}…` : label)}](${url})`;
}

/** OpenStreetMap link for a point. */
export function mapLink(lat: number, lon: number): string {
  return `[map](https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=12/${lat}/${lon})`;
}

/** A `**Label:** value` line; `value` must already be Markdown. */
export function field(label: string, value: string): string {
  return `**${label}:** ${value}`;
}

/** Joins lines as separate paragraphs (hover Markdown collapses single newlines). */
export function paragraphs(lines: Array<string | null | undefined | false>): string {
  return lines.filter((l): l is string => typeof l === 'string' && l.length > 0).join('\n\n');
}

/** A bulleted list of already-Markdown items. */
export function bullets(items: string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}
