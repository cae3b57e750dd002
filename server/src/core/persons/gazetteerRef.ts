import { LineIndex } from '../text/lineIndex';
import type { Gazetteer, GazetteerEntity, RelatedInfo, RoleSpell } from '../types';

// How messages and hovers point into the gazetteer: "gazetteer.yaml:20" (file name and 1-based
// line of the entry's key), and how a role reads in prose ("Commander of the Quds Force").

const lineIndexes = new WeakMap<Gazetteer, Map<string, LineIndex>>();

function lineIndexFor(gazetteer: Gazetteer, uri: string): LineIndex | null {
  let byUri = lineIndexes.get(gazetteer);
  if (!byUri) {
    byUri = new Map();
    lineIndexes.set(gazetteer, byUri);
  }
  let index = byUri.get(uri);
  if (!index) {
    const file = gazetteer.files.find((f) => f.uri === uri);
    if (!file) return null;
    index = new LineIndex(file.text);
    byUri.set(uri, index);
  }
  return index;
}

/** The last path segment of a URI or path, decoded ("file:///w/gazetteer.yaml" → "gazetteer.yaml"). */
export function fileName(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** "gazetteer.yaml:20": where the entry's id key is. */
export function entryLocationLabel(entity: GazetteerEntity, gazetteer: Gazetteer): string {
  const index = lineIndexFor(gazetteer, entity.location.uri);
  const name = fileName(entity.location.uri);
  if (!index) return name;
  return `${name}:${index.positionAt(entity.location.keySpan.start).line + 1}`;
}

export function relatedEntry(entity: GazetteerEntity, message: string): RelatedInfo {
  return { uri: entity.location.uri, span: entity.location.keySpan, message };
}

/**
 * How an org reads after "of": organisations take "the", places (countries) do not — except
 * places named by a common noun ("the United States", "the United Arab Emirates", "the
 * Netherlands", "the Czech Republic").
 */
export function orgPhrase(orgId: string, gazetteer: Gazetteer): string {
  const org = gazetteer.entities.get(orgId);
  if (!org) return orgId;
  if (/^the\s/i.test(org.name) || /^[\p{Lu}\d]+$/u.test(org.name)) return org.name;
  if (org.kind === 'organization') return `the ${org.name}`;
  if (org.kind === 'place' && PLACE_TAKES_THE.test(org.name)) return `the ${org.name}`;
  return org.name;
}

const PLACE_TAKES_THE = /^United\s|\s(States|Kingdom|Emirates|Republic|Islands|Territories)$|^Netherlands$/;

/** "Commander of the Quds Force" (or just "Commander" for a role without an org). */
export function roleText(role: RoleSpell, gazetteer: Gazetteer): string {
  return role.org ? `${role.title} of ${orgPhrase(role.org, gazetteer)}` : role.title;
}

/** "1998 – 2020-01-03", "since 2020-05-07", "until 2019", "" for an undated role. */
export function spellText(spell: { from?: { value: string }; to?: { value: string } }): string {
  if (spell.from && spell.to) return `${spell.from.value} – ${spell.to.value}`;
  if (spell.from) return `since ${spell.from.value}`;
  if (spell.to) return `until ${spell.to.value}`;
  return '';
}

/**
 * "him"/"her" when the gazetteer records a gender (a team's own `gender` field); otherwise the
 * person's name, since a guessed pronoun would be wrong for some and "them" reads as plural.
 */
export function objectPronoun(person: GazetteerEntity): string {
  const gender = person.fields['gender'];
  if (typeof gender === 'string') {
    const g = gender.trim().toLowerCase();
    if (g === 'male' || g === 'm' || g === 'man') return 'him';
    if (g === 'female' || g === 'f' || g === 'woman') return 'her';
  }
  return person.name;
}
