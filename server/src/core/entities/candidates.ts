// PLACEHOLDER — replaced by the entity work. Signature is the contract.
import type { CoreDiagnostic, EntityMention, Gazetteer, ParsedArticle } from '../types';

/** `entity-candidate` hints for titled or organisation-like names the gazetteer lacks. */
export function findEntityCandidates(_article: ParsedArticle, _mentions: EntityMention[], _gazetteer: Gazetteer): CoreDiagnostic[] {
  return [];
}
