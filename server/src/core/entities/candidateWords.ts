import { isApostropheCode, isHyphenCode, isUpperCode, isWordCode } from '../article/chars';

/** A word of the masked text: letters/digits, with inner hyphens and apostrophes ("al-Khafaji", "Iran's"). */
export interface Word {
  start: number;
  /** End of the word without a possessive `'s`. */
  end: number;
  text: string;
  lower: string;
  possessive: boolean;
  capitalised: boolean;
  /** The characters up to the next word. */
  gapAfter: string;
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'la', 'le', 'ul', 'ur']);

export function isParticle(word: Word): boolean {
  return PARTICLES.has(word.lower);
}

/** `al-Khafaji`, `el-Sisi`: a particle glued to a capitalised name. */
export function isParticleName(word: Word): boolean {
  const m = /^(\p{Ll}+)[-‐‑–'’](\p{Lu})/u.exec(word.text);
  return m !== null && PARTICLES.has(m[1]);
}

/** Words of `text[from, to)`. */
export function scanWords(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      while (end < to && isWordCode(text.charCodeAt(end))) end++;
      const c = text.charCodeAt(end);
      if (end + 1 < to && (isHyphenCode(c) || isApostropheCode(c)) && isWordCode(text.charCodeAt(end + 1))) end += 2;
      else break;
    }
    let wordText = text.slice(i, end);
    let possessive = false;
    const m = /['’]s$/.exec(wordText);
    if (m) {
      possessive = true;
      wordText = wordText.slice(0, -2);
    }
    words.push({
      start: i,
      end: i + wordText.length,
      text: wordText,
      lower: wordText.toLowerCase(),
      possessive,
      capitalised: isUpperCode(text.charCodeAt(i)),
      gapAfter: '',
    });
    i = end;
  }
  for (let w = 0; w + 1 < words.length; w++) {
    const endWithPossessive = words[w].possessive ? words[w].end + 2 : words[w].end;
    words[w].gapAfter = text.slice(endWithPossessive, words[w + 1].start);
  }
  return words;
}

/** Words in a name sit one space (or one line break) apart; any punctuation ends the name. */
export function isNameGap(gap: string): boolean {
  return /^(?:[ \t\u00a0]+|[ \t]*\r?\n[ \t]*)$/.test(gap);
}
