import type { Gazetteer, GazetteerEntity, RoleSpell } from '../types';
import type { WrittenTitle } from './findTitles';
import { canonicalWords, isPortfolioWord, titleWordKind } from './titleLexicon';

// Word-based comparison of a written title with a gazetteer role title. A title matches a role
// when every office word written (after folding synonyms: spokeswoman → spokesman, head →
// chief …) appears in the role's title: "commander" matches "Deputy Commander", but
// "deputy commander" does not match "Commander". Ranks are compared only for people whose
// gazetteer roles spell ranks out, since most gazetteers record offices, not ranks.
//
// Words are compared as a bag, so word order and "of" inversion do not matter ("Defense
// Secretary" = "Secretary of Defense"); synonyms and known abbreviations fold first ("defense" →
// "defence", "PM" → "prime minister"), and "affairs" is filler ("foreign minister" = "Minister of
// Foreign Affairs").

const ROLE_STOPWORDS = new Set(['of', 'the', 'and', 'for', 'a', 'an', 'affairs']);

const roleWordCache = new WeakMap<RoleSpell, Set<string>>();

function canonical(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    for (const c of canonicalWords(w)) for (const part of c.split('-')) if (part && !ROLE_STOPWORDS.has(part)) out.push(part);
  }
  return out;
}

export function roleWords(role: RoleSpell): Set<string> {
  let words = roleWordCache.get(role);
  if (!words) {
    const raw = role.title.toLowerCase().replace(/’/g, "'").split(/[\s,/–—]+/).filter(Boolean);
    // Fold hyphenated words both whole ("vice-president") and in parts ("secretary-general").
    words = new Set([...canonical(raw), ...canonical(raw.flatMap((w) => w.split('-')))]);
    roleWordCache.set(role, words);
  }
  return words;
}

/** The words of a written title that are compared: offices and their modifiers, or only ranks. */
export function comparedWords(title: WrittenTitle): { offices: string[]; ranks: string[] } {
  const offices = canonical(title.words.filter((w) => w.kind === 'position' || w.kind === 'modifier').map((w) => w.lower));
  const ranks = canonical(title.words.filter((w) => w.kind === 'rank').map((w) => w.lower));
  return { offices, ranks };
}

function rolesSpellRanks(person: GazetteerEntity): boolean {
  return (person.roles ?? []).some((r) => [...roleWords(r)].some((w) => titleWordKind(w) === 'rank'));
}

/** Can this title be compared with this person's roles at all? */
export function isComparable(title: WrittenTitle, person: GazetteerEntity): boolean {
  const { offices, ranks } = comparedWords(title);
  if (offices.length > 0) return true;
  return ranks.length > 0 && rolesSpellRanks(person);
}

/**
 * Descriptive titles written alone name a kind of office, whatever the body calls it: "leader",
 * "head" and "chief" whoever heads a body ("the Turkish leader" for a President, "Hezbollah
 * leader" for its Secretary-General, "U.N. humanitarian chief" for an Under-Secretary-General),
 * "envoy" whoever represents one (a Special Representative, an ambassador). A deputy heads
 * nothing, so no head word fits a deputy's role.
 */
const GENERIC_FAMILIES: ReadonlyArray<{ written: ReadonlySet<string>; fits: (role: Set<string>) => boolean }> = [
  { written: new Set(['leader', 'head', 'chief']), fits: headsABody },
  { written: new Set(['envoy']), fits: (role) => ['envoy', 'representative', 'ambassador', 'emissary'].some((w) => role.has(w)) },
];
/** Role-title words of an office that heads a body (canonical: chief = commander, chairman, director …). */
const HEAD_OFFICE_WORDS = ['chief', 'president', 'prime', 'king', 'emir', 'mayor', 'governor', 'chancellor'];
/** Words that make an office a grade below the one it names ("Deputy", "Assistant", "Under-"). */
const SUBORDINATE_GRADES = ['deputy', 'assistant', 'under'];

function headsABody(role: Set<string>): boolean {
  if (role.has('deputy') || role.has('assistant')) return false;
  return HEAD_OFFICE_WORDS.some((w) => role.has(w)) || (role.has('secretary') && role.has('general'));
}

/** The family of a title whose only office words are one family's descriptive words. */
function genericFamily(title: WrittenTitle): ((role: Set<string>) => boolean) | null {
  const offices = title.words.filter((w) => w.kind === 'position' || w.kind === 'modifier');
  if (offices.length === 0) return null;
  const family = GENERIC_FAMILIES.find((f) => offices.every((w) => f.written.has(w.lower)));
  return family?.fits ?? null;
}

/** Is this title a descriptive one ("leader", "envoy"), fitting a kind of office rather than one? */
export function isDescriptiveTitle(title: WrittenTitle): boolean {
  return genericFamily(title) !== null;
}

export function titleMatchesRole(title: WrittenTitle, role: RoleSpell): boolean {
  const { offices, ranks } = comparedWords(title);
  const words = roleWords(role);
  const family = offices.length > 0 ? genericFamily(title) : null;
  if (family) return family(words);
  const compared = offices.length > 0 ? offices : ranks;
  if (!compared.every((w) => words.has(w))) return false;
  // A formal title names the office itself, so one that leaves out the role's grade names
  // another office: "Secretary-General X" for a Deputy Secretary-General. A descriptive one
  // ("the group's commander") may still stand for the deputy.
  return !(title.formal && SUBORDINATE_GRADES.some((g) => words.has(g) && !compared.includes(g)));
}

/**
 * Does the wording of a title's "of" part agree with the role's title? The part's words outside
 * entity mentions ("of State", "of Foreign Affairs") are compared when the role's title has a
 * portfolio the title words themselves leave out ("Secretary of Defense" after "Secretary"):
 * then some word of the part must be in the role's title. "Secretary of State" is not "Secretary
 * of Defense"; "Minister of Foreign Affairs" is "Foreign Minister". A role whose title is only an
 * office ("Chairman") says nothing about the part, which then names the organisation.
 */
export function titleOrgWordsMatchRole(title: WrittenTitle, role: RoleSpell): boolean {
  if (!title.org || title.org.placement !== 'of' || title.org.words.length === 0) return true;
  const written = canonical(title.org.words).filter(isPortfolioWord);
  if (written.length === 0) return true;
  const words = roleWords(role);
  const said = new Set(comparedWords(title).offices);
  const untold = [...words].filter((w) => !said.has(w) && isPortfolioWord(w));
  if (untold.length === 0) return true;
  return written.some((w) => words.has(w));
}

/** True if `a` is `b`, or one is an ancestor of the other through `parent`. */
export function orgsRelated(a: string, b: string, gazetteer: Gazetteer): boolean {
  return a === b || isAncestor(a, b, gazetteer) || isAncestor(b, a, gazetteer);
}

function isAncestor(ancestor: string, id: string, gazetteer: Gazetteer): boolean {
  let current = gazetteer.entities.get(id)?.parent;
  for (let depth = 0; current && depth < 16; depth++) {
    if (current === ancestor) return true;
    current = gazetteer.entities.get(current)?.parent;
  }
  return false;
}

type OrgCategory = 'place' | 'organization';

function categoryOf(id: string, gazetteer: Gazetteer): OrgCategory | null {
  const kind = gazetteer.entities.get(id)?.kind;
  return kind === 'place' ? 'place' : kind === 'organization' ? 'organization' : null;
}

/**
 * Does the organisation written with the title agree with the role's? Only entities of the same
 * category as the role's org count ("Iraq's Joint Operations Command" names the place Iraq and the
 * organisation JOC; a JOC role is judged by the organisation). With nothing comparable written,
 * the title agrees.
 */
export function titleOrgMatchesRole(title: WrittenTitle, role: RoleSpell, gazetteer: Gazetteer): boolean {
  if (!role.org || !title.org || title.org.ids.length === 0) return true;
  const category = categoryOf(role.org, gazetteer);
  if (!category) return true;
  const comparable = title.org.ids.filter((id) => categoryOf(id, gazetteer) === category);
  if (comparable.length === 0) return true;
  return comparable.some((id) => orgsRelated(id, role.org as string, gazetteer));
}
