// Pure builders of hover card Markdown; the language server wraps them in LSP hovers.
export { entityHover, type HoverText } from './entityHover';
export { dateHover } from './dateHover';
export { figureHover, intervalInWords } from './figureHover';
export { escapeMarkdown, safeHttpUrl } from './markdown';
