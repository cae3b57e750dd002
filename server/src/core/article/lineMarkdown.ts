// The Markdown around a line's text: heading marks, list markers, link syntax, emphasis.

export function leadingRun(s: string, code: number): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === code) i++;
  return i;
}

/** Length of a list marker with its space ("- ", "* ", "1. ", "2) ", "• "), 0 if none. */
export function listMarkerLength(s: string): number {
  const c = s.charCodeAt(0);
  if (c === 0x2d || c === 0x2a || c === 0x2b || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25e6) {
    if (c === 0x2a && s.charCodeAt(1) === 0x2a) return 0; // **bold**
    const next = s.charCodeAt(1);
    if (next === 32 || next === 9) return 2;
    if (c >= 0x2022 && s.length > 1) return 1; // "•Text"
    return 0;
  }
  let i = 0;
  while (i < s.length && i < 3 && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
  if (i > 0 && (s.charCodeAt(i) === 0x2e || s.charCodeAt(i) === 0x29) && s.charCodeAt(i + 1) === 32) return i + 2;
  return 0;
}

/** A line that is nothing but a Markdown link, an autolink or a URL. */
export function isLinkOnly(s: string): boolean {
  if (/^(?:https?:\/\/|www\.)\S+$/.test(s)) return true;
  if (s.charCodeAt(0) === 0x3c /* < */) return /^<https?:\/\/[^\s>]+>$/.test(s);
  if (s.charCodeAt(0) !== 0x5b /* [ */) return false;
  const close = s.indexOf('](');
  return close > 0 && s.indexOf(']', 1) === close && s.charCodeAt(s.length - 1) === 0x29 && s.indexOf(')', close) === s.length - 1;
}

/** The text without link targets and emphasis markers. */
export function plainText(s: string): string {
  let out = s;
  if (out.includes('](')) out = out.replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1');
  if (out.includes('**') || out.includes('__')) out = out.replace(/\*\*|__/g, '');
  return out.trim();
}
