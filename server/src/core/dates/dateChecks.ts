// PLACEHOLDER — replaced by the dates work. Signature is the contract.
import type { CoreDiagnostic, DateMention, ParsedArticle } from '../types';

/** `date-weekday-mismatch` and `date-after-publication`. */
export function checkDates(_article: ParsedArticle, _dates: DateMention[]): CoreDiagnostic[] {
  return [];
}
