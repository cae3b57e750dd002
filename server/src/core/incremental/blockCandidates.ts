import type { LoadedGazetteer, StageGuard } from '../analyze';
import { findEntityCandidates } from '../entities/candidates';
import type { CoreDiagnostic, EntityMention, ParsedArticle } from '../types';
import type { Blocks } from './blocks';
import { restrict } from './restrict';

/** Paragraphs read for candidates so far: for tests, which check that an edit reads only its own. */
export const blockCandidateCounts = { paragraphs: 0 };

/**
 * Entity candidates of the paragraphs holding sentences `first`…`last`, each paragraph read on its
 * own, as if the article began there: a name already reported in an earlier paragraph is reported
 * again, so the document's first-occurrence rule can be applied over the whole list afterwards.
 * Each paragraph is read together with the next paragraph's first sentence, so that whatever the
 * candidate finder looks at after a name is there, as in a whole pass.
 */
export function blockCandidates(
  article: ParsedArticle, blocks: Blocks, first: number, last: number, entities: readonly EntityMention[], loaded: LoadedGazetteer, guard: StageGuard,
): CoreDiagnostic[] {
  const sentences = blocks.sentences;
  const count = sentences.length;
  const mentions = [...entities].sort((a, b) => a.span.start - b.span.start);
  const out: CoreDiagnostic[] = [];
  let m = 0;
  for (let i = first; i <= last && !guard.failed; ) {
    const blockLast = blocks.last(i);
    blockCandidateCounts.paragraphs++;
    const start = i === 0 ? article.bodyStart : sentences[i].start;
    const end = blockLast + 1 < count ? sentences[blockLast + 1].start : article.text.length;
    const readTo = blockLast + 1 < count ? sentences[blockLast + 1].end : article.text.length;
    while (m < mentions.length && mentions[m].span.start < start && mentions[m].span.end <= start) m++;
    const near: EntityMention[] = [];
    for (let k = m; k < mentions.length && mentions[k].span.start < readTo; k++) near.push(mentions[k]);
    const window = restrict(article, start, readTo, i, Math.min(blockLast + 1, count - 1));
    const found = guard('entity candidates', [], () => findEntityCandidates(window, near, loaded.gazetteer));
    for (const d of found) if (d.span.start >= start && d.span.start < end) out.push(d);
    i = blockLast + 1;
  }
  return out;
}
