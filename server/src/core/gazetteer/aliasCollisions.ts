import type { NameOccurrence } from './buildEntity';
import type { FileContext } from './fileContext';
import { foldAlias } from './foldAlias';

/**
 * `gazetteer-alias-collision`: a name or alias that folds to the same text as a name or alias of
 * another entity. Reported on the later occurrence, related to the first one. One pass with a
 * map keyed by the folded text, so 100k entities cost a few hundred milliseconds.
 */
export function reportAliasCollisions(names: NameOccurrence[], contexts: Map<string, FileContext>): void {
  const first = new Map<string, NameOccurrence>();
  for (const occurrence of names) {
    const folded = foldAlias(occurrence.text);
    if (folded === '') continue;
    const other = first.get(folded);
    if (!other) {
      first.set(folded, occurrence);
      continue;
    }
    if (other.id === occurrence.id) continue;
    const file = contexts.get(occurrence.uri);
    const otherFile = contexts.get(other.uri);
    if (!file || !otherFile) continue;
    const what = occurrence.isName ? 'Name' : 'Alias';
    const otherWhat = other.isName ? 'the name' : 'an alias';
    file.report(
      'gazetteer-alias-collision',
      occurrence.span,
      `${what} "${occurrence.text}" of \`${occurrence.id}\` is also ${otherWhat} of \`${other.id}\` ("${other.text}", ${otherFile.where(other.span)}); articles that use it will be ambiguous between them.`,
      {
        related: [{ uri: other.uri, span: other.span, message: `${otherWhat === 'the name' ? 'Name' : 'Alias'} "${other.text}" of \`${other.id}\`` }],
        data: { alias: occurrence.text, id: occurrence.id, otherId: other.id, otherUri: other.uri, otherSpan: other.span },
      },
    );
  }
}
