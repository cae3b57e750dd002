// A markdown-it plugin for VS Code's Markdown preview: `[text]{@id}`, `[text]{figure=key}`,
// `[text]{date=…}` and `[text]{.kind}` render as the text in a styled span (with the id as a
// tooltip) instead of showing their markup. Structural types only: markdown-it is the preview's.

interface Token {
  attrSet(name: string, value: string): void;
  content: string;
}

interface InlineState {
  src: string;
  pos: number;
  posMax: number;
  push(type: string, tag: string, nesting: number): Token;
}

interface MarkdownIt {
  inline: { ruler: { before(name: string, rule: string, fn: (state: InlineState, silent: boolean) => boolean): void } };
}

const ANNOTATION = /^\[([^\]\n]+)\]\{(@[a-z0-9-]+|figure=[a-z0-9-]+|date=[0-9W-]+|\.[a-z-]+)\}/;

/** The CSS class and tooltip of an annotation's value. */
export function annotationClass(value: string): { className: string; title: string } {
  if (value.startsWith('@')) return { className: 'newsmd-entity', title: value.slice(1) };
  if (value.startsWith('figure=')) return { className: 'newsmd-figure', title: value.slice(7) };
  if (value.startsWith('date=')) return { className: 'newsmd-date', title: value.slice(5) };
  return { className: `newsmd-class newsmd-${value.slice(1)}`, title: value.slice(1) };
}

function annotationRule(state: InlineState, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
  const match = ANNOTATION.exec(state.src.slice(state.pos, state.posMax));
  if (!match) return false;
  if (!silent) {
    const { className, title } = annotationClass(match[2]);
    const open = state.push('newsmd_annotation_open', 'span', 1);
    open.attrSet('class', className);
    open.attrSet('title', title);
    const text = state.push('text', '', 0);
    text.content = match[1];
    state.push('newsmd_annotation_close', 'span', -1);
  }
  state.pos += match[0].length;
  return true;
}

export function extendMarkdownIt<T>(md: T): T {
  (md as unknown as MarkdownIt).inline.ruler.before('link', 'newsmd_annotation', annotationRule);
  return md;
}
