import type { AnalysisSettings } from '../settings';
import type { Annotation, DateMention, EntityMention, FigureMention, Gazetteer, ParsedArticle, PreciseDate, Span } from '../types';
import { mentionClass } from './figureClass';
import { type DateRole, governingDate } from './figureDate';
import { assignKey, figureIndex } from './figureIndex';
import { type MentionPlace, mentionPlaces } from './figurePlace';
import { numbersIn } from './figureFacts';
import { closed } from './interval';
import { intervalFor } from './qualifiers';
import { type RecognizedFigure, recognizeFigures, recognizeFiguresInSentence } from './recognizeFigures';

/**
 * Every figure in the article body, with its date (the date it is reported as of: `as of`, else
 * the reporting clause or its own clause in its sentence, never an event's date; else the
 * publication date — figureDate.ts), the entity ids of its sentence and the one before, and its
 * key (an explicit `figure=` annotation, else the gazetteer figure its noun, class and entities
 * point to; only counts take keys, as gazetteer figures are counts).
 */
export function findFigures(
  article: ParsedArticle, entities: EntityMention[], dates: DateMention[], gazetteer: Gazetteer, settings: AnalysisSettings,
): FigureMention[] {
  const index = figureIndex(gazetteer);
  const sentences = article.sentences.length > 0 ? article.sentences : [{ start: article.bodyStart, end: article.text.length }];
  const sortedDates = [...dates].sort((a, b) => a.span.start - b.span.start);
  const skip = sortedDates.map((d) => d.span);
  const idsBySentence = entityIdsBySentence(sentences, entities);
  // Each sentence's id set serves as its own and as the next sentence's previous one: made once.
  const idSets: (Set<string> | undefined)[] = [];
  const idSet = (i: number): Set<string> => (i < 0 ? new Set() : (idSets[i] ??= new Set(idsBySentence[i])));
  const figureAnnotations = article.annotations.filter((a) => a.kind === 'figure').sort((a, b) => a.textSpan.start - b.textSpan.start);
  const annotated = new Set<Annotation>();
  const out: FigureMention[] = [];
  let dateIndex = 0;
  let annotationIndex = 0;

  let skipFrom = 0; // first date span that may reach into the sentence
  sentences.forEach((sentence, i) => {
    while (skipFrom < skip.length && skip[skipFrom].end <= sentence.start) skipFrom++;
    const recognized = recognizeFiguresInSentence(article.maskedText, sentence, settings, index.known, skip, skipFrom);
    if (recognized.length === 0) return;
    while (dateIndex < sortedDates.length && sortedDates[dateIndex].span.end <= sentence.start) dateIndex++;
    const sentenceDates: DateMention[] = [];
    for (let d = dateIndex; d < sortedDates.length && sortedDates[d].span.start < sentence.end; d++) {
      if (sortedDates[d].date) sentenceDates.push(sortedDates[d]);
    }
    const own = idSet(i);
    const previous = idSet(i - 1);
    const about = [...new Set([...previous, ...own])];
    const roles = new Map<DateMention, DateRole>();
    for (const r of recognized) {
      while (annotationIndex < figureAnnotations.length && figureAnnotations[annotationIndex].textSpan.end < r.numberSpan.end) annotationIndex++;
      const candidate = figureAnnotations[annotationIndex];
      const annotation = candidate && candidate.textSpan.start <= r.numberSpan.start && r.numberSpan.end <= candidate.textSpan.end ? candidate : undefined;
      if (annotation) annotated.add(annotation);
      out.push(toMention(article, r, {
        key: annotation ? annotation.value
          : r.unit === 'count' ? assignKey(
            r.noun, own, previous, index,
            () => mentionClass(article.maskedText, r.span, r.noun, sentence.end, sentence.start),
            () => placesWithIds(mentionPlaces(article.maskedText, r.span, sentence.end), entities),
          ) : null,
        explicit: annotation !== undefined,
        date: governingDate(article.maskedText, sentence, sentenceDates, r.span, roles, article.published) ?? article.published,
        about: [...about],
      }));
    }
  });

  // An annotation around text the recogniser passed over (a year-like count, a bare word) still
  // says "this is a figure": read it on its own.
  for (const annotation of figureAnnotations) {
    if (annotated.has(annotation)) continue;
    const r = recognizeFigures(article.maskedText, annotation.textSpan, { settings, known: index.known })[0]
      ?? readAnnotatedNumber(article.maskedText, annotation.textSpan, settings);
    if (!r) continue;
    const i = sentences.findIndex((s) => s.start <= annotation.textSpan.start && annotation.textSpan.start < s.end);
    const about = new Set([...(idsBySentence[i - 1] ?? []), ...(idsBySentence[i] ?? [])]);
    const sentenceDates = sortedDates.filter((d) => d.date && i >= 0 && d.span.start >= sentences[i].start && d.span.end <= sentences[i].end);
    const date = i >= 0 ? governingDate(article.maskedText, sentences[i], sentenceDates, r.span, undefined, article.published) : null;
    out.push(toMention(article, r, { key: annotation.value, explicit: true, date: date ?? article.published, about: [...about] }));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Each place with the id of the entity mention found on it, if any (entities are few per article). */
function placesWithIds(places: MentionPlace[] | null, entities: EntityMention[]): MentionPlace[] | null {
  if (!places) return null;
  return places.map((p) => {
    const e = entities.find((m) => m.span.start < p.span.end && p.span.start < m.span.end);
    return e?.id ? { ...p, id: e.id } : p;
  });
}

/** The first number of an annotated span, read bare: the author said it is a figure. */
function readAnnotatedNumber(text: string, span: Span, settings: AnalysisSettings): RecognizedFigure | null {
  const [reading] = numbersIn(text, span);
  if (!reading) return null;
  const iv = reading.vague ? closed(reading.vague.min, reading.vague.max) : intervalFor('bare', reading.value, reading.value, settings, false);
  return {
    span: { start: reading.start, end: span.end },
    numberSpan: { start: reading.start, end: reading.end },
    qualifier: null,
    sense: 'bare',
    unit: 'count',
    noun: null,
    interval: iv,
    conservative: reading.vague?.conservative,
    reading,
    high: null,
    point: reading.vague?.conservative ?? reading.value,
  };
}

function toMention(
  article: ParsedArticle, r: RecognizedFigure,
  attached: { key: string | null; explicit: boolean; date: PreciseDate | null; about: string[] },
): FigureMention {
  const mention: FigureMention = {
    span: r.span,
    text: article.maskedText.slice(r.span.start, r.span.end).replace(/\s+/g, ' '),
    numberSpan: r.numberSpan,
    qualifier: r.qualifier,
    unit: r.unit,
    noun: r.noun,
    min: r.interval.min,
    max: r.interval.max,
    minInclusive: r.interval.minInclusive,
    maxInclusive: r.interval.maxInclusive,
    key: attached.key,
    explicit: attached.explicit,
    date: attached.date,
    about: attached.about,
  };
  if (r.conservative !== undefined) mention.conservative = r.conservative;
  return mention;
}

/** Resolved entity ids per sentence, in one sweep over both sorted lists. */
function entityIdsBySentence(sentences: Span[], entities: EntityMention[]): string[][] {
  const sorted = entities.filter((e) => e.id !== null).sort((a, b) => a.span.start - b.span.start);
  const out: string[][] = sentences.map(() => []);
  let e = 0;
  sentences.forEach((sentence, i) => {
    while (e < sorted.length && sorted[e].span.start < sentence.start) e++;
    for (let k = e; k < sorted.length && sorted[k].span.start < sentence.end; k++) out[i].push(sorted[k].id as string);
  });
  return out;
}
