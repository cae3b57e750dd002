import { isWordCode } from '../article/chars';
import { dottedAcronym, exactKey, foldToken, isAcronym, isJoiningGap, isWordStart, wordEnd } from './nameTokens';
import { finishHash, HASH_SEED, hashStep, type Vocabulary } from './vocabulary';

/** The article's tokens with their vocabulary ids (-1: no name has this token). */
export interface TextTokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Id of the folded key (`asad`). */
  folded: Int32Array;
  /** Id of the exact key (`=JOC`) for tokens in capitals. */
  exact: Int32Array;
  /** 1 if the token may continue a name begun before it. */
  joinable: Uint8Array;
}

/**
 * Tokenises `text[from, to)` the way `tokenize` does names, but looks each token up while
 * reading it: plain ASCII words (nearly all of an English article) are hashed character by
 * character and never become strings. Words with other characters, and dotted acronyms, take
 * the string path (`foldToken`, `exactKey`) so both sides fold the same way.
 */
export function scanTextTokens(text: string, from: number, to: number, vocabulary: Vocabulary): TextTokens {
  // About one token per six characters in prose: sized once, rarely grown.
  let capacity = Math.max(256, ((to - from) >> 2) + 16);
  let out = allocate(capacity);
  let count = 0;
  let prevEnd = -1;
  let prevLength = 0;
  let prevAcronym = false;
  const exactSeed = hashStep(HASH_SEED, 61 /* = */);

  let i = from;
  while (i < to) {
    const c0 = text.charCodeAt(i);
    if (c0 < 128 ? !isWordCode(c0) : !isWordStart(text, i)) {
      i++;
      continue;
    }
    let end = i;
    let folded = -1;
    let exact = -1;
    let length: number;
    let acronym: boolean;
    const dotted = c0 >= 65 && c0 <= 90 && text.charCodeAt(i + 1) === 0x2e ? dottedAcronym(text, i, to) : null;
    if (dotted) {
      end = dotted.end;
      folded = vocabulary.idOf(foldToken(dotted.letters));
      exact = vocabulary.idOf('=' + dotted.letters);
      length = dotted.letters.length;
      acronym = true;
    } else {
      let hf = HASH_SEED;
      let he = exactSeed;
      let lower = false;
      let upper = false;
      let ascii = true;
      while (end < to) {
        const c = text.charCodeAt(end);
        if (c >= 128) {
          if (!isWordCode(c) && !isWordStart(text, end)) break;
          ascii = false;
          break;
        }
        if (!isWordCode(c)) break;
        if (c >= 65 && c <= 90) {
          upper = true;
          hf = hashStep(hf, c + 32);
        } else {
          if (c >= 97 && c <= 122) lower = true;
          hf = hashStep(hf, c);
        }
        he = hashStep(he, c);
        end++;
      }
      if (ascii) {
        length = end - i;
        acronym = upper && !lower && length >= 2;
        folded = vocabulary.lookup(finishHash(hf), text, i, end, true, false);
        if (acronym) exact = vocabulary.lookup(finishHash(he), text, i, end, false, true);
      } else {
        end = wordEnd(text, i, to);
        const raw = text.slice(i, end);
        folded = vocabulary.idOf(foldToken(raw));
        const key = exactKey(raw);
        exact = key === null ? -1 : vocabulary.idOf(key);
        length = raw.length;
        acronym = isAcronym(raw);
      }
    }
    if (count === capacity) {
      capacity *= 2;
      out = grow(out, capacity);
    }
    out.start[count] = i;
    out.end[count] = end;
    out.folded[count] = folded;
    out.exact[count] = exact;
    out.joinable[count] = prevEnd !== -1 && isJoiningGap(text, prevEnd, i, prevLength, prevAcronym) ? 1 : 0;
    count++;
    prevEnd = end;
    prevLength = length;
    prevAcronym = acronym;
    i = end;
  }
  out.count = count;
  return out;
}

function allocate(capacity: number): TextTokens {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    folded: new Int32Array(capacity),
    exact: new Int32Array(capacity),
    joinable: new Uint8Array(capacity),
  };
}

function grow(old: TextTokens, capacity: number): TextTokens {
  const out = allocate(capacity);
  out.start.set(old.start);
  out.end.set(old.end);
  out.folded.set(old.folded);
  out.exact.set(old.exact);
  out.joinable.set(old.joinable);
  return out;
}

