import type { CoreDiagnostic, Gazetteer, GazetteerEntity, ParsedArticle, PreciseDate, RoleSpell, Span } from '../types';
import type { WrittenTitle } from './findTitles';
import { entryLocationLabel, objectPronoun, orgPhrase, relatedEntry, roleText, spellText } from './gazetteerRef';
import { isComparable, isDescriptiveTitle, orgsRelated, titleMatchesRole, titleOrgMatchesRole, titleOrgWordsMatchRole } from './roleMatching';
import { spellMayHaveBegunBy, spellMayHoldOn, spellSurelyHoldsOn } from './roleValidity';
import type { ReferenceDates } from './sentenceContext';

// person-role-mismatch. Journalists title people as of the time of writing ("Prime Minister
// al-Kadhimi", about a 2019 event) or as of the event ("then-commander"); the dead keep the title
// they died with ("slain Quds Force commander"). So a title passes when it fits a role held on
// the sentence's date, on the publication date, or at death. "former X" is relative to the time
// of writing: it is wrong only when X is surely still held then, or not yet held.

/** The dates a plain (not "former") title may refer to. */
function titleDates(title: WrittenTitle, refs: ReferenceDates): PreciseDate[] {
  if (title.qualifier?.kind === 'then') return refs.primary ? [refs.primary] : [];
  const dates: PreciseDate[] = [];
  if (refs.sentence) dates.push(refs.sentence);
  if (refs.published && refs.published.value !== refs.sentence?.value) dates.push(refs.published);
  return dates;
}

function rolesHeldOn(person: GazetteerEntity, date: PreciseDate): RoleSpell[] {
  const roles = person.roles ?? [];
  const died = person.died;
  // After death, the roles held at death are the ones the press still uses.
  const onDate = died && died.end < date.start ? died : date;
  return roles.filter((r) => spellMayHoldOn(r, onDate));
}

/** Still surely held on `date`: the spell holds and the person is not surely dead by then. */
function surelyStillHeld(person: GazetteerEntity, role: RoleSpell, date: PreciseDate): boolean {
  if (person.died && person.died.end < date.start) return false;
  return spellSurelyHoldsOn(role, date);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The replacement in the case the author used ("spokesman" stays lower case, "Prime Minister" capitalised). */
function inWrittenCase(roleTitle: string, written: string): string {
  if (/^\p{Ll}/u.test(written) && !/^\p{Lu}{2,}/u.test(roleTitle)) return roleTitle.toLowerCase();
  return roleTitle;
}

/** A fix at the start of a sentence ("Ex-spokesman X …" → "Spokesman X …") keeps its capital. */
function firstLetterLike(replacement: string, replaced: string): string {
  const first = replaced.trimStart().charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

export interface RoleCheckInput {
  article: ParsedArticle;
  person: GazetteerEntity;
  title: WrittenTitle;
  refs: ReferenceDates;
  gazetteer: Gazetteer;
}

export function checkRoleTitle({ article, person, title, refs, gazetteer }: RoleCheckInput): CoreDiagnostic | null {
  const roles = person.roles ?? [];
  if (roles.length === 0 || !isComparable(title, person)) return null;
  const writtenSpan: Span = {
    start: Math.min(title.titleSpan.start, title.org?.span.start ?? Infinity),
    end: Math.max(title.titleSpan.end, title.org?.span.end ?? -Infinity),
  };
  const written = collapse(article.maskedText.slice(writtenSpan.start, writtenSpan.end));
  const runText = article.maskedText.slice(title.runSpan.start, title.runSpan.end);
  const where = entryLocationLabel(person, gazetteer);
  const them = objectPronoun(person);
  const diag = (span: Span, message: string, replacementSpan: Span, replacement: string | null, held: RoleSpell[]): CoreDiagnostic => ({
    code: 'person-role-mismatch',
    severity: 'warning',
    message,
    uri: article.uri,
    span,
    related: [relatedEntry(person, `${person.name}: roles in the gazetteer`)],
    data: {
      personId: person.id,
      titleSpan: replacementSpan,
      ...(replacement !== null ? { replacement: firstLetterLike(replacement, article.maskedText.slice(replacementSpan.start, replacementSpan.end)) } : {}),
      heldRoles: held.map((r) => ({ title: r.title, org: r.org ?? null, from: r.from?.value ?? null, to: r.to?.value ?? null, text: roleText(r, gazetteer) })),
    },
  });
  const heldPhrase = (held: RoleSpell[]): string => held.map((r) => roleText(r, gazetteer)).join(' and ');
  const orgFix = (role: RoleSpell): string => {
    const phrase = orgPhrase(role.org as string, gazetteer);
    return title.org?.placement === 'modifier' ? phrase.replace(/^the /, '') : phrase;
  };

  // "Secretary of State" for a Secretary of Defense: the title words and the worded part of the
  // organisation are replaced together ("Secretary of State" → "Secretary of Defense").
  const wordedSpan: Span = title.org?.wordSpan ? { start: title.runSpan.start, end: title.org.wordSpan.end } : title.runSpan;
  const wordsDiag = (role: RoleSpell, on: string): CoreDiagnostic => diag(
    { start: title.titleSpan.start, end: Math.max(title.titleSpan.end, title.org?.span.end ?? -Infinity) },
    `The article calls ${person.name} '${written}', but ${on}the gazetteer (${where}) has ${them} as ${describe(role, gazetteer)}`,
    wordedSpan, title.org?.wordSpan ? inWrittenCase(role.title, runText) : null, [role],
  );

  if (title.qualifier?.kind === 'former') {
    const date = refs.published ?? refs.sentence;
    if (!date) return null;
    const byWords = roles.filter((r) => titleMatchesRole(title, r));
    const before = roles.filter((r) => spellMayHaveBegunBy(r, date));
    if (byWords.length === 0) {
      const last = before[before.length - 1];
      return diag(title.titleSpan,
        `The article calls ${person.name} '${written}', but the gazetteer (${where}) has no such role for ${them}; it records ${roles.map((r) => describe(r, gazetteer)).join('; ')}`,
        title.runSpan, last ? inWrittenCase(last.title, runText) : null, before);
    }
    const byOrg = byWords.filter((r) => titleOrgMatchesRole(title, r, gazetteer));
    if (byOrg.length === 0 && title.org) {
      const role = byWords[0];
      return diag(title.org.span,
        `The article calls ${person.name} '${written}', but the gazetteer (${where}) has ${them} as ${describe(role, gazetteer)}`,
        title.org.span, orgFix(role), byWords);
    }
    const byOrgWords = byOrg.filter((r) => titleOrgWordsMatchRole(title, r));
    if (byOrgWords.length === 0 && byOrg.length > 0) return wordsDiag(byOrg[0], '');
    // A descriptive title fits several offices ("former intelligence chief" of a former director
    // who is now Prime Minister): "former" is then right as soon as one of them has ended.
    const still = isDescriptiveTitle(title)
      ? (byOrgWords.every((r) => surelyStillHeld(person, r, date)) ? byOrgWords[0] : undefined)
      : byOrgWords.find((r) => surelyStillHeld(person, r, date));
    if (still) {
      const withoutQualifier = collapse(article.maskedText.slice(title.qualifier.span.end, title.runSpan.end)).replace(/^-/, '');
      return diag(title.titleSpan,
        `The article calls ${person.name} '${written}', but on ${date.value} the gazetteer (${where}) still has ${them} as ${describe(still, gazetteer)}`,
        title.titleSpan, withoutQualifier, [still]);
    }
    if (!byOrgWords.some((r) => spellMayHaveBegunBy(r, date))) {
      const first = byOrgWords[0];
      return diag(title.titleSpan,
        `The article calls ${person.name} '${written}', but on ${date.value} the gazetteer (${where}) has ${them} as ${roleText(first, gazetteer)} only from ${first.from?.value ?? 'a later date'}`,
        title.titleSpan, null, []);
    }
    return null;
  }

  const dates = titleDates(title, refs);
  if (dates.length === 0) return null;
  const primary = dates[0];
  const held = uniq(dates.flatMap((d) => rolesHeldOn(person, d)));
  const byWords = held.filter((r) => titleMatchesRole(title, r));
  if (byWords.length === 0) {
    const heldOnPrimary = rolesHeldOn(person, primary);
    const side = heldOnPrimary.length > 0
      ? `has ${them} as ${heldPhrase(heldOnPrimary)}`
      : `records no role for ${them} then (${roles.map((r) => describe(r, gazetteer)).join('; ')})`;
    return diag(title.titleSpan,
      `The article calls ${person.name} '${written}', but on ${primary.value} the gazetteer (${where}) ${side}`,
      title.runSpan, heldOnPrimary.length > 0 ? inWrittenCase(heldOnPrimary[0].title, runText) : null, heldOnPrimary);
  }
  if (title.org && (!byWords.some((r) => titleOrgMatchesRole(title, r, gazetteer)) || namesEndedOrganisation(title, person, byWords, gazetteer))) {
    const role = byWords[0];
    return diag(title.org.span,
      `The article calls ${person.name} '${written}', but on ${primary.value} the gazetteer (${where}) has ${them} as ${roleText(role, gazetteer)}`,
      title.org.span, orgFix(role), byWords);
  }
  const byOrg = byWords.filter((r) => titleOrgMatchesRole(title, r, gazetteer));
  if (byOrg.length > 0 && !byOrg.some((r) => titleOrgWordsMatchRole(title, r))) return wordsDiag(byOrg[0], `on ${primary.value} `);
  return null;
}

/**
 * The title names an organisation that no role fitting it then is in, while the person did hold a
 * role in it before: a stale title ("HTS leader" for al-Sharaa once he is President of Syria). A
 * role of another category (a country) does not vouch for an organisation the title names.
 */
function namesEndedOrganisation(title: WrittenTitle, person: GazetteerEntity, fitting: RoleSpell[], gazetteer: Gazetteer): boolean {
  const named = (title.org?.ids ?? []).filter((id) => gazetteer.entities.get(id)?.kind === 'organization');
  if (named.length === 0) return false;
  const inNamed = (r: RoleSpell) => r.org !== undefined && named.some((id) => orgsRelated(id, r.org as string, gazetteer));
  return !fitting.some(inNamed) && (person.roles ?? []).some(inNamed);
}

/** "Commander of the Quds Force (1998 – 2020-01-03)". */
function describe(role: RoleSpell, gazetteer: Gazetteer): string {
  const spell = spellText(role);
  return spell ? `${roleText(role, gazetteer)} (${spell})` : roleText(role, gazetteer);
}

function uniq<T>(items: T[]): T[] {
  return [...new Set(items)];
}
