import type { Span } from '../types';
import type { TitleWordKind } from './titleLexicon';

/** One word of a written title, with what it contributes to the comparison. */
export interface TitleWord {
  lower: string;
  kind: TitleWordKind;
}

/** Part of a title that names the organisation: "of Iraq's Joint Operations Command", "JOC spokesman". */
export interface TitleOrg {
  span: Span;
  /** Ids of the (non-person) entities mentioned in it. */
  ids: string[];
  /** Its words outside entity mentions, lower-cased ("of State" → ["state"]; "the" and "of" dropped). */
  words: string[];
  /**
   * From the start of the part to its last word outside a mention, when all such words come
   * before the first mention ("Foreign Affairs" in "of Foreign Affairs of Iraq"): what a fix of
   * the title replaces together with the title words.
   */
  wordSpan: Span | null;
  /** `of`: after "of"; `modifier`: before the title words ("Quds Force commander"). */
  placement: 'of' | 'modifier';
}

/** A title written next to a person mention. */
export interface WrittenTitle {
  /** The title words only ("Deputy Commander", "spokesman"). */
  runSpan: Span;
  /** From the qualifier (if any) to the end of the title words. */
  titleSpan: Span;
  words: TitleWord[];
  qualifier: { kind: 'former' | 'then'; span: Span } | null;
  org: TitleOrg | null;
  placement: 'before' | 'after';
  /**
   * Written as a formal title: its office words capitalised where capitals say so, not at the
   * start of a sentence ("Hezbollah Secretary-General X", "X, Deputy Commander of …"). Wire style
   * capitalises a formal title and lower-cases a descriptive one ("Hezbollah leader X").
   */
  formal: boolean;
}
