// Where a count happened, against where a gazetteer figure counts (SPEC §4: the key is the figure
// whose `about` entities match the sentence). A sentence may name an entity of the figure for
// another reason — who reports the count (`Israel's military said … one person was killed in the
// occupied West Bank`) — while the count itself is placed elsewhere. A count whose own clause
// places it (`killed in the X`) in a place that is neither the place its figure's label names
// (`People killed in Lebanon …`) nor a name of one of the figure's `about` entities takes no key:
// a missed key costs less than checking a number against the wrong series.
import type { Gazetteer, GazetteerEntity, Span } from '../types';

/** Lower-case words between the preposition and the place name: `in the occupied West Bank`, `in southern Lebanon`. */
const PLACE_ADJECTIVES = '(?:occupied|northern|southern|eastern|western|central|north|south|east|west|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|neighbouring|neighboring|nearby|besieged)';

/** `in (the) (adjective) Place Name`: a capitalised name of up to four words after a locative preposition. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:al-|el-)?\p{Lu}[\p{L}'’-]*){0,3}`;
const LOCATIVE = new RegExp(
  String.raw`\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:${PLACE_ADJECTIVES}\s+)?(${NAME}(?:\s*(?:,|and|or)\s+(?:the\s+)?(?:${PLACE_ADJECTIVES}\s+)?${NAME})*)`,
  'u',
);
/** The parts of a list of places: `Syria and Iraq`. */
const LIST_SEPARATOR = new RegExp(String.raw`\s*(?:,|\band\b|\bor\b)\s+(?:the\s+)?(?:${PLACE_ADJECTIVES}\s+)?`, 'u');

/** Month and weekday names are dates, not places (`killed in May`). */
const NOT_PLACE = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)\b/;

/**
 * Words that may follow a place name. A capitalised word followed by any other lower-case word
 * modifies a noun rather than naming a place: `killed in Israeli strikes`, `in US raids`,
 * `in Israel's north` (no place is read then, and nothing is rejected).
 */
const AFTER_PLACE = new Set([
  'on', 'in', 'at', 'near', 'by', 'since', 'after', 'before', 'during', 'when', 'while', 'and', 'or', 'last', 'this', 'earlier',
  'to', 'from', 'with', 'for', 'over', 'under', 'as', 'until', 'amid', 'despite', 'following', 'according', 'alone', 'so',
  'overnight', 'yesterday', 'today', 'early', 'late', 'between', 'into', 'across', 'where', 'which', 'who', 'that', 'of',
]);

function endsPlace(rest: string): boolean {
  const next = /^\s*([\p{L}'’-]+)/u.exec(rest);
  if (!next || /^\s*[^\s\p{L}]/u.test(rest)) return true;
  return !/^\p{Ll}/u.test(next[1]) || AFTER_PLACE.has(next[1].toLowerCase());
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** A place a figure's clause names: its folded name, its span, and the gazetteer entity found there (if any). */
export interface MentionPlace {
  name: string;
  span: Span;
  id?: string;
}

/**
 * The places the clause after a figure puts it in (`one person was killed in the occupied West
 * Bank` → `west bank`); null if its clause names none. Only the figure's own clause counts: it
 * ends at sentence punctuation or a conjunction that starts another clause (`and` between two
 * places is kept: `deployed in Syria and Iraq`).
 */
export function mentionPlaces(text: string, figure: Span, sentenceEnd: number): MentionPlace[] | null {
  let clause = text.slice(figure.end, Math.min(sentenceEnd, figure.end + 120));
  const stop = /[;:.!?()\u2014]|,\s+(?!\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*\s*(?:,|and\s|or\s))|\s(?:but|while|whereas|after|before|as)\s|\sand\s+(?!(?:the\s+)?\p{Lu})/u.exec(clause);
  if (stop) clause = clause.slice(0, stop.index);
  const m = LOCATIVE.exec(clause);
  if (!m || NOT_PLACE.test(m[1]) || !endsPlace(clause.slice(m.index + m[0].length))) return null;
  const places: MentionPlace[] = [];
  const listStart = figure.end + m.index + m[0].length - m[1].length;
  let at = 0;
  for (const part of m[1].split(LIST_SEPARATOR)) {
    const offset = m[1].indexOf(part, at);
    at = offset + part.length;
    if (!part || NOT_PLACE.test(part)) continue;
    places.push({ name: fold(part), span: { start: listStart + offset, end: listStart + offset + part.length } });
  }
  return places.length > 0 ? places : null;
}

/** Where a gazetteer figure counts: the place its label names, the names and ids of its `about` entities (and their places). */
export interface FigurePlaces {
  label: string | null;
  names: string[];
  ids: Set<string>;
}

/** The place a figure's label names (`People killed in Lebanon by Israeli fire` → `lebanon`), and its `about` entities. */
export function figurePlaces(figure: GazetteerEntity, gazetteer: Gazetteer): FigurePlaces {
  const m = LOCATIVE.exec(figure.name);
  const label = m && !NOT_PLACE.test(m[1]) && endsPlace(figure.name.slice(m.index + m[0].length)) ? fold(m[1].split(LIST_SEPARATOR)[0]) : null;
  const names: string[] = [];
  const ids = new Set<string>();
  for (const id of figure.about ?? []) {
    const e = gazetteer.entities.get(id);
    if (!e) continue;
    ids.add(id);
    for (const n of [e.name, ...(e.aliases ?? [])]) names.push(fold(n));
    const place = e.kind === 'event' && e.place ? gazetteer.entities.get(e.place) : undefined;
    if (place) {
      ids.add(place.id);
      for (const n of [place.name, ...(place.aliases ?? [])]) names.push(fold(n));
    }
  }
  return { label, names, ids };
}

/** An entity and the places it lies in (`region`, `country`, an event's `place`, a `parent`), bounded. */
function withContainers(id: string, gazetteer: Gazetteer): string[] {
  const out = [id];
  for (let i = 0; i < out.length && out.length < 12; i++) {
    const e = gazetteer.entities.get(out[i]);
    for (const next of [e?.region, e?.country, e?.place, e?.parent]) if (next && !out.includes(next)) out.push(next);
  }
  return out;
}

/**
 * True if a count placed in one of `places` may count for a figure of these places: the figure's
 * label names no place, or a place is the label's place or one of the figure's `about` entities by
 * name, or (a gazetteer entity) lies in one of them or contains one (`the Kurdistan Region` is in Iraq).
 */
export function placesAgree(places: MentionPlace[] | null, figure: FigurePlaces, gazetteer: Gazetteer): boolean {
  if (places === null || figure.label === null) return true;
  const same = (a: string, b: string) => a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
  const label = figure.label;
  return places.some((place) => {
    if (same(place.name, label) || figure.names.some((n) => same(place.name, n))) return true;
    if (!place.id) return false;
    const id = place.id;
    if (withContainers(id, gazetteer).some((c) => figure.ids.has(c))) return true;
    for (const f of figure.ids) if (withContainers(f, gazetteer).includes(id)) return true;
    return false;
  });
}
