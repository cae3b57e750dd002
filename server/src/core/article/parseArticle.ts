// PLACEHOLDER — replaced by the article work. Signature is the contract.
import type { ParsedArticle, SourceFile } from '../types';

export function parseArticle(file: SourceFile): ParsedArticle {
  return {
    uri: file.uri, text: file.text,
    frontMatter: { span: null, contentSpan: null, fields: new Map(), data: {} },
    published: null, bodyStart: 0, maskedText: file.text, annotations: [], sentences: [{ start: 0, end: file.text.length }],
    residue: [], suppressions: { isSuppressed: () => false }, diagnostics: [],
  };
}
