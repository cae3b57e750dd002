// Small checks on rendered HTML without a DOM: count elements by their opening tag, read attributes.

/** Opening tags (`<g …>`, `<tr …>`) of the given element whose class list has every given class. */
export function tagsWithClasses(html: string, tag: string, ...classes: string[]): string[] {
  const tags = html.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
  return tags.filter((t) => {
    const list = /\bclass="([^"]*)"/.exec(t)?.[1].split(/\s+/) ?? [];
    return classes.every((c) => list.includes(c));
  });
}

export function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** What a browser shows for an attribute value or element text written with our escaping. */
export function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);
}

export const NONCE = 'dGVzdC1ub25jZS0xMjM0NQ==';
