import type { CoreDiagnostic, DateMention, EntityMention, Gazetteer, GazetteerEntity, ParsedArticle } from '../types';
import { checkAge, findWrittenAge } from './ageCheck';
import { checkDeceased, speechForm } from './deceasedCheck';
import { type WrittenTitle, titleAfter, titleDistance, titlesBefore } from './findTitles';
import { checkRoleTitle } from './roleCheck';
import { isComparable } from './roleMatching';
import { SentenceDates, sentenceIndexAt } from './sentenceContext';
import { tokenize } from './tokens';

// The person checks work sentence by sentence: each sentence with a known person in it is
// tokenised once (words, punctuation, and whole entity mentions), and the titles, ages and
// speech verbs around each person mention are read off those tokens. Sentences without a known
// person cost nothing beyond one pass over the mentions.

/**
 * `person-age-mismatch`, `person-role-mismatch`, `person-deceased`, for the person mentions of
 * `entities`, or of `only` when given (read among all of `entities`).
 */
export function checkPersons(
  article: ParsedArticle, entities: readonly EntityMention[], dates: DateMention[], gazetteer: Gazetteer, only?: readonly EntityMention[],
): CoreDiagnostic[] {
  // The gazetteer is not asked here: it builds an entity from its entry when first asked for it,
  // and most person mentions have no title, age or speech next to them, so never need it. An id
  // it lacks, or that is no person, is checked for nothing below.
  const persons = (only ?? entities).filter((m) => m.kind === 'person' && m.id !== null);
  if (persons.length === 0) return [];
  const sorted = [...entities].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const nonOverlapping = dropOverlaps(sorted);
  const sentenceDates = new SentenceDates(article, dates);

  const bySentence = groupBySentence(article, persons);
  const dateSpansBySentence = groupBySentence(article, dates);

  const out: CoreDiagnostic[] = [];
  const seen = new Set<string>();
  const push = (d: CoreDiagnostic | null) => {
    if (!d) return;
    const key = `${d.code}:${d.span.start}:${d.span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  };

  for (const [sentenceIndex, mentions] of bySentence) {
    const sentence = article.sentences[sentenceIndex];
    const tokens = tokenize(article.maskedText, sentence, nonOverlapping);
    const dateSpans = (dateSpansBySentence.get(sentenceIndex) ?? []).map((d) => d.span);
    for (const mention of mentions) {
      const at = tokens.findIndex((t) => t.kind === 'mention' && t.mention === mention);
      if (at < 0) continue;
      // Built only when a title, an age or a speech verb is there to check against it; an entity
      // that is not a person (null) is checked for nothing, as if it had not been a mention.
      let built: GazetteerEntity | null | undefined;
      const personOf = (): GazetteerEntity | null => {
        if (built === undefined) {
          const entity = gazetteer.entities.get(mention.id as string);
          built = entity?.kind === 'person' ? entity : null;
        }
        return built;
      };
      const refs = sentenceDates.at(sentenceIndex, mention.span);
      const titles: WrittenTitle[] = [...titlesBefore(tokens, at)];
      const after = titleAfter(tokens, at);
      if (after) titles.push(after);

      let person = titles.length > 0 ? personOf() : null;
      const title = person ? nearestComparable(titles, person, mention.span) : null;
      if (person && title) push(checkRoleTitle({ article, person, title, refs, gazetteer }));
      const age = findWrittenAge(tokens, at, titles);
      if (age && (person = personOf())) push(checkAge(article, person, age, refs, gazetteer));
      if (speechForm(tokens, at, titles, dateSpans) && (person = personOf())?.died) push(checkDeceased(article, person, mention.span, refs, gazetteer));
    }
  }
  return out;
}

/**
 * The title compared with the person's roles: the nearest to the name of those that can be
 * compared at all (a bare rank is skipped when the gazetteer records offices only). Before the
 * name wins a tie ("Prime Minister X, former intelligence chief" compares "Prime Minister").
 */
function nearestComparable(titles: readonly WrittenTitle[], person: GazetteerEntity, name: { start: number; end: number }): WrittenTitle | null {
  let best: WrittenTitle | null = null;
  let bestDistance = Infinity;
  for (const title of titles) {
    if (!isComparable(title, person)) continue;
    const distance = titleDistance(title, name) + (title.placement === 'after' ? 0.5 : 0);
    if (distance < bestDistance) {
      best = title;
      bestDistance = distance;
    }
  }
  return best;
}

function groupBySentence<T extends { span: { start: number } }>(article: ParsedArticle, items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const i = sentenceIndexAt(article.sentences, item.span.start);
    if (i < 0) continue;
    const list = groups.get(i);
    if (list) list.push(item);
    else groups.set(i, [item]);
  }
  return groups;
}

/** Keeps the first (longest) of overlapping mentions, so tokens never overlap. */
function dropOverlaps(sorted: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.span.start < end) continue;
    out.push(m);
    end = m.span.end;
  }
  return out;
}
