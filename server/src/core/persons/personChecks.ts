// PLACEHOLDER — replaced by the persons work. Signature is the contract.
import type { CoreDiagnostic, DateMention, EntityMention, Gazetteer, ParsedArticle } from '../types';

/** `person-age-mismatch`, `person-role-mismatch`, `person-deceased`. */
export function checkPersons(_article: ParsedArticle, _entities: EntityMention[], _dates: DateMention[], _gazetteer: Gazetteer): CoreDiagnostic[] {
  return [];
}
