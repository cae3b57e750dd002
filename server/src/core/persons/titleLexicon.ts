// The curated words that make up a title written next to a name. Kept in one place so a newsroom
// can see (and extend) exactly what the person checks recognise.

/** What a title word contributes when it is compared with the gazetteer's role titles. */
export type TitleWordKind =
  /** The office itself: "commander", "spokesman", "minister". */
  | 'position'
  /** Narrows an office: "deputy", "prime", "foreign". Never a title on its own. */
  | 'modifier'
  /** A military rank: checked only when the person's roles spell ranks out. */
  | 'rank'
  /** Describes rather than names an office ("top", "senior", "acting"): part of a run, not compared. */
  | 'descriptive'
  /** Part of a title run but not compared: honorifics ("Sheikh", "Ayatollah", "Dr") and vague
   *  words ("official") that fit any office. */
  | 'honorific';

const POSITIONS = [
  'president', 'vice-president', 'minister', 'premier', 'commander', 'chief', 'head', 'leader',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'secretary', 'envoy', 'director',
  'chairman', 'chairwoman', 'chairperson', 'governor', 'mayor', 'adviser', 'advisor', 'emir',
  'king', 'speaker', 'coordinator', 'representative', 'chancellor', 'prosecutor', 'judge',
  'mufti', 'commissioner', 'deputy-chief', 'emissary',
  // The office heading the UN, NATO, the Arab League or a party, and its grades (not a rank).
  'secretary-general', 'under-secretary-general',
  // Abbreviations of whole offices (read only in capitals: "PM", not "3 pm").
  'pm',
];

const MODIFIERS = [
  'deputy', 'vice', 'assistant', 'prime', 'defence', 'defense', 'foreign', 'interior', 'finance',
  'oil', 'health', 'justice',
];

const DESCRIPTIVE = [
  'acting', 'interim', 'first', 'supreme', 'top', 'senior', 'special', 'security', 'intelligence',
  'military', 'army', 'police', 'chief-of-staff', 'outgoing', 'incoming', 'caretaker', 'new',
];

const RANKS = [
  'general', 'lieutenant', 'major', 'brigadier', 'colonel', 'captain', 'admiral', 'marshal',
  'sergeant', 'commodore', 'lt', 'gen', 'maj', 'brig', 'col', 'capt', 'adm', 'sgt', 'lt-gen',
  'maj-gen', 'brig-gen',
];

const HONORIFICS = [
  'sheikh', 'sheik', 'ayatollah', 'grand', 'sayyed', 'sayyid', 'mullah', 'dr', 'mr', 'mrs', 'ms',
  'official', 'officer', 'cleric', 'founder', 'co-founder',
];

/** Words before a title that change how it is read ("former commander", "ex-minister"). */
export const FORMER_QUALIFIERS = new Set(['former', 'ex', 'late', 'erstwhile', 'onetime', 'one-time']);
/** "then-commander": the title is as of the sentence's own date. */
export const THEN_QUALIFIERS = new Set(['then']);
/** Words that may sit before a qualifier or title without ending the scan. */
export const ARTICLES = new Set(['the', 'a', 'an']);

/** Abbreviated ranks and honorifics that are written with a dot ("Lt. Gen."). */
export const ABBREVIATIONS = new Set(['lt', 'gen', 'maj', 'brig', 'col', 'capt', 'adm', 'sgt', 'dr', 'mr', 'mrs', 'ms']);

const LEXICON = new Map<string, TitleWordKind>();
for (const w of POSITIONS) LEXICON.set(w, 'position');
for (const w of MODIFIERS) LEXICON.set(w, 'modifier');
for (const w of RANKS) LEXICON.set(w, 'rank');
for (const w of DESCRIPTIVE) LEXICON.set(w, 'descriptive');
for (const w of HONORIFICS) LEXICON.set(w, 'honorific');

export function titleWordKind(lowerWord: string): TitleWordKind | undefined {
  return LEXICON.get(lowerWord);
}

/**
 * Words that name the same office, as the gazetteer and the press write it. Conservative on
 * purpose: merging two offices only ever hides a mismatch, never invents one.
 */
const SYNONYMS: Record<string, string> = {
  spokeswoman: 'spokesman',
  spokesperson: 'spokesman',
  head: 'chief',
  leader: 'chief',
  commander: 'chief',
  chairman: 'chief',
  chairwoman: 'chief',
  chairperson: 'chief',
  director: 'chief',
  premier: 'prime minister',
  pm: 'prime minister',
  advisor: 'adviser',
  defense: 'defence',
  vice: 'deputy',
  'vice-president': 'deputy president',
  'deputy-chief': 'deputy chief',
  lt: 'lieutenant',
  gen: 'general',
  maj: 'major',
  brig: 'brigadier',
  col: 'colonel',
  capt: 'captain',
  adm: 'admiral',
  sgt: 'sergeant',
  'lt-gen': 'lieutenant general',
  'maj-gen': 'major general',
  'brig-gen': 'brigadier general',
};

/**
 * Words that say how high or how settled an office is rather than what it is about: a title's
 * organisation part ("of State", "of Foreign Affairs") can never stand for one of them.
 */
const GRADE_WORDS = new Set([
  'deputy', 'vice', 'assistant', 'acting', 'interim', 'first', 'supreme', 'top', 'senior', 'special', 'outgoing',
  'incoming', 'caretaker', 'new', 'chief-of-staff',
]);

/**
 * A word naming what an office is about — its portfolio ("defence", "foreign", "state", "prime")
 * rather than the office itself ("minister"), its grade ("deputy") or a rank or honorific. These
 * are the words an "of" part may spell out instead ("Secretary of Defense" = "Defense Secretary").
 */
export function isPortfolioWord(canonicalWord: string): boolean {
  const kind = LEXICON.get(canonicalWord);
  if (kind === undefined) return true;
  return (kind === 'modifier' || kind === 'descriptive') && !GRADE_WORDS.has(canonicalWord);
}

/** Canonical words of one written word ("premier" → ["prime", "minister"]). */
export function canonicalWords(lowerWord: string): string[] {
  return (SYNONYMS[lowerWord] ?? lowerWord).split(' ');
}

/** Splits "ex-commander" / "then-commander" into qualifier and title word. */
export function splitQualifierPrefix(lowerWord: string): { qualifier: string; rest: string } | null {
  const m = /^(ex|then|former)-(.+)$/.exec(lowerWord);
  return m ? { qualifier: m[1], rest: m[2] } : null;
}
