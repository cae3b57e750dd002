// Finds the noun a number counts: "over 5,000 US troops", "2,500 of its operatives",
// "11 service members", "12 killed". Works on words after the number, inside its sentence.

const IRREGULAR_SINGULAR: Record<string, string> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', personnel: 'personnel', police: 'police',
  staff: 'staff', militia: 'militia', dead: 'dead', killed: 'killed', wounded: 'wounded', injured: 'injured',
};

/** The plural of a compound of -man: `policemen`, `gunmen`, `tribesmen` (not `specimen`, `regimen`, `abdomen`). */
function isManPlural(word: string): boolean {
  return word.length > 4 && /[^iou]men$/.test(word);
}

function singular(word: string): string {
  const irregular = IRREGULAR_SINGULAR[word];
  if (irregular) return irregular;
  if (isManPlural(word)) return `${word.slice(0, -3)}man`;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 2 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Case, spacing, hyphens and plural folded: `Service-Members` and `service member` are one unit. */
export function foldUnit(unit: string): string {
  let folded = foldCache.get(unit);
  if (folded === undefined) {
    folded = foldUncached(unit);
    if (foldCache.size > 10_000) foldCache.clear(); // bounded: junk input cannot grow it without end
    foldCache.set(unit, folded);
  }
  return folded;
}

/** The same few nouns recur in every article; folding them once saves a split, a join and a regex each time. */
const foldCache = new Map<string, string>();

function foldUncached(unit: string): string {
  const words = unit.toLowerCase().replace(/[’']/g, "'").split(/[\s\-‐]+/).filter(Boolean);
  if (words.length === 0) return '';
  words[words.length - 1] = singular(words[words.length - 1]);
  return words.join(' ');
}

/** Units a gazetteer knows (folded), so "coalition troops" counts `troops`, not a new noun. */
export interface KnownUnits {
  maxWords: number;
  has(folded: string): boolean;
}

export interface CountedNoun {
  unit: string;
  start: number;
  end: number;
}

/** Words that may stand between a number and its noun without ending the noun phrase. */
const MODIFIERS = new Set([
  'additional', 'more', 'other', 'new', 'foreign', 'armed', 'active', 'extra', 'remaining', 'fresh', 'further', 'former',
  'local', 'international', 'allied', 'suspected', 'alleged', 'elite', 'senior', 'junior', 'regular', 'reserve',
  'military', 'combat', 'civilian', 'enemy', 'rebel', 'militant', 'confirmed', 'reported', 'known', 'total', 'such',
  'participating', 'deployed', 'serving', 'injured', 'wounded', 'dead', 'killed', 'missing', 'unarmed', 'innocent',
]);

/** A number followed by "of" and one of these still counts the noun after ("2,500 of its operatives"). */
const OF_DETERMINERS = new Set(['its', 'their', 'the', 'his', 'her', 'our', 'these', 'those', 'whose', 'your', 'my']);

/** Participles news copy uses as the counted noun itself ("12 killed", "dozens wounded"). */
const PARTICIPLE_UNITS = new Set(['killed', 'dead', 'wounded', 'injured', 'missing', 'detained', 'arrested', 'displaced', 'captured', 'evacuated', 'hurt']);

const PLURAL_WORDS = new Set(['people', 'personnel', 'police', 'men', 'women', 'children', 'staff', 'militia', 'troops', 'forces']);

/** Words that end a noun phrase: verbs, prepositions, conjunctions. */
const STOP = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'should', 'may',
  'might', 'can', 'must', 'do', 'did', 'does', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'for', 'into', 'onto', 'and',
  'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'as', 'than', 'per', 'a', 'an', 'this', 'each', 'while', 'when',
  'where', 'after', 'before', 'since', 'during', 'including', 'among', 'according', 'said', 'says', 'still', 'also',
  'now', 'them', 'us', 'across', 'this', 'thus', 'plus', 'less', 'unless', 'against', 'over', 'under', 'near', 'about',
  'around', 'of', 'there', 'then', 'if', 'so', 'yet', 'not', 'no', 'its', 'their',
]);

function looksPlural(word: string): boolean {
  return PLURAL_WORDS.has(word) || isManPlural(word)
    || (word.length > 2 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word) && !STOP.has(word));
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * A word; also a designation of a weapon or aircraft (`F-15`, `F/A-18`, `MQ-9`, `Su-24`), a name that
 * modifies the noun after it, and names joined by a slash (`PKK/YPG`, `Hamas/PIJ`), one modifier.
 */
const WORD = /[ \t\u00a0\u202f\r\n]*((?:\p{Lu}\.){2,}|\p{Lu}[\p{L}/]*[-‐]\p{N}[\p{L}\p{N}]*|\p{Lu}[\p{L}\p{M}'’‐-]*(?:\/\p{Lu}[\p{L}\p{M}'’‐-]*)+|[\p{L}][\p{L}\p{M}'’‐-]*)/uy;

function wordsAfter(text: string, from: number, limit: number, max: number): Word[] {
  const words: Word[] = [];
  let pos = from;
  while (words.length < max) {
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m || m.index + m[0].length > limit) break;
    const start = pos + m[0].length - m[1].length;
    const raw = m[1].replace(/[-‐'’]+$/, '');
    words.push({ text: raw, lower: raw.toLowerCase(), start, end: start + raw.length });
    pos = start + m[1].length;
  }
  return words;
}

/** Scratch for `countedNoun`'s phrases by word count (it calls nothing that uses it again). */
const PHRASES: string[] = [];

const isCapitalised = (w: Word): boolean => /^\p{Lu}/u.test(w.text);

/**
 * The counted noun after `from` (the end of the number), or null. A noun the gazetteer knows wins
 * over the general rule, so adjectives and entity names in between are passed over
 * ("34 American troops", "61 coalition countries"); without one, the noun is the first plural
 * word after capitalised words and modifiers, with a noun before it ("service members").
 */
export function countedNoun(text: string, from: number, limit: number, value: number, known?: KnownUnits, vague = false): CountedNoun | null {
  const words = wordsAfter(text, from, limit, 7);
  // Nothing but spacing may separate the number from its first word ("5,000, officials said" has no noun).
  if (words.length === 0 || /[^\s]/.test(text.slice(from, words[0].start))) return null;
  let i = 0;
  if (words[0].lower === 'of') {
    // "2,500 of its operatives"; vague amounts take their noun straight after "of" ("dozens of soldiers").
    if (words.length < 2) return null;
    if (OF_DETERMINERS.has(words[1].lower)) i = 2;
    else if (vague) i = 1;
    else return null;
  }
  const phraseStart = i;
  if (known) {
    let plain = 0;
    for (let j = phraseStart; j < words.length; j++) {
      if (j > phraseStart && hasPunctuationBetween(text, words[j - 1], words[j])) break;
      const most = Math.min(known.maxWords, words.length - j);
      // The phrases of 1 … most words from j, made once: tried longest first below.
      for (let n = 1; n <= most; n++) PHRASES[n] = n === 1 ? words[j].lower : `${PHRASES[n - 1]} ${words[j + n - 1].lower}`;
      for (let n = most; n >= 1; n--) {
        if (known.has(foldUnit(PHRASES[n]))) {
          // A singular noun before a plural one modifies it: `four small attack drones` counts
          // drones, `86 member countries` counts countries, not attacks or members.
          const last = words[j + n - 1];
          const next = words[j + n];
          if (next && last.lower === singular(last.lower) && !looksPlural(last.lower) && !hasPunctuationBetween(text, last, next)
            && !isCapitalised(next) && !STOP.has(next.lower) && looksPlural(next.lower) && !PARTICIPLE_UNITS.has(next.lower)) continue;
          return { unit: text.slice(words[j].start, last.end), start: words[j].start, end: last.end };
        }
      }
      // Past a verb, a preposition or an unknown plural head the noun phrase is over; one
      // unknown noun modifier ("coalition countries") may stand before the known unit.
      const w = words[j];
      if (isCapitalised(w)) continue;
      if (STOP.has(w.lower) || looksPlural(w.lower)) break;
      if (!MODIFIERS.has(w.lower) && ++plain >= 2) break;
    }
  }
  return headNoun(text, words, phraseStart, value);
}

/** Irregular past forms that follow a counted singular noun as its verb (`one man fell`). */
const PAST_AFTER_NOUN = new Set(['fell', 'fled', 'drowned', 'went', 'came', 'ran', 'left', 'lost', 'got', 'stood', 'hid', 'froze', 'shot', 'hit', 'sank']);

/** Nouns that are plural without an -s (`500 Peshmerga`, `300 personnel`). */
const INVARIANT_PLURALS = new Set(['peshmerga', 'people', 'personnel', 'police', 'staff', 'militia', 'clergy', 'crew', 'infantry', 'cavalry', 'youth', 'aircraft']);
/** Heads that need the noun before them to say what they count (`service members`, `crew members`). */
const RELATIONAL_HEADS = new Set(['members', 'member']);

/** Acronyms (`US`, `IS`, `U.S.`) modify; they are never the counted noun of a number above one. */
const isAcronym = (w: Word): boolean => !/\p{Ll}/u.test(w.text);

function pluralHead(w: Word): boolean {
  if (isAcronym(w)) return false;
  // Capitalised words in -is are plural demonyms (`Iraqis`, `Yemenis`), not `crisis`.
  return looksPlural(w.lower) || INVARIANT_PLURALS.has(w.lower) || (isCapitalised(w) && w.lower.length > 4 && w.lower.endsWith('is'));
}

/**
 * A demonym in -ese is its own plural (`three Sudanese`, `600,000 Sudanese who crossed`), but
 * only as the last word of its phrase: before another word it is an adjective (`Lebanese Army
 * soldiers`, `Sudanese refugees`).
 */
function demonymHead(text: string, w: Word, next: Word | undefined): boolean {
  if (!isCapitalised(w) || isAcronym(w) || w.lower.length < 6 || !w.lower.endsWith('ese')) return false;
  return next === undefined || hasPunctuationBetween(text, w, next) || (!isCapitalised(next) && STOP.has(next.lower));
}

/**
 * The head of the noun phrase that starts at `words[from]`: past a chain of modifiers (adjectives,
 * noun modifiers, hyphenated compounds such as `one-way`, capitalised names and acronyms such as
 * `U.S.`), the first plural noun that no further plural noun follows — `four small attack drones`
 * counts drones, `450 U.S. Marines` counts Marines, `two Britons` counts Britons. A verb, a
 * preposition or punctuation ends the phrase; a singular head counts only for one (`one soldier`).
 */
function headNoun(text: string, words: Word[], from: number, value: number): CountedNoun | null {
  let singularHead: Word | null = null;
  for (let j = from; j < words.length && j < from + 6; j++) {
    const w = words[j];
    if (j > from && hasPunctuationBetween(text, words[j - 1], w)) break;
    const next = words[j + 1];
    // Names joined by `and`/`or` modify the same noun: `US and Iraqi troops`, `PKK and Daesh militants`.
    if (joinsNames(text, words, j, from)) continue;
    if (!isCapitalised(w) && STOP.has(w.lower)) break;
    const nextJoins = next !== undefined && !hasPunctuationBetween(text, w, next);
    if (!isCapitalised(w) && PARTICIPLE_UNITS.has(w.lower)) {
      // "12 killed" counts the killed; "12 wounded soldiers" counts soldiers.
      if (!(nextJoins && !STOP.has(next.lower) && pluralHead(next))) return noun(w);
      continue;
    }
    if (pluralHead(w)) {
      // A plural noun modifying another (`Special Forces troops`, `gas canisters`) is not the head.
      if (nextJoins && !isCapitalised(next) && !STOP.has(next.lower) && pluralHead(next) && !PARTICIPLE_UNITS.has(next.lower)) continue;
      if (RELATIONAL_HEADS.has(w.lower) && j > from && !isCapitalised(words[j - 1]) && !MODIFIERS.has(words[j - 1].lower)
        && !hasPunctuationBetween(text, words[j - 1], w)) {
        return { unit: text.slice(words[j - 1].start, w.end), start: words[j - 1].start, end: w.end };
      }
      return noun(w);
    }
    if (demonymHead(text, w, words[j + 1])) return noun(w);
    // After a singular noun, a past form ends the phrase: `one soldier died`, `one guard fled`.
    if (singularHead && !isCapitalised(w) && (/ed$/.test(w.lower) || PAST_AFTER_NOUN.has(w.lower))) break;
    // A participle that no noun follows is a verb: `including one agreed in Astana` has no noun.
    if (!isCapitalised(w) && /ed$/.test(w.lower) && (!next || hasPunctuationBetween(text, w, next) || STOP.has(next.lower))) break;
    // An adverb before a participle modifies it: `newly recruited fighters`, `heavily armed men`.
    // (The participle must itself modify a word after it: `one family fled` has no adverb.)
    const afterNext = words[j + 2];
    if (!isCapitalised(w) && /ly$/.test(w.lower) && next && /(?:ed|en)$/.test(next.lower) && !hasPunctuationBetween(text, w, next)
      && afterNext && !hasPunctuationBetween(text, next, afterNext) && !STOP.has(afterNext.lower)) continue;
    if (!isAcronym(w) && !MODIFIERS.has(w.lower)) singularHead = w;
  }
  // A singular noun only counts for one ("one soldier", "one American"); otherwise there is no noun.
  return value === 1 && singularHead ? noun(singularHead) : null;
}

/** `and`/`or` at `j` between two capitalised words of the phrase (a name or an acronym on each side). */
function joinsNames(text: string, words: Word[], j: number, from: number): boolean {
  const w = words[j];
  if (w.lower !== 'and' && w.lower !== 'or') return false;
  const prev = words[j - 1];
  const next = words[j + 1];
  return j > from && prev !== undefined && next !== undefined && isCapitalised(prev) && isCapitalised(next) && !pluralHead(prev)
    && !hasPunctuationBetween(text, w, next);
}

function noun(w: Word): CountedNoun {
  return { unit: w.text, start: w.start, end: w.end };
}

function hasPunctuationBetween(text: string, a: Word, b: Word): boolean {
  return /[^\s]/.test(text.slice(a.end, b.start));
}
