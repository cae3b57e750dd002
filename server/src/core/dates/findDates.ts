// PLACEHOLDER — replaced by the dates work. Signature is the contract.
import type { DateMention, ParsedArticle } from '../types';

/** Every date expression of the body, resolved against `article.published`. */
export function findDates(_article: ParsedArticle): DateMention[] {
  return [];
}
